"""Lists of the thirteenth session (second wave): an owner written inside a list before 所属/下属 ("由甲局所属A、B、
乙局所属C整合组建"), a rank written right after a list of a body's own institutions ("…所属事业单位有A、B，机构规格为
正科级"), and a body re-formed on another's base with a third body's duties added ("在A的基础上，划入B的相关职责，组建Z").
Sentences written here, in the genre's wording."""

from __future__ import annotations

import pytest

from ingest.extractors.common import drop_owners, split_names
from tests.test_constructions import events, facts_of, units


def _short(name: str, place: str) -> str:
    return name[len(place):] if name.startswith(place) else name


def _ev(f, place: str) -> list[tuple]:
    return [(t, tuple(sorted(_short(n, place) for n in i)), tuple(_short(n, place) for n in o))
            for t, i, o, _ in events(f)]


# --- owners inside a list --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "items"), [
    ("县委宣传部所属县新闻中心、县广播电视台", ["县新闻中心", "县广播电视台"]),
    ("县农业农村局和县水利局所属事业单位县农技推广站、县水利工作站", ["县农技推广站", "县水利工作站"]),
    ("市科技局所属市科技情报研究所、市生产力促进中心、市人社局下属市人才服务中心",
     ["市科技情报研究所", "市生产力促进中心", "市人才服务中心"]),
    ("省交通运输厅所属的省公路规划设计院、省港航管理中心等3家单位", ["省公路规划设计院", "省港航管理中心"]),
])
def test_an_owner_written_inside_a_list_is_no_item(text: str, items: list[str]) -> None:
    assert split_names(text) == items


def test_a_list_without_an_owner_is_left_as_written() -> None:
    text = "县自然资源局、县林业局"
    assert drop_owners(text) == text
    assert split_names(text) == ["县自然资源局", "县林业局"]


@pytest.mark.parametrize(("text", "place", "inputs", "made"), [
    ("某甲县融媒体中心由县委宣传部所属县新闻中心、县广播电视台、县文化和旅游局所属县文化艺术中心等3家单位整合组建而成，"
     "为县委直属事业单位。", "某甲县", ("县广播电视台", "县文化艺术中心", "县新闻中心"), "融媒体中心"),
    ("整合县农业农村局和县水利局所属事业单位县农技推广站、县水利工作站，组建县农业水利服务中心，为县农业农村局所属事业单位。",
     "某乙县", ("县水利工作站", "县农技推广站"), "农业水利服务中心"),
    ("整合乙省林业厅所属乙省林业调查规划院、乙省林木种苗站，组建乙省林业资源中心，为乙省林业厅所属公益一类事业单位。",
     "乙省", ("乙省林业调查规划院", "乙省林木种苗站"), "林业资源中心"),
])
def test_bodies_merged_from_lists_with_owners(text: str, place: str, inputs: tuple, made: str) -> None:
    got = [e for e in _ev(facts_of(text, place), place) if e[0] == "establish"]
    assert len(got) == 1
    kind, ins, outs = got[0]
    assert outs[0].endswith(made)
    assert sorted(_short(x, place) for x in ins) == sorted(_short(x, place) for x in inputs)


# --- a rank after a list -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "members", "rank"), [
    ("县农业农村局所属事业单位有县农技推广中心、县畜牧兽医站、县农机服务站，机构规格均为股级。",
     ("县农技推广中心", "县畜牧兽医站", "县农机服务站"), "股级"),
    ("甲省地质局所属事业单位还有甲省第一地质大队、甲省第二地质大队、甲省第三地质大队，机构规格为正处级。",
     ("甲省第一地质大队", "甲省第二地质大队", "甲省第三地质大队"), "正处级"),
    ("县文化和旅游局下属事业单位有县文化馆、县图书馆，均为副科级。", ("县文化馆", "县图书馆"), "副科级"),
    ("市卫生健康委所属事业单位有市中心血站、市急救中心，规格均为正科级。", ("市中心血站", "市急救中心"), "正科级"),
])
def test_a_rank_after_a_list_is_every_members(text: str, members: tuple, rank: str) -> None:
    got = units(facts_of(text, "某丙县"))
    for m in members:
        assert got[m][1] == rank, (m, got.get(m))


