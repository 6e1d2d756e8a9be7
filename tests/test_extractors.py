"""Focused tests of the extractor patterns (ingest/extractors)."""

from __future__ import annotations

import random

import pytest
import zhconv

from ingest.extractors import detect_jurisdiction, extract
from ingest.extractors.common import is_unit_name, split_names
from ingest.extractors.reform import parse_sources
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts, EventType, to_dict


def run(text: str, title: str = "", jurisdiction: str | None = None) -> DocumentFacts:
    raw = RawDocument("mem.txt", text, {"title": title} if title else {})
    doc = Document(id="mem", title=title, jurisdiction=jurisdiction or detect_jurisdiction(raw))
    return extract(raw, doc)


def events(facts: DocumentFacts, type_: EventType) -> list:
    return [e for e in facts.events if e.type == type_]


def names(ms) -> list[str]:
    return [m.name for m in ms]


def unit(facts: DocumentFacts, name: str):
    found = [u for u in facts.units if u.unit.name == name]
    assert found, f"no unit {name}: {[u.unit.name for u in facts.units]}"
    return found[0]


def staffing(facts: DocumentFacts) -> set[tuple]:
    return {(s.unit.name if s.unit else None, s.kind, s.change, s.amount) for s in facts.staffing}


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------


def test_unit_names_split_only_between_complete_names() -> None:
    assert split_names("国家发展和改革委员会") == ["国家发展和改革委员会"]
    assert split_names("住房和城乡建设部") == ["住房和城乡建设部"]
    assert split_names("信息产业部和国务院信息化工作办公室") == ["信息产业部", "国务院信息化工作办公室"]
    assert split_names("市水利局、市林业局、市畜牧局") == ["市水利局", "市林业局", "市畜牧局"]
    assert split_names("国务院三峡工程建设委员会及其办公室") == ["国务院三峡工程建设委员会"]


@pytest.mark.parametrize("name", ["各部", "有关部门", "公立医院", "课题组", "事业单位", "2个副科级单位", "市委", "扶贫工作机构"])
def test_generic_words_are_not_unit_names(name: str) -> None:
    assert not is_unit_name(name)


@pytest.mark.parametrize("name", ["应急管理部", "国家核安全局", "中国人民银行", "市财政局", "八面山水库管理所",
                                  "浏阳经开区（浏阳高新区）管委会", "国务院深化医药卫生体制改革领导小组办公室"])
def test_real_unit_names(name: str) -> None:
    assert is_unit_name(name)


def test_sources_with_and_without_的() -> None:
    sources = parse_sources("国家发展和改革委员会的工业行业管理有关职能，国防科学技术工业委员会核电管理以外的职责，"
                            "信息产业部和国务院信息化工作办公室的职责")
    assert sources == [
        (["国家发展和改革委员会"], "工业行业管理有关职能", None),
        (["国防科学技术工业委员会"], "核电管理以外的职责", None),
        (["信息产业部", "国务院信息化工作办公室"], None, None),
    ]



