""""A和B各有多少编制 / 分别是什么级别": the question asked of each unit it names
(queries.ask.parsing.split_units, queries.ask.core), unless it asks about the pair."""

from __future__ import annotations

import pytest

from queries.ask import ask, parse
from queries.ask.parsing import split_compound, split_units


@pytest.mark.parametrize(("question", "singles"), [
    ("样例县水利局和林业局分别是什么级别", ["样例县水利局分别是什么级别", "样例县林业局分别是什么级别"]),
    ("样例县水利局、国土资源局现在什么规格？", ["样例县水利局现在什么规格", "样例县国土资源局现在什么规格"]),
    ("2017年样例县农业局与林业局归谁管", ["2017年样例县农业局归谁管", "2017年样例县林业局归谁管"]),
    ("样例县的水利局和林业局各有多少编制", ["样例县的水利局各有多少编制", "样例县的林业局各有多少编制"]),
])
def test_the_question_of_each_unit(county, question: str, singles: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert split_units(parse(county, question)) == singles


@pytest.mark.parametrize("question", [
    "样例县水利局和林业局的职责有交叉吗",
    "样例县农业局和林业局在草原防火上怎么分工",
    "样例县水利局和林业局是什么关系",
    "样例县水利局和林业局合并成了什么",
    "样例县水利局现在什么级别",  # one unit
])
def test_a_question_about_the_pair_stays_whole(county, question: str) -> None:  # type: ignore[no-untyped-def]
    assert split_units(parse(county, question)) == []


def test_each_unit_is_answered(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "样例县水利局和国土资源局分别是什么级别？")
    assert [u["name"] for u in result["units"]][:2] == ["样例县水利局", "样例县国土资源局"], result
    assert len(result["parts"]) == 2 and all("正科级" in p["answer"] for p in result["parts"])


def test_an_overlap_question_is_not_split(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "样例县水利局和国土资源局的职责有交叉吗")
    assert result["intent"] == "overlap" and not result["parts"], result


def test_both_units_are_the_subject_of_a_later_part() -> None:
    parts = split_compound("样例县水利局和林业局分别是什么级别，各核定多少行政编制？")
    assert len(parts) == 2 and parts[1].startswith("样例县水利局和林业局"), parts
