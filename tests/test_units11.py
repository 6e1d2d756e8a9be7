"""Units as fresh documents state them (eleventh session, docs/extraction.md "Eleventh session" under "Unit
descriptions outside a 三定"): the bodies a body has under it, divisions after "甲区设区X局", and phrases
glued before a name. Sentences written for these tests in the genre's wording."""
from __future__ import annotations

import pytest

from ingest.extractors.common import find_names
from tests.test_constructions import facts_of, units

# --- the bodies a body has under it (not its divisions) -------------------------------------------------------


@pytest.mark.parametrize(("text", "member", "parent"), [
    # 下辖 after the divisions, the host the sentence opens with
    ("1990年，县农业局编制9人，内设办公室、农经股，下辖农技推广站、种子站、农机管理所。", "农机管理所", "县农业局"),
    # a class header with its count, then the list, the last item after 和
    ("县水利局内设办公室、工程股2个股室；下设直属单位3个，县水文站、县灌区管理处和县防汛物资仓库。",
     "县灌区管理处", "县水利局"),
    # 现辖 … 共N个单位, written in Traditional characters
    ("某縣林業局現轄林場、苗圃、木材檢查站共三個單位。", "木材检查站", "某县林业局"),
    # 所属(管理)单位有：… 等N处…单位
    ("县卫生局所属单位有：县人民医院、县疾病预防控制中心、县妇幼保健所等3处县直单位。", "县妇幼保健所", "县卫生局"),
    # the host referred to by its ending, a single body
    ("1995年设县林业局，内设办公室、林政股，局下设森林病虫害防治站。", "森林病虫害防治站", "县林业局"),
    # the count, rank and class after the list
    ("某市城管执法支队设甲中队、乙中队2个科级直属机构。", "某市城管执法支队甲中队", "某市城管执法支队"),
])
def test_bodies_under_a_body_take_it_as_parent_and_no_kind(text: str, member: str, parent: str) -> None:
    got = units(facts_of(text, "某县"))
    assert member in got, sorted(got)
    kind, _rank, owner, _relation, _signs = got[member]
    assert kind is None
    assert owner == parent


def test_a_police_bureaus_brigades_are_written_as_its_parts() -> None:
    got = units(facts_of("某县公安局下设刑侦大队、巡特警大队、禁毒大队等部门。", "某县"))
    assert got["某县公安局巡特警大队"][2] == "某县公安局"
    assert "巡特警大队" not in got


def test_branch_bureaus_under_a_bureau_are_no_divisions() -> None:
    got = units(facts_of("市市场监督管理局下设东城分局、西城分局、高新区分局。", "某市"))
    assert got["市市场监督管理局西城分局"][0] is None
    assert got["市市场监督管理局西城分局"][2] == "市市场监督管理局"


def test_a_bracket_after_a_listed_body_is_its_sign_or_a_note() -> None:
    got = units(facts_of("县文化局内设办公室、文化股，下辖文化馆、博物馆（文物管理所）、图书馆（全额事业）。", "某县"))
    assert got["博物馆"][4] == ("文物管理所",)
    assert got["图书馆"][4] == ()


@pytest.mark.parametrize("text", [
    "区城市管理局下辖5个街道、3个镇，均设立城管中队。",  # places, no bodies
    "县农业局下辖6个场、站、公司、校，共有职工90人。",  # kinds counted, no names
    "县财政局下设预算股、国库股、综合股。",  # divisions: the division readers' list
    "县人民政府下设县公安局、县民政局。",  # a government's departments are no one's subordinate bodies
])
def test_lists_that_are_no_bodies_under_a_body(text: str) -> None:
    got = units(facts_of(text, "某县"))
    assert all(u[2] is None or u[3] != "所属" for u in got.values()), got


def test_a_count_that_disagrees_with_the_list_gives_no_bodies() -> None:
    got = units(facts_of("县交通局下设直属单位4个，县公路站、县运管所。", "某县"))
    assert "县公路站" not in got


# --- divisions after "甲区设区X局"; signs in one 挂…牌子 bracket ------------------------------------------------


def test_divisions_of_a_bureau_a_district_sets_up() -> None:
    text = "甲区设区民政局，内设办公室（挂法规科、信访科牌子）、社会事务科和养老服务科机构3个科室；下设直属单位2个，区救助站和区福利院。"
    got = units(facts_of(text, "某市"))
    assert got["甲区民政局办公室"][:4] == ("内设机构", None, "甲区民政局", "内设")
    assert got["甲区民政局办公室"][4] == ("法规科", "信访科")
    assert "甲区民政局养老服务科" in got
    assert got["甲区救助站"][2] == "甲区民政局"


def test_a_division_opening_with_shi_is_no_citys_body() -> None:
    got = units(facts_of("县城市管理局内设办公室、市容管理科和市政设施科3个科室。", "某县"))
    assert got["县城市管理局市容管理科"][0] == "内设机构"
    assert got["县城市管理局市政设施科"][0] == "内设机构"


