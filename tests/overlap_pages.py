"""Shared by the overlap tests: the pairs the overlap list gives for one page ingested into a fresh store."""

from __future__ import annotations

from pathlib import Path


def listed_pairs(tmp_path: Path, text: str, jurisdiction: str) -> list[tuple[set[str], str]]:
    """Ingest ``text`` as one page into a store under ``tmp_path`` (hash embedder) and return the overlap
    list of ``jurisdiction`` as (unit names, source) pairs."""
    from ingest.pipeline import ingest_paths
    from kg.index.clause_index import IndexRegistry
    from kg.index.embedder import HashEmbedder
    from kg.stores.networkx_store import NetworkxStore
    from queries.overlaps import duplicated_functions

    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    store = NetworkxStore(tmp_path / "kg")
    try:
        ingest_paths(store, [page])
        index = IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
        pairs = duplicated_functions(store, jurisdiction=jurisdiction, index=index, limit=None)["pairs"]
    finally:
        store.close()
    return [({u["name"] for u in p["units"]}, p["source"]) for p in pairs]
