"""Lineage questions over more than one step, and one event of two named units
(queries.ask): "X前身的前身", "X后来怎么样了" when X's heir was itself replaced later,
"A和B合并了吗 / 合并成什么了", "X由哪些单位重新组建的".

Documents are built here with the statement builders (tests/builders.py), in the genre; the
questions are written for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.intents import Intent, mode_of
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("y2010", date="2010-05", jurisdiction="青禾县")
              .unit("卫生局", kind="县政府工作部门")
              .unit("人口和计划生育局", kind="县政府工作部门")
              .unit("文化局", kind="县政府工作部门")
              .unit("广播电视局", kind="县政府工作部门")
              .establish("卫生和计划生育局", inputs=["卫生局", "人口和计划生育局"], date="2010-05")
              .abolish("卫生局", "人口和计划生育局", date="2010-05")
              .establish("文化广电局", inputs=["文化局", "广播电视局"], date="2010-05"))
    apply_doc(s, doc("y2019", date="2019-03", jurisdiction="青禾县")
              .unit("司法局", kind="县政府工作部门")
              .unit("人民政府法制办公室", kind="县政府办事机构")
              .unit("物价局", kind="县政府工作部门")
              .unit("发展和改革局", kind="县政府工作部门")
              .establish("卫生健康局", inputs=["卫生和计划生育局"], date="2019-03")
              .abolish("卫生和计划生育局", date="2019-03")
              .re_form("司法局", inputs=["司法局", "人民政府法制办公室"], date="2019-03")
              .abolish("人民政府法制办公室", date="2019-03")
              .merge_into(["物价局"], "发展和改革局", date="2019-03"))
    yield s
    s.close()


def _names(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize("question", ["青禾县卫生健康局前身的前身是哪几个部门？", "青禾县卫生健康局的前身再往前是什么？",
                                      "青禾县卫生健康局更早的前身有哪些"])
def test_roots_of_roots(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert set(_names(result)) == {"青禾县卫生局", "青禾县人口和计划生育局"}, result["answer"]
    assert "青禾县卫生和计划生育局" in result["answer"], "the step between is said"


def test_a_plain_predecessor_question_is_one_step(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "青禾县卫生健康局的前身是什么？")
    assert _names(result)[:1] == ["青禾县卫生和计划生育局"], result["answer"]


def test_a_later_heir_is_told_through_the_step_between(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "青禾县卫生局后来怎么样了？")
    assert _names(result)[:1] == ["青禾县卫生健康局"], result["answer"]
    assert "青禾县卫生和计划生育局" in result["answer"] and "2010" in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["青禾县卫生局和县人口计生局合并了吗？", "青禾县卫生局与人口和计划生育局后来合并成什么了",
                                      "青禾县卫生局、县人口和计划生育局是不是合到一起了？",
                                      "青禾县卫生局和县人口和计划生育局合并了吗？合成了哪个部门？"])
def test_two_units_in_one_event(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert _names(result)[:1] == ["青禾县卫生和计划生育局"], result["answer"]
    assert result["answer"].startswith("是的"), result["answer"]


def test_one_unit_went_into_the_other(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "青禾县物价局和县发改局合并了吗？")
    assert _names(result)[:1] == ["青禾县发展和改革局"], result["answer"]
    result = ask(store, "青禾县法制办和县司法局合并了吗")
    assert _names(result)[:1] == ["青禾县司法局"], result["answer"]


def test_two_units_never_merged(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "青禾县卫生局和县文化局合并了吗？")
    assert result["answer"].startswith("没有找到"), result["answer"]


@pytest.mark.parametrize("question", ["青禾县司法局是由哪些单位重新组建的？", "青禾县司法局重新组建时整合了哪些部门的职责"])
def test_a_re_formed_unit_counts_itself_among_its_sources(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert set(_names(result)) == {"青禾县司法局", "青禾县人民政府法制办公室"}, result["answer"]


def test_re_formed_is_no_newly_formed_cue() -> None:
    assert mode_of(Intent.LINEAGE, "司法局是由哪些单位重新组建的") == "from"
    assert mode_of(Intent.LINEAGE, "新组建的是哪个局") == "to"


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("r2019", date="2019-03", jurisdiction="石埠县")
              .unit("农业局", kind="县政府工作部门")
              .unit("民政局", kind="县政府工作部门")
              .rename("农业局", "农业农村局", date="2019-03")
              .transfer_duty("民政局", "农村低保对象认定协助职责", "农业农村局", date="2019-03"))
    apply_doc(s, doc("r2024", date="2024-03", jurisdiction="石埠县")
              .unit("乡村振兴局", kind="县政府工作部门")
              .merge_into(["乡村振兴局"], "农业农村局", date="2024-03"))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["石埠县农业农村局的前身是什么？", "石埠县农业农村局前身是哪个局"])
def test_the_former_name_is_the_predecessor_of_a_body_renamed_first(renamed, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(renamed, question)
    assert result["units"][0]["name"] in ("石埠县农业局", "石埠县农业农村局"), result
    assert "原名石埠县农业局" in result["answer"] and "石埠县乡村振兴局" in result["answer"], result["answer"]


def test_what_formed_it_still_lists_the_merged_body(renamed) -> None:  # type: ignore[no-untyped-def]
    result = ask(renamed, "石埠县农业农村局是由哪些单位组建的？")
    assert _names(result)[:1] == ["石埠县乡村振兴局"], result["answer"]
