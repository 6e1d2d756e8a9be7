"""Unit conventions decided in the ninth session (tests/gold/README.md, "Unit conventions"), and the
constructions they touch. Sentences written for these tests in the genre's wording."""
from __future__ import annotations

import pytest

from tests.test_constructions import events, facts_of, units

# --- the owner of a class of the government's own sequence is part of the kind ----------------------------

@pytest.mark.parametrize(("text", "jur", "unit", "kind"), [
    ("政务院设立三个直属机构，主办专门业务。这三个直属机构是：中央气象局，中央工商行政管理局，国家档案局。", "中央",
     "中央气象局", "政务院直属机构"),
    ("县人民政府设立两个工作部门：县统计局、县档案局。", "某县", "县统计局", "县人民政府工作部门"),
    ("市委设立三个工作机关：市委办公室、市委组织部、市委宣传部。", "某市", "市委组织部", "市委工作机关"),
])
def test_a_counted_class_of_the_sequence_is_owned_in_its_kind(text: str, jur: str, unit: str, kind: str) -> None:
    got = units(facts_of(text, jur))[unit]
    assert got[0] == kind and got[2] is None


def test_a_counted_class_of_institutions_keeps_its_owner_as_parent() -> None:
    got = units(facts_of("县政府设立三个直属事业单位：县档案馆、县图书馆、县文化馆。", "某县"))["县图书馆"]
    assert got[2] == "县政府"


# --- "A与B一个机构两块牌子": which is the body ------------------------------------------------------------

@pytest.mark.parametrize(("text", "host", "sign"), [
    ("县人民政府外事办公室与县委外事工作委员会办公室一个机构两块牌子。", "县委外事工作委员会办公室", "县人民政府外事办公室"),
    ("县委网络安全和信息化委员会办公室与县互联网信息办公室，一套班子、两块牌子。", "县委网络安全和信息化委员会办公室",
     "县互联网信息办公室"),
    ("县档案馆与县地方志编纂中心实行一套人马、两块牌子。", "县档案馆", "县地方志编纂中心"),  # no party body: the first
])
def test_a_party_body_hosts_its_government_partner(text: str, host: str, sign: str) -> None:
    got = units(facts_of(text, "某县"))
    assert got[host][4] == (sign,) and sign not in got


def test_a_described_first_body_hosts_its_partner_whatever_it_is() -> None:
    got = units(facts_of("县司法局（与县委全面依法治县委员会办公室一个机构两块牌子）为县政府工作部门，正科级。", "某县"))
    assert got["县司法局"][0] == "县政府工作部门" and got["县司法局"][4] == ("县委全面依法治县委员会办公室",)


def test_a_listed_body_with_its_partner_in_brackets() -> None:
    text = "一、列入省委工作机关的机构\n- 省人民政府台湾事务办公室（与省委台湾工作办公室一个机构两块牌子）\n- 省人民政府新闻办公室（加挂在省委宣传部的牌子）"
    got = units(facts_of(text, "某省"))
    assert got["省委台湾工作办公室"][4] == ("省人民政府台湾事务办公室",)
    assert got["省委宣传部"][4] == ("省人民政府新闻办公室",)


# --- division lists counted after their noun; lists closed by 和/及 ------------------------------------------

@pytest.mark.parametrize(("text", "host", "divisions"), [
    ("县自然资源局是县政府工作部门。县自然资源局现设职能股（室）5个，分别为：办公室、规划股（挂测绘股牌子）、耕保股、"
     "执法监察室、财务股。", "县自然资源局", {"办公室", "规划股", "耕保股", "执法监察室", "财务股"}),
    ("县妇幼保健院共设职能科室4个，分别为办公室、保健科、检验科及财务科等。", "县妇幼保健院",
     {"办公室", "保健科", "检验科", "财务科"}),
    ("县图书馆是县文化局所属事业单位。县图书馆设有办公室、采编部、流通部和技术部等4个部室。", "县图书馆",
     {"办公室", "采编部", "流通部", "技术部"}),
])
def test_division_lists_counted_after_their_noun_or_closed_by_he(text: str, host: str, divisions: set[str]) -> None:
    got = units(facts_of(text, "某县"))
    listed = {n[len(host):] for n, u in got.items() if u[0] == "内设机构" and n.startswith(host)}
    assert listed == divisions


