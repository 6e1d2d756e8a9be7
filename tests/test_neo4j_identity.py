"""Identity on the Neo4j backend (issue 12): one event with every source, rebuild in date
order giving what the embedded store gives, merge decisions surviving rebuild."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.migrate import normalized_export
from ingest.pipeline import decide, rebuild
from kg.identity import merged_events
from kg.model import EventType
from kg.store import GraphStore
from kg.stores.networkx_store import NetworkxStore
from tests.builders import apply_doc, doc
from tests.test_identity import establishments, news_and_plan

pytestmark = pytest.mark.neo4j


def test_one_event_many_sources_on_neo4j(neo4j_store: GraphStore) -> None:
    news_and_plan(neo4j_store)
    [event] = establishments(neo4j_store, "自然资源部")
    assert [s["document"] for s in event.attrs["sources"]] == ["plan", "news"] and event.date == "2018-03-21"
    neo4j_store.delete_document("plan")
    [event] = establishments(neo4j_store, "自然资源部")
    assert [s["document"] for s in event.attrs["sources"]] == ["news"]


def _later_first(store: GraphStore) -> None:
    apply_doc(store, doc("d2018", date="2018-03-21", kind="plan")
              .establish("自然资源部", inputs=["国土资源部"], duties=[("国土资源部", None)]).abolish("国土资源部"))
    apply_doc(store, doc("d2008", date="2008-07", kind="sanding").unit("国土资源部", kind="国务院组成部门")
              .duties("国土资源部", "承担保护与合理利用土地资源的责任"))


def test_rebuild_on_neo4j_gives_the_embedded_graph(neo4j_store: GraphStore, tmp_path: Path) -> None:
    reference = NetworkxStore(tmp_path / "kg")
    _later_first(reference)
    rebuild(reference)
    _later_first(neo4j_store)
    rebuild(neo4j_store)
    assert normalized_export(neo4j_store) == normalized_export(reference)
    assert [e.type for e in merged_events(neo4j_store) if e.type == EventType.ESTABLISH] == [EventType.ESTABLISH]


def test_merge_decisions_on_neo4j(neo4j_store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_IDENTITY", str(tmp_path / "identity.yaml"))
    apply_doc(neo4j_store, doc("a", date="2019-03", jurisdiction="示例县", kind="sanding")
              .unit("示例县市场监督管理局").duties("示例县市场监督管理局", "负责全县市场监督管理工作"))
    apply_doc(neo4j_store, doc("b", date="2020-05", jurisdiction="示例县", kind="news").staffing("县市管局", "行政编制", "核增", 2))
    names = {u.name: u.id for u in neo4j_store.units()}
    short, full = names["市管局"], names["市场监督管理局"]
    decide(neo4j_store, short, full)
    assert neo4j_store.get_unit(short) is None and (tmp_path / "identity.yaml").is_file()
    rebuild(neo4j_store)
    assert neo4j_store.get_unit(short) is None
    decide(neo4j_store, "县市管局", full, undo=True)
    assert neo4j_store.get_unit(short) is not None
