"""三定 material as pages really publish it (tenth session, docs/extraction.md "Tenth session"): items wrapped
by the page's width, a unit's page listing its divisions one a line over their duty paragraphs, "局机关设…" on a
page titled with its unit, pages titled "X主要职能", subjects joined by 和 in a kind statement, a duty article
headed "第三条 主要职责" or written without its "主要职责是：" lead, and a form's field line "编制人数：12".
Every sentence here is written for these tests in the genre's wording; no corpus or bank document is used."""

from __future__ import annotations

import pytest

from ingest.extractors import extract
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts


def facts_of(text: str, title: str = "", jurisdiction: str = "长宁县") -> DocumentFacts:
    raw = RawDocument("t.txt", text, {"title": title} if title else {})
    return extract(raw, Document(id="t", title=title or "t", jurisdiction=jurisdiction, text=text))


def duties(f: DocumentFacts, category: str = "主要职责") -> list[tuple[str, str]]:
    return [(d.unit.name, d.text) for d in f.duties if d.category == category]


def divisions(f: DocumentFacts) -> list[tuple[str, str | None, list[str]]]:
    return [(u.unit.name, u.parent.name if u.parent else None, u.signs) for u in f.units if u.kind == "内设机构"]


def figures(f: DocumentFacts) -> list[tuple[str | None, str, int]]:
    return [(s.unit.name if s.unit else None, s.kind, s.amount) for s in f.staffing]


_SANDING = ("长宁县林业局主要职责内设机构和人员编制规定\n"
            "第一条 根据长宁县机构改革方案，制定本规定。\n")


# --- items and articles wrapped by the page's width -------------------------------------------------


@pytest.mark.parametrize("item", [
    "（一）负责全县林业及其生态建设的监督\n管理。\n",
    "（一）负责全县林业及其生态建设的监督管理，\n组织编制全县林业发展规划。\n",
    "(一)负责全县林业及其生态建设的监督\n管理。\n",
])
def test_a_duty_item_wrapped_by_the_page_is_one_duty(item: str) -> None:
    text = (_SANDING + "第二条 长宁县林业局是县政府工作部门，为正科级。\n"
            "第三条 长宁县林业局贯彻落实党中央关于林业工作的方针政策。主要职责是：\n" + item +
            "（二）组织全县森林资源调查。\n")
    got = duties(facts_of(text))
    assert got[0][1] in ("负责全县林业及其生态建设的监督管理。", "负责全县林业及其生态建设的监督管理，组织编制全县林业发展规划。")
    assert got[1] == ("长宁县林业局", "组织全县森林资源调查。")
    assert len(got) == 2


def test_an_article_wrapped_inside_its_rank_keeps_the_rank() -> None:
    text = (_SANDING + "第二条 长宁县林业局是县政府工作部门，为正科\n级。\n"
            "第三条 长宁县林业局贯彻落实党中央关于林业工作的方针政策。主要职责是：\n"
            "（一）组织全县森林资源调查。\n（二）负责林业有害生物防治。\n")
    unit = next(u for u in facts_of(text).units if u.unit.name == "长宁县林业局" and u.kind)
    assert (unit.kind, unit.rank) == ("县政府工作部门", "正科级")


def test_a_heading_line_stays_apart_from_the_paragraph_under_it() -> None:
    text = (_SANDING + "第二条 长宁县林业局是县政府工作部门，为正科级。\n"
            "第三条 长宁县林业局贯彻落实党中央关于林业工作的方针政策。主要职责是：\n"
            "（一）组织全县森林资源调查。\n（二）负责林业有害生物防治。\n"
            "第四条 长宁县林业局设下列内设机构：\n（一）办公室\n负责机关文电、会务和档案工作。\n"
            "（二）生态保护修复股\n负责森林资源保护工作。\n")
    f = facts_of(text)
    assert [n for n, _, _ in divisions(f)] == ["长宁县林业局办公室", "长宁县林业局生态保护修复股"]


# --- a unit's page listing its divisions one a line over their duty paragraphs ------------------------------


@pytest.mark.parametrize("section", ["（一）机构、职能设置", "二、机构设置", "内设机构", "（二）机构设置情况"])
def test_divisions_listed_over_their_duty_paragraphs_on_a_budget_page(section: str) -> None:
    text = ("长宁县交通运输局2022年部门决算\n一、长宁县交通运输局基本情况\n" + section + "\n"
            "1、办公室(加挂应急指挥中心牌子)\n负责机关日常运转工作;负责文电、会务、机要工作。内设2个小组,即文秘组、后勤组。\n"
            "2、规划建设股\n负责全县交通基础设施规划编制工作;负责交通建设项目管理。\n"
            "3、运输管理股\n负责道路运输市场监督管理。\n"
            "二、收入支出决算情况\n")
    f = facts_of(text)
    assert divisions(f) == [("长宁县交通运输局办公室", "长宁县交通运输局", ["应急指挥中心"]),
                            ("长宁县交通运输局规划建设股", "长宁县交通运输局", []),
                            ("长宁县交通运输局运输管理股", "长宁县交通运输局", [])]
    assert duties(f, "内设机构职责") == [
        ("长宁县交通运输局办公室", "负责机关日常运转工作；负责文电、会务、机要工作。"),
        ("长宁县交通运输局规划建设股", "负责全县交通基础设施规划编制工作；负责交通建设项目管理。"),
        ("长宁县交通运输局运输管理股", "负责道路运输市场监督管理。"),
    ]
    # "内设2个小组" is the division's own structure: no duty, and no count of the bureau's divisions
    assert ("长宁县交通运输局", "内设机构", 2) not in figures(f)