@pytest.mark.parametrize("text, expected", [
    # each giver's duty quoted after its name
    ("县商务局“成品油零售经营资格审核职责”、县应急管理局“危险化学品经营许可职责”等职责",
     [(["县商务局"], "成品油零售经营资格审核职责", None), (["县应急管理局"], "危险化学品经营许可职责", None)]),
    ("市林业局\"古树名木保护工作\"、市城市管理局\"城区绿化养护工作\"",
     [(["市林业局"], "古树名木保护工作", None), (["市城市管理局"], "城区绿化养护工作", None)]),
    # a unit's other name (a sign it keeps) in brackets after its name
    ("县文化旅游局（县文物局）、县体育局的职责", [(["县文化旅游局", "县体育局"], None, None)]),
    ("市人事局(市编制办)的职责，市劳动局的就业管理职责",
     [(["市人事局"], None, None), (["市劳动局"], "就业管理职责", None)]),
])
def test_sources_with_quoted_duties_and_bracketed_names(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert parse_sources(text) == expected


def test_a_quoted_duty_list_moves_each_givers_duty() -> None:
    facts = run("将县商务局“成品油零售经营资格审核职责”、县应急管理局“危险化学品经营许可职责”等职责划入县行政审批局。\n"
                "将县文化旅游局（县文物局）、县体育局的职责整合划入县文化体育旅游局。\n", jurisdiction="样本县")
    moves = sorted((names(e.inputs), names(e.outputs), [d.text for d in e.duties]) for e in events(facts, EventType.TRANSFER_DUTY))
    assert (["县商务局"], ["县行政审批局"], ["成品油零售经营资格审核职责"]) in moves
    assert (["县应急管理局"], ["县行政审批局"], ["危险化学品经营许可职责"]) in moves
    givers = sorted(n for e in events(facts, EventType.TRANSFER_DUTY) + events(facts, EventType.ESTABLISH)
                    if "县文化体育旅游局" in names(e.outputs) for n in names(e.inputs))
    assert givers == ["县体育局", "县文化旅游局"]


# ---------------------------------------------------------------------------
# Reform plans
# ---------------------------------------------------------------------------

PLAN_2018 = """（二十四）组建自然资源部。建设生态文明是中华民族永续发展的千年大计。为统一行使全民所有自然资源资产所有者职责，统一行使所有国土空间用途管制和生态保护修复职责，着力解决自然资源所有者不到位、空间规划重叠等问题，将国土资源部的职责，国家发展和改革委员会的组织编制主体功能区规划职责，住房和城乡建设部的城乡规划管理职责，水利部的水资源调查和确权登记管理职责，农业部的草原资源调查和确权登记管理职责，国家林业局的森林、湿地等资源调查和确权登记管理职责，国家海洋局的职责，国家测绘地理信息局的职责整合，组建自然资源部，作为国务院组成部门。自然资源部对外保留国家海洋局牌子。
主要职责是，对自然资源开发利用和保护进行监管，建立空间规划体系并监督实施。
不再保留国土资源部、国家海洋局、国家测绘地理信息局。
组建国家药品监督管理局，由国家市场监督管理总局管理，主要职责是负责药品、化妆品、医疗器械的注册并实施监督管理。
将国家质量监督检验检疫总局的出入境检验检疫管理职责和队伍划入海关总署。
"""


def test_natural_resources_ministry_2018() -> None:
    facts = run(PLAN_2018, title="深化党和国家机构改革方案")
    est = [e for e in events(facts, EventType.ESTABLISH) if names(e.outputs) == ["自然资源部"]]
    assert len(est) == 1
    e = est[0]
    assert set(names(e.inputs)) == {"国土资源部", "国家发展和改革委员会", "住房和城乡建设部", "水利部", "农业部",
                                     "国家林业局", "国家海洋局", "国家测绘地理信息局"}
    moves = {(d.source.name, d.text) for d in e.duties}
    assert moves == {
        ("国家发展和改革委员会", "组织编制主体功能区规划职责"),
        ("住房和城乡建设部", "城乡规划管理职责"),
        ("水利部", "水资源调查和确权登记管理职责"),
        ("农业部", "草原资源调查和确权登记管理职责"),
        ("国家林业局", "森林、湿地等资源调查和确权登记管理职责"),
    }
    assert e.kind == "国务院组成部门"
    signs = events(facts, EventType.ADD_SIGN)
    assert [(names(s.inputs), s.sign) for s in signs] == [(["自然资源部"], "国家海洋局")]
    assert unit(facts, "自然资源部").signs == ["国家海洋局"]
    abolished = {names(e.inputs)[0] for e in events(facts, EventType.ABOLISH)}
    assert abolished == {"国土资源部", "国家海洋局", "国家测绘地理信息局"}
    # "主要职责是，…" in a plan is a summary, not 主要职责 duties; it is the formed body's duty in prose
    assert not [d for d in facts.duties if d.category == "主要职责"]
    assert {(d.unit.name, d.text[:8]) for d in facts.duties} == {
        ("自然资源部", "对自然资源开发利"), ("国家药品监督管理局", "负责药品、化妆品")}
    assert {d.category for d in facts.duties} == {"职责表述"}


def test_drug_administration_parent_and_customs_transfer() -> None:
    facts = run(PLAN_2018, title="深化党和国家机构改革方案")
    nmpa = unit(facts, "国家药品监督管理局")
    assert nmpa.parent.name == "国家市场监督管理总局" and nmpa.parent_relation == "管理"
    est = [e for e in events(facts, EventType.ESTABLISH) if names(e.outputs) == ["国家药品监督管理局"]]
    assert est and est[0].parent.name == "国家市场监督管理总局" and est[0].relation == "管理"
    moves = events(facts, EventType.TRANSFER_DUTY)
    assert len(moves) == 1
    assert names(moves[0].inputs) == ["国家质量监督检验检疫总局"] and names(moves[0].outputs) == ["海关总署"]
    assert [(d.source.name, d.text) for d in moves[0].duties] == [("国家质量监督检验检疫总局", "出入境检验检疫管理职责")]


def test_transfers_signs_and_managed_units() -> None:
    text = """将国家卫生健康委员会的组织拟订并协调落实应对人口老龄化政策措施、承担全国老龄工作委员会的具体工作等职责划入民政部。
国家卫生健康委员会代管的中国老龄协会改由民政部代管。
国家中医药管理局仍由国家卫生健康委员会管理。
国家认证认可监督管理委员会、国家标准化管理委员会职责划入国家市场监督管理总局，对外保留牌子。
将A市的职责分别划入市教育局、市人力资源和社会保障局。
将市科学技术局的科技服务职责分别划入市工业和信息化局、市农业农村局。
保留国务院食品安全委员会，具体工作由国家市场监督管理总局承担。
"""
    facts = run(text, jurisdiction="中央")
    duty_moves = [(names(e.inputs), names(e.outputs), [d.text for d in e.duties]) for e in events(facts, EventType.TRANSFER_DUTY)]
    assert (["国家卫生健康委员会"], ["民政部"],
            ["组织拟订并协调落实应对人口老龄化政策措施、承担全国老龄工作委员会的具体工作等职责"]) in duty_moves
    assert (["国家认证认可监督管理委员会"], ["国家市场监督管理总局"], ["职责"]) in duty_moves
    assert (["国家标准化管理委员会"], ["国家市场监督管理总局"], ["职责"]) in duty_moves
    assert (["市科学技术局"], ["市工业和信息化局"], ["科技服务职责"]) in duty_moves
    assert (["市科学技术局"], ["市农业农村局"], ["科技服务职责"]) in duty_moves
    assert (["国务院食品安全委员会"], ["国家市场监督管理总局"], ["具体工作"]) in duty_moves
    moved = events(facts, EventType.TRANSFER_UNIT)
    assert [(names(e.inputs), names(e.outputs), e.relation) for e in moved] == [(["中国老龄协会"], ["民政部"], "代管")]
    assert unit(facts, "国家中医药管理局").parent.name == "国家卫生健康委员会"  # 仍由…管理: no transfer
    signs = {(names(e.inputs)[0], e.sign) for e in events(facts, EventType.ADD_SIGN)}
    assert signs == {("国家市场监督管理总局", "国家认证认可监督管理委员会"), ("国家市场监督管理总局", "国家标准化管理委员会")}


def test_abolish_merge_rename_reform_and_colocate() -> None:
    text = """不再保留国务院三峡工程建设委员会及其办公室、国务院南水北调工程建设委员会及其办公室。
不再保留国家能源领导小组及其办事机构。
监察部并入新组建的国家监察委员会。
重新组建司法部。
在中国银行保险监督管理委员会基础上组建国家金融监督管理总局，作为国务院直属机构。
市农业机械化服务中心整建制重组为市农业技术推广中心。
县政府金融工作办公室更名为县地方金融监督管理局。
县委老干部局与县委组织部合署办公。
在县发展和改革局加挂县粮食和物资储备局牌子。
县档案馆不再保留县档案局牌子。
"""
    facts = run(text, jurisdiction="中央")
    abolished = [names(e.inputs)[0] for e in events(facts, EventType.ABOLISH)]
    assert abolished == ["国务院三峡工程建设委员会", "国务院南水北调工程建设委员会", "国家能源领导小组"]
    assert [(names(e.inputs), names(e.outputs)) for e in events(facts, EventType.MERGE_INTO)] == [(["监察部"], ["国家监察委员会"])]
    established = {tuple(names(e.outputs)): names(e.inputs) for e in events(facts, EventType.ESTABLISH)}
    assert established[("国家监察委员会",)] == ["监察部"]
    reforms = {tuple(names(e.outputs)): names(e.inputs) for e in events(facts, EventType.RE_FORM)}
    assert reforms[("司法部",)] == ["司法部"]
    assert reforms[("国家金融监督管理总局",)] == ["中国银行保险监督管理委员会"]
    assert reforms[("市农业技术推广中心",)] == ["市农业机械化服务中心"]
    assert ("国家金融监督管理总局",) not in established  # the re_form is the reform
    assert [(names(e.inputs), names(e.outputs)) for e in events(facts, EventType.RENAME)] == [
        (["县政府金融工作办公室"], ["县地方金融监督管理局"])]
    assert [(names(e.inputs), names(e.outputs)) for e in events(facts, EventType.CO_LOCATE)] == [
        (["县委老干部局"], ["县委组织部"])]
    assert [(names(e.inputs), e.sign) for e in events(facts, EventType.ADD_SIGN)] == [(["县发展和改革局"], "县粮食和物资储备局")]
    assert [(names(e.inputs), e.sign) for e in events(facts, EventType.REMOVE_SIGN)] == [(["县档案馆"], "县档案局")]


def test_miit_2008_news_short_names_and_divisions() -> None:
    text = """日前工业和信息化部包括职能、机构、编制在内的“三定”方案已经获批。
根据今年3月11日公布的国务院机构改革方案，组建工业和信息化部。具体为：将国家发展和改革委员会的工业行业管理有关职能，国防科学技术工业委员会核电管理以外的职责，信息产业部和国务院信息化工作办公室的职责，整合划入工业和信息化部。组建国家国防科技工业局，由工业和信息化部管理。国家烟草专卖局改由工业和信息化部管理。
据官方媒体此间公布的工业和信息化部的具体机构设定情况：工信部内设司局定为二十四个，其中综合司局十个；工业行业管理为主的专业司局五个。
在信息产业和信息化管理方面，适当整合资源，新成立了软件服务业司；设立通信发展司，强化通信业管理。
在人员编制方面，李毅中介绍说，工信部机关职能部门编制599名，若加上离退休干部工作人员、两委人员、援派机动人员编制，部机关总行政编制为731名。
"""
    facts = run(text, title="组建工业和信息化部（2008年）— 新闻：工信部“三定”方案要点")
    est = {tuple(names(e.outputs)): e for e in events(facts, EventType.ESTABLISH)}
    assert set(names(est[("工业和信息化部",)].inputs)) == {"国家发展和改革委员会", "国防科学技术工业委员会", "信息产业部",
                                                        "国务院信息化工作办公室"}
    assert est[("工业和信息化部软件服务业司",)].relation == "内设"
    assert ("工业和信息化部通信发展司",) in est
    assert unit(facts, "国家国防科技工业局").parent.name == "工业和信息化部"
    assert staffing(facts) == {("工业和信息化部", "内设机构", "核定", 24), ("工业和信息化部", "编制", "核定", 599),
                               ("工业和信息化部", "行政编制", "核定", 731)}


# ---------------------------------------------------------------------------
# Notices
# ---------------------------------------------------------------------------

HUNAN = """中共湖南省委办公厅
湖南省人民政府办公厅
关于湖南省信访局机构编制调整的通知
湘办〔2019〕66号
各市州、县市区委，各市州、县市区人民政府，省直机关各单位：
根据《中共中央办公厅国务院办公厅关于印发〈湖南省机构改革方案〉的通知》（厅字〔2018〕113号），经研究并报省委、省政府批准，现就湖南省信访局（以下简称省信访局）体制机制和机构编制调整事项通知如下。
一、关于部门领导体制机制调整
省信访局由省委办公厅、省政府办公厅管理的部门管理机构调整为省政府直属机构。
二、关于人员编制调整
核减机关行政编制4名。
调整后，省信访局机关行政编制78名。
"""


def test_hunan_petition_bureau_notice() -> None:
    facts = run(HUNAN)
    assert facts.document.jurisdiction == "湖南省"
    changes = events(facts, EventType.CHANGE_KIND)
    assert [(names(e.inputs), e.kind) for e in changes] == [(["湖南省信访局"], "省政府直属机构")]
    assert unit(facts, "湖南省信访局").kind == "省政府直属机构"
    assert staffing(facts) == {("湖南省信访局", "行政编制", "核减", 4), ("湖南省信访局", "行政编制", "核定", 78)}
    assert ("省信访局", "湖南省信访局") in facts.aliases


def test_notice_staffing_moves_and_totals() -> None:
    text = """将科学技术部4名行政编制、1名司局级领导职数划入国家卫生健康委员会。将国家卫生健康委员会3名行政编制划入民政部。
调整后，国家卫生健康委员会内设机构19个，机关行政编制444名，司局级领导职数81名。"""
    facts = run(text, title="关于调整国家卫生健康委员会职责机构编制的通知")
    rows = {(s.unit.name, s.kind, s.change, s.amount, s.level, s.counterpart.name if s.counterpart else None)
            for s in facts.staffing}
    assert rows == {
        ("科学技术部", "行政编制", "划转", 4, None, "国家卫生健康委员会"),
        ("科学技术部", "领导职数", "划转", 1, "司局级", "国家卫生健康委员会"),
        ("国家卫生健康委员会", "行政编制", "划转", 3, None, "民政部"),
        ("国家卫生健康委员会", "内设机构", "核定", 19, None, None),
        ("国家卫生健康委员会", "行政编制", "核定", 444, None, None),
        ("国家卫生健康委员会", "领导职数", "核定", 81, "司局级", None),
    }


# ---------------------------------------------------------------------------
# 三定
# ---------------------------------------------------------------------------

SANDING = """长沙市卫生健康委员会职能配置、内设机构和人员编制规定
第一条 根据《长沙市机构改革方案》，制定本规定。
第二条 市卫生健康委员会是市政府工作部门，为正处级，加挂市老龄工作委员会办公室、市中医药管理局牌子。
第三条 市卫生健康委员会贯彻落实党中央关于卫生健康工作的方针政策。主要职责是：
（一）组织拟订全市卫生健康政策，拟订卫生健康事业发展规划。统筹规划卫生健康资源配置。
（二）牵头组织实施免疫规划。参与制定“健康长沙”建设规划。
（三）完成市委、市政府交办的其他任务。
（四）职能转变。市卫生健康委员会应当牢固树立大卫生、大健康理念。
（五）有关职责分工。
1.与市市场监督管理局的有关职责分工。市卫生健康委员会负责食品安全风险监测。市市场监督管理局负责食品安全监督管理。
第四条 市卫生健康委员会设下列内设机构：
（一）办公室。负责机关日常运转工作。
（二）疾病预防控制科。拟订疾病预防控制规划。
第五条 市卫生健康委员会机关行政编制58名。设主任1名，副主任4名；正科级领导职数12名（含机关党委专职副书记1名）、副科级领导职数3名。
第六条 市卫生健康委员会所属事业单位的设置、职责和编制事项另行规定。
"""


def test_sanding_structure() -> None:
    facts = run(SANDING)
    host = "长沙市卫生健康委员会"
    u = unit(facts, host)
    assert (u.kind, u.rank, u.signs) == ("市政府工作部门", "正处级", ["市老龄工作委员会办公室", "市中医药管理局"])
    duties = [(d.unit.name, d.text, d.item, d.role) for d in facts.duties if d.category == "主要职责"]
    assert duties == [
        (host, "组织拟订全市卫生健康政策，拟订卫生健康事业发展规划。", 1, None),
        (host, "统筹规划卫生健康资源配置。", 1, None),
        (host, "牵头组织实施免疫规划。", 2, "牵头"),
        (host, "参与制定“健康长沙”建设规划。", 2, "参与"),
        (host, "完成市委、市政府交办的其他任务。", 3, None),
    ]
    assert not events(facts, EventType.ADD_SIGN)  # a 三定 sign is a unit fact
    assert [names(b.units) for b in facts.boundaries] == [[host, "市市场监督管理局"]]
    division = unit(facts, host + "办公室")
    assert (division.kind, division.parent.name, division.parent_relation) == ("内设机构", host, "内设")
    assert [(d.unit.name, d.text) for d in facts.duties if d.category == "内设机构职责"] == [
        (host + "办公室", "负责机关日常运转工作。"), (host + "疾病预防控制科", "拟订疾病预防控制规划。")]
    rows = {(s.unit.name, s.kind, s.change, s.amount, s.level) for s in facts.staffing}
    assert rows == {(host, "行政编制", "核定", 58, None), (host, "领导职数", "核定", 1, "主任"),
                    (host, "领导职数", "核定", 4, "副主任"), (host, "领导职数", "核定", 12, "正科级"),
                    (host, "领导职数", "核定", 3, "副科级")}


def test_sanding_duties_cut_by_gap_are_dropped() -> None:
    text = """生态环境部职能配置、内设机构和人员编制规定
第二条 生态环境部是国务院组成部门，为正部级，对外保留国家核安全局牌子，加挂国家消耗臭氧层物质进出口管理办公室牌子。
第三条 主要职责是：
（一）负责建立健全生态环境基本制度。会同有关部门拟订国家生态环境政策。
（二）负责监督管理国家减排目标的落实。组织制定陆地和海洋各类污染物排放总量控制、排污许可证制度并监督实施，提出实施总量控制的
[……以下原文缺失……]
"""
    facts = run(text)
    assert [d.text for d in facts.duties] == ["负责建立健全生态环境基本制度。", "会同有关部门拟订国家生态环境政策。",
                                             "负责监督管理国家减排目标的落实。"]
    assert unit(facts, "生态环境部").signs == ["国家核安全局", "国家消耗臭氧层物质进出口管理办公室"]


def test_state_bureau_managed_by_ministry() -> None:
    facts = run("第二条　国家矿山安全监察局是应急管理部管理的国家局，为副部级。")
    u = unit(facts, "国家矿山安全监察局")
    assert (u.kind, u.rank, u.parent.name, u.parent_relation) == ("国家局", "副部级", "应急管理部", "管理")


def test_sanding_news_divisions_with_shared_suffix() -> None:
    text = "根据国务院批准的“三定”方案，国家能源局共设综合、政策法规、电力、国际合作司四个司，编制112人。"
    facts = run(text, title="国家能源局正式挂牌——含国家能源局“三定”方案要点的新闻")
    divisions = sorted(u.unit.name for u in facts.units if u.kind == "内设机构")
    assert divisions == ["国家能源局国际合作司", "国家能源局政策法规司", "国家能源局电力司", "国家能源局综合司"]
    assert staffing(facts) == {("国家能源局", "内设机构", "核定", 4), ("国家能源局", "编制", "核定", 112)}


# ---------------------------------------------------------------------------
# Local news and work reports
# ---------------------------------------------------------------------------

SEED = """近年来，**市通过科学统筹、靶向施策，实现机构编制管理转型。
2021年以来，共“收回”空余全额拨款事业编制146名。为市高新区管委会、市重点项目建设事务中心、市土地与房屋征收补偿安置事务中心分别核增全额拨款事业编制28名、12名、10名。
为解决商务部门工作量大问题，从其他政府工作部门调整副科级领导职数1名至市商务局，新设副科级事业机构市投资促进事务中心，核定编制18名。
为盘活土地资源，整合新设市土地与房屋征收补偿安置事务中心，核定编制24名，并升格为正科级机构；为确保专业的人来做项目前期工作，新设市公共工程建设事务中心，核定编制20名。
将市住房与城乡建设局所属正科级事业单位住房保障服务中心、市水利局所属正科级事业单位八面山水库管理所降格为副科级。适时将2个副科级单位降为股级。
"""


def test_local_report_units_staffing_and_ranks() -> None:
    facts = run(SEED)
    assert facts.document.jurisdiction == "**市"
    assert staffing(facts) == {
        (None, "事业编制", "收回", 146),
        ("市高新区管委会", "事业编制", "核增", 28),
        ("市重点项目建设事务中心", "事业编制", "核增", 12),
        ("市土地与房屋征收补偿安置事务中心", "事业编制", "核增", 10),
        ("市商务局", "领导职数", "调剂", 1),
        ("市投资促进事务中心", "编制", "核定", 18),
        ("市土地与房屋征收补偿安置事务中心", "编制", "核定", 24),
        ("市公共工程建设事务中心", "编制", "核定", 20),
    }
    assert {s.funding for s in facts.staffing if s.kind == "事业编制"} == {"全额拨款"}
    new = {names(e.outputs)[0] for e in events(facts, EventType.ESTABLISH)}
    assert new == {"市投资促进事务中心", "市土地与房屋征收补偿安置事务中心", "市公共工程建设事务中心"}
    ups = [(names(e.inputs), e.rank) for e in events(facts, EventType.UPGRADE)]
    assert ups == [(["市土地与房屋征收补偿安置事务中心"], "正科级")]
    downs = [(names(e.inputs), e.rank) for e in events(facts, EventType.DOWNGRADE)]
    assert downs == [(["住房保障服务中心"], "副科级"), (["八面山水库管理所"], "副科级")]
    u = unit(facts, "住房保障服务中心")
    assert (u.kind, u.rank, u.parent.name, u.parent_relation) == ("事业单位", "副科级", "市住房与城乡建设局", "所属")
    u = unit(facts, "市投资促进事务中心")
    assert (u.kind, u.rank) == ("事业机构", "副科级")


def test_county_report_figures_without_a_unit() -> None:
    text = """近年来,石门县委编办坚持以贯彻《中国共产党机构编制条例》为基本遵循。
2021年以来,全县共收回空编89名,全部用于保障县委政府中心工作。
在不增加财政负担的情况下,空出2名全额拨款事业编制后,可采取公开方式补充人员。原则上凡是单位空编2名以上提出增加人员编制的,不予受理。
2021年来,全县共划转人员编制16名。
2021年,共下达周转编制五十六名,为重点领域引进人才提供了保障。
"""
    facts = run(text)
    assert facts.document.jurisdiction == "石门县"
    assert staffing(facts) == {(None, "编制", "收回", 89), (None, "编制", "划转", 16), (None, "编制", "周转", 56)}
    assert not facts.events


def test_quoted_speaker_is_the_unit() -> None:
    text = ("“浏阳编委核增我中心3名编制，为浏阳花炮产业出圈出彩提供了有力保障。”浏阳市鞭炮烟花产业发展中心负责人说。"
            "统一将扶贫工作机构更名为乡村振兴机构。在金阳片区设立公立医院并争取升格。")
    facts = run(text, jurisdiction="浏阳市")
    assert staffing(facts) == {("浏阳市鞭炮烟花产业发展中心", "编制", "核增", 3)}
    assert not facts.events  # generic classes are not units
    assert facts.unparsed  # but the sentences are kept for review


def test_normative_texts_state_no_events() -> None:
    text = """第一条 为了规范行政机构设置和编制管理，制定本条例。
第五条 国务院行政机构的设立、撤销或者合并，由国务院机构编制管理机关事先组织有关部门和专家进行评估和论证。
1.党中央设立中央机构编制委员会，作为党中央决策议事协调机构。
各地区各部门要严格按照规定设置机构，不得擅自设立行政机构。
"""
    facts = run(text, title="国务院行政机构设置和编制管理条例")
    assert not facts.events
    assert unit(facts, "中央机构编制委员会").kind == "党中央决策议事协调机构"


# ---------------------------------------------------------------------------
# Robustness: the same text written differently gives the same facts
# ---------------------------------------------------------------------------


def _comparable(facts: DocumentFacts) -> dict:
    data = to_dict(facts)
    out = {}
    for key in ("units", "duties", "events", "staffing", "boundaries"):
        rows = data[key]
        for row in rows:
            row.pop("prov", None)
        out[key] = rows
    return out


def _half_width(text: str) -> str:
    return text.translate(str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"}))


def _stray_spaces(text: str) -> str:
    rnd = random.Random(7)
    return "".join(ch + (" " if "\u4e00" <= ch <= "\u9fff" and rnd.random() < 0.1 else "") for ch in text)


@pytest.mark.parametrize("variant", [_half_width, _stray_spaces, lambda t: zhconv.convert(t, "zh-hant")],
                         ids=["half-width", "spaces", "traditional"])
@pytest.mark.parametrize("text", [PLAN_2018, HUNAN, SANDING, SEED], ids=["plan", "notice", "sanding", "report"])
def test_same_facts_from_variant_writing(variant, text: str) -> None:
    base = run(text)
    other = run(variant(text), jurisdiction=base.document.jurisdiction)
    assert _comparable(other) == _comparable(base)


def test_jurisdictions() -> None:
    assert detect_jurisdiction(RawDocument("a", "正文", {"title": "白城市自然资源局挂牌成立（白城日报2019年2月25日）"})) == "白城市"
    assert detect_jurisdiction(RawDocument("a", "正文", {"title": "中国共产党机构编制工作条例（中共中央2019年8月印发）"})) == "中央"
    assert detect_jurisdiction(RawDocument("a", "2021年，在市委的正确领导下。制定《x市市级机关职能运行监管办法》。"
                                                "出台《x市事业单位周转编制专户管理使用办法》。", {})) == "x市"


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a province or prefecture city named by its stem at the title's start: the owner's place
    ("江西年鉴 2020卷 机构编制", "省委编办现有行政编制40名。", "江西省"),
    ("长沙新设市数据局", "市数据局作为市政府工作部门，核定行政编制30名。", "长沙市"),
    ("【郑州】市医疗保障局挂牌", "市医疗保障局核定行政编制25名。", "郑州市"),
    # not a word that only starts with a stem, nor a central text printed by a local journal
    ("中山大学附属医院简介", "医院核定编制2000名。", None),  # no place and no central body named
    ("上海医药 2008年第9期", "记者从卫生部获悉，国务院常务会议审议通过卫生部三定规定，机关行政编制350名。", "中央"),
])
def test_a_place_named_by_its_stem_at_the_title_start(title: str, text: str, expected: str | None) -> None:
    """"武汉组建市数据局", "湖北药监局挂牌", "内蒙古年鉴": when nothing else names a place, the one province
    or prefecture city of the title's opening stem is the document's place, so 市X局 resolves to it."""
    assert detect_jurisdiction(RawDocument("a", text, {"title": title})) == expected


