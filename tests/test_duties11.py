"""Duty items whose intro names no body, and duty headings of budget pages (eleventh session,
docs/extraction.md "Eleventh session"): "X是…队伍。其主要职责：", "X是…派出机构，…。主要工作职责是：",
"其他各分局主要职责：" (the members of a list introduced before), "（一）主要职能。" over items "1.",
a page flattened to one line ("一、主要职能（一）…"), items numbered "1﹒", a title "X2021年预算公开" and an
encyclopedia entry's "中文名：X" field. Every sentence is written for these tests; no corpus or bank text."""

from __future__ import annotations

import pytest

from ingest.extractors import extract
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts


def facts_of(text: str, title: str = "", jurisdiction: str = "长宁县") -> DocumentFacts:
    raw = RawDocument("t.txt", text, {"title": title} if title else {})
    return extract(raw, Document(id="t", title=title or "t", jurisdiction=jurisdiction, text=text))


def owners(f: DocumentFacts) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for d in f.duties:
        if d.category == "主要职责":
            out.setdefault(d.unit.name, []).append(d.text)
    return out


# --- a body described in the sentence before the intro ------------------------------------------------


@pytest.mark.parametrize("describe", [
    "东城分局是负责城区巡查和案件移送的执法队伍。其主要职责：",
    "东城分局为县市场监管局的派出机构，承担城区的日常监管工作。主要工作职责是：",
    "东城分局系承担夜间巡查任务的执法队伍。该分局主要职责：",
])
def test_described_body_holds_the_items(describe: str) -> None:
    text = ("县市场监管局下设东城分局、西城分局。\n" + describe + "\n"
            "（1）负责辖区内经营主体的日常巡查；\n（2）承办县局交办的其他工作。\n")
    got = owners(facts_of(text))
    holder = [n for n in got if n.endswith("东城分局")]
    assert holder, got
    assert got[holder[0]] == ["负责辖区内经营主体的日常巡查；", "承办县局交办的其他工作。"]


def test_township_page_described_as_agency() -> None:
    text = ("城南街道办事处是县人民政府的派出机构，负责辖区内的社会管理和公共服务工作。主要工作职责是：\n"
            "一、贯彻执行县委、县政府的决定，组织辖区居民开展法制宣传；\n二、指导社区居民委员会的工作；\n"
            "三、完成县政府交办的其他事项。\n")
    got = owners(facts_of(text))
    assert [n for n in got if n.endswith("城南街道办事处")], got
    assert sum(len(v) for v in got.values()) == 3


@pytest.mark.parametrize("opening", ["河口镇是县辖镇，镇政府驻河口村。", "河口乡是长宁县辖乡，位于县境东部。"])
def test_township_described_as_one(opening: str) -> None:
    text = opening + "主要职责：\n一、贯彻执行上级的决定。组织实施全乡镇发展规划；\n二、管理辖区的社会事务。\n"
    got = owners(facts_of(text))
    holder = [n for n in got if n.endswith(("河口镇", "河口乡"))]
    assert holder and got[holder[0]] == ["贯彻执行上级的决定。", "组织实施全乡镇发展规划；", "管理辖区的社会事务。"], got


def test_description_that_is_no_body_gives_no_owner() -> None:
    text = ("所谓网格化管理是指把辖区划成若干单元的做法。其主要职责：\n（1）划分网格；\n（2）配备网格员。\n")
    assert owners(facts_of(text, jurisdiction="")) == {}


# --- "其他各分局主要职责：" -------------------------------------------------------------------------


def test_other_members_of_a_list_share_the_items() -> None:
    text = ("县城管局下设直属大队、东区大队、西区大队、北区大队。\n"
            "直属大队是承担重大执法任务的机动队伍。其主要职责：\n（1）处置跨区域的违法行为；\n（2）承办局里交办的工作。\n"
            "其他各大队主要职责：\n（1）负责本区域的市容巡查；\n（2）接受所在乡镇对辖区执法工作的指导。\n")
    got = owners(facts_of(text))
    assert sorted(n[-4:] for n in got) == ["东区大队", "北区大队", "直属大队", "西区大队"]
    east = next(n for n in got if n.endswith("东区大队"))
    assert got[east] == ["负责本区域的市容巡查；", "接受所在乡镇对辖区执法工作的指导。"]
    direct = next(n for n in got if n.endswith("直属大队"))
    assert "负责本区域的市容巡查；" not in got[direct]


