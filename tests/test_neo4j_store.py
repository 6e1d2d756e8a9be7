"""What only the Neo4j backend has: its schema, the graph shape read with plain Cypher,
rollback of a failure inside the write transaction, Cypher lineage traversal, CJK full-text
and vector search, connecting, and migrating a whole store to Neo4j and back.

The contract every backend shares is tests/test_contract.py.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from api.migrate import MigrationError, migrate_store, normalized_export
from kg.apply import Applier
from kg.errors import BackendUnavailable, StoreError
from kg.index.embedder import HashEmbedder
from kg.model import (
    Document,
    DocumentFacts,
    DutyMove,
    EventStatement,
    EventType,
    Mention,
    Provenance,
)
from kg.store import open_store
from kg.stores.neo4j_store import Neo4jStore
from kg.stores.networkx_store import NetworkxStore
from queries.lineage import lineage
from tests.test_contract import DOCS, ingest, ingest_all, sanding_2008, snapshot, uid
from tests.test_links import check_links_stored

pytestmark = pytest.mark.neo4j


def rows(driver: Any, query: str, **params: Any) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(query, params)
    return [r.data() for r in records]


def plan_2023() -> DocumentFacts:
    """A later transfer, so flows chain over two reforms."""
    doc = Document(id="plan-2023", title="党和国家机构改革方案", date="2023-03-16", kind="plan")
    sentence = "将自然资源部的自然资源调查监测评价职责划入生态环境部。"
    ev = EventStatement(EventType.TRANSFER_DUTY, Provenance(doc.id, 0, len(sentence), sentence),
                        inputs=[Mention("自然资源部")], outputs=[Mention("生态环境部")],
                        duties=[DutyMove(Mention("自然资源部"), "自然资源调查监测评价职责")])
    doc.text = sentence
    return DocumentFacts(document=doc, events=[ev])


# --------------------------------------------------------------------------- schema and shape


def test_schema_is_created_explicitly_and_idempotently(neo4j_driver: Any) -> None:
    store = Neo4jStore(neo4j_driver)  # no I/O yet
    assert rows(neo4j_driver, "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n") == [{"n": 0}]
    store.ensure_schema()
    store.ensure_schema()
    constraints = {r["name"] for r in rows(neo4j_driver, "SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"kg_unit_id", "kg_clause_id", "kg_event_id", "kg_document_id", "kg_fact_id", "kg_parent_id"} <= constraints
    indexes = {r["name"]: (r["type"], r["state"]) for r in
               rows(neo4j_driver, "SHOW INDEXES YIELD name, type, state RETURN name, type, state")}
    assert indexes["kg_unit_names"] == ("FULLTEXT", "ONLINE")
    assert indexes["kg_clause_text"] == ("FULLTEXT", "ONLINE")
    assert indexes["kg_unit_keys"][1] == "ONLINE"
    assert "kg_clause_embedding" not in indexes  # made when embeddings are first stored
    assert store.revision == 0 and store.documents() == []
    store.close()  # the caller's driver stays open
    assert rows(neo4j_driver, "RETURN 1 AS one") == [{"one": 1}]


def test_graph_shape_and_as_of_reads_in_cypher(neo4j_store: Neo4jStore, neo4j_driver: Any) -> None:
    ingest_all(neo4j_store)
    mlr = uid(neo4j_store, "国土资源部", at="2010")
    mnr = uid(neo4j_store, "自然资源部")
    forestry = uid(neo4j_store, "国家林业和草原局")
    labels = {r["label"]: r["n"] for r in rows(
        neo4j_driver, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")}
    assert labels["Document"] == 4 and labels["Unit"] == len(neo4j_store.units())
    assert labels["Clause"] == len(neo4j_store.clauses()) and labels["Event"] == len(neo4j_store.events())
    assert labels["KGMeta"] == 1

    # parents at a date, straight from the relationships (valid_to already has endings folded)
    as_of = """
        MATCH (u:Unit)-[r:PARENT]->(p:Unit)
        WHERE (r.valid_from IS NULL OR r.valid_from_start <= $day)
          AND (r.valid_to IS NULL OR r.valid_to_start > $day)
        RETURN u.id AS unit, p.id AS parent, r.relation AS relation, r.value AS value"""
    in_2010 = {(r["unit"], r["parent"]) for r in rows(neo4j_driver, as_of, day=date(2010, 1, 1))}
    assert in_2010 == {(uid(neo4j_store, "国家海洋局", at="2010"), mlr), (uid(neo4j_store, "国土资源部办公厅"), mlr)}
    in_2019 = {(r["unit"], r["parent"]) for r in rows(neo4j_driver, as_of, day=date(2019, 1, 1))}
    assert (forestry, mnr) in in_2019

    held = """
        MATCH (:Unit {id: $unit})-[r:HOLDS]->(c:Clause)
        WHERE (r.valid_from IS NULL OR r.valid_from_start <= $day)
          AND (r.valid_to IS NULL OR r.valid_to_start > $day)
        RETURN c.id AS clause"""
    assert len(rows(neo4j_driver, held, unit=mlr, day=date(2017, 1, 1))) == 3
    assert rows(neo4j_driver, held, unit=mlr, day=date(2019, 1, 1)) == []
    stored = rows(neo4j_driver, "MATCH (:Unit {id: $u})-[r:HOLDS]->() RETURN r.valid_to AS end, r.stated_to AS stated",
                  u=mlr)
    assert {(r["end"], r["stated"]) for r in stored} == {("2018-03-21", None)}

    # events link units, moves link the giver and the taker
    flows = rows(neo4j_driver, """
        MATCH (a:Unit)-[:INPUT]->(e:Event {type: 'establish'})-[:OUTPUT]->(b:Unit)
        RETURN a.id AS a, b.id AS b""")
    assert {(r["a"], r["b"]) for r in flows} >= {(mlr, mnr)}
    gave = rows(neo4j_driver, "MATCH (:Unit {id: $u})-[:GAVE]->(m:Move)-[:TO]->(b:Unit) RETURN DISTINCT b.id AS b", u=mlr)
    assert gave == [{"b": mnr}]
    # a figure for the whole county hangs off its jurisdiction
    assert rows(neo4j_driver, "MATCH (:Jurisdiction {id: '示例县'})-[:HAS_FACT]->(f:Fact) RETURN f.amount AS n") == [{"n": 10}]


def test_endings_are_refolded_in_the_writing_transaction(neo4j_store: Neo4jStore, neo4j_driver: Any) -> None:
    ingest_all(neo4j_store)
    mlr = uid(neo4j_store, "国土资源部", at="2010")
    # every existence of the unit (the 三定's, and the ones the plan's events record for
    # their input) ends at the abolition; without the plan only the 三定's is left, open
    ends = "MATCH (:Unit {id: $u})-[:HAS_FACT]->(f:Fact {predicate: 'exists'}) RETURN DISTINCT f.valid_to AS end"
    assert rows(neo4j_driver, ends, u=mlr) == [{"end": "2018-03-21"}]
    neo4j_store.delete_document("plan-2018")
    assert rows(neo4j_driver, ends, u=mlr) == [{"end": None}]
    ingest(neo4j_store, DOCS[1]())
    assert rows(neo4j_driver, ends, u=mlr) == [{"end": "2018-03-21"}]


def test_a_failure_inside_the_transaction_rolls_everything_back(neo4j_store: Neo4jStore, neo4j_driver: Any,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ingest(neo4j_store, sanding_2008())
    before = snapshot(neo4j_store)
    count = "MATCH (n) RETURN count(n) AS n"
    nodes = rows(neo4j_driver, count)
    revision = neo4j_store.revision

    def boom(*args: Any) -> None:
        raise RuntimeError("injected after the records were written")

    monkeypatch.setattr(neo4j_store, "_reindex_names", boom)
    for make in (DOCS[1], sanding_2008):  # a new document, then replacing the stored one
        facts = make()
        records = Applier(neo4j_store).apply(facts).records
        with pytest.raises(RuntimeError, match="injected"):
            neo4j_store.replace_document(facts, records)
        assert snapshot(neo4j_store) == before
        assert rows(neo4j_driver, count) == nodes
        assert neo4j_store.revision == revision
    with pytest.raises(RuntimeError, match="injected"):
        neo4j_store.delete_document("sanding-mlr-2008")
    assert snapshot(neo4j_store) == before


def test_document_records_are_what_was_written(neo4j_store: Neo4jStore) -> None:
    applied = ingest_all(neo4j_store)
    for doc_id, a in applied.items():
        got = neo4j_store.document_records(doc_id)
        assert got.facts == a.records.facts  # stated ends, in written order
        assert (got.clauses, got.endings, got.events, got.boundaries) == (
            a.records.clauses, a.records.endings, a.records.events, a.records.boundaries)


def test_event_links_are_stored_and_keep_their_units_alive(neo4j_store: Neo4jStore) -> None:
    """A reform statement's successors and a change's former parent (event attrs): a unit only
    a link names is referenced by the document (REFS) and goes with it."""
    check_links_stored(neo4j_store)


# --------------------------------------------------------------------------- lineage in Cypher


def test_lineage_units_by_variable_length_traversal(neo4j_store: Neo4jStore) -> None:
    ingest_all(neo4j_store)
    ingest(neo4j_store, plan_2023())
    s = neo4j_store
    mlr, soa = uid(s, "国土资源部", at="2010"), uid(s, "国家海洋局", at="2010")
    mnr, mee, ndrc = uid(s, "自然资源部"), uid(s, "生态环境部"), uid(s, "国家发展和改革委员会")

    down = {u["id"]: u["depth"] for u in s.lineage_units(mlr, "descendants")}
    assert down == {mnr: 1, mee: 2}  # whole to 自然资源部, then one duty on to 生态环境部
    assert {u["id"] for u in s.lineage_units(mlr, "descendants", whole_only=True)} == {mnr}
    up = {u["id"]: u["depth"] for u in s.lineage_units(mee, "ancestors")}
    forestry = uid(s, "国家林业和草原局")  # an input of the 2018 transfer to 自然资源部 (as queries.lineage counts it)
    assert up == {mnr: 1, mlr: 2, soa: 2, ndrc: 2, forestry: 2}
    assert s.lineage_units(mee, "ancestors", whole_only=True) == []
    [via] = [u["via"] for u in s.lineage_units(mee, "ancestors") if u["id"] == mlr]
    assert [e.type for e in s.events() if e.id in via] == [EventType.ESTABLISH, EventType.TRANSFER_DUTY]

    # whole-only ancestry is exactly what queries.lineage expands
    whole = {a["id"] for a in lineage(s, mnr)["ancestors"] if a["whole"]}
    assert {u["id"] for u in s.lineage_units(mnr, "ancestors", whole_only=True)} == whole == {mlr, soa}
    with pytest.raises(StoreError):
        s.lineage_units(mnr, "sideways")


# --------------------------------------------------------------------------- search


def test_cjk_full_text_search_over_names(neo4j_store: Neo4jStore) -> None:
    ingest_all(neo4j_store)
    s = neo4j_store
    assert s.search_names("林业和草原")[0][0] == uid(s, "国家林业和草原局")
    assert s.search_names("海警")[0][0] == uid(s, "国家海洋局", at="2010")  # a sign is searchable
    assert s.search_names("自然资源局")[0][0] == uid(s, "示例县自然资源局")
    assert isinstance(s.search_names("a:b (c) [国土"), list)  # Lucene syntax is escaped, not an error
    assert s.search_names("   ") == []
    hits = [cid for cid, _ in s.search_clause_text("耕地保护")]
    assert [c.text for c in s.clauses(hits[:1])] == ["承担全国耕地保护的责任，确保规划确定的耕地保有量和基本农田面积不减少。"]


def test_vector_search_in_neo4j(neo4j_store: Neo4jStore, neo4j_driver: Any) -> None:
    ingest_all(neo4j_store)
    s = neo4j_store
    with pytest.raises(StoreError):
        s.search_clauses([0.0] * 256)
    embedder = HashEmbedder()
    todo = s.clauses_without_embedding()
    assert len(todo) == len(s.clauses())
    vectors = embedder.embed([t for _, t in todo], kind="passage")
    assert s.store_clause_embeddings([i for i, _ in todo], vectors, batch=5) == len(todo)
    assert s.clauses_without_embedding() == []
    options = rows(neo4j_driver, "SHOW VECTOR INDEXES YIELD name, options RETURN name, options")
    assert options[0]["name"] == "kg_clause_embedding"
    assert options[0]["options"]["indexConfig"]["vector.dimensions"] == 256
    assert options[0]["options"]["indexConfig"]["vector.quantization.enabled"] is False

    query = embedder.embed(["负责海洋环境保护"], kind="query")[0]
    hits = s.search_clauses(query, k=3)
    expected = sorted(zip((i for i, _ in todo), (float(v @ query) for v in vectors), strict=True), key=lambda x: -x[1])
    cosine = dict(expected)
    assert [h[1] for h in hits] == pytest.approx([e[1] for e in expected[:3]], abs=1e-4)  # ties in any order
    assert all(score == pytest.approx(cosine[cid], abs=1e-4) for cid, score in hits)
    assert hits[0][0] == expected[0][0]

    with pytest.raises(StoreError):
        s.store_clause_embeddings([todo[0][0]], [[1.0, 0.0]])  # another dimension
    # re-ingesting a document keeps the embeddings of unchanged clauses
    ingest(s, sanding_2008())
    assert s.clauses_without_embedding() == []


# --------------------------------------------------------------------------- connecting


def test_connect_and_open_store(neo4j_server: Any, neo4j_driver: Any) -> None:
    store = Neo4jStore.connect(neo4j_server.uri, None, None)
    try:
        ingest(store, sanding_2008())
        assert [d.id for d in store.documents()] == ["sanding-mlr-2008"]
    finally:
        store.close()
    opened = open_store("neo4j", neo4j_uri=neo4j_server.uri)
    try:
        assert [d.id for d in opened.documents()] == ["sanding-mlr-2008"]
        assert opened.backend == "neo4j" and opened.native_vector_search
    finally:
        opened.close()
    with pytest.raises(BackendUnavailable):
        Neo4jStore.connect("bolt://127.0.0.1:1", None, None)
    with pytest.raises(BackendUnavailable):
        Neo4jStore.connect("nonsense://x", None, None)


# --------------------------------------------------------------------------- migration


def test_migrate_to_neo4j_and_back_without_loss(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    source = NetworkxStore(tmp_path / "source")
    back = NetworkxStore(tmp_path / "back")
    try:
        ingest_all(source)
        ingest(source, plan_2023())
        there = migrate_store(source, neo4j_store)
        assert there.verified and there.documents == 5
        again = migrate_store(neo4j_store, back)
        assert again.verified
        assert normalized_export(back) == normalized_export(source) == normalized_export(neo4j_store)
        for doc in source.documents():
            assert back.document_facts(doc.id) == source.document_facts(doc.id)
            assert back.document_records(doc.id) == source.document_records(doc.id)
        assert snapshot(back) == snapshot(source)

        # stated ends travelled, not folded ones: deleting a document reopens the same facts
        for store in (source, neo4j_store, back):
            store.delete_document("plan-2018")
        assert normalized_export(back) == normalized_export(source) == normalized_export(neo4j_store)

        with pytest.raises(MigrationError):
            migrate_store(source, neo4j_store)  # the target is not empty
        assert migrate_store(source, neo4j_store, force=True).verified
    finally:
        source.close()
        back.close()


def test_kg_migrate_command(neo4j_server: Any, neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    from api.cli import app

    source = NetworkxStore(tmp_path / "source")
    try:
        for make in DOCS:
            ingest(source, make())
        expected = normalized_export(source)
    finally:
        source.close()
    runner = CliRunner()
    uri = ["--neo4j-uri", neo4j_server.uri]
    result = runner.invoke(app, ["migrate", "--from", "networkx", "--to", "neo4j", "--source-store",
                                 str(tmp_path / "source"), *uri, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == 4 and report["verified"] is True
    assert normalized_export(neo4j_store) == expected

    result = runner.invoke(app, ["migrate", "--from", "networkx", "--to", "neo4j", "--source-store",
                                 str(tmp_path / "source"), *uri])
    assert result.exit_code == 2 and "--force" in result.output

    result = runner.invoke(app, ["migrate", "--from", "neo4j", "--to", "networkx", "--target-store",
                                 str(tmp_path / "back"), *uri])
    assert result.exit_code == 0, result.output
    assert "两边导出结果一致" in result.output
    back = NetworkxStore(tmp_path / "back")
    try:
        assert normalized_export(back) == expected
    finally:
        back.close()

    result = runner.invoke(app, ["migrate", "--from", "neo4j", "--to", "networkx", *uri])
    assert result.exit_code == 2 and "--target-store" in result.output
    result = runner.invoke(app, ["migrate", "--from", "networkx", "--to", "neo4j", "--source-store",
                                 str(tmp_path / "nothing-here"), *uri])
    assert result.exit_code == 2 and "没有图谱数据" in result.output


def test_who_handles_candidates_come_from_the_neo4j_vector_index(neo4j_store: Neo4jStore,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """On Neo4j the dense half of search runs in the database: the index hands the store the
    embeddings it lacks and asks its vector index, never the in-process one."""
    from kg.index.clause_index import IndexRegistry
    from kg.index.vectors import VectorIndex
    from queries.who_handles import who_handles

    ingest_all(neo4j_store)
    index = IndexRegistry(HashEmbedder(), use_cache=False).index_for(neo4j_store)
    assert index.native is neo4j_store
    assert neo4j_store.clauses_without_embedding() == []

    def in_process(*_: Any, **__: Any) -> Any:
        raise AssertionError("dense search ran in process")

    monkeypatch.setattr(VectorIndex, "top", in_process)
    asked: list[int] = []
    search = neo4j_store.search_clauses
    monkeypatch.setattr(neo4j_store, "search_clauses", lambda vec, k: asked.append(k) or search(vec, k))
    [first, *_] = who_handles(neo4j_store, "海洋生态环境保护", at="2019", index=index)
    assert asked and first["name"] == "自然资源部"
