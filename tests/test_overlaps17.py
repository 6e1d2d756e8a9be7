"""Seventeenth session (docs/overlaps.md, "Seventeenth session"): the city a text names only by the one-character
short form of the bodies stationed there ("驻X各单位"). Sentences are written for these tests in the genre's
wording; no corpus or trial document is used."""

from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.extractors.place_evidence import station_short_place
from ingest.readers.base import RawDocument

# a city's division notice that cites its province's notice and writes its own bodies as 市…局
_NOTICE = ("根据《{province}人民政府办公厅关于进一步理顺城市管理体制的通知》精神，经市政府研究，现将城市管理有关部门"
           "职责分工明确如下：\n一、市城市管理局负责市容环境卫生和户外广告设置的监督管理。\n二、市住房和城乡建设局"
           "负责城市道路、桥梁等市政设施的建设。\n三、市公安局负责城市道路交通秩序管理。\n")


def _place(text: str) -> str | None:
    return detect_jurisdiction(RawDocument("a", text, {}))


@pytest.mark.parametrize(("head", "province", "city"), [
    ("各县区人民政府，市人民政府各部门，驻许各单位：\n", "河南省", "许昌市"),
    ("各县市区人民政府，市直各单位，中央、省驻衡单位：\n", "湖南省", "衡阳市"),
    ("各县（市、区）人民政府，市政府各部门，驻汴部队：\n", "河南省", "开封市"),  # the old name the city is known by
    ("各区人民政府，市政府各委办局，驻蓉各单位：\n", "四川省", "成都市"),
])
def test_a_city_named_by_its_stationed_bodies_is_the_place(head: str, province: str, city: str) -> None:
    body = _NOTICE.format(province=province)
    assert _place(body) == province  # the province's notice is all the text names in full
    assert _place(head + body) == city


def test_stationed_bodies_name_the_city_with_no_place_found() -> None:
    text = "各县区人民政府，市人民政府各部门，驻漯各单位：\n" + _NOTICE.replace(
        "根据《{province}人民政府办公厅关于进一步理顺城市管理体制的通知》精神，", "")
    assert _place(text) == "漯河市"


@pytest.mark.parametrize(("text", "found"), [
    # a monk's residence, a garrison, a city written in full: no stationed bodies
    ("虚云和尚晚年驻锡云居山。市城市管理局、市公安局负责…", None),
    ("市人武部负责驻防部队的联络工作，市公安局、市财政局予以配合。", "广西壮族自治区"),
    ("驻马店市城市管理局、市公安局、市财政局负责…", "河南省"),
    # a province's own text: its bodies are 省…厅
    ("省直各单位，驻郑各单位：省财政厅、省审计厅、省公安厅负责…", "河南省"),
    # two cities of the province share the character
    ("市直各单位，驻南各单位：市城市管理局、市公安局负责…", "江苏省"),
    # the city is no city of the province found
    ("市直各单位，驻许各单位：市城市管理局、市公安局负责…", "湖北省"),
    # a county or city already found is kept
    ("市直各单位，驻许各单位：市城市管理局、市公安局负责…", "许昌市"),
])
def test_no_stationed_city(text: str, found: str | None) -> None:
    assert station_short_place(text, found) is None


# ---------------------------------------------------------------- the numbered items a lead-in announces as parts

def _sets(text: str, place: str = "某市") -> list[frozenset[str]]:
    from tests.test_boundary_parts import facts_of
    from tests.test_constructions import boundaries

    return [frozenset(b) for b in boundaries(facts_of(text, place))]


