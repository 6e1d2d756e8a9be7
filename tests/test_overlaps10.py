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


# ---------------------------------------------------------------- the topic view

_FILLER = [
    ("县水利局", "负责全县水利工程建设与运行管理，指导水库、堤防的安全运行。"),
    ("县交通运输局", "负责全县公路、水路交通行业的规划和建设。"),
    ("县教育局", "负责全县中小学教师队伍建设和教师资格认定。"),
    ("县司法局", "负责全县人民调解、社区矫正和法治宣传教育。"),
    ("县统计局", "负责组织实施全县经济普查和统计调查。"),
    ("县财政局", "负责编制县级预决算草案并组织执行。"),
    ("县审计局", "负责全县预算执行情况的审计监督。"),
    ("县档案馆", "负责收集、整理和保管全县各类档案。"),
    ("县气象局", "负责全县天气预报、气象灾害预警信息发布。"),
    ("县商务局", "负责全县成品油流通的监督管理，维护成品油市场秩序。"),
]


def _view(tmp_path, duties: list[tuple[str, str]], topic: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    from kg.index.clause_index import IndexRegistry
    from kg.index.embedder import HashEmbedder
    from kg.stores.networkx_store import NetworkxStore
    from queries.overlaps import duplicated_functions
    from tests.builders import apply_doc, doc

    store = NetworkxStore(tmp_path / "kg")
    d = doc("sd2021r", date="2021-06", jurisdiction="平安县", title="平安县部门职责（2021）")
    for unit, text in [*duties, *_FILLER]:
        d.duty(unit, text)
    apply_doc(store, d)
    index = IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    view = duplicated_functions(store, at="2022", jurisdiction="平安县", index=index, topic=topic, confidence="低",
                                limit=20)
    store.close()
    return [{u["name"] for u in p["units"]} for p in view["pairs"]]


def test_a_topic_of_several_matters_is_held_by_clauses_naming_one_rarely_used_word(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "困难群众救助帮扶": neither clause says half of the topic's words; each names one that few clauses use
    duties = [("县民政局", "负责全县临时救助和特困供养的审核审批。"),
              ("县乡村振兴局", "负责组织驻村工作队开展结对帮扶。")]
    pairs = _view(tmp_path, duties, "困难群众救助帮扶")
    assert {"平安县民政局", "平安县乡村振兴局"} in pairs, pairs


def test_a_word_many_clauses_use_holds_no_topic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "建设" is in many clauses of the place: it names no matter of "保障性住房建设配租"
    duties = [("县住房和城乡建设局", "负责全县建筑市场和工程质量安全的监督管理。"),
              ("县民政局", "负责全县养老服务设施建设的指导。"),
              ("县发展和改革局", "负责全县重大项目建设的统筹协调。"),
              ("县自然资源局", "负责全县国土空间规划的编制和建设用地审批。"),
              ("县林业局", "负责全县森林公园和自然保护地建设管理。")]
    pairs = _view(tmp_path, duties, "保障性住房建设配租")
    assert {"平安县民政局", "平安县林业局"} not in pairs, pairs
