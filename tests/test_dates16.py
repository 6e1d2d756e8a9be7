"""Dates of documents and events, sixteenth session (docs/extraction.md, "Dates", sixteenth session).
Sentences are written for these tests in the genre, not copied from any real document."""
from __future__ import annotations

import pytest

from ingest.readers.meta import infer_meta


def _date(text: str, title: str | None = None) -> str | None:
    return infer_meta(text, {"title": title} if title else {}).get("date")


# --- the signing date labeled on a disclosure table or a law database's fields ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a disclosure table: the posting day first, the signing day below it
    ("索引号：000001/2019-00012\n发布机构：某县人民政府\n发布日期：2019-03-28\n成文日期：2019-03-25\n"
     "某县人民政府关于调整县政府工作部门设置的通知\n各乡镇人民政府：\n经研究，决定组建县数据资源局。", "2019-03-25"),
    # the same cells run together on one line, the signing day written in characters
    ("索引号 000002/2020-00004 发布时间 2020-07-10 成文时间 2020年07月02日\n某市编办关于设立某中心的批复\n"
     "某市某局：\n经研究，同意设立某中心。", "2020-07-02"),
    # the label alone, its day on the next line, under a posting stamp
    ("发布时间：2021-05-11 09:30\n印发日期：\n2021-05-06\n某区机构编制委员会关于调整某中心隶属关系的通知\n"
     "经研究，某中心划归区农业农村局管理。", "2021-05-06"),
    # a law database's bracketed fields, the promulgation day in dotted digits, its entry into force later
    ("某省人民政府办公厅关于印发某省某中心职能配置的通知\n【制定机关】某省人民政府办公厅【公布日期】2003.06.18"
     "【施行日期】2003.07.01【效力等级】地方规范性文件\n各市人民政府：\n经省政府同意，现予印发。", "2003-06-18"),
    ("某市机构编制管理办法\n【发布部门】某市人民政府 【发布日期】2012-11-05 【实施日期】2013-01-01\n"
     "第一条 为加强机构编制管理，制定本办法。", "2012-11-05"),
])
def test_the_signing_date_label_wins_over_the_posting_stamp(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize("text", [
    # another act's day ("施行", "实施") dates the act, not the document
    "某市机构编制管理办法\n【实施日期】2013-01-01【时效性】现行有效\n第一条 为加强机构编制管理，制定本办法。",
    # a prose mention of a signing is no label
    "某县编办近期梳理了文件成文日期不规范的问题，要求各单位整改。",
])
def test_no_signing_label_no_signing_date(text):
    assert _date(text) is None


# --- a gazette's bracket holding the document's number and its day ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("某省人民政府办公厅关于印发某省某中心主要职责内设机构和人员编制规定的通知\n（某府字〔2001〕4号　2001年1月8日）\n"
     "各市人民政府：\n经研究，组建某省某中心。", "2001-01-08"),
    ("某市人民政府关于调整市政府工作部门的通知\n（2019年3月5日　某政发〔2019〕7号）\n各县区人民政府：\n经研究，组建市数据局。",
     "2019-03-05"),
    ("某县人民政府关于撤销某乡的通知\n(某政发[2016]12号,2016年4月20日)\n各乡镇：\n经研究，撤销某乡。", "2016-04-20"),
])
def test_a_bracket_of_number_and_day_under_the_title(text, expected):
    assert _date(text) == expected


def test_a_cited_number_and_day_inside_a_sentence_is_no_signing_bracket():
    text = ("某县编办关于设立某中心的批复\n根据《某市机构改革方案》（某发〔2018〕9号，2018年12月3日）精神，经研究，同意设立某中心。\n"
            "某县机构编制委员会办公室")
    assert _date(text) != "2018-12-03"


# --- a year told once, then the present, is no document date --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "某区始终重视双拥工作。2019年2月，挂牌成立某区退役军人事务局。目前各乡镇服务站均独立建站，运行良好。",
    "当局于2023年3月在某办基础上组建某工作办公室。此后，某机构随即启动内部改革，目前改革接近完成。",
    "某厅的监督管理职责划入某厅。近年来开展的专项行动材料一并移交。2014年1月3日，两厅完成了移交工作。",
])
def test_one_past_year_then_the_present_gives_no_date(text):
    assert _date(text) is None


def test_a_report_counting_its_years_up_to_the_present_keeps_its_latest_year():
    text = "2020年，某县收回空余编制40名。2021年又调剂编制15名，目前正在核定中。"
    assert _date(text) == "2021"


# --- event dates: a 志 section heading run into its first line; a yearless day takes the running year -----------------