def test_other_members_leave_out_the_one_described_in_traditional_characters() -> None:
    text = ("縣市場監管局下設東城分局、西城分局、南城分局。\n東城分局為縣市場監管局的派出機構，承擔城區的日常監管工作。"
            "其主要職責：\n（1）負責轄區內經營主體的日常巡查；\n（2）承辦縣局交辦的其他工作。\n"
            "其他各分局主要職責：\n（1）負責本區域的巡查；\n（2）承辦交辦的工作。\n")
    got = owners(facts_of(text))
    east = [n for n in got if n.endswith("东城分局")]
    assert len(east) == 1 and "负责本区域的巡查；" not in got[east[0]], got
    assert len([n for n in got if n.endswith(("西城分局", "南城分局"))]) == 2, got


def test_every_member_when_no_other() -> None:
    text = ("县交通局下设城关运管站、河口运管站。\n各运管站主要职责：\n（1）负责辖区道路运输市场的日常检查；\n"
            "（2）受理辖区内的运输投诉。\n")
    got = owners(facts_of(text))
    assert len([n for n in got if n.endswith("运管站")]) == 2, got


# --- budget pages --------------------------------------------------------------------------------------


def test_sub_heading_with_full_stop_over_arabic_items() -> None:
    text = ("2022年度长宁县审计局部门决算\n第一部分 部门概况\n一、部门职责\n（一）主要职能。\n"
            "1.贯彻执行审计工作的方针政策，拟订全县审计工作计划。\n2.负责对县级预算执行情况进行审计监督。\n"
            "二、机构设置\n")
    got = owners(facts_of(text, title="2022年度长宁县审计局部门决算"))
    assert got.get("长宁县审计局") == ["贯彻执行审计工作的方针政策，拟订全县审计工作计划。", "负责对县级预算执行情况进行审计监督。"], got


def test_flattened_page_heading_and_year_budget_title() -> None:
    title = "长宁县统计局2021年预算公开"
    text = (title + "\n目录第一部分概况一、主要职能二、人员情况第一部分概况一、主要职能"
            "（一）组织实施全县统计调查。（二）管理和公布全县统计数据。\n")
    got = owners(facts_of(text, title=title))
    assert got.get("长宁县统计局") == ["组织实施全县统计调查。", "管理和公布全县统计数据。"], got


def test_items_numbered_with_small_full_stop() -> None:
    title = "长宁县民政局2020年度部门决算情况说明"
    text = (title + "\n一、部门基本情况\n（一）职能职责\n1﹒拟订全县民政事业发展规划。\n2﹒负责社会救助工作。"
            "承担最低生活保障的审核。\n（二）机构设置\n")
    got = owners(facts_of(text, title=title))
    assert got.get("长宁县民政局") == ["拟订全县民政事业发展规划。", "负责社会救助工作。", "承担最低生活保障的审核。"], got


def test_encyclopedia_entry_name_field() -> None:
    text = ("长宁县水利局位于长宁县城关镇。\n基本信息\n- 中文名：长宁县水利局\n- 类别：政府部门\n部门职责\n"
            "（一）组织编制全县水利规划。\n（二）负责全县水资源的统一管理。\n")
    got = owners(facts_of(text))
    assert got.get("长宁县水利局") == ["组织编制全县水利规划。", "负责全县水资源的统一管理。"], got


def test_class_page_gets_no_duties() -> None:
    text = ("街道办事处的主要职能是：\n1、贯彻执行上级关于街道工作的部署；\n2、指导居民委员会的工作；\n")
    assert owners(facts_of(text, jurisdiction="")) == {}


# --- an item's further sentences on lines of their own ----------------------------------------------


@pytest.mark.parametrize("first, second", [("（一）", "（二）"), ("1.", "2."), ("一、", "二、")])
def test_item_continued_on_its_own_line(first: str, second: str) -> None:
    text = ("长宁县档案馆是县委直属的公益一类事业单位。其主要职责：\n" + first + "接收和征集全县档案。\n"
            "负责馆藏档案的保管。\n" + second + "提供档案查阅服务。\n")
    assert owners(facts_of(text)).get("长宁县档案馆") == ["接收和征集全县档案。", "负责馆藏档案的保管。", "提供档案查阅服务。"]


def test_prose_after_the_last_item_is_no_continuation() -> None:
    text = ("长宁县档案馆是县委直属的公益一类事业单位。其主要职责：\n1.接收和征集全县档案。\n2.提供档案查阅服务。\n"
            "该馆位于县城东街，开放时间为工作日。\n二、机构设置\n")
    assert owners(facts_of(text)).get("长宁县档案馆") == ["接收和征集全县档案。", "提供档案查阅服务。"]
