"""Sixteenth session (docs/overlaps.md, "Sixteenth session"): a division between a body and its counterparts of
the level below named as one class ("各区城管局"), a heading's unit holding the numbered items under it, and a
part whose subject is left out ("A负责X。负责Y。"). Sentences are written for these tests in the genre's wording;
no corpus or trial document is used. Unit tests run on the hash fake."""

from __future__ import annotations

import pytest

from ingest.extractors.constructions import _party, lower_level_class
from tests.test_boundary_parts import facts_of, parts
from tests.test_constructions import boundaries


def _sets(text: str, place: str = "某市") -> list[frozenset[str]]:
    return [frozenset(b) for b in boundaries(facts_of(text, place))]


# ---------------------------------------------------------------- the level below as one class

@pytest.mark.parametrize(("text", "parties"), [
    ("市城市管理局负责全市养犬管理工作的组织协调和监督检查，各区城管局负责辖区内的养犬登记和收容工作。",
     {"市城市管理局", "各区城管局"}),
    ("市市场监督管理局负责全市食品安全的综合协调；各县（市、区）市场监管局负责辖区内食品经营的日常监管。",
     {"市市场监督管理局", "各县（市、区）市场监管局"}),
    ("市生态环境局负责全市排污许可的统一监督管理，各县（市）生态环境分局负责辖区内排污单位的日常执法检查。",
     {"市生态环境局", "各县（市）生态环境分局"}),
    ("市卫生健康委负责制定全市院前急救网络规划，各区县卫生健康委负责辖区急救站点的建设和管理。",
     {"市卫生健康委", "各区县卫生健康委"}),
    ("省公安厅负责全省危险物品运输通行的统一规划，各市公安局负责辖区内危险物品运输车辆的通行许可。",
     {"省公安厅", "各市公安局"}),
    # with the new districts in brackets, as the genre writes them
    ("市交通运输局负责全市网约车平台的监管，各区(新区)交通运输局负责辖区车辆的日常检查。",
     {"市交通运输局", "各区（新区）交通运输局"}),
])
def test_a_body_divides_a_matter_with_its_counterparts_of_the_level_below(text: str, parties: set[str]) -> None:
    assert frozenset(parties) in _sets(text)


@pytest.mark.parametrize("name", ["各区城管局", "各区（新区）城管局", "各县（市、区）市场监管局", "各区县卫生健康委",
                                  "各市公安局", "各区公安分局", "各县市区住房和城乡建设部门"])
def test_the_level_below_is_one_party_written_whole(name: str) -> None:
    assert lower_level_class(name)
    assert _party(name) == name  # not cut to its tail ("各县（市、区）市场监管局" is no 市场监管局)


@pytest.mark.parametrize("name", ["各有关部门", "各相关单位", "各成员单位", "各部门", "各级人民政府", "各区有关部门",
                                  "各县（市、区）", "各乡镇",
                                  # the governments of the level below: their territory's share of every task
                                  "各乡镇人民政府", "各街道办事处", "各县市区政府"])
def test_every_body_or_a_bare_level_is_no_class(name: str) -> None:
    assert not lower_level_class(name)
    assert _party(name) is None


@pytest.mark.parametrize("text", [
    # every body, or a level with no body, shares the work: no party of its own
    "市城市管理局负责养犬管理的组织协调，各有关部门负责本系统的相关工作。",
    "县应急管理局负责全县防汛抗旱的综合协调，各乡镇要落实属地责任。",
    # one body alone
    "各区城管局负责辖区内的养犬登记和收容工作。",
    # a lead and the governments of the level below: each township's share, no division
    "县农业农村局负责秸秆综合利用的统筹指导，各乡镇人民政府负责本辖区秸秆禁烧工作。",
])
def test_no_division_without_two_parties(text: str) -> None:
    assert not any(len(s) > 1 for s in _sets(text))


# ---------------------------------------------------------------- a heading's unit over its numbered items

