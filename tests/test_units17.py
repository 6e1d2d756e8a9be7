"""Seventeenth session (units17): unit rows as fresh reform plans and unit pages write them.

Every sentence here is written for the test in the genre's wording, never copied from a document."""

from __future__ import annotations

import pytest

from tests.test_constructions import facts_of, units


@pytest.mark.parametrize(("text", "office", "expected"), [
    # a committee formed, its office hosted by a department
    ("组建县委审计委员会，办公室设在县审计局。", "县委审计委员会办公室", (None, None, "县审计局", "内设", ())),
    # a leading group turned committee, its office hosted
    ("市委外事工作领导小组改为市委外事工作委员会，办公室设在市委办公室。", "市委外事工作委员会办公室",
     (None, None, "市委办公室", "内设", ())),
    # a describing clause between, and 其
    ("组建区委审计委员会，作为区委议事协调机构，其办公室设在区审计局。", "区委审计委员会办公室",
     (None, None, "区审计局", "内设", ())),
    # a headquarters
    ("成立县防汛抗旱指挥部，办公室设在县水利局。", "县防汛抗旱指挥部办公室", (None, None, "县水利局", "内设", ())),
    # the office described and signed, not the committee
    ("市委网络安全和信息化领导小组改为市委网络安全和信息化委员会，办公室作为市委工作机关，加挂市互联网信息办公室牌子。",
     "市委网络安全和信息化委员会办公室", ("市委工作机关", None, None, None, ("市互联网信息办公室",))),
    ("组建县委网络安全和信息化委员会，其办公室为县委工作机关，加挂县互联网信息办公室牌子。",
     "县委网络安全和信息化委员会办公室", ("县委工作机关", None, None, None, ("县互联网信息办公室",))),
])
def test_committee_office_written_by_its_word(text, office, expected) -> None:
    got = units(facts_of(text, "某县"))
    assert got[office] == expected
    committee = office.removesuffix("办公室")
    assert not (got.get(committee) or (None,) * 5)[4]  # the committee bears no sign of its office


def test_kind_first_still_read_without_a_forming_before() -> None:
    got = units(facts_of("作为县政府工作部门，县数据局加挂县政务服务管理办公室牌子。", "某县"))
    assert got["县数据局"][0] == "县政府工作部门"


@pytest.mark.parametrize(("text", "unit", "signs"), [
    ("将区委农村工作办公室（区政府农村工作办公室）和区农业委员会（区林业局、区海洋与渔业局）的职责整合，组建区农业农村局。",
     "区农业委员会", ("区林业局", "区海洋与渔业局")),
    ("将区科技委员会的科学技术工作职责、区建设和交通局（区水务局）的水功能区划职责等整合，组建区生态环境局。",
     "区建设和交通局", ("区水务局",)),
    ("将市旅游外事侨务局（市政府港澳事务办公室）的外事职责和港澳事务管理职责划入市委办公室。",
     "市旅游外事侨务局", ("市政府港澳事务办公室",)),
    ("将县文化广电新闻出版局（县版权局）的新闻出版管理职责划入县委宣传部。", "县文化广电新闻出版局", ("县版权局",)),
])
def test_giver_written_with_its_second_name(text, unit, signs) -> None:
    assert units(facts_of(text, "某县"))[unit][4] == signs


@pytest.mark.parametrize("text", [
    "将国家发展和改革委员会（以下简称发展改革委）的价格监督检查职责划入市场监管总局。",  # a short form, no sign
    # a sign the same text takes down is not kept
    "将县人力资源和社会保障局（县外国专家局）的外国专家服务管理职责划入县科学技术局。县人力资源和社会保障局不再保留县外国专家局牌子。",
])
def test_giver_bracket_that_is_no_sign_kept(text) -> None:
    assert not any(u.signs for u in facts_of(text, "某县").units)


@pytest.mark.parametrize(("text", "host", "divisions"), [
    ("某县广播电视中心内设办公室、新闻部、技术部等科室。", "某县广播电视中心", ("办公室", "新闻部", "技术部")),
    ("县林业局内设办公室、林政股、造林股等股室。", "县林业局", ("办公室", "林政股", "造林股")),
    # after a description, the body written again by its ending or without its place
    ("某县广播电视中心为全额拨款的正科级事业单位。中心下设办公室、新闻部、技术部等机构。", "某县广播电视中心",
     ("办公室", "新闻部", "技术部")),
    ("某县博物馆是县文化和旅游局所属公益一类事业单位。博物馆内设办公室、藏品管理部、陈列展览部等部门。", "某县博物馆",
     ("办公室", "藏品管理部", "陈列展览部")),
])
def test_division_list_closed_by_its_noun_without_a_count(text, host, divisions) -> None:
    got = units(facts_of(text, "某县"))
    for d in divisions:
        assert got[host + d][:4] == ("内设机构", None, host, "内设")


def test_list_closed_by_a_noun_is_no_partner_list() -> None:
    f = facts_of("市财政局会同市发展和改革委员会、市审计局等部门开展检查。", "某市")
    assert not [u for u in f.units if u.kind == "内设机构"]


@pytest.mark.parametrize("text", [
    "某县广播电视中心为全额拨款的正科级事业单位，归口县委宣传部领导。",
    "某县广播电视中心为全额拨款的正科级事业单位，归口县委宣传部管理。",
])
def test_parent_by_gui_kou_lingdao(text) -> None:
    assert units(facts_of(text, "某县"))["某县广播电视中心"][2] == "县委宣传部"


