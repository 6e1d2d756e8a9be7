"""The real Neo4j test server (tests/neo4j_server): Bolt, CJK full-text and vector indexes, wipe."""

from __future__ import annotations

import pytest

# Also imported by tests/conftest.py; importing here too keeps this file self-contained.
# The server is a per-process singleton, so this never starts a second JVM.
from tests.neo4j_server import fixtures as _fixtures

neo4j_server = _fixtures.neo4j_server
neo4j_driver = _fixtures.neo4j_driver

pytestmark = pytest.mark.neo4j


def _rows(driver, query: str, **params):  # type: ignore[no-untyped-def]
    records, _, _ = driver.execute_query(query, params)
    return [r.data() for r in records]


def test_cjk_fulltext_and_vector_index(neo4j_driver) -> None:
    d = neo4j_driver
    d.execute_query(
        "UNWIND $rows AS r CREATE (:Org {name: r.name, duty: r.duty, emb: r.emb})",
        rows=[
            {
                "name": "国家发展和改革委员会",
                "duty": "拟订并组织实施国民经济和社会发展战略、中长期规划和年度计划",
                "emb": [1.0, 0.0, 0.0, 0.0],
            },
            {
                "name": "财政部",
                "duty": "拟订财税发展战略、规划、政策和改革方案并组织实施",
                "emb": [0.0, 1.0, 0.0, 0.0],
            },
            {"name": "教育部", "duty": "拟订教育改革与发展的方针、政策和规划", "emb": [0.0, 0.0, 1.0, 0.0]},
        ],
    )
    assert _rows(d, "MATCH (n:Org) RETURN count(n) AS c") == [{"c": 3}]

    assert _rows(
        d,
        "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer "
        "WHERE analyzer = 'cjk' RETURN analyzer",
    ) == [{"analyzer": "cjk"}]
    d.execute_query(
        "CREATE FULLTEXT INDEX org_duty FOR (n:Org) ON EACH [n.name, n.duty] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}"
    )
    d.execute_query(
        "CREATE VECTOR INDEX org_emb FOR (n:Org) ON (n.emb) "
        "OPTIONS {indexConfig: {`vector.dimensions`: 4, `vector.similarity_function`: 'cosine'}}"
    )
    d.execute_query("CALL db.awaitIndexes(120)")
    states = {r["name"]: (r["type"], r["state"]) for r in _rows(d, "SHOW INDEXES YIELD name, type, state")}
    assert states["org_duty"] == ("FULLTEXT", "ONLINE")
    assert states["org_emb"] == ("VECTOR", "ONLINE")

    # cjk = bigrams: "财税" hits only 财政部; "教育" only 教育部; "发展" all three
    hits = _rows(
        d,
        "CALL db.index.fulltext.queryNodes('org_duty', $q) YIELD node, score "
        "RETURN node.name AS name, score ORDER BY score DESC",
        q="财税",
    )
    assert [h["name"] for h in hits] == ["财政部"]
    hits = _rows(
        d, "CALL db.index.fulltext.queryNodes('org_duty', $q) YIELD node RETURN node.name AS name", q="教育"
    )
    assert [h["name"] for h in hits] == ["教育部"]
    hits = _rows(
        d, "CALL db.index.fulltext.queryNodes('org_duty', $q) YIELD node RETURN node.name AS name", q="发展"
    )
    assert {h["name"] for h in hits} == {"国家发展和改革委员会", "财政部", "教育部"}

    hits = _rows(
        d,
        "CALL db.index.vector.queryNodes('org_emb', 2, $v) YIELD node, score RETURN node.name AS name, score",
        v=[0.1, 0.9, 0.0, 0.0],
    )
    assert [h["name"] for h in hits] == ["财政部", "国家发展和改革委员会"]
    assert hits[0]["score"] > hits[1]["score"]
    assert 0.9 < hits[0]["score"] <= 1.0  # Neo4j's cosine score is (1 + cos) / 2

    # wipe: data, constraints and non-LOOKUP indexes gone
    from tests.neo4j_server.harness import wipe

    d.execute_query("CREATE CONSTRAINT org_name IF NOT EXISTS FOR (n:Org) REQUIRE n.name IS UNIQUE")
    wipe(d)
    assert _rows(d, "MATCH (n) RETURN count(n) AS c") == [{"c": 0}]
    assert _rows(d, "SHOW CONSTRAINTS YIELD name RETURN count(*) AS c") == [{"c": 0}]
    assert {r["type"] for r in _rows(d, "SHOW INDEXES YIELD type")} <= {"LOOKUP"}


def test_each_test_starts_clean(neo4j_driver, neo4j_server) -> None:
    assert neo4j_server.uri.startswith("bolt://127.0.0.1:")
    assert _rows(neo4j_driver, "MATCH (n) RETURN count(n) AS c") == [{"c": 0}]
    neo4j_driver.execute_query("CREATE (:Leftover {x: 1})")
    neo4j_driver.execute_query("CREATE INDEX leftover_x FOR (n:Leftover) ON (n.x)")
