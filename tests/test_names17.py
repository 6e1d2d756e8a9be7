"""Seventeenth session: names read and resolved as unseen documents write them (own sentences, one per variant)."""

from __future__ import annotations

import pytest

from ingest.extractors.common import find_names
from kg.names import Gazetteer, place_name
from kg.short_forms import expand_short_stem


def _names(text: str) -> list[str]:
    return [n for _s, _e, n in find_names(text)]


@pytest.mark.parametrize("text, name", [
    ("该站属宁乡县农业局直接领导。", "宁乡县农业局"),
    ("该所改属浏阳市林业局管理。", "浏阳市林业局"),
    ("1962年该场归湘潭县水利局管辖。", "湘潭县水利局"),
    ("同年并入望城县粮食局。", "望城县粮食局"),
    ("两个站均隶醴陵市农业局。", "醴陵市农业局"),
])
def test_a_place_written_in_full_after_a_verb_opens_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_place_chain_and_a_two_character_county_stay_as_before() -> None:
    assert _names("该站属湖南省宁乡县农业局领导。") == ["湖南省宁乡县农业局"]
    assert _names("区农业局和县农业局联合发文。") == ["区农业局", "县农业局"]  # 和县 is a county: no start at 和


def test_a_chronicles_bare_verb_che_before_a_division() -> None:
    assert _names("1955年，某县撤农林科，设农林水利局。") == ["农林科", "农林水利局"]
    assert _names("县政府撤销县粮食局。") == ["县粮食局"]


def _g() -> Gazetteer:
    g = Gazetteer.builtin()
    g.add("样例县", "县", "样例市")
    g.add("样例市", "市", "样例省")
    return g


@pytest.mark.parametrize("name, local", [
    ("样例县县委", "委"),
    ("样例县县委宣传部", "委宣传部"),
    ("样例县县人民政府", "人民政府"),
    ("样例县县政府办公室", "政府办公室"),
    ("样例县县委员会", "县委员会"),  # no committee after a repeated level: as written
])
def test_a_places_level_written_again_before_its_committee_or_government(name: str, local: str) -> None:
    placed = place_name(name, "样例县", _g())
    assert (placed.jurisdiction, placed.local) == ("样例县", local)


def test_a_level_character_opening_a_short_form_marks_no_place() -> None:
    g = _g()
    assert place_name("市监局", "样例县", g).jurisdiction == "样例县"  # 市场监督管理局 written short
    assert place_name("市监局", "样例县", g).local == "市监局"
    placed = place_name("市市监局", "样例市", g)
    assert (placed.jurisdiction, placed.local) == ("样例市", "市监局")  # the city's, its marker written first
    assert place_name("市自然资源局", "样例县", g).local == "自然资源局"  # a marker before a full stem, as before


@pytest.mark.parametrize("short, full", [
    ("卫健局", "卫生健康局"), ("林草局", "林业和草原局"), ("自规局", "自然资源和规划局"), ("教体局", "教育和体育局"),
    ("审批局", "行政审批服务局"), ("医保局", "医疗保障局"), ("机管局", "机关事务管理局"),
])
def test_standard_local_bodies_give_their_usual_short_forms(short: str, full: str) -> None:
    assert expand_short_stem(short) == full


def test_chronicle_verbs_before_a_township() -> None:
    assert _names("1953年改置桃花镇，1956年置方塘乡。") == ["桃花镇", "方塘乡"]
    assert _names("1969年，某省革命委员会成立后，改省统计局为省革委会统计室。")[1:] == ["省统计局", "省革委会统计室"]
    assert _names("1992年撤区并乡，青山乡并入建设乡。") == ["青山乡", "建设乡"]  # 撤区并乡 is no name
    assert _names("1984年体制改革时恢复龙潭乡。") == ["龙潭乡"]


@pytest.mark.parametrize("text, name", [
    ("1950年3月成立丁家乡。", "丁家乡"),  # a township of the national list ending like a word (家乡)
    ("2004年建设乡并入新集镇。", "新集镇"),  # one opening like a word (新)
    ("1961年11月成立青龙公社。", "青龙公社"),
    ("1958年三乡合并成立为石桥人民公社；", "石桥人民公社"),
    ("1961年成立新集人民公社。", "新集人民公社"),
])
def test_townships_and_communes_named_in_chronicles(text: str, name: str) -> None:
    assert name in _names(text)


def test_an_earlier_body_before_jiqi_xiaxia_keeps_its_name() -> None:
    assert _names("其行政职责划入交通运输部及其下辖的新组建的国家铁路局。") == ["交通运输部", "国家铁路局"]