# ---------------------------------------------------------------------------
# Other wordings of the same genres
# ---------------------------------------------------------------------------


def test_local_adjustment_notice() -> None:
    text = """市应急管理局：
经市委编委研究，同意市应急管理局增设防汛抗旱科，核增行政编制2名，增加科级领导职数1名。调整后，市应急管理局内设机构8个，行政编制25名。
经研究，同意将市城市管理局更名为市城市管理和综合执法局，为市政府工作部门，规格为正处级。
撤销市人民防空办公室，设立市人民防空事务中心，为市住房和城乡建设局所属正科级公益一类事业单位，核定全额拨款事业编制10名。
将市发展和改革委员会承担的行政审批职责划转至市行政审批服务局。
"""
    facts = run(text, title="关于调整市应急管理局内设机构的通知", jurisdiction="某市")
    division = unit(facts, "市应急管理局防汛抗旱科")
    assert (division.kind, division.parent.name) == ("内设机构", "市应急管理局")
    assert staffing(facts) == {
        ("市应急管理局", "行政编制", "核增", 2), ("市应急管理局", "领导职数", "核增", 1),
        ("市应急管理局", "内设机构", "核定", 8), ("市应急管理局", "行政编制", "核定", 25),
        ("市人民防空事务中心", "事业编制", "核定", 10),
    }
    renamed = unit(facts, "市城市管理和综合执法局")
    assert (renamed.kind, renamed.rank) == ("市政府工作部门", "正处级")
    center = unit(facts, "市人民防空事务中心")
    assert (center.kind, center.rank, center.parent.name, center.parent_relation) == (
        "公益一类事业单位", "正科级", "市住房和城乡建设局", "所属")
    moves = [(names(e.inputs), names(e.outputs), [d.text for d in e.duties]) for e in events(facts, EventType.TRANSFER_DUTY)]
    assert moves == [(["市发展和改革委员会"], ["市行政审批服务局"], ["行政审批职责"])]


