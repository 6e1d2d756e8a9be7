""""X是由哪些部门组建的 / 2008年组建X时整合了哪些机构": the units of the founding event at the
date asked, not a later re-forming nor another transfer on the same day (queries.ask.answers
Context._ancestors)."""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("y2008", date="2008-03", jurisdiction="中央")
              .duties("国家发展和改革委员会", "负责能源行业管理。", "负责国民经济规划。")
              .duties("国家能源领导小组办公室", "承担国家能源领导小组日常工作。")
              .duties("国家节能委员会办公室", "承担国家节能委员会的工作。")
              .establish("国家能源局", inputs=["国家能源领导小组办公室"], duties=[("国家发展和改革委员会", "负责能源行业管理")],
                         date="2008-03")
              .transfer_duty("国家节能委员会办公室", "承担国家节能委员会的工作", "国家能源局", date="2008-03"))
    apply_doc(s, doc("y2013", date="2013-03", jurisdiction="中央")
              .duties("国家电力监管委员会", "负责电力监管。")
              .re_form("国家能源局", inputs=["国家能源局", "国家电力监管委员会"], date="2013-03"))
    yield s
    s.close()


def _names(result: dict) -> set[str]:  # type: ignore[type-arg]
    return {u["name"] for u in result["units"]}


@pytest.mark.parametrize("question", ["2008年组建国家能源局时整合了哪些职责和机构？", "2008年国家能源局是由哪些部门的职责整合组建的",
                                      "国家能源局是由哪些部门的职责整合组建的"])
def test_the_founding_units(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert _names(result) == {"国家能源领导小组办公室", "国家发展和改革委员会"}, result["answer"]


def test_a_later_re_forming_at_its_date(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "2013年重新组建国家能源局时整合了哪些机构？")
    assert "国家电力监管委员会" in _names(result) and "国家发展和改革委员会" not in _names(result), result["answer"]


def test_duties_flowing_in_without_founding_words_are_all_listed(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "2010年国家能源局的职责是从哪些部门划过来的？")
    assert {"国家发展和改革委员会", "国家节能委员会办公室"} <= _names(result), result["answer"]
    assert "国家电力监管委员会" not in _names(result)
