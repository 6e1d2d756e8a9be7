"""Staffing figures and a document's own date and place (thirteenth session, staff13): constructions met in a bank
of real passages (budget pages, encyclopedia entries, 三定 news, 纪检 reform news, notices), tested here on sentences
written for these tests in the genre."""

from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.readers.base import RawDocument
from ingest.readers.meta import infer_meta
from tests.test_extractors import run, staffing


def rows(text: str, title: str = "") -> set[tuple]:
    return staffing(run(text, title=title))


def _date(text: str, title: str = "") -> str | None:
    return infer_meta(text, {"title": title} if title else {}).get("date")


def _place(text: str, title: str = "") -> str | None:
    meta = infer_meta(text, {"title": title} if title else {})
    return detect_jurisdiction(RawDocument("a", text, meta))


# --- whose figure: the page's body, a body after a lead, never a sign -------------------------------------------------

@pytest.mark.parametrize("title, text, expected", [
    # an encyclopedia entry titled by the body's name: a figure naming no body is its own
    ("青山市档案局", "青山市档案馆成立于1959年，局馆合署办公。内设办公室、业务科。定编15人，现有在编人员14人。",
     ("青山市档案局", "编制", "核定", 15)),
    ("青山县融媒体中心", "青山县融媒体中心由县广播电视台整合组建。正式编制80名，有在编职工60人。",
     ("青山县融媒体中心", "编制", "核定", 80)),
    # a time lead before the bare head
    ("青山县融媒体中心", "青山县融媒体中心由县广播电视台整合组建。截至2023年底，中心设办公室、采编部、技术部等6个内设机构。",
     ("青山县融媒体中心", "内设机构", "核定", 6)),
    ("青山县图书馆", "青山县图书馆始建于1978年。截至目前，馆内设3个部室，现有编制12名。",
     ("青山县图书馆", "编制", "核定", 12)),
])
def test_a_page_titled_by_its_body_owns_figures_naming_no_body(title, text, expected) -> None:
    assert expected in rows(text, title=title)


def test_a_headline_or_a_total_is_no_page_of_one_body() -> None:
    # a headline is not a body's name alone; a figure of the whole place has no owner
    got = rows("全县共核定事业编制1200名。", title="青山县教育局")
    assert (None, "事业编制", "核定", 1200) in got
    got = rows("据了解，核定编制30名。", title="青山县召开机构编制工作会议")
    assert not any(u for u, _, _, _ in got)


@pytest.mark.parametrize("text, unit, posts", [
    ("根据省政府规定，青山省档案局设局长1名、副局长3名。", "青山省档案局", {("局长", 1), ("副局长", 3)}),
    ("按照市委要求，青山市信访局设局长1名，副局长2名。", "青山市信访局", {("局长", 1), ("副局长", 2)}),
    ("（一）根据国务院规定，文化和旅游部设部长1名，副部长4名、正局级部长助理1名。", "文化和旅游部",
     {("部长", 1), ("副部长", 4), ("部长助理", 1)}),
])
def test_a_body_given_posts_after_a_source_lead(text, unit, posts) -> None:
    facts = run(text)
    got = {(s.level, s.amount) for s in facts.staffing if s.unit and s.unit.name == unit and s.kind == "领导职数"}
    assert posts <= got


@pytest.mark.parametrize("text, bearer, sign", [
    ("组建青山市行政审批局，为市政府工作部门，加挂“青山市公共资源交易监督管理局”牌子。该局内设8个科室，核定行政编制30名。",
     "青山市行政审批局", "青山市公共资源交易监督管理局"),
    ("青山县市场监督管理局为县政府工作部门，对外保留青山县知识产权局牌子。该局核定行政编制45名。",
     "青山县市场监督管理局", "青山县知识产权局"),
])
def test_an_anaphor_is_the_bearer_never_a_name_read_only_as_a_sign(text, bearer, sign) -> None:
    got = rows(text)
    assert any(u == bearer and k == "行政编制" for u, k, _, _ in got)
    assert not any(u == sign for u, _, _, _ in got)


# --- what is no figure, what is one -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "处（室）编制3人设领导职数1名；4至7人设1正1副；8人以上可设1正2副。",
    "科室人员编制在5名以下的，可设科长1名。",
    "各所编制10人以上的配备领导职数2名。",
])
def test_a_standard_by_size_is_no_figure(text) -> None:
    assert rows(text) == set()


def test_a_quota_with_its_posts_is_still_read() -> None:
    got = rows("青山县统计局机关行政编制12名，设局长1名，副局长2名。")
    assert ("青山县统计局", "行政编制", "核定", 12) in got
    assert ("青山县统计局", "领导职数", "核定", 2) in got