def test_plan_2023_wordings() -> None:
    text = """科学技术部的组织拟订高新技术发展及产业化规划和政策，指导国家自主创新示范区、国家高新技术产业开发区等科技园区建设，指导科技服务业、技术市场、科技中介组织发展等职责划入工业和信息化部。
科学技术部所属的中国农村技术开发中心划入农业农村部。
国家自然科学基金委员会改由科学技术部管理。
中国人民银行对金融控股公司等金融集团的日常监管职责、有关金融消费者保护职责，中国证券监督管理委员会的投资者保护职责划入国家金融监督管理总局。
中国证券监督管理委员会调整为国务院直属机构。
将国家计算机网络与信息安全管理中心由工业和信息化部管理调整为由中央网络安全和信息化委员会办公室管理。
"""
    facts = run(text, jurisdiction="中央")
    moves = {(names(e.inputs)[0], names(e.outputs)[0]) for e in events(facts, EventType.TRANSFER_DUTY)}
    assert moves == {("科学技术部", "工业和信息化部"), ("中国人民银行", "国家金融监督管理总局"),
                     ("中国证券监督管理委员会", "国家金融监督管理总局")}
    moved = {(names(e.inputs)[0], names(e.outputs)[0], e.relation) for e in events(facts, EventType.TRANSFER_UNIT)}
    assert moved == {("中国农村技术开发中心", "农业农村部", "所属"), ("国家自然科学基金委员会", "科学技术部", "管理"),
                     ("国家计算机网络与信息安全管理中心", "中央网络安全和信息化委员会办公室", "管理")}
    assert [(names(e.inputs), e.kind) for e in events(facts, EventType.CHANGE_KIND)] == [
        (["中国证券监督管理委员会"], "国务院直属机构")]


