"""One implementation per question: the same who-handles question asked through POST /ask,
GET /who-handles and `kg who-handles` gives the same ordered units; /health says 503 until
the start-up warm-up is done."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import Depends, Request
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli_app
from api.deps import get_index, get_store
from api.settings import Settings
from kg.store import GraphStore
from queries.ask.answers import WHO_TOP
from tests.test_api import wait_ready
from tests.test_ask_data import county_store, install_registry

runner = CliRunner()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    install_registry()
    directory = tmp_path_factory.mktemp("one-answer")
    county_store(directory).close()
    return directory / "kgdata"


@pytest.fixture(scope="module")
def client(data_dir: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(store_path=str(data_dir)))) as c:
        wait_ready(c)
        yield c


CASES = [
    # (question, topic, at, jurisdiction)
    ("谁负责草原防火？", "草原防火", None, None),
    ("2017年谁负责草原防火？", "草原防火", "2017", None),
    ("样例县森林防火由哪个部门负责", "森林防火", None, "样例县"),
    ("2018年样例县安全生产监督管理归哪个部门管", "安全生产监督管理", "2018", "样例县"),
    ("哪个单位承担城乡规划管理", "城乡规划管理", None, None),
]


@pytest.mark.parametrize(("question", "topic", "at", "place"), CASES)
def test_ask_route_and_cli_give_the_same_units(client: TestClient, data_dir: Path, question: str, topic: str,
                                                at: str | None, place: str | None) -> None:
    asked = client.post("/ask", json={"question": question}).json()
    assert asked["intent"] == "who_handles" and asked["topic"] == topic, asked
    params = {"q": topic, "top": WHO_TOP, **({"at": at} if at else {}), **({"jurisdiction": place} if place else {})}
    routed = client.get("/who-handles", params=params).json()
    args = ["who-handles", topic, "--top", str(WHO_TOP), "--json", "--store", str(data_dir)]
    args += ["--at", at] if at else []
    args += ["--jurisdiction", place] if place else []
    done = runner.invoke(cli_app, args)
    assert done.exit_code == 0, done.output
    from_cli = json.loads(done.output)
    ask_ids = [u["id"] for u in asked["units"]]
    assert ask_ids, asked
    assert ask_ids == [r["id"] for r in routed["results"]] == [r["id"] for r in from_cli["results"]]


def test_health_is_503_until_the_warm_up_is_done(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import api.app as app_module

    release = threading.Event()
    real = app_module._warm_up

    def slow(app, store):  # type: ignore[no-untyped-def]
        release.wait(30)
        real(app, store)

    monkeypatch.setattr(app_module, "_warm_up", slow)
    with TestClient(create_app(Settings(store_path=str(data_dir)))) as c:
        early = c.get("/health")
        assert early.status_code == 503 and early.json()["error"]["code"] == "not_ready"
        release.set()
        body = wait_ready(c)
        assert body["status"] == "ok" and body["warmup_seconds"] is not None


def test_index_is_a_dependency_built_in_the_lifespan(data_dir: Path) -> None:

    app = create_app(Settings(store_path=str(data_dir)))
    assert app.state.registry is None  # nothing built at construction
    with TestClient(app) as c:
        wait_ready(c)
        assert app.state.registry is not None
        seen = []
        real = get_index

        def spy(request: Request, store: GraphStore = Depends(get_store)):  # type: ignore[no-untyped-def]
            index = real(request, store)
            seen.append(index)
            return index

        app.dependency_overrides[get_index] = spy
        assert c.get("/who-handles", params={"q": "草原防火"}).status_code == 200
        assert c.post("/ask", json={"question": "谁负责草原防火"}).status_code == 200
        assert len(seen) == 2 and seen[0] is seen[1]
