"""A government's class of bodies with its owner written in full, short, with 的, or without its level (fifteenth
session). Sentences are written for these tests in the genre's wording; no corpus or trial document is used."""

from __future__ import annotations

import pytest

from tests.gold_score import _kind
from tests.test_constructions import facts_of, units


@pytest.mark.parametrize("a, b", [
    ("县人民政府工作部门", "县政府工作部门"),
    ("县人民政府的工作部门", "县政府工作部门"),
    ("旗人民政府工作部门", "旗政府工作部门"),
    ("市政府的组成部门", "市政府组成部门"),
    ("省人民政府直属机构", "省政府直属机构"),
    ("区人民政府派出机构", "区政府派出机构"),
])
def test_scorer_equates_a_governments_class_written_in_full_or_short(a, b):
    assert _kind(a) == _kind(b)


@pytest.mark.parametrize("a, b", [
    ("县政府工作部门", "政府工作部门"),  # the level is part of the class
    ("县人民政府工作部门", "市人民政府工作部门"),
    ("县政府工作部门", "县委工作机关"),
    ("省人民政府直属机构", "省政府组成部门"),
    ("县人民政府", "县政府"),  # a body, not a class: names are the Resolver's business
])
def test_scorer_keeps_other_classes_apart(a, b):
    assert _kind(a) != _kind(b)


@pytest.mark.parametrize("text, place, unit, kind", [
    ("涞源县应急管理局是本轮机构改革新组建的政府工作部门。组建县应急管理局，作为县政府工作部门。",
     "涞源县", "涞源县应急管理局", "县政府工作部门"),
    ("组建县应急管理局，作为县政府工作部门。涞源县应急管理局是本轮机构改革新组建的政府工作部门。",
     "涞源县", "涞源县应急管理局", "县政府工作部门"),
    ("新组建的海门区数据局为政府工作部门。组建区数据局，为区人民政府工作部门。",
     "海门区", "海门区数据局", "区政府工作部门"),
    ("巢湖市医疗保障局是新组建的政府工作部门，正科级。组建市医疗保障局，作为市政府工作部门。",
     "巢湖市", "巢湖市医疗保障局", "市政府工作部门"),
])
def test_a_levelless_government_class_is_refined_by_the_same_class_with_its_level(text, place, unit, kind):
    got = units(facts_of(text, place))
    assert _kind(got[unit][0]) == _kind(kind)  # the class as either sentence writes its owner, the level kept


def test_a_levelless_class_stays_when_no_sentence_gives_the_level():
    got = units(facts_of("莲都区市场监督管理局是新组建的政府工作部门。", "莲都区"))
    assert got["莲都区市场监督管理局"][0] == "政府工作部门"