def test_wrapped_lines_are_rejoined_and_spans_point_into_the_text() -> None:
    text = ("组建市自然资源和规划局。将市国土资源局的职责，市发展和改革委员会的组织编制主体功能区规划\n"
            "职责，市住房和城乡建设局的城乡规划管理职责整合，组建市自然资源和规划局，作为市政府工作部\n门。\n")
    facts = run(text, jurisdiction="某市")
    est = events(facts, EventType.ESTABLISH)
    assert len(est) == 1
    assert names(est[0].inputs) == ["市国土资源局", "市发展和改革委员会", "市住房和城乡建设局"]
    assert est[0].kind == "市政府工作部门"
    prov = est[0].prov
    assert text[prov.start : prov.end] == prov.sentence and "组建市自然资源和规划局" in prov.sentence


def test_sanding_2008_headings() -> None:
    text = """根据国务院机构改革方案，设立国家能源局，为国家发展和改革委员会管理的国家局。
一、职能转变
（一）取消的职责。取消已由国务院公布取消的行政审批事项。
二、主要职责
（一）拟订并组织实施能源行业规划、产业政策和标准，发展新能源，促进能源节约。
（二）承办国务院以及国家发展和改革委员会交办的其他事项。
三、内设机构
根据上述职责，国家能源局设9个内设机构（司）：
（一）综合司。负责文电、会务、机要、档案等机关日常运转工作。
四、人员编制
国家能源局机关行政编制为112名。其中：局长1名、副局长4名，司局级领导职数32名。
"""
    facts = run(text, title="国务院办公厅关于印发国家能源局主要职责内设机构和人员编制规定的通知")
    assert [d.text for d in facts.duties if d.category == "主要职责"] == [
        "拟订并组织实施能源行业规划、产业政策和标准，发展新能源，促进能源节约。", "承办国务院以及国家发展和改革委员会交办的其他事项。"]
    u = unit(facts, "国家能源局")
    assert (u.kind, u.parent.name, u.parent_relation) == ("国家局", "国家发展和改革委员会", "管理")
    assert unit(facts, "国家能源局综合司").kind == "内设机构"
    assert staffing(facts) == {("国家能源局", "内设机构", "核定", 9), ("国家能源局", "行政编制", "核定", 112),
                               ("国家能源局", "领导职数", "核定", 1), ("国家能源局", "领导职数", "核定", 4),
                               ("国家能源局", "领导职数", "核定", 32)}


def test_region_ends_by_bisection_equal_a_search_from_each_point() -> None:
    """The precomputed region ends of a 三定 text (next article 第N条 or heading 三、内设机构)
    agree with searching the text from every position."""
    import random

    from ingest.extractors.sanding import _ARTICLE, _HEADING, _Regions

    pieces = ["第三条 ", "\n第四条 ", "。第五条", "\n三、内设机构\n", "\n二、主要职责\n", "负责某项工作。", "\n", " ",
              "（一）", "主要职责是：", "一、", "第六条"]
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        regions = _Regions(text)
        for start in range(len(text) + 1):
            ends = [m.start(1) for m in (_ARTICLE.search(text, start), _HEADING.search(text, start)) if m]
            expected = min(ends) if ends else len(text)
            assert regions.end(start) == expected, (text, start)


def test_sanding_2009_city_headings_with_duty_changes_first() -> None:
    """A city 三定 of the 2009 round opens with 一、职责调整 before 二、主要职责: the text is a 三定
    even when it is cut before its 内设机构 article."""
    text = """根据市委、市政府机构改革方案，设立某市统计局。
一、职责调整
将统计普查数据发布职责划归市政府新闻办公室。
二、主要职责
（一）负责全市统计调查工作，组织实施统计调查项目。
（二）承办市政府交办的其他事项。
"""
    facts = run(text, title="某市人民政府办公厅关于印发某市统计局主要职责内设机构和人员编制规定的通知", jurisdiction="某市")
    assert [d.text for d in facts.duties if d.category == "主要职责"] == [
        "负责全市统计调查工作，组织实施统计调查项目。", "承办市政府交办的其他事项。"]
    # the duty change is no 主要职责
    assert not [d for d in facts.duties if "普查" in d.text]


@pytest.mark.parametrize("text", [
    # the 2000 round: 一、职能调整 (划出的职能 / 转变的职能) before 二、主要职责, cut before 内设机构
    """设置某市人民政府研究室（简称市政府研究室）。
一、职能调整
（一）划出的职能。
1.将年鉴编纂的职能，交给某市地方志办公室。
（二）转变的职能。
1.市政府研究室不再承担一般性文稿起草工作。
二、主要职责
根据上述职能调整，市政府研究室的主要职责是：
（一）负责全市经济社会发展重大问题的调查研究。
（二）承办市政府交办的其他事项。
""",
    # the heading with its first item on the same line ("一、主要职责（一）…")
    """保留某市人民政府研究室，为市政府直属正处级事业单位。
一、主要职责（一）负责全市经济社会发展重大问题的调查研究。
（二）承办市政府交办的其他事项。
二、内设机构
""",
    # items numbered 1．2． under the heading (no （N） item in the section)
    """一、职能调整
（一）将年鉴编纂的职能，交给某市地方志办公室。
二、主要职责
1．负责全市经济社会发展重大问题的调查研究。
2．承办市政府交办的其他事项。
三、内设机构
""",
    # a sub-heading "（一）主要职责" with items 1．2．, ended by the next sub-heading
    """一、职能配置
（一）主要职责
1．负责全市经济社会发展重大问题的调查研究。
2．承办市政府交办的其他事项。
（二）职能转变
1．市政府研究室不再承担一般性文稿起草工作。
二、内设机构
""",
    # a copy that lost its section numbers: lines "主要职责" and "内设机构" alone
    """主要职责
（一）负责全市经济社会发展重大问题的调查研究。
（二）承办市政府交办的其他事项。
内设机构
市政府研究室设综合科、经济研究科2个内设机构。
""",
])
def test_sanding_duty_headings_of_other_rounds_and_copies(text: str) -> None:
    facts = run(text, title="某市人民政府研究室职能配置、内设机构和人员编制规定", jurisdiction="某市")
    assert [d.text for d in facts.duties if d.category == "主要职责"] == [
        "负责全市经济社会发展重大问题的调查研究。", "承办市政府交办的其他事项。"]
    assert not [d for d in facts.duties if "年鉴" in d.text or "文稿" in d.text]  # 职能调整 items are no duties


def test_a_units_own_page_reproducing_its_numbered_duties() -> None:
    """A unit's own page ("X 机构职能") listing its 三定's numbered 主要职责 items: the items are its
    duties; the page's next field ends the last item; a summary without numbered items gives none."""
    text = """某县农业农村局 机构职能
某县农业农村局是县政府工作部门，为正科级。
主要职责：
（一）统筹研究和组织实施全县“三农”工作的发展规划。
（二）负责全县种植业、畜牧业、渔业的行业管理。
内设机构：办公室、农村经济股。
联系电话：0000-1234567
"""
    facts = run(text, title="某县农业农村局 机构职能", jurisdiction="某县")
    assert [(d.unit.name, d.text) for d in facts.duties if d.category == "主要职责"] == [
        ("某县农业农村局", "统筹研究和组织实施全县“三农”工作的发展规划。"),
        ("某县农业农村局", "负责全县种植业、畜牧业、渔业的行业管理。")]
    summary = "某县统计局 机构概况\n某县统计局是县政府工作部门。主要职责：负责全县统计调查工作；承办县政府交办的其他事项。\n"
    facts = run(summary, title="某县统计局 机构概况", jurisdiction="某县")
    assert not [d for d in facts.duties if d.category == "主要职责"]


