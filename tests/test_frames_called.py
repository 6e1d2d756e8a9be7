"""Two chronicle wordings of the clause frame reader (ingest/extractors/frames.py; docs/extraction.md,
"A chronicle's bare 称" and "A forming clause beside another event"): "X称Y" / "…合并，称Y" name a body
anew; "设X，局、馆合署办公" forms X though another reader gave X's co-location. Sentences are written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_frames import events, facts_of, frames_only


@pytest.mark.parametrize(("text", "expected"), [
    ("民国三十一年，第一科称民政科。", [("rename", ("第一科",), ("民政科",), "1942")]),
    ("1950年，县政府第二科称县财政科。", [("rename", ("县政府第二科",), ("县财政科",), "1950")]),
    ("1953年3月，县建设科称为县农林科。", [("rename", ("县建设科",), ("县农林科",), "1953-03")]),
    ("1956年，成立县手工业管理科，1958年称县手工业管理局。",
     [("establish", (), ("县手工业管理科",), "1956"), ("rename", ("县手工业管理科",), ("县手工业管理局",), "1958")]),
])
def test_a_chronicles_bare_cheng_renames(text: str, expected: list[tuple]) -> None:
    assert events(frames_only(text).events) == expected


def test_bodies_merged_then_called_form_the_new_body() -> None:
    got = [e for e in events(facts_of("1958年，县水利局与县农业局合并，称县农水局。").events)]
    assert got == [("establish", ("县水利局", "县农业局"), ("县农水局",), "1958")]


@pytest.mark.parametrize("text", [
    "1958年，县卫生科简称卫生科。",  # a short form
    "1985年，县档案局成立，仍称县档案馆。",  # 仍称: no change (the forming only)
    "1962年，县农场俗称东场。",  # a popular name
    "1979年，县职称改革办公室成立。",  # 称 inside a name
    "县第一科称县民政科。",  # not a chronicle entry: no date
])
def test_no_rename_from_cheng(text: str) -> None:
    assert [e for e in events(frames_only(text).events) if e[0] == "rename"] == []


def test_a_body_set_up_again_is_named_without_its_verb() -> None:
    assert [e for e in events(facts_of("1990年5月，复设县人事局，与县劳动局合署办公。").events) if e[0] == "co_locate"] == \
        [("co_locate", ("县人事局",), ("县劳动局",), "1990-05")]


def test_a_name_holding_cheng_stays_whole() -> None:
    got = events(facts_of("1979年，县职称改革领导小组办公室成立。").events)
    assert got == [("establish", (), ("县职称改革领导小组办公室",), "1979")]


@pytest.mark.parametrize(("text", "formed"), [
    ("1962年4月，始建县档案馆。1963年3月，设县档案管理局，局、馆合署办公。", "县档案管理局"),
    ("1984年，成立县地方志办公室，与县档案局合署办公。", "县地方志办公室"),
    ("1990年5月，复设县人事局，与县劳动局合署办公。", "县人事局"),
])
def test_a_forming_clause_beside_a_co_location_is_read(text: str, formed: str) -> None:
    got = [e for e in events(facts_of(text).events) if e[0] == "establish"]
    assert any(e[2] == (formed,) for e in got)
    assert len([e for e in got if e[2] == (formed,)]) == 1


@pytest.mark.parametrize(("text", "expected"), [
    # a dated forming closing its clause with 后: the forming, then what followed
    ("1970年10月，中共某县委恢复设立后，与县革委会一套工作机构。",
     [("establish", (), ("中共某县委",), "1970-10"), ("co_locate", ("中共某县委",), ("县革委会",), "1970-10")]),
    ("1968年4月，县革命委员会成立后，县人委停止办公。", [("establish", (), ("县革命委员会",), "1968-04")]),
    ("1978年县科学技术委员会重建以后，与县科学技术协会合署办公。",
     [("co_locate", ("县科学技术委员会",), ("县科学技术协会",), None), ("establish", (), ("县科学技术委员会",), "1978")]),
    # one office for two bodies, no sign named
    ("1980年5月，县档案科改为县档案局，与县档案馆一套人马。",
     [("rename", ("县档案科",), ("县档案局",), "1980-05"), ("co_locate", ("县档案局",), ("县档案馆",), "1980-05")]),
    ("1986年，县地方志办公室与县档案局实行一套班子。",
     [("co_locate", ("县地方志办公室",), ("县档案局",), "1986")]),
])
def test_a_dated_forming_before_hou_and_one_office_for_two(text: str, expected: list[tuple]) -> None:
    # the events' bodies (their dates are the date readers'; the forming's own is its sentence's)
    assert sorted(e[:3] for e in events(facts_of(text).events)) == sorted(e[:3] for e in expected)


@pytest.mark.parametrize("text", [
    "县革委会成立后，县人委停止办公。",  # undated: a narrative aside (tests/gold/README.md)
    "机构改革后，县档案局职能有所调整。",  # no forming verb before 后
])
def test_no_forming_from_an_undated_hou_clause(text: str) -> None:
    assert [e for e in events(facts_of(text).events) if e[0] == "establish"] == []


def test_one_office_with_signs_is_a_sign_not_a_co_location() -> None:
    facts = facts_of("1985年，县档案局与县档案馆实行一套班子、两块牌子。")
    assert [e for e in events(facts.events) if e[0] == "co_locate"] == []
