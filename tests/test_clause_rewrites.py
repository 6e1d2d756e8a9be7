"""Constructions read through ingest/extractors/clause_rewrites.py (fourteenth session, second wave): an approver
between subject and verb, the address where a sign is hung, the actor before an active 合并, a whole unit handed
over after its abolition. Sentences are our own, in the genre."""

from __future__ import annotations

import pytest

from kg.model import EventType
from tests.test_extractors import events, names, run


@pytest.mark.parametrize("text, formed, date", [
    ("某县档案局于1984年6月经县人民政府批准成立。", "某县档案局", "1984-06"),
    ("某市气象台于1979年经省气象局批准设立。", "某市气象台", "1979"),
    ("1996年3月，某县水利局报经县编委批准组建。", "某县水利局", "1996-03"),
    ("某区文化馆于1958年经区委同意正式成立。", "某区文化馆", "1958"),
    ("某县农机站于1975年经批准设立。", "某县农机站", "1975"),
])
def test_approver_before_the_verb_forms_nothing(text, formed, date):
    facts = run(text)
    est = events(facts, EventType.ESTABLISH)
    assert [names(e.outputs) for e in est] == [[formed]]
    assert est[0].date == date
    assert not any("人民政府" in n or "编委" in n or "气象局" in n or "区委" in n
                   for e in facts.events for n in names(e.outputs))


@pytest.mark.parametrize("text, body", [
    ("2019年3月5日，某县应急管理局在原县安全生产监督管理局正式挂牌。", "某县应急管理局"),
    ("新组建的某市医疗保障局在原市人力资源和社会保障局挂牌成立。", "某市医疗保障局"),
    ("某区市场监督管理局在原区工商局办公楼挂牌。", "某区市场监督管理局"),
])
def test_address_of_a_sign_hanging_is_no_host(text, body):
    facts = run(text)
    assert not events(facts, EventType.ADD_SIGN)
    formed = [n for e in events(facts, EventType.ESTABLISH) for n in names(e.outputs)]
    assert formed == [body]


def test_a_current_host_of_a_sign_is_kept():
    facts = run("某县数据局在县人民政府办公室挂牌。")
    signs = events(facts, EventType.ADD_SIGN)
    assert [(names(e.inputs), names(e.outputs)) for e in signs] == [(["某县人民政府办公室"], ["某县数据局"])] \
        or [(names(e.inputs), names(e.outputs)) for e in signs] == [(["县人民政府办公室"], ["某县数据局"])]


@pytest.mark.parametrize("text, merged, formed", [
    ("2003年5月，县政府合并农业局与畜牧局组建县农牧局。", ["农业局", "畜牧局"], "县农牧局"),
    ("1998年，市委合并市委宣传部和市文明办成立市精神文明建设中心。", ["市委宣传部", "市文明办"], "市精神文明建设中心"),
    ("区人民政府合并区交通局、区公路管理站与区运管所组建了区交通运输局。", ["区交通局", "区公路管理站", "区运管所"], "区交通运输局"),
])
def test_actor_before_an_active_merger_is_no_source(text, merged, formed):
    est = events(run(text), EventType.ESTABLISH)
    assert len(est) == 1
    assert [n.split("县")[-1].split("市")[-1].split("区")[-1] for n in names(est[0].inputs)] == \
        [n.split("县")[-1].split("市")[-1].split("区")[-1] for n in merged]
    assert names(est[0].outputs)[0].endswith(formed[1:])


@pytest.mark.parametrize("text, gone, into", [
    ("撤销石桥乡，整建制划归河口镇管辖。", "石桥乡", "河口镇"),
    ("二、撤销东岭乡建制，成建制划入西岭镇。", "东岭乡", "西岭镇"),
    ("撤销南湖镇，其整建制划归城关镇。", "南湖镇", "城关镇"),
])
def test_whole_handover_after_abolition_is_a_merger(text, gone, into):
    facts = run(text)
    assert [names(e.inputs) for e in events(facts, EventType.ABOLISH)] == [[gone]]
    merged = events(facts, EventType.MERGE_INTO)
    assert [(names(e.inputs), names(e.outputs)) for e in merged] == [([gone], [into])]


def test_handover_without_abolition_is_no_merger():
    # "将X整建制划入Y": X goes on under Y, it is not absorbed
    facts = run("将县农机推广站整建制划入县农业农村局。")
    assert not events(facts, EventType.MERGE_INTO)


@pytest.mark.parametrize("text, place", [
    ("青山县卫计局成立\n日前，青山县卫生和计划生育局正式挂牌成立，原县卫生局、县人口和计划生育局不再保留。\n"
     "为理顺体制，青山县对新设立的卫生和计划生育局主要职责作了规定。\n新组建的县卫计局将全力落实好机构改革相关任务。", "青山县"),
    ("柳林区人社局成立\n日前，柳林区人力资源和社会保障局正式挂牌成立，原区人事局、区劳动和社会保障局不再保留。\n"
     "为理顺体制，柳林区对新设立的人力资源和社会保障局主要职责作了规定。\n新组建的区人社局将全力做好就业工作。", "柳林区"),
])
def test_a_body_formed_again_under_its_short_form_is_formed_once(text, place):
    # a news item: the full name in its lead, the short form in its headline and again later ("新组建的县卫计局")
    est = events(run(text, jurisdiction=place), EventType.ESTABLISH)
    assert len(est) == 1


def test_two_different_bodies_formed_stay_two():
    text = "青山县卫生和计划生育局正式挂牌成立。\n为理顺体制，青山县对新设立的机构作了规定。\n新组建的县医疗保障局同日挂牌。"
    assert len(events(run(text, jurisdiction="青山县"), EventType.ESTABLISH)) == 2