@pytest.mark.parametrize("lead", [
    "经市政府研究，现将城市管理有关部门职责分工明确如下：",
    "为理顺校园周边环境治理工作，各部门职责如下：",
    "现就农村饮水安全工作的部门职责划分通知如下：",
    "具体分工如下：",
])
@pytest.mark.parametrize("numbers", [("一、", "二、", "三、"), ("（一）", "（二）", "（三）")])
def test_numbered_items_a_lead_in_announces_are_one_division(lead: str, numbers: tuple[str, str, str]) -> None:
    text = (f"{lead}\n{numbers[0]}市水利局负责农村供水工程的建设和运行管理。\n"
            f"{numbers[1]}市卫生健康委负责农村饮用水水质的卫生监测。\n"
            f"{numbers[2]}市生态环境局负责农村饮用水水源地的环境保护。\n")
    assert frozenset({"市水利局", "市卫生健康委", "市生态环境局"}) in _sets(text)


def test_an_item_of_joint_work_keeps_the_announced_items_going() -> None:
    text = ("现将城市管理有关部门职责分工明确如下：\n一、市城市管理局负责市容环境卫生和户外广告设置的监督管理。\n"
            "二、市住房和城乡建设局负责城市道路、桥梁等市政设施的建设。\n"
            "三、市公安局、市城市管理局协同市交通运输局负责城市综合交通涉及部门职责的工作。\n"
            "四、市交通运输局负责城市综合交通管理工作。\n")
    sets = _sets(text)
    assert frozenset({"市城市管理局", "市住房和城乡建设局", "市交通运输局"}) in sets
    assert frozenset({"市公安局", "市城市管理局", "市交通运输局"}) in sets


@pytest.mark.parametrize("text", [
    # numbered items with no lead-in announcing parts: each item its own matter (a plan's tasks, a reform's steps)
    "一、市水利局负责农村供水工程的建设和运行管理。\n二、市卫生健康委负责农村饮用水水质的卫生监测。\n",
    "主要任务：\n一、市水利局负责农村供水工程的建设和运行管理。\n二、市卫生健康委负责农村饮用水水质的卫生监测。\n",
    # the lead-in announces something else
    "现将有关事项通知如下：\n一、市水利局负责农村供水工程的建设和运行管理。\n二、市卫生健康委负责农村饮用水水质的卫生监测。\n",
])
def test_numbered_items_without_an_announcing_lead_in_divide_nothing(text: str) -> None:
    assert frozenset({"市水利局", "市卫生健康委"}) not in _sets(text)


@pytest.mark.parametrize(("text", "parties"), [
    ("市公安局、市城市管理局协同市交通运输局负责城市综合交通涉及部门职责的工作。",
     {"市公安局", "市城市管理局", "市交通运输局"}),
    ("县财政局协同县审计局做好专项资金的监督检查工作。", {"县财政局", "县审计局"}),
])
def test_bodies_working_with_the_holder_they_name(text: str, parties: set[str]) -> None:
    assert frozenset(parties) in _sets("为明确部门职责分工，" + text, "某县" if text.startswith("县") else "某市")


# ---------------------------------------------------------------- a body's clause ends before the part of bodies named by level

def _duties(text: str) -> list[tuple[str, str]]:
    from tests.test_boundary_parts import facts_of

    return [(d.unit.name, d.text) for d in facts_of(text, "某县").duties]


@pytest.mark.parametrize("rest", [
    "，县级各部门负责本行业领域的安全生产监督管理。",
    "；各有关部门按照职责分工负责本行业领域的安全生产工作。",
    "，各乡镇（街道）负责本辖区内生产经营单位的日常检查。",
    "，各县（市、区）人民政府负责本行政区域的安全生产工作。",
    "，其他有关部门按照各自职责做好相关工作。",
    "，县直各单位要积极配合。",
])
def test_a_bodys_clause_ends_before_the_part_of_bodies_named_by_level(rest: str) -> None:
    found = _duties("县应急管理局负责全县安全生产的综合监督管理" + rest)
    assert [(unit, text.rstrip("；")) for unit, text in found] == [("县应急管理局", "负责全县安全生产的综合监督管理")]


