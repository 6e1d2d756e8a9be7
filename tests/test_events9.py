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


@pytest.mark.parametrize(("text", "old", "new", "date"), [
    ("1950年，成立县气象站。1981年1月起，实行双重领导的管理体制，名称变更为县气象局。", "县气象站", "县气象局", "1981-01"),
    ("1956年6月成立县联合诊所。1962年10月，下放为县办集体所有制卫生事业管理，同时更名县湖头医院。", "县联合诊所", "县湖头医院", "1962-10"),
    ("1956年6月成立县联合诊所。1962年10月更名县湖头医院。", "县联合诊所", "县湖头医院", "1962-10"),
])
def test_a_chronicle_rename_with_its_subject_carried(text: str, old: str, new: str, date: str) -> None:
    assert ("rename", (old,), (new,), date) in events(facts_of(text, "某县"))


def test_a_later_rename_clause_after_a_named_body_is_not_carried() -> None:
    found = events(facts_of("1950年，成立县气象站。1981年，县政府决定由县农业局管理，名称变更为县气象局。", "某县"))
    assert all(e[0] != "rename" or e[1] != ("县气象站",) for e in found)


@pytest.mark.parametrize(("text", "olds", "new", "type_"), [
    ("一、同意撤销海安县东岭镇、西河镇和南坪镇，将原东岭、西河、南坪3镇所辖区域合并设立新的东岭镇，镇政府驻某路86号。",
     ("东岭镇", "西河镇", "南坪镇"), "东岭镇", "re_form"),
    ("同意撤销甲乡、乙乡，将其行政区域合并设立丙镇。", ("甲乡", "乙乡"), "丙镇", "establish"),
])
def test_townships_abolished_and_their_area_merged(text: str, olds: tuple, new: str, type_: str) -> None:
    found = [e[:3] for e in events(facts_of(text, "海安县"))]
    assert (type_, olds, (new,)) in found
    assert all(("abolish", (o,), ()) in found for o in olds)


@pytest.mark.parametrize(("text", "old", "new"), [
    ("1978年，该图书馆与文化馆分离，正式成立县图书馆。", "文化馆", "县图书馆"),
    ("1978年6月，县文化馆图书室与文化馆分家，在县北街内设立县图书馆。", "文化馆", "县图书馆"),
    ("2005年，县规划所与县建设局脱钩，单独设立县规划设计院。", "县建设局", "县规划设计院"),
])
def test_a_body_formed_after_separating_from_another(text: str, old: str, new: str) -> None:
    assert ("establish", (old,), (new,)) in [e[:3] for e in events(facts_of(text, "某县"))]


@pytest.mark.parametrize(("text", "expected"), [
    ("1957年，撤销流芳文化站，重建流泗文化站（公办）。", [("abolish", ("流芳文化站",), ()), ("establish", (), ("流泗文化站",))]),
    ("1951年7月，县文化馆建立，在弼时街设立图书室。", [("establish", (), ("县文化馆",))]),
    ("1951年7月，县文化馆成立，在弼时街设立图书室。", [("establish", (), ("县文化馆",))]),
])
def test_a_chronicle_body_formed_by_its_own_verb(text: str, expected: list) -> None:
    found = [e[:3] for e in events(facts_of(text, "某县"))]
    assert all(x in found for x in expected)


def test_a_building_rebuilt_is_no_body() -> None:
    assert events(facts_of("1958年，重建县人民医院门诊楼。", "某县")) == []


REQUIREMENTS = """二、县（市、区）机构改革
县（市、区）政府机构设置要求是：
1.整合规划、建设、房管等管理职责，组建规划和住房建设局。
2.整合人事、劳动和社会保障等管理职责，组建人力资源和社会保障局。
三、组织实施
2010年3月，某县组建某县行政审批局。"""


def test_requirements_for_a_class_of_places_form_no_body() -> None:
    found = [e[:3] for e in events(facts_of(REQUIREMENTS, "某市"))]
    assert ("establish", (), ("规划和住房建设局",)) not in found
    assert ("establish", (), ("人力资源和社会保障局",)) not in found
    assert ("establish", (), ("某县行政审批局",)) in found  # a later top-level heading ends the requirements


def test_a_standing_list_of_bodies_states_signs_not_sign_events() -> None:
    text = "国务院关于部委管理的国家局设置的通知\n某部对外保留国家某某委员会牌子。国家甲局在内设机构中保留国家乙局牌子。"
    f = facts_of(text, "中央", title="国务院关于部委管理的国家局设置的通知")
    assert [e for e in events(f) if e[0] == "add_sign"] == []
    assert units(f)


def test_a_plan_keeping_a_sign_is_still_a_sign_event() -> None:
    text = "将国家甲委员会职责划入国家乙总局，对外保留国家甲委员会牌子。"
    assert any(e[0] == "add_sign" for e in events(facts_of(text, "中央", title="某某机构改革方案")))


