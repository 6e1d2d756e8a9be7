"""Reform-event constructions added in the ninth session (docs/extraction.md, "Events, ninth session").
Sentences are written for these tests in the genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from tests.test_constructions import events, facts_of


@pytest.mark.parametrize("text", [
    "经反复征求意见，拟提出如下撤并意见：一、撤销东坪乡、西河乡，划归某镇管辖。",
    "县政府驻地镇可增设城镇工作办公室。",
    "根据工作需要，各街道可以设立综合执法队。",
    "经研究，建议撤销县档案局，其职责划入县委办公室。",
    "我县计划组建县数据局，作为县政府工作部门。",
])
def test_a_proposal_or_permission_states_no_change(text: str) -> None:
    assert events(facts_of(text, "某县")) == []


@pytest.mark.parametrize(("text", "expected"), [
    # 拟订/拟定 are a duty's verbs, not a proposal
    ("将县发展和改革局的组织拟订价格政策职责划入县市场监督管理局。",
     ("transfer_duty", ("县发展和改革局",), ("县市场监督管理局",))),
    # the change happened; a proposal named later in the sentence does not undo it
    ("撤销县档案局，拟另行设立县档案馆。", ("abolish", ("县档案局",), ())),
])
def test_a_change_next_to_a_proposal_word_stays(text: str, expected: tuple) -> None:
    found = [e[:3] for e in events(facts_of(text, "某县"))]
    assert expected in found
    assert all(e[0] != "establish" for e in found)


@pytest.mark.parametrize(("text", "body"), [
    ("6月26日上午，县融媒体中心在县广播电视台挂牌成立。", "县融媒体中心"),
    ("县退役军人事务局在县委党校正式挂牌成立，县长出席。", "县退役军人事务局"),
    ("3月1日，县数据局在县政务服务中心挂牌成立。", "县数据局"),
])
def test_the_venue_of_an_opening_is_not_opened(text: str, body: str) -> None:
    assert [e[:3] for e in events(facts_of(text, "某县"))] == [("establish", (), (body,))]