def test_police_squads_listed_on_their_bureaus_page() -> None:
    text = ("长宁县公安局2021年决算公开报告\n（一）机构、职能设置\n"
            "（一）治安管理大队\n负责全县治安行政管理工作。\n（二）交通管理大队\n负责全县道路交通管理工作。\n")
    assert [n for n, _, _ in divisions(facts_of(text))] == ["长宁县公安局治安管理大队", "长宁县公安局交通管理大队"]


def test_the_last_paragraph_cut_by_the_page_end_gives_no_duty() -> None:
    text = ("长宁县统计局2020年部门决算\n（一）机构设置\n1、办公室\n负责机关日常运转工作。\n"
            "2、综合统计股\n负责全县综合统计")
    f = facts_of(text)
    assert [n for n, _, _ in divisions(f)] == ["长宁县统计局办公室", "长宁县统计局综合统计股"]
    assert duties(f, "内设机构职责") == [("长宁县统计局办公室", "负责机关日常运转工作。")]


@pytest.mark.parametrize("text", [
    # no page unit: a section of divisions on a page that names no owner
    "（一）机构设置\n1、办公室\n负责机关日常运转工作。\n2、综合统计股\n负责全县综合统计工作。\n",
    # one item is no list
    "长宁县统计局2020年部门决算\n（一）机构设置\n1、办公室\n负责机关日常运转工作。\n二、收入支出情况\n",
    # items without duty paragraphs (a table of contents)
    "长宁县统计局2020年部门决算\n（一）机构设置\n1、收入支出决算总表\n2、收入决算表\n",
])
def test_no_divisions_from_sections_that_list_none(text: str) -> None:
    assert divisions(facts_of(text)) == []


# --- "局机关设…" on a page titled with its unit ---------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "局机关设办公室、水政水资源股、农村水利股3个内设机构。",
    "局机关内设办公室、水政水资源股、农村水利股3个股室。",
])
def test_the_bureaus_own_divisions_on_a_page_titled_with_its_name(sentence: str) -> None:
    text = "首页 > 政务公开 > 机构职能\n长宁县水利局\n发布时间：2023-05-06\n二、内设机构\n" + sentence + "\n"
    f = facts_of(text, title="长宁县水利局")
    assert [n for n, _, _ in divisions(f)] == ["长宁县水利局办公室", "长宁县水利局水政水资源股", "长宁县水利局农村水利股"]
    assert ("长宁县水利局", "内设机构", 3) in figures(f)


# --- pages titled "X主要职能" -----------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["长宁县审计局主要职能", "长宁县审计局工作职能", "长宁县审计局单位职责"])
def test_a_page_titled_with_its_functions_reads_its_items(title: str) -> None:
    text = title + "\n长宁县审计局是县政府工作部门。\n（一）主管全县审计工作。\n（二）对县级预算执行情况进行审计监督。\n"
    assert duties(facts_of(text, title=title)) == [("长宁县审计局", "主管全县审计工作。"),
                                                   ("长宁县审计局", "对县级预算执行情况进行审计监督。")]


# --- subjects joined by 和 in a kind statement ----------------------------------------------------------------


@pytest.mark.parametrize("sentence, names", [
    ("长宁县档案馆和长宁县地方志编纂中心为公益一类事业单位。", ["长宁县档案馆", "长宁县地方志编纂中心"]),
    ("长宁县文化馆、长宁县图书馆和长宁县博物馆为公益一类事业单位。", ["长宁县文化馆", "长宁县图书馆", "长宁县博物馆"]),
])
def test_subjects_joined_by_he_share_the_kind(sentence: str, names: list[str]) -> None:
    units = {u.unit.name: u.kind for u in facts_of(sentence).units}
    assert all(units.get(n) == "公益一类事业单位" for n in names)


@pytest.mark.parametrize("sentence", [
    "同意长宁县档案馆和长宁县地方志编纂中心为公益一类事业单位。",
    "将长宁县档案馆和长宁县地方志编纂中心为公益一类事业单位。",
])
def test_words_before_the_first_subject_leave_it_alone(sentence: str) -> None:
    assert "长宁县档案馆" not in {u.unit.name for u in facts_of(sentence).units if u.kind}


# --- a duty article headed "主要职责" or written without its lead ------------------------------------------------


_HEAD = ("长宁县医疗保障局职能配置、内设机构和人员编制规定\n第一条 根据长宁县机构改革方案，制定本规定。\n"
         "第二条 长宁县医疗保障局是县政府直属机构，为正科级。\n")