def test_a_clause_after_a_list_that_is_no_rank_gives_none() -> None:
    got = units(facts_of("县文化和旅游局下属事业单位有县文化馆、县图书馆，由县文化和旅游局管理。", "某丙县"))
    assert got["县文化馆"][1] is None and got["县图书馆"][1] is None


# --- re-formed on a base, with another body's duties added ---------------------------------------------------------

@pytest.mark.parametrize(("text", "place", "base", "giver", "made"), [
    ("在丁省地质矿产勘查开发局的基础上，划入丁省煤田地质局相关公益性职责，组建丁省地质局，为省政府直属正厅级事业单位。",
     "丁省", "丁省地质矿产勘查开发局", "丁省煤田地质局", "丁省地质局"),
    ("在县农业局的基础上，划入县畜牧局的相关职责，组建县农业农村局，为县政府工作部门。",
     "某丁县", "县农业局", "县畜牧局", "县农业农村局"),
    ("在市档案局的基础上，整合市地方志办公室的职责，重新组建市档案馆，为市委直属事业单位。",
     "某戊市", "市档案局", "市地方志办公室", "市档案馆"),
])
def test_a_base_with_another_bodys_duties_is_one_re_form(text: str, place: str, base: str, giver: str,
                                                       made: str) -> None:
    f = facts_of(text, place)
    got = _ev(f, place)
    forms = [e for e in got if e[2] and _short(e[2][0], place).endswith(_short(made, place)[1:])]
    assert [e[0] for e in forms] == ["re_form"], got
    assert sorted(forms[0][1]) == sorted([_short(base, place), _short(giver, place)])
    moves = [(m.source.name if m.source else None) for e in f.events for m in e.duties]
    if "相关" in text:  # a named part of the giver's duties moves; "B的职责" (all of them) is no move
        assert any(s and s.endswith(_short(giver, place)[1:]) for s in moves)


def test_a_base_alone_stays_a_re_form_of_the_base() -> None:
    got = _ev(facts_of("在县文化馆的基础上组建县文化艺术中心。", "某己县"), "某己县")
    assert [e[0] for e in got] == ["re_form"]
    assert len(got[0][1]) == 1 and got[0][1][0].endswith("文化馆")


# --- a renamed body's other name in brackets -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "old", "new"), [
    ("推进事业单位改革,将县档案局(县档案馆)更名为县档案史志馆,组建县融媒体中心。", "档案局", "档案史志馆"),
    ("按照全省地勘单位改革部署,将庚省地质矿产勘查开发局(省地矿局)更名为庚省地质局,组建庚省地质研究院。",
     "地质矿产勘查开发局", "庚省地质局"),
    ("深化事业单位改革,将市城市管理局(简称“市城管局”)更名为市城市管理综合执法局,不再保留市市政管理处。",
     "城市管理局", "城市管理综合执法局"),
])
def test_a_bracketed_other_name_after_the_renamed_body(text: str, old: str, new: str) -> None:
    got = [e for e in events(facts_of(text, "某辛县")) if e[0] == "rename"]
    assert len(got) == 1, got
    assert got[0][1][0].endswith(old) and got[0][2][0].endswith(new)


# --- other names in brackets inside a list of sources ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "inputs"), [
    ("县融媒体中心由县委宣传部所属县新闻中心(县网络信息中心)、县广播电视台、县文化馆等3家单位整合组建而成。",
     ("县新闻中心", "县广播电视台", "县文化馆")),
    ("县融媒体中心由县新闻中心(县网络信息中心、县新闻网站)、县广播电视台合并而成。", ("县新闻中心", "县广播电视台")),
    ("将县新闻中心(县网络信息中心、县新闻网站)、县广播电视台合并组建县融媒体中心。", ("县新闻中心", "县广播电视台")),
    ("壬省科技发展中心(壬省科技人才中心)由壬省科技服务中心(壬省对外科技交流中心、壬省科技咨询中心)、壬省生产力促进中心"
     "等2家单位整合组建而成,为省政府直属事业单位。", ("壬省科技服务中心", "壬省生产力促进中心")),
])
def test_other_names_in_brackets_are_no_sources(text: str, inputs: tuple) -> None:
    place = "壬省" if text.startswith("壬省") else "某癸县"
    got = [e for e in _ev(facts_of(text, place), place) if e[0] == "establish"]
    assert len(got) == 1, got
    assert sorted(got[0][1]) == sorted(_short(x, place) for x in inputs)


