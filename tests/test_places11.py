"""Place-relative names resolved to the document's place (eleventh session, places11; docs/extraction.md
"Places and names", "Eleventh session"). Sentences written for these tests in the genre of district, county and
township news and of round-ups; none is copied from a real document."""

from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.readers.base import RawDocument


def _place(text: str, title: str | None = None) -> str | None:
    return detect_jurisdiction(RawDocument("a", text, {"title": title} if title else {}))


def _bodies(text: str, tmp_path) -> tuple[str | None, set[str]]:
    """The document's place and the full names its bodies resolve to (as the gold scorer shows them)."""
    from ingest.pipeline import Overrides, parse_file
    from tests.gold_score import Resolver

    path = tmp_path / "doc.txt"
    path.write_text(text + "\n", encoding="utf-8")
    facts = parse_file(path, Overrides()).facts
    resolve = Resolver(facts.document.jurisdiction)
    mentions = [m for u in facts.units for m in (u.unit, u.parent) if m]
    mentions += [m for e in facts.events for m in (*e.inputs, *e.outputs) if m]
    return facts.document.jurisdiction, {resolve.full(m) for m in mentions}


@pytest.mark.parametrize("text, expected", [
    # a district named once inside its city's chain, its bodies written relative to the district level
    ("依据《重庆市江津区机构改革方案》，撤销区文化委员会，组建区文化和旅游发展委员会，区广播电视局不再单设。",
     "江津区"),
    ("按照《天津市和平区机构改革实施方案》，区市场监督管理局挂牌，区食品药品监督管理局同时撤销。", "和平区"),
    # a county inside its city, Traditional script
    ("根據《甘肅省天水市秦安縣機構改革方案》，組建縣醫療保障局，縣人力資源和社會保障局的醫療保險職責劃入。", "秦安县"),
    # a township under its county: 镇X twice
    ("近日，肥城市潮泉镇组建镇综合行政执法队，作为镇政府所属事业单位，镇财政所同时调整。", "潮泉镇"),
])
def test_bodies_written_relative_to_the_one_place_of_that_level_named(text, expected):
    assert _place(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two districts compared: neither is the document's place
    ("上海市黄浦区和徐汇区分别组建区数据局，区大数据中心划归区数据局管理。", "上海市"),
    # one relative name only: not enough to leave the place found
    ("根据《重庆市江津区机构改革方案》，组建区卫生健康委员会。重庆市卫生健康委员会到场指导。", "重庆市"),
])
def test_several_places_or_one_relative_name_keep_the_place_found(text, expected):
    assert _place(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a province's stem before a county's stem ("山西娄烦") or its full name ("甘肃天祝县")
    ("山西娄烦将县农业农村局和县水务局合并，组建县农业农村和水务局。", "娄烦县"),
    ("甘肃天祝县组建县数据局，作为县政府工作部门。", "天祝县"),
    ("浙江安吉将县文化馆、县图书馆整合为县文化中心。", "安吉县"),
    # a city's stem before the county's full name
    ("广东清远佛冈县组建县退役军人事务局，县民政局的优抚职责划入。", "佛冈县"),
])
def test_a_county_after_its_provinces_or_citys_stem(text, expected):
    assert _place(text) == expected


@pytest.mark.parametrize("text", [
    "山西大学与北京大学联合召开研讨会，县委编办派员参加。",
    "广东中山路街道举行活动。",
])
def test_a_stem_pair_that_is_no_county(text):
    assert _place(text) in (None, "中央")


@pytest.mark.parametrize("text", [
    "多地整合县级部门：四川宁南县将城市管理局并入住房和城乡建设局；贵州务川县将城管局与建设局合并。",
    "广东郁南县的人社局加挂县医保局牌子，甘肃天祝县也组建了县数据局。",
])
def test_counties_introduced_by_their_provinces_make_a_round_up(text):
    assert _place(text) is None


def test_a_round_ups_bare_names_take_the_county_of_their_sentence(tmp_path):
    text = ("县级部门合并正在多地推开。四川宁南县将城市管理局的职能并入住房和城乡建设局。"
            "广东清远佛冈县将医疗保障局的职责划入人力资源和社会保障局，不再保留县医疗保障局。")
    place, bodies = _bodies(text, tmp_path)
    assert place is None
    assert {"宁南县城市管理局", "宁南县住房和城乡建设局", "佛冈县医疗保障局",
            "佛冈县人力资源和社会保障局"} <= bodies
    assert not {"城市管理局", "医疗保障局", "人力资源和社会保障局"} & bodies


def test_a_districts_bodies_take_the_district(tmp_path):
    text = "依据《重庆市江津区机构改革方案》，撤销区文化委员会，组建区文化和旅游发展委员会，作为区政府工作部门。"
    place, bodies = _bodies(text, tmp_path)
    assert place == "江津区"
    assert "江津区文化和旅游发展委员会" in bodies
    assert not any(b.startswith("重庆市文化") for b in bodies)


def test_a_townships_bodies_under_its_county(tmp_path):
    place, bodies = _bodies("近日，肥城市潮泉镇组建镇综合行政执法队，作为镇政府所属事业单位。", tmp_path)
    assert place == "潮泉镇"
    assert "潮泉镇综合行政执法队" in bodies
    assert not any(b.startswith("肥城市镇") for b in bodies)


@pytest.mark.parametrize("name, place, expected", [
    ("市政局", "连江县", "连江县市政局"),
    ("市政建设局", "禹城市", "禹城市市政建设局"),
    ("市政园林处", "南通市", "南通市市政园林处"),
])
def test_municipal_works_opens_a_name_not_a_marker(name, place, expected):
    from kg.model import Mention
    from tests.gold_score import Resolver

    assert Resolver(place).full(Mention(name)) == expected


@pytest.mark.parametrize("name, expected", [
    ("市政协", "南通市政协"), ("市政法委", "南通市政法委"), ("市政务服务中心", "南通市政务服务中心"),
    ("市政策研究室", "南通市政策研究室"),
])
def test_shi_before_zhengfu_zhengxie_zhengfawei_stays_a_marker(name, expected):
    from kg.model import Mention
    from tests.gold_score import Resolver

    assert Resolver("南通市").full(Mention(name)) == expected


def test_a_citys_report_comparing_its_districts_is_the_citys():
    text = ("为摸清城市管理体制现状，江苏省淮安市政府组织调研。\n"
            "清江浦区设区城市管理局，内设办公室和执法科；区城管执法大队为参公事业单位。\n"
            "淮安区设区城市管理局，内设办公室、法制科；区环卫处为全额事业单位。清江浦区、淮安区均设立了城管中队。")
    assert _place(text) == "淮安市"
