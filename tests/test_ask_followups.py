"""Follow-ups that name only a time ("X以前归谁？现在呢？", "2017年呢") are the question before,
asked at that time; items listed with 、 before the question stay one question
(queries.ask.parsing.split_compound)."""

from __future__ import annotations

import pytest

from queries.ask import ask
from queries.ask.parsing import split_compound


@pytest.mark.parametrize(("question", "parts"), [
    ("草原防火以前归哪个部门管？现在呢？", ["草原防火以前归哪个部门管", "草原防火现在归哪个部门管"]),
    ("谁负责森林防火？2017年呢", ["谁负责森林防火", "2017年谁负责森林防火"]),
    ("样例县水利局现在归谁管，那改革前呢", ["样例县水利局现在归谁管", "样例县水利局改革前归谁管"]),
    ("样例县国土资源局是什么级别？改革后呢？", ["样例县国土资源局是什么级别", "样例县国土资源局改革后是什么级别"]),
    ("防汛抗旱、森林防火原来归谁？现在呢", ["防汛抗旱、森林防火原来归谁", "防汛抗旱、森林防火现在归谁"]),
])
def test_a_time_alone_repeats_the_question_at_that_time(question: str, parts: list[str]) -> None:
    assert split_compound(question) == parts


@pytest.mark.parametrize("question", ["防汛抗旱、森林防火是哪几个部门分头管的", "现在呢", "样例县水利局的编制现在是多少"])
def test_no_follow_up(question: str) -> None:
    assert len(split_compound(question)) == 1


def test_both_times_are_answered(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "草原防火2017年归哪个部门？现在呢？")
    assert len(result["parts"]) == 2, result
    assert result["parts"][0]["units"][0]["name"] == "样例县农业局"
    assert result["parts"][1]["units"][0]["name"] == "样例县应急管理局"
