"""A body's own lists written with its ending alone (sixteenth session, lead): "局内设A、B等N个股（室）" and
"局直属事业单位有A、B等N个" after a lead ("机构改革后，", "调整后，") on a page about one body that is no 三定 — the
host is the page's own body with that ending (its title's), else the body an event just formed, else the last body
named; a run of bare words before an institution shares its head ("东河、西河水库管理所"). Sentences are written for
these tests in the genre's wording; no corpus or trial document is used."""

from __future__ import annotations

import pytest

from tests.test_constructions import facts_of

FORMED = "甲县水利局由原甲县水利局和原甲县水务局整合组建而成。2019年3月1日，甲县水利局挂牌成立。"


def _parents(f, kind: str) -> dict[str, str | None]:
    return {u.unit.name: (u.parent.name if u.parent else None) for u in f.units if u.kind == kind}


@pytest.mark.parametrize("lead", ["机构改革后，", "改革后，", "调整后，", "组建以后，", "挂牌后，", ""])
@pytest.mark.parametrize("closing", ["等3个股（室）", "等3个股(室)", "3个内设机构", "等3个科室"])
def test_divisions_of_a_body_written_by_its_ending(lead, closing) -> None:
    text = f"{FORMED}{lead}局内设办公室、规划计划股、执法股{closing}。"
    f = facts_of(text, "甲县", title="甲县水利局简介")
    assert _parents(f, "内设机构") == {f"甲县水利局{d}": "甲县水利局" for d in ("办公室", "规划计划股", "执法股")}


@pytest.mark.parametrize("relation", ["直属", "下属", "所属"])
def test_institutions_of_a_body_written_by_its_ending(relation) -> None:
    text = f"{FORMED}机构改革后，局{relation}事业单位有县水利工程管理所、县水文站等2个。"
    f = facts_of(text, "甲县", title="甲县水利局简介")
    assert set(_parents(f, "事业单位").values()) == {"甲县水利局"}
    assert len(_parents(f, "事业单位")) == 2


def test_the_body_just_formed_when_the_title_names_none() -> None:
    """A report's title names no body: the ending refers to the body the merger formed, not to a merged one."""
    text = f"{FORMED}局直属事业单位有县水利工程管理所、县水文站等2个。"
    f = facts_of(text, "甲县", title="关于机构改革的报道")
    assert set(_parents(f, "事业单位").values()) == {"甲县水利局"}


@pytest.mark.parametrize(("listed", "expected"), [
    ("县水文站、东河、西河水库管理所等3个", {"水文站", "东河水库管理所", "西河水库管理所"}),
    ("城关、新集、河口农机站等3个", {"城关农机站", "新集农机站", "河口农机站"}),
])
def test_bare_words_share_the_institution_after_them(listed, expected) -> None:
    f = facts_of(f"{FORMED}局直属事业单位有{listed}。", "甲县", title="甲县水利局简介")
    names = set(_parents(f, "事业单位"))  # as written: the store places them in 甲县
    assert {n.removeprefix("甲").removeprefix("县") for n in names} == expected


def test_an_ending_no_named_body_carries_gives_no_list() -> None:
    """"中心内设…" on a bureau's page: no body with that ending is known, so no host is guessed."""
    f = facts_of(f"{FORMED}调整后，中心内设办公室、业务股、财务股3个内设机构。", "甲县", title="甲县水利局简介")
    assert not _parents(f, "内设机构")


def test_a_list_of_people_after_the_ending_is_no_list() -> None:
    f = facts_of(f"{FORMED}机构改革后，局直属事业单位有职工36人、退休人员12人。", "甲县", title="甲县水利局简介")
    assert not _parents(f, "事业单位")
