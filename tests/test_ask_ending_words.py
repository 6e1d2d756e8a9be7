""""X是保留还是撤并了 / X还保留吗": the answer says how the unit ended and, when the document
said it in other words than the event's label (撤并, 合并), quotes that sentence; when the
sentence only repeats the label ("不再保留X。"), it is not quoted again (queries.ask.answers
Context._descendants)."""

from __future__ import annotations

import pytest

from kg.model import EventType
from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry

_MERGED = "推行大部门体制，组建县发展和改革局、县文化旅游广电局、县住房和城乡建设局、县城乡规划局等机构，撤并县乡企局、县物价局等机构。"


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("county2012", date="2012-02-01", jurisdiction="旬阳县")
              .unit("县乡企局").unit("县物价局").unit("县审计局")
              .event(EventType.ABOLISH, _MERGED, inputs=["县乡企局", "县物价局"], date="2012-02-01"))
    apply_doc(s, doc("county2013", date="2013-05-01", jurisdiction="旬阳县").abolish("县审计局", date="2013-05-01"))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["旬阳县乡企局2012年改革是保留还是撤并了？", "旬阳县物价局还保留吗"])
def test_the_documents_own_words_are_quoted(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] and result["units"][0]["name"].startswith("旬阳县"), result
    assert "撤并县乡企局、县物价局" in result["answer"], result["answer"]


def test_a_sentence_repeating_the_label_is_not_quoted(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "旬阳县审计局是保留还是撤了？")
    assert "不再保留" in result["answer"], result["answer"]
    assert "“不再保留" not in result["answer"], result["answer"]
