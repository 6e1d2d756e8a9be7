"""A body placed under another in history pages (ingest/extractors/frames.py ``_read_parent``;
docs/extraction.md, "A parent changed in a history page"): the verbs that say the parent changed
(改属, 转属, 改隶, 收归/移交/下放/上划 … 管理, 调整为隶属), a dated 隶属/属…领导 after the text
gave the body a parent before, the subject carried from the clause that formed the body, the
former parent written before the moved body ("原隶属A的X"), and the governments of the
chronicles' eras (县人委, 县革委会) setting bodies up. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.test_frames import events, facts_of, frames_only


def moves(ctx_or_facts) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [e for e in events(ctx_or_facts.events) if e[0] == "transfer_unit"]


@pytest.mark.parametrize(("text", "expected"), [
    # the verb says the parent changed, the subject carried from the forming clause
    ("1960年，县人委设立县农机站，属县农业局领导；1965年3月，改属县农机局。",
     [("transfer_unit", ("县农机站",), ("县农机局",), "1965-03")]),
    ("1979年，县广播站转属县委宣传部。", [("transfer_unit", ("县广播站",), ("县委宣传部",), "1979")]),
    ("1988年6月，县良种场收归县农业局直接管理。", [("transfer_unit", ("县良种场",), ("县农业局",), "1988-06")]),
    ("1984年，县地震办公室移交县科学技术委员会管理。",
     [("transfer_unit", ("县地震办公室",), ("县科学技术委员会",), "1984")]),
    ("1992年，县水文站上划市水文局管理。", [("transfer_unit", ("县水文站",), ("市水文局",), "1992")]),
    # the former parent written before the moved body
    ("原隶属县供销合作社的县废旧物资回收站调整为隶属县商务局。",
     [("transfer_unit", ("县废旧物资回收站",), ("县商务局",), None)]),
    ("原由县卫生局管理的县爱国卫生运动委员会办公室改为由县城市管理局管理。",
     [("transfer_unit", ("县爱国卫生运动委员会办公室",), ("县城市管理局",), None)]),
    # a dated 隶属 after the text gave the body a parent: a change
    ("1953年，县农业技术推广站成立，隶属县建设科；1958年隶属县农业局。",
     [("transfer_unit", ("县农业技术推广站",), ("县农业局",), "1958")]),
    ("1956年，县人委组建了县档案馆，属县人委办公室领导；次年3月隶属县委办公室。",
     [("transfer_unit", ("县档案馆",), ("县委办公室",), "1957-03")]),
    # a county government under an era's regional administration
    ("1949年10月，县人民政府成立，属甲专区专员公署领导；1950年3月，改属东江专区。",
     [("transfer_unit", ("县人民政府",), ("东江专区",), "1950-03")]),
])
def test_a_parent_changed_in_a_history_page(text: str, expected: list[tuple]) -> None:
    assert moves(frames_only(text)) == expected


@pytest.mark.parametrize("text", [
    "县档案馆隶属县委办公室。",  # a parent stated, no change
    "1969年1月，县档案馆隶属于县革命委员会办事组。",  # dated, but no parent before: no old parent stated
    "县农技站隶属县农业局。1980年，县农技站隶属县农业局。",  # the same parent again
    "1982年，县农技站隶属县农业局。1990年，县农技站隶属市农业局。",  # different bodies? no: see below
    "县农业局将历年档案移交县档案馆管理。",  # files handed over, no body moved
    "1958年，甲乡划归乙县。",  # a place, no managing word
    "1958年，县种子站下放给各公社管理。",  # a class of owners, no one parent
])
def test_no_parent_change_read(text: str) -> None:
    got = moves(frames_only(text))
    if text.startswith("1982年"):
        # the second 隶属 is dated and the body had a parent before: a change, the only one
        assert got == [("transfer_unit", ("县农技站",), ("市农业局",), "1990")]
    else:
        assert got == []


def test_the_parent_before_is_kept_on_the_change() -> None:
    facts = facts_of("原隶属县供销合作社的县废旧物资回收站调整为隶属县商务局。")
    [ev] = [e for e in facts.events if e.type.value == "transfer_unit"]
    assert ev.former_parent is not None and ev.former_parent.name.endswith("县供销合作社")
    assert ev.former_relation == "所属"
    facts = facts_of("1958年，县农技站成立，属县农业局领导。1962年隶属县农林局。")
    [ev] = [e for e in facts.events if e.type.value == "transfer_unit"]
    assert ev.former_parent is not None and ev.former_parent.name.endswith("县农业局")


@pytest.mark.parametrize(("text", "formed"), [
    ("1956年，县人委组建了县档案馆。", "县档案馆"),
    ("1969年，县革委会设立县革委会政工组。", "县革委会政工组"),
    ("1971年，县革命委员会成立了县计划委员会。", "县计划委员会"),
])
def test_an_era_government_sets_a_body_up(text: str, formed: str) -> None:
    got = [e for e in events(frames_only(text).events) if e[0] == "establish"]
    assert [e[2] for e in got] == [(formed,)]


def test_a_dated_belonging_in_the_next_sentence_is_the_paragraphs_body() -> None:
    facts = facts_of("1953年，县农业技术推广站成立，隶属县建设科。1958年隶属县农业局。1962年，改属县农林局。")
    assert moves(facts) == [("transfer_unit", ("县农业技术推广站",), ("县农业局",), "1958"),
                            ("transfer_unit", ("县农业技术推广站",), ("县农林局",), "1962")]