def test_division_count_variants() -> None:
    """"内设机构N个" and its variants: a qualifier (行政/职能) and a count noun (数/总数/数量) before the figure."""
    for sentence, amount in (("调整后，县水利局内设行政机构数为6个。", 6), ("调整后，县水利局内设职能机构总数为5个。", 5),
                             ("调整后，县水利局内设机构数量为七个。", 7), ("调整后，县水利局内设机构4个。", 4)):
        facts = run(sentence, title="某县机构改革")
        assert {(s.kind, s.change, s.amount) for s in facts.staffing} == {("内设机构", "核定", amount)}, sentence


# ---------------------------------------------------------------------------
# Staffing figures as the genre writes them (issue 10, round 3): sentences written here in the genre


def _figures(text: str, title: str = "某县机构编制工作") -> list[tuple]:
    return sorted(((s.unit.name if s.unit else None, s.kind, s.change, s.amount) for s in run(text, title=title).staffing),
                  key=repr)


@pytest.mark.parametrize(("text", "expected"), [
    ("全省重新核定事业编制总量12万名。", [(None, "事业编制", "核定", 120000)]),
    ("从各市统筹调剂2.5万名事业编制，用于中小学教师招聘。", [(None, "事业编制", "调剂", 25000)]),
    ("两年来全县共收回事业编制1.6 万名。", [(None, "事业编制", "收回", 16000)]),
    # an estimate is no figure
    ("一年来共收回事业编制3.2万余名。", []),
])
def test_figures_written_in_wan(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("改革后，全县乡镇净增事业编制86个。", [(None, "事业编制", "核增", 86)]),
    ("县人民医院新增45个事业编制。", [("县人民医院", "事业编制", "核增", 45)]),
    ("市委编办为各乡镇卫生院核定126个专项编制。", [(None, "编制", "核定", 126)]),
    ("全市精简内设机构58个，核减领导职数40名。", [(None, "内设机构", "核减", 58), (None, "领导职数", "核减", 40)]),
    ("县直部门新增内设机构3个。", [(None, "内设机构", "核增", 3)]),
    ("县水利局增设内设机构2个。", [("县水利局", "内设机构", "核增", 2)]),
    ("县直部门撤并了3个内设机构。", [(None, "内设机构", "核减", 3)]),
])
def test_change_words_and_counts_written_with_ge(text: str, expected: list) -> None:
    """净增 is an increase; "N个" right before a kind of posts counts posts; a change verb written
    before 内设机构 ("精简内设机构58个") is the change of the division count."""
    assert _figures(text) == sorted(expected, key=repr)


@pytest.mark.parametrize(("text", "expected"), [
    # the establishment office moves posts: it is the actor, not the owner
    ("县委编办开展事业单位清理规范，收回空余事业编制36名。", [(None, "事业编制", "收回", 36)]),
    ("市委编办对全市编制实行总量管理，重新核定市直编制总量5200名。", [(None, "编制", "核定", 5200)]),
    # ... unless the kind follows its name: its own posts
    ("县委编办行政编制8名。", [("县委编办", "行政编制", "核定", 8)]),
])
def test_an_establishment_office_acting_is_no_owner(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "owner"), [
    ("将县旅游发展中心更名为县文化旅游服务中心，加挂县旅游咨询中心牌子，核定事业编制9名。", "县文化旅游服务中心"),
    ("组建县行政审批服务中心，对外保留县公共资源交易中心牌子，核定事业编制15名。", "县行政审批服务中心"),
    ("整合组建县城乡建设服务中心，同时挂“县人民防空服务中心”牌子，核定事业编制21名。", "县城乡建设服务中心"),
])
def test_a_sign_never_owns_a_figure(text: str, owner: str) -> None:
    """A name inside a 牌子 clause (加挂/挂/对外保留 …牌子) is a sign: the posts are the bearer's."""
    assert {f[0] for f in _figures(text)} == {owner}


@pytest.mark.parametrize(("text", "expected"), [
    ("全市县级疾控中心核定事业编制420名。", [(None, "事业编制", "核定", 420)]),
    ("市编委为8个街道办事处核增行政编制24名。", [(None, "行政编制", "核增", 24)]),
    ("县林业局核定5个国有林场总编制260名。", [(None, "编制", "核定", 260)]),
    ("市委编办给全市各乡镇卫生院核定专项编制300名。", [(None, "编制", "核定", 300)]),
])
def test_totals_for_a_class_or_a_counted_set_have_no_unit(text: str, expected: list) -> None:
    """"全市县级X" / "全市各X" name every body of a class, "N个X" a counted set: the figure is a total (unit null)."""
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("县档案馆现有人员编制20名，其中：参照公务员法管理事业编制6名，事业编制14名。", [("县档案馆", "编制", "核定", 20)]),
    ("县水务局总编制48名（行政编制12名，事业编制36名）。", [("县水务局", "编制", "核定", 48)]),
    ("事业编制15名，其中全额拨款事业编制10名。", [(None, "事业编制", "核定", 15)]),
    ("县委编办为县卫生健康局核增编制30名，其中：县人民医院20名、县中医院10名。", [("县卫生健康局", "编制", "核增", 30)]),
])
def test_parts_of_a_total_are_not_recorded(text: str, expected: list) -> None:
    """Sub-counts of a total (tests/gold/README.md): every figure after 其中 up to the next ；, and a
    bracket opened right after the total."""
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("此次核定的机关行政编制如下：县发展和改革局32名、县财政局28名、县民政局18名。",
     [("县发展和改革局", "行政编制", "核定", 32), ("县财政局", "行政编制", "核定", 28), ("县民政局", "行政编制", "核定", 18)]),
    ("编制在20名以上的有：县教育局26名、县卫生健康局24名。",
     [("县教育局", "编制", "核定", 26), ("县卫生健康局", "编制", "核定", 24)]),
    # an item that is no name: not a list of bodies
    ("领导职数如下：局长1名、副局长2名。", [("领导职数", 1), ("领导职数", 2)]),
])
def test_a_colon_list_of_bodies_each_with_its_figure(text: str, expected: list) -> None:
    got = _figures(text)
    if expected and len(expected[0]) == 2:
        assert sorted((k, a) for _, k, _, a in got) == expected
        assert not [g for g in got if g[0] and g[0].endswith("局长")]
    else:
        assert got == sorted(expected, key=repr)


def test_post_titles_of_centres_and_libraries() -> None:
    facts = run("县融媒体中心核定事业编制40名，设主任1名，总编辑1名，副主任3名。", title="某县融媒体中心")
    assert sorted((s.level, s.amount) for s in facts.staffing if s.kind == "领导职数") == [
        ("主任", 1), ("副主任", 3), ("总编辑", 1)]
    facts = run("县图书馆设馆长1名、副馆长2名。", title="某县文化")
    assert sorted((s.unit.name, s.level, s.amount) for s in facts.staffing) == [
        ("县图书馆", "副馆长", 2), ("县图书馆", "馆长", 1)]


def test_a_units_own_budget_page_and_counts_of_people() -> None:
    """A unit's own budget or account page: its posts without a unit are its own; the people it counts
    (实有人数, 在编人员, 退休人员) and percentages are no posts."""
    text = "编制人数合计15人，其中：事业编制人数15人。实有人数18人，退休人数6人。"
    assert _figures(text, title="宁远县档案馆2023年部门预算") == [("宁远县档案馆", "编制", "核定", 15)]
    for text in ("局机关现有在编人员32人，退休人员15人。", "全县共有乡村医生1200人，其中在编360人。", "全县行政编制精简10%。",
                 "中心现有职工204名，专业技术人员157名。", "县级部门行政编制数平均为23名。", "按10%核定后勤人员编制2-3名。"):
        assert _figures(text) == [], text


def test_a_division_list_counted_with_a_qualified_noun() -> None:
    """"内设A、B、C等N个职能处室" / "…N个业务科室": a qualifier (职能/业务/综合) before the division noun."""
    text = "县委编办是县委工作机关，为正科级。内设综合股、机构编制股、事业单位登记股3个职能股室与机关党支部。"
    assert ("县委编办", "内设机构", "核定", 3) in _figures(text, title="县委编办 机构概况")
    text = "县档案馆是县委直属事业单位。馆内设有办公室、档案接收科、档案利用科等3个业务科室，核定事业编制25名。"
    assert _figures(text, title="县档案馆 机构概况") == [("县档案馆", "事业编制", "核定", 25), ("县档案馆", "内设机构", "核定", 3)]


