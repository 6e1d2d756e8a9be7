"""pytest fixtures for the real Neo4j test server.

In tests/conftest.py:

    from tests.neo4j_server.fixtures import neo4j_server, neo4j_driver  # noqa: F401

``neo4j_server`` (session): a started :class:`Neo4jServer` (``.uri``, auth off).
``neo4j_driver`` (function): a ``neo4j.Driver`` to it, on a wiped database (no data, no
constraints, no indexes but the built-in LOOKUP ones); closed after the test.

If Java/Maven are missing or the server cannot be built or started, the tests that use these
fixtures are skipped with one line, or FAIL when the environment has ``CI=true``.

The server is one per process: importing the fixtures into several modules (or conftests)
still starts a single JVM, stopped after the last user's teardown (and at exit).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from tests.requirements import unavailable

from .harness import Neo4jServer, Neo4jUnavailable, wipe

_lock = threading.Lock()
_server: Neo4jServer | None = None
_users = 0
_failure: str | None = None



def _acquire() -> Neo4jServer:
    global _server, _users, _failure
    with _lock:
        if _failure is not None:  # do not retry a failed build/start for every module
            raise Neo4jUnavailable(_failure)
        if _server is None:
            server = Neo4jServer()
            try:
                server.start()
            except Neo4jUnavailable as e:
                _failure = e.reason
                raise
            _server = server
        _users += 1
        return _server


def _release() -> None:
    global _server, _users
    with _lock:
        _users -= 1
        if _users <= 0 and _server is not None:
            _server.stop()
            _server = None
            _users = 0


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jServer]:
    try:
        server = _acquire()
    except Neo4jUnavailable as e:
        unavailable("Neo4j test server", e.reason)
        raise  # unreachable: skip/fail raise
    try:
        yield server
    finally:
        _release()


@pytest.fixture
def neo4j_driver(neo4j_server: Neo4jServer):  # type: ignore[no-untyped-def]
    import neo4j

    driver = neo4j.GraphDatabase.driver(neo4j_server.uri, auth=None)
    try:
        wipe(driver)
        yield driver
    finally:
        driver.close()
