"""Short local names expanded to their full form (kg.short_forms), and a place written with
the places above it (kg.names.place_forms)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import Overrides, parse_file
from kg.apply import Applier
from kg.model import Predicate
from kg.names import AliasRules, Gazetteer, place_forms
from kg.short_forms import cuts_whole_words, expand_short_stem, short_stem_table
from kg.store import GraphStore
from queries.resolve import find_unit, name_index
from tests.builders import apply_doc, doc, unit_id
from tests.scoring import UnitNames

# ---------------------------------------------------------------- the table


def test_contractions_of_full_stems_are_inverted() -> None:
    table = short_stem_table(["住房和城乡建设局", "食品药品监督管理局", "农业委员会", "卫生健康委员会"])
    assert table["住建局"] == "住房和城乡建设局"
    assert table["食药监局"] == "食品药品监督管理局"
    assert table["食药局"] == "食品药品监督管理局"
    assert table["农委"] == "农业委员会"  # one character of a word: a contraction
    assert table["卫健委"] == "卫生健康委员会"


def test_a_short_stem_with_two_full_stems_is_left_out() -> None:
    table = short_stem_table(["文化和旅游局", "文化广电和旅游局", "编制委员会办公室", "机构编制委员会办公室"])
    assert "文旅局" not in table
    assert "编办" not in table


def test_cutting_whole_words_off_is_a_name_of_its_own() -> None:
    table = short_stem_table(["交通运输局", "数据管理局", "工商行政管理局"])
    assert "交通局" not in table  # a body before 交通运输局
    assert "数据局" not in table  # an official name beside 数据管理局
    assert table["工商局"] == "工商行政管理局"  # 行政管理 is no part of the line of work
    assert cuts_whole_words("农业局", "农业农村局")
    assert not cuts_whole_words("农委", "农业委员会")


def test_the_generated_table_covers_the_usual_short_stems() -> None:
    for short, full in [("食药监局", "食品药品监督管理局"), ("住建局", "住房和城乡建设局"), ("卫健委", "卫生健康委员会"),
                        ("人社局", "人力资源和社会保障局"), ("发改委", "发展和改革委员会"), ("农委", "农业委员会"),
                        ("工商局", "工商行政管理局"), ("质监局", "质量技术监督局"), ("市场监管局", "市场监督管理局")]:
        assert expand_short_stem(short) == full, short


@pytest.mark.parametrize("name", ["工商部门", "食品药品监管部门", "农业行政主管部门", "交通局", "自然资源局"])
def test_class_names_and_full_names_are_not_expanded(name: str) -> None:
    assert expand_short_stem(name) is None


def test_central_names_are_not_expanded_by_the_table() -> None:
    rules = AliasRules.load()
    assert rules.full_local("中央", "食药监局") == "食药监局"
    assert rules.full_local("样例市", "食药监局") == "食品药品监督管理局"
    assert rules.full_local("中央", "发改委") == "国家发展和改革委员会"  # the alias file, as before


# ---------------------------------------------------------------- ingest


def _short_then_full(store: GraphStore, short_first: bool) -> None:
    short = doc("s", date="2016-05", jurisdiction="样例市", meta={"上级行政区划": "样例省"}).duty(
        "市食药监局", "负责全市餐饮服务环节食品安全监督")
    full = doc("f", date="2015-03", jurisdiction="样例市", meta={"上级行政区划": "样例省"}).unit(
        "样例市食品药品监督管理局").duty("市食品药品监督管理局", "负责全市药品零售许可")
    for d in ([short, full] if short_first else [full, short]):
        apply_doc(store, d)


@pytest.mark.parametrize("short_first", [True, False])
def test_a_short_name_and_the_full_name_are_one_unit_in_either_order(store: GraphStore, short_first: bool) -> None:
    _short_then_full(store, short_first)
    (unit,) = store.units()
    assert (unit.jurisdiction, unit.name) == ("样例市", "食品药品监督管理局")
    assert find_unit(store, "样例市食药监局") == unit.id  # the short name stays a name of the unit
    assert "食药监局" in {f.value for f in store.facts(unit.id, Predicate.ALIAS)}
    names = UnitNames(store)  # a question whose gold writes the short name is answered by this unit
    assert names.matches({"id": unit.id, "name": "样例市食品药品监督管理局"}, "样例市食药监局")
    assert not names.matches({"id": unit.id, "name": "样例市食品药品监督管理局"}, "样例市市场监管局")


def test_a_unit_known_only_by_its_short_name_gets_the_full_name(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2017", jurisdiction="样例市").duty("市卫健委", "负责全市医疗机构监督管理")
              .duty("样例市住建局", "负责全市建筑市场监管"))
    assert {u.name for u in store.units()} == {"卫生健康委员会", "住房和城乡建设局"}
    health = unit_id(store, "样例市卫生健康委员会")
    assert find_unit(store, "样例市卫健委") == health
    assert len(store.facts(health, Predicate.ALIAS)) == 1  # once per document, however often written


def test_a_class_name_stays_as_written(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2004", jurisdiction="样例省").duty("工商部门", "负责流通环节食品安全监管"))
    assert [u.name for u in store.units()] == ["工商部门"]


def test_the_full_form_a_document_states_wins(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "样例市通知.txt"
    path.write_text("样例市关于调整食品安全监管职责的通知\n"
                    "样例市食品药品安全局（以下简称市食药局）是市政府工作部门。\n"
                    "市食药局负责全市食品生产环节监督管理。\n", encoding="utf-8")
    parsed = parse_file(path, Overrides(jurisdiction="样例市", date="2014-06"))
    store.replace_document(parsed.facts, Applier(store).apply(parsed.facts).records)
    names = {u.name for u in store.units()}
    assert "食品药品安全局" in names and "食品药品监督管理局" not in names


# ---------------------------------------------------------------- the place path


@pytest.fixture
def gaz() -> Gazetteer:
    g = Gazetteer.builtin()
    g.add("样例市", "市", "样例省")
    g.add("样例区", "县", "样例市")
    return g


def test_place_forms_write_the_place_with_its_path(gaz: Gazetteer) -> None:
    forms = place_forms("样例区", "农业农村局", gaz)
    assert {"样例区农业农村局", "样例市样例区农业农村局", "样例省样例市样例区农业农村局", "样例农业农村局"} == forms
    assert place_forms("中央", "自然资源部", gaz) == {"自然资源部"}


def test_a_district_in_several_cities_gets_no_path() -> None:
    forms = place_forms("鼓楼区", "水务局", Gazetteer.builtin())  # in 福州, 南京, 徐州, 开封
    assert not any(f.endswith("市鼓楼区水务局") for f in forms)


def test_a_district_of_a_named_city_links_with_its_city_and_never_another(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2020", jurisdiction="样例区", meta={"上级行政区划": "样例市"})
              .duty("区自然资源局", "负责全区耕地保护"))
    apply_doc(store, doc("b", date="2020", jurisdiction="另例区", meta={"上级行政区划": "另例市"})
              .duty("区自然资源局", "负责全区矿产资源管理"))
    mine = unit_id(store, "样例区自然资源局")
    assert find_unit(store, "样例市样例区自然资源局") == mine
    assert [u for u, _ in name_index(store).lookup("样例市样例区自然资源局")] == [mine]
    assert name_index(store).lookup("另例市样例区自然资源局") == []
    names = UnitNames(store)
    assert names.matches({"id": mine, "name": "样例区自然资源局"}, "样例市样例区自然资源局")
    assert not names.matches({"id": mine, "name": "样例区自然资源局"}, "另例市另例区自然资源局")