def test_a_quota_from_its_old_figure_and_posts_given_with_de() -> None:
    """"行政编制由原来的30名核减为25名": the figure after the change is the quota (核定);
    "将A的事业编制5名划转至B": A gives (the unit), B receives (the counterpart)."""
    assert _figures("县统计局机关行政编制由原来的30名核减为25名。") == [("县统计局", "行政编制", "核定", 25)]
    assert _figures("县司法局政法专项编制由改革前的12名增加至15名。") == [("县司法局", "政法专项编制", "核定", 15)]
    facts = run("将县林业局的事业编制5名划转至县自然资源局。", title="某县机构改革")
    assert [(s.unit.name, s.kind, s.change, s.amount, s.counterpart.name) for s in facts.staffing] == [
        ("县林业局", "事业编制", "划转", 5, "县自然资源局")]


def test_a_list_of_counts_after_one_verb_is_a_total_of_the_place() -> None:
    """"精简市政府工作部门2个、部门管理机构2个、内设机构41个、编制239名": the verb opens a list of counts;
    each item is a total of the place (unit null), the division count included, whoever is named first."""
    text = "落实控编减编任务，精简县政府工作部门3个、部门管理机构1个、内设机构17个、编制86名、领导职数22名。"
    assert _figures(text) == sorted([(None, "内设机构", "核减", 17), (None, "编制", "核减", 86),
                                     (None, "领导职数", "核减", 22)], key=repr)
    # "精简后" is the state after the change, not the change
    assert _figures("县统计局精简后，内设机构3个、行政编制10名。") == sorted(
        [("县统计局", "内设机构", "核定", 3), ("县统计局", "行政编制", "核定", 10)], key=repr)


@pytest.mark.parametrize(("text", "expected"), [
    # vacancies are a state (quota minus staff), not a quota; moving them is read
    ("县水利局现有空编3名。", []),
    ("市直单位空余编制312名。", []),
    ("全县共收回空编89名。", [(None, "编制", "收回", 89)]),
    # 编制 as the verb "draw up": a count of plans or reports, never posts
    ("县自然资源局组织编制3个专项规划。", []),
    ("今年共编制5个重点项目可研报告。", []),
    ("县统计局现有编制12个。", [("县统计局", "编制", "核定", 12)]),
])
def test_vacancies_and_the_verb_bianzhi_are_no_quota(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全年共为各单位核准使用编制312名，用于公开招聘和人才引进。", []),
    ("县教育局今年动用空余编制45名招聘教师。", []),
    ("县人民医院占用事业编制18名。", []),
    ("县应急管理局内设股室6个。", [("县应急管理局", "内设机构", "核定", 6)]),
    ("县融媒体中心内设部室5个。", [("县融媒体中心", "内设机构", "核定", 5)]),
])
def test_posts_used_are_no_quota_and_county_division_nouns(text: str, expected: list) -> None:
    """使用/占用/动用 编制: posts filled, not a quota; 股室 and 部室 count divisions as 处室/科室 do."""
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("县医疗保障局正式挂牌成立。该局为县政府工作部门，核定行政编制9名。", [("县医疗保障局", "行政编制", "核定", 9)]),
    ("县医疗保障局正式挂牌成立。该局核定行政编制9名。", [("县医疗保障局", "行政编制", "核定", 9)]),
    ("县大数据发展中心日前揭牌。据了解，该中心为县政府直属公益一类事业单位，核定事业编制12名。",
     [("县大数据发展中心", "事业编制", "核定", 12)]),
    # the parent a body is led by is not the figure's owner
    ("县乡村振兴局由县农业农村局统一领导和管理，核定行政编制6名。", [("县乡村振兴局", "行政编制", "核定", 6)]),
])
def test_an_anaphoric_subject_owns_the_figure(text: str, expected: list) -> None:
    """"该局/该中心/本局…" opening the clause (after a short lead such as 据了解，) refers back to the last
    body named with that ending; "由X(统一)领导和管理": X is the parent."""
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the bodies a subject merged, works with or set up inside are its objects, not the owner
    ("县融媒体中心整合了县广播电视台和县新闻中心，核定事业编制60名。", [("县融媒体中心", "事业编制", "核定", 60)]),
    ("县应急管理局为县政府工作部门，与县地震局合署办公，核定行政编制12名。", [("县应急管理局", "行政编制", "核定", 12)]),
    ("县退役军人事务局正式挂牌。该局由原县民政局、县人力资源和社会保障局的相关职责整合组建，核定行政编制8名。",
     [("县退役军人事务局", "行政编制", "核定", 8)]),
    # a later part going on with the subject's description (下设/与/负责 …) names its objects too
    ("县财政局内设股室12个，下设县国库集中支付中心等4个事业单位，核定行政编制25名。",
     [("县财政局", "内设机构", "核定", 12), ("县财政局", "行政编制", "核定", 25)]),
    # "X在Y的基础上组建" / "X经…在Y基础上组建": Y is what X was formed from
    ("县乡村振兴局在县扶贫开发办公室的基础上组建，为县政府工作部门，核定行政编制10名。",
     [("县乡村振兴局", "行政编制", "核定", 10)]),
    ("县数据资源中心经县委编委批准在县信息中心基础上组建，核定事业编制15名。", [("县数据资源中心", "事业编制", "核定", 15)]),
    # a bare head opening the sentence is the body just described
    ("县政务服务中心成立于2015年，为县政府直属事业单位。中心成立了党支部和工会，现有编制18名。",
     [("县政务服务中心", "编制", "核定", 18)]),
    # a subject that sets others up: the body it forms owns the figure
    ("县人民政府组建县应急救援中心，核定事业编制10名。", [("县应急救援中心", "事业编制", "核定", 10)]),
    # a body named in a later part outside the subject's own: that body (no guess for the subject)
    ("县林业局挂牌运行，同时组建县林业发展中心，核定事业编制15名。", [("县林业发展中心", "事业编制", "核定", 15)]),
    # no subject: "将A更名为B，…，核定…" is still B's
    ("将县旅游区管理委员会更名为县湿地保护中心，为县政府直属事业单位，核定事业编制5名。",
     [("县湿地保护中心", "事业编制", "核定", 5)]),
    # the figure's own part names its body
    ("县卫生健康局整合了县老龄办，县疾病预防控制中心核定事业编制30名。",
     [("县疾病预防控制中心", "事业编制", "核定", 30)]),
])
def test_the_clause_subject_owns_a_figure_after_its_objects(text: str, expected: list) -> None:
    """A clause opening with its subject (a name, 该局, or a bare 中心/局 for the body just described) and
    then a verb or preposition (整合了, 由, 与, 为, 成立了, 内设 …): the bodies named after it are its
    objects; a figure later in the clause without a body of its own is the subject's."""
    assert _figures(text) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a notice to one body: 你单位/你局 is the addressee, never the division it sets up
    ("关于调整某县自然资源局机构编制的通知", "经研究，同意你单位增设测绘地理信息股，核增行政编制2名。",
     [("某县自然资源局", "行政编制", "核增", 2)]),
    ("关于调整某县自然资源局机构编制的通知", "经研究，同意为你局核增行政编制3名。", [("某县自然资源局", "行政编制", "核增", 3)]),
    # 为/给 + 该局/本中心: the body named before with that ending
    ("某县机构改革", "县医疗保障局正式挂牌。县委编办为该局核定行政编制9名。", [("县医疗保障局", "行政编制", "核定", 9)]),
    # a bare head, then the figure's words: the body just named or the page's own
    # (某县 in a title is a placeholder, no place: the body is the one the text writes, 县医疗保障局)
    ("某县医疗保障局挂牌", "县医疗保障局于5月6日挂牌。目前，局机关核定行政编制9名。", [("县医疗保障局", "行政编制", "核定", 9)]),
    ("某县图书馆简介", "某县图书馆始建于1978年。馆内设3个部室，现有编制12名。",
     [("某县图书馆", "内设机构", "核定", 3), ("某县图书馆", "编制", "核定", 12)]),
    # a news title about one body: the figures without a body of their own are that body's
    ("某县行政审批服务局挂牌成立", "核定行政编制11名，内设股室5个。",
     [("某县行政审批服务局", "内设机构", "核定", 5), ("某县行政审批服务局", "行政编制", "核定", 11)]),
    # … but not a total of the place, nor in a title naming no one body
    ("某县行政审批服务局挂牌成立", "全县共精简行政编制20名。", [(None, "行政编制", "核减", 20)]),
    ("某县机构改革工作综述", "核定行政编制11名。", [(None, "行政编制", "核定", 11)]),
    # … nor a class of bodies the sentence names (县级/设区市 … are no one unit)
    ("某省疾病预防控制局挂牌", "县级疾控局核定行政编制5名。", [(None, "行政编制", "核定", 5)]),
    ("某省疾病预防控制局挂牌", "设区市疾控局核定行政编制10名，县级疾控局核定行政编制5名。",
     [(None, "行政编制", "核定", 10), (None, "行政编制", "核定", 5)]),
    # a lead word before the bare head ("目前，局机关…") in a title that is no news title
    ("某县医疗保障工作情况", "县医疗保障局于5月6日组建。目前，局机关核定行政编制9名。",
     [("县医疗保障局", "行政编制", "核定", 9)]),
])
def test_an_owner_written_as_addressee_bare_head_or_in_the_title(title: str, text: str, expected: list) -> None:
    """你单位/你局 in a notice is the notice's unit; a bare 局/中心/馆 opening a clause before 机关/核定/现有/内设 is
    the body just named or the page's own; a news title "X挂牌成立/揭牌/组建到位" gives X the figures that
    name no body and are no total of the place."""
    assert _figures(text, title) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("县统计局、县医疗保障局分别核定行政编制10名、8名。",
     [("县医疗保障局", "行政编制", "核定", 8), ("县统计局", "行政编制", "核定", 10)]),
    ("同时，县档案馆和县地方志编纂中心分别核增事业编制3名、2名。",
     [("县地方志编纂中心", "事业编制", "核增", 2), ("县档案馆", "事业编制", "核增", 3)]),
    # the list is no list of whole names: the figures stay with no body of their own
    ("新设两个中心分别核定事业编制10名、8名。", [(None, "事业编制", "核定", 10), (None, "事业编制", "核定", 8)]),
])
def test_figures_for_bodies_listed_before_fenbie(text: str, expected: list) -> None:
    """"A、B分别核定…10名、8名" (the list as the clause's subject, without 为): one figure per body, in order;
    only when every item is a whole name and the counts agree."""
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a long name followed by 属参公/属于 is not cut at an inner 政府
    ("自治区政府机关事务管理局属参公管理事业单位，现有人员编制115人。",
     [("自治区政府机关事务管理局", "编制", "核定", 115)]),
    ("县机关事务服务中心属于县政府直属事业单位，核定事业编制9名。", [("县机关事务服务中心", "事业编制", "核定", 9)]),
    # a dash opens a name: "——A和B中心" is one name, not cut after 和
    ("另设正科级事业单位——县政务和大数据服务中心，有事业编制16名。", [("县政务和大数据服务中心", "事业编制", "核定", 16)]),
    # "Y所属": Y ends at its own suffix, never at 所
    ("新设立县政务服务中心，为县政府办公室所属正科级事业单位，核定事业编制10名。", [("县政务服务中心", "事业编制", "核定", 10)]),
])
def test_an_owner_name_is_not_cut_before_shu_or_after_a_dash(text: str, expected: list) -> None:
    """The owner's name as written whole: "X属参公管理…" / "X属于…" end the name at 属于/属参/属全额 … (not at
    a bare 属, so "Y所属" is no name "Y所"); a dash "——" before a name opens it."""
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "title", "expected"), [
    # 大队长/中队长 are post titles: "设大队长1名" names no body "设大队"
    ("新组建县交通运输综合执法大队，核定事业编制20名，设大队长1名，副大队长2名。", "某县机构编制工作",
     [("县交通运输综合执法大队", "事业编制", "核定", 20), ("县交通运输综合执法大队", "领导职数", "核定", 1),
      ("县交通运输综合执法大队", "领导职数", "核定", 2)]),
    # a division count with its level ("内设股级机构23个") on a unit's own account page
    ("（一）机构设置\n内设股级机构12个。", "某县公安局2022年部门决算", [("某县公安局", "内设机构", "核定", 12)]),
    # a division noun, then its count, after the bare head of the page's own body
    ("某县妇幼保健院始建于1958年。院共设职能科室8个，分别为办公室、财务科等。", "某县妇幼保健院",
     [("某县妇幼保健院", "内设机构", "核定", 8)]),
    # a lead word the recognizer glued to the head ("目前中心") is no body; the page titled by its name owns
    ("某县急救中心始建于1998年。\n目前中心现有职工40人。中心共设业务科室6个。", "某县急救中心",
     [("某县急救中心", "内设机构", "核定", 6)]),
])
def test_brigade_titles_and_division_counts_with_a_level(text: str, title: str, expected: list) -> None:
    """大队长/中队长/支队长 are titles (领导职数 of the body named before); 内设股级/科级/处级机构N个 is a
    division count."""
    assert _figures(text, title) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a later part naming no body takes the owner of the figure that opened the clause
    ("县医疗保障局正式挂牌。核定该局机关行政编制9名，内设股室3个。",
     [("县医疗保障局", "内设机构", "核定", 3), ("县医疗保障局", "行政编制", "核定", 9)]),
    ("为县林业局核定行政编制12名，内设股室5个。", [("县林业局", "内设机构", "核定", 5), ("县林业局", "行政编制", "核定", 12)]),
    # … but a part naming the whole place is the place's total
    ("县医疗保障局核定行政编制9名，全县共精简内设机构3个。",
     [("县医疗保障局", "行政编制", "核定", 9), (None, "内设机构", "核减", 3)]),
])
def test_a_later_part_shares_the_owner_of_the_clauses_first_figure(text: str, expected: list) -> None:
    """A figure in a later part of the clause that names no body (and no total word) belongs to the body of the
    figure read before it in the clause; a part naming the whole place (全县/全市 …) and no body is the place's."""
    assert _figures(text) == expected


