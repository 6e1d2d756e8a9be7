"""Seventeenth session (events17): constructions the fresh diagnostic set showed unread, each checked in other real
documents of the genre (docs/extraction.md, "Seventeenth session"). Sentences are written here, in the genre, not
copied from any document."""

from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.readers import RawDocument
from tests.test_constructions import events, facts_of, units

# --- a news dateline ends right before the report's place ------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("某某在线—某某晚报5月9日讯 衡阳市近日部署机构改革工作。按照方案，市政府工作部门调整为29个，"
     "新组建市医疗保障局、市应急管理局；不再保留市安全生产监督管理局。", "衡阳市"),
    ("本报讯 岳阳市委编办近日印发通知，调整市档案馆的机构规格。", "岳阳市"),
    ("新华社长沙5月6日电 株洲市组建市数据资源局，不再保留市大数据中心。", "株洲市"),
])
def test_a_place_right_after_a_news_dateline_is_the_reports_place(text, expected):
    assert detect_jurisdiction(RawDocument("t.txt", text, {})) == expected


# --- a base written as an integration ("在整合A、B的基础上" / "Z对A、B进行整合的基础上，于…挂牌成立") ----------


@pytest.mark.parametrize("text", [
    "在整合县广播电视台、县新闻中心的基础上，组建乙县融媒体中心。",
    "乙县融媒体中心在整合县广播电视台、县新闻中心的基础上，于2020年6月18日挂牌成立。",
    "乙县融媒体中心在对县广播电视台、县新闻中心进行整合的基础上，于2020年6月18日挂牌成立。",
    "乙县融媒体中心对县广播电视台、县新闻中心和“乙县发布”“乙县之声”等机构、平台和宣传资源进行整合的基础上，"
    "于2020年6月18日挂牌成立。",
])
def test_a_base_written_as_an_integration_names_its_bodies(text):
    got = [e for e in events(facts_of(text, "乙县")) if e[0] == "re_form"]
    assert len(got) == 1
    assert [n[-5:] for n in got[0][1]] == ["广播电视台", "县新闻中心"]
    assert got[0][2][0].endswith("融媒体中心")


def test_the_subject_first_integration_keeps_its_day():
    text = "乙县融媒体中心在对县广播电视台、县新闻中心进行整合的基础上，于2020年6月18日挂牌成立。"
    assert events(facts_of(text, "乙县"))[0][3] == "2020-06-18"


def test_a_plain_base_is_read_as_before():
    got = events(facts_of("在县广播电视台的基础上，组建乙县融媒体中心。", "乙县"))
    assert [(e[0], len(e[1])) for e in got] == [("re_form", 1)]


# --- 归口Y领导: the parent a body is assigned to -------------------------------------------------------------------


@pytest.mark.parametrize("text, parent", [
    ("丙县党员教育中心为全额拨款的副科级事业单位，归口县委组织部领导。", "县委组织部"),
    ("丙县党员教育中心为副科级事业单位，归口县委组织部管理。", "县委组织部"),
    ("丙县档案馆归口县委办公室领导。", "县委办公室"),
])
def test_a_body_assigned_to_a_parent_with_guikou(text, parent):
    got = units(facts_of(text, "丙县"))
    assert any(v[2] and v[2].endswith(parent) for v in got.values())


# --- an inauguration day dates the undated forming of the same body --------------------------------------------------


def test_the_inauguration_day_dates_how_the_body_was_formed():
    text = ("丁区林业局挂牌成立\n发布日期：2021-07-15\n7月12日，丁区林业局挂牌成立，副区长出席并揭牌。\n"
            "经区委、区政府同意，丁区绿化委员会办公室重组为区林业局，为区政府工作部门。")
    got = events(facts_of(text, "丁区", date="2021-07-15"))
    assert got == [("re_form", ("丁区绿化委员会办公室",), ("丁区林业局",), "2021-07-12")]


def test_an_inauguration_written_body_first_with_yu():
    text = ("丁区数据局于3月12日正式揭牌。\n根据改革方案，在丁区大数据中心的基础上，组建区数据局。")
    got = events(facts_of(text, "丁区", date="2024-03-15"))
    assert got == [("re_form", ("丁区大数据中心",), ("丁区数据局",), "2024-03-12")]


