"""Twelfth session (askunknown12): never an answer the graph does not support, and never a
refusal of what it does support.

* a follow-up naming only another unit ("X啥级别？Y呢") asks the same question of Y, so a Y the
  store does not hold is refused in its own part while X stays answered
  (``parsing._of_another_unit``);
* "X加挂哪个 / 哪块牌子" asks the signs X carries, not where X's own name hangs
  (``routing._SIGNS_CARRIED``, ``answers._SIGNS_ASKED``);
* a name ending in 部 before the adverb 分别 / 分头 ends there ("A和B部分别…"), 部分 being the
  word "part" only otherwise (``resolve._ends_before_adverb``);
* an undated document whose text names years (a date line, a document number 〔2019〕) tells
  nothing before the earliest of them: its undated holdings are no answer to 谁负责X, nor its
  undated figures to 编制多少, at an earlier date (``document_dates.document_day``).
"""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.parsing import split_compound
from queries.resolve import name_index
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry

PLACE = "青禾县"


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("qinghe2019", date="2019-03-01", jurisdiction=PLACE)
              .unit("县市场监督管理局", kind="县政府工作部门", rank="正科级", signs=["县知识产权局"], valid_from="2019-03")
              .unit("县农业农村局", kind="县政府工作部门", rank="正科级", valid_from="2019-03"))
    apply_doc(s, doc("central2018", date="2018-03-21")
              .unit("星河资源部", kind="国务院组成部门", rank="正部级", valid_from="2018-03")
              .unit("海天环境部", kind="国务院组成部门", rank="正部级", valid_from="2018-03"))
    apply_doc(s, doc("qinghe-news-undated", jurisdiction=PLACE)
              .unit("县数据局", kind="县政府工作部门", sentence="本报讯 2021年5月8日，县数据局挂牌，为县政府工作部门。")
              .duty("县数据局", "负责统筹全县政务数据资源归集共享和开发利用。"))
    apply_doc(s, doc("qinghe-sanding-undated", jurisdiction=PLACE)
              .unit("县农业农村局", kind="县政府工作部门", sentence="根据《青禾县机构改革方案》(青发〔2019〕3号)，县农业农村局是县政府工作部门。")
              .staffing("县农业农村局", "行政编制", "核定", 21, sentence="县农业农村局行政编制21名。"))
    yield s
    s.close()


def _names(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [u["name"] for u in result["units"]]


# ---------------------------------------------------------------- "X…？Y呢": the same of Y

@pytest.mark.parametrize(("question", "parts"), [
    ("甲县市场监管局啥级别？甲县数据局呢？", ["甲县市场监管局啥级别", "甲县数据局啥级别"]),
    ("乙市自然资源局有多少编制？那乙市林业局呢", ["乙市自然资源局有多少编制", "乙市林业局有多少编制"]),
    ("丙区医保局归谁管？还有丙区信访局呢？", ["丙区医保局归谁管", "丙区信访局归谁管"]),
    ("国家数据局哪年组建的？国家算力局的呢", ["国家数据局哪年组建的", "国家算力局哪年组建的"]),
])
def test_a_follow_up_naming_another_unit_asks_the_same_of_it(question: str, parts: list[str]) -> None:
    assert split_compound(question) == parts


@pytest.mark.parametrize(("question", "parts"), [
    ("甲县应急管理局以前归谁？现在呢", ["甲县应急管理局以前归谁", "甲县应急管理局现在归谁"]),  # a time, not a unit
    ("甲区乡村振兴局在哪挂牌？乙区的呢", ["甲区乡村振兴局在哪挂牌", "乙区乡村振兴局在哪挂牌"]),  # a place
])
def test_a_follow_up_naming_a_time_or_place_is_read_as_before(question: str, parts: list[str]) -> None:
    assert split_compound(question) == parts


@pytest.mark.parametrize("question", [
    "青禾县市场监管局啥级别？青禾县大数据局呢？",
    "青禾县市场监督管理局什么级别？那青禾县低空经济局呢",
])
def test_the_known_part_is_answered_and_the_unknown_one_refused(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert len(result["parts"]) == 2, result["answer"]
    first, second = result["parts"]
    assert _names(first) == ["青禾县市场监督管理局"] and "正科级" in first["answer"], first
    assert second["units"] == [] and "没有找到" in second["answer"], second


# ---------------------------------------------------------------- the signs X carries

@pytest.mark.parametrize("question", [
    "青禾县市场监管局加挂哪个牌子？",
    "青禾县市场监督管理局挂哪块牌子",
    "青禾县市场监管局对外还挂着哪一块牌子？",
    "青禾縣市場監督管理局加掛哪塊牌子？",
])
def test_which_sign_a_unit_carries_is_its_signs(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result)[:1] == ["青禾县市场监督管理局"], result
    assert "知识产权局" in result["answer"], result["answer"]


def test_where_a_sign_hangs_is_still_its_carrier(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "青禾县知识产权局的牌子挂在哪个单位？")
    assert _names(result)[:1] == ["青禾县市场监督管理局"], result


def test_the_signs_of_a_unit_nobody_records_are_refused(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "青禾县冰雪运动局加挂哪块牌子？")
    assert result["units"] == [], result


# ---------------------------------------------------------------- 部 before 分别

@pytest.mark.parametrize("text", [
    "星河资源部和海天环境部分别是什么级别",
    "海天环境部分别对外保留什么牌子",
    "海天环境部分头管哪些事",
])
def test_a_ministry_before_fenbie_is_linked(store, text: str) -> None:  # type: ignore[no-untyped-def]
    linked = [s.text for s in name_index(store).scan(text) if s.kind == "unit"]
    assert "海天环境部" in linked, linked


def test_each_ministry_is_answered(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "星河资源部和海天环境部分别是什么级别？")
    assert sorted(_names(result)) == ["星河资源部", "海天环境部"], result


# ---------------------------------------------------------------- an undated document's years

@pytest.mark.parametrize("question", [
    "2010年谁负责政务数据资源归集共享？",
    "1998年政务数据资源归集共享归哪个部门管？",
])
def test_an_undated_holding_is_no_answer_before_its_documents_years(store, question: str) -> None:  # type: ignore[no-untyped-def]
    assert ask(store, question)["units"] == []


@pytest.mark.parametrize("question", ["谁负责政务数据资源归集共享？", "2022年谁负责政务数据资源归集共享？"])
def test_the_same_holding_is_answered_from_its_documents_years_on(store, question: str) -> None:  # type: ignore[no-untyped-def]
    assert _names(ask(store, question))[:1] == ["青禾县数据局"]


@pytest.mark.parametrize("question", ["2005年青禾县农业农村局有多少编制？", "2010年青禾县农业农村局行政编制多少"])
def test_an_undated_figure_is_no_answer_before_its_documents_number_year(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] == [] and "21" not in result["answer"], result


@pytest.mark.parametrize("question", ["青禾县农业农村局有多少编制？", "2020年青禾县农业农村局行政编制多少"])
def test_the_same_figure_is_answered_from_that_year_on(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result)[:1] == ["青禾县农业农村局"] and "21" in result["answer"], result
