""""X怎么分工 / 进市场前后谁管 / A和B分别负责什么 / 归A管还是B管": the 职责分工 statement that
says X answers with the units it names (queries.boundaries.division_of, queries.ask)."""

from __future__ import annotations

from datetime import date

import pytest

from queries.ask import ask
from queries.boundaries import division_of

SPLIT = {"样例县农业农村局", "样例县市场监督管理局"}


@pytest.mark.parametrize("question", [
    "样例县食用农产品进入市场前后分别由谁监管？",
    "样例县食用农产品进入批发零售市场前后谁管",
    "食用农产品进入生产加工企业前后的质量安全监督管理怎么分工",
    "样例县食用农产品质量安全，农业农村局和市场监督管理局怎么分工？",
    "食用农产品到底归农业农村局管还是市场监督管理局管",
])
def test_a_division_question_is_answered_by_the_statement(county, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, question)
    assert {u["name"] for u in result["units"]} == SPLIT, result
    assert "职责分工" in result["answer"] and "进入批发、零售市场" in result["answer"]


@pytest.mark.parametrize("question", [
    "样例县防汛抗旱怎么分工",  # no statement divides it
    "样例县食用农产品质量安全归谁管",  # not a question about the division
    "样例县城乡规划前后谁管",
])
def test_no_statement_when_none_says_it_or_none_is_asked(county, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, question)
    assert "职责分工规定" not in result["answer"], result


def test_a_statement_written_after_the_date_asked_is_not_yet_said(county) -> None:  # type: ignore[no-untyped-def]
    topic = "食用农产品进入批发零售市场"
    assert division_of(county, topic, None) is not None
    assert division_of(county, topic, None, day=date(2015, 1, 1)) is None
    assert division_of(county, topic, None, jurisdiction="另一县") is None
