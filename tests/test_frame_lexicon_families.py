"""The clause frame reader's lexicon, by family of wordings (fifteenth session; docs/extraction.md, "The clause
frame reader", "families of wordings"). Each family is learned from real documents of several levels; every variant
is a sentence written for these tests, read by the frame reader alone and through the whole extractor, and every
family has sentences that must give nothing (a membership, a team, a modal, a sign whose bearer is not written)."""

from __future__ import annotations

import pytest

from tests.test_frames import events, facts_of, frames_only

# ---------------------------------------------------------------- bodies merged into a new one

@pytest.mark.parametrize(("text", "expected"), [
    ("县农业局、县林业局整合组成县农业农村局。",
     [("establish", ("县农业局", "县林业局"), ("县农业农村局",), None)]),
    ("将县文化局、县体育局合并组成县文化体育局。",
     [("establish", ("县文化局", "县体育局"), ("县文化体育局",), None)]),
    ("县交通局、县公路局组成县交通运输局。",
     [("establish", ("县交通局", "县公路局"), ("县交通运输局",), None)]),
    ("县交通局、县公路局、县交通综治办（轨道办）组成县交通运输委员会。",
     [("establish", ("县交通局", "县公路局", "县交通综治办"), ("县交通运输委员会",), None)]),
    ("县商务局、县粮食局归并为县商务粮食局。",
     [("establish", ("县商务局", "县粮食局"), ("县商务粮食局",), None)]),
    ("1984年，县水电局与县农机局合并建立县水利农机局。",
     [("establish", ("县水电局", "县农机局"), ("县水利农机局",), "1984")]),
    ("县卫生健康局和县医疗保障局整合成立县卫生健康和医疗保障局。",
     [("establish", ("县卫生健康局", "县医疗保障局"), ("县卫生健康和医疗保障局",), None)]),
])
def test_bodies_merged_into_a_new_one(text: str, expected: list[tuple]) -> None:
    assert events(frames_only(text).events) == expected
    assert events(facts_of(text).events) == expected


@pytest.mark.parametrize("text", [
    "县应急指挥部由县应急管理局、县公安局组成。",  # a membership: 由…组成
    "由县公安局、县司法局组成县联合执法队。",
    "县公安局、县市场监管局共同组成联合检查组。",  # together, a team
    "县公安局、县司法局组成县联合调查组。",  # a team of the two, no body formed of them
    "抽调县公安局、县司法局人员组成县专项整治办公室。",  # their staff, not the bodies
    "县政府组成部门由县政府办公室、县发展和改革局等24个部门组成。",  # 组成部门
    "县公安局、县司法局拟组成县综合执法局。",  # a plan
    "县发改局、县财政局等部门组成县项目评审委员会。",  # member departments of an ad-hoc committee
    "县公安局、县交通运输局组成县联合执法大队。",  # a joint team
    "组建县农业农村局，为县政府组成部门。",  # 组成部门 describes; only the forming is read
])
def test_a_membership_or_a_team_is_no_merger(text: str) -> None:
    assert not [e for e in frames_only(text).events if e.inputs and e.type.value in ("establish", "re_form")]
    assert not [e for e in facts_of(text).events if e.inputs and e.type.value in ("establish", "re_form")]


# ---------------------------------------------------------------- re-formed whole

@pytest.mark.parametrize(("text", "expected"), [
    ("将县扶贫开发办公室整建制重组为县乡村振兴局。", [("re_form", ("县扶贫开发办公室",), ("县乡村振兴局",), None)]),
    ("县扶贫开发办公室整体重组为县乡村振兴局。", [("re_form", ("县扶贫开发办公室",), ("县乡村振兴局",), None)]),
    ("县农业局、县林业局合并重组为县农林局。", [("re_form", ("县农业局", "县林业局"), ("县农林局",), None)]),
])
def test_a_body_reformed_whole(text: str, expected: list[tuple]) -> None:
    assert events(frames_only(text).events) == expected
    assert events(facts_of(text).events) == expected


@pytest.mark.parametrize("text", [
    "县扶贫开发办公室拟整建制重组为县乡村振兴局。",  # a plan
    "县扶贫开发办公室重组为县乡村振兴局的工作正在推进。",  # a nominalised change
])
def test_a_reforming_planned_or_named_is_none(text: str) -> None:
    assert not [e for e in frames_only(text).events if e.type.value == "re_form"]


# ---------------------------------------------------------------- signs taken down and moved

@pytest.mark.parametrize(("text", "expected"), [
    ("县农业农村局摘掉县扶贫开发办公室牌子。", [("remove_sign", ("县农业农村局",), ("县扶贫开发办公室",), None)]),
    ("1998年，县工商局摘去县物价局牌子。", [("remove_sign", ("县工商局",), ("县物价局",), "1998")]),
    ("县农业农村局不再挂县扶贫开发办公室牌子。", [("remove_sign", ("县农业农村局",), ("县扶贫开发办公室",), None)]),
    ("县民政局取消县老龄工作委员会办公室牌子。", [("remove_sign", ("县民政局",), ("县老龄工作委员会办公室",), None)]),
    ("县农业局的县乡镇企业局牌子已经摘下。", [("remove_sign", ("县农业局",), ("县乡镇企业局",), None)]),
    ("2004年5月，挂在县农业局的县乡镇企业局牌子改挂在县经济贸易局。",
     [("remove_sign", ("县农业局",), ("县乡镇企业局",), "2004-05"),
      ("add_sign", ("县经济贸易局",), ("县乡镇企业局",), "2004-05")]),
    ("将县乡镇企业局牌子由县农业局移挂至县经济贸易局。",
     [("remove_sign", ("县农业局",), ("县乡镇企业局",), None), ("add_sign", ("县经济贸易局",), ("县乡镇企业局",), None)]),
    ("县人防办牌子改挂到县住房和城乡建设局。", [("add_sign", ("县住房和城乡建设局",), ("县人防办",), None)]),
])
def test_a_sign_taken_down_or_hung_elsewhere(text: str, expected: list[tuple]) -> None:
    assert events(frames_only(text).events) == expected
    assert events(facts_of(text).events) == expected