@pytest.mark.parametrize("text, owner, amount", [
    ("会议明确，区环卫局机关6个科室精简为4个，设置机械作业车队。", "区环卫局", 4),
    ("改革后，县农业农村局8个股室压减至5个。", "县农业农村局", 5),
    ("青山市规划委员会设置了26个处室，其中综合处负责调研。", "青山市规划委员会", 26),
    ("青山县疾病预防控制中心为县卫生健康局所属事业单位。该中心设有7个科室。", "青山县疾病预防控制中心", 7),
])
def test_a_bodys_count_of_its_offices(text, owner, amount) -> None:
    got = rows(text)
    assert any(k == "内设机构" and a == amount and u and u.endswith(owner) for u, k, _, a in got)


def test_a_governments_offices_are_no_division_count() -> None:
    assert not any(k == "内设机构" for _, k, _, _ in rows("县政府设置了26个科室。"))


@pytest.mark.parametrize("text, posts", [
    ("青山市规划委员会机关行政编制120人。其中，正处级领导16人，副处级领导28人。", {("正处级", 16), ("副处级", 28)}),
    ("青山市审计局核定行政编制60名，其中正科级领导干部职数8名、副科级领导职数6名。", {("正科级", 8), ("副科级", 6)}),
])
def test_posts_of_one_grade_written_before_lingdao(text, posts) -> None:
    facts = run(text)
    got = {(s.level, s.amount) for s in facts.staffing if s.kind == "领导职数" and s.unit}
    assert posts <= got


@pytest.mark.parametrize("text, titles", [
    ("每个派驻纪检监察组定编4名，其中组长1名，副组长1名，工作人员2名。", {"组长", "副组长"}),
    ("每个工作组定编5名，其中组长1名、副组长2名。", {"组长", "副组长"}),
])
def test_the_posts_of_each_body_under_dingbian_have_no_owner(text, titles) -> None:
    facts = run(text)
    got = {(s.level, s.unit) for s in facts.staffing if s.kind == "领导职数"}
    assert {(t, None) for t in titles} <= got


@pytest.mark.parametrize("text, kind, change, amount", [
    ("9个派驻纪检组共核定行政编制27名（比改革前增加3名），核定副科级领导职数18名。", "行政编制", "核增", 3),
    ("青山县乡镇共核定事业编制640名（较原来减少40名）。", "事业编制", "核减", 40),
])
def test_a_change_against_the_figure_before_in_brackets(text, kind, change, amount) -> None:
    got = rows(text)
    assert any(k == kind and c == change and a == amount for _, k, c, a in got)


def test_a_budget_page_signed_by_its_body() -> None:
    text = ("一、机构及人员情况\n人大常委会办公室属一级行政预算单位，人员情况如下表：\n"
            "项 目 | 合 计 | 行政单位 |\n编制数 | 34 | 34 |\n在职人数 | 32 | 32 |\n"
            "二、2017年部门收入预算总体情况\n青山区人大常委会办公室\n2017年3月23日\n")
    assert ("青山区人大常委会办公室", "编制", "核定", 34) in rows(text)


def test_a_page_signed_by_a_body_but_not_a_budget_gives_no_table_owner() -> None:
    text = "项 目 | 合 计 |\n编制数 | 34 |\n青山区人大常委会办公室\n2017年3月23日\n"
    assert not any(u for u, _, _, _ in rows(text))


# --- the document's own date ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, text", [
    ("青山县疾病预防控制中心", "青山县疾病预防控制中心始建于1963年，原名青山县卫生防疫站，2003年更名。中心共设职能股室10个。"),
    ("青山市档案局", "青山市档案馆成立于1959年1月，青山市档案局成立于1986年3月。目前，局馆合署办公。"),
    ("青山縣圖書館", "青山縣圖書館創建於1952年，2010年遷入新館。"),
])
def test_a_units_history_page_is_dated_by_none_of_its_years(title, text) -> None:
    assert not _date(text, title)


@pytest.mark.parametrize("text, expected", [
    ("分类:B类青文〔2024〕1号             关于办理政协第3号提案的复函\n\n某某委员：图书馆于2022年4月搬迁至新馆。\n", "2024"),
    ("索引号：001\n青政办函〔2019〕12号 关于同意设立青山县某中心的批复\n\n县民政局：2018年你局报来的请示收悉。\n", "2019"),
])
def test_a_header_line_giving_the_number_then_the_title(text, expected) -> None:
    assert _date(text) == expected


def test_a_number_cited_on_a_line_is_no_own_number() -> None:
    text = "根据青政发〔2015〕3号 关于加强机构编制管理的通知精神，2020年我县开展清理。\n"
    assert _date(text) != "2015"


