"""Eleventh session (h11-askgaps): duties a text gives to the agent of 由 in prose, to a body it
forms ("设立X，加强…"), to a 职责分工表 row's unit written in a cell of its own
(ingest/extractors/prose_duties.py), and to the divisions of a 三定 cut before its division intro
(sanding.division_headings). Sentences are written for these tests in the genre's wording; no
corpus document is used."""

from __future__ import annotations

import pytest

from tests.test_prose_duties import facts_of, prose


@pytest.mark.parametrize(("text", "expected"), [
    # a coordinating body kept, its work given to a department
    ("保留县绿化委员会，日常工作由县林业局承担。",
     [("县林业局", "保留县绿化委员会，日常工作由县林业局承担。")]),
    ("设立县国防动员委员会，其具体工作由县发展和改革局负责。",
     [("县发展和改革局", "设立县国防动员委员会，其具体工作由县发展和改革局负责。")]),
    # a rule's interpretation
    ("第十二条 本办法由县委机构编制委员会办公室负责解释。",
     [("县委机构编制委员会办公室", "本办法由县委机构编制委员会办公室负责解释。")]),
    # an agent between the work and what it does next
    ("全县河湖巡查工作，由县水利局牵头，每季度通报一次。",
     [("县水利局", "全县河湖巡查工作，由县水利局牵头，每季度通报一次。")]),
    # a class of departments is a holder too
    ("农村公路养护资金的使用监管由交通运输部门负责。",
     [("交通运输部门", "农村公路养护资金的使用监管由交通运输部门负责。")]),
    # the agent's own ；-clause only
    ("推进老旧小区改造，由县住房和城乡建设局牵头；改造资金按年度预算安排。",
     [("县住房和城乡建设局", "推进老旧小区改造，由县住房和城乡建设局牵头")]),
])
def test_the_agent_of_you_holds_the_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert prose(facts_of(text)) == expected


@pytest.mark.parametrize("text", [
    # work named only by a word pointing back
    "以上工作由县市场监督管理局负责。",
    # no body named: each or every unit concerned
    "具体整改任务由各相关责任单位负责落实。",
    "按照行业管理要求，分别由有关部门负责。",
    # stages shared out among several agents (a division of duties, not one holder)
    "在立项阶段由县发展和改革局牵头，在用地阶段由县自然资源局牵头，其他单位配合。",
    # a past holder and a noun phrase naming what the body held
    "原由县民政局承担的救灾职责划入县应急管理局。",
    "由县文化和旅游局负责的文物安全检查纳入年度考核。",
    # a question, not a body
    "这类新业态场所的监管究竟该由哪个部门牵头，群众仍不清楚。",
    # a person, not a body
    "会议由县人力资源和社会保障局负责人主持。",
])
def test_no_agent_clause(text: str) -> None:
    assert [h for h, _ in prose(facts_of(text)) if "局" in h or "部门" in h] == []


def test_parts_shared_out_by_agents_stay_a_division_of_duties() -> None:
    f = facts_of("城区路灯维护由县城市管理局承担；乡镇集镇路灯维护由县住房和城乡建设局负责指导。")
    assert prose(f) == []
    assert {d.unit.name for d in f.duties if d.category == "职责分工"} == {"县城市管理局", "县住房和城乡建设局"}


def test_a_division_table_row_gives_its_own_cell_to_the_unit_of_the_cell_before() -> None:
    text = ("序号 |\n事项 |\n部门 |\n职责分工 |\n1 |\n校园食品安全。 |\n县市场监管局 |\n"
            "负责学校食堂食品安全监督检查，与县教育局建立信息通报机制。\n|\n县教育局 |\n"
            "负责督促学校落实食品安全校长负责制，组织开展食品安全教育。\n")
    got = prose(facts_of(text, title="县部门职责分工表"))
    assert ("县教育局", "负责督促学校落实食品安全校长负责制，组织开展食品安全教育。") in got


def test_a_cell_that_is_no_unit_gives_no_row_unit() -> None:
    text = "事项 |\n备注 |\n负责学校食堂食品安全监督检查，每学期开展一次。\n"
    assert prose(facts_of(text, title="县部门职责分工表")) == []


def test_division_headings_of_a_cut_sanding_give_each_paragraph_to_its_division() -> None:
    text = ("（五）规划科\n负责编制全县交通发展规划；承担项目前期工作。\n（六）安全监督科\n"
            "负责全县交通安全生产监督管理。\n机关党委 负责机关党群工作。\n四、人员编制\n县交通运输局机关行政编制15名。")
    f = facts_of(text, "某县", title="某县交通运输局职能配置、内设机构和人员编制规定")
    got = [(d.unit.name, d.text) for d in f.duties if d.category == "内设机构职责"]
    assert got == [("某县交通运输局规划科", "负责编制全县交通发展规划；承担项目前期工作。"),
                   ("某县交通运输局安全监督科", "负责全县交通安全生产监督管理。"),
                   ("某县交通运输局机关党委", "负责机关党群工作。")]


def test_a_division_paragraph_ends_before_the_staffing_figures() -> None:
    text = ("（一）办公室\n负责机关日常运转。\n（二）法规科\n负责行政复议工作。\n县司法局机关行政编制9名。")
    f = facts_of(text, "某县", title="某县司法局职能配置、内设机构和人员编制规定")
    got = [(d.unit.name, d.text) for d in f.duties if d.category == "内设机构职责"]
    assert got == [("某县司法局办公室", "负责机关日常运转。"), ("某县司法局法规科", "负责行政复议工作。")]


@pytest.mark.parametrize(("text", "expected"), [
    ("组建县数据局，负责全县数据资源整合共享。", [("县数据局", "负责全县数据资源整合共享。")]),
    # one body per ；-clause
    ("设立县政务服务中心，统筹全县政务服务工作；设立县公共资源交易中心，承担全县公共资源交易工作。",
     [("县政务服务中心", "统筹全县政务服务工作"), ("县公共资源交易中心", "承担全县公共资源交易工作。")]),
    ("新成立了县信访局，加强群众来访接待工作。", [("县信访局", "加强群众来访接待工作。")]),
    # the parent's clause between is passed over
    ("组建县林业站，由县自然资源局管理，承担全县林业技术推广工作。", [("县林业站", "承担全县林业技术推广工作。")]),
    # the tasks end before a clause stating something else
    ("组建县乡村振兴服务中心，负责巩固拓展脱贫攻坚成果，不再保留县扶贫开发服务中心。",
     [("县乡村振兴服务中心", "负责巩固拓展脱贫攻坚成果")]),
])
def test_a_body_formed_then_what_it_is_for(text: str, expected: list[tuple[str, str]]) -> None:
    assert prose(facts_of(text)) == expected


@pytest.mark.parametrize("text", [
    "组建县医疗保障服务中心，作为县医疗保障局所属事业单位。",
    "组建县融媒体中心，加挂县广播电视台牌子。",
    "设立专项资金，加强基层文化设施建设。",  # no body formed
])
def test_no_task_of_a_formed_body(text: str) -> None:
    assert prose(facts_of(text)) == []
