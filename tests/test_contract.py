"""The GraphStore contract: one suite, the same assertions on every backend.

The ``store`` fixture is parametrized over ["networkx", "neo4j"]; Neo4j runs on the real test
server (tests/neo4j_server), wiped before each test. The documents are built by hand from
``kg.model`` statements: a 三定 of 国土资源部 (2008), the 2018 reform plan (establish with named
and whole duties, abolish, rename, transfer_unit, add_sign), the 三定 of 自然资源部 (2018) and a
county plan with a merger and staffing (2019). Query answers are compared with a reference
networkx store built from the same documents, so "same answers on both backends" is checked
by every parametrization.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kg.apply import Applied, Applier
from kg.errors import StoreError
from kg.index.clause_index import IndexRegistry
from kg.index.embedder import HashEmbedder
from kg.model import (
    BoundaryStatement,
    Document,
    DocumentFacts,
    DutyMove,
    DutyStatement,
    EventStatement,
    EventType,
    Fact,
    Mention,
    Predicate,
    Provenance,
    Records,
    StaffingStatement,
    Unit,
    UnitStatement,
)
from kg.names import lookup_key
from kg.store import GraphStore, fold_endings
from kg.stores.networkx_store import NetworkxStore
from queries.lineage import lineage
from queries.orgchart import diff, org_chart
from queries.overlaps import duplicated_functions
from queries.resolve import find_unit
from queries.unit_info import unit_profile, units_at
from queries.who_handles import who_handles

BACKENDS = ["networkx", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "neo4j":
        yield request.getfixturevalue("neo4j_store")  # tests/conftest.py: wiped, schema created
        return
    opened = NetworkxStore(tmp_path / "kgdata")
    try:
        yield opened
    finally:
        opened.close()


# --------------------------------------------------------------------------- documents


class _Text:
    """Provenance with running offsets, the way an ingester reads a document."""

    def __init__(self, doc_id: str):
        self.doc_id = doc_id
        self.parts: list[str] = []
        self.offset = 0

    def __call__(self, sentence: str) -> Provenance:
        start = self.offset
        self.parts.append(sentence)
        self.offset += len(sentence)
        return Provenance(self.doc_id, start, self.offset, sentence)

    def text(self) -> str:
        return "".join(self.parts)


def sanding_2008() -> DocumentFacts:
    doc = Document(id="sanding-mlr-2008", title="国土资源部主要职责内设机构和人员编制规定", date="2008-07-10",
                   issuer="国务院办公厅", number="国办发〔2008〕71号", kind="sanding")
    p = _Text(doc.id)
    facts = DocumentFacts(document=doc)
    facts.units = [
        UnitStatement(Mention("国土资源部"), p("国土资源部是国务院组成部门，为正部级。"), kind="国务院组成部门", rank="正部级"),
        UnitStatement(Mention("国家海洋局"), p("国家海洋局为国土资源部管理的国家局，为副部级，加挂中国海警局牌子。"),
                      kind="部委管理的国家局", rank="副部级", parent=Mention("国土资源部"), parent_relation="管理",
                      signs=["中国海警局"]),
        UnitStatement(Mention("国土资源部办公厅"), p("国土资源部设办公厅。"), kind="内设机构",
                      parent=Mention("国土资源部"), parent_relation="内设"),
    ]
    facts.duties = [
        DutyStatement(Mention("国土资源部"), "承担保护与合理利用土地资源、矿产资源、海洋资源等自然资源的责任。",
                      p("承担保护与合理利用土地资源、矿产资源、海洋资源等自然资源的责任。"), item=1),
        DutyStatement(Mention("国土资源部"), "负责规范国土资源权属管理。", p("负责规范国土资源权属管理。"), item=2),
        DutyStatement(Mention("国土资源部"), "承担全国耕地保护的责任，确保规划确定的耕地保有量和基本农田面积不减少。",
                      p("承担全国耕地保护的责任，确保规划确定的耕地保有量和基本农田面积不减少。"), item=3),
        DutyStatement(Mention("国家海洋局"), "负责海洋环境的监督管理和海洋环境保护工作。",
                      p("负责海洋环境的监督管理和海洋环境保护工作。"), item=1),
        DutyStatement(Mention("国家发展和改革委员会"), "组织编制主体功能区规划并协调实施和进行监测评估。",
                      p("国家发展和改革委员会组织编制主体功能区规划并协调实施和进行监测评估。"), item=1),
    ]
    facts.aliases = [("国土部", "国土资源部")]
    doc.text = p.text()
    return facts


def plan_2018() -> DocumentFacts:
    doc = Document(id="plan-2018", title="深化党和国家机构改革方案", date="2018-03-21", issuer="中共中央",
                   kind="plan")
    p = _Text(doc.id)
    facts = DocumentFacts(document=doc)
    facts.events = [
        EventStatement(
            EventType.ESTABLISH,
            p("将国土资源部的职责，国家发展和改革委员会的组织编制主体功能区规划职责，国家海洋局的职责整合，"
              "组建自然资源部，作为国务院组成部门。"),
            inputs=[Mention("国土资源部"), Mention("国家海洋局"), Mention("国家发展和改革委员会")],
            outputs=[Mention("自然资源部")],
            duties=[DutyMove(Mention("国家发展和改革委员会"), "组织编制主体功能区规划职责")],
            kind="国务院组成部门", rank="正部级",
        ),
        EventStatement(EventType.ABOLISH, p("不再保留国土资源部、国家海洋局。"),
                       inputs=[Mention("国土资源部"), Mention("国家海洋局")]),
        EventStatement(EventType.ADD_SIGN, p("自然资源部对外保留国家海洋局牌子。"), inputs=[Mention("自然资源部")],
                       sign="国家海洋局"),
        EventStatement(EventType.RENAME, p("国家林业局更名为国家林业和草原局。"), inputs=[Mention("国家林业局")],
                       outputs=[Mention("国家林业和草原局")]),
        EventStatement(EventType.TRANSFER_UNIT, p("国家林业和草原局由自然资源部管理。"),
                       inputs=[Mention("国家林业和草原局")], outputs=[Mention("自然资源部")], relation="管理"),
    ]
    doc.text = p.text()
    return facts


def sanding_2018() -> DocumentFacts:
    doc = Document(id="sanding-mnr-2018", title="自然资源部职能配置、内设机构和人员编制规定", date="2018-09-11",
                   issuer="中共中央办公厅 国务院办公厅", kind="sanding")
    p = _Text(doc.id)
    facts = DocumentFacts(document=doc)
    facts.units = [
        UnitStatement(Mention("自然资源部"), p("自然资源部是国务院组成部门，为正部级，对外保留国家海洋局牌子。"),
                      kind="国务院组成部门", rank="正部级", signs=["国家海洋局"]),
        UnitStatement(Mention("自然资源部办公厅"), p("自然资源部设办公厅。"), kind="内设机构",
                      parent=Mention("自然资源部"), parent_relation="内设"),
        UnitStatement(Mention("国家林业和草原局"), p("国家林业和草原局由自然资源部管理，为副部级。"),
                      kind="部委管理的国家局", rank="副部级", parent=Mention("自然资源部"), parent_relation="管理"),
        UnitStatement(Mention("生态环境部"), p("生态环境部是国务院组成部门，为正部级。"), kind="国务院组成部门",
                      rank="正部级"),
    ]
    texts = [
        ("自然资源部", "履行全民所有土地、矿产、森林、草原、湿地、水、海洋等自然资源资产所有者职责。", 1, None),
        ("自然资源部", "负责自然资源调查监测评价。", 2, None),
        ("自然资源部", "负责建立空间规划体系并监督实施。", 3, "牵头"),
        ("自然资源部", "负责监督管理海洋生态环境保护工作。", 4, None),
        ("生态环境部", "负责监督管理海洋生态环境保护工作。", 1, None),
        ("国家林业和草原局", "负责林业和草原及其生态保护修复的监督管理。", 1, None),
    ]
    facts.duties = [DutyStatement(Mention(u), t, p(t), item=i, role=r) for u, t, i, r in texts]
    facts.duties.append(DutyStatement(Mention("自然资源部办公厅"), "负责机关日常运转工作。", p("负责机关日常运转工作。"),
                                      item=1, category="内设机构职责"))
    facts.boundaries = [
        BoundaryStatement([Mention("自然资源部"), Mention("生态环境部")],
                          "自然资源部负责海洋生态、海域海岸线和海岛修复等工作；生态环境部负责海洋环境污染防治的监督管理。",
                          p("自然资源部负责海洋生态、海域海岸线和海岛修复等工作；生态环境部负责海洋环境污染防治的监督管理。")),
    ]
    doc.text = p.text()
    return facts


def county_2019() -> DocumentFacts:
    doc = Document(id="local-shili-2019", title="示例县机构改革实施方案", date="2019-03-01", jurisdiction="示例县",
                   kind="plan", meta={"上级行政区划": "示例市"})
    p = _Text(doc.id)
    facts = DocumentFacts(document=doc)
    facts.units = [
        UnitStatement(Mention("县自然资源局"), p("组建县自然资源局，作为县政府工作部门，为正科级。"), kind="政府工作部门",
                      rank="正科级"),
        UnitStatement(Mention("县林业局"), p("县林业局为县政府工作部门，为正科级。"), kind="政府工作部门", rank="正科级",
                      valid_from="2010"),
    ]
    facts.duties = [
        DutyStatement(Mention("县林业局"), "负责全县林地资源管理。", p("县林业局负责全县林地资源管理。"), valid_from="2010"),
        DutyStatement(Mention("县自然资源局"), "负责全县自然资源调查监测评价。", p("负责全县自然资源调查监测评价。")),
    ]
    facts.events = [
        EventStatement(EventType.MERGE_INTO, p("将县林业局并入县自然资源局。"), inputs=[Mention("县林业局")],
                       outputs=[Mention("县自然资源局")]),
    ]
    facts.staffing = [
        StaffingStatement(Mention("县自然资源局"), "行政编制", "核定", 20, p("县自然资源局机关行政编制20名。")),
        StaffingStatement(Mention("县自然资源局"), "事业编制", "划入", 5, p("从县林业局划入事业编制5名。"),
                          counterpart=Mention("县林业局"), funding="全额拨款"),
        StaffingStatement(Mention("县自然资源局"), "领导职数", "核定", 4, p("设局长1名，副局长3名。"), level="正科级"),
        StaffingStatement(None, "事业编制", "收回", 10, p("全县收回事业编制10名。")),
    ]
    doc.text = p.text()
    return facts


DOCS = (sanding_2008, plan_2018, sanding_2018, county_2019)


def ingest(store: GraphStore, facts: DocumentFacts) -> Applied:
    applied = Applier(store).apply(facts)
    store.replace_document(facts, applied.records)
    return applied


def ingest_all(store: GraphStore) -> dict[str, Applied]:
    return {make().document.id: ingest(store, make()) for make in DOCS}


# --------------------------------------------------------------------------- helpers


def snapshot(store: GraphStore) -> dict[str, Any]:
    """Everything the store holds, as comparable values (order-insensitive)."""
    units = store.units()
    return {
        "documents": sorted(d.id for d in store.documents()),
        "units": sorted((u.id, u.jurisdiction, u.name) for u in units),
        "clauses": sorted(json.dumps(_plain(c), ensure_ascii=False) for c in store.clauses()),
        "facts": sorted(json.dumps(_plain(f), ensure_ascii=False) for f in store.facts()),
        "endings": sorted(json.dumps(_plain(e), ensure_ascii=False) for u in units for e in store.endings(u.id)),
        "events": sorted(json.dumps(_plain(e), ensure_ascii=False) for e in store.events()),
        "boundaries": sorted(json.dumps(_plain(b), ensure_ascii=False) for b in store.boundaries()),
        "jurisdictions": sorted(json.dumps(_plain(j), ensure_ascii=False) for j in store.jurisdictions()),
        "keys": sorted((k, tuple(store.units_by_key(k))) for k in _all_keys(units)),
    }


def _all_keys(units: list[Unit]) -> set[str]:
    return {lookup_key(u.jurisdiction, u.name) for u in units} | {
        lookup_key("中央", n) for n in ("国土部", "国家林业和草原局", "国家海洋局", "中国海警局", "林业和草原局")
    }


def _plain(value: Any) -> Any:
    from kg.model import to_dict

    return json.loads(json.dumps(to_dict(value), ensure_ascii=False, default=str))


def uid(store: GraphStore, name: str, **kw: Any) -> str:
    return find_unit(store, name, **kw)


def fact_of(store: GraphStore, subject: str, predicate: Predicate, **match: Any) -> list[Fact]:
    return [f for f in store.facts(subject, predicate) if all(getattr(f, k) == v for k, v in match.items())]


# --------------------------------------------------------------------------- round trip


def test_records_round_trip(store: GraphStore) -> None:
    applied = ingest_all(store)
    made = {make().document.id: make() for make in DOCS}
    assert [d.id for d in store.documents()] == list(made)
    for doc_id, facts in made.items():
        assert store.document(doc_id) == facts.document
        assert store.document_facts(doc_id) == facts

    records = [a.records for a in applied.values()]
    all_facts = [f for r in records for f in r.facts]
    all_endings = [e for r in records for e in r.endings]
    expected = {}
    for subject in {f.subject for f in all_facts}:
        own = [f for f in all_facts if f.subject == subject]
        expected.update({f.id: f for f in fold_endings(own, [e for e in all_endings if e.subject == subject])})
    assert {f.id: f for f in store.facts()} == expected
    assert len(store.facts()) == len(all_facts)

    assert sorted(store.clauses(), key=lambda c: c.id) == sorted((c for r in records for c in r.clauses), key=lambda c: c.id)
    assert sorted(store.events(), key=lambda e: e.id) == sorted((e for r in records for e in r.events), key=lambda e: e.id)
    assert sorted(store.boundaries(), key=lambda b: b.id) == sorted(
        (b for r in records for b in r.boundaries), key=lambda b: b.id)
    units = {u.id: u for r in records for u in r.units}
    assert {u.id: u for u in store.units()} == units
    for u in units.values():
        assert store.get_unit(u.id) == u
        assert store.endings(u.id) == [e for e in all_endings if e.subject == u.id]
    assert store.get_unit("u_nope") is None
    assert {j.id for j in store.jurisdictions()} >= {"示例县"}

    # filters and their order: by subject, by object, by predicate
    mnr = uid(store, "自然资源部")
    holds = store.facts(mnr, Predicate.HOLDS)
    assert [f.id for f in holds] == [f.id for f in store.facts(mnr) if f.predicate == Predicate.HOLDS]
    assert all(f.subject == mnr for f in holds) and len(holds) == 4 + 3 + 1 + 1  # 三定 + whole moves + named move
    children = store.facts(object=mnr, predicate=Predicate.PARENT)
    assert {store.unit(f.subject).name for f in children} == {"自然资源部办公厅", "国家林业局"}
    [clause] = [c.id for c in store.clauses() if c.text == "负责自然资源调查监测评价。"]
    assert [f.subject for f in store.facts(object=clause)] == [mnr]
    moved = holds[0].object  # the named duty taken from 国家发展和改革委员会: two holders
    ndrc = uid(store, "国家发展和改革委员会")
    assert [f.subject for f in store.facts(object=moved)] == [ndrc, mnr]
    assert [f.subject for f in store.facts(object=moved, predicate=Predicate.HOLDS)] == [ndrc, mnr]
    assert {f.predicate for f in store.facts(predicate=Predicate.STAFFING)} == {Predicate.STAFFING}
    assert len(store.facts(predicate=Predicate.STAFFING)) == 4
    [whole_county] = store.facts("示例县")  # a figure for the whole 行政区划, not for a unit
    assert (whole_county.amount, whole_county.extra) == (10, {"change": "收回", "scope": "jurisdiction"})
    assert store.clauses([clause, "c_nope", clause]) == [store.clauses([clause])[0]] * 2
    assert store.clauses([]) == []

    # events and boundaries by unit
    mlr = uid(store, "国土资源部", at="2010")
    assert [e.type for e in store.events(mlr)] == [EventType.ESTABLISH, EventType.ABOLISH]
    assert [e.type for e in store.events(mnr)] == [EventType.ESTABLISH, EventType.ADD_SIGN, EventType.TRANSFER_UNIT]
    assert len(store.boundaries(mnr)) == 1 and store.boundaries(mnr) == store.boundaries(uid(store, "生态环境部"))
    assert store.boundaries(mlr) == []

    # the name index
    assert store.units_by_key(lookup_key("中央", "国土部")) == [mlr]
    forestry = uid(store, "国家林业和草原局")
    assert store.units_by_key(lookup_key("中央", "国家林业局")) == [forestry]
    assert store.units_by_key(lookup_key("中央", "林业和草原局")) == [forestry]  # variant without 国家
    assert mnr in store.units_by_key(lookup_key("中央", "国家海洋局"))  # a sign is a key too
    assert store.units_by_key("中央|没有这个单位") == []


def test_effective_validity(store: GraphStore) -> None:
    ingest_all(store)
    mlr = uid(store, "国土资源部", at="2010")
    soa = uid(store, "国家海洋局", at="2010")
    mnr = uid(store, "自然资源部")
    forestry = uid(store, "国家林业和草原局")

    # abolished: existence ended by another document's ending
    # (one existence per document naming it: the 三定 attests it, the plan's abolition
    # names it as an input; the abolition ends every one of them)
    assert {f.valid_to for f in store.facts(mlr, Predicate.EXISTS)} == {"2018-03-21"}
    assert store.exists_at(mlr, date(2010, 1, 1))
    assert store.exists_at(mlr, date(2018, 3, 20)) and not store.exists_at(mlr, date(2018, 3, 21))
    assert store.exists_at(mnr, date(2018, 3, 21)) and not store.exists_at(mnr, date(2018, 3, 20))

    # whole duties moved: the giver's holdings end, the taker's begin, same clauses
    given = store.facts(mlr, Predicate.HOLDS)
    assert len(given) == 3 and {f.valid_to for f in given} == {"2018-03-21"}
    taken = {f.object: f for f in store.facts(mnr, Predicate.HOLDS) if f.event_id}
    assert {f.object for f in given} <= set(taken) and {taken[f.object].valid_from for f in given} == {"2018-03-21"}
    ndrc = uid(store, "国家发展和改革委员会")
    [ndrc_holding] = store.facts(ndrc, Predicate.HOLDS)
    assert ndrc_holding.valid_to == "2018-03-21"

    # rename: the old name ends, the new begins, the old is an alias until the rename
    assert {f.value for f in store.facts(forestry, Predicate.NAME)} == {"国家林业和草原局"}
    assert [e.value for e in store.endings(forestry) if e.predicate == Predicate.NAME] == ["国家林业局", "国家林业局"]
    assert store.name_at(forestry, date(2019, 1, 1)) == "国家林业和草原局"
    [alias] = fact_of(store, forestry, Predicate.ALIAS, value="国家林业局")
    assert alias.valid_to == "2018-03-21"

    # transfer_unit and the later 三定: the parent at a date
    assert [f.object for f in store.facts_at(forestry, Predicate.PARENT, date(2018, 6, 1))] == [mnr]
    assert store.value_at(soa, Predicate.RANK, date(2010, 1, 1)) == "副部级"
    assert store.value_at(mnr, Predicate.SIGN, date(2019, 1, 1)) == "国家海洋局"

    # as-of reads agree with the validity intervals
    for unit in store.units():
        for predicate in (Predicate.NAME, Predicate.PARENT, Predicate.HOLDS, Predicate.EXISTS):
            for day in (date(2008, 7, 10), date(2018, 3, 21), date(2019, 6, 1)):
                from kg.dates import holds_at

                expected = [f.id for f in store.facts(unit.id, predicate) if holds_at(f.valid_from, f.valid_to, day)]
                assert [f.id for f in store.facts_at(unit.id, predicate, day)] == expected

    # the county: merged away, its duty taken over
    county = uid(store, "示例县自然资源局")
    forest_bureau = uid(store, "示例县林业局", at="2015")
    assert store.exists_at(forest_bureau, date(2015, 1, 1)) and not store.exists_at(forest_bureau, date(2019, 3, 1))
    assert [f.amount for f in store.facts(county, Predicate.STAFFING)] == [20, 5, 4]
    assert store.facts(county, Predicate.STAFFING)[1].extra == {"change": "划入", "funding": "全额拨款",
                                                                "counterpart": forest_bureau}


# --------------------------------------------------------------------------- replace


def test_replace_is_idempotent(store: GraphStore) -> None:
    applied = ingest_all(store)
    before = snapshot(store)
    revision = store.revision

    # the same records again
    for make in DOCS:
        facts = make()
        store.replace_document(facts, applied[facts.document.id].records)
    assert snapshot(store) == before
    assert store.revision > revision

    # applying the documents again resolves to the same units and ids (not the 2018 plan: once the
    # later 三定 dates 国家林业局's existence, the applier no longer adds an open-start existence)
    for make in (sanding_2008, sanding_2018, county_2019):
        again = ingest(store, make())
        first = applied[make().document.id].records
        assert [f.id for f in again.records.facts] == [f.id for f in first.facts]
        assert [c.id for c in again.records.clauses] == [c.id for c in first.clauses]
    assert snapshot(store) == before
    assert len(store.documents()) == len(DOCS)


def test_replace_with_fewer_records_removes_the_rest(store: GraphStore) -> None:
    ingest_all(store)
    facts = sanding_2018()
    facts.units = [u for u in facts.units if u.unit.name != "生态环境部"]
    facts.duties = [d for d in facts.duties if d.unit.name != "生态环境部"]
    facts.boundaries = []
    ingest(store, facts)
    assert store.units_by_key(lookup_key("中央", "生态环境部")) == []
    assert all(u.name != "生态环境部" for u in store.units())
    assert store.boundaries() == []
    assert store.document_facts("sanding-mnr-2018") == facts


# --------------------------------------------------------------------------- failures


def _bad_prov(doc_id: str) -> Provenance:
    return Provenance(doc_id, 0, 6, "有问题的句子。")


def test_failing_document_leaves_nothing_behind(store: GraphStore) -> None:
    applied = ingest_all(store)
    before = snapshot(store)
    revision = store.revision

    # a new document whose records refer to a unit that does not exist
    bad = DocumentFacts(document=Document(id="bad-1", title="有问题的文件", date="2020"))
    records = Records(facts=[Fact("f_bad1", "u_missing", Predicate.NAME, _bad_prov("bad-1"), value="不存在的局")])
    with pytest.raises(StoreError):
        store.replace_document(bad, records)
    assert snapshot(store) == before

    # an existing document replaced by such records keeps its old version
    county = county_2019()
    with pytest.raises(StoreError):
        store.replace_document(county, records)
    assert snapshot(store) == before

    # a failure in the middle of the write: a record id another document already uses
    taken = applied["sanding-mlr-2008"].records.facts[0].id
    new_unit = Unit("u_new_bad", "中央", "新设的局")
    clashing = Records(
        units=[new_unit],
        facts=[Fact("f_bad2", new_unit.id, Predicate.EXISTS, _bad_prov("bad-2"), valid_from="2020"),
               Fact(taken, new_unit.id, Predicate.NAME, _bad_prov("bad-2"), value="新设的局", valid_from="2020")],
        endings=[],
    )
    with pytest.raises(Exception):  # noqa: B017 - each backend reports the clash its own way
        store.replace_document(DocumentFacts(document=Document(id="bad-2", title="撞号的文件")), clashing)
    assert snapshot(store) == before
    assert store.get_unit(new_unit.id) is None

    # the same clash while replacing an existing document: its old version survives
    county_records = applied["local-shili-2019"].records
    clash_county = replace(county_records, facts=[*county_records.facts[:-1],
                                                  replace(county_records.facts[-1], id=taken)])
    with pytest.raises(Exception):  # noqa: B017
        store.replace_document(county, clash_county)
    assert snapshot(store) == before
    assert store.revision >= revision


# --------------------------------------------------------------------------- delete


def test_delete_removes_orphans_and_reopens_facts(store: GraphStore, tmp_path: Path) -> None:
    ingest_all(store)
    mlr = uid(store, "国土资源部", at="2010")
    mnr = uid(store, "自然资源部")
    revision = store.revision

    assert store.delete_document("plan-2018") is True
    assert store.revision > revision
    assert "plan-2018" not in {d.id for d in store.documents()}
    # what the plan had closed is open again
    [exists] = store.facts(mlr, Predicate.EXISTS)
    assert exists.valid_to is None
    assert {f.valid_to for f in store.facts(mlr, Predicate.HOLDS)} == {None}
    assert store.endings(mlr) == []
    # units still referred to by the 2018 三定 survive, with their names re-indexed
    forestry = store.units_by_key(lookup_key("中央", "国家林业和草原局"))
    assert len(forestry) == 1 and store.get_unit(mnr) is not None
    assert store.units_by_key(lookup_key("中央", "国家林业局")) == forestry  # its identity name

    assert store.delete_document("sanding-mnr-2018") is True
    assert store.delete_document("sanding-mnr-2018") is False
    # now 自然资源部, 生态环境部 and 国家林业局 have no document left: gone, and out of the name index
    for name in ("自然资源部", "生态环境部", "国家林业局", "国家林业和草原局"):
        assert store.units_by_key(lookup_key("中央", name)) == []
    assert store.get_unit(mnr) is None
    assert store.boundaries() == []

    # the store is now what ingesting only the remaining documents gives
    reference = NetworkxStore(tmp_path / "reference")
    try:
        ingest(reference, sanding_2008())
        ingest(reference, county_2019())
        mine, theirs = snapshot(store), snapshot(reference)
        mine.pop("jurisdictions"), theirs.pop("jurisdictions")
        assert mine == theirs
    finally:
        reference.close()


def test_delete_a_document_whose_clauses_moved_on(store: GraphStore) -> None:
    ingest_all(store)
    before = snapshot(store)
    mnr = uid(store, "自然资源部")
    moved = {f.object for f in store.facts(mnr, Predicate.HOLDS) if f.event_id}
    assert store.delete_document("sanding-mlr-2008") is True
    # the plan's holdings of the 2008 clauses stay (they are the plan's facts); the clauses are gone
    assert moved <= {f.object for f in store.facts(mnr, Predicate.HOLDS)}
    assert len(moved) == 5 and store.clauses(moved) == []
    assert all(store.facts(object=c) for c in moved)
    # ingesting it again brings back exactly what was there
    ingest(store, sanding_2008())
    assert snapshot(store) == before


# --------------------------------------------------------------------------- queries: same answers on every backend


def _answers(store: GraphStore) -> dict[str, Any]:
    registry = IndexRegistry(HashEmbedder(), use_cache=False)
    index = registry.index_for(store)
    mnr = uid(store, "自然资源部")
    mlr = uid(store, "国土资源部", at="2010")
    county = uid(store, "示例县自然资源局")
    out: dict[str, Any] = {
        "lineage_mnr": lineage(store, mnr, at="2019"),
        "lineage_mlr": lineage(store, mlr, at="2010"),
        "lineage_county": lineage(store, county, at="2019"),
        "who_ocean_2019": who_handles(store, "海洋生态环境保护", at="2019", index=index),
        "who_land_2010": who_handles(store, "耕地保护", at="2010", index=index),
        "who_county": who_handles(store, "自然资源调查监测评价", at="2019", jurisdiction="示例县", index=index),
        "overlaps_2019": duplicated_functions(store, at="2019", index=index, include_lead_support=True),
        "org_2010": org_chart(store, at="2010", jurisdiction="中央"),
        "org_2019": org_chart(store, at="2019"),
        "org_mnr": org_chart(store, root=mnr, at="2019"),
        "diff": diff(store, "2017", "2019"),
        "diff_county": diff(store, "2018", "2019-12", jurisdiction="示例县"),
        "units_2019": units_at(store, "2019"),
        "find": [find_unit(store, "国土部", at="2010"), find_unit(store, "国家林业局", at="2017"),
                 find_unit(store, "县林业局", jurisdiction="示例县", at="2015")],
    }
    for unit in store.units():
        for at in ("2010", "2019"):
            out[f"profile {unit.id} {at}"] = unit_profile(store, unit.id, at)
    return json.loads(json.dumps(out, ensure_ascii=False, default=str))


def test_queries_answer_as_the_reference(store: GraphStore, tmp_path: Path) -> None:
    ingest_all(store)
    reference = NetworkxStore(tmp_path / "reference")
    try:
        ingest_all(reference)
        mine, theirs = _answers(store), _answers(reference)
    finally:
        reference.close()
    assert mine.keys() == theirs.keys()
    for key in mine:
        assert mine[key] == theirs[key], key

    # and the answers say what the documents say
    assert {a["name"] for a in mine["lineage_mnr"]["ancestors"]} >= {"国土资源部", "国家海洋局", "国家发展和改革委员会"}
    assert [d["name"] for d in mine["lineage_mlr"]["descendants"]] == ["自然资源部"]
    assert [a["name"] for a in mine["lineage_county"]["ancestors"]] == ["示例县林业局"]
    assert mine["who_land_2010"][0]["name"] == "国土资源部"
    assert {u["name"] for u in mine["who_ocean_2019"][:2]} == {"自然资源部", "生态环境部"}
    assert mine["who_county"][0]["name"] == "示例县自然资源局"
    [pair] = [p for p in mine["overlaps_2019"]["pairs"]
              if {u["name"] for u in p["units"]} == {"自然资源部", "生态环境部"}]
    assert pair["settled"] and pair["clauses"][0]["match"] == "文字雷同"
    top_2010 = {n["name"]: n for n in mine["org_2010"]["tree"]}
    assert {c["name"] for c in top_2010["国土资源部"]["children"]} == {"国家海洋局", "国土资源部办公厅"}
    assert {c["name"] for c in mine["org_mnr"]["tree"][0]["children"]} == {"国家林业和草原局", "自然资源部办公厅"}
    assert {u["name"] for u in mine["diff"]["abolished"]} == {"国土资源部", "国家海洋局", "示例县林业局"}
    assert {u["name"] for u in mine["diff"]["added"]} >= {"自然资源部", "生态环境部"}
    assert [s["amount"] for s in mine["diff_county"]["staffing"]] == [20, 5, 4]


def test_revision_moves_with_every_write(store: GraphStore) -> None:
    seen = [store.revision]
    for make in DOCS:
        ingest(store, make())
        seen.append(store.revision)
    store.delete_document("plan-2018")
    seen.append(store.revision)
    assert seen == sorted(seen) and len(set(seen)) == len(seen)
    assert store.delete_document("plan-2018") is False
    assert store.revision == seen[-1]


# --------------------------------------------------------------------------- one writer at a time


def test_one_writer_at_a_time(store: GraphStore) -> None:
    """A second store on the same data (another process, as far as the store can tell) waits
    at the start of its writing block until the first block ends."""
    import threading
    import time

    other = _second_view(store)
    inside = threading.Event()
    events: list[str] = []

    def second() -> None:
        inside.wait()
        with other.writing():
            events.append("second in")

    thread = threading.Thread(target=second)
    thread.start()
    try:
        with store.writing():
            inside.set()
            time.sleep(0.5)
            events.append("first out")
        thread.join(timeout=60)
        assert events == ["first out", "second in"]
    finally:
        thread.join(timeout=60)
        if other is not store:
            other.close()


def _second_view(store: GraphStore) -> GraphStore:
    if store.backend == "networkx":
        from kg.stores.networkx_store import NetworkxStore

        return NetworkxStore(store.directory)  # type: ignore[attr-defined]
    from kg.stores.neo4j_store import Neo4jStore

    return Neo4jStore(store._driver, database=store._database)  # type: ignore[attr-defined]