from ingest.extractors.common import narrative_date  # noqa: E402
from tests.test_constructions import events, facts_of  # noqa: E402


@pytest.mark.parametrize(("text", "expected"), [
    # a body's name heads the section, the printed space between it and the opener joined by normalization
    ("某县人民委员会 1956年3月，撤销县手工业管理局。", "1956-03"),
    ("某县人民政府　1949年10月，设立县民政科。", "1949-10"),
    # a newspaper's or a topic's heading
    ("《某县报》 1993年5月，县委决定复刊。", "1993-05"),
    ("机构 1950年，县政府增设县财政科。", "1950"),
    ("县档案馆 1959年1月18日，县档案馆成立。", "1959-01"),
])
def test_a_section_heading_before_the_opener_leaves_the_opener_its_date(text, expected):
    assert narrative_date(text) == expected


@pytest.mark.parametrize("text", [
    "截至2019年12月，县数据局已完成组建。",  # an as-of point, no heading
    "根据2018年3月，省委印发的方案，组建县数据局。",  # a cited basis
    "县人民政府2019年工作报告提出，组建县数据局。",  # a year owned by a report's name, no opener after a heading
])
def test_no_heading_strip_before_a_preposition(text):
    assert narrative_date(text) is None


def test_a_headed_section_dates_its_events_and_the_relative_year_after_it():
    text = ("某县志 人民政府\n"
            "  县人民委员会 1954年，县首届人民代表大会召开。次年2月，县人民政府改称县人民委员会。\n")
    got = events(facts_of(text, "某县"))
    assert ("rename", ("县人民政府",), ("县人民委员会",), "1955-02") in got


@pytest.mark.parametrize(("text", "expected"), [
    # a day without its year, in the paragraph a dated opener began: the paragraph's year, not the document's
    ("1937年11月，县抗日政府进驻山区。在此基础上，12月31日，组建某县抗日县政府。",
     ("establish", (), ("某县抗日县政府",), "1937-12-31")),
    ("1950年3月，县人民政府成立。4月12日，设立县财政科。",
     ("establish", (), ("县财政科",), "1950-04-12")),
    # 是年 with its day
    ("1949年10月1日，中华人民共和国成立。是年12月11日，县政府改称为县人民政府。",
     ("rename", ("县政府",), ("县人民政府",), "1949-12-11")),
])
def test_a_yearless_day_takes_the_running_year(text, expected):
    got = events(facts_of("某县志 政府机构\n" + text, "某县", date="2020-05-06"))
    assert expected in got


def test_a_yearless_day_in_a_report_still_takes_the_reports_year():
    text = "近日，县委编办召开会议。3月5日，县数据资源局正式挂牌成立。"
    got = events(facts_of(text, "某县", date="2024-03-22"))
    assert ("establish", (), ("县数据资源局",), "2024-03-05") in got


# --- a posting day bare under the title of a notice signed at its end -------------------------------------------------

_FOOTER = "（此件公开发布）\n扫一扫在手机打开当前页\n【打印本页】\n【关闭窗口】\n上一篇：某县召开会议\n下一篇：某县编办开展培训\n版权所有"


@pytest.mark.parametrize("posted", ["2019-03-28", "2019年03月28日", "2019年3月28日 星期四"])
@pytest.mark.parametrize("footer", ["", _FOOTER])
def test_the_signing_day_at_the_end_wins_over_a_bare_posting_day(posted, footer):
    text = (f"某县人民政府关于调整县政府工作部门设置的通知\n{posted}\n各乡镇人民政府，县政府各部门：\n"
            f"经研究，决定组建县数据资源局。\n某县人民政府\n2019年3月25日\n{footer}")
    assert _date(text) == "2019-03-25"


@pytest.mark.parametrize("text, expected", [
    # no signing body at the end: the day under the title is the item's own
    ("某县数据资源局正式挂牌\n2019-03-28\n3月27日，某县数据资源局举行揭牌仪式。\n（编辑：张三）", "2019-03-28"),
    # a bracketed day under the title is the document's own (a plan, a speech), whatever signs at the end
    ("某县机构改革实施方案\n（2019年3月1日）\n为贯彻落实…，组建县数据资源局。\n某县机构编制委员会办公室\n2019年3月6日",
     "2019-03-01"),
])
def test_a_day_under_the_title_without_a_signing_below_or_in_brackets_stays(text, expected):
    assert _date(text) == expected


