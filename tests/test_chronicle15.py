"""Chronicle constructions of the fifteenth session (docs/extraction.md, "Chronicle lists of a governing body
and counted shorthands (fifteenth session)"). Sentences are written for these tests in the genre's wording;
no corpus document is used."""

from __future__ import annotations

import pytest

from ingest.extractors.common import as_name
from ingest.extractors.reference import compound_segments
from tests.test_constructions import events, facts_of, units


def found(text: str, place: str | None = "某县") -> list[tuple]:
    return events(facts_of(text, place))


# ---------------------------------------------------------------- a governing body's list with its own office


@pytest.mark.parametrize(("owner", "members", "office"), [
    ("县革命委员会", ["政治部", "生产指挥部"], "办公室"),
    ("县人民委员会", ["计划委员会", "财贸委员会"], "办公室"),
    ("县革委会", ["政工组", "生产组"], "指挥部"),
])
def test_a_member_written_by_its_kind_alone_is_the_owners_own(owner: str, members: list[str], office: str) -> None:
    text = f"1969年5月，{owner}设{'、'.join(members)}和{office}。"
    got = found(text)
    for name in members:
        assert ("establish", (), (name,), "1969-05") in got
    assert ("establish", (), (f"{owner}{office}",), "1969-05") in got
    assert units(facts_of(text, "某县"))[f"{owner}{office}"][2] == owner


def test_the_owners_office_alone_is_not_read_as_a_list() -> None:
    assert found("1953年，县人民政府设办公室。") == []


@pytest.mark.parametrize(("owner", "place"), [("东岭区", "某县"), ("红星公社", "某县"), ("河口区", "某市")])
def test_a_district_or_commune_names_its_bodies_with_its_own_name(owner: str, place: str) -> None:
    got = found(f"1967年，“文化大革命”初期，{owner}设政治委员会、生产委员会和办公室。", place)
    assert {e[2][0] for e in got} == {f"{owner}政治委员会", f"{owner}生产委员会", f"{owner}办公室"}
    assert all(e[0] == "establish" and e[3] == "1967" for e in got)


def test_a_list_parted_once_by_a_comma_runs_on_to_the_sentence_end() -> None:
    got = found("1967年，东岭区设政治委员会，生产委员会、群众委员会和办公室。")
    assert len(got) == 4 and ("establish", (), ("东岭区群众委员会",), "1967") in got


def test_a_comma_before_a_clause_of_other_matter_ends_the_list() -> None:
    got = found("1967年，东岭区设政治委员会和生产委员会，干部由县里调配。")
    assert {e[2][0] for e in got} == {"东岭区政治委员会", "东岭区生产委员会"}


# ---------------------------------------------------------------- 将A撤销，改设B


def test_abolished_then_set_up_in_that_order() -> None:
    got = found("1972年将县计划委员会撤销，改设县计划局。")
    assert ("abolish", ("县计划委员会",), (), "1972") in got
    assert ("establish", ("县计划委员会",), ("县计划局",), "1972") in got


def test_a_districts_bodies_replaced_by_its_new_bodies() -> None:
    text = "1968年，西岗区设政治委员会、生产委员会和办公室。1971年将“两委一办”撤销，改设政治部、后勤部、保卫部和办公室（三部一室）。"
    got = found(text)
    for old in ("西岗区政治委员会", "西岗区生产委员会", "西岗区办公室"):
        assert ("abolish", (old,), (), "1971") in got
    for new in ("西岗区政治部", "西岗区后勤部", "西岗区保卫部", "西岗区办公室"):
        assert ("establish", (), (new,), "1971") in got  # three bodies into four: no pairs (gold README)


def test_a_body_set_up_again_under_its_old_name_is_not_made_from_itself() -> None:
    got = found("1968年，西岗区设政治委员会、生产委员会和办公室。1971年将“两委一办”撤销，改设政治部、后勤部和办公室。")
    assert ("establish", ("西岗区政治委员会",), ("西岗区政治部",), "1971") in got  # 改设, as many new as old: paired
    assert ("establish", (), ("西岗区办公室",), "1971") in got


# ---------------------------------------------------------------- counted shorthands: 三委一办, 两部一室


@pytest.mark.parametrize(("text", "expected"), [
    ("三委一办", [(3, "委"), (1, "办")]),
    ("两部一室", [(2, "部"), (1, "室")]),
    ("一办四组", [(1, "办"), (4, "组")]),
    ("三委", None),  # one ending: a plain count, read by the count resolver
])
def test_the_segments_of_a_counted_shorthand(text: str, expected) -> None:
    assert compound_segments(text) == expected


@pytest.mark.parametrize("shorthand", ["三委一办", "两部一室", "四站一所", "一办三组"])
def test_a_counted_shorthand_is_no_name(shorthand: str) -> None:
    assert as_name(shorthand) is None


@pytest.mark.parametrize(("verb_before", "verb_after"), [("", "撤销"), ("撤销", ""), ("取消", "")])
def test_a_counted_shorthand_stands_for_the_bodies_set_up_together(verb_before: str, verb_after: str) -> None:
    text = (f"1968年3月，县革命委员会设政治部、生产指挥部和办公室。1970年，县革命委员会设人民防空办公室。"
            f"1975年{'将' if verb_after else ''}{verb_before}“两部一室”{verb_after}。")
    got = found(text)
    if verb_before == "取消":  # 取消 is no verb of the readers yet: nothing is read, nothing wrong either
        assert not any(e[0] == "abolish" for e in got)
        return
    for name in ("政治部", "生产指挥部", "县革命委员会办公室"):
        assert ("abolish", (name,), (), "1975") in got
    assert not any(e[0] == "abolish" and e[1] == ("县人民防空办公室",) for e in got)


def test_a_shorthand_that_counts_no_group_set_up_before_gives_nothing() -> None:
    text = "1968年3月，县革命委员会设政治部、生产指挥部和办公室。1975年撤销“三部一室”。"
    got = found(text)
    assert not any(e[0] == "abolish" for e in got)


def test_the_nearest_group_that_fits_is_taken() -> None:
    text = ("1958年，县人民委员会设农业委员会、工业委员会和办公室。1962年，县人民委员会设计划委员会、财贸委员会和办公室。"
            "1966年将“两委一办”撤销。")
    got = found(text)
    assert ("abolish", ("计划委员会",), (), "1966") in got
    assert not any(e[0] == "abolish" and e[1] == ("农业委员会",) for e in got)
