"""主要职责 items outside the layouts of the dev 三定 texts: a 三定 whose 第二条 describes its unit
with 为 ("第二条 X为县政府工作部门"), and a unit's own page titled with its duties ("X的工作职责",
"X主要职责") whose numbered items open the text with no "主要职责：" intro. Sentences are written
for these tests in the genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from ingest.extractors import extract
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts


def facts_of(text: str, title: str = "", jurisdiction: str = "某县") -> DocumentFacts:
    raw = RawDocument("t.txt", text, {"title": title} if title else {})
    return extract(raw, Document(id="t", title=title or "t", jurisdiction=jurisdiction, text=text))


def duties(f: DocumentFacts) -> list[tuple[str, str]]:
    return [(d.unit.name, d.text) for d in f.duties if d.category == "主要职责"]


_ITEMS = ("（一）负责全县农业农村经济发展规划的编制和实施。指导农业综合执法工作。\n"
          "（二）统筹推动发展农村社会事业。\n")


@pytest.mark.parametrize("second", [
    "第二条 某县农业农村局为县政府工作部门，正科级。",
    "第二条 某县农业农村局（简称县农业农村局）为县政府工作部门，正科级，加挂某县畜牧兽医局牌子。",
    "第二条某县农业农村局(以下简称县农业农村局)为县人民政府工作部门,机构规格正科级。",
    "第二条 某县农业农村局是县政府工作部门，为正科级。",
])
def test_a_sanding_whose_second_article_describes_its_unit_with_wei(second: str) -> None:
    text = ("第一条 根据某县机构改革方案，制定本规定。\n" + second + "\n"
            "第三条 县农业农村局贯彻落实党中央关于“三农”工作的方针政策和决策部署。主要职责是：\n" + _ITEMS +
            "第四条 县农业农村局设下列内设机构：\n（一）办公室。负责机关日常运转。\n（二）财务股。负责机关财务。\n")
    assert duties(facts_of(text)) == [
        ("某县农业农村局", "负责全县农业农村经济发展规划的编制和实施。"),
        ("某县农业农村局", "指导农业综合执法工作。"),
        ("某县农业农村局", "统筹推动发展农村社会事业。"),
    ]


def test_a_rule_whose_second_article_names_no_body_gives_no_duties() -> None:
    text = ("第一条 为规范全县村级组织运转，制定本办法。\n第二条 本办法的适用范围为全县各行政村。\n"
            "第三条 村民委员会的主要职责是：\n（一）办理本村的公共事务和公益事业。\n（二）调解民间纠纷。\n")
    assert duties(facts_of(text)) == []


@pytest.mark.parametrize(("title", "text"), [
    ("某县统计局的工作职责", "（一）组织实施全县统计调查。\n（二）负责全县统计数据的发布。\n"),
    ("某县统计局主要职责", "1．组织实施全县统计调查。\n2．负责全县统计数据的发布。\n"),
    ("", "某县统计局主要职责\n（一）组织实施全县统计调查。\n（二）负责全县统计数据的发布。\n"),
    # the page's next field ends the items
    ("某县统计局-职能职责", "（一）组织实施全县统计调查。\n（二）负责全县统计数据的发布。\n联系电话：0000-1234567\n"),
])
def test_a_page_titled_with_its_duties_reads_the_items_at_its_top(title: str, text: str) -> None:
    assert duties(facts_of(text, title)) == [
        ("某县统计局", "组织实施全县统计调查。"),
        ("某县统计局", "负责全县统计数据的发布。"),
    ]


@pytest.mark.parametrize(("title", "text"), [
    # a profile page that is not about duties: items with no intro are no duties
    ("某县统计局 机构概况", "（一）组织实施全县统计调查。\n（二）负责全县统计数据的发布。\n"),
    # one item alone is no list
    ("某县统计局的工作职责", "（一）组织实施全县统计调查。\n"),
    # items further down the page, after prose, are not the ones the title names
    ("某县统计局的工作职责",
     "某县统计局成立于1980年。\n局机关现有干部职工20人。\n近年来，全局围绕中心工作开展了大量工作。\n"
     "今年的工作重点如下。\n（一）开展经济普查。\n（二）做好年报。\n"),
])
def test_no_duties_from_pages_not_titled_with_them(title: str, text: str) -> None:
    assert duties(facts_of(text, title)) == []


def test_a_traditional_character_sanding_with_wei() -> None:
    text = ("第一條 根據某縣機構改革方案，制定本規定。\n第二條 某縣衛生健康局為縣政府工作部門，正科級。\n"
            "第三條 主要職責是：\n（一）負責全縣衛生健康事業發展規劃。\n（二）組織實施全縣疾病預防控制規劃。\n")
    assert duties(facts_of(text)) == [
        ("某县卫生健康局", "负责全县卫生健康事业发展规划。"),
        ("某县卫生健康局", "组织实施全县疾病预防控制规划。"),
    ]


def _duty_rows(text: str, title: str = "") -> list[tuple[str, str]]:
    return duties(facts_of(text, title))


def test_a_news_item_reproducing_numbered_duties_gives_them_to_the_body_it_describes() -> None:
    text = ("5月10日上午，某县医疗保障局正式挂牌成立。\n某县医疗保障局为县政府工作部门，正科级。其主要职责是：\n"
            "（一）贯彻执行医疗保险、生育保险、医疗救助等医疗保障制度的法律法规。\n"
            "（二）组织制定全县医疗服务价格和收费政策。负责医保目录的执行。\n"
            "局长在揭牌仪式上表示，将全力做好医疗保障工作。\n")
    assert _duty_rows(text) == [
        ("某县医疗保障局", "贯彻执行医疗保险、生育保险、医疗救助等医疗保障制度的法律法规。"),
        ("某县医疗保障局", "组织制定全县医疗服务价格和收费政策。"),
        ("某县医疗保障局", "负责医保目录的执行。"),
    ]


def test_numbered_duties_of_the_body_named_before_the_intro() -> None:
    text = ("近日，县委编委印发通知，明确了有关事项。某县融媒体中心的主要职责为：1．负责全县新闻宣传报道工作。"
            "2．承担县级媒体平台的建设和运营。\n")
    assert _duty_rows(text) == [
        ("某县融媒体中心", "负责全县新闻宣传报道工作。"),
        ("某县融媒体中心", "承担县级媒体平台的建设和运营。"),
    ]


def test_numbered_duties_under_a_heading_line_in_a_yearbook_entry() -> None:
    text = ("某县档案馆\n某县档案馆为县委直属正科级事业单位。\n主要职责\n"
            "1．收集、整理和保管全县档案资料。\n2．提供档案利用服务。\n3．完成县委交办的其他任务。\n"
            "【档案征集】全年征集档案1000卷。\n")
    assert _duty_rows(text) == [
        ("某县档案馆", "收集、整理和保管全县档案资料。"),
        ("某县档案馆", "提供档案利用服务。"),
        ("某县档案馆", "完成县委交办的其他任务。"),
    ]


@pytest.mark.parametrize("text", [
    # a news paraphrase of a 三定 (具体职责) is no list of its items
    "某县数据局为县政府工作部门。其具体职责包括：\n（一）负责全县数据资源管理。\n（二）负责数字政府建设。\n",
    # one item is no list; items not numbered from one are a quotation of some other list
    "某县数据局为县政府工作部门。其主要职责是：\n（一）负责全县数据资源管理。\n",
    "某县数据局为县政府工作部门。其主要职责是：\n（三）负责全县数据资源管理。\n（四）负责数字政府建设。\n",
    # no body described or named near the intro, and no page of one unit
    "近年来，全县上下认真开展工作。主要职责如下：\n（一）负责全县数据资源管理。\n（二）负责数字政府建设。\n",
    # a work group's duties in a body's internal rules: the words before the intro name no body
    "一、领导小组及职责\n（一）领导小组\n组长：张三\n（二）主要职责\n1．负责全局信息公开工作的决策。\n2．负责协调全局信息公开工作。\n",
])
def test_no_listed_duties(text: str) -> None:
    assert _duty_rows(text) == []


def test_the_scorer_names_a_divisions_duties_as_its_unit_row() -> None:
    from tests.gold_score import gold_rows

    gold = {"jurisdiction": "某县", "units": [{"name": "办公室", "internal_of": "某县统计局"}],
            "duties": [{"unit": "办公室", "text": "负责机关日常运转。"}, {"unit": "某县统计局", "text": "组织统计调查。"}]}
    units = [u for u, _ in gold_rows(gold)["duties"]]
    assert units[0].endswith("统计局办公室") and units[1].endswith("统计局")


@pytest.mark.parametrize("items", [
    "（1）负责全县数据资源管理。\n（2）负责数字政府建设。\n",
    "一、负责全县数据资源管理。\n二、负责数字政府建设。\n",
    "1、负责全县数据资源管理。\n2、负责数字政府建设。\n",
])
def test_listed_duties_numbered_in_other_ways(items: str) -> None:
    text = "某县数据局为县政府工作部门，正科级。主要职责：\n" + items + "联系电话：0000-1234567\n"
    assert _duty_rows(text) == [("某县数据局", "负责全县数据资源管理。"), ("某县数据局", "负责数字政府建设。")]


def test_listed_duties_in_traditional_characters() -> None:
    text = "某縣數據局為縣政府工作部門，正科級。其主要職責是：\n（一）負責全縣數據資源管理。\n（二）負責數字政府建設。\n"
    assert _duty_rows(text) == [("某县数据局", "负责全县数据资源管理。"), ("某县数据局", "负责数字政府建设。")]


def test_a_page_titled_with_its_duties_numbered_with_dun() -> None:
    assert _duty_rows("一、组织实施全县统计调查。\n二、负责全县统计数据的发布。\n", "某县统计局职能职责") == [
        ("某县统计局", "组织实施全县统计调查。"), ("某县统计局", "负责全县统计数据的发布。")]


@pytest.mark.parametrize("title", ["某县统计局2023年部门决算", "2022年某县统计局部门预算", "某县统计局（某县普查中心）2021年度部门决算公开说明"])
def test_a_budget_page_of_one_unit_gives_its_numbered_duties_to_it(title: str) -> None:
    text = (title + "\n第一部分 部门概况\n一、部门职责\n1．组织实施全县统计调查。\n2．负责全县统计数据的发布。\n"
            "二、机构设置\n本部门内设股室4个。\n")
    assert _duty_rows(text) == [("某县统计局", "组织实施全县统计调查。"), ("某县统计局", "负责全县统计数据的发布。")]


def test_a_duties_heading_then_one_describing_sentence_then_the_items() -> None:
    text = ("某县统计局2023年部门决算\n一、部门主要职责及内设机构\n（一）主要职责\n"
            "根据某县机构改革方案，某县统计局是主管全县统计工作的县政府工作部门。\n"
            "1．组织实施全县统计调查；发布全县统计数据。\n"
            "2．依法开展下列统计检查：\n（1）统计数据质量；\n（2）统计违法行为。\n"
            "（二）内设机构\n办公室、综合股。\n")
    assert _duty_rows(text) == [
        ("某县统计局", "组织实施全县统计调查；发布全县统计数据。"),
        ("某县统计局", "依法开展下列统计检查：（1）统计数据质量；（2）统计违法行为。"),
    ]


def test_a_budget_pages_table_of_contents_is_no_list_of_duties() -> None:
    text = ("某县统计局2023年部门决算\n目录\n第一部分 部门概况\n一、部门职责\n二、机构设置\n第二部分 决算表\n"
            "一、收入支出决算总表\n二、收入决算表\n")
    assert _duty_rows(text) == []


def test_an_item_cut_off_by_the_page_end_is_dropped() -> None:
    text = ("某县统计局2023年部门决算\n一、部门职责\n1．组织实施全县统计调查。\n"
            "2．依法开展下列统计检查：\n（1）统计数据质量；\n（2）统计违法")
    assert _duty_rows(text) == [("某县统计局", "组织实施全县统计调查。")]


@pytest.mark.parametrize("text", [
    "某县统计局\n主要职责：\n1．组织实施全县统计调查。\n2．负责全县统计数据的发布。\n",
    "（二）某县统计局\n主要职责\n（一）组织实施全县统计调查。\n（二）负责全县统计数据的发布。\n",
])
def test_listed_duties_of_the_body_heading_its_entry(text: str) -> None:
    assert _duty_rows(text) == [("某县统计局", "组织实施全县统计调查。"), ("某县统计局", "负责全县统计数据的发布。")]


@pytest.mark.parametrize(("title", "text"), [
    # an emergency plan's command body and task groups
    ("某县森林火灾应急预案", "（一）综合协调组\n主要职责：\n1．负责火场信息的收集和上报。\n2．负责协调各工作组。\n"),
    # a campaign's task group named before the intro
    ("", "为做好创建工作，成立工作专班。宣传报道组主要职责：1．负责创建工作的宣传报道。2．负责舆情收集。\n"),
    # a working group's tasks under "工作职责"
    ("", "某县数据局为县政府工作部门。\n三、工作职责\n（一）负责全县数据资源管理。\n（二）负责数字政府建设。\n"),
])
def test_no_listed_duties_of_plans_and_task_groups(title: str, text: str) -> None:
    assert _duty_rows(text, title) == []


def test_a_sanding_copied_without_its_title_gives_its_duties_to_the_body_it_opens_with() -> None:
    text = ("根据《某县人民政府机构改革方案》，设立某县人民政府应急管理办公室，为县政府工作部门。\n"
            "一、职责调整\n（一）划入原县政府办公室承担的应急值守职责。\n"
            "二、主要职责\n（一）负责全县突发公共事件应急管理工作。\n（二）承担县政府应急值守和信息汇总工作。\n"
            "三、内设机构\n根据上述职责，设综合股。\n")
    assert _duty_rows(text) == [
        ("某县人民政府应急管理办公室", "负责全县突发公共事件应急管理工作。"),
        ("某县人民政府应急管理办公室", "承担县政府应急值守和信息汇总工作。"),
    ]


def test_a_traditional_sanding_copied_without_its_title() -> None:
    text = ("根據《某縣人民政府機構改革方案》，設立某縣人民政府應急管理辦公室，為縣政府工作部門。\n"
            "一、職責調整\n（一）劃入原縣政府辦公室承擔的應急值守職責。\n"
            "二、主要職責\n根據以上職責調整，縣應急辦的主要職責是：\n（一）負責全縣突發公共事件應急管理工作。\n（二）承擔縣政府應急值守工作。\n"
            "三、內設機構\n根據上述職責，設綜合股。\n")
    rows = _duty_rows(text)
    assert [t for _, t in rows] == ["负责全县突发公共事件应急管理工作。", "承担县政府应急值守工作。"]
    # the body the opening sets up (fourteenth session: "根据《…》，設立X，為…" names the 三定's body in full; the
    # intro's "縣應急辦" is its short form, the same body)
    assert {u for u, _ in rows} == {"某县人民政府应急管理办公室"}


def test_a_sanding_titled_below_a_pages_navigation_lines() -> None:
    text = ("首页\n政务公开\n机构职能\n当前位置：首页>政务公开\n字号：大 中 小\n打印本页\n关闭窗口\n"
            "某县人民政府应急管理办公室主要职责内设机构和人员编制规定\n"
            "根据《某县人民政府机构改革方案》，设立某县人民政府应急管理办公室，为县政府工作部门。\n"
            "一、职责调整\n（一）划入原县政府办公室承担的应急值守职责。\n"
            "二、主要职责\n（一）负责全县突发公共事件应急管理工作。\n（二）承担县政府应急值守工作。\n"
            "三、内设机构\n根据上述职责，设下列内设机构：\n（一）综合股。负责文电、会务工作。\n（二）预案股。负责预案管理。\n")
    f = facts_of(text)
    assert duties(f) == [("某县人民政府应急管理办公室", "负责全县突发公共事件应急管理工作。"),
                         ("某县人民政府应急管理办公室", "承担县政府应急值守工作。")]
    assert {u.unit.name for u in f.units if u.kind == "内设机构"} >= {"某县人民政府应急管理办公室综合股", "某县人民政府应急管理办公室预案股"}


# A page titled with one unit's name alone (an encyclopedia entry, the unit's own page), a note in
# brackets or a site suffix aside, over a "主要职责" heading and numbered items: the titled unit's duties.
@pytest.mark.parametrize(("title", "text"), [
    ("某县市场监督管理局", "主要职责\n（一）负责全县市场综合监督管理。\n（二）负责全县市场主体统一登记注册。\n"),
    ("某县市场监督管理局（百科条目）", "简介\n某县市场监督管理局位于县城。\n主要职责\n"
                               "(一)负责全县市场综合监督管理。\n(二)负责全县市场主体统一登记注册。\n"),
    ("某县市场监督管理局_百科", "主要职责：\n1.负责全县市场综合监督管理。\n2.负责全县市场主体统一登记注册。\n"),
    ("某縣市場監督管理局", "主要職責\n（一）負責全縣市場綜合監督管理。\n（二）負責全縣市場主體統一登記註冊。\n"),
])
def test_a_page_titled_with_a_unit_name_reads_its_duty_section(title: str, text: str) -> None:
    assert duties(facts_of(text, title)) == [
        ("某县市场监督管理局", "负责全县市场综合监督管理。"),
        ("某县市场监督管理局", "负责全县市场主体统一登记注册。"),
    ]


def test_a_cut_last_item_of_a_titled_unit_page_is_dropped() -> None:
    text = "主要职责\n（一）负责全县市场综合监督管理。\n（二）负责全县市场主体统一登记注册。\n（三）负责全县食品安全监督"
    assert duties(facts_of(text, "某县市场监督管理局")) == [
        ("某县市场监督管理局", "负责全县市场综合监督管理。"),
        ("某县市场监督管理局", "负责全县市场主体统一登记注册。"),
    ]


@pytest.mark.parametrize(("title", "text"), [
    # a title that is not a unit name alone
    ("关于加强市场监管工作的意见", "主要职责\n（一）负责全县市场综合监督管理。\n（二）负责全县市场主体统一登记注册。\n"),
    # a single item is no list
    ("某县市场监督管理局", "主要职责\n（一）负责全县市场综合监督管理。\n"),
    # no duty section
    ("某县市场监督管理局", "工作动态\n（一）召开全县市场监管工作会议。\n（二）开展食品安全检查。\n"),
])
def test_no_duties_from_a_titled_page_without_a_duty_section(title: str, text: str) -> None:
    assert duties(facts_of(text, title)) == []


# A 三定 whose title writes its unit short and whose 第二条 writes it in full (a development zone's
# double name): the duties go to the full name, the one the 第二条's unit fact bears.
@pytest.mark.parametrize("second", [
    "第二条 某市高新技术开发区（某市甲区）自然资源局（以下简称区自然资源局）是管委会（区人民政府）工作部门，为正科级。",
    "第二条 某市高新技术开发区(某市甲区)自然资源局(简称区自然资源局)为管委会(区人民政府)工作部门,正科级。",
])
def test_a_sanding_title_written_short_gives_way_to_the_second_articles_full_name(second: str) -> None:
    text = ("第一条 根据机构改革方案，制定本规定。\n" + second + "\n"
            "第三条 区自然资源局贯彻落实党中央关于自然资源工作的方针政策。主要职责是：\n"
            "（一）负责全区自然资源调查监测评价。\n（二）负责全区国土空间用途管制。\n")
    got = duties(facts_of(text, "某市高新技术开发区（甲区）自然资源局职能配置、内设机构和人员编制规定"))
    assert [u for u, _ in got] == ["某市高新技术开发区（某市甲区）自然资源局"] * 2


def test_a_sanding_title_naming_another_body_than_the_second_article_keeps_the_title() -> None:
    text = ("第一条 根据机构改革方案，制定本规定。\n"
            "第二条 某县自然资源局（某县林业局）是县政府工作部门，为正科级。\n"
            "第三条 主要职责是：\n（一）负责全县自然资源调查监测评价。\n（二）负责全县国土空间用途管制。\n")
    got = duties(facts_of(text, "某县自然资源局职能配置、内设机构和人员编制规定"))
    assert [u for u, _ in got] == ["某县自然资源局"] * 2


# A titled unit's page whose duties follow a numbered heading "一、主要职能：" (the number names no
# one), with items that speak of plans (组织编制…预案): the titled unit's duties, not a plan's tasks.
@pytest.mark.parametrize("intro", ["一、主要职能：", "一、主要职责:", "（一）主要职能：", "主要职能："])
def test_a_titled_page_numbering_its_duty_heading(intro: str) -> None:
    text = (intro + "\n1、负责全区应急管理工作。组织编制全区总体应急预案。\n"
            "2、指导全区应急预案体系建设，组织开展预案演练。\n3、负责全区安全生产综合监督管理。\n")
    assert duties(facts_of(text, "某市甲区应急管理局", jurisdiction="甲区")) == [
        ("某市甲区应急管理局", "负责全区应急管理工作。"),
        ("某市甲区应急管理局", "组织编制全区总体应急预案。"),
        ("某市甲区应急管理局", "指导全区应急预案体系建设，组织开展预案演练。"),
        ("某市甲区应急管理局", "负责全区安全生产综合监督管理。"),
    ]


@pytest.mark.parametrize(("title", "text"), [
    # a plan named in its title or before the list keeps its command bodies' tasks out
    ("某区突发事件总体应急预案", "一、主要职责：\n1、负责全区应急处置。\n2、组织开展预案演练。\n"),
    ("", "某区防汛应急预案\n指挥部主要职责：\n1、负责全区防汛抢险。\n2、组织开展预案演练。\n"),
])
def test_no_listed_duties_in_a_plan_named_before_the_list(title: str, text: str) -> None:
    assert duties(facts_of(text, title, jurisdiction="甲区")) == []


@pytest.mark.parametrize("title_line, owner", [
    ("某县农业农村局职能配置、内设机构和人员编制规定", "某县农业农村局"),
    ("某县人民政府应急管理办公室主要职责内设机构和人员编制规定", "某县人民政府应急管理办公室"),
])
def test_a_sanding_title_line_names_the_owner_over_a_body_moved_in(title_line, owner) -> None:
    # the full 三定 title on a line of its own names the page's unit, though a 职责调整 item names another body
    # (原县林业局, 原县政府办公室) before the 主要职责 heading
    text = ("首页\n机构职能\n" + title_line + "\n"
            "一、职责调整\n（一）划入原县林业局承担的林业管理职责。\n（二）划入原县政府办公室承担的值守职责。\n"
            "二、主要职责\n（一）负责全县农业农村工作。\n（二）承担值班工作。\n")
    assert {o for o, _ in duties(facts_of(text))} == {owner}