# --- phrases glued before a name --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("1985年分局后改设农业水利局", "农业水利局"),
    ("乙县设县交通局", "县交通局"),
])
def test_a_phrase_glued_before_a_name_is_left_out(text: str, name: str) -> None:
    assert find_names(text)[-1][2] == name


def test_a_place_word_inside_opens_no_name() -> None:
    assert all("辖区内" not in n and not n.startswith("区内") for _, _, n in find_names("组织辖区内图书馆开展培训"))
    assert find_names("内江市教育局")[0][2] == "内江市教育局"


# --- a historical full name written once, the short name after ----------------------------------------------


def test_a_ministry_written_short_after_its_historical_full_name() -> None:
    text = ("1949年10月，设立中央人民政府轻工业部，主管全国轻工业。轻工业部内设办公厅、计划司和技术司。"
            "1954年，中央人民政府决定将轻工业部改为国务院轻工业部。")
    f = facts_of(text)
    got = units(f)
    assert got["中央人民政府轻工业部技术司"][2] == "中央人民政府轻工业部"
    assert "轻工业部技术司" not in got


def test_divisions_listed_after_xiashe_with_he_between_a_ting_and_a_ju() -> None:
    got = units(facts_of("国家外事总署下设办公厅和国际联络局。", "中央"))
    assert got["国家外事总署国际联络局"][:4] == ("内设机构", None, "国家外事总署", "内设")


# --- a body's request about its own institutions, items numbered 一、二、 --------------------------------------


def test_institutions_enumerated_in_a_request_signed_by_their_owner() -> None:
    text = ("区编委：\n经研究，对我局所属事业单位的类别划分请示如下：\n"
            "一、某区水文站更名为某区水文监测中心，为公益一类事业单位。\n"
            "二、某区水利工程管理所，为公益二类事业单位。\n特此请示。\n某区水利局\n二〇一五年三月二日")
    got = units(facts_of(text, "某区"))
    assert got["某区水文监测中心"][2] == "某区水利局"
    assert got["某区水利工程管理所"][2] == "某区水利局"


def test_our_bureau_needs_a_signing_bureau() -> None:
    text = "对我局所属事业单位的类别划分请示如下：\n一、某区水利工程管理所，为公益二类事业单位。\n特此请示。"
    got = units(facts_of(text, "某区"))
    assert got["某区水利工程管理所"][2] is None


# --- offices hosted together; bodies closed by their class -----------------------------------------------------


def test_offices_listed_then_all_hosted_in_one_body() -> None:
    got = units(facts_of("县老龄工作委员会办公室、县残疾人工作委员会办公室均设在县民政局。", "某县"))
    assert got["县老龄工作委员会办公室"][2:4] == ("县民政局", "内设")
    assert got["县残疾人工作委员会办公室"][2:4] == ("县民政局", "内设")


def test_a_list_of_places_hosted_somewhere_is_no_hosting() -> None:
    got = units(facts_of("县档案馆、县图书馆均设在城关镇。", "某县"))
    assert all(u[2] != "城关镇" for u in got.values())


def test_bodies_closed_by_their_class_after_the_divisions() -> None:
    text = "某市文联是人民团体。该机构设有办公室、联络部等5个内设部门，以及某市文艺报社、某市美术馆等直属单位。"
    got = units(facts_of(text, "某市"))
    assert got["某市美术馆"][:3] == (None, None, "某市文联")
    assert got["某市文艺报社"][2] == "某市文联"


# --- an owned class heading a list without a count; one name a line ------------------------------------------


@pytest.mark.parametrize(("text", "member", "kind"), [
    ("国务院组成部门：外交部、国防部、教育部、司法部。", "司法部", "国务院组成部门"),
    ("國務院直屬機構：海關總署、國家稅務總局、國家體育總局。", "国家体育总局", "国务院直属机构"),
    ("县政府工作部门：县财政局、县教育局、县民政局。", "县民政局", "县政府工作部门"),
])
def test_an_owned_class_heading_a_list_of_names(text: str, member: str, kind: str) -> None:
    assert units(facts_of(text, "某县"))[member][0] == kind


def test_an_owned_class_heading_one_name_a_line() -> None:
    text = "机构一览\n国务院组成部门\n外交部\n国防部\n国务院直属机构\n海关总署\n国家体育总局\n说明：以上按设置先后排列。"
    got = units(facts_of(text))
    assert got["国防部"][0] == "国务院组成部门"
    assert got["国家体育总局"][0] == "国务院直属机构"


def test_a_line_of_prose_ends_the_names_under_a_class() -> None:
    text = "机构一览\n国务院组成部门\n外交部\n近年来，国防部承担了新的任务。\n海关总署"
    got = units(facts_of(text))
    assert got["外交部"][0] == "国务院组成部门"
    assert "海关总署" not in got or got["海关总署"][0] != "国务院组成部门"


def test_a_class_without_its_owner_heads_no_list() -> None:
    got = units(facts_of("组成部门：外交部、国防部、教育部。"))
    assert all(u[0] is None for u in got.values())
