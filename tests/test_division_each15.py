"""Families of 职责分工 wording read in the fifteenth session (docs/extraction.md, "职责分工
sentences"): a list of bodies each holding its own part ("分别负责", "分别由A、B负责", "按照职责分工，
分别承担…"), a role named after 是/作为 with the matter between ("A是X的牵头部门，B是配合部门"),
supporters "等部门按照各自职责做好…" / "依职责负责", and "对X负…责任". Sentences are written for
these tests in the genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from tests.test_boundary_parts import parts
from tests.test_constructions import boundaries, facts_of


def _sets(text: str, place: str = "某县") -> list[frozenset[str]]:
    return [frozenset(b) for b in boundaries(facts_of(text, place))]


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("县农业农村局、县市场监管局按照职责分工，分别负责食用农产品生产环节和流通环节的监管。", "某县",
     {"县农业农村局", "县市场监管局"}),
    ("县教育局和县人力资源和社会保障局分别承担学历教育和职业技能培训的审批职责。", "某县",
     {"县教育局", "县人力资源和社会保障局"}),
    ("省发展改革委、省能源局根据各自职责，分别负责电力规划和煤炭行业管理。", "某省", {"省发展改革委", "省能源局"}),
    ("市公安局、市交通运输局、市城管局按照法定职责分别做好道路运输安全监管工作。", "某市",
     {"市公安局", "市交通运输局", "市城管局"}),
    ("区水利局、区自然资源局分别对河道管理范围内和范围外的采砂活动负监管责任。", "某区", {"区水利局", "区自然资源局"}),
    # the parties after the matter: "分别由A、B负责"
    ("食用农产品生产环节和流通环节的质量安全监管，分别由县农业农村局、县市场监管局负责。", "某县",
     {"县农业农村局", "县市场监管局"}),
    ("种植环节和销售环节分别由县农业农村局和县市场监管局负责监管。", "某县", {"县农业农村局", "县市场监管局"}),
    # after a party of its own part: "…；B、C各司其职，分别负责…"
    ("县卫生健康局负责医疗机构的监管；县医保局、县市场监管局各司其职，分别负责医保基金和药品价格的监管。", "某县",
     {"县卫生健康局", "县医保局", "县市场监管局"}),
])
def test_a_list_each_holding_its_own_part(text: str, place: str, expected: set) -> None:
    assert frozenset(expected) in _sets(text, place)


@pytest.mark.parametrize(("text", "expected", "roles"), [
    ("职责分工\n县自然资源局是耕地保护的牵头部门，县农业农村局是配合部门。", {"县自然资源局", "县农业农村局"},
     {"县自然资源局": "牵头", "县农业农村局": "配合"}),
    ("会议明确，县文化和旅游局作为牵头部门，县公安局、县市场监管局作为配合部门，共同开展演出市场整治。",
     {"县文化和旅游局", "县公安局", "县市场监管局"}, {"县文化和旅游局": "牵头"}),
    ("职责分工\n县应急管理局为牵头单位，县消防救援大队为配合单位。", {"县应急管理局", "县消防救援大队"},
     {"县应急管理局": "牵头", "县消防救援大队": "配合"}),
])
def test_a_role_named_after_shi_or_zuowei(text: str, expected: set, roles: dict) -> None:
    f = facts_of(text, "某县")
    assert frozenset(expected) in [frozenset(b) for b in boundaries(f)]
    held = parts(f)
    for unit, role in roles.items():
        assert held[unit][1] == role


@pytest.mark.parametrize(("text", "expected"), [
    ("职责分工\n县应急管理局负责组织协调，县公安局、县交通运输局等部门按照各自职责做好相关工作。",
     {"县应急管理局", "县公安局", "县交通运输局"}),
    ("职责分工\n县市场监管局负责食品生产许可；县卫生健康局、县疾控中心依职责负责食品安全风险监测。",
     {"县市场监管局", "县卫生健康局", "县疾控中心"}),
    ("县生态环境局负责统一监督管理，县农业农村局、县林业局按照职责分工，做好农业面源污染和林业生态保护工作。",
     {"县生态环境局", "县农业农村局", "县林业局"}),
    ("职责分工\n县住建局对建筑工地扬尘负监管责任，县生态环境局对扬尘污染负监督责任。", {"县住建局", "县生态环境局"}),
])
def test_supporters_by_their_own_duties_and_kinds_of_responsibility(text: str, expected: set) -> None:
    assert frozenset(expected) in _sets(text)


@pytest.mark.parametrize("text", [
    "各乡镇分别负责辖区内的人居环境整治。",  # 各乡镇 names no party
    "县市场监管局和县农业农村局分别于3月和5月开展了专项检查。",  # 分别于: dates, no part
    "县发展改革局和县财政局分别召开会议，部署年度工作。",  # each held a meeting
    "县应急管理局为安全生产工作的牵头单位。",  # one body's role, no second party
    "县住建局对工程质量负总责。",  # one body
    "县人大常委会对县人民代表大会负责。",  # answering to a body is no part of a matter
    "县市场监管局负责食品生产许可，负责食品经营许可，负责特种设备安全监察。",  # one body's list of tasks
    "县食品安全委员会由县政府办公室、县市场监管局、县农业农村局、县卫生健康局组成。",  # members of a committee
    "县政府要求各有关部门按照职责分工，分别做好各项工作。",  # 各有关部门 only
])
def test_no_division_where_no_two_bodies_hold_parts(text: str) -> None:
    assert _sets(text) == []


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("县委宣传部、县网信办负责舆情引导，县公安局负责打击网络谣言。", "某县", {"县委宣传部", "县网信办", "县公安局"}),
    ("职责分工\n市城管局、市住建局负责建筑垃圾的清运管理，市生态环境局负责扬尘污染的监督执法，市公安局负责运输车辆的交通违法查处。",
     "某市", {"市城管局", "市住建局", "市生态环境局", "市公安局"}),
    ("区人社局负责就业补贴审核，区财政局、区税务局负责资金拨付和税收减免。", "某区", {"区人社局", "区财政局", "区税务局"}),
])
def test_a_list_sharing_a_part_beside_a_comma_clause_of_its_own(text: str, place: str, expected: set) -> None:
    assert frozenset(expected) in _sets(text, place)


@pytest.mark.parametrize("text", [
    "县发展改革局、县财政局负责项目资金安排，并于每年3月前报县政府审定。",  # one shared part, no other party
    "县农业农村局、县林业局负责春季造林的组织实施，确保完成年度任务。",
])
def test_a_list_sharing_a_part_alone_stays_joint_work(text: str) -> None:
    assert _sets(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("职责分工\n县卫生健康局负主责，县教育局配合，做好学生近视防控。", {"县卫生健康局", "县教育局"}),
    ("职责分工\n县农业农村局承担牵头职责，县林业局、县水利局承担配合职责。", {"县农业农村局", "县林业局", "县水利局"}),
    ("职责分工\n县应急管理局牵头抓总，县住建局、县交通运输局各负其责。", {"县应急管理局", "县住建局", "县交通运输局"}),
    ("市生态环境局牵头，市城管局、市公安局各司其职，开展餐饮油烟专项整治。", {"市生态环境局", "市城管局", "市公安局"}),
])
def test_a_lead_and_supporters_by_their_share_of_responsibility(text: str, expected: set) -> None:
    assert frozenset(expected) in _sets(text, "某市" if text.startswith("市") else "某县")


@pytest.mark.parametrize("text", [
    "县住建局负主责。",  # one body
    "职责分工\n县政府各部门各负其责，形成工作合力。",  # 各部门 names no party
    "职责分工\n县财政局承担配合职责。",  # a supporter with no lead
])
def test_a_share_of_responsibility_alone_divides_nothing(text: str) -> None:
    assert _sets(text) == []
