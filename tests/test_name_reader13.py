"""The name reader on constructions of news and reform plans (thirteenth session): sentences written for
these tests in the genre, each construction with several variants."""

from __future__ import annotations

import pytest

from ingest.extractors.common import find_names, names_in_list
from kg.names import Gazetteer, place_name


def names(text: str) -> list[str]:
    return [n for _s, _e, n in find_names(text)]


@pytest.mark.parametrize("text, expected", [
    ("将市委农村工作办公室（市政府农村工作办公室）和市农业委员会（市林业局）的职责整合。",
     ["市委农村工作办公室", "市政府农村工作办公室", "市农业委员会", "市林业局"]),
    ("不再保留市经济委员会（市中小企业局）和市商业局（市粮食局）。",
     ["市经济委员会", "市中小企业局", "市商业局", "市粮食局"]),
    ("撤销区卫生局（区爱国卫生运动委员会办公室）及区人口计生局（区计划生育协会）。",
     ["区卫生局", "区爱国卫生运动委员会办公室", "区人口计生局", "区计划生育协会"]),
])
def test_a_bracket_closing_one_name_ends_it(text, expected):
    """Two names each with a bracketed second name: a span whose brackets close before they open is no name."""
    got = names(text)
    assert got == expected
    assert not any("）" in n and n.index("）") < n.find("（") for n in got if "（" in n)


@pytest.mark.parametrize("text, expected", [
    ("由省政府办公厅领导的省信访局改为省政府直属机构。", ["省政府办公厅", "省信访局"]),
    ("市商务局并入新组建的市商务和投资促进局。", ["市商务局", "市商务和投资促进局"]),
    ("不再保留县文化局和单设的县文物管理局。", ["县文化局", "县文物管理局"]),
    ("由市农业农村局管理的市农业技术推广中心调整为公益一类事业单位。", ["市农业农村局", "市农业技术推广中心"]),
])
def test_an_earlier_body_before_the_of_of_a_later_one_keeps_its_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("将隶属于市委宣传部的市新闻中心并入市融媒体中心。", ["市委宣传部", "市新闻中心", "市融媒体中心"]),
    ("县档案馆隶属于县委办公室，为正科级事业单位。", ["县档案馆", "县委办公室"]),
    ("该中心位于县行政服务中心三楼。", ["县行政服务中心"]),
])
def test_a_name_after_shu_yu_starts_after_it(text, expected):
    """"隶属于X", "位于X": 于 opens no name."""
    assert names(text) == expected


def test_a_place_that_begins_with_yu_stays_whole():
    assert names("于都县委宣传部负责此项工作。") == ["于都县委宣传部"]


@pytest.mark.parametrize("text, expected", [
    ("届时县市场监督管理局、县卫生健康局将集中入驻。", ["县市场监督管理局", "县卫生健康局"]),
    ("下辖县种子管理站、县农机推广站等单位。", ["县种子管理站", "县农机推广站"]),
    ("此时市劳动局与市人事局合并。", ["市劳动局", "市人事局"]),
])
def test_an_adverb_or_jurisdiction_verb_is_not_glued_on(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("同时，还管理省药品监督管理局。", ["省药品监督管理局"]),
    ("该部代管国家文物局。", ["国家文物局"]),
])
def test_a_governing_verb_before_a_body_is_not_glued_on(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("市政务服务中心管理办公室制定的方案已经同意。", ["市政务服务中心管理办公室"]),
    ("县广播电视台、县新闻中心记者站等机构整合。", ["县广播电视台", "县新闻中心记者站"]),
    ("县城市管理综合执法大队牵头开展整治。", ["县城市管理综合执法大队"]),
])
def test_a_verb_or_deng_after_a_longer_name_ends_it(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("name, place, local", [
    ("某省某县某县融媒体中心", "某县", "融媒体中心"),
    ("某省某市某县农业农村局", "某县", "农业农村局"),
    ("某市某区某区交通运输局", "某区", "交通运输局"),
])
def test_anonymized_places_above_and_a_doubled_own_place_resolve_to_the_document_place(name, place, local):
    """The reader keeps what is written; placing the name drops the places above and the doubled own place."""
    assert names(name + "挂牌成立。") == [name]
    placed = place_name(name, place, Gazetteer.builtin())
    assert (placed.jurisdiction, placed.local, placed.explicit) == (place, local, True)


def test_an_anonymized_name_of_another_place_is_not_taken_for_the_document():
    placed = place_name("某省某县融媒体中心", "某市", Gazetteer.builtin())
    assert placed.local != "融媒体中心"


@pytest.mark.parametrize("text, expected", [
    ("武昌区、洪山区乡村振兴局", ["武昌区乡村振兴局", "洪山区乡村振兴局"]),
    ("江岸区和江汉区乡镇企业局", ["江岸区乡镇企业局", "江汉区乡镇企业局"]),
    ("甲县、乙县市场监督管理局", ["甲县市场监督管理局", "乙县市场监督管理局"]),
    ("甲区和乙区交通局、公路局", ["甲区交通局", "甲区公路局", "乙区交通局", "乙区公路局"]),
])
def test_places_sharing_a_body_whose_name_opens_with_a_level_character(text, expected):
    """"洪山区乡村振兴局" is 洪山区 + 乡村振兴局, never 洪山区乡 + 村振兴局: each place gets the whole body."""
    assert names_in_list(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("不再保留单设的省委省政府农业和农村工作领导小组办公室。", ["省委省政府农业和农村工作领导小组办公室"]),
    ("县农业局研究室撤销。", ["县农业局研究室"]),
    ("江油市信访局挂牌暨送任大会举行。", ["江油市信访局"]),
])
def test_whole_names_stay_whole(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("撤销原市政局机关党委和原市城管局党支部。", ["市政局机关党委", "市城管局党支部"]),
    ("原数据局党支部撤销。", ["数据局党支部"]),
    ("撤销原文化局、原体育局，组建文化和体育局。", ["文化局", "体育局", "文化和体育局"]),
])
def test_a_name_after_yuan_is_read_even_without_a_place(text, expected):
    """"撤销原X": 原 only marks X as former; X is read whether or not it opens with a place."""
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("中共某县委社会工作部举行揭牌仪式。", ["中共某县委社会工作部"]),
    ("市委社会工作部召开全体干部大会。", ["市委社会工作部"]),
    ("县应急管理局挂牌暨干部大会举行。", ["县应急管理局"]),
])
def test_a_meeting_verb_ends_a_longer_name_and_pai_after_gua_opens_none(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1953年，某县人民政府设统计科，负责统计工作。", ["统计科"]),
    ("1956年，县人民政府设粮食科。", ["粮食科"]),
    ("县革命委员会设政工组、生产组。", ["县革命委员会", "政工组", "生产组"]),
])
def test_a_governing_body_setting_up_its_office_is_two_names(text, expected):
    got = names(text)
    assert all(x in got for x in expected)
    assert not any("设" in n for n in got)


@pytest.mark.parametrize("text, expected", [
    ("镇行政综合服务中心、便民服务中心和综合行政执法队挂牌。", ["镇行政综合服务中心", "便民服务中心", "综合行政执法队"]),
    ("设置党政综合办公室、行政服务中心、财政所。", ["党政综合办公室", "行政服务中心", "财政所"]),
])
def test_township_bodies_opening_with_xingzheng_are_names(text, expected):
    assert names(text) == expected
