"""Event dates as the genre writes them: chronicle openers with a point in the month, year headings of a
大事记 with month-first entries, two dated clauses in one sentence, days relative to the report's own
day, and report-time sentences that no chronicle date reaches. Sentences written here, in the genre."""

from __future__ import annotations

import pytest

from tests.test_constructions import events, facts_of


@pytest.mark.parametrize(("text", "expected"), [
    ("1986年4月初，县委成立县农村工作领导小组。", ("establish", (), ("县农村工作领导小组",), "1986-04")),
    ("1979年9月下旬，撤销县革命委员会生产指挥部。", ("abolish", ("县革命委员会生产指挥部",), (), "1979-09")),
    ("1991年底，撤销县物价局。", ("abolish", ("县物价局",), (), "1991")),
    ("1975年初，恢复县粮食局。", ("establish", (), ("县粮食局",), "1975")),
])
def test_a_chronicle_opener_with_a_point_in_the_month_or_year(text: str, expected: tuple) -> None:
    assert expected in events(facts_of("某县志 政府机构\n" + text, "某县"))


def test_a_point_in_the_month_is_not_a_plan_deadline() -> None:
    got = events(facts_of("2019年3月底前，完成县应急管理局组建。", "某县", date="2019-01-10"))
    assert all(e[3] != "2019-03" for e in got)  # "底前" is a deadline, never the event's month


def test_year_headings_of_a_chronicle_date_the_entries_under_them() -> None:
    text = ("某县机构编制大事记\n1987年\n2月，县农业委员会更名为县农村经济委员会。\n4月12日，撤销县多种经营办公室。\n"
            "同年9月，设立县乡镇企业局。\n1988年\n撤销县蚕桑局。")
    got = events(facts_of(text, "某县", date="1990"))
    assert ("rename", ("县农业委员会",), ("县农村经济委员会",), "1987-02") in got
    assert ("abolish", ("县多种经营办公室",), (), "1987-04-12") in got
    assert ("establish", (), ("县乡镇企业局",), "1987-09") in got
    assert ("abolish", ("县蚕桑局",), (), "1988") in got


def test_a_month_first_sentence_takes_the_year_of_its_paragraph() -> None:
    text = "1964年5月，县计划委员会与县统计科合署办公。8月，撤销县物资供应站。"
    got = events(facts_of(text, "某县", date="1990"))
    assert ("abolish", ("县物资供应站",), (), "1964-08") in got