_HEADED = """关于加强全县燃气安全管理的实施意见
一、职责分工
（一）县住房和城乡建设局
{a1}
{a2}
（二）县市场监督管理局
{b1}
{b2}
二、保障措施
各单位要加强协作，形成工作合力。
"""


@pytest.mark.parametrize("numbers", [("1.", "2."), ("（1）", "（2）"), ("1、", "2、"), ("①", "②")])
def test_a_headings_unit_holds_every_numbered_item_under_it(numbers: tuple[str, str]) -> None:
    one, two = numbers
    text = _HEADED.format(a1=f"{one}负责全县燃气行业的监督管理。", a2=f"{two}负责燃气经营许可的审批工作。",
                          b1=f"{one}负责燃气器具产品质量的监督抽查。", b2=f"{two}负责燃气计量器具的检定管理。")
    f = facts_of(text)
    assert [set(b) for b in boundaries(f)] == [{"县住房和城乡建设局", "县市场监督管理局"}]
    statement = f.boundaries[0].text
    assert "燃气经营许可" in statement and "燃气计量器具" in statement
    got = parts(f)
    assert "燃气经营许可的审批" in got["县住房和城乡建设局"][0] and "燃气计量" not in got["县住房和城乡建设局"][0]
    assert "燃气计量器具的检定" in got["县市场监督管理局"][0]
    assert "加强协作" not in statement  # the next heading's paragraph is no item


def test_the_items_of_a_body_of_the_level_below_are_its_own() -> None:
    text = ("关于加强全市养犬管理的实施意见\n一、职责分工\n（一）市城市管理局\n1.负责组织、协调、督促各区城管部门开展养犬执法工作。\n"
            "2.负责制定全市养犬执法的政策规定。\n（二）各区城管局\n1.负责辖区内的养犬登记和年检工作。\n2.负责辖区犬只的收容工作。\n")
    f = facts_of(text)
    assert [set(b) for b in boundaries(f)] == [{"市城市管理局", "各区城管局"}]
    got = parts(f)
    assert "政策规定" in got["市城市管理局"][0] and "收容" in got["各区城管局"][0]


def test_numbered_items_outside_a_dividing_document_are_no_division() -> None:
    # a notice listing its bodies' work, with no division heading: nothing is divided
    text = ("全县冬季供暖工作安排\n县住房和城乡建设局\n1.负责供热企业的监督检查。\n2.负责供热投诉的受理。\n"
            "县市场监督管理局\n1.负责供热计量器具的检定。\n")
    assert not any(len(s) > 1 for s in _sets(text, "某县"))


# ---------------------------------------------------------------- a part whose subject is left out

def test_a_sentence_opened_by_a_duty_verb_is_the_part_of_the_party_before() -> None:
    text = ("关于明确秸秆禁烧工作职责分工的通知\n县生态环境局负责秸秆焚烧火点的监测和通报。负责对焚烧行为依法查处。"
            "县农业农村局负责秸秆综合利用的指导。承担秸秆还田技术的推广。")
    got = parts(facts_of(text))
    assert "依法查处" in got["县生态环境局"][0] and "依法查处" not in got["县农业农村局"][0]
    assert "秸秆还田" in got["县农业农村局"][0]


def test_a_person_in_charge_is_no_part() -> None:
    text = ("关于明确秸秆禁烧工作职责分工的通知\n县生态环境局负责秸秆焚烧火点的监测和通报。负责人：张某某。"
            "县农业农村局负责秸秆综合利用的指导。")
    f = facts_of(text)
    assert all("张某某" not in b.text for b in f.boundaries)
    assert all("张某某" not in t for t, _ in parts(f).values())


def test_a_sentence_with_no_duty_verb_is_still_nobodys_part() -> None:
    text = "关于明确食品安全监管职责分工的通知\n县农业农村局负责种植养殖环节的监管，县市场监管局负责流通环节的监管。两部门建立追溯衔接机制。"
    got = parts(facts_of(text))
    assert all("追溯衔接" not in t for t, _ in got.values())


