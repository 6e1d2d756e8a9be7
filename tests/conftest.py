"""Shared fixtures.

``store`` is parametrized over backends: add "neo4j" to ``STORE_BACKENDS`` (and a branch in
``_open_store``) when that backend exists, and every test using ``store`` runs on both.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.store import GraphStore

# The real Neo4j test server: ``neo4j_server`` (session) and ``neo4j_driver`` (wiped per test).
from tests.neo4j_server.fixtures import neo4j_driver, neo4j_server  # noqa: F401

STORE_BACKENDS = ["networkx"]


def _open_store(backend: str, tmp_path: Path) -> GraphStore:
    if backend == "networkx":
        from kg.stores.networkx_store import NetworkxStore

        return NetworkxStore(tmp_path / "kgdata")
    raise ValueError(f"unknown backend {backend}")


@pytest.fixture(params=STORE_BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    opened = _open_store(request.param, tmp_path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A data directory for the embedded backend (tests that reopen or share the store)."""
    return tmp_path / "kgdata"


@pytest.fixture
def neo4j_store(neo4j_driver) -> Iterator[GraphStore]:  # type: ignore[no-untyped-def]  # noqa: F811
    """A ``Neo4jStore`` on the test server's wiped database, with its schema created. The
    driver belongs to the ``neo4j_driver`` fixture (the caller owns the driver)."""
    from kg.stores.neo4j_store import Neo4jStore

    opened = Neo4jStore(neo4j_driver)
    opened.ensure_schema()
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """The hand-made county of tests/test_ask_data.py under the test embedder, once per module
    (a module with its own ``county`` fixture uses that one)."""
    from tests.test_ask_data import county_store, install_registry

    install_registry()
    store = county_store(tmp_path_factory.mktemp("county"))
    yield store
    store.close()


@pytest.fixture(scope="session")
def scoring_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GraphStore, object, str]]:
    """The whole corpus in one store, ingested once per session: ../shared/corpus, the seeds
    and samples/示例县, through the real pipeline. Yields (store, search index, embedder note):
    the index uses the default model as users get it (a missing model fails the run)."""

    from ingest.pipeline import ingest_paths
    from kg.index.clause_index import IndexRegistry
    from kg.paths import shared_dir
    from kg.stores.networkx_store import NetworkxStore

    shared = shared_dir()
    folders = [p for p in (shared / "corpus", shared / "seeds", Path(__file__).resolve().parent.parent / "samples" / "示例县")
               if p.is_dir()]
    if len(folders) < 3:
        pytest.fail(f"the scoring corpus is incomplete: found only {[str(f) for f in folders]}")
    store = NetworkxStore(tmp_path_factory.mktemp("scoring") / "kgdata")
    results = ingest_paths(store, folders)
    failed = [r for r in results if r.status == "失败"]
    from kg.index.embedder import model_embedder

    embedder = model_embedder()  # the real model, whatever another module set KG_EMBED_MODEL to
    note = f"默认向量模型（{embedder.name}）"
    index = IndexRegistry(embedder, use_cache=True).index_for(store)
    note = f"语料 {len(results)} 个文件（失败 {len(failed)} 个）；{note}"
    try:
        yield store, index, note
    finally:
        store.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Show what tests marked ``report`` printed (the extractor's precision and recall, the
    question set's accuracy) even in a quiet run, where passing tests' output is hidden; then
    the staff question set's three figures (dev, blind, unanswerable), on every run."""
    for report in terminalreporter.stats.get("passed", []) + terminalreporter.stats.get("failed", []):
        if report.when == "call" and "report" in report.keywords and report.capstdout:
            terminalreporter.section(f"报告：{report.nodeid}")
            terminalreporter.write(report.capstdout)
    from tests.scoring import FIGURES

    terminalreporter.section("问答评分（tests/questions）")
    if not FIGURES:
        terminalreporter.write_line("本次运行没有评分（tests/test_ask_scoring.py 未被选中）")
        return
    for key in ("dev", "blind", "unanswerable"):
        terminalreporter.write_line(FIGURES.get(key, f"{key}：—"))