def test_at_the_meeting_is_no_part_of_a_name() -> None:
    assert _names("会上区商务局向区农业局移交了材料。") == ["区商务局", "区农业局"]
    assert _names("会后县档案局召开专题会。") == ["县档案局"]


def test_the_states_name_before_a_central_body() -> None:
    for written, local in [("中华人民共和国铁道部", "铁道部"), ("中华人民共和国国务院", "国务院")]:
        placed = place_name(written, "中央", _g())
        assert (placed.jurisdiction, placed.local) == ("中央", local)


def test_a_whole_committee_before_tong_ends_there() -> None:
    assert _names("市监察委员会同市纪律检查委员会合署办公。") == ["市监察委员会", "市纪律检查委员会"]


def test_a_passive_verb_after_a_body_ends_it() -> None:
    assert _names("1969年3月，专区统计科被撤销。") == ["专区统计科"]


def test_another_name_of_the_body_after_youming() -> None:
    assert _names("设立县档案管理科（又名县档案馆）。") == ["县档案管理科", "县档案馆"]


def test_he_after_a_body_joins_the_next_one_not_hexian() -> None:
    assert _names("县委组织部（县公务员局）和县委宣传部（县新闻出版局）") == ["县委组织部", "县公务员局", "县委宣传部", "县新闻出版局"]
    assert _names("马鞍山市财政局和县财政局联合发文。") == ["马鞍山市财政局", "县财政局"]
    assert _names("安徽省和县人民政府办公室印发通知。") == ["安徽省和县人民政府办公室"]


def test_a_text_naming_its_city_once_then_writing_its_bodies_relative_to_it() -> None:
    from types import SimpleNamespace

    from ingest.extractors import detect_jurisdiction

    text = ("本报讯 岳阳市政府机构改革方案近日公布。改革后，重新组建市商务局、市统计局；组建市卫生和计划生育委员会；"
            "不再保留市物价局、市人口和计划生育委员会。")
    assert detect_jurisdiction(SimpleNamespace(text=text, meta={})) == "岳阳市"
    from ingest.extractors.place_evidence import only_place_of_its_bodies

    two = "重新组建市商务局、市统计局，不再保留市物价局。"
    assert only_place_of_its_bodies(two, ["岳阳市", "常德市"]) is None  # two cities of that level: not this rule
    assert only_place_of_its_bodies("市商务局参加。", ["岳阳市"]) is None  # one body written so: too few
    assert only_place_of_its_bodies("加强市场监管局、市场服务中心、市政工程处建设。", ["岳阳市"]) is None  # 市场, 市政: words


def test_a_citys_former_prefecture_written_by_its_stem_is_the_bodys_place() -> None:
    g = Gazetteer.builtin()
    g.add("岳阳市", "市", "湖南省")
    for written, place, local in [("岳阳地区档案局", "岳阳地区", "档案局"), ("岳阳专区档案管理科", "岳阳专区", "档案管理科")]:
        placed = place_name(written, "岳阳市", g)
        assert (placed.jurisdiction, placed.local) == (place, local)
    assert place_name("岳阳档案局", "岳阳市", g).local == "档案局"  # the stem alone: the city's, as before


def test_an_abolition_written_with_le_names_the_body_without_it() -> None:
    from ingest.extractors import extract
    from kg.model import Document

    doc = Document(id="t", title="某区撤销两乡镇", date="2013-03-27", jurisdiction="某区", kind="news")
    from types import SimpleNamespace

    facts = extract(SimpleNamespace(text="经市政府批示，某区撤销了甲山镇和乙水乡，设立甲山街道。", meta={}), doc)
    abolished = {m.name for e in facts.events if e.type.value == "abolish" for m in e.inputs}
    assert {"甲山镇", "乙水乡"} <= abolished  # every body of the list (before: the first kept its 了 and hid the rest)


def test_a_name_relative_to_the_former_prefecture_in_a_citys_text() -> None:
    g = Gazetteer.builtin()
    g.add("岳阳市", "市", "湖南省")
    placed = place_name("专区档案管理科", "岳阳市", g)
    assert (placed.jurisdiction, placed.local) == ("岳阳专区", "档案管理科")
    placed = place_name("地区档案馆", "岳阳市", g)
    assert (placed.jurisdiction, placed.local) == ("岳阳地区", "档案馆")
    assert place_name("地区档案馆", "中央", g).jurisdiction == "中央"  # no city: as before