def test_another_bodys_inauguration_dates_nothing():
    text = ("3月12日，丁区数据局正式揭牌。\n根据改革方案，在丁区信息中心的基础上，组建区政务服务中心。")
    got = events(facts_of(text, "丁区", date="2024-03-15"))
    formed = [e for e in got if e[2][0].endswith("政务服务中心")]
    assert formed and formed[0][3] is None
    assert any(e[0] == "establish" and e[2][0].endswith("数据局") for e in got)


def test_a_forming_dated_on_its_own_keeps_its_date():
    text = ("3月12日，丁区数据局正式揭牌。\n2023年12月，在丁区大数据中心的基础上，组建区数据局。")
    got = events(facts_of(text, "丁区", date="2024-03-15"))
    assert ("re_form", ("丁区大数据中心",), ("丁区数据局",), "2023-12") in got


# --- a roster's native-place column is no introduction of places ----------------------------------------------------


def test_the_native_places_of_a_roster_do_not_make_a_round_up():
    text = ("第三节 机构\n一、邵阳市档案局\n1979年6月，设立邵阳地区档案局。1986年2月，邵阳地区档案局改称邵阳市档案局。"
            "1998年，邵阳市档案局与档案馆合并，为正处级事业单位。\n邵阳市档案局历任领导 | |||\n姓名 | 籍贯 | 职务 | 任期 |\n"
            "张某 | 河北献县 | 局长 | 1978.3~1984.5 |\n李某 | 山东莒县 | 副局长 | 1980.1~1986.3 |\n"
            "王某 | 湖南桃源 | 局长 | 1984.5~1990.2 |")
    assert detect_jurisdiction(RawDocument("t.txt", text, {"title": "第三节机构（邵阳市地方志网）"})) == "邵阳市"


def test_a_table_without_a_native_place_column_is_read_as_before():
    from ingest.extractors.place_evidence import without_rosters
    text = "单位 | 编制 |\n某县财政局 | 25 |"
    assert without_rosters(text) == text
    roster = "姓名 | 籍贯 | 职务 |\n张某 | 河北献县 | 局长 |\n下一段。"
    assert without_rosters(roster).split("\n")[2] == "下一段。"
    assert "献县" not in without_rosters(roster)


# --- chronicle co-locations and an office setting a body up --------------------------------------------------------


def test_two_bodies_formed_then_a_bare_co_location():
    got = events(facts_of("1962年3月10日，经县委批准，成立甲县档案局、甲县档案馆，合署办公。", "甲县", date="2000"))
    assert ("co_locate", ("甲县档案局",), ("甲县档案馆",), "1962-03-10") in got
    got = events(facts_of("1962年3月，成立甲县档案局和甲县档案馆，实行合署办公。", "甲县", date="2000"))
    assert ("co_locate", ("甲县档案局",), ("甲县档案馆",), "1962-03") in got


def test_two_bodies_formed_without_a_co_location_are_two_formings_only():
    got = events(facts_of("1962年3月，成立甲县档案局、甲县档案馆，各配干部1名。", "甲县", date="2000"))
    assert [e[0] for e in got] == ["establish", "establish"]


def test_an_office_setting_a_body_up_in_a_chronicle():
    text = "1972年9月，恢复了省档案馆。1978年3月，省委办公室设档案资料处，处馆合署办公。"
    got = events(facts_of(text, "甲省", date="2000"))
    assert ("establish", (), ("档案资料处",), "1978-03") in got
    assert any(e[0] == "co_locate" and e[1] == ("档案资料处",) and e[3] == "1978-03" for e in got)


def test_a_sanding_cited_in_a_dated_entry_leaves_the_page_a_chronicle():
    text = ("甲省档案局的机构沿革\n1972年9月，恢复了省档案馆。1978年3月，省委办公室设档案资料处，处馆合署办公。\n"
            "2011年9月15日，省编委印发《甲省档案局（甲省档案馆）主要职责、内设机构和人员编制规定》。")
    got = events(facts_of(text, "甲省", title="甲省档案局的机构沿革"))
    assert any(e[0] == "co_locate" and e[3] == "1978-03" for e in got)