_TWO = "（一）拟订全县医疗保险政策并组织实施。\n（二）组织制定医保目录。\n"


@pytest.mark.parametrize("article", [
    "第三条 主要职责\n",
    "第三条 长宁县医疗保障局贯彻落实党中央关于医疗保障工作的方针政策，在履行职责过程中坚持党的集中统一领导。\n",
])
def test_a_duty_article_without_the_lead_gives_its_items(article: str) -> None:
    text = _HEAD + article + _TWO + "第四条 长宁县医疗保障局机关行政编制6名。\n"
    assert duties(facts_of(text)) == [("长宁县医疗保障局", "拟订全县医疗保险政策并组织实施。"),
                                      ("长宁县医疗保障局", "组织制定医保目录。")]


def test_an_article_on_the_change_of_functions_is_no_duty_article() -> None:
    text = (_HEAD + "第三条 长宁县医疗保障局贯彻落实党中央决策部署。主要职责是：\n" + _TWO +
            "第四条 职能转变。长宁县医疗保障局贯彻执行医保改革要求，推进职能转变。\n（一）完善医保支付方式。\n（二）提升经办服务。\n")
    assert len(duties(facts_of(text))) == 2


# --- a form's field line --------------------------------------------------------------------------------------


@pytest.mark.parametrize("line, figure", [
    ("编制人数：12", ("长宁县档案馆", "编制", 12)),
    ("事业编制：8名", ("长宁县档案馆", "事业编制", 8)),
])
def test_a_staffing_field_line_on_a_units_form(line: str, figure: tuple) -> None:
    text = "单位名称：长宁县档案馆\n宗旨和业务范围：收集、整理和保管档案资料。\n经费来源：财政补助\n" + line + "\n"
    assert figures(facts_of(text)) == [figure]


def test_a_zero_in_a_field_line_is_no_figure() -> None:
    text = "单位名称：长宁县档案馆\n经费来源：财政补助\n编制人数：0\n"
    assert figures(facts_of(text)) == []


# --- a township's 三定 titled with its 党政机构 ------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "龙溪镇党政机构职能配置、内设机构和人员编制方案",
    "龙溪镇职能配置、内设机构和人员编制规定",
    "龙溪乡党委和政府职能配置、内设机构和人员编制规定",
])
def test_a_townships_sanding_gives_its_duties_to_the_township(title: str) -> None:
    place = "龙溪乡" if "乡" in title[:3] else "龙溪镇"
    text = (title + "\n一、主要职责\n（一）宣传和贯彻执行党的路线方针政策。\n（二）负责本辖区经济社会发展规划。\n"
            "三、人员编制\n核定行政编制30名。\n")
    f = facts_of(text, jurisdiction=place)
    assert duties(f) == [(place, "宣传和贯彻执行党的路线方针政策。"), (place, "负责本辖区经济社会发展规划。")]
    assert all(name != "社会事务办公室" for name, _ in duties(f))


# --- a duty heading carrying the body's short name; a page flattened only in part ------------------------


@pytest.mark.parametrize("heading", ["一、审计局主要职能", "一、县审计局主要职责", "一、本单位主要职责", "一、审计局主要职能："])
def test_a_duty_heading_with_a_short_name_reads_its_items(heading: str) -> None:
    title = "长宁县审计局2021年部门预算公开"
    text = (f"{heading}\n（一）主管全县审计工作，组织实施审计项目。\n（二）对县级预算执行情况进行审计监督。\n"
            "二、人员情况\n本单位在职人员12人。\n")
    # the short name in the heading is the title's body written in full; the next section ("二、人员情况") ends them
    assert duties(facts_of(text, title=title)) == [("长宁县审计局", "主管全县审计工作，组织实施审计项目。"),
                                                   ("长宁县审计局", "对县级预算执行情况进行审计监督。")]


def test_a_heading_of_the_divisions_duties_is_no_duty_heading_of_the_unit() -> None:
    text = ("长宁县审计局是县政府工作部门。\n三、内设机构主要职责\n（一）办公室。负责机关日常运转。\n"
            "（二）财政审计股。负责县级预算执行审计。\n")
    assert ("长宁县审计局", "负责机关日常运转。") not in duties(facts_of(text))


def test_a_page_flattened_below_its_title_line_gets_its_items_back() -> None:
    flat = ("一、单位主要职能 (一)主管全县审计工作,组织实施审计项目,对县级预算执行情况进行审计监督。"
            " (二)对县属国有企业的资产、负债和损益进行审计监督,向县人民政府报告审计结果。"
            " (三)对县级财政收支情况进行审计,组织专项审计调查,督促被审计单位整改落实。"
            " (四)承办县人民政府交办的其他事项,完成上级审计机关布置的各项工作任务。"
            " 二、人员情况 本单位核定编制12名,实有在职人员11人,退休人员5人。 三、预算情况 略。")
    text = flat + "\n2021年3月1日\n"
    title = "长宁县审计局2021年部门预算公开"
    got = [t for _, t in duties(facts_of(text, title=title))]
    assert len(got) == 4 and got[0].startswith("主管全县审计工作")
