"""Reform-event constructions added in the ninth session (docs/extraction.md, "Events, ninth session").
Sentences are written for these tests in the genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from tests.test_constructions import events, facts_of, units


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


@pytest.mark.parametrize(("text", "expected"), [
    ("1998年3月10日，农垦部改为国务院直属机构国家农垦局。", ("rename", ("农垦部",), ("国家农垦局",))),
    ("2001年，县林业局改为县政府直属事业单位县林业发展中心。", ("rename", ("县林业局",), ("县林业发展中心",))),
    ("县农机站更名为县农业农村局所属事业单位县农机服务中心。", ("rename", ("县农机站",), ("县农机服务中心",))),
])
def test_a_rename_with_a_kind_before_the_new_name(text: str, expected: tuple) -> None:
    assert expected in [e[:3] for e in events(facts_of(text, "某县"))]


def test_a_kind_alone_after_gaiwei_is_no_rename() -> None:
    assert [e[0] for e in events(facts_of("县林业局改为县政府直属事业单位。", "某县"))] == ["change_kind"]


def test_a_preparatory_office_named_for_good() -> None:
    found = [e[:3] for e in events(facts_of("市图书馆筹备处成立于1953年，1963年定名市图书馆。", "某市"))]
    assert ("rename", ("市图书馆筹备处",), ("市图书馆",)) in found


@pytest.mark.parametrize(("text", "body", "date"), [
    ("县博物馆建于1985年6月25日，属县文化局领导。", "县博物馆", "1985-06-25"),
    ("县文化馆创建于1956年，是一所综合性文化馆。", "县文化馆", "1956"),
    ("县气象站创立于1958年10月。", "县气象站", "1958-10"),
])
def test_a_body_built_on_a_date(text: str, body: str, date: str) -> None:
    assert ("establish", (), (body,), date) in events(facts_of(text, "某县"))


def test_a_building_built_on_a_date_is_no_body() -> None:
    assert events(facts_of("县政府办公楼建于1985年。", "某县")) == []


@pytest.mark.parametrize(("text", "old", "new"), [
    ("1989年，县文物考古研究所从县博物馆分出后成立独立机构。", "县博物馆", "县文物考古研究所"),
    ("1992年，县物价局由县计划委员会中分出。", "县计划委员会", "县物价局"),
    ("2003年，县文化市场综合执法大队从县文化局分离出来，单独设立。", "县文化局", "县文化市场综合执法大队"),
])
def test_a_body_split_off_written_subject_first(text: str, old: str, new: str) -> None:
    assert ("establish", (old,), (new,)) in [e[:3] for e in events(facts_of(text, "某县"))]


@pytest.mark.parametrize(("text", "old", "new"), [
    ("同意撤销某县新建乡建制，设置新建镇。", "新建乡", "新建镇"),
    ("撤销新华乡，设立新华街道。", "新华乡", "新华街道"),
    ("撤销甲乡，设立新的甲镇。", "甲乡", "甲镇"),
])
def test_a_township_whose_name_opens_with_xin(text: str, old: str, new: str) -> None:
    found = [e[:3] for e in events(facts_of(text, "某市"))]
    assert ("abolish", (old,), ()) in found and ("establish", (), (new,)) in found and len(found) == 2


@pytest.mark.parametrize(("text", "host", "sign"), [
    ("3月5日上午，县自然资源局举行加挂县林业局牌子仪式。", "县自然资源局", "县林业局"),
    ("县农业农村局隆重举行加挂“县乡村振兴局”牌子揭牌仪式。", "县农业农村局", "县乡村振兴局"),
    ("8月31日，人力资源和社会保障部舉行加掛國家外國專家局牌子儀式。", "人力资源和社会保障部", "国家外国专家局"),
])
def test_a_ceremony_of_hanging_a_sign(text: str, host: str, sign: str) -> None:
    f = facts_of(text, "某县")
    assert [e[:3] for e in events(f)] == [("add_sign", (host,), (sign,))]
    assert sign in units(f)[host][4]


def test_a_government_holding_an_opening_is_still_no_sign_ceremony() -> None:
    assert [e[:3] for e in events(facts_of("县政府举行县数据局揭牌仪式。", "某县"))] == [("establish", (), ("县数据局",))]


def test_a_county_relative_name_in_a_city_document_takes_the_county_the_sentence_names() -> None:
    f = facts_of("东海县博物馆始建于1987年12月31日，属县文化局领导，和县图书馆合署办公。", "连云港市")
    co = [e for e in f.events if e.type.value == "co_locate"]
    assert [(m.name, m.jurisdiction) for m in co[0].outputs] == [("县图书馆", "东海县")]
    assert [(u.parent.name, u.parent.jurisdiction) for u in f.units if u.parent] == [("县文化局", "东海县")]


def test_two_counties_named_leave_a_county_relative_name_alone() -> None:
    f = facts_of("东海县博物馆与灌云县博物馆同年成立，和县图书馆合署办公。", "连云港市")
    assert all(m.jurisdiction is None for e in f.events for m in (*e.inputs, *e.outputs) if m.name.startswith("县"))


@pytest.mark.parametrize(("text", "city", "date"), [
    ("1987年6月15日，国务院批准，某甲市升格为地级市。", "某甲市", "1987-06-15"),
    ("1985年，同意撤销某乙地区，将某乙市升格为地级市，由省政府领导。", "某乙市", "1985"),
    ("1994年，某丙市升格为副省级市。", "某丙市", "1994"),
])
def test_a_city_raised_a_level(text: str, city: str, date: str) -> None:
    assert ("upgrade", (city,), (city,), date) in events(facts_of(text, "某省"))


@pytest.mark.parametrize("text", ["1954年，山西省撤销某甲县，降为某市某甲镇。", "1954年山西省撤销某甲县，降为某市某甲镇，今仍沿用旧名。"])
def test_a_county_lowered_to_a_town(text: str) -> None:
    found = events(facts_of(text, "中央"))
    assert ("abolish", ("某甲县",), (), "1954") in found
    assert ("establish", ("某甲县",), ("某甲镇",), "1954") in found


def test_a_year_written_straight_before_a_province() -> None:
    assert events(facts_of("1993年河北省某甲县更名为某乙县。", "中央"))[0][3] == "1993"