def test_a_page_opening_with_its_sanding_is_still_about_it():
    from ingest.extractors.sanding import sanding_in_history
    assert not sanding_in_history("", "甲省档案局职能配置、内设机构和人员编制规定\n第一条 根据…")
    assert sanding_in_history("", "1982年7月，成立省档案局。\n2004年10月20日，印发《甲省档案局主要职责、内设机构和人员编制方案》。")


# --- a duty's hand-over ----------------------------------------------------------------------------------------------


def _moves(text: str, title: str = "") -> list[tuple]:
    f = facts_of(text, "戊市", date="2014", title=title)
    return [(e.type.value, [m.name for m in e.inputs], [m.name for m in e.outputs], [d.text for d in e.duties])
            for e in f.events]


def test_a_duty_handed_over_from_one_body_to_another():
    assert _moves("2015年3月9日，市商务局向市农业局移交畜禽屠宰行业监管职责。") == [
        ("transfer_duty", ["市商务局"], ["市农业局"], ["畜禽屠宰行业监管职责"])]
    assert _moves("市商务局与市农业局完成了生猪屠宰监督管理职责移交工作。") == [
        ("transfer_duty", ["市商务局"], ["市农业局"], ["生猪屠宰监督管理职责"])]


def test_the_files_of_a_duty_the_report_names_as_moving():
    title = "市畜禽屠宰行业监管职能移交工作座谈会"
    assert _moves("会上市商务局向市农业局移交了屠宰行业监管档案目录。", title) == [
        ("transfer_duty", ["市商务局"], ["市农业局"], ["畜禽屠宰行业监管职能"])]


@pytest.mark.parametrize("text", [
    "会上市商务局向市农业局移交了屠宰行业监管档案目录。",  # files, and no duty named as moving
    "市档案局向市档案馆移交了一批档案。",  # records handed to an archive: no reform
])
def test_files_handed_over_with_no_duty_moving_give_nothing(text):
    assert _moves(text) == []


def test_a_move_read_already_is_not_doubled():
    assert len(_moves("畜禽屠宰行业管理职能由市商务局移交市农业局。")) == 1


# --- a giver's duty going on after a comma ----------------------------------------------------------------------------


def test_a_givers_duty_going_on_after_a_comma_keeps_the_next_givers():
    text = ("新组建的己县粮食和物资储备局，整合了己县粮食局的职责，己县发展和改革局的组织实施县级储备物资的收购、调运和管理，"
            "管理县级储备粮油等职责，以及己县民政局、己县商务局等部门的组织实施应急储备物资收储职责。")
    f = facts_of(text, "己县", date="2019")
    formed = [e for e in f.events if e.type.value == "establish"]
    assert len(formed) == 1
    assert [m.name[-4:] for m in formed[0].inputs] == ["县粮食局", "和改革局", "县民政局", "县商务局"]
    moves = {(d.source.name if d.source else None, d.text) for d in formed[0].duties}
    assert ("己县发展和改革局", "组织实施县级储备物资的收购、调运和管理，管理县级储备粮油等职责") in moves


def test_a_duty_with_its_head_then_another_duty_stays_two():
    from ingest.extractors.reform import parse_sources
    got = parse_sources("原县粮食局的职责，县发展和改革局的粮食收储职责，管理县级储备粮等职责")
    assert [d for _, d, _ in got] == [None, "粮食收储职责", "管理县级储备粮等职责"]


# --- a division list closed by its class ("等科室"), its host written short ------------------------------------------


@pytest.mark.parametrize("text, host, n", [
    ("临潭县融媒体中心内设办公室、新闻部、编辑部等科室。", "临潭县融媒体中心", 3),
    ("临潭县融媒体中心下设编辑部、新媒体部、运维部、办公室等部门。", "临潭县融媒体中心", 4),
    # the host written without its place after the text named it in full; the list ends before the next clause
    ("临潭县融媒体中心为正科级事业单位，核定事业编制28名，融媒体中心内设办公室、新闻部、编辑部、技术部等科室，实有人员19人。",
     "临潭县融媒体中心", 4),
])
def test_a_division_list_closed_by_its_class(text, host, n):
    got = {k: v for k, v in units(facts_of(text, "临潭县")).items() if v[0] == "内设机构"}
    assert len(got) == n
    assert all(v[2] == host and k.startswith(host) for k, v in got.items())