def test_a_division_item_with_its_sign_written_as_jiagua() -> None:
    got = units(facts_of("县自然资源局现设职能股（室）3个，分别为：办公室、规划股（挂测绘股牌子）、财务股。", "某县"))
    assert got["县自然资源局规划股"][4] == ("测绘股",)


# --- a level alone before 直属 names no owner ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["县政务服务中心为县直属正科级事业单位。", "县政务服务中心系县直属事业单位，正科级。"])
def test_a_level_alone_before_zhishu_names_no_owner(text: str) -> None:
    got = units(facts_of(text, "某县"))["县政务服务中心"]
    assert got[0] == "事业单位" and got[2] is None


def test_a_pointer_back_to_a_class_is_no_kind() -> None:
    got = units(facts_of("市直事业单位属于处级单位。这类单位包括市图书馆、市博物馆、市规划院等。", "某市"))
    assert not {n: u for n, u in got.items() if u[0] and u[0].startswith("这")}


# --- 一是…二是… duty items ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "县数据局为县政府工作部门，正科级。其主要职责是：一是负责全县数据资源整合共享。二是统筹推进数字政府建设。三是承担政务数据安全管理工作。",
    "县里新设县数据局，为县政府工作部门。主要职责：一是负责全县数据资源整合共享；二是统筹推进数字政府建设；三是承担政务数据安全管理工作。",
])
def test_duties_enumerated_with_yishi(text: str) -> None:
    f = facts_of(text, "某县")
    got = [d.text.rstrip("；。") for d in f.duties if d.category == "主要职责"]
    assert got == ["负责全县数据资源整合共享", "统筹推进数字政府建设", "承担政务数据安全管理工作"]
    assert all(d.unit.name == "县数据局" for d in f.duties if d.category == "主要职责")


def test_bodies_enumerated_with_yishi_give_no_duties() -> None:
    text = ("市编办对市农业农村局所属事业单位作出批复。一是市农业技术推广站为正科级事业单位，主要职责：承担全市农业技术推广工作。"
            "二是市种子管理站为正科级事业单位，主要职责：承担全市种子管理工作。")
    assert not [d for d in facts_of(text, "某市").duties if d.category == "主要职责"]


# --- "市政府办公室" is the 人民政府 office the document names in full --------------------------------------

def test_a_short_government_office_is_the_full_one_the_document_names() -> None:
    text = "某市人民政府办公室是市政府的办事机构。市政府办公室现设职能科（室）3个，分别为：秘书科、会议科、综合科。"
    got = units(facts_of(text, "某市"))
    assert "某市人民政府办公室秘书科" in got and got["某市人民政府办公室"][0] == "市政府办事机构"


# --- the members of a counted class --------------------------------------------------------------------------

def test_members_of_a_counted_class_take_its_kind() -> None:
    text = ("某省人民政府设置工作部门30个。此外，设置部门管理机构3个。"
            "其中，省粮食和物资储备局由省发展和改革委员会管理；省监狱管理局由省司法厅管理；省林业局由省自然资源厅管理。")
    got = units(facts_of(text, "某省"))
    assert got["省林业局"][0] == "部门管理机构" and got["省林业局"][2] == "省自然资源厅"
    assert got["省监狱管理局"][0] == "部门管理机构"


def test_members_that_do_not_match_the_count_take_no_kind() -> None:
    text = "此外，设置部门管理机构7个。其中，省林业局由省自然资源厅管理。"
    assert units(facts_of(text, "某省"))["省林业局"][0] is None


