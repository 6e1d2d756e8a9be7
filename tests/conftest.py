"""Shared fixtures.

``store`` is parametrized over backends: add "neo4j" to ``STORE_BACKENDS`` (and a branch in
``_open_store``) when that backend exists, and every test using ``store`` runs on both.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.store import GraphStore

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