@pytest.mark.parametrize("text", [
    "1.综合设置行政机构。乡镇只设党委、人大、政府领导机构。设立人民武装部，为乡镇党委的军事部门。",
    "镇设党政办公室、社会事务办公室。设立综合执法队，为镇政府的执法机构。",
])
def test_a_rule_for_every_township_goes_on_in_the_next_subjectless_sentence(text: str) -> None:
    assert [e for e in events(facts_of(text, "某州")) if e[0] == "establish"] == []


def test_a_named_township_forming_a_body_is_no_class() -> None:
    text = "某镇设立便民服务中心。设立综合执法队，为镇政府的执法机构。"
    assert events(facts_of(text, "某县"))  # a named township: its own bodies


def test_a_proposal_to_set_up_in_a_named_host_is_no_change() -> None:
    assert events(facts_of("1985年6月28日，某部呈报国务院，建议在某部设立国家某某局。", "中央")) == []


def test_a_former_division_under_its_parent() -> None:
    assert ("rename", ("文化部出版局",), ("国家出版局",)) in [e[:3] for e in events(facts_of("同时决定，将文化部原出版局改称国家出版局。", "中央"))]


@pytest.mark.parametrize(("text", "body"), [
    ("1987年1月，国务院决定撤消农业部所属国家农垦局，设立直属国务院的国家某某署。", "国家农垦局"),
    ("撤销县农业局所属县农机站。", "县农机站"),
])
def test_a_body_abolished_with_its_owner_written_before(text: str, body: str) -> None:
    assert ("abolish", (body,), ()) in [e[:3] for e in events(facts_of(text, "中央"))]


def test_an_approver_deciding_is_no_subject() -> None:
    assert ("establish", (), ("县水利局",)) in [e[:3] for e in events(facts_of("1990年，县政府研究决定组建县水利局。", "某县"))]


@pytest.mark.parametrize(("text", "body"), [
    ("2001年，国家甲署（国家乙局）升格为正部级单位，改称国家甲总署（国家乙局）。", "国家甲署"),
    ("2001年，县文化局（县文物局）升格为正科级单位。", "县文化局"),
])
def test_a_bracketed_sign_is_not_the_body_raised(text: str, body: str) -> None:
    found = [e[:3] for e in events(facts_of(text, "中央"))]
    assert ("upgrade", (body,), (body,)) in found
    assert all(e[1] != ("国家乙局",) and e[1] != ("县文物局",) for e in found)


def test_a_new_name_with_its_sign_in_brackets() -> None:
    text = "2001年，国家甲署（国家乙局）升格为正部级单位，改称国家甲总署（国家乙局）。"
    assert ("rename", ("国家甲署",), ("国家甲总署",)) in [e[:3] for e in events(facts_of(text, "中央"))]


def test_a_township_set_up_in_an_announcement_title() -> None:
    text = "同日，某市人民政府发布关于省委、省政府批准，撤销颍州区甲寨乡，设立颍州区甲寨镇；撤销界首市乙寨乡，设立界首市乙寨镇公告。"
    found = [e[:3] for e in events(facts_of(text, "安徽省"))]
    assert ("establish", (), ("乙寨镇",)) in found and ("abolish", ("乙寨乡",), ()) in found
    assert ("abolish", ("界首市乙寨乡",), ()) not in found


def test_an_abolished_item_written_after_its_kind() -> None:
    text = "组建省经济和信息化委员会，不再保留省经济委员会、信息产业厅和省政府直属事业单位省农机局（省农机中心）。"
    found = [e[:3] for e in events(facts_of(text, "某省"))]
    assert all(("abolish", (n,), ()) in found for n in ("省经济委员会", "信息产业厅", "省农机局"))


@pytest.mark.parametrize(("text", "inputs", "output"), [
    ("在县城市综合管理局的基础上重新组建县综合行政执法局。", ("县城市综合管理局",), "县综合行政执法局"),
    ("在县科学技术局的基础上重新组建县科学技术局。", ("县科学技术局",), "县科学技术局"),
    ("重新组建县科学技术局。", ("县科学技术局",), "县科学技术局"),
])
def test_rebuilt_on_the_basis_of_another_body(text: str, inputs: tuple, output: str) -> None:
    assert [e[:3] for e in events(facts_of(text, "某县"))] == [("re_form", inputs, (output,))]


CHRONICLE = ("1959年11月，县档案馆成立。1969年1月，隶属于县革命委员会办事组。1970年4月1日，改名为县革命委员会档案馆。"
             "1979年3月，复名县档案馆。1981年12月，成立县档案局。1984年5月撤销，1985年12月4日又恢复，与县档案馆合署办公。")


