"""Posts transferred between two units (划转), asked of either side:

* "X的编制怎么处理的 / 划到哪了 / 去向" — where X's posts went: the receiving units first;
* "X从Y划了几名 / Y给X划了多少编制" — the transfer between the two named units, the giving unit
  first; a short name after a unit of one place ("示例县X从民政局…") is of that place.

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
    apply_doc(s, doc("ledger", date="2022-06", jurisdiction="北岸县")
              .unit("民政局", kind="县政府工作部门")
              .unit("退役军人事务局", kind="县政府工作部门")
              .unit("扶贫开发办公室", kind="县政府工作部门")
              .unit("农业农村局", kind="县政府工作部门")
              .staffing("民政局", "行政编制", "划转", 3, counterpart="退役军人事务局", date="2019-03",
                        sentence="将县民政局行政编制3名划转至县退役军人事务局。")
              .staffing("扶贫开发办公室", "行政编制", "划转", 4, counterpart="农业农村局", date="2022-06",
                        sentence="将县扶贫开发办公室行政编制4名划转至县农业农村局。"))
    apply_doc(s, doc("other", date="2019-03", jurisdiction="南岸县").unit("民政局", kind="县政府工作部门"))
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize("question", ["北岸县扶贫开发办公室的编制怎么处理的？", "北岸县扶贫开发办公室的编制划到哪里了",
                                      "北岸县扶贫开发办公室编制的去向？"])
def test_where_the_posts_went(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result)[:1] == ["北岸县农业农村局"], result["answer"]
    assert "4名" in result["answer"]


@pytest.mark.parametrize("question", ["北岸县退役军人事务局从民政局划了几名？", "北岸县民政局给退役军人事务局划了多少编制",
                                      "北岸县退役军人事务局编制多少，从民政局划了几名编制？"])
def test_the_transfer_between_two_units(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    parts = result["parts"] or [result]
    last = parts[-1]
    assert [u["name"] for u in last["units"]][:2] == ["北岸县民政局", "北岸县退役军人事务局"], last["answer"]
    assert "3名" in last["answer"]


def test_no_transfer_between_them(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "北岸县农业农村局从民政局划了几名？")
    assert "划转至北岸县农业农村局" not in result["answer"], result["answer"]
    assert "南岸县民政局" not in _names(result)


@pytest.mark.parametrize("question", ["北岸县退役军人事务局的编制从哪划来的？", "北岸县退役军人事务局编制是哪个单位划过来的",
                                      "北岸县退役军人事务局的编制来源", "北岸县退役军人事务局的编制是从哪里划转的"])
def test_where_the_posts_came_from(store, question: str) -> None:  # type: ignore[no-untyped-def]
    """The transfer is recorded on the giving unit: the receiving unit's question finds it."""
    result = ask(store, question)
    assert _names(result)[:1] == ["北岸县民政局"], result["answer"]
    assert "3名" in result["answer"], result["answer"]


def test_posts_from_nowhere_recorded(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "北岸县民政局的编制从哪划来的")
    assert "北岸县退役军人事务局" not in _names(result)[:1], result["answer"]
