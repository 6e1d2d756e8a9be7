"""Duties stated in prose about a described unit (category 职责表述,
ingest/extractors/prose_duties.py). Sentences are written for these tests in the genre's
wording; no corpus document is used."""

from __future__ import annotations

import pytest

from ingest.extractors import extract
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts


def facts_of(text: str, jurisdiction: str = "某县", title: str = "") -> DocumentFacts:
    raw = RawDocument("t.txt", text, {"title": title} if title else {})
    return extract(raw, Document(id="t", title=title or "t", jurisdiction=jurisdiction, text=text))


def prose(f: DocumentFacts) -> list[tuple[str, str]]:
    return [(d.unit.name, d.text) for d in f.duties if d.category == "职责表述"]


@pytest.mark.parametrize(("text", "expected"), [
    # the duty clauses of the sentence that describes the unit
    ("县数据局为县政府工作部门，正科级，加挂县政务服务管理办公室牌子，负责统筹全县数据资源整合共享和开发利用。",
     [("县数据局", "负责统筹全县数据资源整合共享和开发利用。")]),
    ("作为县委工作部门，县委社会工作部具体承担统筹指导人民信访工作，负责全县志愿服务工作。",
     [("县委社会工作部", "县委社会工作部具体承担统筹指导人民信访工作，负责全县志愿服务工作。")]),
    # a summary after the description, in the next sentence
    ("县档案馆是县委直属正科级事业单位。其主要职责是收集、整理和保管全县档案资料，提供档案利用服务。",
     [("县档案馆", "收集、整理和保管全县档案资料，提供档案利用服务。")]),
    # the body formed in the sentence, not its parent
    ("组建县疾病预防控制局，由县卫生健康局管理，主要职责是负责全县疾病预防控制工作。",
     [("县疾病预防控制局", "负责全县疾病预防控制工作。")]),
    # the body named before 主要职责
    ("县医疗保障局的主要职责是拟订全县医疗保障制度的政策措施并组织实施。",
     [("县医疗保障局", "拟订全县医疗保障制度的政策措施并组织实施。")]),
    # the summary belongs to the owner, not to a subordinate listed after it
    ("县委编办为县委工作部门，正科级。下属事业单位县机构编制电子政务中心。主要职责是审核全县机构设置和人员编制事项。",
     [("县委编办", "审核全县机构设置和人员编制事项。")]),
])
def test_a_duty_stated_in_prose(text: str, expected: list) -> None:
    assert prose(facts_of(text)) == expected


@pytest.mark.parametrize("text", [
    "县数据局负责人表示，将加快推进数据资源整合。",  # 负责人 is no duty, and nothing is described
    "县数据局为县政府工作部门，正科级，局长由县政府办公室副主任兼任。",  # a description without a duty
    "全县建立了职能有机统一的大部门体制。",  # 职能有 is no summary
    "机构改革以后，各部门的主要职责是群众关心的问题。",  # no unit named, formed or described
])
def test_no_prose_duty(text: str) -> None:
    assert not prose(facts_of(text))


def test_not_read_in_a_sanding() -> None:
    text = ("某县统计局职能配置、内设机构和人员编制规定\n第一条 根据方案，制定本规定。\n"
            "第二条 某县统计局是县政府工作部门，为正科级，负责全县统计工作。\n第三条 主要职责是：\n（一）负责全县统计调查。\n")
    f = facts_of(text, title="某县统计局职能配置、内设机构和人员编制规定")
    assert not prose(f)
    assert [d.text for d in f.duties if d.category == "主要职责"] == ["负责全县统计调查。"]


def test_a_summary_goes_on_in_the_sentences_after_it() -> None:
    """A profile's summary paragraph: the next sentences opening with a duty verb (or the rest of
    a sentence wrapped by the page) are the holder's too; a sentence with figures ends them."""
    text = ("县委编办为县委工作部门，正科级。主要职责是贯彻执行机构编制管理的方针政策。"
            "负责全县机构编制实名制管理工作。审核县级机关内设机构设置事项。行政编制12名，实有10名。负责人是张某。")
    got = prose(facts_of(text))
    assert got == [("县委编办", "贯彻执行机构编制管理的方针政策。"), ("县委编办", "负责全县机构编制实名制管理工作。"),
                   ("县委编办", "审核县级机关内设机构设置事项。")]


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered item of a notice that shares work out: the body before 负责 holds the rest
    ("一、县自然资源局负责全县国土空间规划的编制；耕地保护的监督检查。",
     [("县自然资源局", "负责全县国土空间规划的编制；耕地保护的监督检查。")]),
    ("（三）市城市管理局具体承担城区市容环境卫生的日常管理工作。",
     [("市城市管理局", "具体承担城区市容环境卫生的日常管理工作。")]),
    # bodies working with another: each of them and the body they work with
    ("五、县公安局、县交通运输局协同县应急管理局负责道路交通事故的应急处置工作。",
     [("县公安局", "负责道路交通事故的应急处置工作。"), ("县交通运输局", "负责道路交通事故的应急处置工作。"),
      ("县应急管理局", "负责道路交通事故的应急处置工作。")]),
    ("三、县民政局和县卫生健康局共同负责医养结合机构的监督管理工作。",  # a list joined by 和 between whole names
     [("县民政局", "共同负责医养结合机构的监督管理工作。"), ("县卫生健康局", "共同负责医养结合机构的监督管理工作。")]),
    ("2.县文化旅游局、县市场监管局共同负责旅游市场秩序的整治。",
     [("县文化旅游局", "共同负责旅游市场秩序的整治。"), ("县市场监管局", "共同负责旅游市场秩序的整治。")]),
])
def test_a_clause_opening_with_the_bodies_that_do_the_work(text, expected):
    assert sorted(prose(facts_of(text))) == sorted(expected)


@pytest.mark.parametrize("text", [
    "县水利局负责人介绍了全县防汛工作的有关情况。",  # a person of the body
    "县水利局负责同志参加了会议。",
    "各有关单位负责做好本单位的迎检准备工作。",  # no body named
    "县发展和改革局负责的三个项目已全部开工。",  # a noun phrase
    "张三负责全面工作，李四负责日常事务。",  # people
    "县档案馆承担着保存全县历史记忆的光荣任务，要再接再厉。",  # a speech's praise, no duty
])
def test_no_duty_where_no_body_does_the_work(text):
    assert prose(facts_of(text)) == []