@pytest.mark.parametrize("title, text, expected", [
    ("青山市不动产登记中心 2022年部门预算公开", "发布日期:2021-12-21 浏览次数:78\n\n一、部门主要职责\n负责不动产登记。\n",
     "2021-12-21"),
    ("青山县档案馆2023年单位预算", "发布时间：2023-02-10\n\n一、单位基本情况\n", "2023-02-10"),
])
def test_a_budget_is_dated_by_the_day_it_was_published(title, text, expected) -> None:
    assert _date(text, title) == expected


def test_a_budget_reposted_years_later_keeps_its_year() -> None:
    assert _date("发布日期:2025-03-01\n\n一、部门主要职责\n", "青山县档案馆2022年部门预算") == "2022"


# --- the document's own place -----------------------------------------------------------------------------------------

def test_a_city_written_only_before_its_district_names_the_district() -> None:
    text = ("根据中共泰州市高港区委办公室、泰州市高港区人民政府办公室《关于转发市编办等部门〈泰州市机关事业单位机构编制"
            "实名制管理实施办法〉的通知》规定，机关、事业单位到区编委办办理变更手续。")
    assert _place(text, "机构编制变动的办理程序") == "高港区"


def test_a_city_also_written_for_itself_is_kept() -> None:
    text = ("扬州市召开机构编制工作会议。扬州市委编办通报全市情况，扬州市江都区、扬州市邗江区作交流发言。"
            "扬州市编委要求各地抓好落实。")
    assert _place(text, "扬州市召开机构编制工作会议") == "扬州市"


# --- figures of several bodies: a table, each body of a class, a figure shared ---------------------------------------

def test_a_table_of_bodies_with_a_column_per_kind() -> None:
    text = ("青山县机关行政编制一览表\n单位 | 行政编制 | 事业编制 | 领导职数 |\n青山县发展和改革局 | 18 | 5 | 4 |\n"
            "青山县财政局 | 25 | 10 | 5 |\n合计 | 43 | 15 | 9 |\n")
    got = rows(text)
    assert {("青山县发展和改革局", "行政编制", "核定", 18), ("青山县发展和改革局", "事业编制", "核定", 5),
            ("青山县财政局", "行政编制", "核定", 25), ("青山县财政局", "领导职数", "核定", 5)} <= got
    assert not any(a == 43 for _, _, _, a in got)  # the total row


def test_a_table_without_kind_columns_gives_nothing() -> None:
    assert rows("单位 | 地址 | 电话 |\n青山县财政局 | 人民路1号 | 12345 |\n") == set()


@pytest.mark.parametrize("text, kind, amount", [
    ("县司法局下设的12个司法所，每所核定政法专项编制3名。", "政法专项编制", 3),
    ("全县设8个农业综合服务站，每个站核定事业编制5名。", "事业编制", 5),
    ("青山县乡镇机构改革后，每个乡镇核定行政编制30名。", "行政编制", 30),
])
def test_the_figure_of_each_body_of_a_class_has_no_owner(text, kind, amount) -> None:
    assert (None, kind, "核定", amount) in rows(text)


@pytest.mark.parametrize("text, kind, amount", [
    ("县卫生健康局与县医疗保障局共核定行政编制20名。", "行政编制", 20),
    ("青山县档案馆和青山县地方志编纂中心共同核定事业编制15名。", "事业编制", 15),
])
def test_a_figure_shared_by_bodies_named_together_has_no_owner(text, kind, amount) -> None:
    got = rows(text)
    assert (None, kind, "核定", amount) in got
    assert not any(u for u, k, _, a in got if k == kind and a == amount)


def test_one_bodys_figure_after_another_body_is_still_its_own() -> None:
    got = rows("县卫生健康局核定行政编制12名，县医疗保障局核定行政编制8名。")
    assert ("县医疗保障局", "行政编制", "核定", 8) in got


@pytest.mark.parametrize("text, change", [
    ("将县水利局的2名事业编制调剂给县河长制工作中心。", "调剂"),
    ("县委编办将县水利局2名事业编制调配至县河长制工作中心。", "调剂"),
    ("将县水利局的2名事业编制划转到县河长制工作中心。", "划转"),
])
def test_posts_moved_with_the_verb_after_the_figure(text, change) -> None:
    facts = run(text)
    got = {(s.unit.name if s.unit else None, s.kind, s.change, s.amount, s.counterpart.name if s.counterpart else None)
           for s in facts.staffing}
    assert ("县水利局", "事业编制", change, 2, "县河长制工作中心") in got


@pytest.mark.parametrize("text", [
    "第五节 乡镇机构\n2002年，青州市王坟镇、青州市庙子镇、青州市弥河镇实行机构改革。王坟镇核定事业编制40人，庙子镇核定34人。",
    "第五节 乡镇机构\n2002年，按照改革方案，青州市王坟镇核定事业编制40人，庙子镇核定34人，弥河镇核定44人。",
])
def test_a_city_written_before_several_of_its_places_is_the_place(text) -> None:
    assert _place(text) == "青州市"