@pytest.mark.parametrize(("text", "expected"), [
    ("1950年2月8日县人民政府成立，3月1日设立县财政科。", ("establish", (), ("县财政科",), "1950-03-01")),
    ("1962年6月5日县委常委会议研究决定，7月撤销县手工业局。", ("abolish", ("县手工业局",), (), "1962-07")),
])
def test_the_day_of_the_events_own_clause_not_the_first_day_of_the_sentence(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县", date="1990"))


@pytest.mark.parametrize(("text", "doc", "expected"), [
    ("本月16日，县数据资源管理局正式挂牌。", "2023-11-28", "2023-11-16"),
    ("昨天上午，县社会工作部举行揭牌仪式。", "2024-03-07", "2024-03-06"),
    ("昨日，县数据资源管理局正式挂牌成立。", "2024-01-01", "2023-12-31"),
    ("昨天上午，县社会工作部举行揭牌仪式。", "2024", None),  # no day to count back from
])
def test_a_day_relative_to_the_reports_own_day(text: str, doc: str, expected: str | None) -> None:
    got = events(facts_of(text, "某县", date=doc))
    assert got and got[0][3] == expected


def test_a_report_time_sentence_takes_no_chronicle_date_of_its_paragraph() -> None:
    # the 1983 of the bureau's founding stays with the founding; "近日" is the document's time
    text = "1983年，县档案局成立。近日，县档案局正式挂牌。"
    got = events(facts_of(text, "某县", date="2019-03-20"))
    assert ("establish", (), ("县档案局",), "1983") in got
    assert all(e[3] != "1983" for e in got[1:])


def test_a_clause_of_the_reports_own_time_takes_no_date_from_the_founding_before_it() -> None:
    # the founding year quoted in history dates the founding; "借助今年…" is the document's time
    text = ("2018年10月某县退役军人事务局正式挂牌成立，借助今年机构改革，县退役军人服务站由正股级升格为副科级事业单位。")
    got = events(facts_of(text, "某县", date="2024-05-06"))
    assert ("establish", (), ("县退役军人事务局",), "2018-10") in got or \
        ("establish", (), ("某县退役军人事务局",), "2018-10") in got
    ups = [e for e in got if e[0] == "upgrade"]
    assert ups and all(e[3] is None for e in ups)


def test_an_attribution_before_the_chronicle_opener() -> None:
    text = "据了解，2016年初，某县整合广播电视台和新闻中心，成立县融媒体中心。"
    got = events(facts_of(text, "某县", date="2019-05-06"))
    # the date is what this test holds; the inputs are read by the integration constructions
    assert [e[3] for e in got if e[0] == "establish" and e[2] == ("县融媒体中心",)] == ["2016"]


def test_a_bare_verb_line_takes_the_date_of_the_decision_above_it() -> None:
    text = ("1954年10月30日，县人民委员会第二次会议通过《关于调整县人民委员会所属工作部门的决定》。\n"
            "决定撤销：\n县合作事业管理科\n县工商科")
    got = events(facts_of(text, "某县", date="1990"))
    assert ("abolish", ("县合作事业管理科",), (), "1954-10-30") in got
    assert ("abolish", ("县工商科",), (), "1954-10-30") in got


@pytest.mark.parametrize(("text", "expected"), [
    ("1993年5月，停刊多年的《某报》复刊，同年成立县报社。", ("establish", (), ("县报社",), "1993")),
    ("1972年2月，恢复县民政局，同年10月撤销县财政金融局，次年设立县财税局。",
     ("abolish", ("县财政金融局",), (), "1972-10")),
    ("1972年2月，恢复县民政局，同年10月撤销县财政金融局，次年设立县财税局。", ("establish", (), ("县财税局",), "1973")),
])
def test_a_same_year_clause_inside_a_sentence(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县", date="2002"))


def test_a_chronicle_day_glued_to_its_entry() -> None:
    # a 大事记 printed "4月1日  县人民教育基金会成立。": normalization joins the date and the entry
    text = "某县大事记\n1989年\n4月1日  县人民教育基金会成立。\n5月12日  县老年大学成立。"
    got = events(facts_of(text, "某县", date="2013-09-23"))
    assert ("establish", (), ("县人民教育基金会",), "1989-04-01") in got
    assert ("establish", (), ("县老年大学",), "1989-05-12") in got


@pytest.mark.parametrize(("doc", "expected"), [("2024-03-22", "2023-08-31"), ("2024-09-02", "2024-08-31"),
                                               ("2024", "2024-08-31")])
def test_a_report_tells_of_no_day_after_its_own(doc: str, expected: str) -> None:
    got = events(facts_of("8月31日，科技部不再保留国家外国专家局牌子。", "中央", date=doc))
    assert got and got[0][3] == expected


@pytest.mark.parametrize("text", [
    "根据市委编委2018年12月20日的批复，组建县医疗保障局。",
    "根据2018年12月市委编委的批复，组建县医疗保障局。",
    "根据市委编委2018年12月的批复精神，县医疗保障局正式组建。",
    "依据《某县机构改革实施意见》（2018年12月），组建县医疗保障局。",
])
def test_a_cited_basis_date_does_not_date_the_action(text: str) -> None:
    got = events(facts_of(text, "某县", date="2019-03-20"))
    assert ("establish", (), ("县医疗保障局",), None) in got


def test_a_decision_date_and_a_published_plan_still_date_the_action() -> None:
    got = events(facts_of("经县委编委2019年3月1日研究同意，设立县融媒体中心。", "某县", date="2019-03-20"))
    assert ("establish", (), ("县融媒体中心",), "2019-03-01") in got
    got = events(facts_of("1983年，根据省委文件精神，撤销县二轻局。", "某县", date="1990"))
    assert ("abolish", ("县二轻局",), (), "1983") in got


@pytest.mark.parametrize(("text", "expected"), [
    ("2018年，撤销县档案局。今年3月，县档案馆更名为县档案事务中心。",
     ("rename", ("县档案馆",), ("县档案事务中心",), "2024-03")),
    ("2018年10月县档案局撤销，今年3月县档案馆更名为县档案事务中心。",
     ("rename", ("县档案馆",), ("县档案事务中心",), "2024-03")),
    ("去年10月12日，县档案馆更名为县档案事务中心。", ("rename", ("县档案馆",), ("县档案事务中心",), "2023-10-12")),
    ("去年，县委撤销县二轻局。", ("abolish", ("县二轻局",), (), "2023")),
    ("今年以来，县委编委撤销县二轻局。", ("abolish", ("县二轻局",), (), None)),  # a period: the document's date
])
def test_this_year_and_last_year_count_from_the_document(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县", date="2024-05-06"))


def test_a_bracketed_history_note_does_not_date_the_event() -> None:
    got = events(facts_of("县医疗保障局（2019年组建）近日更名为县医疗保障事务中心。", "某县", date="2024-05-06"))
    assert ("rename", ("县医疗保障局",), ("县医疗保障事务中心",), None) in got


@pytest.mark.parametrize(("text", "expected"), [
    ("1983—1985年，县委先后撤销县农办、县财办。", ("abolish", ("县财办",), (), "1983")),
    ("1954年10月~1956年4月，先后增设县财贸工作部、县农村工作部。", ("establish", (), ("县农村工作部",), "1954-10")),
    ("1990年至1995年间，撤销县物资局。", ("abolish", ("县物资局",), (), "1990")),
])
def test_a_period_opening_a_chronicle_entry_dates_by_its_start(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县", date="2000"))


def test_a_report_time_sentence_under_a_day_heading_keeps_the_heading() -> None:
    got = events(facts_of("2024年1月5日\n上午，县数据局正式挂牌。", "某县", date="2024"))
    assert ("establish", (), ("县数据局",), "2024-01-05") in got


def test_a_year_heading_in_chinese_numerals_and_shinian() -> None:
    """"一九九二年" on a line of its own dates the entries under it like "1992年"; "是年，…" opening a
    sentence is the year of the chronicle sentence before, as 同年 is."""
    text = "某县年鉴 机构编制\n一九九二年\n3月，成立县经济信息中心。\n是年，撤销县二轻工业局。\n次年，撤销县经济信息中心。"
    got = events(facts_of(text, "某县", date="1995"))
    assert ("establish", (), ("县经济信息中心",), "1992-03") in got
    assert ("abolish", ("县二轻工业局",), (), "1992") in got
    assert ("abolish", ("县经济信息中心",), (), "1993") in got


def test_shinian_after_a_dated_sentence_on_another_line() -> None:
    got = events(facts_of("1986年，设立县乡镇企业管理局。\n是年，撤销县社队企业局。", "某县", date="1990"))
    assert ("abolish", ("县社队企业局",), (), "1986") in got


@pytest.mark.parametrize(("text", "expected"), [
    ("1983年下半年，某省进行地区一级的机构改革。8月30日，撤销东林地区。", ("abolish", ("东林地区",), (), "1983-08-30")),
    ("【机构改革】 2021年6月2日，县扶贫办公室改革重组为县乡村振兴局。7月21日，新设立县金融服务中心。",
     ("establish", (), ("县金融服务中心",), "2021-07-21")),
])
def test_a_paragraph_year_after_a_half_year_or_a_heading_word(text: str, expected: tuple) -> None:
    """"1983年下半年，…" and "【机构改革】 2021年6月2日，…" open a paragraph whose month-first sentences take their year."""
    assert expected in events(facts_of(text, "某省" if "地区" in text else "某县"))
