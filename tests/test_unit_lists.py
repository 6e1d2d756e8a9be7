"""Unit facts read from lists (thirteenth session): a list closed by its count and class, the short forms
bracketed inside a sign list, a sign quoted inside a bracket. Sentences are written for these tests in the
genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from tests.test_constructions import events, facts_of, units


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("机构改革后，撤并整合为党政综合办公室、党建工作办公室、综合行政执法办公室、经济发展办公室共4个工作机构。",
     "某镇", {"党政综合办公室", "党建工作办公室", "综合行政执法办公室", "经济发展办公室"}),
    ("甲镇设置党政综合办公室、社会事务办公室、综合行政执法队等3个镇政府工作机构。",
     "某县", {"甲镇党政综合办公室", "甲镇社会事务办公室", "甲镇综合行政执法队"}),
    ("改革后，设置党建工作办公室、平安建设办公室、农业农村办公室3个工作机构，运转协调。",
     "乙乡", {"党建工作办公室", "平安建设办公室", "农业农村办公室"}),
])
def test_counted_list_gives_each_name_its_class(text, place, expected) -> None:
    f = facts_of(text, place)
    got = {name: kind for name, (kind, *_rest) in units(f).items()}
    assert set(got) == expected
    assert len(set(got.values())) == 1 and next(iter(got.values())).endswith("工作机构")
    assert not [e for e in events(f) if e[0] == "abolish"]  # 撤并整合为: the list is what they became


def test_counted_list_of_divisions_is_left_to_the_division_readers() -> None:
    f = facts_of("县编办下设综合股、机构编制股、事业单位登记股3个内设机构。", "某县")
    assert all(u.parent is not None for u in f.units if u.kind == "内设机构")  # never a parentless 内设机构


def test_counted_list_of_a_bare_class_gives_no_kind() -> None:
    f = facts_of("全镇共设置党政办公室、财政所等2个机构。", "某镇")
    assert not any(u.kind in ("机构", "部门", "单位") for u in f.units)


def test_count_below_the_names_is_no_list() -> None:
    f = facts_of("改革后，设置甲办公室、乙办公室、丙办公室2个工作机构。", "某镇")
    assert not any(u.kind == "工作机构" for u in f.units)


def test_abolished_list_still_reads_a_plain_merger() -> None:
    f = facts_of("撤并甲、乙、丙3个乡。", "某县")
    assert sorted(e[1][0] for e in events(f) if e[0] == "abolish") == sorted(["甲乡", "乙乡", "丙乡"])


@pytest.mark.parametrize(("text", "unit", "signs"), [
    ("某市自然资源和规划局（简称市自然资源和规划局）是市政府工作部门，为正科级，加挂某市林业局、某市海洋局（简称市林业局、市海洋局）牌子。",
     "某市自然资源和规划局", ("某市林业局", "某市海洋局")),
    ("某县农业农村局（简称县农业农村局）是县政府工作部门，为正科级，加挂某县乡村振兴局（以下简称县乡村振兴局）牌子。",
     "某县农业农村局", ("某县乡村振兴局",)),
])
def test_short_forms_in_a_sign_list_add_no_sign(text, unit, signs) -> None:
    assert units(facts_of(text, "某地"))[unit][4] == signs


@pytest.mark.parametrize(("text", "unit", "sign"), [
    ("建立市委农村工作委员会（同时挂“市政府农村经济委员会”牌子），领导乡镇工作。", "市委农村工作委员会", "市政府农村经济委员会"),
    ("组建县委社会工作部（挂“县委两新工委”牌子）。", "县委社会工作部", "县委两新工委"),
    ("组建县委社会工作部（挂县委两新工委牌子）。", "县委社会工作部", "县委两新工委"),
])
def test_quoted_sign_in_a_bracket(text, unit, sign) -> None:
    assert units(facts_of(text, "某地"))[unit][4] == (sign,)
