"""Same input, same graph (issue 12): re-ingesting unchanged files changes nothing, the order
documents are ingested in does not matter (``rebuild``), and over the development corpus and
the seeds no reform is counted twice."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from ingest.pipeline import UNCHANGED, collect_files, delete_document, ingest_paths, rebuild
from kg.dates import start_of
from kg.identity import merged_events
from kg.model import EVENT_SEMANTICS, EventType
from kg.paths import REPO, shared_dir
from kg.store import GraphStore
from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.export import export_json
from queries.lineage import lineage
from queries.resolve import find_unit
from tests.builders import apply_doc, doc

SAMPLE = REPO / "samples" / "示例县"
QUESTION = "2017年县林业工作站的上级是谁"


def exported(store: GraphStore) -> str:
    data = export_json(store)
    for d in data["documents"]:
        d.pop("ingested_at", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def corpus_folders() -> list[Path]:
    shared = shared_dir()
    if not (shared / "corpus").is_dir():
        pytest.fail(f"开发语料不在 {shared}")
    return [shared / "corpus", shared / "seeds"]


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> NetworkxStore:
    store = NetworkxStore(tmp_path_factory.mktemp("corpus") / "kg")
    ingest_paths(store, corpus_folders())
    return store


# ---------------------------------------------------------------- re-ingest is a no-op


def test_reingesting_the_sample_changes_nothing(tmp_path: Path) -> None:
    store = NetworkxStore(tmp_path / "kg")
    ingest_paths(store, [SAMPLE])
    before, answer = exported(store), ask(store, QUESTION)["answer"]
    assert "林业局" in answer
    results = ingest_paths(store, [SAMPLE])
    assert all(UNCHANGED in r.reviews for r in results if r.status == "成功")
    assert exported(store) == before
    assert ask(store, QUESTION)["answer"] == answer


def test_reingesting_the_corpus_changes_nothing(corpus_store: NetworkxStore) -> None:
    before = exported(corpus_store)
    ingest_paths(corpus_store, corpus_folders())
    assert exported(corpus_store) == before


def test_rebuild_of_a_batch_is_the_batch(corpus_store: NetworkxStore) -> None:
    before = exported(corpus_store)
    assert rebuild(corpus_store).documents == len(corpus_store.documents())
    assert exported(corpus_store) == before


# ---------------------------------------------------------------- order does not matter


def test_three_ingest_orders_give_byte_identical_exports(tmp_path: Path, corpus_store: NetworkxStore) -> None:
    files, _ = collect_files(corpus_folders())
    batch = exported(corpus_store)
    reverse = NetworkxStore(tmp_path / "reverse")
    for path in reversed(files):
        ingest_paths(reverse, [path])
    assert exported(reverse) == batch
    shuffled_files = list(files)
    random.Random(12).shuffle(shuffled_files)
    shuffled = NetworkxStore(tmp_path / "shuffled")
    for start in range(0, len(shuffled_files), 7):
        ingest_paths(shuffled, shuffled_files[start:start + 7])
    assert exported(shuffled) == batch


def test_an_earlier_document_ingested_later_gives_the_batch_graph(tmp_path: Path) -> None:
    def docs() -> list:  # type: ignore[type-arg]
        return [doc("d2008", date="2008-07", kind="sanding").unit("国土资源部", kind="国务院组成部门")
                .duties("国土资源部", "承担保护与合理利用土地资源的责任").build(),
                doc("d2018", date="2018-03-21", kind="plan").establish("自然资源部", inputs=["国土资源部"],
                                                                     duties=[("国土资源部", None)])
                .abolish("国土资源部").build()]
    in_order = NetworkxStore(tmp_path / "a")
    for facts in docs():
        apply_doc(in_order, facts)
    late = NetworkxStore(tmp_path / "b")
    for facts in reversed(docs()):
        apply_doc(late, facts)
    assert exported(late) != exported(in_order)  # applied naively, the order shows
    rebuild(late)
    assert exported(late) == exported(in_order)


# ---------------------------------------------------------------- no reform counted twice


def _normalized_outputs(store: GraphStore, event) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return tuple(sorted(store.name_at(u) for u in (event.outputs or event.inputs)))


def _family(type_: str) -> str:
    return EVENT_SEMANTICS[EventType(type_)].family


def duplicate_reforms(store: GraphStore) -> list[tuple[str, str | None, str | None]]:
    """Pairs of events of one type family with the same output names from different
    documents, within 60 days (or the same year when one is only year-precise)."""
    events = merged_events(store)
    found = []
    for i, a in enumerate(events):
        for b in events[i + 1:]:
            if _family(a.type) != _family(b.type) or not a.date or not b.date:
                continue
            docs_a = {s["document"] for s in a.attrs["sources"]}
            docs_b = {s["document"] for s in b.attrs["sources"]}
            if docs_a & docs_b or docs_a == docs_b:
                continue
            if _normalized_outputs(store, a) != _normalized_outputs(store, b):
                continue
            close = abs((start_of(a.date) - start_of(b.date)).days) <= 60
            same_year = a.date[:4] == b.date[:4] and (len(a.date) == 4 or len(b.date) == 4)
            if close or same_year:
                found.append((str(a.type), a.date, b.date))
    return found


def test_no_reform_is_counted_twice_over_the_corpus(corpus_store: NetworkxStore) -> None:
    assert duplicate_reforms(corpus_store) == []


def test_the_lineage_of_the_land_ministry_shows_one_establishment_of_its_heir(corpus_store: NetworkxStore) -> None:
    mlr = find_unit(corpus_store, "国土资源部", at="2010")
    heirs = [d for d in lineage(corpus_store, mlr)["descendants"] if d["name"] == "自然资源部"]
    assert len(heirs) == 1
    [event] = [e for e in heirs[0]["events"] if e["type"] == "establish"]
    assert event["source_count"] == 2
    assert {s["date"] for s in event["sources"]} == {"2018-03-13", "2018-03-21"}


def test_events_several_gold_documents_report_list_every_source(corpus_store: NetworkxStore) -> None:
    """Every 组建/重新组建/不再保留 that k development gold files report is one event with k
    sources (the gold files of the corpus and the seeds, written by hand)."""
    import yaml

    from kg.text import normalize_name

    def loose(name: str) -> str:  # 浏阳经开区… in the gold, 浏阳市经开区… in the store
        return normalize_name(name).replace("市", "")

    # each report's date (the event's, else its document's); the identity rule (docs/identity.md)
    # joins reports whose dates agree, so a report months after the fact ("新组建的X…" in a
    # September news item) is a mention, not a second report
    dated: dict[tuple[str, str], dict[str, str]] = {}
    for path in sorted((REPO / "tests" / "gold").glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(gold, dict) or "file" not in gold:
            continue
        for ev in gold.get("events") or []:
            if ev["type"] in ("establish", "re_form", "abolish"):
                for name in ev.get("outputs") or ev.get("inputs") or []:
                    dated.setdefault((ev["type"], loose(name)), {})[Path(gold["file"]).name] = str(
                        ev.get("date") or gold.get("date") or "")
    reported: dict[tuple[str, str], set[str]] = {}
    for key, by_file in dated.items():
        days = sorted(d for d in by_file.values() if len(d) == 10)
        first = days[0] if days else None
        reported[key] = {f for f, d in by_file.items()
                         if not first or len(d) < 10
                         or (date.fromisoformat(d) - date.fromisoformat(first)).days <= 60}
    several = {k: v for k, v in reported.items() if len(v) > 1}
    assert len(several) >= 7
    for (type_, name), files in sorted(several.items()):
        listed = []
        for e in merged_events(corpus_store):
            units = e.inputs if type_ == "abolish" else e.outputs
            if e.type == type_ and any(loose(corpus_store.name_at(u)) == name for u in units):
                listed.append({Path(corpus_store.document(s["document"]).path or "").name for s in e.attrs["sources"]})
        assert len(listed) == 1 and listed[0] >= files, (type_, name, files, listed)


def test_deleting_a_document_gives_the_graph_of_the_others(tmp_path: Path) -> None:
    files, _ = collect_files(corpus_folders())
    store = NetworkxStore(tmp_path / "all")
    ingest_paths(store, files)
    docs = sorted(store.documents(), key=lambda d: (d.date or "", d.id))
    victim = docs[len(docs) // 3]  # documents after it were resolved with it present
    assert delete_document(store, victim.id)
    others = NetworkxStore(tmp_path / "others")
    ingest_paths(others, [f for f in files if f.resolve() != Path(victim.path or "").resolve()])
    assert exported(store) == exported(others)
    assert not delete_document(store, victim.id)