def test_a_division_list_without_its_class_is_read_as_before():
    got = units(facts_of("临潭县档案局内设编研利用科、办公室、档案接收科。", "临潭县"))
    assert sorted(k for k, v in got.items() if v[0] == "内设机构") == [
        "临潭县档案局办公室", "临潭县档案局档案接收科", "临潭县档案局编研利用科"]


# --- a committee's office written by 办公室 alone ---------------------------------------------------------------------


@pytest.mark.parametrize("text, office, parent", [
    ("组建县委审计委员会，办公室设在县审计局。", "县委审计委员会办公室", "县审计局"),
    ("县委全面依法治县领导小组改为县委全面依法治县委员会，办公室设在县司法局。", "县委全面依法治县委员会办公室",
     "县司法局"),
    ("组建省委审计委员会，作为省委议事协调机构，其办公室设在省审计厅。", "省委审计委员会办公室", "省审计厅"),
])
def test_a_committees_office_set_in_another_body(text, office, parent):
    got = units(facts_of(text, "临潭县"))
    assert got[office][2] == parent and got[office][3] == "内设"  # tests/gold/BRIEF.md: "X办公室设在Y" → 内设


def test_a_committees_office_as_a_body_of_its_own_carries_the_sign():
    text = "县机构编制委员会调整为县委机构编制委员会，办公室作为县委工作机关，加挂县机构编制研究中心牌子。"
    f = facts_of(text, "临潭县")
    got = units(f)
    assert got["县委机构编制委员会办公室"][0] == "县委工作机关"
    assert got["县委机构编制委员会办公室"][4] == ("县机构编制研究中心",)
    assert not got.get("县委机构编制委员会", (None,) * 5)[4]
    assert all(e.inputs[0].name.endswith("委员会办公室") for e in f.events if e.type.value == "add_sign")


def test_an_office_clause_with_no_committee_before_it_gives_nothing():
    assert not [k for k in units(facts_of("县审计局为县政府工作部门，办公室设在二楼。", "临潭县")) if k.endswith("办公室")]


# --- 撤销了: the aspect word after the verb -----------------------------------------------------------------------------


def test_an_abolition_with_its_aspect_word():
    got = events(facts_of("经省政府批准，雨湖区撤销了姜畲镇和响塘乡，设立姜畲街道和响塘街道。", "湘潭市"))
    assert sorted(e[1][0] for e in got if e[0] == "abolish") == ["响塘乡", "姜畲镇"]
    got = events(facts_of("1962年，撤销了县手工业局。", "湘潭县"))
    assert got == [("abolish", ("县手工业局",), (), "1962")]


# --- a township made into one of another level (改设, 改设为) -----------------------------------------------------------


def test_a_township_made_into_another_level_is_formed_from_it():
    got = events(facts_of("9月18日，云梯镇改设云梯街道。", "宁国市", date="2010"))
    assert got == [("establish", ("云梯镇",), ("云梯街道",), "2010-09-18")]
    got = events(facts_of("1962年3月成立云梯公社。\n1984年4月公社改乡制，改设为云梯乡。", "宁国市", date="2010"))
    assert ("establish", ("云梯公社",), ("云梯乡",), "1984-04") in got


def test_a_body_of_another_kind_re_formed_stays_a_re_form():
    got = events(facts_of("1950年，甲县文教科改设为甲县文化科。", "甲县", date="2010"))
    assert [e[0] for e in got] == ["re_form"]


# --- township histories: a counted list after another reader's clause, an era lead, a shared commune head ---------


def test_a_counted_list_clause_is_read_beside_a_clause_read_by_another_reader():
    text = "1969年又撤甲区，成立红星、东风、前进三个公社，1992年撤区并乡时与红星合并建立东至县甲镇。"
    got = events(facts_of(text, "东至县"))
    assert {e[2][0][-4:] for e in got if e[3] == "1969"} >= {"红星公社", "东风公社", "前进公社"}


@pytest.mark.parametrize("lead", ["解放前为某县第五区", "解放前属某县", "民国时期属某区", "清代属某乡"])
def test_an_era_lead_before_the_first_year_keeps_the_chronicle(lead):
    got = events(facts_of(f"{lead}，1958年成立白沙、石门两个公社。", "东至县"))
    assert [(e[0], e[2][0][-4:], e[3]) for e in got] == [("establish", "白沙公社", "1958"), ("establish", "石门公社", "1958")]