@pytest.mark.parametrize("text", [
    "分管县教育和科学技术局（县知识产权局）、县卫生局（县中医药管理局）、县体育局等单位。",
    "协管县教育和科学技术局（县知识产权局）、县统计局。",
])
def test_a_portfolio_list_gives_its_bracketed_signs(text: str) -> None:
    assert units(facts_of(text, "某县"))["县教育和科学技术局"][4] == ("县知识产权局",)


# --- "办公室：负责…" lines after a list of the host's divisions ---------------------------------------------

def test_division_duty_lines_after_a_division_list() -> None:
    text = ("某县融媒体中心为县委直属正科级公益一类事业单位。中心内设办公室、采编部、技术部3个部室。\n"
            "办公室：负责中心日常运转和后勤保障工作。\n采编部：负责新闻采访、编辑和发布工作。\n"
            "技术部：具体负责播出系统和网络平台的技术保障。")
    got = {(d.unit.name, d.text) for d in facts_of(text, "某县").duties if d.category == "内设机构职责"}
    assert ("某县融媒体中心采编部", "负责新闻采访、编辑和发布工作。") in got and len(got) == 3


def test_no_division_duties_from_lines_naming_no_listed_division() -> None:
    text = "街道可综合设置若干机构。\n党政办公室：负责文秘、综合、后勤工作。\n城管科：负责辖区内的城市建设和管理。"
    assert not [d for d in facts_of(text, "某区").duties if d.category == "内设机构职责"]


# --- bodies counted by their head noun, then described -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "县里设立3个农机站，分别为：甲镇农机站、乙镇农机站（辖丙镇、丁镇）和戊镇农机站。新成立的3个农机站为公益性事业单位，每站编制5名。",
    "设立两个水利站：甲镇水利站、乙镇水利站。上述2个水利站均为县水利局所属事业单位。",
])
def test_bodies_counted_by_their_head_noun_described(text: str) -> None:
    got = units(facts_of(text, "某县"))
    station = "甲镇农机站" if "农机站" in text else "乙镇水利站"
    assert got[station][0] in ("公益性事业单位", "事业单位")


def test_bodies_counted_by_their_head_noun_must_match_the_count() -> None:
    got = units(facts_of("设立甲镇农机站、乙镇农机站。新成立的3个农机站为公益性事业单位。", "某县"))
    assert "甲镇农机站" not in got


# --- a rank written as a band ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "rank", "kind"), [
    ("县农机推广站为处级事业单位，经费来源为财政拨款。", "处级", "事业单位"),
    ("县纤维检验站属于公益一类事业单位，机构规格为县（处）级。", "处级", "公益一类事业单位"),
    ("县档案馆为科级事业单位。", "科级", "事业单位"),
    ("县档案馆为正科级事业单位。", "正科级", "事业单位"),
])
def test_a_rank_written_as_a_band(text: str, rank: str, kind: str) -> None:
    name = next(n for n in ("县农机推广站", "县纤维检验站", "县档案馆") if text.startswith(n))
    got = units(facts_of(text, "某县"))[name]
    assert got[:2] == (kind, rank)


# --- Traditional wordings of the constructions above ------------------------------------------------------------

def test_traditional_division_list_counted_after_its_noun() -> None:
    text = "某市人民政府辦公室是市政府的辦事機構。市政府辦公室現設職能科(室)3個,分別為:秘書科(掛駐外工作科牌子)、會議科、綜合科。"
    got = units(facts_of(text, "某市"))
    assert got["某市人民政府办公室秘书科"][4] == ("驻外工作科",) and "某市人民政府办公室综合科" in got
    assert got["某市人民政府办公室"][0] == "市政府办事机构"


def test_traditional_yishi_duties_and_band_rank() -> None:
    f = facts_of("縣數據局為縣政府工作部門。其主要職責是：一是負責全縣數據資源整合共享。二是統籌推進數字政府建設。", "某县")
    assert [d.text for d in f.duties if d.category == "主要职责"] == ["负责全县数据资源整合共享。", "统筹推进数字政府建设。"]
    assert units(facts_of("縣農機推廣站為處級事業單位。", "某县"))["县农机推广站"][:2] == ("事业单位", "处级")


