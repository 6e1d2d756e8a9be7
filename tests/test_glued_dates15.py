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
