"""Names: aliases, variants, place-relative names, user alias files, ambiguity."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.dates import as_of
from kg.errors import AmbiguousName, KGError, UnitNotFound
from kg.names import AliasRules, Gazetteer, display_name, name_variants, place_name
from kg.store import GraphStore
from queries.resolve import find_unit
from queries.unit_info import parent_chain
from tests.builders import apply_doc, doc, unit_id


def holder_of(store: GraphStore, text: str) -> str:
    """The unit holding the clause with ``text`` (exactly one)."""
    (clause,) = [c for c in store.clauses() if c.text == text]
    (fact,) = [f for f in store.facts(object=clause.id) if f.predicate == "holds"]
    return fact.subject


@pytest.fixture
def gaz() -> Gazetteer:
    g = Gazetteer.builtin()
    g.add("白城市", "市", "吉林省")
    g.add("镇赉县", "县", "白城市")
    return g


# ---------------------------------------------------------------- pure name functions


def test_generic_variants_cover_the_usual_short_forms() -> None:
    variants = name_variants("国家发展和改革委员会")
    assert {"国家发展改革委", "发展改革委", "国家发展和改革委员会"} <= variants
    assert name_variants("市场监督管理局") == {"市场监督管理局"}


@pytest.mark.parametrize(("name", "where", "expected"), [
    ("市自然资源局", "白城市", ("白城市", "自然资源局", True)),
    ("白城市自然资源局", "镇赉县", ("白城市", "自然资源局", True)),
    ("市市场监督管理局", "白城市", ("白城市", "市场监督管理局", True)),
    ("市场监督管理局", "白城市", ("白城市", "市场监督管理局", False)),  # not 市 + 场监督管理局
    ("县市场监督管理局", "镇赉县", ("镇赉县", "市场监督管理局", True)),
    ("市容环境卫生管理处", "白城市", ("白城市", "市容环境卫生管理处", False)),
    ("县委组织部", "镇赉县", ("镇赉县", "委组织部", True)),
    ("镇赉县委组织部", "镇赉县", ("镇赉县", "委组织部", True)),
    ("市委组织部", "镇赉县", ("白城市", "委组织部", True)),  # the county's parent city
    ("县组织部", "镇赉县", ("镇赉县", "组织部", True)),
    ("县委", "镇赉县", ("镇赉县", "委", True)),
    ("镇赉县委", "白城市", ("镇赉县", "委", True)),
    ("市人民政府", "白城市", ("白城市", "人民政府", True)),
    ("省自然资源厅", "白城市", ("吉林省", "自然资源厅", True)),
    ("湖南省信访局", "白城市", ("湖南省", "信访局", True)),
    ("自然资源部", "白城市", ("中央", "自然资源部", False)),  # a central name in a local document
    ("国家发展改革委", "镇赉县", ("中央", "国家发展改革委", False)),
    ("市自然资源局", "中央", ("中央", "市自然资源局", False)),
])
def test_place_name(gaz: Gazetteer, name: str, where: str, expected: tuple[str, str, bool]) -> None:
    placed = place_name(name, where, gaz)
    assert (placed.jurisdiction, placed.local, placed.explicit) == expected


def test_display_name_puts_the_place_back() -> None:
    assert display_name("白城市", "自然资源局") == "白城市自然资源局"
    assert display_name("镇赉县", "委组织部") == "镇赉县委组织部"
    assert display_name("中央", "自然资源部") == "自然资源部"


# ---------------------------------------------------------------- resolution in the graph


def test_short_names_of_a_central_unit_are_one_unit(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2008").unit("国家发展和改革委员会"))
    apply_doc(store, doc("b", date="2010")
              .duty("发改委", "负责价格管理").duty("国家发展改革委", "负责投资管理").duty("国家发改委", "负责能源规划"))
    ndrc = unit_id(store, "国家发展和改革委员会")
    assert len(store.units()) == 1
    for text in ("负责价格管理", "负责投资管理", "负责能源规划"):
        assert holder_of(store, text) == ndrc
    for name in ("发改委", "国家发展改革委", "发展改革委", "国家发展和改革委员会"):
        assert find_unit(store, name) == ndrc


def test_place_relative_names_resolve_to_the_places_unit(store: GraphStore) -> None:
    apply_doc(store, doc("bc", date="2019-03", jurisdiction="白城市", meta={"上级行政区划": "吉林省"})
              .unit("市自然资源局").unit("市市场监督管理局"))
    apply_doc(store, doc("zl", date="2019-05", jurisdiction="镇赉县", meta={"上级行政区划": "白城市"})
              .unit("县自然资源局")
              .duty("白城市自然资源局", "指导全市国土空间规划工作")
              .duty("市自然资源局", "负责全市不动产登记的指导监督")
              .duty("县自然资源局", "负责全县自然资源调查监测"))
    apply_doc(store, doc("cc", date="2019-06", jurisdiction="长春市").unit("市自然资源局"))

    city = unit_id(store, "白城市自然资源局")
    county = unit_id(store, "镇赉县自然资源局")
    other_city = unit_id(store, "长春市自然资源局")
    assert len({city, county, other_city}) == 3
    assert (store.unit(city).jurisdiction, store.unit(city).name) == ("白城市", "自然资源局")
    assert store.name_at(city) == "白城市自然资源局"
    assert holder_of(store, "指导全市国土空间规划工作") == city
    assert holder_of(store, "负责全市不动产登记的指导监督") == city  # "市" in a county document: its city
    assert holder_of(store, "负责全县自然资源调查监测") == county

    samr = unit_id(store, "白城市市场监督管理局")
    assert (store.unit(samr).jurisdiction, store.unit(samr).name) == ("白城市", "市场监督管理局")
    assert find_unit(store, "市场监督管理局", jurisdiction="白城市") == samr


def test_party_committee_names(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2019", jurisdiction="镇赉县")
              .unit("县委").unit("县委组织部", parent="县委", relation="所属"))
    apply_doc(store, doc("b", date="2020", jurisdiction="镇赉县")
              .duty("镇赉县委组织部", "负责全县干部队伍建设").duty("镇赉县委", "领导全县工作"))
    organization = unit_id(store, "镇赉县委组织部")
    committee = unit_id(store, "镇赉县委")
    assert organization != committee
    assert store.name_at(organization) == "镇赉县委组织部"
    assert store.name_at(committee) == "镇赉县委"
    assert holder_of(store, "负责全县干部队伍建设") == organization
    assert holder_of(store, "领导全县工作") == committee
    assert len(store.units()) == 2


def test_a_central_name_in_a_local_document(store: GraphStore) -> None:
    apply_doc(store, doc("c", date="2018-03").unit("自然资源部").unit("国家发展和改革委员会"))
    apply_doc(store, doc("l", date="2019-03", jurisdiction="白城市")
              .unit("市自然资源局", parent="自然资源部", relation="主管")
              .duty("国家发展改革委", "会同有关部门审核重大项目"))
    mnr, ndrc = unit_id(store, "自然资源部"), unit_id(store, "国家发展和改革委员会")
    local = unit_id(store, "白城市自然资源局")
    assert store.unit(mnr).jurisdiction == "中央"
    assert {u.jurisdiction for u in store.units()} == {"中央", "白城市"}
    assert len(store.units()) == 3
    assert holder_of(store, "会同有关部门审核重大项目") == ndrc
    assert [c["id"] for c in parent_chain(store, local, as_of("2019"))] == [mnr]


def test_document_level_aliases(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2019", jurisdiction="白城市")
              .unit("市政务服务和数字化建设管理局").alias("市政数局", "市政务服务和数字化建设管理局"))
    apply_doc(store, doc("b", date="2020", jurisdiction="白城市").duty("市政数局", "负责政务服务平台建设"))
    uid = unit_id(store, "白城市政务服务和数字化建设管理局")
    assert holder_of(store, "负责政务服务平台建设") == uid
    assert find_unit(store, "白城市政数局") == uid


# ---------------------------------------------------------------- user alias files


def test_user_alias_file(store: GraphStore, tmp_path: Path) -> None:
    rules_file = tmp_path / "aliases.yaml"
    rules_file.write_text("白城市:\n  自然资源局: [市资源局]\n中央:\n  自然资源部: [自资部]\n", encoding="utf-8")
    rules = AliasRules.load([rules_file])
    assert rules.expand("中央", "发改委") == "国家发展和改革委员会"  # built-in rules are kept

    apply_doc(store, doc("a", date="2018-03").unit("自然资源部"))
    apply_doc(store, doc("b", date="2019-01", jurisdiction="白城市").unit("市自然资源局"))
    apply_doc(store, doc("c", date="2019-06", jurisdiction="白城市")
              .duty("市资源局", "负责全市耕地保护").duty("自资部", "负责全国自然资源统一确权登记"),
              aliases=rules)
    assert holder_of(store, "负责全市耕地保护") == unit_id(store, "白城市自然资源局")
    assert holder_of(store, "负责全国自然资源统一确权登记") == unit_id(store, "自然资源部")
    assert len(store.units()) == 2


def test_without_the_user_alias_file_the_short_name_is_another_unit(store: GraphStore) -> None:
    apply_doc(store, doc("b", date="2019-01", jurisdiction="白城市").unit("市自然资源局"))
    apply_doc(store, doc("c", date="2019-06", jurisdiction="白城市").duty("市资源局", "负责全市耕地保护"))
    assert holder_of(store, "负责全市耕地保护") != unit_id(store, "白城市自然资源局")


def test_a_bad_user_alias_file_is_reported_in_chinese(tmp_path: Path) -> None:
    rules_file = tmp_path / "aliases.yaml"
    rules_file.write_text("白城市: [市资源局]\n", encoding="utf-8")
    with pytest.raises(KGError) as info:
        AliasRules.load([rules_file])
    assert str(rules_file) in str(info.value) and "别名文件" in str(info.value)


# ---------------------------------------------------------------- ambiguity


def test_same_name_in_two_places_is_ambiguous(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2019", jurisdiction="白城市").unit("市自然资源局"))
    apply_doc(store, doc("b", date="2019", jurisdiction="长春市").unit("市自然资源局"))
    baicheng, changchun = unit_id(store, "白城市自然资源局"), unit_id(store, "长春市自然资源局")
    with pytest.raises(AmbiguousName) as info:
        find_unit(store, "自然资源局")
    assert sorted(uid for uid, _ in info.value.candidates) == sorted([baicheng, changchun])
    assert {label for _, label in info.value.candidates} == {"白城市自然资源局", "长春市自然资源局"}
    assert "白城市自然资源局" in str(info.value) and "长春市自然资源局" in str(info.value)
    assert find_unit(store, "自然资源局", jurisdiction="长春市") == changchun
    with pytest.raises(UnitNotFound):
        find_unit(store, "自然资源局", jurisdiction="松原市")


def test_applier_notes_an_ambiguous_name_for_review(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2019", jurisdiction="白城市")
              .unit("市第一政务服务中心", aliases=["市政务中心"])
              .unit("市第二政务服务中心", aliases=["市政务中心"]))
    first, second = unit_id(store, "白城市第一政务服务中心"), unit_id(store, "白城市第二政务服务中心")
    applied = apply_doc(store, doc("b", date="2020", jurisdiction="白城市").duty("市政务中心", "负责政务服务事项受理"))
    (review,) = applied.reviews
    assert "市政务中心" in review.message
    assert "白城市第一政务服务中心" in review.message and "白城市第二政务服务中心" in review.message
    assert review.prov.sentence == "负责政务服务事项受理"
    # the unit it took is named in the note and is one of the two
    chosen = holder_of(store, "负责政务服务事项受理")
    assert chosen in (first, second)
    assert f"已暂取{store.name_at(chosen)}" in review.message
    with pytest.raises(AmbiguousName):
        find_unit(store, "白城市政务中心")


def test_a_living_unit_beats_an_abolished_one_of_the_same_name(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2010", jurisdiction="白城市").unit("市信访局"))
    apply_doc(store, doc("b", date="2015", jurisdiction="白城市").abolish("市信访局"))
    apply_doc(store, doc("c", date="2017", jurisdiction="白城市").establish("市信访局"))
    units = [u.id for u in store.units()]
    assert len(units) == 2  # a new unit: the old one had ended
    applied = apply_doc(store, doc("d", date="2019", jurisdiction="白城市").duty("市信访局", "负责来信来访"))
    assert applied.reviews == []
    new = find_unit(store, "白城市信访局", at="2019")
    old = find_unit(store, "白城市信访局", at="2012")
    assert old != new and {old, new} == set(units)
    assert holder_of(store, "负责来信来访") == new


@pytest.mark.parametrize(("jurisdiction", "written", "full"), [
    ("凤岗镇", "镇综合治理委员会", "凤岗镇综合治理委员会"),  # never 凤岗镇镇…
    ("凤岗镇", "镇党委", "凤岗镇党委"),
    ("城关街道", "街道党工委", "城关街道党工委"),
    ("凤岗镇", "乡村振兴办", "凤岗镇乡村振兴办"),  # 乡村 is no township marker
    ("白城市", "市自然资源局", "白城市自然资源局"),
])
def test_a_township_documents_own_bodies(jurisdiction: str, written: str, full: str) -> None:
    from kg.names import builtin_gazetteer, display_name, place_name

    gazetteer = builtin_gazetteer().copy()
    gazetteer.add(jurisdiction)
    placed = place_name(written, jurisdiction, gazetteer)
    assert display_name(placed.jurisdiction, placed.local) == full


@pytest.mark.parametrize(("name", "where", "place"), [
    ("中共白城市委组织部", "白城市", "白城市"),        # its own document: no longer 中央 for ending in 部
    ("中共白城市委组织部", "中央", "白城市"),          # a central or round-up document
    ("中共长沙县委宣传部", "湖南省", "长沙县"),        # the province's document, a county's body
    ("中共湖南省委办公厅", "长沙县", "湖南省"),        # a county's document, the province's body
    ("中共某某自治县委统战部", "中央", "某某自治县"),  # a place no list knows: its level word, then 委
    ("中共中央组织部", "白城市", "中央"),
])
def test_a_party_body_is_of_the_place_written_after_zhonggong(gaz: Gazetteer, name: str, where: str,
                                                              place: str) -> None:
    placed = place_name(name, where, gaz)
    assert (placed.jurisdiction, display_name(placed.jurisdiction, placed.local)) == (place, name)


def test_a_name_starting_with_zhonggong_but_no_committee_keeps_the_documents_place(gaz: Gazetteer) -> None:
    assert place_name("中共党史研究室", "湖南省", gaz).jurisdiction == "湖南省"