@pytest.mark.parametrize(("text", "unit", "signs"), [
    ("株洲市城建档案管理处与市城建档案馆一套人员，两块牌子。", "株洲市城建档案管理处", ("株洲市城建档案馆",)),
    ("1999年，成立株洲市城建档案管理处，与市城建档案馆一套人员，两块牌子。", "株洲市城建档案管理处", ("株洲市城建档案馆",)),
    ("1980年2月，成立株洲市档案局，与市档案馆一套机构，两块牌子。", "株洲市档案局", ("株洲市档案馆",)),
    ("1985年恢复攸县档案局，与县档案馆合署办公，两块牌子，一班人员。", "攸县档案局", ("攸县档案馆",)),
])
def test_one_team_in_other_words(text, unit, signs) -> None:
    # no place known for the document: the partner written by its level word takes the bearer's place
    assert units(facts_of(text, None))[unit][4] == signs


def test_division_list_after_a_description_with_a_clause_after() -> None:
    got = units(facts_of("某市档案局为正处级事业单位，内设办公室、业务指导科和编研室，其工作人员为国家公务员。", "某市"))
    assert got["某市档案局"][:2] == ("事业单位", "正处级")
    for d in ("办公室", "业务指导科", "编研室"):
        assert got["某市档案局" + d][2] == "某市档案局"
    assert not [n for n in got if "工作人员" in n]


@pytest.mark.parametrize("text", [
    "2005年，在机构改革中，省档案局和省档案馆为一个机构、两块牌子，被确定为省委、省政府直属单位，正厅级建制。",
    "2005年，省档案局和省档案馆为一个机构、两块牌子，为省委、省政府直属单位，正厅级建制。",
    # the pair in the last clause of a sentence opened by others' acts
    "2005年4月，经省委批准，省委办公厅印发《省档案局职能配置、内设机构和人员编制方案》，省档案局与省档案馆系一个机构、两块牌子，"
    "为省委、省政府直属单位，正厅级建制。",
])
def test_one_team_then_described_with_two_owners(text) -> None:
    got = units(facts_of(text, "某省"))
    assert got["省档案局"] == ("直属单位", "正厅级", None, None, ("省档案馆",))
    assert "省委办公厅" not in got


def test_a_divisions_bracketed_sign_is_not_its_hosts() -> None:
    text = ("2005年4月，省委办公厅印发《某省档案局职能配置、内设机构和人员编制方案》，某省档案局为省委直属单位；"
            "内设办公室（加挂人事处牌子）、法规处、保管处，编制60名。")
    got = units(facts_of(text, "某省"))
    assert "人事处" not in got.get("某省档案局", (None,) * 5)[4]


@pytest.mark.parametrize("text", [
    "某县档案局为正科级事业单位；内设办公室、业务股、编研股，核定事业编制12名。",
    "某县档案局为正科级事业单位。现设3个股室，即办公室、业务股、编研股。2010年，某县档案局为县委直属单位；"
    "内设办公室、业务股、编研股，编制12名。",
])
def test_a_figure_right_after_a_division_list_is_the_hosts(text) -> None:
    f = facts_of(text, "某县")
    owners = {s.unit.name if s.unit else None for s in f.staffing if s.kind in ("事业编制", "编制")}
    assert owners == {"某县档案局"}


@pytest.mark.parametrize(("text", "expected"), [
    ("2000年机构改革，株洲市档案局与档案馆合并，一个机构，两块牌子，为市委、市政府直属机构，正处级单位。",
     ("直属机构", "正处级", None, None, ("株洲市档案馆",))),
    # the second body by its head alone, the phrase in brackets, two owners managing
    ("2000年，机构改革后的株洲市档案局、馆合并（一个机构，两块牌子），为市委和市人民政府管理的正处级事业单位。",
     ("事业单位", "正处级", None, None, ("株洲市档案馆",))),
    ("2000年，株洲市档案局与市档案馆合并（一个机构，两块牌子），为正处级事业单位。",
     ("事业单位", "正处级", None, None, ("株洲市档案馆",))),
])
def test_bureau_and_archive_merged_one_body_two_names(text, expected) -> None:
    assert units(facts_of(text, None))["株洲市档案局"] == expected


def test_one_owner_managing_is_still_a_parent() -> None:
    got = units(facts_of("株洲市自然资源局是市自然资源和规划局管理的事业单位。", None))
    assert got["株洲市自然资源局"][2] == "市自然资源和规划局"


@pytest.mark.parametrize(("text", "host"), [
    ("2000年，机构改革后的株洲市档案局、馆合并（一个机构，两块牌子），为市委和市人民政府管理的正处级事业单位，"
     "内设办公室、业务指导科和编研室，其工作人员为国家公务员。", "株洲市档案局"),
    ("经市编委批准，株洲市档案馆为市委直属正处级事业单位，内设办公室、保管科、利用科。", "株洲市档案馆"),
])
def test_division_list_after_the_subjects_description(text, host) -> None:
    got = units(facts_of(text, None))
    divisions = [n for n, v in got.items() if v[0] == "内设机构"]
    assert len(divisions) == 3 and all(got[n][2] == host for n in divisions)


@pytest.mark.parametrize("text", [
    "株洲市档案局与株洲市档案馆一套人马、两个牌子。",
    "1983年，建立株洲市档案局，与市档案馆合署办公，一套人马，两个牌子。",
])
def test_two_ge_signs_read_as_two_kuai(text) -> None:
    assert units(facts_of(text, None))["株洲市档案局"][4] == ("株洲市档案馆",)
