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


# ---------------------------------------------------------------- historical bodies in the name recognizer


@pytest.mark.parametrize("name", ["东岭林业管理区", "红旗公社前进管理区", "某县水库工程筹建处", "某区（林业公司）筹建委员会",
                                  "某市机场筹建领导小组", "县博物馆筹建办公室"])
def test_historical_bodies_are_names(name: str) -> None:
    assert as_name(name) == name


@pytest.mark.parametrize("text", ["管理区", "筹建处", "筹建委员会", "筹备处", "筹建县博物馆", "县农机站迁址到城关镇",
                                  "县医院迁至新城", "某局迁驻新址"])
def test_kinds_alone_and_verbs_of_a_move_are_no_names(text: str) -> None:
    assert as_name(text) is None


def test_a_forest_district_set_up_then_re_formed_as_a_bureau() -> None:
    got = found("1956年，成立东岭林业管理区。1959年在东岭林业管理区的基础上，成立东岭林业局。")
    assert ("establish", (), ("东岭林业管理区",), "1956") in got
    assert ("re_form", ("东岭林业管理区",), ("东岭林业局",), "1959") in got


def test_a_preparatory_committee_then_the_body() -> None:
    got = found("1965年2月，成立某区筹建委员会。")
    assert ("establish", (), ("某区筹建委员会",), "1965-02") in got


# ---------------------------------------------------------------- made on the basis of a body


@pytest.mark.parametrize(("text", "expected"), [
    ("1958年在县农林科的基础上，成立县农业局。", ("re_form", ("县农林科",), ("县农业局",), "1958")),
    ("1984年3月以县农机站为基础组建县农机局。", ("re_form", ("县农机站",), ("县农机局",), "1984-03")),
    ("1990年，以县科委为基础，组建县科学技术局。", ("re_form", ("县科委",), ("县科学技术局",), "1990")),
    ("1975年，在县革委会生产组基础上设立县计划委员会。", ("re_form", ("县革委会生产组",), ("县计划委员会",), "1975")),
])
def test_a_body_made_on_the_basis_of_another(text: str, expected: tuple) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", ["1980年，在此基础上，成立县农机局。", "1980年，在充分调研的基础上，成立县农机局。"])
def test_a_basis_that_names_no_body_is_a_plain_forming(text: str) -> None:
    assert found(text) == [("establish", (), ("县农机局",), "1980")]


# ---------------------------------------------------------------- a division's 建制 abolished or restored, written after it


@pytest.mark.parametrize(("text", "expected"), [
    ("1958年12月，某甲县建制撤销，其行政区域并入某乙县。", ("abolish", ("某甲县",), (), "1958-12")),
    ("1962年3月，某甲县建制恢复。", ("establish", (), ("某甲县",), "1962-03")),
    ("1962年，恢复某甲县建制。", ("establish", (), ("某甲县",), "1962")),
    ("1956年，东岭乡的建制被撤销。", ("abolish", ("东岭乡",), (), "1956")),
])
def test_a_divisions_status_written_after_it(text: str, expected: tuple) -> None:
    assert expected in found(text, "某市")


def test_restored_divisions_in_a_list() -> None:
    got = found("1961年，又恢复了东岭乡、西岭乡的建制。")
    assert ("establish", (), ("东岭乡",), "1961") in got and ("establish", (), ("西岭乡",), "1961") in got


@pytest.mark.parametrize("text", ["1958年，全县各乡建制撤销。", "1958年，本县建制撤销。", "1984年，各公社建制撤销，改设乡。"])
def test_a_class_of_divisions_is_no_division(text: str) -> None:
    named = [n for e in found(text) for n in (*e[1], *e[2])]
    assert not any("各" in n or n.startswith(("本", "全")) for n in named)


# ---------------------------------------------------------------- founded under a first name (始称 / 初称 / 原名 / 时称)


@pytest.mark.parametrize(("text", "first", "date", "renamed"), [
    ("县农业局始建于1951年3月，始称县建设科，1957年6月更名为县农业局。", "县建设科", "1951-03", ("县农业局", "1957-06")),
    ("县林业局成立于1962年，初称“县林业科”，1970年改称县林业局。", "县林业科", "1962", ("县林业局", "1970")),
    ("县档案馆于1959年5月成立，原名县档案室，1981年改称县档案馆。", "县档案室", "1959-05", ("县档案馆", "1981")),
    ("县文化馆创建于1950年，时称县人民文化馆。", "县人民文化馆", "1950", None),
])
def test_a_body_founded_under_its_first_name(text: str, first: str, date: str, renamed) -> None:
    got = found(text)
    assert ("establish", (), (first,), date) in got
    if renamed:
        assert ("rename", (first,), (renamed[0],), renamed[1]) in got
    assert not any(e[0] == "establish" and e[2] != (first,) for e in got)


@pytest.mark.parametrize("text", ["该校始建于1925年，始称成城公学。", "县农业局成立于1950年，始称为全县农业主管部门。"])
def test_a_subject_or_a_first_name_that_is_no_body_is_left_as_written(text: str) -> None:
    assert not any(e[0] == "establish" and e[2] == ("全县农业主管部门",) for e in found(text))
    assert not any(e[0] == "establish" and "成城公学" in e[2] for e in found(text))


# ---------------------------------------------------------------- a year glued to a short measure carries to its paragraph


@pytest.mark.parametrize(("text", "expected"), [
    ("1956年撤区并乡。东岭乡、西岭乡合并，设立岭口乡。", ("establish", ("东岭乡", "西岭乡"), ("岭口乡",), "1956")),
    ("民国24年（1935）废闾邻，行保甲。甲镇、乙镇合并，设置丙镇。", ("establish", ("甲镇", "乙镇"), ("丙镇",), "1935")),
    ("1983年地市合并。某地区行政公署与某市人民政府合并，组建新的某市人民政府。", None),
])
def test_a_year_glued_to_a_short_measure_dates_its_paragraph(text: str, expected) -> None:
    got = found(text, "某市")
    if expected:
        assert expected in got
    assert all(e[3] in ("1956", "1935", "1983") for e in got)


def test_a_year_glued_to_a_long_clause_is_no_chronicle_opening() -> None:
    got = found("2019年全县财政收入增长较快。组建县数据局。")
    assert got == [("establish", (), ("县数据局",), None)]
