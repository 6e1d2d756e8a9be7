"""One resolver for a body written by its ending alone (seventeenth session, maintenance): ``reference.referred_body``
answers 该局 / 本中心 / 局内设… for every reader, each reader giving only the precedence of its sources. Sentences are
written for these tests in the genre's wording; no corpus or trial document is used."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from ingest.extractors.reference import ENDING_ALONE, matches, referred_bodies, referred_body
from tests.test_constructions import facts_of


def _ctx(**kw):
    """The parts of a document's context the resolver reads."""
    return SimpleNamespace(**{"recent": [], "events": [], "established": [], "focus": None, **kw})


def test_the_precedence_is_the_callers() -> None:
    ctx = _ctx(recent=["甲县民政局", "甲县财政局", "甲县统计站"], established=["甲县农业局"], focus="甲县林业局")
    assert referred_body(ctx, "局", ["recent", "focus"]) == "甲县财政局"  # the last named with that ending
    assert referred_body(ctx, "局", ["focus", "recent"]) == "甲县林业局"
    assert referred_body(ctx, "局", ["established", "recent"]) == "甲县农业局"
    assert referred_body(ctx, "局", [["甲县水利局", None], "recent"]) == "甲县水利局"  # the caller's own names first
    assert referred_body(ctx, "中心", ["recent", "focus"]) is None  # no body carries that ending: none is guessed


def test_a_count_takes_the_nearest_distinct_bodies() -> None:
    ctx = _ctx(recent=["甲县文化局", "甲县广播局", "甲县文化局", "甲县体育局"])
    assert referred_bodies(ctx, "局", ["recent"], 2) == ["甲县体育局", "甲县文化局"]
    assert referred_bodies(ctx, "局", ["recent"], 5) == ["甲县体育局", "甲县文化局", "甲县广播局"]


@pytest.mark.parametrize(("name", "head", "expected"), [
    ("甲县发展和改革委员会", "委", True), ("甲县卫健委", "委", True), ("甲县人民政府办公室", "办", True),
    ("甲县扶贫办", "办", True), ("甲县档案馆", "机构", True), ("甲县档案馆", "局", False), ("局", "局", False),
])
def test_one_rule_for_what_an_ending_can_stand_for(name: str, head: str, expected: bool) -> None:
    assert matches(name, head) is expected


@pytest.mark.parametrize("subject", ["局", "该局", "本中心", "我局", "2019年局机关", "局本级"])
def test_a_subject_written_as_its_ending_alone(subject: str) -> None:
    assert ENDING_ALONE.fullmatch(subject)


@pytest.mark.parametrize(("formed", "referring", "host"), [
    ("乙县成立乙县发展和改革委员会。", "该委", "乙县发展和改革委员会"),
    ("乙县组建乙县人民政府办公室。", "该办", "乙县人民政府办公室"),
    ("乙县组建乙县医疗保障局。", "该局", "乙县医疗保障局"),
])
def test_divisions_set_up_by_a_body_referred_to(formed: str, referring: str, host: str) -> None:
    """该委 stands for a 委员会 and 该办 for an 办公室 wherever it is read (before, only where the reader matched the
    longer endings itself)."""
    f = facts_of(f"{formed}{referring}新设综合科、规划科两个科室。", "乙县", title="乙县机构改革动态")
    assert {u.unit.name: u.parent.name for u in f.units if u.kind == "内设机构"} == {
        f"{host}综合科": host, f"{host}规划科": host}
