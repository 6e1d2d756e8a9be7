"""Never an answer the graph does not support (queries.ask): kinds of question nothing in the
store answers, each beside the answerable question it looks like.

* a unit asked at a date before its first record: nothing is recorded then, with its founding
  (``Context._outside_existence``);
* a unit asked at a date after its end: gone, with its end, the sentence and where it went; a
  whole year in which it ended is answered at its last day;
* a unit whose founding is recorded without a day, asked at a date: not confirmed;
* a unit name opening with a place the store does not hold ("阳溪县医疗保障局"): the place is
  not recorded, never the unit of another place whose name ends the same way
  (``parsing._drop_misplaced``, ``answers._unknown_place``);
* a name written after 国家 that only local units bear ("国家医疗保障局" when only a county's
  医疗保障局 is known) is a national body the store does not hold, never the county's bureau;
* what happened to a unit written before its name ("改革林业部撤了以后") is no part of the name;
* a duty phrase with a word inside it that no clause says ("城区养犬登记": 养犬) is no duty
  of a unit whose clause matches only the words around it (``who_handles.inner_unknown_words``).
"""

from __future__ import annotations

import pytest

from kg.model import EventType
from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.parsing import parse
from queries.who_handles import inner_unknown_words
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry

PLACE = "岚山县"


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("lanshan2010", date="2010-01-01", jurisdiction=PLACE)
              .unit("县物价局", kind="县政府工作部门", rank="副科级", valid_from="2010-01")
              .unit("县发展和改革局", kind="县政府工作部门", rank="正科级", valid_from="2010-01")
              .staffing("县物价局", "行政编制", "核定", 8, date="2010-01")
              .duty("县公安局", "负责全县户籍登记管理工作。")
              .duty("县住房和城乡建设局", "负责全县城区环境卫生的监督检查工作。"))
    apply_doc(s, doc("lanshan2016", date="2016-04-01", jurisdiction=PLACE)
              .event(EventType.MERGE_INTO, "县物价局并入县发展和改革局，不再保留县物价局。", inputs=["县物价局"],
                     outputs=["县发展和改革局"], date="2016-04-01"))
    apply_doc(s, doc("lanshan2019", date="2019-03-01", jurisdiction=PLACE)
              .establish("县医疗保障局", kind="县政府工作部门", rank="正科级", date="2019-03-01")
              .staffing("县医疗保障局", "行政编制", "核定", 10, date="2019-03"))
    apply_doc(s, doc("lanshan-undated", jurisdiction=PLACE)
              .event(EventType.ESTABLISH, "6月18日，县数据局正式挂牌。", outputs=["县数据局"])
              .unit("县数据局", kind="县政府工作部门", rank="正科级", sentence="县数据局为县政府工作部门，正科级。"))
    apply_doc(s, doc("central1998", date="1998-03-10")
              .unit("林业部", kind="国务院组成部门", rank="正部级")
              .unit("国家林业局", kind="国务院直属机构", rank="副部级")
              .merge_into("林业部", "国家林业局", date="1998-03-10"))
    yield s
    s.close()


