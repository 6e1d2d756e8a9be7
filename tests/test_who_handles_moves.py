"""谁负责X when a reform moved X between two units that both still list it (queries.who_handles.
moved_away): "将A的X职责划入B" in a document without a date leaves two holdings of X with no
dates; the move says B holds X since and A held it before."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.who_handles import who_handles
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry

DUTY = "综合协调食品安全、组织查处食品安全重大事故的职责。"


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    yield s
    s.close()


def _undated(store: NetworkxStore) -> None:
    apply_doc(store, doc("adjust", date=None, jurisdiction="某县")
              .duties("某县卫生局", "负责全县医疗机构监督管理。")
              .duties("某县食品药品监督管理局", DUTY, "负责全县药品监督管理。")
              .transfer_duty("某县食品药品监督管理局", DUTY.rstrip("。"), "某县卫生局"))


@pytest.mark.parametrize("question", ["谁负责综合协调食品安全？", "某县组织查处食品安全重大事故归哪个部门",
                                      "食品安全综合协调现在由谁负责"])
def test_an_undated_move_leaves_the_receiver_as_holder(store, question: str) -> None:  # type: ignore[no-untyped-def]
    _undated(store)
    result = ask(store, question)
    assert [u["name"] for u in result["units"]][:1] == ["某县卫生局"], result
    assert "某县食品药品监督管理局" not in [u["name"] for u in result["units"]]
    assert "此前由某县食品药品监督管理局" in result["answer"]


def test_the_source_keeps_what_did_not_move(store) -> None:  # type: ignore[no-untyped-def]
    _undated(store)
    assert [r["name"] for r in who_handles(store, "药品监督管理")][:1] == ["某县食品药品监督管理局"]


def test_a_duty_that_came_back_is_held_again(store) -> None:  # type: ignore[no-untyped-def]
    """2019 A→B, 2024 B→A: A holds it now and before 2019, B in between."""
    apply_doc(store, doc("ledger", date="2015-01", jurisdiction="某县")
              .duties("某县民政局", "承担县老龄工作委员会的日常工作。"))
    apply_doc(store, doc("r2019", date="2019-03", jurisdiction="某县")
              .unit("某县卫生健康局")
              .transfer_duty("某县民政局", "承担县老龄工作委员会的日常工作", "某县卫生健康局", date="2019-03"))
    apply_doc(store, doc("r2024", date="2024-03", jurisdiction="某县")
              .transfer_duty("某县卫生健康局", "承担县老龄工作委员会的日常工作", "某县民政局", date="2024-03"))
    for at, holder in (("2017", "某县民政局"), ("2021", "某县卫生健康局"), ("2025", "某县民政局")):
        assert [r["name"] for r in who_handles(store, "老龄工作委员会的日常工作", at=at)][:1] == [holder], at
