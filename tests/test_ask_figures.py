"""Figures answered with their wording: a rank with its kind (and the kind with its rank), the
source sentence of leadership posts and of a division count, the document a quota rests on when
it is asked ("依据什么文件"), "设了几个司/股" as the count of internal divisions."""

from __future__ import annotations

import pytest

from queries.ask import ask
from queries.ask.intents import Intent, mode_of
from queries.ask.parsing import split_compound
from tests.test_ask_data import install_registry


@pytest.mark.parametrize("question", ["2017年样例县水利局是什么级别？", "2017年样例县水利局什么规格的"])
def test_a_rank_comes_with_the_kind(county, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, question)
    assert "正科级" in result["answer"] and "政府工作部门" in result["answer"], result["answer"]


def test_a_kind_comes_with_the_rank(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "2017年样例县水利局是什么性质的单位？")
    assert "政府工作部门" in result["answer"] and "正科级" in result["answer"], result["answer"]


def test_leadership_posts_quote_their_sentence(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "样例县自然资源局领导职数怎么配？")
    assert result["intent"] == "staffing", result
    assert "原文：“县自然资源局设局长1名”" in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["样例县国土资源局2017年的编制依据什么文件", "2017年样例县国土资源局有多少编制，依据什么文件？",
                                      "2017年样例县国土资源局有多少编制，文号是什么"])
def test_the_basis_of_a_quota_when_asked(county, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, question)
    assert result["intent"] == "staffing" and not result["parts"], result
    assert "20名" in result["answer"] and "原文：“县国土资源局机关行政编制20名”" in result["answer"], result["answer"]


def test_no_quote_unless_the_basis_is_asked(county) -> None:  # type: ignore[no-untyped-def]
    assert "原文" not in ask(county, "2017年样例县国土资源局有多少编制？")["answer"]


@pytest.mark.parametrize(("question", "parts"), [
    ("X局核定多少编制，依据什么文件", 1),
    ("X局有多少编制，根据哪个文件？", 1),
    ("X局有多少编制，出处是什么", 1),
    ("X局有多少编制，什么级别？", 2),
])
def test_a_basis_part_belongs_to_the_question_before(question: str, parts: int) -> None:
    assert len(split_compound(question)) == parts


@pytest.mark.parametrize("text", ["国家能源局三定设了几个司", "样例县农业局有几个股", "市卫健委多少个科", "设了多少个处"])
def test_a_count_of_divisions_by_their_ending(text: str) -> None:
    assert mode_of(Intent.STAFFING, text) == "divisions"


@pytest.fixture
def adjusted(tmp_path):  # type: ignore[no-untyped-def]
    from kg.stores.networkx_store import NetworkxStore
    from tests.builders import apply_doc, doc

    install_registry()
    store = NetworkxStore(tmp_path / "kg")
    apply_doc(store, doc("adjust", date="2019-03-01", jurisdiction="某省", title="关于某省信访局机构编制调整的通知")
              .unit("某省信访局")
              .staffing("某省信访局", "行政编制", "核减", 4, date="2019-03-01", sentence="核减机关行政编制4名。")
              .staffing("某省信访局", "行政编制", "核定", 78, date="2019-03-01", sentence="调整后，省信访局机关行政编制78名。"))
    yield store
    store.close()


@pytest.mark.parametrize("question", ["某省信访局调整前编制是多少？", "2018年某省信访局有多少行政编制", "某省信访局改革前几个编制"])
def test_the_quota_before_an_adjustment_is_the_figure_after_less_the_change(adjusted, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(adjusted, question)
    assert result["intent"] == "staffing" and result["units"], result
    assert "行政编制82名" in result["answer"] and "核减4名" in result["answer"], result["answer"]


def test_after_the_adjustment_the_recorded_figure(adjusted) -> None:  # type: ignore[no-untyped-def]
    result = ask(adjusted, "某省信访局现在有多少编制")
    assert "78名" in result["answer"] and "82名" not in result["answer"], result["answer"]


def test_no_figure_before_without_a_stated_change(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kg.stores.networkx_store import NetworkxStore
    from tests.builders import apply_doc, doc

    install_registry()
    store = NetworkxStore(tmp_path / "kg")
    apply_doc(store, doc("set", date="2019-03-01", jurisdiction="某省").unit("某省信访局")
              .staffing("某省信访局", "行政编制", "核定", 78, date="2019-03-01"))
    result = ask(store, "2018年某省信访局有多少编制")
    assert not result["units"] and "78" not in result["answer"], result
    store.close()
