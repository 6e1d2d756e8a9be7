"""A signing date whose 年/月/日 the page dropped ("福建省人民政府" / "2017919"), fifteenth session (h15-near).
Government sites render the date characters apart and copies lose them; the digits alone still date the document
when only one reading is a day. Sentences made up in the genre."""
from __future__ import annotations

import pytest

from ingest.readers.meta import glued_date, infer_meta


@pytest.mark.parametrize("digits, date", [
    ("2017919", "2017-09-19"),
    ("20181230", "2018-12-30"),
    ("2019131", "2019-01-31"),
    ("20201015", "2020-10-15"),
])
def test_one_reading_is_a_day(digits, date):
    assert glued_date(digits) == date


@pytest.mark.parametrize("digits", [
    "2016112",  # 1月12日 or 11月2日
    "2017101",  # 1月01日 or 10月1日
    "20191301",  # no 13th month
    "201932", "2017", "1234567", "0571876",  # too short, a year, no year, a phone number
])
def test_no_date_or_two_readings(digits):
    assert glued_date(digits) == ""


@pytest.mark.parametrize("text, date", [
    ("某省人民政府关于某县某乡撤乡设镇的批复\n某政文〔2018〕112号\n某市人民政府：\n你市请示收悉。经研究，同意撤销某乡，设立某镇。\n"
     "某省人民政府\n2018926", "2018-09-26"),
    ("关于调整县机构编制委员会组成人员的通知\n各乡镇人民政府，县直各单位：\n经研究，决定调整县编委组成人员。\n"
     "县人民政府办公室\n20191105", "2019-11-05"),
])
def test_a_glued_signing_date_below_the_signer_dates_the_document(text, date):
    assert infer_meta(text).get("date") == date


@pytest.mark.parametrize("text, date", [
    # the reading's year disagrees with the document's own number: the number's year stands
    ("某省人民政府关于某县某乡撤乡设镇的批复\n某政文〔2018〕112号\n某市人民政府：\n经研究，同意撤销某乡。\n"
     "某省人民政府\n2017926", "2018"),
    # digits that read two ways date nothing more precise than the number
    ("某省人民政府关于某县某乡撤乡设镇的批复\n某政文〔2016〕8号\n某市人民政府：\n经研究，同意撤销某乡。\n"
     "某省人民政府\n2016112", "2016"),
    # a line of digits below no signing body is no date
    ("关于调整县机构编制委员会组成人员的通知\n经研究，决定调整县编委组成人员。\n联系电话：\n20191105", None),
])
def test_a_glued_line_that_disagrees_or_reads_two_ways_is_not_taken(text, date):
    assert infer_meta(text).get("date") == date


# --- a clause-opening day in digits alone (the event's own day) ------------------------------------------------------

from ingest.extractors.common import glued_day  # noqa: E402
from tests.test_constructions import events, facts_of  # noqa: E402


@pytest.mark.parametrize("text, doc_date, day", [
    ("2018426日上午，县医疗保障局正式挂牌。", None, "2018-04-26"),  # 42月 is no month: one reading
    ("2019315日，市数据局挂牌成立。", None, "2019-03-15"),
    ("2016112日上午，区卫生和计生局正式挂牌。", "2016-01-13", "2016-01-12"),  # 11月2日 is after the page's day
    ("1230上午，市卫生健康局正式挂牌成立。", "2019-01-03", "2018-12-30"),  # no year: the last 12月30日 before the page
    ("415下午，县应急管理局举行揭牌仪式。", "2019-04-20", "2019-04-15"),
])
def test_a_glued_day_opening_a_clause(text, doc_date, day):
    assert glued_day(text, doc_date) == day


@pytest.mark.parametrize("text, doc_date", [
    ("全县共有1230名干部参加培训。", "2019-01-03"),  # a count, not opening a clause and no 上午/下午
    ("，120日内完成划转工作。", "2019-01-03"),  # a span of days
    ("1230上午，市卫生健康局正式挂牌成立。", None),  # month and day with no page day to give the year
    ("0830上午，召开动员会。", "2019-01-03"),  # a clock time
    ("2018115日上午，县医疗保障局正式挂牌。", None),  # 1月15日 or 11月5日, and no page day to choose by
    ("根据2018112日的批复，组建县数据局。", "2019-01-03"),  # the cited document's day
])
def test_no_glued_day(text, doc_date):
    assert glued_day(text, doc_date) is None


def test_a_new_bodys_glued_ceremony_day_dates_its_establishment():
    text = ("县医疗保障局正式挂牌\n1105上午，石门县医疗保障局正式挂牌成立。\n"
            "根据《石门县机构改革方案》，组建县医疗保障局，作为县政府工作部门。")
    got = events(facts_of(text, "石门县", date="2019-11-08"))
    assert ("establish", (), ("石门县医疗保障局",), "2019-11-05") in got


@pytest.mark.parametrize("digits", ["2018931", "2019230"])  # 9月31日, 2月30日: no day of the calendar
def test_a_reading_must_be_a_calendar_day(digits):
    assert glued_date(digits) == ""
    assert glued_day(digits + "日上午，县数据局挂牌。", None) is None


def test_two_readings_need_the_pages_day_not_only_its_year():
    assert glued_day("2016112日上午，区卫生和计生局正式挂牌。", "2016") is None
    assert glued_day("2016112日上午，区卫生和计生局正式挂牌。", "2016-01") is None
