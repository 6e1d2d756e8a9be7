"""A chronicle entry that changes a body's divisions as a class ("内设各组改称股") names no division: no unit,
no establish. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_constructions import events, facts_of, units


@pytest.mark.parametrize("text", [
    "1980年，民政局内设各组改称股。",
    "1984年，县文化局内设各组改为股。",
    "1992年，县统计局内设各股改称科。",
    "1986年，县计划委员会内设各组更名为科。",
])
def test_divisions_changed_as_a_class_are_no_division(text) -> None:
    f = facts_of(text, "某县")
    assert not [name for name, u in units(f).items() if u[0] == "内设机构"]
    assert not [e for e in events(f) if e[0] == "establish"]


@pytest.mark.parametrize(("text", "expected"), [
    ("1984年，县统计局内设农业股和工业股。", {"县统计局农业股", "县统计局工业股"}),
    ("1978年10月，县计划委员会内设统计科。", {"县计划委员会统计科"}),
    ("1990年，县民政局内设优抚股、救灾股。", {"县民政局优抚股", "县民政局救灾股"}),
])
def test_named_divisions_set_up_still_open(text, expected) -> None:
    f = facts_of(text, "某县")
    assert {name for name, u in units(f).items() if u[0] == "内设机构"} == expected
    assert {e[2][0] for e in events(f) if e[0] == "establish"} == expected
