"""Leads glued before a body's name that no name opens with (thirteenth session, wave 2): a person appointed to a
post in the body, a local author's 我县/本市 for its own place, an article number whose space was normalized away.
Sentences written for these tests in the genre; whole names that open with the same characters stay whole."""

from __future__ import annotations

import pytest

from ingest.extractors.common import find_names
from tests.test_constructions import events, facts_of


def names(text: str) -> list[str]:
    return [n for _s, _e, n in find_names(text)]


@pytest.mark.parametrize("text, expected", [
    ("赵某任省数据局局长。", ["省数据局"]),
    ("钱某某同志任县林业局党组书记。", ["县林业局党组"]),
    ("孙立新任市司法局副局长，分管法治督察工作。", ["市司法局"]),
    ("2022年6月，李红兼任区退役军人事务局局长。", ["区退役军人事务局"]),
    ("周建国调任国家粮食和物资储备局副局长。", ["国家粮食和物资储备局"]),
    ("吴某同志担任共青团江西省委副书记。", ["共青团江西省委"]),
])
def test_a_person_appointed_to_a_body_is_not_glued_on(text, expected):
    assert names(text) == expected


def test_the_appointed_body_span_starts_after_the_appointment():
    text = "郑某任县水利局局长。"
    [(start, end, name)] = find_names(text)
    assert (text[start:end], name) == ("县水利局", "县水利局")


@pytest.mark.parametrize("text, expected", [
    ("我县自然资源局负责全县国土空间规划。", ["县自然资源局"]),
    ("近日，本市城市管理局加挂市综合行政执法局牌子。", ["市城市管理局", "市综合行政执法局"]),
    ("我区人力资源和社会保障局内设办公室。", ["区人力资源和社会保障局"]),
    ("本县人民政府办公室发出通知。", ["县人民政府办公室"]),
    ("我镇农业综合服务中心挂牌成立。", ["镇农业综合服务中心"]),
])
def test_our_own_place_word_before_a_body_leaves_the_level_word(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "我市与外省开展对口交流。",
    "本县行政区域内的建设工程适用本办法。",
    "提高我县农产品的质量安全水平。",
])
def test_our_own_place_word_alone_is_no_body(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("第二条山东省民政厅是省政府组成部门。", ["山东省民政厅"]),
    ("第十一条县统计局负责全县统计调查工作。", ["县统计局"]),
    ("第三条 市审计局负责全市审计监督工作。", ["市审计局"]),
])
def test_an_article_number_glued_before_a_body_is_not_part_of_it(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("本溪市公安局设立交通警察支队。", ["本溪市公安局", "交通警察支队"]),
    ("责任区派出所负责辖区治安。", ["责任区派出所"]),
    ("市政府办公室主任主持会议。", ["市政府办公室"]),
    ("县委任命王某为县财政局局长。", ["县财政局"]),
    ("日本国驻华大使馆举行招待会。", ["日本国驻华大使馆"]),
])
def test_whole_names_with_the_same_opening_stay_whole(text, expected):
    assert names(text) == expected


def test_our_county_body_opening_a_news_report_is_an_establishment():
    f = facts_of("2019年3月1日，我县医疗保障局正式挂牌成立。", jurisdiction="某省某县")
    assert ("establish", (), ("县医疗保障局",), "2019-03-01") in events(f)


@pytest.mark.parametrize("text, expected", [
    ("县融媒体中心归口县委宣传部领导。", ["县融媒体中心", "县委宣传部"]),
    ("市档案馆归口市委办公室管理。", ["市档案馆", "市委办公室"]),
    ("区机关事务服务中心归口区政府办公室管理，为正科级事业单位。", ["区机关事务服务中心", "区政府办公室"]),
    ("省科协归口省委组织部联系。", ["省科协", "省委组织部"]),
])
def test_gui_kou_between_two_bodies_ends_the_first_and_opens_the_second(text, expected):
    """"X归口Y管理": a body assigned to another; 归口 is in neither name (the first was lost whole when the
    second ended on a suffix only the joined string reached)."""
    assert names(text) == expected


@pytest.mark.parametrize("text", ["归口管理县直机关事务。", "市政府采购归口管理办公室负责此事。"])
def test_gui_kou_before_its_own_verb_opens_no_body(text):
    assert "管理办公室" not in names(text) and names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("经民政部批准，成立某某研究会。", ["民政部"]),
    ("经财政部同意，设立专项基金管理办公室。", ["财政部", "专项基金管理办公室"]),
    ("该协会由交通运输部主管、经民政部登记成立。", ["交通运输部", "民政部"]),
    ("经海关总署批准，撤销该办事处。", ["海关总署"]),
])
def test_jing_of_an_approval_is_not_glued_on(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("经济责任审计局成立。", ["经济责任审计局"]),
    ("经信局负责此项工作。", ["经信局"]),
    ("经发局与经管站合署办公。", ["经发局", "经管站"]),
    ("经侦大队撤销。", ["经侦大队"]),
    ("经贸委撤销。", ["经贸委"]),
])
def test_names_opening_with_jing_stay_whole(text, expected):
    assert names(text) == expected
