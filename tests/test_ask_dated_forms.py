"""Dated and compound questions as staff type them: the date forms of queries.ask.dates
(five-year plan periods, spans of years, 大前年, 二十年前, 前后) and the compound parts of
queries.ask.parsing.split_compound (当时 / 那时候 pointing back to the first part's date, a
short local name taking the first part's place). Questions written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from queries.ask import ask
from queries.ask.dates import cn_numerals, extract_date
from queries.ask.parsing import split_compound

TODAY = date(2026, 12, 1)


def _day(text: str) -> date | None:
    spec, _ = extract_date(cn_numerals(text, TODAY), TODAY)
    return spec.value if spec is not None else None


@pytest.mark.parametrize(("text", "expected"), [
    # a five-year plan's period, read at its last day (as a year is), its first for 初
    ("十三五期间谁负责草原防火", date(2020, 12, 31)),
    ("“十三五”时期县林业局归谁管", date(2020, 12, 31)),
    ("十二五时期县物价局有多少编制", date(2015, 12, 31)),
    ("十二五规划期间谁管扶贫", date(2015, 12, 31)),
    ("十五期间谁负责价格监督", date(2005, 12, 31)),
    ("十一五末谁负责食品安全", date(2010, 12, 31)),
    ("十三五初谁负责草原防火", date(2016, 1, 1)),
    ("十四五以来谁负责数据管理", TODAY),
    # a span of years, read at its last day
    ("2010年到2015年之间谁负责草原防火", date(2015, 12, 31)),
    ("2010年至2015年县林业局归谁管", date(2015, 12, 31)),
    ("2010到2015年谁负责", date(2015, 12, 31)),
    ("2010—2015年间谁管价格", date(2015, 12, 31)),
    ("2012-2016谁负责草原防火", date(2016, 12, 31)),
    # years back and named years
    ("大前年谁负责防汛", date(2023, 12, 31)),
    ("二十年前谁负责食品安全", date(2006, 12, 1)),
    ("三十年前县里谁管物价", date(1996, 12, 1)),
    ("2000年前后谁管物价", date(2000, 12, 31)),
    ("2000年左右谁管物价", date(2000, 12, 31)),
    ("2015年年中谁管物价", date(2015, 6, 30)),
    ("去年上半年谁负责防汛", date(2025, 6, 30)),
    ("两年前的时候谁负责防汛", date(2024, 12, 1)),
    # a decade, read at its last day (初 at its first)
    ("上世纪90年代谁管物价", date(1999, 12, 31)),
    ("九十年代谁管物价", date(1999, 12, 31)),
    ("八十年代初谁管物价", date(1980, 1, 1)),
    ("2010年代县林业局归谁管", date(2019, 12, 31)),
    # the forms the service already read, kept
    ("2017年谁负责草原防火", date(2017, 12, 31)),
    ("17年谁负责草原防火", date(2017, 12, 31)),
    ("一七年谁负责草原防火", date(2017, 12, 31)),
    ("三年前谁负责草原防火", date(2023, 12, 1)),
    ("去年谁负责草原防火", date(2025, 12, 31)),
    ("前年谁负责草原防火", date(2024, 12, 31)),
    ("2015年底谁负责", date(2015, 12, 31)),
    ("2015年初谁负责", date(2015, 1, 1)),
    ("2015年上半年谁负责", date(2015, 6, 30)),
])
def test_dated_forms(text: str, expected: date) -> None:
    assert _day(text) == expected


@pytest.mark.parametrize("text", ["十三五规划编制谁负责", "十三五规划内容由谁起草", "二十五期间"])
def test_a_plan_named_as_a_duty_is_no_date(text: str) -> None:
    assert _day(text) is None


@pytest.mark.parametrize(("text", "rest"), [
    ("2017年那时候谁负责草原防火", "谁负责草原防火"),
    ("两年前的时候谁负责草原防火", "谁负责草原防火"),
    ("去年那会儿谁负责草原防火", "谁负责草原防火"),
])
def test_a_time_word_after_the_date_goes_with_it(text: str, rest: str) -> None:
    assert extract_date(cn_numerals(text, TODAY), TODAY)[1] == rest


def test_a_year_before_an_ordinary_word_is_no_decade() -> None:
    assert _day("2010年代管的单位有哪些") == date(2010, 12, 31)


@pytest.mark.parametrize("text", ["2018年改革前谁负责草原防火", "2018年改革以前谁负责草原防火", "2018年机构改革之前谁负责草原防火"])
def test_before_a_reform_of_a_year(text: str) -> None:
    spec, rest = extract_date(cn_numerals(text, TODAY), TODAY)
    assert spec is not None and spec.kind == "before_reform" and spec.year == 2018
    assert rest == "谁负责草原防火"


@pytest.mark.parametrize(("question", "parts"), [
    ("2019年县自然资源局有几个内设机构，当时有多少编制？",
     ["2019年县自然资源局有几个内设机构", "2019年县自然资源局有多少编制"]),
    ("2017年县林业局挂什么牌子？那时候归谁管？",
     ["2017年县林业局挂什么牌子", "2017年县林业局归谁管"]),
    ("十三五期间县物价局并入了哪里，那会儿有多少编制",
     ["十三五期间县物价局并入了哪里", "十三五期间县物价局有多少编制"]),
    ("2019年6月县应急管理局实有多少人，当时核定编制多少",
     ["2019年6月县应急管理局实有多少人", "2019年6月县应急管理局的核定编制多少"]),
])
def test_then_points_back_to_the_first_date(question: str, parts: list[str]) -> None:
    assert split_compound(question) == parts


def test_then_without_a_date_is_left_alone() -> None:
    parts = split_compound("县林业局挂什么牌子？当时归谁管？")
    assert parts[1].endswith("当时归谁管")


def test_a_short_local_name_takes_the_place_of_the_first_part() -> None:
    def opening(text: str) -> str:
        return "某某县" if text.startswith("某某县") else ""

    parts = split_compound("2016年某某县物价局并入了哪个部门？当时发改局是什么级别？", opening)
    assert parts == ["2016年某某县物价局并入了哪个部门", "2016年某某县发改局是什么级别"]
    # a central name or a name with its own place is left as written
    parts = split_compound("某某县物价局归谁管？国家发展和改革委员会是什么级别？", opening)
    assert parts[1] == "国家发展和改革委员会是什么级别"


def test_compound_questions_answer_every_part(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "县自然资源局现在有几个内设机构、多少编制？", today=TODAY)
    assert len(result["parts"]) == 2 and "6个内设机构" in result["parts"][0]["answer"]
    assert "25" in result["parts"][1]["answer"]
    result = ask(county, "县不动产登记中心是什么级别，归谁管？", today=TODAY)
    assert len(result["parts"]) == 2
    assert result["parts"][1]["units"][0]["name"] == "样例县自然资源局"


def test_a_period_is_answered_at_its_date(county) -> None:  # type: ignore[no-untyped-def]
    assert ask(county, "十二五期间谁负责草原防火", today=TODAY)["units"][0]["name"] == "样例县农业局"
    assert ask(county, "2010年到2015年之间谁负责草原防火", today=TODAY)["units"][0]["name"] == "样例县农业局"
    assert ask(county, "大前年谁负责草原防火", today=TODAY)["units"][0]["name"] == "样例县应急管理局"
    then = ask(county, "2017年县不动产登记中心归谁管，当时是什么级别？", today=TODAY)
    assert then["parts"][0]["units"][0]["name"] == "样例县国土资源局"
    assert then["parts"][1]["at"] == "2017-12-31"


def test_a_date_before_any_record_names_no_unit(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "十一五期间县应急管理局有多少编制", today=TODAY)
    assert result["units"] == [] and "2010年12月31日" in result["answer"]


@pytest.mark.parametrize(("question", "parts"), [
    ("县融媒体中心什么级别归谁管", ["县融媒体中心什么级别", "县融媒体中心归谁管"]),
    ("县自然资源局有几个内设机构多少编制", ["县自然资源局有几个内设机构", "县自然资源局的多少编制"]),
    ("县林业工作站是什么级别的单位由谁管理", ["县林业工作站是什么级别的单位", "县林业工作站由谁管理"]),
    ("县林业局挂什么牌子还有多少编制", ["县林业局挂什么牌子", "县林业局有多少编制"]),
])
def test_two_asks_without_a_separator(question: str, parts: list[str]) -> None:
    assert split_compound(question) == parts


@pytest.mark.parametrize("question", ["县融媒体中心是什么级别", "谁负责草原防火", "县自然资源局有多少编制", "县林业局归谁管理"])
def test_one_ask_stays_whole(question: str) -> None:
    assert split_compound(question) == [question]


def test_an_office_named_by_its_suffix_is_the_subject() -> None:
    assert split_compound("某某县委办公室有多少行政编制、领导职数几个？")[1] == "某某县委办公室的领导职数几个"


def test_now_after_a_reform_of_a_year() -> None:
    assert split_compound("2019年改革前县草原防火归谁管，现在呢？") == ["2019年改革前县草原防火归谁管", "现在县草原防火归谁管"]


def test_compound_without_separator_is_answered_in_parts(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "县不动产登记中心什么级别归谁管", today=TODAY)
    assert len(result["parts"]) == 2
    assert result["parts"][1]["units"][0]["name"] == "样例县自然资源局"


def test_a_place_asked_before_its_first_record_lists_no_unit(county) -> None:  # type: ignore[no-untyped-def]
    before = ask(county, "1990年样例县有哪些政府工作部门", today=TODAY)
    assert before["units"] == [] and "最早的记录" in before["answer"]
    assert ask(county, "2020年样例县有哪些政府工作部门", today=TODAY)["units"]
    assert ask(county, "样例县有哪些政府工作部门", today=TODAY)["units"]


def test_a_period_says_the_day_it_is_read_at(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "十二五期间谁负责草原防火", today=TODAY)
    assert "（“十二五期间”按2015年12月31日计）" in result["answer"]
    assert "计）" not in ask(county, "2015年谁负责草原防火", today=TODAY)["answer"]


@pytest.mark.parametrize("text", ["2018年改革时谁负责草原防火", "2018年机构改革的时候谁负责草原防火", "2018年的机构改革中谁负责草原防火"])
def test_at_a_reform_of_a_year_is_after_it(text: str) -> None:
    spec, rest = extract_date(cn_numerals(text, TODAY), TODAY)
    assert spec is not None and spec.kind == "after_reform" and spec.year == 2018
    assert rest == "谁负责草原防火"


def test_at_the_reform_is_answered_as_after_it(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "2019年机构改革时谁负责草原防火", today=TODAY)
    assert result["units"][0]["name"] == "样例县应急管理局"