def _names(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [u["name"] for u in result["units"]]


# ---------------------------------------------------------------- before the first record

@pytest.mark.parametrize("question", [
    "2015年岚山县医疗保障局有多少编制？",
    "2012年岚山县医疗保障局是什么级别",
    "17年岚山县医疗保障局归谁管",
    "2016年岚山县医疗保障局下面有哪些单位？",
])
def test_a_date_before_the_first_record_is_answered_as_nothing_recorded(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] == [], result
    assert "还没有岚山县医疗保障局" in result["answer"], result["answer"]
    assert "2019年3月1日" in result["answer"], result["answer"]  # its founding, with the sentence
    assert "组建县医疗保障局" in result["answer"], result["answer"]


@pytest.mark.parametrize(("question", "figure"), [
    ("2020年岚山县医疗保障局有多少编制？", "10"),
    ("2019年岚山县医疗保障局是什么级别", "正科级"),
    ("岚山县医疗保障局有多少编制", "10"),
])
def test_the_same_unit_at_a_date_it_existed_is_answered(store, question: str, figure: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result)[:1] == ["岚山县医疗保障局"], result
    assert figure in result["answer"], result["answer"]


# ---------------------------------------------------------------- after its end

@pytest.mark.parametrize("question", [
    "2020年岚山县物价局有多少编制？",
    "2018年岚山县物价局是什么级别",
    "2021年岚山县物价局上面是哪个部门",
    "2022年岚山县物价局挂了哪些牌子",
])
def test_a_unit_gone_before_the_date_is_answered_as_gone(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] == [], result
    answer = result["answer"]
    assert "已不存在" in answer, answer
    assert "2016年4月1日" in answer, answer  # its end
    assert "县物价局并入县发展和改革局" in answer, answer  # the sentence
    assert "岚山县发展和改革局" in answer, answer  # where it went


@pytest.mark.parametrize(("question", "figure"), [
    ("2014年岚山县物价局是什么级别", "副科级"),
    ("2013年岚山县物价局有多少编制", "8"),
    ("2016年岚山县物价局是什么级别", "副科级"),  # the year it ended: answered at its last day
])
def test_a_unit_at_a_date_it_still_existed_is_answered(store, question: str, figure: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result)[:1] == ["岚山县物价局"], result
    assert figure in result["answer"], result["answer"]


def test_the_year_it_ended_says_the_day_answered(store) -> None:  # type: ignore[no-untyped-def]
    answer = ask(store, "2016年岚山县物价局是什么级别")["answer"]
    assert "不再存续" in answer and "2016年3月31日" in answer, answer


# ---------------------------------------------------------------- founding on a day never recorded

@pytest.mark.parametrize("question", ["2010年岚山县数据局是什么级别", "2015年岚山县数据局归谁管"])
def test_an_undated_founding_is_not_confirmed_at_a_date(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] == [], result
    assert "没有记录岚山县数据局设立的日期" in result["answer"], result["answer"]
    assert "6月18日" in result["answer"], result["answer"]  # the sentence says what is known


def test_an_undated_unit_is_answered_without_a_date(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "岚山县数据局是什么级别")
    assert _names(result)[:1] == ["岚山县数据局"] and "正科级" in result["answer"], result


def test_an_undated_founding_quotes_its_sentence(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "岚山县数据局是哪天挂牌的？")
    assert _names(result)[:1] == ["岚山县数据局"], result
    assert "6月18日" in result["answer"] and "日期不详" not in result["answer"], result["answer"]


# ---------------------------------------------------------------- a place the store does not hold

@pytest.mark.parametrize(("question", "place"), [
    ("阳溪县医疗保障局有多少编制？", "阳溪县"),
    ("青禾县物价局以前归谁管", "青禾县"),
    ("云岭县发展和改革局是什么级别", "云岭县"),
    ("白石县发展和改革局是由哪几个部门组建的", "白石县"),
])
def test_a_place_the_store_does_not_hold_is_said_not_recorded(store, question: str, place: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] == [], result
    assert f"没有{place}的记录" in result["answer"], result["answer"]
    assert not result["suggestions"], result


@pytest.mark.parametrize("question", ["阳溪县医疗保障局有多少编制？", "白石县发展和改革局是什么级别"])
def test_the_end_of_an_unknown_name_is_not_linked(store, question: str) -> None:  # type: ignore[no-untyped-def]
    parsed = parse(store, question)
    assert parsed.units == [], parsed
    assert parsed.unknown and parsed.unknown[0].endswith("局"), parsed


@pytest.mark.parametrize("question", ["全县发展和改革局是什么级别", "岚山县发展和改革局是什么级别"])
def test_a_known_place_or_a_deictic_keeps_the_unit(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result)[:1] == ["岚山县发展和改革局"], result


def test_a_near_name_of_another_place_is_not_suggested(store) -> None:  # type: ignore[no-untyped-def]
    """"阳县医疗保障局" is one character from 县医疗保障局: dropping the place is no suggestion."""
    result = ask(store, "阳县医疗保障局有多少编制")
    assert result["units"] == [], result
    assert not any(s.startswith("县") for s in result["suggestions"]), result


# ---------------------------------------------------------------- an event before a name

@pytest.mark.parametrize("question", ["1998年改革林业部撤了以后，并进哪个部门了？", "机构改革林业部撤了以后并到哪了"])
def test_an_event_word_before_a_name_is_no_part_of_it(store, question: str) -> None:  # type: ignore[no-untyped-def]
    parsed = parse(store, question)
    assert [u.text for u in parsed.units] == ["林业部"], parsed
    assert parsed.unknown == [], parsed
    result = ask(store, question)
    assert "国家林业局" in _names(result), result


# ---------------------------------------------------------------- a word inside a duty no clause says

class _Texts:
    def __init__(self, texts: list[str]):
        self.unique_texts = texts

    @property
    def text_count(self) -> int:
        return len(self.unique_texts)


CLAUSES = _Texts(["负责全县城区环境卫生的监督检查工作。", "负责全县户籍登记管理工作。", "负责全县森林防火工作。"])


@pytest.mark.parametrize(("topic", "words"), [
    ("城区养犬登记", ["养犬"]),
    ("户籍猫狗登记", ["猫狗"]),
    ("城区飞碟卫生监督", ["飞碟"]),
])
def test_an_inner_word_no_clause_says(topic: str, words: list[str]) -> None:
    assert inner_unknown_words(topic, CLAUSES) == words


@pytest.mark.parametrize("topic", [
    "户籍登记", "城区环境卫生", "森林防火",
    "月球户籍登记",  # the opening word: unknown_words's
    "户籍登记办证",  # the head at the end may be said otherwise
    "县公安局撤了以后户籍登记",  # a phrase naming a unit is no bare duty
])
def test_no_inner_unknown_word(topic: str) -> None:
    assert inner_unknown_words(topic, CLAUSES) == []


def test_a_duty_whose_inner_word_nobody_says_is_not_found(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "城区养犬登记归谁管")
    assert result["units"] == [], result
    assert "没有找到负责" in result["answer"] and "城区的记录" not in result["answer"], result["answer"]


def test_the_duty_without_the_word_is_answered(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "户籍登记归谁管")
    assert _names(result)[:1] == ["岚山县公安局"], result


# ---------------------------------------------------------------- 国家 + a name only local units bear

@pytest.mark.parametrize("question", ["国家医疗保障局归谁管", "国家医疗保障局有多少编制？", "国家发展和改革局是什么级别",
                                      "2020年国家医疗保障局的前身是什么"])
def test_a_national_name_only_a_county_bears_is_not_found(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] == [], result["answer"]
    assert "没有找到" in result["answer"], result["answer"]


@pytest.mark.parametrize("question, unit", [("国家林业局是什么级别", "国家林业局"), ("县医疗保障局有多少编制", "岚山县医疗保障局")])
def test_a_national_name_the_store_holds_and_a_bare_local_name_stay(store, question: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result)[:1] == [unit], result["answer"]


# ---------------------------------------------------------------- a year still to come

@pytest.mark.parametrize("question", ["2030年岚山县医疗保障局有多少编制？", "明年岚山县医疗保障局归谁管", "2035年谁负责户籍登记管理"])
def test_a_year_still_to_come_is_not_answered(store, question: str) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    result = ask(store, question, today=date(2026, 12, 1))
    assert result["units"] == [], result["answer"]
    assert "晚于今天" in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["2026年岚山县医疗保障局有多少编制？", "今年岚山县医疗保障局有多少编制"])
def test_this_year_is_answered(store, question: str) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    result = ask(store, question, today=date(2026, 12, 1))
    assert _names(result)[:1] == ["岚山县医疗保障局"], result["answer"]


@pytest.mark.parametrize("question", ["主体功能区规划以前谁编", "自然保护区管理谁负责", "经济开发区建设谁管", "风景名胜区管理归谁"])
def test_a_kind_of_area_a_duty_speaks_of_is_no_place(store, question: str) -> None:  # type: ignore[no-untyped-def]
    assert parse(store, question).unknown_places == []


def test_an_unknown_place_is_still_one(store) -> None:  # type: ignore[no-untyped-def]
    assert parse(store, "拉萨市有哪些政府工作部门").unknown_places == ["拉萨市"]