# ---------------------------------------------------------------- a task's role labels on lines of their own

@pytest.mark.parametrize(("lines", "parties"), [
    ("4.扩大农产品电商销售规模。\n牵头单位：县商务局\n责任单位：县农业农村局、县供销合作社",
     {"县商务局", "县农业农村局", "县供销合作社"}),
    # blank lines between, a half-width colon, 配合单位
    ("（五）推进农村厕所改造。\n\n牵头单位:县农业农村局\n\n配合单位:县卫生健康局、县住房和城乡建设局",
     {"县农业农村局", "县卫生健康局", "县住房和城乡建设局"}),
    # 牵头部门 / 协办部门, a task with no number
    ("开展燃气安全专项整治\n牵头部门：市住房和城乡建设局\n协办部门：市市场监督管理局",
     {"市住房和城乡建设局", "市市场监督管理局"}),
])
def test_role_labels_on_lines_of_their_own_divide_the_task_above(lines: str, parties: set[str]) -> None:
    f = facts_of("某县重点工作任务分解和责任分工方案\n" + lines + "\n")
    assert [set(b) for b in boundaries(f)] == [parties]
    task = lines.split("\n")[0]
    assert task.lstrip("4.（五）") in f.boundaries[0].text  # the task the labels divide, for the topic view
    assert f.boundaries[0].prov.sentence.startswith(task[:4])  # cited as written, from the task down


@pytest.mark.parametrize("lines", [
    # 责任单位 with no lead: joint work
    "6.做好防汛物资储备。\n责任单位：县应急管理局、县水利局",
    # a lead alone
    "7.推进政务服务标准化。\n牵头单位：县政务服务中心",
    # the lead of one task and the 责任单位 of the next task are not one task's labels
    "7.推进政务服务标准化。\n牵头单位：县政务服务中心\n8.做好防汛物资储备。\n责任单位：县应急管理局、县水利局",
    # labels naming no body of their own
    "9.开展人居环境整治。\n牵头单位：县农业农村局\n责任单位：各乡镇人民政府",
])
def test_a_lone_label_line_divides_nothing(lines: str) -> None:
    assert not any(len(s) > 1 for s in _sets("某县重点工作任务分解和责任分工方案\n" + lines + "\n", "某县"))


# ---------------------------------------------------------------- a power granted to bodies ("A可以开展X")

def _prose(text: str, place: str = "某县") -> dict[str, str]:
    return {d.unit.name: d.text for d in facts_of(text, place).duties if d.category == "职责表述"}


@pytest.mark.parametrize(("text", "held"), [
    # a class list sharing its head, the need it answers first
    ("农业、林业部门根据监管工作需要，可以进入农贸市场开展食用林产品质量安全风险监测。",
     {"农业部门": "可以进入农贸市场开展食用林产品质量安全风险监测。", "林业部门": "可以进入农贸市场开展食用林产品质量安全风险监测。"}),
    # one named body, 按照…规定
    ("县水利局按照河道管理规定，可以对河道采砂现场开展监督检查。", {"县水利局": "可以对河道采砂现场开展监督检查。"}),
    # a named list, no condition
    ("县农业农村局、县林业局可以组织开展病虫害防治技术培训。",
     {"县农业农村局": "可以组织开展病虫害防治技术培训。", "县林业局": "可以组织开展病虫害防治技术培训。"}),
])
def test_what_bodies_may_do_is_theirs(text: str, held: dict[str, str]) -> None:
    assert _prose(text) == held


@pytest.mark.parametrize("text", [
    "当事人可以依法申请行政复议或者提起行政诉讼。",  # no body
    "各单位可以结合实际开展专项检查。",  # every unit, none named
    "县级以上人民政府可以根据需要设立临时指挥机构。",  # a level's governments
    "县市场监督管理局可以说是全县最大的执法部门。",  # no power granted
])
def test_no_power_of_a_named_body_is_no_duty(text: str) -> None:
    assert _prose(text) == {}