# --- a chronicle opener in Chinese numerals; one dated clause after a lead that gives no date ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("一九九二年三月，撤销县农业局。", ("abolish", ("县农业局",), (), "1992-03")),
    ("二〇一八年十月，组建县应急管理局。", ("establish", (), ("县应急管理局",), "2018-10")),
    ("一九八四年，县档案局成立。", ("establish", (), ("县档案局",), "1984")),
    ("一九八四年十月十日，撤销县手工业局。", ("abolish", ("县手工业局",), (), "1984-10-10")),
    # 同年 after a Chinese-numeral opener counts from it
    ("一九六二年六月，撤销县手工业局。同年10月，成立县二轻局。", ("establish", (), ("县二轻局",), "1962-10")),
    ("一九六二年六月，撤销县手工业局。同年十月，成立县二轻局。", ("establish", (), ("县二轻局",), "1962-10")),
    ("1962年6月，撤销县手工业局。次年三月十五日，成立县二轻局。", ("establish", (), ("县二轻局",), "1963-03-15")),
])
def test_a_chronicle_opener_in_chinese_numerals(text, expected):
    got = events(facts_of("某县志 政府机构\n" + text, "某县", date="2020-05-06"))
    assert expected in got


@pytest.mark.parametrize("text", [
    "一九八四年的机构改革方案提出撤销县手工业局。",  # the year owned by a plan, no opener
    "二〇一八年以来，县委编办持续优化机构设置。",  # a period since then
])
def test_no_opener_from_a_chinese_numeral_year_that_opens_nothing(text):
    assert narrative_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("经县委研究决定，1992年3月撤销县农业局。", ("abolish", ("县农业局",), (), "1992-03")),
    ("根据上级有关指示，1984年10月1日，建立县乡镇企业局。", ("establish", (), ("县乡镇企业局",), "1984-10-01")),
    ("因工作需要，2001年5月县编委批准成立县农机服务中心。", ("establish", (), ("县农机服务中心",), "2001-05")),
])
def test_one_dated_clause_after_an_undated_lead(text, expected):
    got = events(facts_of("某县志 政府机构\n" + text, "某县", date="2020-05-06"))
    assert expected in got


def test_a_dated_lead_keeps_its_own_date_for_its_event():
    # the abolition in the lead has its opener's date; the later clause its own
    text = "1990年，撤销县农业局，1992年3月成立县农牧局。"
    got = events(facts_of("某县志 政府机构\n" + text, "某县", date="2020-05-06"))
    assert ("abolish", ("县农业局",), (), "1990") in got
    assert ("establish", (), ("县农牧局",), "1992-03") in got


# --- a subject's own event on the date written after it with 于 ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("县农业局于1950年4月撤销。", ("abolish", ("县农业局",), (), "1950-04")),
    ("县农业局已于1984年5月撤销。", ("abolish", ("县农业局",), (), "1984-05")),
    ("县农业局于1984年5月与县畜牧局合并，组建县农牧局。", ("establish", (), ("县农牧局",), "1984-05")),
    # after a dated sentence of the same paragraph, the sentence's own date wins over the paragraph's
    ("1981年，县档案局成立。县档案局于1984年5月撤销。", ("abolish", ("县档案局",), (), "1984-05")),
])
def test_a_subjects_event_on_the_date_written_after_it_with_yu(text, expected):
    got = events(facts_of("某县志 政府机构\n" + text, "某县"))
    assert expected in got


@pytest.mark.parametrize("text", ["县档案馆于一九五八年十月撤销。", "县档案馆经县委批准于一九五八年十月正式成立。"])
def test_a_date_with_yu_in_chinese_numerals(text):
    assert narrative_date(text) == "1958-10"


def test_a_date_with_yu_before_a_modified_noun_dates_nothing():
    # "于1984年撤销的县农业局": the date qualifies the body named, not this sentence's event
    assert narrative_date("县政府于1984年撤销的县农业局原有职责划入县农牧局。") is None


# --- an as-of day (截至/截止) is a status point, not the day of the event ---------------------------------------------

from ingest.extractors.common import event_date  # noqa: E402


@pytest.mark.parametrize("text", [
    "截止2015年1月4日，市畜牧兽医局已经完成全市屠宰监管职责调整。",
    "截至2019年3月31日，县数据资源局已完成组建。",
    "截止到2020年6月30日，各乡镇均已挂牌成立综合执法队。",
])
def test_an_as_of_day_dates_no_event(text):
    assert event_date(text, "2019-04-10") is None


def test_a_day_after_as_of_in_its_own_clause_still_dates():
    # the as-of day is skipped; the event's own day in a later clause is read
    assert event_date("截至3月31日，已完成清理，4月2日，县数据资源局挂牌成立。", "2019-04-10") == "2019-04-02"