def test_bare_stems_share_the_commune_head():
    got = events(facts_of("1961年恢复白沙、石门公社。", "东至县"))
    assert [(e[2][0][-4:], e[3]) for e in got] == [("白沙公社", "1961"), ("石门公社", "1961")]


# --- a body whose administrative duties went to another becomes a public institution -------------------------------


@pytest.mark.parametrize("text", [
    "将市测绘管理中心承担的行政职能划入市自然资源和规划局，改为市自然资源和规划局所属事业单位。",
    "将市测绘管理中心承担的行政职能划入市自然资源和规划局，市测绘管理中心改为市自然资源和规划局所属事业单位。",
    "市测绘管理中心改为市自然资源和规划局所属事业单位。",
])
def test_a_body_made_a_public_institution(text):
    f = facts_of(text, "益阳市")
    assert ("change_kind", ("市测绘管理中心",), ("市测绘管理中心",), None) in events(f)
    assert units(f)["市测绘管理中心"][:3] == ("事业单位", None, "市自然资源和规划局")
    assert sum(e[0] == "change_kind" for e in events(f)) == 1


def test_a_body_re_formed_as_an_institution_is_no_kind_change():
    text = "将市市政设施管理处承担的行政职能划入市城市管理委员会，其余职能整合，重新组建市市政设施管理处，为市城市管理委员会所属事业单位。"
    assert not [e for e in events(facts_of(text, "益阳市")) if e[0] == "change_kind"]


# --- an abolished list: the last item's bracketed signs, the class written before the list -------------------------


def test_the_last_item_of_an_abolished_list_carries_its_bracketed_signs():
    f = facts_of("不再保留区委农村工作部（区政府扶贫办公室）、区农业局（区畜牧兽医局、区水产局）。", "通州区")
    got = units(f)
    assert got["区农业局"][4] == ("区畜牧兽医局", "区水产局")
    assert got["区委农村工作部"][4] == ("区政府扶贫办公室",)


def test_the_class_before_an_abolished_list_is_each_items_kind():
    got = units(facts_of("不再保留承担行政职能的事业单位区林业工作站、区水土保持监督站。", "通州区"))
    assert got["区林业工作站"][0] == got["区水土保持监督站"][0] == "事业单位"
    assert units(facts_of("不再保留区林业工作站、区水土保持监督站。", "通州区")) == {}


def test_a_division_list_after_the_sentence_describes_its_body():
    for text in ("2004年，衡阳市档案局为副处级事业单位，内设秘书科、接收征集科、编研利用科。",
                 "衡阳市档案局为副处级事业单位，内设秘书科、接收征集科、编研利用科。"):
        got = units(facts_of(text, "衡阳市"))
        assert sorted(k for k, v in got.items() if v[2] == "衡阳市档案局") == sorted([
            "衡阳市档案局秘书科", "衡阳市档案局接收征集科", "衡阳市档案局编研利用科"])


# --- two duties joined by 和, a giver's bracketed second name ------------------------------------------------------


def _duty_texts(text: str, place: str) -> list[tuple]:
    f = facts_of(text, place)
    return sorted((d.source.name if d.source else None, d.text) for e in f.events for d in e.duties)


def test_two_duties_each_closed_by_its_own_word_are_two_moves():
    assert _duty_texts("将县民政局的老龄工作职责和殡葬管理职责划入县卫生健康局。", "临潭县") == sorted([
        ("县民政局", "老龄工作职责"), ("县民政局", "殡葬管理职责")])


def test_a_givers_bracketed_second_name_is_no_part_of_the_duty():
    assert _duty_texts("将县商务局（县口岸办公室）的外贸管理职责和口岸管理职责划入县发展和改革局。", "临潭县") == [
        ("县商务局", "口岸管理职责"), ("县商务局", "外贸管理职责")]


def test_one_duty_with_and_inside_it_stays_whole():
    assert _duty_texts("将县发展和改革局的价格监督检查和反垄断执法职责划入县市场监督管理局。", "临潭县") == [
        ("县发展和改革局", "价格监督检查和反垄断执法职责")]
