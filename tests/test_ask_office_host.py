""""X委员会办公室设在哪个部门": the office of a coordinating body sits in the unit whose duty
clause carries the body's daily work (queries.ask.answers Context._office_host)."""

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
    apply_doc(s, doc("sanding", date="2015-01", jurisdiction="某县")
              .duties("某县民政局", "负责全县社会救助工作。", "承担县老龄工作委员会的日常工作。")
              .duties("某县水利局", "负责全县水资源管理。", "承担县防汛抗旱指挥部的日常工作。"))
    apply_doc(s, doc("reform", date="2019-03", jurisdiction="某县")
              .unit("某县卫生健康局")
              .transfer_duty("某县民政局", "承担县老龄工作委员会的日常工作", "某县卫生健康局", date="2019-03"))
    yield s
    s.close()


@pytest.mark.parametrize(("question", "host"), [
    ("某县老龄工作委员会办公室设在哪个部门？", "某县卫生健康局"),
    ("2017年某县老龄工作委员会办公室设在哪", "某县民政局"),
    ("某县防汛抗旱指挥部办公室在哪个单位", "某县水利局"),
    ("某县的防汛抗旱指挥部办公室现在设在哪里？", "某县水利局"),
])
def test_the_host_of_a_bodys_office(store, question: str, host: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert [u["name"] for u in result["units"]][:1] == [host], result
    assert "日常工作" in result["answer"]


@pytest.mark.parametrize("question", ["某县安全生产委员会办公室设在哪个部门？", "某县森林防火指挥部办公室在哪"])
def test_no_host_when_no_clause_carries_the_bodys_work(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] == [] and "没有找到" in result["answer"], result


@pytest.mark.parametrize("question", ["某县老龄工作委员会办公室这几年设在哪些部门？", "某县老龄工作委员会办公室先后设在哪几个部门",
                                      "某县老龄工作委员会办公室以前设在哪个单位？"])
def test_the_hosts_over_time(store, question: str) -> None:  # type: ignore[no-untyped-def]
    """"这几年设在哪些部门 / 以前设在哪": today's host, then the one the daily work moved from."""
    result = ask(store, question)
    assert [u["name"] for u in result["units"]][:2] == ["某县卫生健康局", "某县民政局"], result["answer"]
    assert "以前由某县民政局承担" in result["answer"], result["answer"]


def test_no_earlier_host_said_when_the_work_never_moved(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "某县防汛抗旱指挥部办公室这几年设在哪些部门？")
    assert [u["name"] for u in result["units"]] == ["某县水利局"], result["answer"]
    assert "没有找到此前设在其他部门的记录" in result["answer"], result["answer"]