# --- the owner inside a list of merged bodies is their parent ---------------------------------------------------------

def test_each_owner_in_a_list_of_merged_bodies_is_the_parent_of_its_items() -> None:
    text = ("县融媒体中心由县委宣传部所属县新闻中心、县广播电视台、县文化和旅游局所属县文化艺术中心等3家单位整合组建而成，"
            "为县委直属事业单位。")
    got = units(facts_of(text, "某子县"))
    assert got["县新闻中心"][2] == "县委宣传部" and got["县广播电视台"][2] == "县委宣传部"
    assert got["县文化艺术中心"][2] == "县文化和旅游局"
    assert got["县新闻中心"][3] == "所属"


def test_two_owners_of_one_list_give_no_parent_from_the_list() -> None:
    text = "县农技推广中心由县农业农村局和县水利局所属县农技站、县水利站整合组建而成。"
    got = units(facts_of(text, "某丑县"))
    assert "县农技站" not in got or got["县农技站"][2] is None


def test_other_names_of_a_merged_body_in_brackets_are_its_signs() -> None:
    text = ("丑省科技发展中心由丑省科技厅所属丑省科技服务中心(丑省对外科技交流中心、丑省科技人才服务中心)、"
            "丑省生产力促进中心等2家单位整合组建而成。")
    got = units(facts_of(text, "丑省"))
    assert set(got["丑省科技服务中心"][4]) == {"丑省对外科技交流中心", "丑省科技人才服务中心"}
    assert got["丑省科技服务中心"][2] == "丑省科技厅"


# --- a sentence that only takes a sign down, after a body's description ----------------------------------------------

@pytest.mark.parametrize(("text", "bearer", "sign"), [
    ("二是县农技推广中心为股级事业单位,经费来源为财政拨款,主要职责:承担全县农技推广工作。撤销县农业信息中心牌子。",
     "农技推广中心", "农业信息中心"),
    ("县档案馆是县委直属正科级事业单位。不再保留县党史研究室牌子。", "档案馆", "党史研究室"),
    ("三是市水文站为正科级事业单位,主要职责:承担全市水文监测工作。摘除市水资源监测中心牌子。", "水文站", "水资源监测中心"),
])
def test_a_sign_taken_down_after_a_description_is_the_described_bodys(text: str, bearer: str, sign: str) -> None:
    got = [e for e in events(facts_of(text, "某寅县")) if e[0] == "remove_sign"]
    assert len(got) == 1, got
    assert got[0][1][0].endswith(bearer) and got[0][2][0].endswith(sign)


def test_a_sign_taken_down_two_sentences_after_a_description_has_no_bearer() -> None:
    text = "县档案馆是县委直属正科级事业单位。县档案馆编制10名。撤销县党史研究室牌子。"
    assert not [e for e in events(facts_of(text, "某寅县")) if e[0] == "remove_sign" and e[1][0].endswith("档案馆")]


# --- a list clause, then the merge ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place", "inputs", "made"), [
    ("县农业局、县畜牧局,合并成立新的县农业农村局。", "某卯县", ("县农业局", "县畜牧局"), "农业农村局"),
    ("县文化馆、县图书馆和县博物馆，合并组建县文化艺术中心。", "某卯县", ("县文化馆", "县图书馆", "县博物馆"), "文化艺术中心"),
    ("6月1日,辰省地质局揭牌成立。辰省煤田地质局、辰省地矿局、辰省有色金属地质局,合并成立新的辰省地质局。", "辰省",
     ("辰省煤田地质局", "辰省地矿局", "辰省有色金属地质局"), "辰省地质局"),
])
def test_bodies_listed_in_a_clause_of_their_own_then_merged(text: str, place: str, inputs: tuple, made: str) -> None:
    got = [e for e in _ev(facts_of(text, place), place) if e[0] == "establish"]
    assert len(got) == 1, got
    assert got[0][2][0].endswith(_short(made, place)) or got[0][2][0].endswith(made)
    assert sorted(got[0][1]) == sorted(_short(x, place) for x in inputs)


def test_a_list_clause_before_a_description_is_no_merger() -> None:
    got = events(facts_of("县农业局、县畜牧局，均为县政府工作部门。", "某卯县"))
    assert not [e for e in got if e[0] == "establish"]