@pytest.mark.parametrize("text", [
    "县民政局负责全县社会救助工作，指导各乡镇负责做好救助对象的审核。",  # the body guides them: its own clause
    "县林业局负责全县森林防火工作，组织开展森林防火宣传。",
])
def test_a_bodys_clause_goes_on_through_its_own_work(text: str) -> None:
    assert _duties(text) == [(text[:4], text[4:])]


# ---------------------------------------------------------------- a word set in brackets inside a name

@pytest.mark.parametrize(("name", "forms"), [
    ("城管（执法）局", {"城管局", "城管执法局"}),
    ("城市管理（综合执法）局", {"城市管理局", "城市管理综合执法局"}),
    ("市场监督管理（知识产权）局", {"市场监督管理局", "市场监督管理知识产权局"}),
])
def test_a_word_in_brackets_inside_a_name_is_read_with_and_without_it(name: str, forms: set[str]) -> None:
    from kg.names import name_variants

    assert forms <= name_variants(name)


@pytest.mark.parametrize("name", ["各县（市、区）市场监管局", "市城市管理局（市城市管理综合执法局）", "县委（县政府）督查室"])
def test_a_place_list_or_a_sign_in_brackets_is_no_inserted_word(name: str) -> None:
    from kg.names import name_variants

    assert all("（" in v for v in name_variants(name))


def test_a_division_naming_a_body_with_a_bracketed_word_names_the_known_body(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ingest.extractors import extract
    from kg.model import Document
    from kg.stores.networkx_store import NetworkxStore
    from tests.builders import apply_doc

    store = NetworkxStore(tmp_path / "kg")
    for i, (title, text) in enumerate([
        ("某市城市管理和综合执法局职能", "某市城市管理和综合执法局负责全市市容环境卫生管理。"),
        ("关于养犬管理的实施意见", "市城市管理（综合执法）局负责全市养犬管理工作的组织协调和监督检查，"
                          "各区城管局负责辖区内的养犬登记和收容工作。"),
    ]):
        raw = RawDocument(f"d{i}.txt", text, {"title": title})
        apply_doc(store, extract(raw, Document(id=f"d{i}", title=title, jurisdiction="某市", text=text, date="2020-01-01")))
    named = [sorted(store.unit(u).name for u in b.units) for b in store.boundaries()]
    assert named == [["各区城管局", "城市管理和综合执法局"]]


def test_bodies_working_with_a_named_holder_support_it() -> None:
    from tests.test_boundary_parts import facts_of

    text = "为明确部门职责分工，市公安局、市城市管理局协同市交通运输局负责城市综合交通涉及部门职责的工作。"
    roles = {d.unit.name: d.role for d in facts_of(text, "某市").duties if d.category == "职责分工"}
    assert roles == {"市公安局": "配合", "市城市管理局": "配合"}


def test_announced_items_held_by_a_list_or_by_no_body_keep_the_list_going() -> None:
    text = ("现将各部门冬季除雪工作职责分工明确如下：\n（一）县住房和城乡建设局负责城区主干道和广场的除雪工作。\n"
            "（二）县财政局、县商务局等部门负责组织所属企业和商户清扫门前积雪。\n"
            "（三）各乡镇人民政府负责辖区内乡村道路的除雪。\n"
            "（四）县公安局负责除雪路段的交通疏导。\n")
    sets = _sets(text, "某县")
    assert frozenset({"县住房和城乡建设局", "县财政局", "县商务局", "县公安局"}) in sets


def test_a_heading_after_the_announced_items_ends_them() -> None:
    text = ("现将各部门职责分工明确如下：\n一、县水利局负责农村供水工程的建设和运行管理。\n"
            "二、县卫生健康局负责农村饮用水水质的卫生监测。\n三、工作要求\n（一）县财政局负责安排工作经费。\n")
    sets = _sets(text, "某县")
    assert frozenset({"县水利局", "县卫生健康局"}) in sets
    assert not any("县财政局" in s for s in sets)