def test_a_competent_authority_is_a_role_not_a_kind() -> None:
    got = units(facts_of("市公安局交通管理局是全市道路交通安全的主管机关，下设17个职能部门。", "某市"))
    assert not any(u[0] and u[0].endswith("主管机关") for u in got.values())


@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("故宫博物院是文旅部直属事业单位，中国科技馆由中国科协管理。", "中国科技馆", "中国科协"),
    ("县残疾人康复中心由县残联管理。", "县残疾人康复中心", "县残联"),
])
def test_a_mass_organisation_written_short_is_a_body(text: str, unit: str, parent: str) -> None:
    assert units(facts_of(text, "中央" if "中国" in text else "某县"))[unit][2] == parent


# --- institutions enumerated after their owner ------------------------------------------------------------------

def test_institutions_enumerated_after_their_owner() -> None:
    text = ("日前，市编办对市农业农村局所属事业单位机构编制事项作出批复。\n"
            "一是市农业技术推广站为正科级事业单位，经费来源为财政拨款。\n"
            "二是市种子管理站为副科级事业单位。\n"
            "市图书馆为市文化局所属事业单位。")
    got = units(facts_of(text, "某市"))
    assert got["市农业技术推广站"][2:4] == ("市农业农村局", "所属")
    assert got["市种子管理站"][2] == "市农业农村局"
    assert got["市图书馆"][2] == "市文化局"  # the items ended


# --- a rank change of "X（Y）", and a rank change with a new name -----------------------------------------------

@pytest.mark.parametrize(("text", "body", "sign"), [
    ("2001年，县文化局（县文物局）升格为正科级单位。", "县文化局", "县文物局"),
    ("2001年，新闻出版署（国家版权局）升格为正部级单位。", "新闻出版署", "国家版权局"),
])
def test_a_rank_change_of_a_body_written_with_its_sign(text: str, body: str, sign: str) -> None:
    f = facts_of(text, "中央" if "国家" in text else "某县")
    assert [e[1] for e in events(f) if e[0] == "upgrade"] == [(body,)]
    assert units(f)[body][4] == (sign,)


def test_a_rank_change_then_a_new_name_ranks_the_new_name() -> None:
    f = facts_of("县统计站升格为正科级，更名为县统计局。", "某县")
    assert units(f)["县统计局"][1] == "正科级"
    assert [e[1] for e in events(f) if e[0] == "upgrade"] == [("县统计站",)]


@pytest.mark.parametrize("text", [
    "县疾控中心是县卫生健康局所属的公益一类事业单位主要职责：承担全县疾病预防控制工作。",
    "县疾控中心是由县人民政府举办的实施疾病预防控制的公益一类事业单位主要职责:承担全县疾病预防控制工作;开展预防医学研究。",
])
def test_a_description_run_on_into_its_duties(text: str) -> None:
    assert units(facts_of(text, "某县"))["县疾控中心"][0] == "公益一类事业单位"


def test_a_counted_class_owned_by_a_named_place_names_it_by_level() -> None:
    got = units(facts_of("浙江省人民政府设立两个直属机构：浙江省统计局、浙江省档案局。", "浙江省"))
    assert got["浙江省统计局"][0] == "省政府直属机构"


@pytest.mark.parametrize(("text", "unit", "sign"), [
    ("地方金融监督管理局挂省政府金融工作办公室牌子。", "省地方金融监督管理局", "省政府金融工作办公室"),
    ("县地方志编纂中心挂县档案史志馆牌子。", "县地方志编纂中心", "县档案史志馆"),
])
def test_difang_opens_the_names_of_real_bodies(text: str, unit: str, sign: str) -> None:
    got = units(facts_of(text, "某省" if "省" in text else "某县"))
    assert any(n.endswith(unit.lstrip("省县")) and u[4] and u[4][0].endswith(sign.lstrip("省县")) for n, u in got.items())
