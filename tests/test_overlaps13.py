"""Thirteenth session, overlaps (docs/overlaps.md, "Thirteenth session"): the items every 三定 list carries
say no matter two units share. A residual item ("完成县委、县政府交办的其他任务") is no side of any pair; two
items each about the holder's own body or sector ("负责所属单位的安全生产管理工作", "负责本部门、本系统安全生产
工作") are not compared with each other, nor two items of one template each naming its holder's own field ("拟订全县
林业发展规划并组织实施" / "拟订全县水利发展规划并组织实施"). Clauses are written for these tests in the genre's wording; no corpus or
bank document is used. Unit tests run on the hash fake."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.index.clause_index import IndexRegistry
from kg.index.embedder import HashEmbedder
from kg.stores.networkx_store import NetworkxStore
from queries.clause_scope import each_its_own, each_its_own_field, field_words, own_scoped, residual
from queries.overlaps import duplicated_functions
from tests.builders import apply_doc, doc

P = "样本县"


# ---------------------------------------------------------------- the two constructions, read alone

@pytest.mark.parametrize("text", [
    "完成县委、县政府交办的其他任务。",
    "承办市人民政府和省林业局交办的其他事项。",
    "承办新区党工委、管委会安排的其他事项",
    "完成上级交办的其他工作任务",
    "办理区委、区政府交给的其他事宜。",
    "完成省委、省政府和上级部门交办的其它工作。",
    "完成县委、县政府交办的其他临时性工作任务。",
])
def test_a_residual_item_names_no_matter(text: str) -> None:
    assert residual(text)


@pytest.mark.parametrize("text", [
    "完成市政府交办的其他安全生产工作。",          # a matter is named
    "负责全县森林防火工作，完成县委交办的其他任务。",  # a duty beside the residual words
    "负责全县社会救助工作。",
    "认真落实上级部署的各项任务。",                # no "其他"
])
def test_an_item_naming_a_matter_is_no_residual(text: str) -> None:
    assert not residual(text)


@pytest.mark.parametrize("text", [
    "负责所属单位的安全生产管理工作，督促本系统做好所属单位的安全生产管理工作。",
    "负责本部门、本系统安全生产和消防安全工作。",
    "按照管行业必须管安全的要求，负责本行业安全生产工作。",
    "指导本系统的信息化建设和网络安全工作。",
    "负责机关和直属单位的党群工作。",
])
def test_an_item_about_its_holder_s_own_body_or_sector_is_own_scoped(text: str) -> None:
    assert own_scoped(text)


@pytest.mark.parametrize("text", [
    "负责全县安全生产综合监督管理工作。",
    "负责全县工矿商贸行业安全生产监督管理。",
    "指导全县农村集体经济组织的财务管理。",
    "负责本县行政区域内的森林防火工作。",   # 本县 is the place, not the holder
])
def test_an_item_about_the_place_s_field_is_not_own_scoped(text: str) -> None:
    assert not own_scoped(text)
    assert not each_its_own(text, "负责本部门安全生产工作。")


# ---------------------------------------------------------------- in the overlap list

@pytest.fixture(scope="module")
def house_county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[NetworkxStore, object]]:
    store = NetworkxStore(tmp_path_factory.mktemp("ovhouse") / "kg")
    d = doc("sd2021h", date="2021-03", jurisdiction=P, title="样本县部门主要职责（2021）")
    for unit, own in (("县林业局", "负责全县森林资源保护发展监督管理，组织指导全县森林防火工作。"),
                      ("县应急管理局", "负责全县安全生产综合监督管理和工矿商贸行业安全生产监督管理工作。"),
                      ("县民政局", "负责全县社会救助和社会福利工作。"),
                      ("县水利局", "负责全县水资源的统一监督管理和节约用水工作。")):
        d = d.duty(unit, own)
    d = (d.duty("县林业局", "完成县委、县政府交办的其他任务。")
         .duty("县应急管理局", "完成县委、县政府交办的其他任务。")
         .duty("县民政局", "承办县人民政府和上级业务部门交办的其他事项。")
         .duty("县水利局", "完成县委、县政府交办的其他工作任务。")
         .duty("县林业局", "负责所属单位的安全生产管理工作，督促本系统做好所属单位的安全生产管理工作。")
         .duty("县民政局", "负责所属单位的安全生产管理工作，督促本系统做好所属单位的安全生产管理工作。")
         .duty("县水利局", "负责本部门、本系统安全生产和消防安全工作。")
         # the same field in two units' own words: still an overlap
         .duty("县应急管理局", "负责组织指导全县森林火灾扑救工作。"))
    apply_doc(store, d)
    yield store, IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    store.close()


def _units(pair: dict) -> frozenset[str]:  # type: ignore[type-arg]
    return frozenset(u["name"].removeprefix(P) for u in pair["units"])


def _texts(result: dict) -> set[str]:  # type: ignore[type-arg]
    return {c[side]["text"] for p in result["pairs"] for c in p["clauses"] for side in ("a", "b")}


def test_residual_items_are_no_side_of_any_pair(house_county) -> None:  # type: ignore[no-untyped-def]
    store, index = house_county
    result = duplicated_functions(store, at="2021-06", jurisdiction=P, index=index, limit=None, confidence="低")
    assert not any(residual(t) for t in _texts(result)), result["pairs"]


def test_two_units_own_houses_are_no_overlap(house_county) -> None:  # type: ignore[no-untyped-def]
    store, index = house_county
    result = duplicated_functions(store, at="2021-06", jurisdiction=P, index=index, limit=None, confidence="低")
    for p in result["pairs"]:
        assert not any(each_its_own(c["a"]["text"], c["b"]["text"]) for c in p["clauses"]), p
    # 林业局 and 民政局 share nothing but their own houses' safety: no pair at all
    assert not any(_units(p) == {"林业局", "民政局"} for p in result["pairs"]), result["pairs"]


def test_the_place_s_field_is_still_compared(house_county) -> None:  # type: ignore[no-untyped-def]
    store, index = house_county
    result = duplicated_functions(store, at="2021-06", jurisdiction=P, index=index, limit=None, topic="森林防火",
                                  confidence="低")
    pair = next((p for p in result["pairs"] if _units(p) == {"林业局", "应急管理局"}), None)
    assert pair is not None, result["pairs"]
    assert any("森林" in c["a"]["text"] and "森林" in c["b"]["text"] for c in pair["clauses"])


# ---------------------------------------------------------------- one template, each holder's own field

@pytest.mark.parametrize(("core", "words"), [
    ("林业", {"林业"}),
    ("文化和旅游", {"文化", "旅游"}),
    ("农业农村", {"农业农村", "农业", "农村"}),
    ("人力资源和社会保障", {"人力资源", "社会保障"}),
    ("委", set()),
])
def test_the_words_of_a_unit_s_own_field(core: str, words: set[str]) -> None:
    assert set(field_words(core)) == words


@pytest.mark.parametrize(("a", "core_a", "b", "core_b"), [
    ("拟订全县林业发展规划并组织实施。", "林业", "拟订全县水利发展规划并组织实施。", "水利"),
    ("负责全县农业农村统计工作。", "农业农村", "负责全县文化和旅游统计工作。", "文化和旅游"),
    ("组织指导全市交通运输行业科技和对外交流工作。", "交通运输", "组织指导全市卫生健康行业科技和对外交流工作。", "卫生健康"),
])
def test_one_template_each_naming_its_own_field_is_no_overlap(a: str, core_a: str, b: str, core_b: str) -> None:
    assert each_its_own_field(a, core_a, b, core_b)


@pytest.mark.parametrize(("a", "core_a", "b", "core_b"), [
    # the same matter, named by neither unit's field: compared as before
    ("负责全县森林资源调查和确权登记工作。", "自然资源", "负责全县森林资源调查和确权登记工作。", "林业"),
    # one clause names its own field, the other a matter of its own
    ("负责全县医疗保险工作。", "医疗保障", "负责全县社会保险工作。", "人力资源和社会保障"),
    # fields that share a word are one field
    ("负责全县农业统计工作。", "农业农村", "负责全县农业综合执法统计工作。", "农业综合执法"),
    # each names its own field, but the rest differs
    ("组织开展林业科技推广工作。", "林业", "组织开展水利工程建设工作。", "水利"),
])
def test_clauses_not_made_of_one_template_and_own_fields_are_compared(a: str, core_a: str, b: str, core_b: str) -> None:
    assert not each_its_own_field(a, core_a, b, core_b)


def test_a_template_item_of_two_units_is_no_pair_in_the_list(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = NetworkxStore(tmp_path / "kg")
    apply_doc(store, doc("sd2021f", date="2021-03", jurisdiction=P, title="样本县部门主要职责（2021）")
              .duty("县林业局", "拟订全县林业发展规划并组织实施。")
              .duty("县水利局", "拟订全县水利发展规划并组织实施。")
              .duty("县林业局", "负责全县林业对外交流与合作工作。")
              .duty("县水利局", "负责全县水利对外交流与合作工作。")
              # the same matter in both: still a pair
              .duty("县林业局", "负责全县湿地保护和水土保持工作。")
              .duty("县水利局", "负责全县湿地保护和水土保持工作。"))
    index = IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    result = duplicated_functions(store, at="2021-06", jurisdiction=P, index=index, limit=None, confidence="低")
    pairs = [p for p in result["pairs"] if _units(p) == {"林业局", "水利局"}]
    assert len(pairs) == 1, result["pairs"]
    texts = {c["a"]["text"] for c in pairs[0]["clauses"]} | {c["b"]["text"] for c in pairs[0]["clauses"]}
    assert texts == {"负责全县湿地保护和水土保持工作。"}, pairs[0]["clauses"]
    store.close()