def test_a_chronicle_carries_its_subject_over_a_sentence_without_events() -> None:
    found = events(facts_of(CHRONICLE, "某县"))
    assert ("rename", ("县档案馆",), ("县革命委员会档案馆",), "1970-04-01") in found
    assert ("rename", ("县革命委员会档案馆",), ("县档案馆",), "1979-03") in found
    assert ("co_locate", ("县档案局",), ("县档案馆",), "1985-12-04") in found


def test_a_preparatory_office_named_for_good_in_a_dated_clause() -> None:
    found = events(facts_of("县图书馆筹备处成立于1953年，1963年定名县图书馆。", "某县"))
    assert ("rename", ("县图书馆筹备处",), ("县图书馆",), "1963") in found


def test_counted_bodies_merged_into_a_new_one() -> None:
    found = events(facts_of("1956年4月，县委、县人委各设有档案室1个。1959年11月，两室合并为县档案馆，配有专职干部2名。", "某县"))
    # tenth session (tests/test_reference10.py): the count is resolved to the bodies each owner set up
    assert ("establish", ("县委档案室", "县人委档案室"), ("县档案馆",), "1959-11") in found


@pytest.mark.parametrize(("text", "inputs"), [
    ("新组建的县融媒体中心，将县新闻中心和县广播电视台等机构进行了合并。", ("县新闻中心", "县广播电视台")),
    ("2月15日，县融媒体中心挂牌成立。据了解，新组建的县融媒体中心，将隶属于县委宣传部的县新闻中心和隶属于县文广局的县广播电视台、"
     "县电视记者站等机构进行了合并。", ("县新闻中心", "县广播电视台", "县电视记者站")),
])
def test_a_new_body_and_the_bodies_merged_into_it(text: str, inputs: tuple) -> None:
    found = [e[:3] for e in events(facts_of(text, "某县"))]
    assert found == [("establish", inputs, ("县融媒体中心",))]


@pytest.mark.parametrize("text", [
    "1月25日，我市市级机构改革举行集中挂牌仪式。市生态环境局、市文化旅游广电体育局等16家新组建或调整优化的机构正式挂牌。",
    "某县新组建和职能调整的部门集中挂牌。此次挂牌的3家单位是：县医疗保障局、县应急管理局、县司法局。",
])
def test_a_ceremony_for_new_and_adjusted_bodies_opens_none(text: str) -> None:
    assert [e for e in events(facts_of(text, "某市")) if e[0] == "establish"] == []


def test_a_ceremony_for_new_bodies_still_opens_them() -> None:
    text = "此次挂牌的3家单位是：县医疗保障局、县应急管理局、县退役军人事务局。"
    assert len([e for e in events(facts_of(text, "某县")) if e[0] == "establish"]) == 3


@pytest.mark.parametrize(("text", "body"), [
    ("1987年分拆，恢复新村街道办事处。", "新村街道办事处"),
    ("1990年，成立新华书店管理处。", "新华书店管理处"),
])
def test_a_name_opening_with_xin_keeps_it(text: str, body: str) -> None:
    assert ("establish", (), (body,)) in [e[:3] for e in events(facts_of(text, "某区"))]


def test_streets_set_up_by_their_district_carry_no_district_prefix() -> None:
    found = [e[:3] for e in events(facts_of("2021年，丰台区增设玉泉营街道、看丹街道、花乡街道。", "丰台区"))]
    assert found == [("establish", (), ("玉泉营街道",)), ("establish", (), ("看丹街道",)), ("establish", (), ("花乡街道",))]


def test_a_body_abolished_just_before_is_not_renamed_after() -> None:
    text = "1958年12月，建立县钢铁医院。1959年4月，县钢铁医院撤销。1962年10月，下放为县办集体所有制卫生事业管理，同时更名县湖头医院。"
    assert all(e[0] != "rename" for e in events(facts_of(text, "某县")))


@pytest.mark.parametrize("text", [
    "接着，甲河、乙岭、丙桥等区相继建立文化站（区办），实现了区区有文化站。",
    "甲镇、乙镇等乡镇先后成立便民服务中心。",
])
def test_each_place_of_a_class_forming_its_own_body_is_no_event(text: str) -> None:
    assert events(facts_of(text, "某县")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("1989年某站升格为崇武国家基准气候站。", None),
    ("1989年崇武气象站升格为崇武国家基准气候站。", ("rename", ("崇武气象站",), ("崇武国家基准气候站",))),
    ("县农机站升格为县农业机械化服务中心，为正科级事业单位。", ("rename", ("县农机站",), ("县农业机械化服务中心",))),
    ("县农机中心升格为正科级单位。", ("upgrade", ("县农机中心",), ("县农机中心",))),
])
def test_raised_to_a_new_name_is_a_rename(text: str, expected: tuple | None) -> None:
    found = [e[:3] for e in events(facts_of(text, "某县"))]
    assert expected in found if expected else all(e[0] != "rename" for e in found)