@pytest.mark.parametrize("text", [
    "县扶贫开发办公室牌子已摘下。",  # whose sign it was is not said
    "2021年组建县乡村振兴局，县扶贫开发办公室牌子同时摘下。",  # the new body never bore it
    "县档案局要摘掉县档案馆牌子。",  # a modal
    "县档案局拟不再挂县档案馆牌子。",  # a plan
    "县政府办公室牌子挂在新办公楼。",  # a building, no bearer
])
def test_a_sign_with_no_written_bearer_or_planned_is_none(text: str) -> None:
    assert not [e for e in frames_only(text).events if e.type.value in ("remove_sign", "add_sign")]
    assert not [e for e in facts_of(text).events if e.type.value == "remove_sign"]


# ---------------------------------------------------------------- bodies working together

@pytest.mark.parametrize(("text", "expected"), [
    ("县委宣传部与县文明办合并办公。", [("co_locate", ("县委宣传部",), ("县文明办",), None)]),
    ("1977年，县人事局与县委组织部合并办公。", [("co_locate", ("县人事局",), ("县委组织部",), "1977")]),
    ("设立县中医药管理局，县卫生局与其合署办公。",
     [("establish", (), ("县中医药管理局",), None), ("co_locate", ("县卫生局",), ("县中医药管理局",), None)]),
    ("县档案局（县档案馆与之合署办公）", [("co_locate", ("县档案馆",), ("县档案局",), None)]),
])
def test_bodies_working_together(text: str, expected: list[tuple]) -> None:
    assert events(frames_only(text).events) == expected
    assert events(facts_of(text).events) == expected


def test_a_list_line_with_a_partner_in_brackets_working_with_it() -> None:
    text = "二、内设机构\n（十一）县办公室\n（十二）县人事科（县机关党委办公室与其合署办公）\n"
    assert events(facts_of(text).events) == [("co_locate", ("县机关党委办公室",), ("县人事科",), None)]


@pytest.mark.parametrize("text", [
    "县委宣传部拟与县文明办合并办公。",  # a plan
    "县委宣传部与县文明办合并办公场所。",  # premises merged, not offices
    "县档案局（县档案馆与其合署办公的要求）",  # a bracket that says something else
])
def test_a_planned_or_other_joint_office_is_none(text: str) -> None:
    assert not [e for e in facts_of(text).events if e.type.value == "co_locate"]


def test_a_sign_moved_after_a_duty_moved_in_the_same_sentence() -> None:
    # the duty move names both bodies; the sign's clause is still the frame reader's
    text = ("2004年5月，县农业局承担的指导乡镇企业管理的职能划入县经济贸易委员会，同时，挂在县农业局的县乡镇企业局牌子"
            "改挂在县经济贸易委员会。")
    got = events(facts_of(text).events)
    assert ("remove_sign", ("县农业局",), ("县乡镇企业局",), "2004-05") in got
    assert ("add_sign", ("县经济贸易委员会",), ("县乡镇企业局",), "2004-05") in got


def test_bodies_formed_of_others_before_a_clause_on_their_management() -> None:
    text = "县交通局、县公路局、县交通综治办（轨道办）组成县交通运输委员会，县交通局的职能与机构由县交通运输委员会统一管理。"
    assert ("establish", ("县交通局", "县公路局", "县交通综治办"), ("县交通运输委员会",), None) in events(facts_of(text).events)


# ---------------------------------------------------------------- a standing (建制) ended or restored, the body first

@pytest.mark.parametrize(("text", "expected"), [
    ("1958年1月，定远县建制撤销，全县所辖20个乡分别划归邻县。", [("abolish", ("定远县",), (), "1958-01")]),
    ("1961年10月，定远县建制恢复。", [("establish", (), ("定远县",), "1961-10")]),
    ("1961年，定远县、凤阳县建制恢复。", [("establish", (), ("定远县",), "1961"), ("establish", (), ("凤阳县",), "1961")]),
    ("1961年，恢复定远、凤阳两县建制。", [("establish", (), ("定远县",), "1961"), ("establish", (), ("凤阳县",), "1961")]),
    ("2005年，双墩乡撤销建制，并入水湖镇。", [("abolish", ("双墩乡",), (), "2005")]),
    ("2003年，双墩乡的建制被撤销。", [("abolish", ("双墩乡",), (), "2003")]),
    ("县机关事务管理局建制撤销。", [("abolish", ("县机关事务管理局",), (), None)]),
])
def test_a_standing_ended_or_restored(text: str, expected: list[tuple]) -> None:
    assert events(frames_only(text).events) == expected
    assert events(facts_of(text).events) == expected


@pytest.mark.parametrize("text", [
    "双墩乡建制不变。",  # nothing changes
    "保留双墩乡建制。",
    "双墩乡建制拟撤销。",  # a plan
    "撤销双墩乡建制后，其辖区并入水湖镇。",  # looking back
    "全县乡镇建制撤销。",  # a class
])
def test_a_standing_kept_planned_or_of_a_class_is_none(text: str) -> None:
    assert not [e for e in frames_only(text).events if e.type.value in ("abolish", "establish")]
