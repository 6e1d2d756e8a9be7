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


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Show what tests marked ``report`` printed (the extractor's precision and recall, the
    question set's accuracy) even in a quiet run, where passing tests' output is hidden."""
    for report in terminalreporter.stats.get("passed", []) + terminalreporter.stats.get("failed", []):
        if report.when == "call" and "report" in report.keywords and report.capstdout:
            terminalreporter.section(f"报告：{report.nodeid}")
            terminalreporter.write(report.capstdout)
