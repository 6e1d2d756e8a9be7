"""Tenth session (docs/overlaps.md, "Tenth session"): constructions the held-out bank of real
division pages showed missing. Sentences are written for these tests in the genre's wording;
no corpus or bank document is used. Unit tests run on the hash fake."""

from __future__ import annotations

import pytest

from tests.test_constructions import boundaries, facts_of


def _sets(text: str, place: str = "某县") -> list[frozenset[str]]:
    return [frozenset(b) for b in boundaries(facts_of(text, place))]


@pytest.mark.parametrize(("text", "expected"), [
    # a list sharing one part, beside another clause's own party
    ("县林业局、县水利局负责水土保持林的营造和管护；县农业农村局负责坡耕地水土流失治理。",
     {"县林业局", "县水利局", "县农业农村局"}),
    # the list writes its level prefix once; the document it follows is cited first
    ("《实施方案》明确县教育局、体育局负责校园体育设施的开放管理；县住房和城乡建设局负责社区健身设施的建设管理。",
     {"县教育局", "县体育局", "县住房和城乡建设局"}),
    ("通知规定县商务局负责成品油零售网点的规划；县市场监督管理局、应急管理局负责油品质量和经营安全的监管。",
     {"县商务局", "县市场监督管理局", "县应急管理局"}),
    # two lists, each holding its own part
    ("县民政局、县残联负责困难残疾人生活补贴的审核发放；县卫生健康局、县医疗保障局负责康复救助的定点服务。",
     {"县民政局", "县残联", "县卫生健康局", "县医疗保障局"}),
])
def test_a_list_sharing_a_part_beside_another_party(text: str, expected: set) -> None:
    assert frozenset(expected) in _sets(text)


@pytest.mark.parametrize("text", [
    "县林业局、县水利局负责水土保持林的营造和管护。",  # a list alone: joint work, no division
    "县林业局、县水利局负责水土保持林的营造和管护，县农业农村局参加验收。",  # no ；-clause of its own
])
def test_a_list_alone_stays_joint_work(text: str) -> None:
    assert not any(len(b) > 2 for b in _sets(text))
    assert frozenset({"县林业局", "县水利局"}) not in _sets(text)


def test_paragraphs_under_a_heading_that_states_each_bodys_part() -> None:
    # "明确部门职责" heads one paragraph per body; the first follows the run-in heading on its line
    text = ("二、落实监管责任\n"
            "（一）明确部门职责。县交通运输局负责道路旅客运输企业的行业监管，督促企业落实安全生产主体责任。\n"
            "县公安局负责道路交通安全管理，依法查处客运车辆超员超速行为。\n"
            "县应急管理局负责道路运输安全生产的综合监管。")
    assert frozenset({"县交通运输局", "县公安局", "县应急管理局"}) in _sets(text)


def test_member_duties_heading_marks_division() -> None:
    text = ("三、成员单位职责\n"
            "县卫生健康局负责医疗卫生机构传染病防控的指导和监督。\n"
            "县教育局负责学校和托幼机构的晨检和因病缺课追踪。")
    assert frozenset({"县卫生健康局", "县教育局"}) in _sets(text)


def test_parallel_paragraphs_without_a_division_heading_stay_apart() -> None:
    text = ("县交通运输局负责道路旅客运输企业的行业监管。\n"
            "县公安局负责道路交通安全管理。")
    assert frozenset({"县交通运输局", "县公安局"}) not in _sets(text)
