""""<place><line of work>机构的沿革" (济阳县计划统计机构的沿革): no one unit is named; the answer is the
place's units whose names carry the line of work's words, oldest first, each with its first
recorded date and its events (queries.ask.answers Context._class_history). Without a place
the question is not guessed at; another place's bodies are never listed.

Documents are built here with the statement builders (tests/builders.py), in the genre.
"""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("chronicle", date="1984", jurisdiction="西河县")
              .establish("审计科", date="1983-09")
              .rename("审计科", "审计局", date="1984-05")
              .establish("物价科", date="1979-03")
              .establish("财政局", date="1978-01"))
    apply_doc(s, doc("other", date="1990", jurisdiction="东河县").establish("审计局", date="1990-02"))
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize("question", ["西河县审计机构的沿革？", "西河县审计机构的历史沿革是怎样的", "西河县审计部门的变迁"])
def test_the_bodies_of_one_line_of_work(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert _names(result) == ["西河县审计局"], result["answer"]
    assert "1983年9月" in result["answer"]
    assert "东河县" not in result["answer"]


def test_two_words_of_a_line(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "西河县物价审计机构的沿革")
    assert _names(result) == ["西河县物价科", "西河县审计局"], result["answer"]


def test_a_line_the_place_does_not_have(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "西河县统计机构的沿革？")
    assert result["units"] == [], result["answer"]