def test_its_posts_move_from_the_body_just_named() -> None:
    """"撤销A，其行政编制5名划入B" / "将其…划转至B": 其 is A, the giver; B is the counterpart."""
    for text in ("撤销县扶贫开发办公室，其行政编制5名划入县乡村振兴局。", "撤销县扶贫开发办公室，将其行政编制5名划转至县乡村振兴局。"):
        got = [(s.unit.name, s.change, s.amount, s.counterpart.name if s.counterpart else None)
               for s in run(text, title="某县机构改革").staffing]
        assert got == [("县扶贫开发办公室", "划转", 5, "县乡村振兴局")], text


@pytest.mark.parametrize(("text", "expected"), [
    ("县政府采购中心共有11个编制，现有人员12人。", [("县政府采购中心", "编制", "核定", 11)]),
    ("为县行政审批局保障16个行政编制和53个事业编制。",
     [("县行政审批局", "事业编制", "核定", 53), ("县行政审批局", "行政编制", "核定", 16)]),
    # a verb written in the clause still wins over 保障
    ("2021年共调剂保障人才引进编制40名。", [(None, "编制", "调剂", 40)]),
])
def test_posts_a_body_has_or_is_provided_with(text: str, expected: list) -> None:
    """"共有/现有/拥有/保障/配备 N个…编制": the posts the body has (核定); the second figure of a pair
    joined by 和/及 takes the first one's change."""
    assert _figures(text) == expected


def test_a_units_own_page_by_its_title_or_name_field() -> None:
    """A page titled "X概况/X简介/X基本情况", or with a field line "单位名称：X": its figures without a
    unit of their own are X's; a place's 概况 names no unit."""
    text = "县应急管理局概况\n内设机构：办公室、应急指挥股\n人员编制：行政编制12名\n"
    assert _figures(text, title="县应急管理局概况") == [("县应急管理局", "行政编制", "核定", 12)]
    assert _figures("单位名称：县档案馆\n编制情况：事业编制15名，实有14人\n", title="") == [("县档案馆", "事业编制", "核定", 15)]
    assert _figures("全县行政编制1200名。\n", title="某县2023年概况") == [(None, "行政编制", "核定", 1200)]


@pytest.mark.parametrize(("text", "expected"), [
    ("为县人民医院、县中医院各核增编制10名。", [("县中医院", "编制", "核增", 10), ("县人民医院", "编制", "核增", 10)]),
    ("县人民医院和县妇幼保健院各核定事业编制5名。",
     [("县人民医院", "事业编制", "核定", 5), ("县妇幼保健院", "事业编制", "核定", 5)]),
    # 各 before the figure of a class: one quota per body of the class, unit null
    ("为各乡镇（街道）统一核定行政编制各30名。", [(None, "行政编制", "核定", 30)]),
])
def test_the_same_figure_for_each_body_listed(text: str, expected: list) -> None:
    assert _figures(text) == sorted(expected, key=repr)
