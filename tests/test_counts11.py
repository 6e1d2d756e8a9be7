"""Counts of a place's bodies by class (ingest/extractors/body_counts.py, tests/gold/README.md, Staffing):
one 核定 row per class on the body owning it. Sentences are written for these tests in the genre's wording."""

from __future__ import annotations

import pytest

from ingest.extractors import extract
from ingest.readers.base import RawDocument
from kg.model import Document


def counts(text: str, place: str = "青山县") -> set[tuple]:
    f = extract(RawDocument("t.txt", text, {}), Document(id="t", title="t", date="2019-03-01", jurisdiction=place, text=text))
    return {(s.unit.name if s.unit else None, s.kind, s.change, s.amount) for s in f.staffing
            if s.kind in ("政府工作部门", "党委机构", "党政机构")}


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("改革后，县政府设置工作部门21个。", "青山县", {("青山县人民政府", "政府工作部门", "核定", 21)}),
    ("青山县人民政府设置工作部门二十一个，另设部门管理机构1个。", "青山县", {("青山县人民政府", "政府工作部门", "核定", 21)}),
    ("按照限额要求，将区政府工作部门由原来的24个调整为20个。", "河西区", {("河西区人民政府", "政府工作部门", "核定", 20)}),
    ("市政府工作部门调整为33个。", "江城市", {("江城市人民政府", "政府工作部门", "核定", 33)}),
    ("调整后，市政府将设36个工作部门。", "江城市", {("江城市人民政府", "政府工作部门", "核定", 36)}),
    ("改革后，全县共设置党政机构30个，其中党委机构8个、政府工作部门22个。", "青山县",
     {(None, "党政机构", "核定", 30), ("中共青山县委员会", "党委机构", "核定", 8),
      ("青山县人民政府", "政府工作部门", "核定", 22)}),
    ("我省共设置省级党政机构58个，其中省委机构17个，省政府机构41个。", "某省",
     {(None, "党政机构", "核定", 58), ("中共某省委员会", "党委机构", "核定", 17), ("某省人民政府", "政府工作部门", "核定", 41)}),
    ("河西区党政机构由30个减至25个。", "河西区", {(None, "党政机构", "核定", 25)}),
    ("经过改革，河西区党政机构将由改革前的31个压缩到24个。", "河西区", {(None, "党政机构", "核定", 24)}),
    ("年底，批准设置的市级党委、政府机构共50个。其中市委9个，即：办公厅、组织部；市政府41个，即：财政局、教育局。",
     "江城市", {(None, "党政机构", "核定", 50), ("中共江城市委员会", "党委机构", "核定", 9),
              ("江城市人民政府", "政府工作部门", "核定", 41)}),
])
def test_a_stated_count_is_recorded_on_its_owner(text: str, place: str, expected: set[tuple]) -> None:
    assert counts(text, place) == expected


@pytest.mark.parametrize("text", [
    "全县共精简党政机构6个，精简行政编制40名。",  # a reduction, no count
    "各县政府工作部门均设置22个以内。",  # a rule for a class of places
    "乡镇党政机构一般设置5个。",  # townships, not the place's own
    "北山县政府工作部门调整为19个。",  # another place named before the class
    "县政府工作部门不超过22个。",  # a ceiling, not a count
    "改革后，市政府设置工作部门30个。",  # another level's government than the place's
    "县政府共有在编人员120人。其中县政府41个工作日内办结。",  # no 党政 total before 其中
])
def test_no_count_of_this_place(text: str) -> None:
    assert counts(text) == set()


def test_parts_in_the_next_sentence_take_the_totals_date() -> None:
    text = "1990年底，批准设置的市级党委、政府机构共50个。其中市委9个；市政府41个。"
    f = extract(RawDocument("t.txt", text, {}), Document(id="t", title="t", date=None, jurisdiction="江城市", text=text))
    assert {(s.kind, s.amount, s.date) for s in f.staffing} == {("党政机构", 50, "1990"), ("党委机构", 9, "1990"),
                                                                   ("政府工作部门", 41, "1990")}


def test_parts_after_baokuo() -> None:
    assert counts("改革后，全县共设置党政机构30个，包括党委机构8个、政府工作部门22个。") == {
        (None, "党政机构", "核定", 30), ("中共青山县委员会", "党委机构", "核定", 8), ("青山县人民政府", "政府工作部门", "核定", 22)}


def test_no_count_in_a_central_document() -> None:
    assert counts("改革后，自治区政府工作部门由42个减少到39个。", "中央") == set()
