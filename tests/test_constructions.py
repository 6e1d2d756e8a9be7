"""The construction inventory (ingest/extractors/constructions.py, docs/extraction.md):
every entry's canonical example yields facts, and each variant yields the facts it states.
Sentences are written for these tests in the genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from ingest.extractors import extract
from ingest.extractors.constructions import CONSTRUCTIONS
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts


def facts_of(text: str, jurisdiction: str = "中央", title: str = "", date: str | None = None) -> DocumentFacts:
    raw = RawDocument("t.txt", text, {"title": title} if title else {})
    return extract(raw, Document(id="t", title=title or "t", date=date, jurisdiction=jurisdiction, text=text))


def units(f: DocumentFacts) -> dict[str, tuple]:
    return {u.unit.name: (u.kind, u.rank, u.parent.name if u.parent else None, u.parent_relation, tuple(u.signs))
            for u in f.units}


def events(f: DocumentFacts) -> list[tuple]:
    return [(e.type.value, tuple(m.name for m in e.inputs), tuple(m.name for m in e.outputs), e.date) for e in f.events]


@pytest.mark.parametrize("construction", CONSTRUCTIONS, ids=lambda c: c.name)
def test_every_construction_example_yields_facts(construction) -> None:
    f = facts_of(construction.example, "某市")
    assert f.units or f.events or f.staffing, construction.name


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("某市自然资源和规划局（简称市自然资源和规划局）是市政府工作部门，为正科级，加挂某市林业局、某市海洋局牌子。",
     "某市自然资源和规划局", ("市政府工作部门", "正科级", None, None, ("某市林业局", "某市海洋局"))),
    ("长沙县市场监督管理局是县政府工作部门，正科级，加挂长沙县知识产权局牌子。",
     "长沙县市场监督管理局", ("县政府工作部门", "正科级", None, None, ("长沙县知识产权局",))),
    ("曹县编制委员会办公室为县委工作部门，正科级单位。",
     "曹县编制委员会办公室", ("县委工作部门", "正科级", None, None, ())),
    ("保留湖南省档案馆，为省委直属正厅级事业单位。",
     "湖南省档案馆", ("事业单位", "正厅级", "省委", "所属", ())),
    ("白城市行政审批局是市政府工作部门，同时挂白城市政务服务管理局牌子。",
     "白城市行政审批局", ("市政府工作部门", None, None, None, ("白城市政务服务管理局",))),
])
def test_self_description(text: str, unit: str, expected: tuple) -> None:
    assert units(facts_of(text, "某市"))[unit] == expected


@pytest.mark.parametrize(("text", "unit", "parent", "relation"), [
    ("县扶贫开发领导小组办公室设在县农业农村局，承担领导小组日常工作。", "县扶贫开发领导小组办公室", "县农业农村局", "内设"),
    ("市防汛抗旱指挥部办公室设在市应急管理局。", "市防汛抗旱指挥部办公室", "市应急管理局", "内设"),
    ("县融媒体中心由县委宣传部归口管理。", "县融媒体中心", "县委宣传部", "管理"),
    ("市档案馆由市委办公室代管。", "市档案馆", "市委办公室", "代管"),
    ("县林业和草原局作为县自然资源局的派出机构。", "县林业和草原局", "县自然资源局", "所属"),
])
def test_parent_constructions(text: str, unit: str, parent: str, relation: str) -> None:
    got = units(facts_of(text, "某县"))[unit]
    assert (got[2], got[3]) == (parent, relation)


@pytest.mark.parametrize(("text", "host", "signs"), [
    ("县乡村振兴局在县农业农村局挂牌。", "县农业农村局", ("县乡村振兴局",)),
    ("区乡村振兴局在区政府办公室加挂。", "区政府办公室", ("区乡村振兴局",)),
    ("县民政局与县社会工作部实行一套班子、两块牌子。", "县民政局", ("县社会工作部",)),
    ("县委宣传部、县新闻出版局、县电影局，一套班子三块牌子。", "县委宣传部", ("县新闻出版局", "县电影局")),
])
def test_sign_constructions(text: str, host: str, signs: tuple) -> None:
    assert units(facts_of(text, "某县"))[host][4] == signs


@pytest.mark.parametrize(("text", "expected"), [
    ("将县文化馆改建为县文化中心。", ("re_form", ("县文化馆",), ("县文化中心",), None)),
    ("县物价局改称县价格监督检查局。", ("rename", ("县物价局",), ("县价格监督检查局",), None)),
    ("1992年，县计委与县统计局合署办公。", ("co_locate", ("县计委",), ("县统计局",), "1992")),
    ("1985年3月，县乡镇企业局改称县乡镇企业管理局。", ("rename", ("县乡镇企业局",), ("县乡镇企业管理局",), "1985-03")),
    ("2月22日，白城市自然资源局正式挂牌成立。", ("establish", (), ("白城市自然资源局",), "2019-02-22")),
    ("国家疾病预防控制局今天揭牌成立。", ("establish", (), ("国家疾病预防控制局",), None)),
    ("上午，举行县医疗保障局揭牌仪式。", ("establish", (), ("县医疗保障局",), None)),
])
def test_event_constructions(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县", date="2019-02-25" if "2月22日" in text else None))


@pytest.mark.parametrize("text", [
    "县乡村振兴局在县农业农村局挂牌。",  # a sign, not a new body
    "对重大隐患实行挂牌督办。",  # not an organization at all
    "县自然资源局的主要职责是负责自然资源调查。",  # 是 after a duty phrase is no self-description
])
def test_not_a_new_body(text: str) -> None:
    assert not [e for e in facts_of(text, "某县").events if e.type.value == "establish"]


def boundaries(f: DocumentFacts) -> list[tuple[str, ...]]:
    return [tuple(m.name for m in b.units) for b in f.boundaries]


@pytest.mark.parametrize(("text", "expected"), [
    ("县农业农村局负责食用农产品从种植养殖到进入批发市场前的监管，县市场监管局负责进入市场后的监管。",
     ("县农业农村局", "县市场监管局")),
    ("突发水污染事件由县生态环境局主导，县水利局配合。", ("县生态环境局", "县水利局")),
    ("农业部门负责初级农产品生产环节的监管；工商部门负责流通环节的监管。", ("农业部门", "工商部门")),
    # the lead as the main party: "以A为主，B配合/参与"
    ("突发公共卫生事件应对工作以县卫生健康局为主，县市场监督管理局配合。", ("县卫生健康局", "县市场监督管理局")),
    ("校园周边环境整治以市教育局为主导，市公安局、市城市管理局参与。", ("市教育局", "市公安局", "市城市管理局")),
    # the supporter's verb after 予以/做好/积极, and 协同
    ("县卫生健康局负责传染病疫情监测，县疾病预防控制中心予以配合。", ("县卫生健康局", "县疾病预防控制中心")),
    ("县商务局负责成品油流通管理，县市场监督管理局做好配合。", ("县商务局", "县市场监督管理局")),
    ("区水利局负责河道采砂管理，区自然资源局协同做好矿产资源执法。", ("区水利局", "区自然资源局")),
    # 承办 / 协办 (a task plan's lead and supporters)
    ("由市住房和城乡建设局承办，市自然资源局、市生态环境局协办。", ("市住房和城乡建设局", "市自然资源局", "市生态环境局")),
    # several leads listed before one verb, then a supporter
    ("县交通运输局、县公安局负责道路运输安全整治，县应急管理局配合。", ("县交通运输局", "县公安局", "县应急管理局")),
])
def test_division_of_duties(text: str, expected: tuple) -> None:
    assert expected in boundaries(facts_of(text, "某县"))


@pytest.mark.parametrize("text", [
    "县农业农村局负责全县农业农村工作。",  # one party: a duty, not a division
    "各有关部门负责做好本领域工作，相关部门配合。",  # classes without a specific party
    "全县防汛工作以预防为主，县水利局负责水情监测。",  # 以…为主 naming no body is a principle, not a lead
    "县交通运输局、县公安局负责道路运输安全整治。",  # leads listed with no supporter: joint work
])
def test_no_division_without_two_parties(text: str) -> None:
    assert not boundaries(facts_of(text, "某县"))


@pytest.mark.parametrize(("text", "expected"), [
    # parts in consecutive sentences of one paragraph
    ("关于县农业农村局与县市场监管局的职责分工。县农业农村局负责食用农产品进入批发市场前的质量安全监管。"
     "县市场监管局负责食用农产品进入批发市场后的质量安全监管。两部门建立追溯机制。",
     [("县农业农村局", "县市场监管局")]),
    # the second part in the passive: "…后，由B监督管理" / "…应当接受B的监督管理"
    ("二、职责分工\n县林业局负责食用林产品从种植到进入批发市场前的监管。食用林产品进入批发市场后，由县市场监督管理局监督管理。",
     [("县林业局", "县市场监督管理局")]),
    ("二、职责分工\n县水务局负责水产品养殖环节的监管。水产品进入市场后，应当接受县市场监督管理局的监督管理。",
     [("县水务局", "县市场监督管理局")]),
    # numbered sub-items of one matter
    ("（三）与县卫生健康局的有关职责分工。\n1.县卫生健康局负责食品安全风险评估。\n2.县市场监督管理局负责食品安全风险监测的组织实施。",
     [("县卫生健康局", "县市场监督管理局")]),
    # a quoted passage of a 三定 with three parts
    ("县编办对三定规定的解释如下：“县文化局负责动漫产业规划。县广电局负责影视动漫节目的管理。县新闻出版局负责动漫出版物的管理。”",
     [("县文化局", "县广电局", "县新闻出版局")]),
    # "由B依法履行" inside the first clause, the other party with 不再履行
    ("机构调整后，食用农产品进入市场后的监管职责由县市场监督管理局依法履行，县农业农村局不再履行相应监管职责。",
     [("县市场监督管理局", "县农业农村局")]),
    # parts joined by 、 inside a quotation
    ("按照“县农业部门负责生产环节的监管、县工商部门负责流通环节的监管”的分工，两部门职责是清楚的。",
     [("某县农业部门", "某县工商部门")]),  # class names with a place marker take the place
    # township governments as a class of parties
    ("县农业农村局负责制定处置方案，乡镇人民政府负责落实处置措施。", [("县农业农村局", "乡镇人民政府")]),
    # parallel paragraphs, each opened by its party's part and elaborated ("具体包括：…"), where duties are divided
    ("三、落实部门监管责任\n县林业局负责林产品种植环节的监管。具体包括：林地农药使用的监督抽查。\n"
     "县水利局负责水库养殖环节的监管。具体包括：水库投饵的巡查。\n县市场监督管理局负责流通环节的监管。",
     [("县林业局", "县水利局", "县市场监督管理局")]),
])
def test_division_across_sentences(text: str, expected: list) -> None:
    got = boundaries(facts_of(text, "某县"))
    for item in expected:
        assert item in got


def test_division_table_row() -> None:
    """A 职责分工表 row: the unit's own cell, then a cell of ；-clauses each naming a partner."""
    text = ("序号 |\n管理事项 |\n相关部门 |\n职责分工 |\n1 |\n食品安全监管。 |\n县市场监管局 |\n"
            "负责餐饮服务食品安全监管，与县商务局建立协调机制；会同县卫生健康局建立事件通报机制；"
            "与县公安局建立行刑衔接机制。 |\n县农业农村局 |\n负责种植养殖环节的质量安全监管。 |\n")
    got = boundaries(facts_of(text, "某县", title="县部门职责分工表"))
    assert ("县市场监管局", "县商务局") in got
    assert ("县市场监管局", "县卫生健康局") in got
    assert ("县市场监管局", "县公安局") in got
    assert len(got) == 3  # the 农业农村局 row names no partner


@pytest.mark.parametrize("text", [
    # consecutive one-party sentences outside a document that divides duties: reporting, not a division
    "县农业农村局负责全县春耕生产。县财政局负责安排专项资金。",
    # separate matters under （一）（二） items do not join across items
    "二、职责分工\n（一）乡镇人民政府负责本辖区消毒工作。\n（二）县动物疫病预防控制中心负责疫情监测。",
    # 与 inside a party's own name is no partner
    "县海洋与渔业局负责水产品养殖环节的监管。",
    # a list of parties sharing one part is joint work, not a division
    "二、职责分工\n县农业农村局、县林业局负责做好秋冬季防火工作。",
    # parallel paragraphs outside a document that divides duties: a report of each body's work
    "县林业局负责春季造林。具体包括：苗木调运。\n县水利局负责水库除险加固。具体包括：大坝检测。",
    # paragraphs that are separate matters (（一）（二）) do not join, elaborated or not
    "二、职责分工\n（一）县林业局负责林木采伐审批。具体包括：现场查验。\n（二）县水利局负责河道采砂审批。",
])
def test_no_division_across_these(text: str) -> None:
    assert not boundaries(facts_of(text, "某县"))


@pytest.mark.parametrize(("text", "host", "divisions"), [
    ("国家卫生健康委员会内设机构包括:办公厅、人事司、国际合作司(港澳台办公室)、机关党委。",
     "国家卫生健康委员会", {"办公厅": (), "人事司": (), "国际合作司": ("港澳台办公室",), "机关党委": ()}),
    ("县行政审批服务局为县政府工作部门，正科级。下设综合股、审批一股、审批二股3个内设机构。",
     "县行政审批服务局", {"综合股": (), "审批一股": (), "审批二股": ()}),
    # the host referred to by its ending ("馆内设有", "该局下设"), a count after 共, 部室
    ("县文化馆为股级公益一类事业单位。馆内设有办公室、辅导部、培训部共三个部室。",
     "县文化馆", {"办公室": (), "辅导部": (), "培训部": ()}),
    ("县不动产登记中心是县自然资源局所属事业单位。该中心下设登记股、档案股等2个股室，核定事业编制9名。",
     "县不动产登记中心", {"登记股": (), "档案股": ()}),
    # a profile page's field "内设机构：A、B、C" (no verb, no count)
    ("县统计局是县政府工作部门，为正科级。\n内设机构：办公室、综合统计股、调查股。",
     "县统计局", {"办公室": (), "综合统计股": (), "调查股": ()}),
])
def test_division_lists(text: str, host: str, divisions: dict) -> None:
    got = units(facts_of(text, "某县"))
    for name, signs in divisions.items():
        kind, _, parent, relation, got_signs = got[host + name]
        assert (kind, parent, relation, got_signs) == ("内设机构", host, "内设", signs)


def test_divisions_of_a_body_referred_to_by_its_ending_and_its_figures() -> None:
    f = facts_of("县文化馆为股级公益一类事业单位。馆内设办公室、辅导部等2个部室，核定事业编制11名。", "某县")
    assert {(s.unit.name, s.kind, s.change, s.amount) for s in f.staffing} == {
        ("县文化馆", "内设机构", "核定", 2), ("县文化馆", "事业编制", "核定", 11)}
    # no body with that ending named before: no host, nothing listed
    assert not [u for u in facts_of("县文化馆为股级事业单位。局内设办公室、辅导部2个股室。", "某县").units
                if u.kind == "内设机构"]


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("将县委农办、县农业局、县畜牧局合并组建县农业农村局。", "",
     [("establish", ("县委农办", "县农业局", "县畜牧局"), ("县农业农村局",), None)]),
    ("将市场监管局、知识产权局整合为县市场监督管理局。", "",
     [("establish", ("市场监管局", "知识产权局"), ("县市场监督管理局",), None)]),
    ("某县人民政府办公室是县政府工作部门。将联系街道办事处的职能,交给县民政局。", "某县人民政府办公室职能配置、内设机构和人员编制规定",
     [("transfer_duty", ("某县人民政府办公室",), ("县民政局",), None)]),
    ("某县人民政府办公室是县政府工作部门。将档案、保密工作的职能，分别交给县档案局和县保密局。",
     "某县人民政府办公室职能配置、内设机构和人员编制规定",
     [("transfer_duty", ("某县人民政府办公室",), ("县档案局",), None),
      ("transfer_duty", ("某县人民政府办公室",), ("县保密局",), None)]),
    ("将县卫生局的食品卫生许可职责划给县食品药品监督管理局。", "",
     [("transfer_duty", ("县卫生局",), ("县食品药品监督管理局",), None)]),
])
def test_merges_and_handovers(text: str, title: str, expected: list) -> None:
    got = events(facts_of(text, "某县", title=title))
    for item in expected:
        assert item in got


def test_kind_announced_for_a_list() -> None:
    text = ("现将部委管理的国家局设置通知如下：\n国家信访局，由国务院办公厅管理。\n国家粮食局，由国家发展和改革委员会管理。\n"
            "以上国家局的设置自印发之日起执行。")
    got = units(facts_of(text))
    assert got["国家信访局"][:4] == ("部委管理的国家局", None, "国务院办公厅", "管理")
    assert got["国家粮食局"][0] == "部委管理的国家局"


@pytest.mark.parametrize(("text", "expected"), [
    ("撤并苗河、芭蕉、燎原、金川4个乡。", [("abolish", ("苗河乡",), (), None), ("abolish", ("金川乡",), (), None)]),
    ("撤并科技局、粮食局、乡企局等机构。", [("abolish", ("科技局",), (), None), ("abolish", ("乡企局",), (), None)]),
    ("撤销东关、西关两个街道。", [("abolish", ("东关街道",), (), None)]),
    ("联合、双安、东木3个乡改为建制镇。", [("change_kind", ("联合乡",), ("联合镇",), None),
                                 ("change_kind", ("东木乡",), ("东木镇",), None)]),
])
def test_lists_of_bodies_that_end_or_change(text: str, expected: list) -> None:
    got = events(facts_of(text, "某县"))
    for item in expected:
        assert item in got
    assert len([e for e in got if e[0] == "abolish"]) == len({e[1] for e in got if e[0] == "abolish"})


@pytest.mark.parametrize(("text", "expected"), [
    ("同意撤销某县河口乡建制，设立河口镇，镇人民政府驻河口村。",
     [("abolish", ("河口乡",), (), None), ("establish", (), ("河口镇",), None)]),
    ("撤销甲乡、乙乡建制，分别设置甲镇、乙镇，所辖区域不变。",
     [("abolish", ("甲乡",), (), None), ("abolish", ("乙乡",), (), None),
      ("establish", (), ("甲镇",), None), ("establish", (), ("乙镇",), None)]),
    ("撤销城关镇建制，设立城关街道。", [("abolish", ("城关镇",), (), None), ("establish", (), ("城关街道",), None)]),
    ("撤銷某縣石門鄉建制，設置石門鎮。", [("abolish", ("石门乡",), (), None), ("establish", (), ("石门镇",), None)]),
])
def test_a_township_changing_level_is_abolished_and_set_up(text: str, expected: list) -> None:
    """Gold README (2026-12-06): a plain 撤A设B of the same stem is one abolish and one establish
    without inputs (it was a change_kind before that decision)."""
    got = events(facts_of(text, "某县"))
    assert sorted(got) == sorted(expected)


def test_a_township_abolished_for_another_name_is_no_change_of_level() -> None:
    got = events(facts_of("撤销河口乡建制，设立新河镇。", "某县"))
    assert ("abolish", ("河口乡",), (), None) in got
    assert not [e for e in got if e[0] == "change_kind"]


@pytest.mark.parametrize(("text", "expected"), [
    ("1942年12月县农机站与县农技站合并，成立县农业服务中心。",
     ("establish", ("县农机站", "县农技站"), ("县农业服务中心",), "1942-12")),
    ("河口乡、石门乡和东坪乡成建制合并，设立龙坪镇。", ("establish", ("河口乡", "石门乡", "东坪乡"), ("龙坪镇",), None)),
    ("河口乡、石门乡成建制合并，合并后撤乡设镇设龙坪镇。", ("establish", ("河口乡", "石门乡"), ("龙坪镇",), None)),
    ("河口乡和东坪镇成建制合并设立东坪镇。", ("re_form", ("河口乡", "东坪镇"), ("东坪镇",), None)),
    ("随着县医疗保障局挂牌成立，全县机构改革基本完成。", ("establish", (), ("县医疗保障局",), None)),
])
def test_bodies_merged_without_jiang(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县"))


@pytest.mark.parametrize(("text", "date"), [
    ("1985年3月县物价局更名为县物价检查局。", "1985-03"),  # a chronicle date glued to its subject
    ("1985年3月底前完成县物价局更名为县物价检查局的工作。", None),  # a deadline, no chronicle opening
])
def test_a_chronicle_date_without_comma(text: str, date: str | None) -> None:
    got = [e for e in events(facts_of(text, "某县")) if e[0] == "rename"]
    assert got and got[0][3] == date


@pytest.mark.parametrize(("text", "expected"), [
    ("1996年，县二轻局撤销。", ("abolish", ("县二轻局",), (), "1996")),
    ("1945年10月县抗日民主政府撤销，建立县民主政府。", ("abolish", ("县抗日民主政府",), (), "1945-10")),
    ("县政府决定，县二轻局予以撤销。", ("abolish", ("县二轻局",), (), None)),
])
def test_a_body_that_ends_as_the_subject(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县"))


@pytest.mark.parametrize(("text", "expected"), [
    ("1984年8月，县计划委员会成立，内设统计科。", ("establish", (), ("县计划委员会",), "1984-08")),
    ("1984年2月，县统计局成立，1986年有职工11人。", ("establish", (), ("县统计局",), "1984-02")),
])
def test_a_body_that_opens_as_the_subject(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县"))


@pytest.mark.parametrize("text", [
    "县统计局成立以来，工作成效明显。",  # looks back
    "县统计局成立后，统计工作由其负责。",
    "全县各乡镇相关机构成立。",  # a class
    "经县委研究同意成立。",  # no body
])
def test_no_body_opens_in_other_senses(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某县")) if e[0] == "establish"]


@pytest.mark.parametrize("text", [
    "部分乡镇机构撤销。",  # a class, no body
    "其行政处罚决定依法撤销。",  # not a body at all
    "县二轻局撤销后，其人员全部分流。",  # looks back
])
def test_no_body_ends_in_other_senses(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某县")) if e[0] == "abolish"]


def test_givers_listed_with_a_closing_deng() -> None:
    text = "将县人力资源和社会保障局的生育保险职责，县民政局的医疗救助职责等整合，组建县医疗保障局。"
    f = facts_of(text, "某县")
    assert ("establish", ("县人力资源和社会保障局", "县民政局"), ("县医疗保障局",), None) in events(f)
    moves = {(d.source.name if d.source else None, d.text) for e in f.events for d in e.duties}
    assert ("县民政局", "医疗救助职责") in moves


@pytest.mark.parametrize(("text", "expected"), [
    ("某市社会工作委员会成立并举行了揭牌仪式。", [("establish", (), ("某市社会工作委员会",), None)]),
    ("1月5日，某市监察委员会正式挂牌成立，这是全省成立的首家监察委员会。", [("establish", (), ("某市监察委员会",), None)]),
])
def test_openings_reported_with_their_ceremony(text: str, expected: list) -> None:
    assert [e for e in events(facts_of(text, "某市")) if e[0] == "establish"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("县档案馆成立于1959年11月，隶属县委办公室。", ("establish", (), ("县档案馆",), "1959-11")),
    ("县总工会正式成立于1950年3月8日。", ("establish", (), ("县总工会",), "1950-03-08")),
    ("县农业服务中心在县农机站、县农技站的基础上组建。", ("re_form", ("县农机站", "县农技站"), ("县农业服务中心",), None)),
    ("县农业服务中心，县政府直属事业单位，在县农机站、县农技站的基础上整合组建，于2019年4月成立。",
     ("re_form", ("县农机站", "县农技站"), ("县农业服务中心",), None)),
    ("县信访局的职责被划入了新组建的县委社会工作部。", ("transfer_duty", ("县信访局",), ("县委社会工作部",), None)),
])
def test_profiles_and_passives(text: str, expected: tuple) -> None:
    got = events(facts_of(text, "某县"))
    assert any(e[:3] == expected[:3] and (expected[3] is None or e[3] == expected[3]) for e in got), got


@pytest.mark.parametrize("text", [
    "该项制度成立于1990年。",  # not a body
    "要在现有机构的基础上组建。",  # no body named
])
def test_no_profile_without_a_body(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某县")) if e[0] in ("establish", "re_form")]


def test_items_of_a_list_opened_by_a_colon_are_no_headings() -> None:
    text = "会议于1988年3月2日通过，1988年3月5日公布《关于增设机构的决议》：\n设立某省甲乙委员会\n设立某省丙丁厅\n以上决议自公布之日起施行。"
    got = events(facts_of(text, "某省"))
    assert ("establish", (), ("某省甲乙委员会",), "1988-03-05") in got and ("establish", (), ("某省丙丁厅",), "1988-03-05") in got
    got = events(facts_of("经研究，决定撤销：\n某省甲乙工业厅\n某省丙丁局\n", "某省"))
    assert [e[1] for e in got if e[0] == "abolish"] == [("某省甲乙工业厅",), ("某省丙丁局",)]


def test_a_heading_without_a_colon_before_stays_a_heading() -> None:
    assert not events(facts_of("组建县医疗保障局\n会议要求各单位做好准备。", "某县"))


@pytest.mark.parametrize(("text", "expected"), [
    ("1951年2月，县人民政府改县教育科为县文教科。", [("rename", ("县教育科",), ("县文教科",), "1951-02")]),
    ("1957年，县人民政府将县文教科分为县文化科和县教育科。",
     [("establish", ("县文教科",), ("县文化科",), "1957"), ("establish", ("县文教科",), ("县教育科",), "1957")]),
    ("1970年10月，县民政局、县劳动局合并，称县民劳局。", [("establish", ("县民政局", "县劳动局"), ("县民劳局",), "1970-10")]),
    ("1961年11月，县文化科与县教育科合并，复称县文化科。", [("re_form", ("县文化科", "县教育科"), ("县文化科",), "1961-11")]),
    ("1970年10月，财政、税务两局合并，称财税局。", [("establish", ("财政局", "税务局"), ("财税局",), "1970-10")]),
    ("1958年12月，阜平、曲阳两县合并为阜平县。", [("re_form", ("阜平县", "曲阳县"), ("阜平县",), "1958-12")]),
    ("1956年2月设县交通科，5月设县文化科和县农业科。",
     [("establish", (), ("县交通科",), "1956-02"), ("establish", (), ("县农业科",), "1956-05")]),
    ("1951年设县税务局、县工商科。", [("establish", (), ("县税务局",), "1951")]),
    ("2.1951年2月，县人民政府改县教育科为县文教科。", [("rename", ("县教育科",), ("县文教科",), "1951-02")]),  # numbered
    ("3、1957年，县人民政府将县文教科分为县文化科和县教育科。", [("establish", ("县文教科",), ("县文化科",), "1957")]),
])
def test_chronicle_changes(text: str, expected: list) -> None:
    got = events(facts_of(text, "某县"))
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize(("text", "opened", "parent"), [
    ("1962年3月，县人民政府设物价科，负责全县物价管理。", [("县物价科", "1962-03")], "县人民政府"),
    ("1957年，县人民委员会设农林水利局和水产科。", [("县农林水利局", "1957"), ("县水产科", "1957")], "县人民委员会"),
    ("1971年5月，县革命委员会生产指挥部下设农业组。", [("县农业组", "1971-05")], "县革命委员会生产指挥部"),
])
def test_a_governing_body_sets_up_bodies_in_a_chronicle(text: str, opened: list, parent: str) -> None:
    f = facts_of(text, "某县")
    got = events(f)
    for name, date in opened:
        full = name.replace("县", "", 1)
        assert any(e[0] == "establish" and e[2][0].endswith(full) and e[3] == date for e in got), got
        assert any(u.unit.name.endswith(full) and u.parent and u.parent.name.endswith(parent[1:]) for u in f.units)


@pytest.mark.parametrize(("text", "expected"), [
    ("1979年8月，恢复县物价委员会，负责全县物价工作。", ("establish", (), ("县物价委员会",), "1979-08")),
    ("1983年，恢复设立县档案局。", ("establish", (), ("县档案局",), "1983")),
    ("1980年5月，恢复县劳动局(简称劳动局)。", ("establish", (), ("县劳动局",), "1980-05")),
])
def test_a_body_restored_in_a_chronicle(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县"))


@pytest.mark.parametrize("text", [
    "1979年，恢复正常生产秩序。",  # not a body
    "1985年3月，恢复县物价委员会的检查职能。",  # a duty of a body, no body restored
])
def test_nothing_restored_but_bodies(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某县")) if e[0] == "establish"]


def test_a_body_sets_up_its_divisions_in_a_chronicle() -> None:
    f = facts_of("1979年8月，恢复县物价委员会(简称物委)，1981年3月，物委内设检查股和综合股。", "某县")
    got = events(f)
    for item in ("检查股", "综合股"):
        assert any(e[0] == "establish" and e[2][0].endswith(item) and e[3] == "1981-03" for e in got), got
        assert any(u.kind == "内设机构" and u.unit.name.endswith(item) and u.parent.name == "县物价委员会" for u in f.units)
    got = events(facts_of("1984年，县统计局内设农业统计股。", "某县"))
    assert any(e[0] == "establish" and e[2][0].endswith("农业统计股") and e[3] == "1984" for e in got), got
    # not divisions: a description of what a body holds
    assert not [e for e in events(facts_of("1984年，县统计局内设机构精简。", "某县")) if e[0] == "establish"]


@pytest.mark.parametrize(("text", "expected", "duty"), [
    ("1983年4月，物价工作从县计划委员会分出，由专设的县物价局负责。",
     ("establish", ("县计划委员会",), ("县物价局",), "1983-04"), "物价工作"),
    ("1985年，劳动工资业务从县人事局划出，单独成立县劳动局。",
     ("establish", ("县人事局",), ("县劳动局",), "1985"), "劳动工资业务"),
    ("1987年，档案管理职能从县委办公室分离出来，由新设的县档案局承担。",
     ("establish", ("县委办公室",), ("县档案局",), "1987"), "档案管理职能"),
])
def test_work_split_off_into_a_new_body(text: str, expected: tuple, duty: str) -> None:
    f = facts_of(text, "某县")
    assert expected in events(f)
    assert any(d.text == duty and d.source.name == expected[1][0] for e in f.events for d in e.duties)


def test_work_split_off_without_a_new_body_is_nothing() -> None:
    got = events(facts_of("1986年，统计业务从县计划委员会分出，由其统计科负责。", "某县"))
    assert not [e for e in got if e[0] == "establish"], got


def test_bodies_of_two_fields_merged_by_their_field_words() -> None:
    """A yearbook names the merged bodies by their fields ("物价与工商机构合并"): the bodies of those
    fields formed last in the document."""
    text = ("1962年3月，县人民政府设物价科，负责全县物价管理。1965年5月，县人民委员会设工商行政管理科。"
            "1968年3月起，物价与工商机构再次合并，称物价工商科。")
    got = events(facts_of(text, "某县"))
    assert any(e[0] == "establish" and len(e[1]) == 2 and e[1][0].endswith("物价科") and e[1][1].endswith("工商行政管理科")
               and e[2][0].endswith("物价工商科") and e[3] == "1968-03" for e in got), got
    # no body of one field formed before: nothing
    got = events(facts_of("1968年，物价与工商机构合并，称物价工商科。", "某县"))
    assert not [e for e in got if e[0] == "establish" and len(e[1]) == 2], got


def test_a_year_cut_by_the_page_width_is_rejoined() -> None:
    text = ("1962年3月，县人民政府设物价科，负责全县物价的管理和检查工作，是综合性的管理机构。1\n"
            "968年3月起，物价与工商机构再次合并，称物价工商科。")
    text = "1965年5月，县人民委员会设工商行政管理科。" + text
    got = events(facts_of(text, "某县"))
    assert any(e[2][0].endswith("物价工商科") and e[3] == "1968-03" for e in got), got


@pytest.mark.parametrize("text", [
    "1950年1月，县人民政府设县长1人、副县长2人。",  # posts
    "县人民政府设立专项资金。",  # no chronicle date, no body
])
def test_a_governing_body_setting_up_posts_or_money_opens_nothing(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某县")) if e[0] == "establish"]


@pytest.mark.parametrize("text", [
    "1950年1月，设县长、副县长各1人。",  # posts, not bodies
    "将县农业局改为正科级。",  # a rank
    "将全县分为三个片区。",  # no bodies
    "县农业局分为三个股室办公。",  # no bodies named
    "甲项目与乙项目合并为一个项目。",  # not bodies
])
def test_no_chronicle_change_in_other_senses(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某县")) if e[0] in ("establish", "rename")]


@pytest.mark.parametrize(("text", "expected"), [
    ("1962年1月，原属甲专署的黄河、长江、珠江3个县划归乙市人民委员会管辖。",
     [("transfer_unit", ("黄河县",), ("乙市人民委员会",), "1962-01"), ("transfer_unit", ("珠江县",), ("乙市人民委员会",), "1962-01")]),
    ("1958年4月28日，撤销甲专区专员公署，阜平县划归乙专区专员公署。",
     [("abolish", ("甲专区专员公署",), (), "1958-04-28"), ("transfer_unit", ("阜平县",), ("乙专区专员公署",), "1958-04-28")]),
    ("1962年1月，甲河乡划归县城关镇管辖。", [("transfer_unit", ("甲河乡",), ("县城关镇",), "1962-01")]),
])
def test_bodies_placed_under_another(text: str, expected: list) -> None:
    got = events(facts_of(text, "某县"))
    for item in expected:
        assert item in got, got
    assert not [e for e in got if e[0] == "abolish" and "划归" in e[1][0]]  # the next clause is no abolished body


def test_a_duty_or_land_placed_under_another_is_no_unit_move() -> None:
    got = events(facts_of("将县林业局的森林防火职责划归县应急管理局。该乡的土地划归县林场管理。", "某县"))
    assert not [e for e in got if e[0] == "transfer_unit"]


@pytest.mark.parametrize("text", [
    "国家粮食局将从国家发展和改革委员会管理的国家局调整为国务院直属机构。",
    "某省信访局拟从部门管理机构调整为省政府直属机构。",
])
def test_a_change_of_kind_announced(text: str) -> None:
    got = [e for e in events(facts_of(text, "某省")) if e[0] == "change_kind"]
    assert len(got) == 1 and got[0][1] == got[0][2] and got[0][1][0].endswith(("国家粮食局", "信访局"))


def test_a_chronicle_clause_without_subject_carries_the_body_before() -> None:
    text = "1981年12月，成立县地名办公室。1984年5月撤销，1985年12月4日又恢复。"
    got = events(facts_of(text, "某县"))
    assert ("abolish", ("县地名办公室",), (), "1984-05") in got
    assert ("establish", (), ("县地名办公室",), "1985-12-04") in got
    text = "1959年11月，成立县方志馆。1970年4月1日，改名为县革命委员会方志馆。1979年3月，复名县方志馆。"
    got = events(facts_of(text, "某县"))
    assert ("rename", ("县方志馆",), ("县革命委员会方志馆",), "1970-04-01") in got
    assert ("rename", ("县革命委员会方志馆",), ("县方志馆",), "1979-03") in got


def test_no_subject_carried_without_a_body_just_before() -> None:
    assert not events(facts_of("会议要求抓紧落实。\n1984年5月撤销。", "某县"))
    assert events(facts_of("1984年5月撤销县农业局。", "某县")) == [("abolish", ("县农业局",), (), "1984-05")]


def test_counted_list_never_glues_the_count() -> None:
    from ingest.extractors.constructions import counted_list

    assert counted_list("苗河、芭蕉4个乡") == ["苗河乡", "芭蕉乡"]
    assert counted_list("城关镇、蒿坪镇2个镇") == ["城关镇", "蒿坪镇"]
    assert counted_list("科技局、粮食局") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("甲区和乙区交通局、公路局", ["甲区交通局", "甲区公路局", "乙区交通局", "乙区公路局"]),
    ("江岸区、江汉区人民政府扶贫开发办公室", ["江岸区人民政府扶贫开发办公室", "江汉区人民政府扶贫开发办公室"]),
    ("湖南省、湖北省数据局", ["湖南省数据局", "湖北省数据局"]),
    ("国家发展和改革委员会", ["国家发展和改革委员会"]),
    ("省委办公厅和省政府办公厅", ["省委办公厅", "省政府办公厅"]),
])
def test_coordinated_places_are_expanded(text: str, expected: list) -> None:
    from ingest.extractors.common import names_in_list

    assert names_in_list(text) == expected


def test_each_body_renamed_in_its_own_place() -> None:
    got = events(facts_of("江岸区、江汉区人民政府扶贫开发办公室统一更名为区乡村振兴局。", "武汉市"))
    assert ("rename", ("江岸区人民政府扶贫开发办公室",), ("江岸区乡村振兴局",), None) in got
    assert ("rename", ("江汉区人民政府扶贫开发办公室",), ("江汉区乡村振兴局",), None) in got


@pytest.mark.parametrize(("text", "unit", "posts"), [
    ("县自然资源局领导职数按一正三副配备。", "县自然资源局", [1, 3]),
    ("新组建的县医疗保障局核定行政编制8名，领导职数一正两副。", "县医疗保障局", [1, 2]),
    ("街道办事处领导职数共124正124副。", None, [124, 124]),  # a class of units: no single unit
])
def test_chief_and_deputy_posts(text: str, unit: str | None, posts: list) -> None:
    got = [(s.unit.name if s.unit else None, s.amount) for s in facts_of(text, "某县").staffing if s.kind == "领导职数"]
    assert got == [(unit, n) for n in posts]


def test_figures_after_a_unit_description_are_that_units() -> None:
    f = facts_of("新宁县农业农村局是县政府工作部门，为正科级。核定行政编制12名，事业编制5名。", "新宁县")
    assert {(s.unit.name, s.kind, s.amount) for s in f.staffing} == {("新宁县农业农村局", "行政编制", 12),
                                                                      ("新宁县农业农村局", "事业编制", 5)}


def test_owner_of_a_public_institution() -> None:
    got = units(facts_of("县农业综合执法大队为县农业农村局所属副科级参公事业单位，核定编制20名。", "某县"))
    assert got["县农业综合执法大队"][:4] == ("参公事业单位", "副科级", "县农业农村局", "所属")


def test_the_latter_carries_the_sign() -> None:
    f = facts_of("县林业局职责划入县自然资源局，后者加挂县林业局牌子。", "某县")
    assert units(f)["县自然资源局"][4] == ("县林业局",)
    assert ("add_sign", ("县自然资源局",), ("县林业局",), None) in events(f)


@pytest.mark.parametrize(("text", "opened"), [
    ("市生态环境局、市文化旅游广电体育局等16家新组建的机构正式挂牌。", ["市生态环境局", "市文化旅游广电体育局"]),
    ("此次挂牌的3家单位是：县医疗保障局、县应急管理局、县退役军人事务局。", ["县医疗保障局", "县应急管理局", "县退役军人事务局"]),
    ("相关负责同志共同为县委社会工作部、县教育体育局等单位揭牌。", ["县委社会工作部", "县教育体育局"]),
    ("此次挂牌标志着某镇“党政综合办公室、应急管理办公室”2个镇政府工作机构正式成立。", ["党政综合办公室", "应急管理办公室"]),
])
def test_lists_of_bodies_that_open(text: str, opened: list) -> None:
    got = [e[2][0] for e in events(facts_of(text, "某县")) if e[0] == "establish"]
    assert got == opened


@pytest.mark.parametrize(("text", "where", "first", "count", "kind"), [
    # a long quoted list, the place written before the quote, the kind after the count
    ("日前，此次揭牌标志着长沙县黄兴镇“社会事务办公室、平安建设办公室、规划建设服务中心、行政综合服务中心、"
     "便民服务中心、文化体育站、经济发展中心”7个镇政府工作机构正式成立。", "长沙县",
     "长沙县黄兴镇社会事务办公室", 7, "镇政府工作机构"),
    # the place relative to the document ("镇“…”"), no kind after the count
    ("镇“社会事务办公室、平安建设办公室”2个机构正式挂牌成立。", "某县", "镇社会事务办公室", 2, None),
])
def test_a_quoted_list_of_township_bodies_opens(text: str, where: str, first: str, count: int, kind) -> None:
    f = facts_of(text, where)
    opened = [e[2][0] for e in events(f) if e[0] == "establish"]
    assert len(opened) == count and opened[0] == first
    assert all(u[0] == kind for u in units(f).values()) if kind else not units(f)
    if kind:
        assert len(units(f)) == count


def test_the_host_of_an_opening_ceremony_is_no_body_opened() -> None:
    assert not events(facts_of("上午，某县黄兴镇举行乡镇新设科室部门集中揭牌仪式。", "某县"))


def test_a_place_before_a_function_character_keeps_the_name_whole() -> None:
    from ingest.extractors.common import is_unit_name
    assert is_unit_name("长沙县经济发展中心") and is_unit_name("长沙县黄兴镇经济发展中心") and not is_unit_name("长沙县财政局和长沙县税务局")


@pytest.mark.parametrize(("text", "expected"), [
    ("新成立县林业和草原局后，由县自然资源局统一领导和管理，将县林业局的职责，县农业局的草原监督管理职责等整合。",
     ("establish", ("县林业局", "县农业局"), ("县林业和草原局",), None)),
    ("将县委农办、县农业局合并组建县农业农村局，并将县发改委、县财政局等部门的农业投资项目管理职责进行了整合。",
     ("establish", ("县委农办", "县农业局", "县发改委", "县财政局"), ("县农业农村局",), None)),
])
def test_integration_feeds_the_body_just_formed(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县"))


def test_one_body_formed_once_per_document() -> None:
    text = ("将省委农办、省农委合并组建省农业农村厅。\n10月26日，黑龙江省农业农村厅正式挂牌成立。")
    got = [e for e in events(facts_of(text, "黑龙江省", date="2018-10-26")) if e[0] == "establish"]
    assert len(got) == 1 and got[0][1] == ("省委农办", "省农委")


def test_handover_with_the_giver_after_the_duty() -> None:
    text = ("将综合协调食品安全的职责由县市场监管局划入县卫生局；"
            "将食品卫生许可职责由县卫生局划给县市场监管局。")
    got = events(facts_of(text, "某县"))
    assert ("transfer_duty", ("县市场监管局",), ("县卫生局",), None) in got
    assert ("transfer_duty", ("县卫生局",), ("县市场监管局",), None) in got


def test_handover_clauses_share_the_first_clauses_jiang() -> None:
    """A 三定's 职责调整: "将X职责划归B；Y职责划归C；Z职责划给D" — the later clauses carry the
    first clause's 将 and the document's own unit as giver."""
    text = ("一、职责调整\n将统计资料出版职责划给市档案局；农业普查组织职责划归市农业委员会；"
            "经济景气监测职责交由市发展和改革委员会。\n二、主要职责\n（一）负责全市统计调查工作。")
    f = facts_of(text, "某市", title="某市统计局主要职责内设机构和人员编制规定")
    moves = {(e.outputs[0].name, d.text) for e in f.events if e.type.value == "transfer_duty" for d in e.duties}
    for receiver, duty in (("市档案局", "统计资料出版职责"), ("市农业委员会", "农业普查组织职责"),
                           ("市发展和改革委员会", "经济景气监测职责")):
        assert (receiver, duty) in moves, moves
    assert {e.inputs[0].name for e in f.events if e.type.value == "transfer_duty"} == {"某市统计局"}


def test_a_handover_clause_without_jiang_before_is_not_carried() -> None:
    text = "市统计局不再保留；农业普查组织职责划归市农业委员会。"
    got = events(facts_of(text, "某市", title="某市人民政府机构改革方案"))
    assert not [e for e in got if e[0] == "transfer_duty" and e[1] == ()], got


def test_a_unit_manages_listed_bodies() -> None:
    got = units(facts_of("明确县卫生健康局管理县中医药管理局和县疾病预防控制中心。", "某县"))
    assert got["县中医药管理局"][2:4] == ("县卫生健康局", "管理")
    assert got["县疾病预防控制中心"][2:4] == ("县卫生健康局", "管理")
    assert "县卫生健康局" not in {k for k, v in got.items() if v[2] == "县卫生健康局" and k == "县卫生健康局"}


def test_managing_a_duty_is_not_a_parent() -> None:
    assert not units(facts_of("县自然资源局管理全县土地资源调查工作。", "某县"))


def test_among_them_names_the_bodies_just_counted() -> None:
    text = "截至目前，全省已有3个市级数据局相继成立。\n其中：甲市数据局、乙市数据局、丙市大数据中心。"
    got = [e[2][0] for e in events(facts_of(text, "某省")) if e[0] == "establish"]
    assert got == ["甲市数据局", "乙市数据局", "丙市大数据中心"]


def test_among_them_after_a_count_of_people_is_nothing() -> None:
    text = "全县共招录公务员30名。\n其中：县财政局5名、县审计局3名。"
    assert not [e for e in events(facts_of(text, "某县")) if e[0] == "establish"]


def test_listed_bodies_belong_to_a_parent() -> None:
    got = units(facts_of("县风景名胜区管理处、县经济开发区管委会隶属县人民政府。", "某县"))
    assert got["县风景名胜区管理处"][2:4] == ("县人民政府", "所属")
    assert got["县经济开发区管委会"][2:4] == ("县人民政府", "所属")


def test_divisions_set_up_by_a_named_or_referred_host() -> None:
    text = "县退役军人事务局挂牌后，工作有序推进。该局已设立综合股、思想政治和权益维护股、优抚安置股等股室。"
    f = facts_of(text, "某县")
    got = units(f)
    for item in ("综合股", "思想政治和权益维护股", "优抚安置股"):
        assert got["县退役军人事务局" + item][:4] == ("内设机构", None, "县退役军人事务局", "内设")
    opened = [e[2][0] for e in events(f) if e[0] == "establish"]
    assert "县退役军人事务局" not in opened  # "X挂牌后" looks back, it reports nothing new
    assert "综合股" not in opened


def test_newly_formed_body_in_news() -> None:
    got = events(facts_of("澎湃新闻6月7日的报道曾指出，新组建的县退役军人事务局公开活动不断。", "某县", date="2018-09-15"))
    assert ("establish", (), ("县退役军人事务局",), None) in got  # a report's date is not the event's


def test_divisions_a_unit_includes() -> None:
    got = units(facts_of("县退役军人事务局的内设机构包括政务股、安置股以及优抚股。", "某县"))
    for item in ("政务股", "安置股", "优抚股"):
        assert got["县退役军人事务局" + item][2:4] == ("县退役军人事务局", "内设")


@pytest.mark.parametrize("text", [
    "县人大常委会正式成立了调研组。",
    "3月5日，县应急管理局挂牌作战，全力抢险。",
    "县自然资源局挂牌出让3宗国有建设用地使用权。",
    "3月5日，县医疗保障局挂牌成立一周年座谈会召开。",
    "参加揭牌的单位有：县委办、县人大办、县政府办。",
])
def test_no_opening_in_other_senses(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某县", date="2019-03-10")) if e[0] == "establish"]


@pytest.mark.parametrize(("text", "forbidden"), [
    ("撤销全县12个乡。", "全县乡"),
    ("我县将3个乡改为建制镇。", "我县将乡"),
    ("撤并城关、河口2个乡镇。", "城关"),
])
def test_counts_without_names_give_no_bodies(text: str, forbidden: str) -> None:
    names = {n for e in events(facts_of(text, "某县")) for n in e[1] + e[2]}
    assert forbidden not in names


def test_other_uses_of_hosting_and_signs() -> None:
    got = units(facts_of("县委党校设在城关镇。县医保局在县政务服务中心挂牌办公。", "某县"))
    assert "县委党校" not in got and "县政务服务中心" not in got


def test_a_list_kind_is_a_kind_of_unit_and_ends_with_the_list() -> None:
    text = "获得表彰的先进单位如下：\n县统计局。\n县档案馆由县委办公室代管。"
    assert units(facts_of(text, "某县")).get("县档案馆", (None,))[0] is None


def test_among_them_lists_of_places_are_not_bodies_formed() -> None:
    got = events(facts_of("全县32个乡镇均已成立综治中心。\n其中：城关镇、河口镇和新华镇。", "某县"))
    assert not {"城关镇", "河口镇", "新华镇"} & {e[2][0] for e in got if e[0] == "establish"}


def test_joint_work_is_a_division_only_where_duties_are_divided() -> None:
    text = "县卫生健康局会同县市场监管局组织制定食品安全风险监测方案。"
    assert ("县卫生健康局", "县市场监管局") in boundaries(facts_of(text, "某县", title="关于明确食品安全监管职责分工的通知"))
    assert not boundaries(facts_of("3月5日，县医保局会同县财政局开展基金监督专项检查。", "某县"))


@pytest.mark.parametrize(("text", "expected"), [
    ("县扶贫开发办公室更名为县乡村振兴局，由在县人民政府办公室挂牌，调整为在县农业农村局挂牌。",
     [("remove_sign", ("县人民政府办公室",), ("县乡村振兴局",), None),
      ("add_sign", ("县农业农村局",), ("县乡村振兴局",), None)]),
    ("县老龄工作委员会办公室牌子由县民政局调整到县卫生健康局加挂。",
     [("remove_sign", ("县民政局",), ("县老龄工作委员会办公室",), None),
      ("add_sign", ("县卫生健康局",), ("县老龄工作委员会办公室",), None)]),
    ("县档案局不再在县委办公室挂牌，改在县委组织部挂牌。",
     [("remove_sign", ("县委办公室",), ("县档案局",), None), ("add_sign", ("县委组织部",), ("县档案局",), None)]),
    # each district's body, each in its own district's host
    ("甲区、乙区人民政府扶贫开发办公室统一更名为区乡村振兴局，由在区人民政府办公室挂牌，调整为在区农业农村局挂牌。",
     [("remove_sign", ("甲区人民政府办公室",), ("甲区乡村振兴局",), None),
      ("add_sign", ("乙区农业农村局",), ("乙区乡村振兴局",), None)]),
])
def test_sign_moves(text: str, expected: list) -> None:
    got = events(facts_of(text, "某县"))
    for item in expected:
        assert item in got


def test_sign_kept_is_a_unit_fact() -> None:
    f = facts_of("县扶贫开发办公室更名为县乡村振兴局，仍在县人民政府办公室挂牌。", "某县")
    assert units(f)["县人民政府办公室"][4] == ("县乡村振兴局",)
    assert not [e for e in events(f) if e[0] in ("add_sign", "remove_sign")]


@pytest.mark.parametrize("text", [
    "由县人民政府办公室负责的工作调整为由县农业农村局负责。",  # duties, no sign
    "对重大隐患由县安委会挂牌督办，调整为由县应急管理局挂牌督办。",  # 挂牌督办 is no sign
])
def test_no_sign_move(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某县")) if e[0] in ("add_sign", "remove_sign")]


def staffing(f: DocumentFacts) -> list[tuple]:
    return [(s.unit.name if s.unit else None, s.kind, s.change, s.amount) for s in f.staffing]


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a count of divisions, then a change against the count before the reform
    ("县应急管理局设置9个内设机构，核定行政编制30名，与改革前相比增加了2个内设机构，行政编制增加了6名。",
     [("县应急管理局", "内设机构", "核定", 9), ("县应急管理局", "内设机构", "核增", 2),
      ("县应急管理局", "行政编制", "核定", 30), ("县应急管理局", "行政编制", "核增", 6)],
     [("县应急管理局", "内设机构", "核定", 2)]),
    ("县商务局内设机构减少了3个股室，行政编制比改革前减少5名。",
     [("县商务局", "行政编制", "核减", 5)], []),
    # "其中" sub-counts: the unit of the sentence before; a post of a named body in its list item
    ("县人民政府办公室机关行政编制40名。其中：主任1名，副主任3名；县政府督查室主任1名（正科级）、"
     "机关党委专职副书记1名；正股级领导职数12名。",
     [("县人民政府办公室", "领导职数", "核定", 1), ("县人民政府办公室", "领导职数", "核定", 3),
      ("县政府督查室", "领导职数", "核定", 1), ("机关党委", "领导职数", "核定", 1),
      ("县人民政府办公室", "领导职数", "核定", 12)],
     [(None, "领导职数", "核定", 3)]),
    # "A主任兼B副主任1名": the post belongs to A
    ("县人民政府办公室机关行政编制40名。其中：县应急管理办公室主任兼县人民政府办公室副主任1名。",
     [("县应急管理办公室", "领导职数", "核定", 1)], [("县人民政府办公室", "领导职数", "核定", 1)]),
])
def test_staffing_counts_and_parts(text: str, expected: list, absent: list) -> None:
    got = staffing(facts_of(text, "某县"))
    for item in expected:
        assert item in got
    for item in absent:
        assert item not in got


def test_sub_counts_only_right_after_their_figure() -> None:
    """"其中" far from a figure gives its posts no unit of another sentence."""
    text = "县人民政府办公室机关行政编制40名。会议研究了其他事项。其中：主任1名，副主任3名。"
    got = staffing(facts_of(text, "某县"))
    assert ("县人民政府办公室", "领导职数", "核定", 3) not in got


def test_included_post_is_no_figure_of_its_own() -> None:
    got = staffing(facts_of("县卫生健康局机关行政编制20名。设局长1名，副局长3名；股级领导职数8名（含机关党委专职副书记1名）。", "某县"))
    assert ("县卫生健康局", "领导职数", "核定", 8) in got
    assert not [g for g in got if g[3] == 1 and g[0] != "县卫生健康局"]


@pytest.mark.parametrize(("text", "expected", "date"), [
    # a chronicle paragraph opening with its year dates its later sentences
    ("1992年，经省人民政府批准，撤销县二轻局。经县委批准设立县老干部局。",
     [("abolish", ("县二轻局",), (), "1992"), ("establish", (), ("县老干部局",), "1992")], None),
    # a later year in the same paragraph takes over
    ("1992年，撤销县二轻局。1994年，设立县老干部局。经县委批准设立县档案局。",
     [("establish", (), ("县档案局",), "1994")], None),
    # a plan dated by the day it was published dates its items
    ("根据今年3月5日公布的县机构改革方案，组建县应急管理局。不再保留县安全生产监督管理局。",
     [("abolish", ("县安全生产监督管理局",), (), "2019-03-05")], "2019-06-01"),
])
def test_paragraph_dates(text: str, expected: list, date: str | None) -> None:
    got = events(facts_of(text, "某县", date=date))
    for item in expected:
        assert item in got


def test_paragraph_date_stays_in_its_paragraph() -> None:
    got = events(facts_of("1992年，撤销县二轻局。\n经县委批准设立县老干部局。", "某县"))
    assert ("establish", (), ("县老干部局",), None) in got
    # a year inside a sentence (not its opening) starts no chronicle paragraph
    got = events(facts_of("县里在1992年撤销了县二轻局。经县委批准设立县老干部局。", "某县"))
    assert ("establish", (), ("县老干部局",), None) in got


def test_date_heading_dates_the_item_under_it() -> None:
    text = ("多个县相继成立县级数据局：\n2024年1月5日\n甲县数据局正式挂牌。\n2024年2月8日\n乙县数据局揭牌成立。\n"
            "其他县将陆续组建数据局。")
    got = events(facts_of(text, "中央", date="2024-03-22"))
    assert ("establish", (), ("甲县数据局",), "2024-01-05") in got
    assert ("establish", (), ("乙县数据局",), "2024-02-08") in got


def test_a_date_inside_a_line_is_no_heading() -> None:
    got = events(facts_of("会议于2024年1月5日召开。\n甲县数据局正式挂牌。", "中央"))
    assert ("establish", (), ("甲县数据局",), None) in got


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("经批准，撤销原县农业局机关党委、机关纪委和原县林业局党支部，成立县农业农村局机关党委、机关纪委。",
     [("abolish", ("县农业局机关党委",), (), None), ("abolish", ("县农业局机关纪委",), (), None),
      ("abolish", ("县林业局党支部",), (), None), ("establish", (), ("县农业农村局机关党委",), None),
      ("establish", (), ("县农业农村局机关纪委",), None)],
     [("abolish", ("县农业农村局机关党委",), (), None)]),  # the body formed in the next clause is not abolished
])
def test_shared_head_in_lists(text: str, expected: list, absent: list) -> None:
    got = events(facts_of(text, "某县"))
    for item in expected:
        assert item in got
    for item in absent:
        assert item not in got


def test_no_shared_head_for_ordinary_names() -> None:
    from ingest.extractors.common import names_in_list

    assert names_in_list("县委办公室、县政府办公室") == ["县委办公室", "县政府办公室"]
    assert names_in_list("县农业局机关党委、工会") == ["县农业局机关党委"]  # 工会 is no internal party body here


@pytest.mark.parametrize(("text", "title", "established"), [
    ("1989年，撤销县城建局，建立县城市管理委员会。", "", ["县城市管理委员会"]),
    ("建立健全县城市管理工作机制。", "", []),
    ("建立县级联系协调机制，加强工作衔接。", "", []),
    # a 三定's 建立 is a duty
    ("某县卫生健康局是县政府工作部门。建立县卫生应急指挥中心，统筹应急处置。", "某县卫生健康局职能配置、内设机构和人员编制规定", []),
])
def test_established_with_the_weak_verb(text: str, title: str, established: list) -> None:
    f = facts_of(text, "某县", title=title)
    got = [e[2][0] for e in events(f) if e[0] == "establish"]
    assert got == established
    assert not [u for u in f.units if u.unit.name in established]  # no unit facts read from what follows


def test_formed_then_integrated_before_a_comment() -> None:
    text = ("这次机构改革，将县委农办、县农业局、县农开办合并组建县农业农村局，并将县发改局、县财政局等部门的"
            "农业投资项目管理职责进行了整合，这是加强三农工作的重要举措。")
    got = events(facts_of(text, "某县"))
    (est,) = [e for e in got if e[0] == "establish"]
    assert set(est[1]) == {"县委农办", "县农业局", "县农开办", "县发改局", "县财政局"}


def test_integrated_then_formed_is_not_fed_twice() -> None:
    """"将A、B整合，组建C": the older family's own construction, not a feed of the body formed before."""
    text = "组建县数据局。将县政务服务中心、县大数据中心整合，组建县政务服务和大数据中心。"
    got = events(facts_of(text, "某县"))
    assert not [e for e in got if e[0] == "establish" and e[2] == ("县数据局",) and e[1]]


def test_duties_listed_by_their_former_holders() -> None:
    text = ("县数据局主要职责包括：县委网信办承担的统筹推进数字县域建设等职责，县发展和改革局承担的数字经济发展规划、"
            "数据要素市场培育等。")
    f = facts_of(text, "某县")
    (ev,) = [e for e in f.events if e.type.value == "transfer_duty"]
    assert [m.name for m in ev.inputs] == ["县委网信办", "县发展和改革局"]
    assert [m.name for m in ev.outputs] == ["县数据局"]
    assert [(d.source.name, d.text) for d in ev.duties] == [
        ("县委网信办", "统筹推进数字县域建设等职责"), ("县发展和改革局", "数字经济发展规划、数据要素市场培育等")]


def test_duties_without_former_holders_move_nothing() -> None:
    f = facts_of("县数据局主要职责包括：统筹推进数字县域建设，负责数据资源管理。", "某县")
    assert not [e for e in f.events if e.type.value == "transfer_duty"]


def test_duty_added_in_an_adjustment_list() -> None:
    title = "某县卫生健康局职能配置、内设机构和人员编制规定"
    text = ("某县卫生健康局是县政府工作部门。\n职责调整\n（一）增加组织实施国家基本药物制度的职责。\n"
            "（二）增加指导社区卫生服务体系建设等工作职责。\n（三）加强公共卫生应急管理职责。")
    got = [(e.type.value, [m.name for m in e.inputs], [m.name for m in e.outputs], [(d.source, d.text) for d in e.duties])
           for e in facts_of(text, "某县", title=title).events if e.type.value == "transfer_duty"]
    assert got == [
        ("transfer_duty", [], ["某县卫生健康局"], [(None, "组织实施国家基本药物制度的职责")]),
        ("transfer_duty", [], ["某县卫生健康局"], [(None, "指导社区卫生服务体系建设等工作职责")]),
    ]  # one event per item; 加强 changes no holder


def test_duty_added_needs_the_documents_own_unit() -> None:
    assert not [e for e in facts_of("增加县乡村振兴局的协调职责。", "某县").events if e.type.value == "transfer_duty"]


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("县档案局不再保留，其职责划入县委办公室。", [("abolish", ("县档案局",), (), None)], []),
    ("原县文化局、县体育局予以撤销。", [("abolish", ("县文化局",), (), None), ("abolish", ("县体育局",), (), None)], []),
    ("县扶贫开发办公室的牌子不再保留。", [], [("abolish", ("县扶贫开发办公室",), (), None)]),
    ("原有的审批做法不再保留。", [], []),
    ("县乡村振兴局牌子加挂在县农业农村局。", [("add_sign", ("县农业农村局",), ("县乡村振兴局",), None)], []),
])
def test_bodies_ended_or_signed_after_their_names(text: str, expected: list, absent: list) -> None:
    got = events(facts_of(text, "某县"))
    for item in expected:
        assert item in got
    for item in absent:
        assert item not in got
    if not expected:
        assert not [e for e in got if e[0] == "abolish"]


def test_quota_changed_from_to() -> None:
    got = staffing(facts_of("县城市管理局的行政编制由20名调整为25名。", "某县"))
    assert got == [("县城市管理局", "行政编制", "核定", 25)]


@pytest.mark.parametrize(("text", "expected"), [
    ("1993年，县计委更名为县计划经济委员会，1996年又改称县发展计划委员会。",
     [("rename", ("县计委",), ("县计划经济委员会",), "1993"), ("rename", ("县计划经济委员会",), ("县发展计划委员会",), "1996")]),
    ("县卫生局更名为县卫生和计划生育局，后又更名为县卫生健康局。",
     [("rename", ("县卫生和计划生育局",), ("县卫生健康局",), None)]),
    ("1998年机构改革中，撤销县劳动局，组建县人事劳动局。",
     [("abolish", ("县劳动局",), (), "1998"), ("establish", (), ("县人事劳动局",), "1998")]),
    # rank changes take the dates of every event
    ("1995年，县机关事务管理局由正科级调整为副科级。",
     [("downgrade", ("县机关事务管理局",), ("县机关事务管理局",), "1995")]),
])
def test_chronicle_variants(text: str, expected: list) -> None:
    got = events(facts_of(text, "某县"))
    for item in expected:
        assert item in got


def test_no_rename_again_without_a_first_rename() -> None:
    got = events(facts_of("县里召开会议，又改称为工作推进会。", "某县"))
    assert not [e for e in got if e[0] == "rename"]
    got = events(facts_of("1998年以来，撤销县劳动局。", "某县"))
    assert ("abolish", ("县劳动局",), (), None) in got  # "以来" is a period, not the year of the event


def test_same_year_and_next_year() -> None:
    text = "1992年，撤销县二轻局。\n同年，设立县老干部局。\n次年3月，县档案局更名为县档案馆。"
    got = events(facts_of(text, "某县"))
    assert ("establish", (), ("县老干部局",), "1992") in got
    assert ("rename", ("县档案局",), ("县档案馆",), "1993-03") in got


def test_posts_in_the_sentence_after_a_figure() -> None:
    got = staffing(facts_of("县退役军人事务局机关行政编制9名，工勤人员编制1名。设局长1名，副局长2名。", "某县"))
    assert ("县退役军人事务局", "工勤编制", "核定", 1) in got
    assert ("县退役军人事务局", "领导职数", "核定", 2) in got


@pytest.mark.parametrize(("text", "expected"), [
    ("经研究，决定将县城乡规划设计院由县住房和城乡建设局划转至县自然资源局管理。",
     ("transfer_unit", ("县城乡规划设计院",), ("县自然资源局",), None)),
    ("将县农机站由县农业局划归县农机服务中心代管。", ("transfer_unit", ("县农机站",), ("县农机服务中心",), None)),
])
def test_unit_moved_between_parents(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县"))


def test_duty_moved_between_units_is_no_unit_move() -> None:
    got = events(facts_of("将食品卫生许可职责由县卫生局划给县市场监督管理局。", "某县"))
    assert not [e for e in got if e[0] == "transfer_unit"]


def test_division_line() -> None:
    text = "县市场监管局的食品安全监管职责与县农业农村局的农产品质量安全监管职责以进入批发市场为界。"
    assert ("县市场监管局", "县农业农村局") in boundaries(facts_of(text, "某县"))
    assert not boundaries(facts_of("两县以河流中心线为界。", "某县"))


@pytest.mark.parametrize(("text", "expected"), [
    ("将东关乡与西关乡合并，设立东关镇。", [("establish", ("东关乡", "西关乡"), ("东关镇",), None)]),
    ("撤销河口乡建制，设立新河镇。", [("abolish", ("河口乡",), (), None), ("establish", (), ("新河镇",), None)]),
    ("镇设立综合行政执法队。", [("establish", (), ("综合行政执法队",), None)]),  # the town of the document
])
def test_township_reform_variants(text: str, expected: list) -> None:
    got = events(facts_of(text, "某县"))
    for item in expected:
        assert item in got


@pytest.mark.parametrize("text", [
    "乡镇设立党政办公室、经济发展办公室，设立农业服务中心、文化服务中心。",
    "各乡镇统一设立便民服务中心。",
    "每个街道设立党群服务中心。",
    "县（市、区）要设立政务服务管理局。",
])
def test_rules_for_a_class_of_places_form_no_body(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某县")) if e[0] == "establish"]


@pytest.mark.parametrize(("text", "expected"), [
    ("根据《县机构改革方案》，县疾病预防控制局于2023年9月挂牌成立。",
     [("establish", (), ("县疾病预防控制局",), "2023-09")]),
    ("县疾病预防控制局于近日正式揭牌成立。", [("establish", (), ("县疾病预防控制局",), None)]),
    ("组建县疾病预防控制局，在县卫生健康局加挂牌子。",
     [("establish", (), ("县疾病预防控制局",), None), ("add_sign", ("县卫生健康局",), ("县疾病预防控制局",), None)]),
])
def test_openings_and_signs_in_news(text: str, expected: list) -> None:
    got = events(facts_of(text, "某县"))
    for item in expected:
        assert item in got


def test_looking_back_at_an_opening_is_no_opening() -> None:
    assert not events(facts_of("县疾控局的成立，标志着我县疾控体系改革迈出关键一步。", "某县"))


def test_posts_moved_from_a_giver() -> None:
    f = facts_of("从县林业局划转2名事业编制到县自然资源局。", "某县")
    assert [(s.unit.name, s.counterpart.name, s.kind, s.change, s.amount) for s in f.staffing] == [
        ("县林业局", "县自然资源局", "事业编制", "划转", 2)]


def test_managing_a_body_handed_over() -> None:
    title = "某县人民政府办公室职能配置、内设机构和人员编制规定"
    text = "某县人民政府办公室是县政府工作部门。将代管县地方志办公室的职能，交给县委办公室。"
    got = events(facts_of(text, "某县", title=title))
    assert ("transfer_unit", ("县地方志办公室",), ("县委办公室",), None) in got
    assert ("transfer_duty", ("某县人民政府办公室",), ("县委办公室",), None) in got


def test_joint_body_of_party_committee_and_government() -> None:
    from ingest.extractors.common import names_in_list

    assert names_in_list("中共某县委、某县人民政府信访办公室") == ["中共某县委、某县人民政府信访办公室"]
    assert names_in_list("县委办公室、县政府办公室") == ["县委办公室", "县政府办公室"]


@pytest.mark.parametrize(("text", "place", "expected"), [
    # a bare owner under a heading that names 党委 and 政府 bodies together
    ("2001年底，全县设置的县级党委、政府机构共7个。其中县委3个，即：纪委、办公室、组织部；县政府4个，即："
     "办公室、财政局、教育局（体育局）、对台工作办公室。", "某县",
     {"县纪委": ("县级党委机构", None, None, None, ()),
      "县委办公室": ("县级党委机构", None, None, None, ()),
      "县委组织部": ("县级党委机构", None, None, None, ()),
      "县政府办公室": ("县级政府机构", None, None, None, ()),
      "县财政局": ("县级政府机构", None, None, None, ()),
      "县教育局": ("县级政府机构", None, None, None, ("县体育局",)),
      "县对台工作办公室": ("县级政府机构", None, None, None, ())}),
    # the kind in the heading, owner and kind together, prefixed items, 分别是
    ("改革后，市政府设置工作部门3个：市政府办公室、市发展和改革委员会、市财政局。", "某市",
     {"市政府办公室": ("市政府工作部门", None, None, None, ()),
      "市发展和改革委员会": ("市政府工作部门", None, None, None, ()),
      "市财政局": ("市政府工作部门", None, None, None, ())}),
    ("区委工作机关两个，分别是：办公室、宣传部。", "某区",
     {"区委办公室": ("区委工作机关", None, None, None, ()), "区委宣传部": ("区委工作机关", None, None, None, ())}),
    ("设置国务院组成部门3个：外交部、国防部、教育部。", "中央",
     {"外交部": ("国务院组成部门", None, None, None, ()), "国防部": ("国务院组成部门", None, None, None, ()),
      "教育部": ("国务院组成部门", None, None, None, ())}),
    ("另设县政府直属事业单位2个：县融媒体中心、县地方志编纂中心。", "某县",
     {"县融媒体中心": ("县政府直属事业单位", None, None, None, ()),
      "县地方志编纂中心": ("县政府直属事业单位", None, None, None, ())}),
])
def test_counted_list_under_its_kind(text: str, place: str, expected: dict) -> None:
    got = units(facts_of(text, place))
    for name, facts in expected.items():
        assert got.get(name) == facts, name


@pytest.mark.parametrize("text", [
    "全县共有乡镇3个：城关镇、河口镇、石门乡。",  # places, not bodies of a kind
    "其中县委3个，即：纪委、办公室、组织部。",  # no heading says what kind they are
    "县政府工作部门5个：办公室、财政局、教育局。",  # the count is not this list's
    "县直单位5个，即：招录公务员、引进人才、培训干部、选派挂职、考核评优。",  # not names
])
def test_counted_lists_that_give_no_kind(text: str) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.kind and ("机构" in u.kind or "部门" in u.kind)]


def test_sign_where_after_each_rename_in_its_place() -> None:
    f = facts_of("甲区、乙区人民政府扶贫开发办公室统一更名为区乡村振兴局，仍在区人民政府办公室挂牌；丙区、丁区人民政府"
                 "扶贫开发办公室统一更名为区乡村振兴局，由在区人民政府办公室挂牌，调整为在区农业农村局挂牌。", "某市")
    got = units(f)
    assert got["甲区人民政府办公室"][4] == ("甲区乡村振兴局",)
    assert got["乙区人民政府办公室"][4] == ("乙区乡村振兴局",)
    assert got["丙区农业农村局"][4] == ("丙区乡村振兴局",)
    assert "丙区人民政府办公室" not in got  # the old host carries the sign no more
    moves = [e for e in events(f) if e[0] in ("add_sign", "remove_sign")]
    assert ("remove_sign", ("丁区人民政府办公室",), ("丁区乡村振兴局",), None) in moves
    assert ("add_sign", ("丁区农业农村局",), ("丁区乡村振兴局",), None) in moves
    assert not [e for e in moves if e[1][0].startswith(("甲区", "乙区"))]  # 仍在: nothing moved


@pytest.mark.parametrize(("text", "host", "sign"), [
    ("组建县乡村振兴局，在县农业农村局挂牌。", "县农业农村局", "县乡村振兴局"),
    ("市扶贫开发办公室重组为市乡村振兴局，在市农业农村局加挂牌子。", "市农业农村局", "市乡村振兴局"),
    ("县林业局更名为县林业和草原局，继续在县自然资源局挂牌。", "县自然资源局", "县林业和草原局"),
])
def test_sign_where_after_one_body(text: str, host: str, sign: str) -> None:
    assert units(facts_of(text, "某县"))[host][4] == (sign,)


@pytest.mark.parametrize("text", [
    "组建县乡村振兴局，在县农业农村局挂牌办公。",  # where it works, not whose sign it is
    "县医疗保障局成立后，在县政务服务中心挂牌成立了服务窗口。",
])
def test_sign_where_not_a_sign(text: str) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.signs]


def test_division_headings_of_a_sanding_cut_before_its_intro() -> None:
    text = ("（七）综合科\n负责机关文电、会务、机要、档案等工作。\n（八）财务审计科\n承担机关财务和国有资产管理工作。\n"
            "机关党委负责机关党群工作。\n四、人员编制\n县发展和改革局机关行政编制12名。")
    f = facts_of(text, "某县", title="某县发展和改革局职能配置、内设机构和人员编制规定")
    got = {name: facts for name, facts in units(f).items() if facts[0] == "内设机构"}
    assert set(got) == {"某县发展和改革局综合科", "某县发展和改革局财务审计科", "某县发展和改革局机关党委"}
    assert {facts[2] for facts in got.values()} == {"某县发展和改革局"}


@pytest.mark.parametrize(("text", "title"), [
    # one heading alone is not a list
    ("（七）综合科\n负责机关文电、会务、机要、档案等工作。", "某县发展和改革局职能配置、内设机构和人员编制规定"),
    # not a 三定: headings of a report
    ("（一）综合科\n负责机关文电工作。\n（二）财务科\n负责机关财务工作。", "某县发展和改革局2023年工作总结"),
])
def test_no_division_headings(text: str, title: str) -> None:
    assert not [u for u in facts_of(text, "某县", title=title).units if u.kind == "内设机构"]


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("新组建的县林业和草原局，是县政府主管森林、草原、湿地的综合管理部门。", "县林业和草原局",
     ("综合管理部门", None, None, None, ())),
    ("市统计局是主管全市统计工作的市政府工作部门，为正处级。", "市统计局", ("市政府工作部门", "正处级", None, None, ())),
    ("县自然资源局城关所是县自然资源局的派出机构。", "县自然资源局城关所", ("派出机构", None, "县自然资源局", "派出", ())),
])
def test_kind_after_a_description(text: str, unit: str, expected: tuple) -> None:
    assert units(facts_of(text, "某县"))[unit] == expected


@pytest.mark.parametrize("text", [
    "县政府办公室是协助县政府领导同志处理县政府日常工作的机构。",  # a bare 机构 is no kind
    "县人民武装部为乡镇党委的军事部门和乡镇政府的兵役工作机构。",  # two kinds of two owners
])
def test_no_kind_from_a_description(text: str) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.kind]


@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("新成立县林业和草原局后，由县自然资源局统一领导和管理，统筹森林、草原保护。", "县林业和草原局", "县自然资源局"),
    ("组建市乡村振兴局之后，由市农业农村局领导和管理。", "市乡村振兴局", "市农业农村局"),
    ("县医疗保障局加挂县医疗保障基金管理中心牌子，由县卫生健康局统一领导管理。", "县医疗保障局", "县卫生健康局"),
])
def test_managed_after_forming(text: str, unit: str, parent: str) -> None:
    got = units(facts_of(text, "某县"))[unit]
    assert (got[2], got[3]) == (parent, "管理")


@pytest.mark.parametrize(("text", "unit", "kind"), [
    ("据悉，作为县委职能部门，县委社会工作部加挂县委两新工委牌子。", "县委社会工作部", "县委职能部门"),
    ("作为市政府工作部门，市数据局负责全市数据资源整合。", "市数据局", "市政府工作部门"),
    ("作为省政府直属事业单位，省大数据中心承担政务数据归集工作。", "省大数据中心", "省政府直属事业单位"),
])
def test_kind_written_before_its_unit(text: str, unit: str, kind: str) -> None:
    assert units(facts_of(text, "某县"))[unit][0] == kind


@pytest.mark.parametrize("text", [
    "作为牵头部门，县发展和改革局负责统筹协调。",  # a role, not a kind
    "县委设立县委编委，作为县委议事协调机构，在县委常委会领导下开展工作。",  # the kind is the body's named before
])
def test_kind_before_a_clause_without_its_unit(text: str) -> None:
    f = facts_of(text, "某县")
    assert not [u for u in f.units if u.kind and u.unit.name in ("县发展和改革局", "县委常委会")]


def test_party_body_takes_the_full_name_the_document_gives() -> None:
    f = facts_of("5月17日，中共秀山自治县委社会工作部揭牌。作为县委职能部门，县委社会工作部加挂县委两新工委牌子。",
                 "秀山自治县")
    assert units(f)["中共秀山自治县委社会工作部"][0] == "县委职能部门"


def test_bare_department_in_a_list_takes_its_neighbours_place() -> None:
    f = facts_of("《县政府机构改革部门三定规定工作的实施意见》已出台。组建县发展和改革局、县文化旅游局、住房和城乡建设局、"
                 "县城乡规划管理局等机构。", "某县")
    outs = {o for e in events(f) if e[0] == "establish" for o in e[2]}
    assert "县住房和城乡建设局" in outs
    assert not [u for u in f.units if u.kind == "内设机构"]


def test_a_sanding_title_phrase_is_not_a_division_list() -> None:
    f = facts_of("根据三定规定，卫生部的职责、内设机构和人员编制主要有以下调整：第一，明确卫生部管理国家中医药管理局和"
                 "国家疾病预防控制局。", "中央")
    assert not [u for u in f.units if u.kind == "内设机构"]


@pytest.mark.parametrize("text", [
    "各镇在维护稳定办公室挂群众工作办公室牌子，承担群众来信来访工作。",
    "各乡的维护稳定职能由党政办公室承担，挂群众工作办公室牌子。",
    "各街道综合执法队为街道办事处所属事业单位。",
])
def test_a_rule_for_every_township_names_no_unit(text: str) -> None:
    assert not facts_of("乡镇设综合办公室。" + text, "某县").units


def test_a_placed_unit_in_a_class_sentence_is_kept() -> None:
    f = facts_of("各乡镇的农业技术推广职能由县农业农村局承担，县农业农村局加挂县乡村振兴局牌子。", "某县")
    assert units(f)["县农业农村局"][4] == ("县乡村振兴局",)


def test_a_name_after_a_time_word_and_its_shortening() -> None:
    f = facts_of("某省政务服务管理办公室牵头推进数据工作。此前某省政务办是省政府直属机构，为正厅级。", "某省")
    assert units(f)["某省政务服务管理办公室"][:2] == ("省政府直属机构", "正厅级")


@pytest.mark.parametrize(("text", "old", "new"), [
    ("1993年，县计委更名为县计划经济委员会。", "县计委", "县计划经济委员会"),
    ("2019年，市政务办更名为市政务服务管理办公室。", "市政务办", "市政务服务管理办公室"),
    ("经研究，县老干办改名为县委老干部工作办公室。", "县老干办", "县委老干部工作办公室"),
])
def test_a_short_name_changed_into_a_full_one_is_the_old_body(text: str, old: str, new: str) -> None:
    """The shortening rule above never maps a body's old short name onto the name it was changed into."""
    renames = [e for e in facts_of(text, "某县").events if e.type.value == "rename"]
    assert [(tuple(m.name for m in e.inputs), tuple(m.name for m in e.outputs)) for e in renames] == [((old,), (new,))]


@pytest.mark.parametrize(("short", "full", "expected"), [
    ("市政务办", "市政务服务管理办公室", True),
    ("县委编办", "县委机构编制委员会办公室", True),
    ("县农业局", "县农业农村局", False),  # a whole suffix never shortens: two bodies
    ("市编委", "市机构编制委员会", False),  # the opening differs
])
def test_shortening_of_a_name(short: str, full: str, expected: bool) -> None:
    from ingest.extractors import _abbreviates

    assert _abbreviates(short, full) is expected


@pytest.mark.parametrize(("text", "unit", "signs"), [
    ("某省政务服务管理办公室现更名为某省数据局（某省政务服务管理办公室）。", "某省数据局", ("某省政务服务管理办公室",)),
    ("组建县委社会工作部（县委两新工委）。", "县委社会工作部", ("县委两新工委",)),
])
def test_sign_in_brackets_after_a_new_name(text: str, unit: str, signs: tuple) -> None:
    assert units(facts_of(text, "某县"))[unit][4] == signs


@pytest.mark.parametrize("text", [
    "组建县自然资源局（原县国土资源局）。",  # the old body, not a sign
    "组建县融媒体中心（正科级）。",
    "组建县市场监督管理局（简称县市场监管局）。",
])
def test_brackets_that_are_not_signs(text: str) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.signs]


def test_this_unit_described_and_its_place_in_a_document_about_several() -> None:
    f = facts_of("江苏省数据局已挂牌。四川已于2019年挂牌成立了省大数据中心，该中心系省政府直属正厅级事业单位。", "江苏省")
    u = next(u for u in f.units if u.unit.name == "省大数据中心")
    assert (u.unit.jurisdiction, u.rank, u.parent.name, u.parent.jurisdiction) == ("四川省", "正厅级", "省人民政府", "四川省")
    f = facts_of("县里新成立了县大数据中心，该中心为县政府直属正科级事业单位。", "某县")
    assert units(f)["县大数据中心"][:4] == ("事业单位", "正科级", "县人民政府", "所属")


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("县投资促进中心为正科级全额拨款事业单位，隶属县商务局。", "县投资促进中心",
     ("全额拨款事业单位", "正科级", "县商务局", "所属", ())),
    ("县投资促进中心，机构规格为正科级，隶属县商务局。", "县投资促进中心", (None, "正科级", "县商务局", "所属", ())),
    ("市城市管理综合执法支队为市城市管理局所属的行政执法类事业单位，机构规格相当于正处级。", "市城市管理综合执法支队",
     ("行政执法类事业单位", "正处级", "市城市管理局", "所属", ())),
    ("县委网信办（县互联网信息办公室）为县委宣传部内设机构。", "县委网信办",
     ("内设机构", None, "县委宣传部", "内设", ("县互联网信息办公室",))),
    ("县委编办为县委工作机关，由县委组织部管理。", "县委编办", ("县委工作机关", None, "县委组织部", "管理", ())),
    ("县农机中心更名为县农业机械化服务中心，仍为县农业农村局所属股级事业单位。", "县农业机械化服务中心",
     ("事业单位", "股级", "县农业农村局", "所属", ())),
    ("新设立县数据局，为县政府工作部门，正科级。", "县数据局", ("县政府工作部门", "正科级", None, None, ())),
])
def test_description_clauses(text: str, unit: str, expected: tuple) -> None:
    got = units(facts_of(text, "某县"))
    assert got[unit] == expected
    assert not [n for n in got if n != unit and expected[2] != n and expected[4] and n not in expected[4]]


@pytest.mark.parametrize(("text", "unit", "expected"), [
    # the body's history or place between the subject and its description
    ("县档案馆成立于1958年，是县委直属正科级公益一类事业单位。", "县档案馆",
     ("公益一类事业单位", "正科级", "县委", "所属", ())),
    ("县图书馆（原名县文化站）成立于1979年，是县政府设立的专门从事图书借阅、阅读推广工作的股级公益一类事业单位。",
     "县图书馆", ("公益一类事业单位", "股级", None, None, ())),
    ("县规划展示馆成立于2012年，2015年经县编办批复，加挂县规划研究室牌子，为县自然资源局直属股级公益二类事业单位。",
     "县规划展示馆", ("公益二类事业单位", "股级", "县自然资源局", "所属", ("县规划研究室",))),
    ("县救助管理站位于城关镇，现为县民政局所属股级事业单位。", "县救助管理站",
     ("事业单位", "股级", "县民政局", "所属", ())),
    # an adverb of time before 是/为
    ("县档案局目前为县委工作机关。", "县档案局", ("县委工作机关", None, None, None, ())),
    ("县供销社仍为县政府直属事业单位。", "县供销社", ("事业单位", None, "县人民政府", "所属", ())),
    ("县车辆管理所现为正科级建制。", "县车辆管理所", (None, "正科级", None, None, ())),
    # signs between the forming clause and the description; 建制 after a rank
    ("设立县文化广电旅游局，挂县文物局、县版权局牌子，为县政府工作部门，正科级建制。", "县文化广电旅游局",
     ("县政府工作部门", "正科级", None, None, ("县文物局", "县版权局"))),
    # one of a kind; an owner written with 属下; the level word before a rank
    ("县自然资源局是县政府组成部门之一。", "县自然资源局", ("县政府组成部门", None, None, None, ())),
    ("县机关事务服务中心为县委办公室属下股级事业单位。", "县机关事务服务中心",
     ("事业单位", "股级", "县委办公室", "所属", ())),
    ("县妇幼保健院为县副科级公益一类事业单位。", "县妇幼保健院", ("公益一类事业单位", "副科级", None, None, ())),
    # a description naming a class of institution before the kind opens no unit
    ("县中医院是具有七十多年历史的二级甲等医院，是县卫生健康局直属差额拨款事业单位。", "县中医院",
     ("差额拨款事业单位", None, "县卫生健康局", "所属", ())),
])
def test_description_after_history_and_sign_clauses(text: str, unit: str, expected: tuple) -> None:
    got = units(facts_of(text, "某县"))
    assert got[unit] == expected
    assert set(got) <= {unit, *expected[4]}


@pytest.mark.parametrize("text", [
    "县第一中学成立于1952年，是全县首家完全中学。",  # a description, no kind of unit
    "县图书馆是全省一级馆之一。",  # one of a grade, not of a kind
    "县档案馆成立于1958年，先后三次搬迁。",  # history only
])
def test_history_clause_without_a_kind_describes_nothing(text: str) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.kind]


def test_rank_in_brackets_then_managed() -> None:
    got = units(facts_of("县投资促进中心（正科级）由县商务局管理。", "某县"))
    assert got["县投资促进中心"][2:4] == ("县商务局", "管理")


@pytest.mark.parametrize("text", [
    "县委书记主持召开会议，为县医保局揭牌。",  # 为 here is "for", not a description
    "将县物价局的职责划入县发展和改革局，为县经济发展服务。",  # no body formed or renamed just before
])
def test_no_description_without_its_subject(text: str) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.kind or u.rank]


@pytest.mark.parametrize(("text", "place", "unit", "expected"), [
    ("县委编办为县委工作部门。下设综合股、编制股2个内设机构，下属事业单位县机构编制电子政务中心。", "某县",
     "县机构编制电子政务中心", ("事业单位", None, "县委编办", "所属", ())),
    ("市档案局所属事业单位有：市档案馆、市档案技术保护中心。", "某市",
     "市档案技术保护中心", ("事业单位", None, "市档案局", "所属", ())),
    ("县行政审批服务局列入县政府工作部门序列。", "某县", "县行政审批服务局", ("县政府工作部门", None, None, None, ())),
    ("（县国家保密局与县委保密委员会办公室，一个机构两块牌子，列入县委工作机关。）", "某县",
     "县国家保密局", ("县委工作机关", None, None, None, ("县委保密委员会办公室",))),
    ("县自然资源局在内设机构中保留县林业局、县草原站牌子。", "某县", "县自然资源局", (None, None, None, None, ("县林业局", "县草原站"))),
])
def test_subordinates_classes_and_kept_signs(text: str, place: str, unit: str, expected: tuple) -> None:
    assert units(facts_of(text, place))[unit] == expected


def test_not_listed_in_a_class() -> None:
    assert not [u for u in facts_of("县融媒体中心不列入县政府工作部门序列。", "某县").units if u.kind]


def test_handing_over_a_managing_duty_moves_the_parent() -> None:
    f = facts_of("将代管县无线电管理局的职能，交给县工业和信息化局。", "某县", title="某县人民政府办公室主要职责内设机构和人员编制规定")
    assert units(f)["县无线电管理局"][2:4] == ("县工业和信息化局", "代管")


def test_divisions_named_by_their_count() -> None:
    f = facts_of("县退役军人事务局多个“股”陆续亮相，包括综合股、安置股以及优抚股。", "某县")
    got = units(f)
    assert got["县退役军人事务局优抚股"][:4] == ("内设机构", None, "县退役军人事务局", "内设")


@pytest.mark.parametrize(("text", "place", "unit", "expected"), [
    ("国家疾病预防控制局由国家卫生健康委员会管理，为副部级。", "中央", "国家疾病预防控制局",
     (None, "副部级", "国家卫生健康委员会", "管理", ())),
    ("组建国家疾病预防控制局，作为国家卫生健康委员会管理的国家局，副部级。", "中央", "国家疾病预防控制局",
     ("国家局", "副部级", "国家卫生健康委员会", "管理", ())),
    ("国家乡村振兴局是农业农村部管理的国家局，为副部级。", "中央", "国家乡村振兴局", ("国家局", "副部级", "农业农村部", "管理", ())),
    ("省食品药品监督管理局为省政府直属机构，正厅级，挂省食品安全委员会办公室牌子。", "某省", "省食品药品监督管理局",
     ("省政府直属机构", "正厅级", None, None, ("省食品安全委员会办公室",))),
    ("县医保局为正科级单位。", "某县", "县医保局", (None, "正科级", None, None, ())),
    ("市医疗保障局作为市政府直属机构，正处级，负责全市医疗保障工作。", "某市", "市医疗保障局",
     ("市政府直属机构", "正处级", None, None, ())),
])
def test_managed_national_bureaus_and_ranks(text: str, place: str, unit: str, expected: tuple) -> None:
    assert units(facts_of(text, place))[unit] == expected


def test_a_role_after_as_is_no_kind() -> None:
    assert not [u for u in facts_of("县发展和改革局作为牵头单位，负责统筹协调。", "某县").units if u.kind]


@pytest.mark.parametrize(("text", "title", "divisions"), [
    ("第二条　某县农业农村局是县政府工作部门，为正科级。\n第三条　主要职责：\n（一）统筹研究乡村振兴工作。\n第四条　内设机构\n"
     "县农业农村局设下列内设机构：\n1．办公室。负责机关日常运转。\n2．农村经济股。负责农村经济体制改革。\n第五条　县农业农村局机关行政编制10名。",
     "某县农业农村局职能配置、内设机构和人员编制规定", {"某县农业农村局办公室", "某县农业农村局农村经济股"}),
    ("二、主要职责\n（一）负责市政府会议的准备工作。\n三、内设机构\n根据上述职责，市政府办公厅设2个内设机构：\n（一）秘书一处\n"
     "负责市政府领导的文电工作。\n（二）综合处\n负责综合文稿起草。\n四、人员编制\n市政府办公厅机关行政编制90名。",
     "某市人民政府办公厅主要职责内设机构和人员编制规定", {"某市人民政府办公厅秘书一处", "某市人民政府办公厅综合处"}),
    ("第二条 区工业和信息化局是区政府工作部门，为正科级。\n第三条 主要职责：\n（一）拟订工业发展规划。\n"
     "第四条 区工业和信息化局设下列内设机构：办公室、工业发展股、信息化股。\n第五条 区工业和信息化局机关行政编制8名。",
     "某区工业和信息化局职能配置、内设机构和人员编制规定",
     {"某区工业和信息化局办公室", "某区工业和信息化局工业发展股", "某区工业和信息化局信息化股"}),
])
def test_sanding_division_formats(text: str, title: str, divisions: set) -> None:
    f = facts_of(text, title[:2], title=title)  # 某县 / 某市 / 某区
    assert {u.unit.name for u in f.units if u.kind == "内设机构"} == divisions


def test_arabic_numbers_in_duties_are_not_divisions() -> None:
    text = ("第二条 县统计局是县政府工作部门，为正科级。\n第三条 主要职责：\n（一）组织实施统计调查，完成1.5万户抽样。\n"
            "第四条 县统计局设下列内设机构：\n（一）办公室。负责机关日常运转。\n（二）统计调查股。负责统计调查。")
    f = facts_of(text, "某县", title="某县统计局职能配置、内设机构和人员编制规定")
    assert {u.unit.name for u in f.units if u.kind == "内设机构"} == {"某县统计局办公室", "某县统计局统计调查股"}


@pytest.mark.parametrize(("text", "place", "unit", "signs"), [
    ("县地方金融监督管理局挂牌成立，加挂县金融工作局牌子。", "某县", "县地方金融监督管理局", ("县金融工作局",)),
    ("组建市医疗保障局，同时挂市医疗保障基金管理中心牌子。", "某市", "市医疗保障局", ("市医疗保障基金管理中心",)),
    ("市地方金融监督管理局（市金融工作局）于3月1日正式挂牌。", "某市", "市地方金融监督管理局", ("市金融工作局",)),
    ("县卫生健康局（加挂县中医药管理局牌子）为县政府工作部门。", "某县", "县卫生健康局", ("县中医药管理局",)),
    ("县委宣传部（县新闻出版局、县电影局）为县委工作机关，正科级。", "某县", "县委宣传部", ("县新闻出版局", "县电影局")),
])
def test_signs_of_a_subject_and_in_brackets(text: str, place: str, unit: str, signs: tuple) -> None:
    assert units(facts_of(text, place))[unit][4] == signs


@pytest.mark.parametrize("text", [
    "将县粮食局并入县发展和改革局，对外保留县粮食局牌子。",  # the receiver keeps it: read with the merge
    "县卫生局（现县卫生健康局）负责此项工作。",  # an old and a new name
    "县医保局（县医疗保障局）为县政府直属机构。",  # a short form and its full form: one body
    "牵头单位：县农业农村局（县畜牧兽医服务中心），配合单位：县财政局。",  # who does the work, not a sign
    "各设区市农业局、食品药品监管局（市场监督管理局）：",  # an addressee list of every city's bodies
])
def test_no_sign_for_the_wrong_body(text: str) -> None:
    f = facts_of(text, "某县")
    assert not [u for u in f.units if u.signs and u.unit.name not in ("县发展和改革局",)]


@pytest.mark.parametrize(("text", "divisions"), [
    ("市医疗保障局机关设3个内设机构，分别是：办公室、待遇保障科、基金监管科。",
     {"市医疗保障局办公室", "市医疗保障局待遇保障科", "市医疗保障局基金监管科"}),
    ("县医疗保障局为县政府直属机构，内设办公室、待遇保障股2个股室。", {"县医疗保障局办公室", "县医疗保障局待遇保障股"}),
])
def test_counted_divisions_in_news(text: str, divisions: set) -> None:
    assert {u.unit.name for u in facts_of(text, "某市").units if u.kind == "内设机构"} == divisions


def test_managed_after_the_duties_of_a_body_just_formed() -> None:
    f = facts_of("改革方案提出，组建县数据局。负责统筹数据资源整合共享和开发利用等，由县发展和改革局管理。", "某县")
    assert units(f)["县数据局"][2:4] == ("县发展和改革局", "管理")


def test_duties_then_managed_without_a_body_formed() -> None:
    f = facts_of("县里召开数据工作会议。负责统筹数据资源整合共享和开发利用等，由县发展和改革局管理。", "某县")
    assert not [u for u in f.units if u.parent]


@pytest.mark.parametrize(("text", "place", "unit", "expected"), [
    ("县扶贫开发办公室整体重组为县乡村振兴局，作为县政府工作部门，由县农业农村局管理。", "某县", "县乡村振兴局",
     ("县政府工作部门", None, "县农业农村局", "管理", ())),
    ("县融媒体中心归口县委宣传部管理。", "某县", "县融媒体中心", (None, None, "县委宣传部", "管理", ())),
    ("县档案馆归口县委办公室管理，为正科级事业单位。", "某县", "县档案馆", ("事业单位", "正科级", "县委办公室", "管理", ())),
    ("市疾病预防控制局挂牌，由市卫生健康委员会管理，为副处级。", "某市", "市疾病预防控制局",
     (None, "副处级", "市卫生健康委员会", "管理", ())),
])
def test_managing_unit_between_words_and_a_later_rank(text: str, place: str, unit: str, expected: tuple) -> None:
    got = units(facts_of(text, place))
    assert got[unit] == expected
    assert len(got) == 1


@pytest.mark.parametrize("text", [
    "县粮食局并入县发展和改革局，为正科级。",  # which one is 正科级 is not said
    "县民政局与县社会工作部合署办公，为正科级。",
    "县医保局挂牌，县财政局负责保障，为正科级。",  # a later clause opens with another unit
])
def test_no_rank_for_an_unclear_subject(text: str) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.rank]


def test_a_description_in_a_later_clause() -> None:
    got = units(facts_of("1990年，县计划委员会与县统计局分设，县统计局为县政府直属局，副科级。", "某县"))
    assert got["县统计局"][1] == "副科级"
    assert "县计划委员会" not in got


def test_counted_party_bodies_named_in_full() -> None:
    got = units(facts_of("改革后，县委工作机构3个，分别是：县委办公室、县委组织部、县委政策研究室。", "某县"))
    assert {n for n, f in got.items() if f[0] == "县委工作机构"} == {"县委办公室", "县委组织部", "县委政策研究室"}


@pytest.mark.parametrize(("text", "divisions"), [
    ("县计划生育委员会内设办公室、宣传股、计划股。", {"县计划生育委员会办公室", "县计划生育委员会宣传股", "县计划生育委员会计划股"}),
    ("县计划生育委员会内设办公室、宣传股、技术服务站。", set()),  # not every item a division: prose, not a list
    ("县财政局内设机构改革稳步推进。", set()),
])
def test_divisions_listed_without_colon_or_count(text: str, divisions: set) -> None:
    assert {u.unit.name for u in facts_of(text, "某县").units if u.kind == "内设机构"} == divisions


def test_uncounted_heading_after_its_count() -> None:
    got = units(facts_of("县级党政机构设置5个，其中县委工作机关3个，县政府工作部门2个。县委工作机关：县委办公室、县委组织部、"
                         "县委宣传部。县政府工作部门：县政府办公室、县财政局。", "某县"))
    assert got["县委组织部"][0] == "县委工作机关"
    assert got["县财政局"][0] == "县政府工作部门"


def test_uncounted_heading_without_a_count_gives_nothing() -> None:
    # eleventh session: an owned class heading three whole names or more is read without a count
    # (tests/test_units11.py); two names, or a heading with no owner, still need the count
    assert not [u for u in facts_of("县委工作机关：县委办公室、县委组织部。", "某县").units if u.kind]
    assert not [u for u in facts_of("工作机关：县委办公室、县委组织部、县委宣传部。", "某县").units if u.kind]


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("县应急管理局的机构规格为正科级。", "县应急管理局", (None, "正科级", None, None, ())),
    ("市委决定，市委网信办为市委工作机关，正处级，与市互联网信息办公室一个机构两块牌子。", "市委网信办",
     ("市委工作机关", "正处级", None, None, ("市互联网信息办公室",))),
])
def test_rank_of_and_one_body_two_signs_after_a_description(text: str, unit: str, expected: tuple) -> None:
    assert units(facts_of(text, "某市"))[unit] == expected


@pytest.mark.parametrize("text", [
    "县文化和旅游局是动漫产业的主管部门。",
    "县农业农村局为牵头单位，县财政局为配合单位。",
    "县市场监管局是食品安全的监管部门。",
])
def test_a_role_is_not_a_kind(text: str) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.kind]


def test_a_kind_that_ends_like_a_role_word_is_kept() -> None:
    assert units(facts_of("县委社会工作部为县委职能部门。", "某县"))["县委社会工作部"][0] == "县委职能部门"


@pytest.mark.parametrize("text", [
    "县融媒体中心记者报道，该中心是全县首家融媒体机构。",  # a description, not a kind
    "县市场监管局在县政务服务中心设窗口，在县人民医院挂牌。",  # no body formed or renamed before 在…挂牌
])
def test_descriptions_and_windows_are_not_facts(text: str) -> None:
    f = facts_of(text, "某县")
    assert not [u for u in f.units if u.kind or u.signs]


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("第二条 市发展和改革委员会是市政府组成部门（正处级）。", "市发展和改革委员会", ("市政府组成部门", "正处级", None, None, ())),
    ("县林业局，正科级，为县政府工作部门。", "县林业局", ("县政府工作部门", "正科级", None, None, ())),
    ("县林业局为县政府工作部门（正科级），加挂县草原站牌子。", "县林业局", ("县政府工作部门", "正科级", None, None, ("县草原站",))),
])
def test_rank_beside_the_kind(text: str, unit: str, expected: tuple) -> None:
    assert units(facts_of(text, "某县"))[unit] == expected


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("县疾控中心为县卫生健康局所属单位，公益一类。", "县疾控中心", (None, None, "县卫生健康局", "所属", ())),
    ("县农机站是县农业农村局的二级机构，股级。", "县农机站", (None, "股级", "县农业农村局", "所属", ())),
    ("市审计局由市政府领导。", "市审计局", (None, None, "市人民政府", "领导", ())),
    ("县国家保密局列入县委直属机关的下属机构。", "县国家保密局", ("县委直属机关的下属机构", None, None, None, ())),
])
def test_owned_bodies_and_the_places_government_as_parent(text: str, unit: str, expected: tuple) -> None:
    assert units(facts_of(text, "某县"))[unit] == expected


def test_two_signs_one_team_in_either_order() -> None:
    assert units(facts_of("县民政局与县社会工作部实行两块牌子、一套班子。", "某县"))["县民政局"][4] == ("县社会工作部",)


def test_a_rule_for_every_township_moves_no_sign() -> None:
    f = facts_of("乡镇设综合办公室。各镇在维护稳定办公室挂群众工作办公室牌子。", "某县")
    assert not [e for e in events(f) if e[0] == "add_sign"]


def test_a_place_stem_inside_another_word_places_nothing() -> None:
    f = facts_of("今天在中山公园召开的市数据局为市政府直属机构。", "某市")
    assert [u.unit.jurisdiction for u in f.units if u.unit.name == "市数据局"] == [None]


def test_a_class_of_units_with_a_place_marker_takes_the_place() -> None:
    f = facts_of("市辖区自然资源部门作为市自然资源局的派出机构。白城市自然资源局负责全市工作。", "白城市")
    assert "白城市辖区自然资源部门" in {u.unit.name for u in f.units}


@pytest.mark.parametrize(("text", "title"), [
    ("县自然资源局管理的股级公益一类事业单位。设主任1名（股级）、副主任2名。县城乡规划展示馆内设机构3个。",
     "县城乡规划展示馆 机构概况"),
    ("县自然资源局管理的股级公益一类事业单位。设主任1名（股级）、副主任2名。县城乡规划展示馆内设机构3个。",
     "县城乡规划展示馆-单位简介"),
    ("县城乡规划展示馆 组织机构\n为县自然资源局管理的股级公益一类事业单位。设主任1名（股级）、副主任2名。"
     "县城乡规划展示馆内设机构3个。", ""),
])
def test_a_profile_page_describes_its_own_unit(text: str, title: str) -> None:
    f = facts_of(text, "某县", title=title)
    assert units(f)["县城乡规划展示馆"] == ("公益一类事业单位", "股级", "县自然资源局", "管理", ())
    assert {(s.unit.name, s.kind, s.amount) for s in f.staffing} == {
        ("县城乡规划展示馆", "领导职数", 1), ("县城乡规划展示馆", "领导职数", 2), ("县城乡规划展示馆", "内设机构", 3)}


@pytest.mark.parametrize(("text", "title"), [
    # not a profile page: a description without a subject describes nothing
    ("县自然资源局管理的股级公益一类事业单位。", "县城乡规划展示馆揭牌仪式举行"),
    # a profile page, but the sentence is no description (a duty, a history)
    ("负责全县城乡规划成果的展示工作。", "县城乡规划展示馆 机构概况"),
    ("2012年建成开放。", "县城乡规划展示馆 机构概况"),
])
def test_no_profile_description(text: str, title: str) -> None:
    assert not [u for u in facts_of(text, "某县", title=title).units if u.kind]


def test_posts_of_a_described_body_and_of_no_body() -> None:
    f = facts_of("县统计局是县政府工作部门。设局长1名、副局长2名。", "某县")
    assert {(s.unit.name, s.kind, s.amount, s.level) for s in f.staffing} == {
        ("县统计局", "领导职数", 1, "局长"), ("县统计局", "领导职数", 2, "副局长")}
    assert not facts_of("县里今年设立了新机构。设主任1名。", "某县").staffing


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("县档案馆为县委直属正科级事业单位，核定事业编制8名。", "县档案馆", ("事业单位", "正科级", "县委", "所属", ())),
    ("县机关事务服务中心为县政府直属股级公益一类事业单位。", "县机关事务服务中心",
     ("公益一类事业单位", "股级", "县人民政府", "所属", ())),
    ("市档案馆是市委直属副处级事业单位。", "市档案馆", ("事业单位", "副处级", "市委", "所属", ())),
])
def test_owned_by_the_place_party_committee_or_government(text: str, unit: str, expected: tuple) -> None:
    assert units(facts_of(text, "某县"))[unit] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the offices a body sets up own none of its figures
    ("设党政综合办公室、经济发展办公室、社会事务办公室3个综合办事机构，核定行政编制30名。", None),
    # a body and the divisions it sets up are two names, never one ("县统计局内设办公室")
    ("县统计局内设办公室、统计股2个股室，核定行政编制9名。", "县统计局"),
    ("县统计局设办公室、统计股2个股室，核定行政编制9名。", "县统计局"),
])
def test_figures_after_a_list_of_offices_set_up(text: str, expected: str | None) -> None:
    f = facts_of(text, "某县")
    assert [s.unit.name if s.unit else None for s in f.staffing if s.kind == "行政编制"] == [expected]
    assert "县住房和城乡建设局" in units(facts_of("县住房和城乡建设局为县政府工作部门。", "某县"))  # 设 inside a name


def test_a_field_named_inside_divisions_is_no_list_when_its_items_are_prose() -> None:
    f = facts_of("县统计局是县政府工作部门。\n内设机构：根据工作需要，按照精简效能原则设置。", "某县")
    assert not [u for u in f.units if u.kind == "内设机构"]


@pytest.mark.parametrize(("text", "unit"), [
    ("县交通运输综合行政执法大队为县交通运输局所属正科级行政执法类事业单位，核定事业编制20名，领导职数1正2副。",
     "县交通运输综合行政执法大队"),
    ("县不动产登记中心由县自然资源局管理，领导职数按一正一副配备。", "县不动产登记中心"),
    ("县医疗保障局领导职数按一正两副配备。", "县医疗保障局"),
])
def test_chief_and_deputies_are_the_described_units_not_its_parents(text: str, unit: str) -> None:
    assert {s.unit.name for s in facts_of(text, "某县").staffing if s.kind == "领导职数"} == {unit}


@pytest.mark.parametrize("text", [
    "县档案馆、县地方志办公室为县委直属股级事业单位。",
    "县档案馆、县地方志办公室位于城关镇，是县委直属的股级事业单位。",
])
def test_one_description_of_two_names(text: str) -> None:
    got = units(facts_of(text, "某县"))
    assert got["县档案馆"][:3] == got["县地方志办公室"][:3] == ("事业单位", "股级", "县委")


def test_two_names_and_a_clause_that_is_no_description() -> None:
    assert not [u for u in facts_of("县财政局、县税务局联合开展检查，是一次重要行动。", "某县").units if u.kind]


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("县立诚公证处改制为县司法局所属股级公益二类事业单位。", "县立诚公证处",
     ("公益二类事业单位", "股级", "县司法局", "所属", ())),
    ("县广播电视台整体转制为县融媒体中心所属公益二类事业单位。", "县广播电视台",
     ("公益二类事业单位", None, "县融媒体中心", "所属", ())),
    ("县粮食局转为县发展和改革局内设机构。", "县粮食局", ("内设机构", None, "县发展和改革局", "内设", ())),
])
def test_converted_into_a_described_kind(text: str, unit: str, expected: tuple) -> None:
    assert units(facts_of(text, "某县"))[unit] == expected


@pytest.mark.parametrize("text", ["县建筑设计院转制为企业。", "县医院经费转为全额拨款。"])
def test_converted_into_no_kind_of_unit(text: str) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.kind]


@pytest.mark.parametrize(("text", "unit", "signs"), [
    # a sign sentence right after a description, with no body of its own (an approver after 经 is none)
    ("县文化馆是县政府设立的公益一类事业单位。2015年经县编办批准，加挂县非物质文化遗产保护中心牌子。",
     "县文化馆", ("县非物质文化遗产保护中心",)),
    ("县文化馆是公益一类事业单位。县图书馆经县编办批准，加挂县古籍保护中心牌子。", "县图书馆", ("县古籍保护中心",)),
])
def test_sign_sentence_after_a_description(text: str, unit: str, signs: tuple) -> None:
    assert units(facts_of(text, "某县"))[unit][4] == signs


def test_sign_sentence_not_right_after_the_description() -> None:
    got = units(facts_of("县文化馆是公益一类事业单位。馆舍面积3000平方米。2015年，加挂县非物质文化遗产保护中心牌子。", "某县"))
    assert got["县文化馆"][4] == ()


@pytest.mark.parametrize(("text", "unit", "expected"), [
    # a sentence opening with the body's head word (医院, 中心, 馆 …) describes the last body so named
    ("县中医院是一所综合性医院。医院隶属县卫生健康局，为财政核补副科级事业单位。", "县中医院",
     ("财政核补事业单位", "副科级", "县卫生健康局", "所属", ())),
    ("县融媒体中心于2019年挂牌。中心为县委宣传部所属正科级公益一类事业单位。", "县融媒体中心",
     ("公益一类事业单位", "正科级", "县委宣传部", "所属", ())),
    # a history clause naming what was merged (整合了A、B) before the description; 领导下的
    ("县融媒体中心成立于2019年，整合了县广播电视台、县新闻中心两家单位，是县委宣传部领导下的正科级事业单位。",
     "县融媒体中心", ("事业单位", "正科级", "县委宣传部", "管理", ())),
])
def test_description_by_head_word_and_after_a_merger_history(text: str, unit: str, expected: tuple) -> None:
    got = units(facts_of(text, "某县"))
    assert got[unit] == expected
    assert "县卫生健康局" not in got and "县委宣传部" not in got  # the parent is not described


def test_divisions_set_up_by_the_body_just_described() -> None:
    got = units(facts_of("县融媒体中心是县委宣传部所属事业单位。现有员工80多人，设办公室、新闻部、技术部等3个机构。", "某县"))
    assert {n for n, v in got.items() if v[0] == "内设机构"} == {"县融媒体中心办公室", "县融媒体中心新闻部", "县融媒体中心技术部"}


def test_a_description_is_no_name() -> None:
    got = units(facts_of("县人民医院是全县唯一一所三级医院。医院隶属县卫生健康局，为正科级事业单位。", "某县"))
    assert set(got) == {"县人民医院"}


@pytest.mark.parametrize(("text", "place", "unit", "kind"), [
    ("吉林省林业厅是吉林省政府组成部门之一。", "吉林省", "吉林省林业厅", "省政府组成部门"),
    ("长沙县市场监督管理局是长沙县人民政府工作部门，为正科级。", "长沙县", "长沙县市场监督管理局", "县政府工作部门"),
    ("长沙县委编办是长沙县委工作机关。", "长沙县", "长沙县委编办", "县委工作机关"),
    # no place before the owner: kept as written
    ("县统计局是县政府工作部门。", "某县", "县统计局", "县政府工作部门"),
    ("国家统计局是国务院直属机构。", "中央", "国家统计局", "国务院直属机构"),
])
def test_a_kind_names_its_owner_by_level(text: str, place: str, unit: str, kind: str) -> None:
    assert units(facts_of(text, place))[unit][0] == kind


@pytest.mark.parametrize(("text", "where", "unit"), [
    # 监督管理 → 监管, the place relative to the document's
    ("湖南省委、省政府决定，重新组建湖南省市场监督管理局。将省工商局的职责、省质监局的职责整合，"
     "重新组建省市场监管局，为省政府直属机构，正厅级。", "湖南省", "湖南省市场监督管理局"),
    # the full name written with its place, the contraction with it too
    ("组建长沙县安全生产监督管理局。长沙县安全生产监管局为县政府工作部门，正科级。", "长沙县", "长沙县安全生产监督管理局"),
])
def test_a_contracted_name_takes_the_full_name_the_document_gives(text: str, where: str, unit: str) -> None:
    f = facts_of(text, where)
    assert list(units(f)) == [unit]
    assert all(e[2] == (unit,) for e in events(f))


def test_a_name_with_one_piece_cut_is_another_body() -> None:
    # 市规划局 is not 市规划管理局 (one contiguous piece cut: a different body, not a contraction)
    f = facts_of("组建长沙市规划管理局。市规划局为市政府工作部门，正处级。", "长沙市")
    assert "市规划局" in units(f) or "长沙市规划局" in units(f)


def test_one_input_per_body_written_two_ways() -> None:
    f = facts_of("重新组建江西省药品监督管理局。将省药品监督管理局的职责、省卫生厅的有关职责整合，"
                 "重新组建江西省药品监督管理局。", "江西省")
    got = [e for e in events(f) if e[0] == "re_form"]
    assert len(got) == 1 and len(got[0][1]) == len(set(got[0][1])) == 2


@pytest.mark.parametrize(("text", "where"), [
    # a provincial document: 省/市/县 before the same words are three levels, not one body
    ("将省统计局、市统计局、县统计局的普查职责整合，组建江苏省普查中心。", "江苏省"),
    ("将省环境保护局、市环境保护局的监测职责整合，组建某省生态环境监测中心。", "某省"),
    # a city's document: 省X and 市X
    ("将省水利厅、市水利局的有关职责整合，组建南京市水务局。", "南京市"),
])
def test_bodies_of_different_levels_stay_apart(text: str, where: str) -> None:
    f = facts_of(text, where)
    inputs = [e[1] for e in events(f) if e[0] == "establish"]
    assert len(inputs) == 1 and len(inputs[0]) == text.count("、") + 1


def test_a_contraction_with_another_level_marker_is_another_body() -> None:
    # 市食品药品监管局 in a provincial document is some city's bureau, not the province's
    f = facts_of("组建江苏省食品药品监督管理局。市食品药品监管局为市政府工作部门。", "江苏省")
    assert list(units(f)) == ["市食品药品监管局"]
    assert [e[2] for e in events(f)] == [("江苏省食品药品监督管理局",)]


@pytest.mark.parametrize(("text", "expected"), [
    # a notice's numbered point: the posts of the body it forms, after 配备
    ("组建省医疗保障局，为省政府直属机构。三是省医疗保障局配备局长1名，副局长3名（其中1名兼任省卫生健康委副主任）。",
     [("省医疗保障局", "局长", 1), ("省医疗保障局", "副局长", 3)]),
    ("县数据局配置主任1名、副主任2名。", [("县数据局", "主任", 1), ("县数据局", "副主任", 2)]),
    # no figure of posts: nothing
    ("县长要求各单位配备专职人员。", []),
])
def test_posts_given_with_peibei(text: str, expected: list) -> None:
    f = facts_of(text, "某省")
    got = [(s.unit.name if s.unit else None, s.level, s.amount) for s in f.staffing if s.kind == "领导职数"]
    assert got == expected


@pytest.mark.parametrize(("text", "kind"), [
    # an approval: 同意建立/设立 X, described as the 下设机构 of Y, then its kind and its figure
    ("经研究，同意建立“某市城市绿化养护中心”，为某市园林管理处的下设机构，公益一类事业单位，核定事业编制12名。",
     "公益一类事业单位"),
    ("同意设立某市城市绿化养护中心，为某市园林管理处的下属机构，差额拨款事业单位，核定人员编制8名。", "差额拨款事业单位"),
])
def test_an_approved_body_under_a_parent_keeps_its_figure(text: str, kind: str) -> None:
    f = facts_of(text, "某市")
    assert units(f)["某市城市绿化养护中心"][:4] == (kind, None, "某市园林管理处", "所属")
    assert [s.unit.name for s in f.staffing] == ["某市城市绿化养护中心"]


def test_a_parent_with_figures_of_its_own_keeps_them() -> None:
    # the parent named before the body: its own figure stays its own
    f = facts_of("某市园林管理处核定事业编制30名。同意设立某市城市绿化养护中心，为某市园林管理处的下设机构。", "某市")
    assert [s.unit.name for s in f.staffing] == ["某市园林管理处"]


@pytest.mark.parametrize(("text", "giver", "change"), [
    ("同意设立某市城市绿化养护中心，为某市园林管理处的下设机构，核定事业编制12名，所需编制均从某市苗圃划转。",
     "某市苗圃", "划转"),
    ("同意设立某市城市绿化养护中心，核定事业编制12名，所核编制从某市园林管理处中调剂。", "某市园林管理处", "调剂"),
])
def test_a_granted_figure_drawn_from_a_giver(text: str, giver: str, change: str) -> None:
    got = [(s.unit.name, s.change, s.amount, s.counterpart.name if s.counterpart else None)
           for s in facts_of(text, "某市").staffing]
    assert (giver, change, 12, "某市城市绿化养护中心") in got


def test_a_figure_drawn_from_nowhere_named() -> None:
    f = facts_of("同意设立某市城市绿化养护中心，核定事业编制12名，所需编制从全市空余编制中调剂。", "某市")
    assert [s.change for s in f.staffing] == ["核定"]


def test_a_notice_naming_a_sanding_to_come_is_no_sanding() -> None:
    from ingest.extractors.sanding import is_about_sanding
    text = ("将省卫生厅的有关职责整合，组建省医疗保障局，挂省医疗保障基金监督办公室牌子，为省政府直属机构。"
            "其主要职责、内设机构和人员编制规定由省委编办另行制定。")
    assert not is_about_sanding("关于组建省医疗保障局的通知", text)
    assert ("add_sign", ("省医疗保障局",), ("省医疗保障基金监督办公室",), None) in events(facts_of(text, "某省"))
    # a report of a 三定 itself is still about one
    assert is_about_sanding("", "近日，《省医疗保障局职能配置、内设机构和人员编制规定》印发。")


@pytest.mark.parametrize(("text", "expected"), [
    ("二是明确了省医疗保障局的主要职责，是对医疗保障基金实施统一监督管理，承担省医疗保障委员会的日常工作。",
     ("transfer_duty", ("省医疗保障委员会",), ("省医疗保障局",), None)),
    ("县应急管理局负责应急管理工作，并承担县安全生产委员会的具体工作。",
     ("transfer_duty", ("县安全生产委员会",), ("县应急管理局",), None)),
])
def test_a_body_takes_on_a_committees_work(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某省"))


def test_a_committees_work_with_no_body_named() -> None:
    assert not events(facts_of("承担省医疗保障委员会的日常工作。", "某省"))


@pytest.mark.parametrize(("text", "target", "inputs", "kind"), [
    # the givers in the sentence after "组建X。"
    ("组建县应急管理局。将县安全生产监督管理局的职责，县政府办公室的应急管理职责整合，作为县政府工作部门。",
     "县应急管理局", ("县安全生产监督管理局", "县政府办公室"), "县政府工作部门"),
    ("组建县退役军人事务局。将县民政局的优抚安置职责、县人力资源和社会保障局的军官转业安置职责整合。",
     "县退役军人事务局", ("县民政局", "县人力资源和社会保障局"), None),
    # "新组建的X，将…进行整合，作为K"
    ("新组建的县卫生健康局，将原县卫生和计划生育局职责、县老龄工作委员会办公室职责进行整合，作为县政府工作部门。",
     "县卫生健康局", ("县卫生和计划生育局", "县老龄工作委员会办公室"), "县政府工作部门"),
    # 整合 without 将: "新组建的X为K，整合A的Y职责，B的Z职责"
    ("新组建的县医疗保障局为县政府工作部门，整合县人力资源和社会保障局的生育保险职责，县民政局的医疗救助职责。",
     "县医疗保障局", ("县人力资源和社会保障局", "县民政局"), "县政府工作部门"),
    ("3月1日，县医疗保障局挂牌成立。县医疗保障局整合了县民政局的医疗救助职责、县发展和改革局的药品价格管理职责。",
     "县医疗保障局", ("县民政局", "县发展和改革局"), None),
])
def test_givers_of_a_body_formed_just_before(text: str, target: str, inputs: tuple, kind: str | None) -> None:
    f = facts_of(text, "某县")
    got = [e for e in events(f) if e[0] == "establish" and e[2] == (target,)]
    assert len(got) == 1 and set(got[0][1]) == set(inputs)
    assert units(f).get(target, (None,))[0] == kind


@pytest.mark.parametrize("text", [
    # two bodies formed before: whose givers these are is not said
    "组建县应急管理局、县退役军人事务局。将县民政局的优抚安置职责，县政府办公室的应急管理职责整合，作为县政府工作部门。",
    # a giver list that names no body
    "组建县应急管理局。将应急管理、安全生产等工作职责整合。",
    # nothing was formed before
    "县政府召开会议。将县民政局的优抚安置职责，县政府办公室的应急管理职责整合。",
])
def test_givers_without_one_body_formed_just_before(text: str) -> None:
    f = facts_of(text, "某县")
    assert not [e for e in events(f) if e[0] == "establish" and e[1]]


@pytest.mark.parametrize(("text", "expected"), [
    # the figure right after the body's name (a name ending in 馆/中心 needs the figure as its follower)
    ("县图书馆行政编制3人，实有2人，事业编制9人。",
     [("县图书馆", "行政编制", "核定", 3), ("县图书馆", "事业编制", "核定", 9)]),
    ("县水文站事业编制6名。", [("县水文站", "事业编制", "核定", 6)]),
    # 编制数为 / 编制N个
    ("县应急管理局编制数为15名。", [("县应急管理局", "编制", "核定", 15)]),
    # the parts after 其中 are sub-counts of the total, not recorded (tests/gold/README.md, Staffing)
    ("县统计局现有编制12个，其中行政编制8个，事业编制4个。", [("县统计局", "编制", "核定", 12)]),
    ("县政务服务中心为县政府直属事业单位，核定全额拨款事业编制10个。", [("县政务服务中心", "事业编制", "核定", 10)]),
])
def test_figures_written_after_the_body_or_with_ge(text: str, expected: list) -> None:
    assert staffing(facts_of(text, "某县")) == expected


@pytest.mark.parametrize("text", [
    "全县空编3个单位，超编2个单位。",
    "县林业局编制12个科室。",
])
def test_ge_counting_units_is_no_figure(text: str) -> None:
    assert not staffing(facts_of(text, "某县"))


@pytest.mark.parametrize(("text", "unit"), [
    ("县文化馆是县文化和旅游局所属事业单位。县委编办核定该馆事业编制8名，工勤编制1名。", "县文化馆"),
    ("县委编委同意为县疾病预防控制中心增加事业编制5名，县编办下达编制计划。", "县疾病预防控制中心"),
    ("经研究，市编办核定市数据局行政编制10名，事业编制4名。", "市数据局"),
])
def test_the_establishment_office_grants_a_figure_it_does_not_hold(text: str, unit: str) -> None:
    got = staffing(facts_of(text, "某县"))
    assert got and all(u == unit for u, *_ in got)


@pytest.mark.parametrize(("text", "body"), [
    ("3月18日，县退役军人事务局举行揭牌仪式。", "县退役军人事务局"),
    ("县数据局今天上午举行成立暨揭牌仪式。", "县数据局"),
    ("县医疗保障局举行了简短的挂牌仪式，副县长出席并讲话。", "县医疗保障局"),
    ("县委社会工作部隆重举行成立大会。", "县委社会工作部"),
])
def test_a_body_holds_its_own_opening_ceremony(text: str, body: str) -> None:
    assert ("establish", (), (body,)) in [e[:3] for e in events(facts_of(text, "某县"))]


@pytest.mark.parametrize("text", [
    "县人民政府举行揭牌仪式。",  # the host of a ceremony, not a body opened
    "某镇举行新科室部门集中挂牌仪式。",
    "县委举行揭牌仪式。",
])
def test_a_host_holding_a_ceremony_is_not_opened(text: str) -> None:
    assert not events(facts_of(text, "某县"))


@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("县经济开发区管理委员会为县政府的派出机构，正科级。", "县经济开发区管理委员会", "县人民政府"),
    ("县工业园区管理委员会是县人民政府派出机构。", "县工业园区管理委员会", "县人民政府"),
    ("县林业工作站为县自然资源局的派出机构。", "县林业工作站", "县自然资源局"),
])
def test_a_body_sent_out_by_a_government_or_a_department(text: str, unit: str, parent: str) -> None:
    got = units(facts_of(text, "某县"))[unit]
    assert (got[2], got[3]) == (parent, "派出")


def test_a_body_sent_out_by_two_owners_has_no_single_parent() -> None:
    got = units(facts_of("县高新区管理委员会为县委、县政府的派出机构。", "某县"))["县高新区管理委员会"]
    assert got[2] is None


@pytest.mark.parametrize(("text", "expected"), [
    ("县档案局与县委办公室合署办公。", (("县档案局",), ("县委办公室",))),
    ("县纪委和县监委合署办公。", (("县纪委",), ("县监委",))),
    # no subject of its own: the clause's opening body, or the body before the bracket
    ("县委农村工作领导小组办公室设在县农业农村局，与县农业农村局合署办公。",
     (("县委农村工作领导小组办公室",), ("县农业农村局",))),
    ("1991年，设立县中医药管理局（与县卫生局合署办公）。", (("县中医药管理局",), ("县卫生局",))),
    ("经县委研究，设立县委网信办，与县委宣传部合署办公。", (("县委网信办",), ("县委宣传部",))),
])
def test_a_body_shares_an_office_with_its_partner(text: str, expected: tuple) -> None:
    got = [(e[1], e[2]) for e in events(facts_of(text, "某县")) if e[0] == "co_locate"]
    assert got == [expected]


def test_sharing_an_office_with_no_body_named_before() -> None:
    assert not [e for e in events(facts_of("要求与有关部门合署办公。", "某县")) if e[0] == "co_locate"]


@pytest.mark.parametrize(("text", "unit", "old", "new"), [
    ("县老龄办从县卫生健康局划转到县民政局。", "县老龄办", "县卫生健康局", "县民政局"),
    ("2019年，县城乡规划设计院由县住房和城乡建设局整建制划转至县自然资源局管理。", "县城乡规划设计院", "县住房和城乡建设局",
     "县自然资源局"),
    ("县森林公安局从县林业局划归县公安局管理。", "县森林公安局", "县林业局", "县公安局"),
])
def test_a_body_moved_between_parents_written_subject_first(text: str, unit: str, old: str, new: str) -> None:
    assert [e[1:3] for e in events(facts_of(text, "某县")) if e[0] == "transfer_unit"] == [((unit,), (new,))]


@pytest.mark.parametrize("text", [
    "有关职责从县民政局划转到县委社会工作部。",
    "县民政局的编制从县民政局划转到县委社会工作部。",
])
def test_duties_or_posts_moved_are_no_body_moved(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某县")) if e[0] == "transfer_unit"]


@pytest.mark.parametrize(("text", "host", "sign"), [
    ("县人防办并入县住房和城乡建设局，对外保留县人民防空办公室牌子。", "县住房和城乡建设局", "县人民防空办公室"),
    ("县粮食局并入县发展和改革局，对外保留牌子。", "县发展和改革局", "县粮食局"),
    ("将县旅游局并入县文化广电体育局，保留县旅游局牌子。", "县文化广电体育局", "县旅游局"),
])
def test_a_body_merged_in_keeps_its_name_as_a_sign(text: str, host: str, sign: str) -> None:
    f = facts_of(text, "某县")
    assert units(f)[host][4] == (sign,)
    assert ("add_sign", (host,), (sign,), None) in events(f)


@pytest.mark.parametrize(("text", "unit", "expected"), [
    # 正股级 / 副股级 are ranks; 隶属 never opens a name
    ("设立县大数据中心，隶属县政务服务和数据管理局，为正股级公益一类事业单位。", "县大数据中心",
     ("公益一类事业单位", "正股级", "县政务服务和数据管理局", "所属", ())),
    ("组建县融媒体中心，由县委宣传部管理，为正科级事业单位。", "县融媒体中心",
     ("事业单位", "正科级", "县委宣传部", "管理", ())),
    ("设立县大数据中心，隶属县政务服务和数据管理局。", "县大数据中心",
     (None, None, "县政务服务和数据管理局", "所属", ())),
    # 属 / 性质为
    ("县农业综合执法大队属全额拨款事业单位，机构规格为副科级。", "县农业综合执法大队",
     ("全额拨款事业单位", "副科级", None, None, ())),
    ("县不动产登记中心机构性质为公益一类事业单位，隶属县自然资源局。", "县不动产登记中心",
     ("公益一类事业单位", None, "县自然资源局", "所属", ())),
    ("县融媒体中心单位性质为事业单位，正科级。", "县融媒体中心", ("事业单位", "正科级", None, None, ())),
    # 挂靠
    ("县老龄工作委员会办公室挂靠县民政局。", "县老龄工作委员会办公室", (None, None, "县民政局", "所属", ())),
    ("县关工委办公室挂靠在县委组织部。", "县关工委办公室", (None, None, "县委组织部", "所属", ())),
])
def test_descriptions_parents_and_nature_of_a_body(text: str, unit: str, expected: tuple) -> None:
    got = units(facts_of(text, "某县"))
    assert got[unit] == expected
    assert not [n for n in got if n.startswith(("隶属", "挂靠"))]


@pytest.mark.parametrize("text", [
    "县数据局属于县政府的职责范围。",  # 属 with no kind of unit
    "县医院属地管理。",
])
def test_shu_without_a_kind_describes_nothing(text: str) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.kind]


def test_a_supply_cooperative_union_is_a_name() -> None:
    f = facts_of("县供销合作社联合社升格为正科级。", "某县")
    assert ("upgrade", ("县供销合作社联合社",), ("县供销合作社联合社",), None) in events(f)


@pytest.mark.parametrize(("text", "expected"), [
    ("县融媒体中心由县广播电视台、县新闻中心合并组建而成。",
     ("establish", ("县广播电视台", "县新闻中心"), ("县融媒体中心",))),
    ("县融媒体中心由原县广播电视台和县新闻中心整合而成，于2019年3月挂牌成立。",
     ("establish", ("县广播电视台", "县新闻中心"), ("县融媒体中心",))),
    ("县公共资源交易中心整合县政府采购中心、县建设工程交易中心组建。",
     ("establish", ("县政府采购中心", "县建设工程交易中心"), ("县公共资源交易中心",))),
    ("县文化馆由县文化馆、县图书馆合并组建。", ("re_form", ("县文化馆", "县图书馆"), ("县文化馆",))),
])
def test_a_body_formed_from_the_bodies_it_names(text: str, expected: tuple) -> None:
    assert expected in [e[:3] for e in events(facts_of(text, "某县"))]


@pytest.mark.parametrize("text", [
    "县数据局由县政府办公室组建。",  # one giver, no merger
    "县数据局由县编办批准设立。",  # an approver, not a giver
    "县融媒体中心由县委宣传部管理。",
])
def test_formed_by_or_managed_by_is_no_merger(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某县")) if e[0] in ("establish", "re_form") and e[1]]


def test_a_street_office_set_up_after_abolished_streets_is_no_division() -> None:
    f = facts_of("2017年，区里对街道进行调整，撤销东风街道和红旗街道，设立新的红旗街道办事处。", "某区")
    assert ("establish", (), ("红旗街道办事处",)) in [e[:3] for e in events(f)]
    assert not [u for u in f.units if u.kind == "内设机构"]


def test_a_host_written_right_before_its_division_still_sets_it_up() -> None:
    f = facts_of("县统计局设立综合股。", "某县")
    assert [(u.kind, u.parent.name) for u in f.units if u.parent] == [("内设机构", "县统计局")]


def test_a_kind_changed_with_its_rank() -> None:
    f = facts_of("国务院决定，国家甲乙监督管理局由部委管理的国家局调整为国务院直属机构，为正部级。")
    assert units(f)["国家甲乙监督管理局"][:2] == ("国务院直属机构", "正部级")


@pytest.mark.parametrize("text", [
    "县民政局划转3名行政编制到县委社会工作部。",
    "县委社会工作部从县民政局划入行政编制3名。",
    "从县民政局划转行政编制3名至县委社会工作部。",
    "将县民政局3名行政编制划入县委社会工作部。",
])
def test_posts_moved_between_two_named_bodies(text: str) -> None:
    got = [(s.unit.name, s.kind, s.change, s.amount, s.counterpart.name if s.counterpart else None)
           for s in facts_of(text, "某县").staffing]
    assert got == [("县民政局", "行政编制", "划转", 3, "县委社会工作部")]


def test_posts_moved_from_two_givers_in_one_sentence() -> None:
    text = "同步从县民政局划转3名行政编制、从县委组织部划转2名行政编制到县委社会工作部。"
    got = [(s.unit.name, s.amount, s.counterpart.name if s.counterpart else None) for s in facts_of(text, "某县").staffing]
    assert got == [("县民政局", 3, "县委社会工作部"), ("县委组织部", 2, "县委社会工作部")]


@pytest.mark.parametrize(("text", "expected"), [
    # the parts after 其中 are sub-counts of the total, not recorded (tests/gold/README.md, Staffing)
    ("全县共收回空余编制120名，其中行政编制20名、事业编制100名。", [(None, "编制", "收回", 120)]),
    # the quota after a change is 核定, whatever verb the change had
    ("县应急管理局增加行政编制3名，调整后行政编制为15名。",
     [("县应急管理局", "行政编制", "核增", 3), ("县应急管理局", "行政编制", "核定", 15)]),
])
def test_parts_and_quotas_after_a_change(text: str, expected: list) -> None:
    assert staffing(facts_of(text, "某县")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("撤销县粮食局，县发展和改革局加挂县粮食局牌子。", ("add_sign", ("县发展和改革局",), ("县粮食局",), None)),
    ("撤销县委农村工作部，其职责划入县农业农村局，县农业农村局加挂县乡村振兴局牌子。",
     ("add_sign", ("县农业农村局",), ("县乡村振兴局",), None)),
    ("县扶贫开发办公室现更名为县乡村振兴局。", ("rename", ("县扶贫开发办公室",), ("县乡村振兴局",), None)),
    ("县物价局已更名为县价格监测中心。", ("rename", ("县物价局",), ("县价格监测中心",), None)),
])
def test_a_sign_after_an_abolition_and_a_rename_after_an_adverb(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县"))


def test_that_bureau_integrates_givers() -> None:
    f = facts_of("2019年3月，县数据局挂牌成立。该局整合了县发展和改革局的数字经济职责、县政务服务中心的数据管理职责。", "某县")
    assert [e[1] for e in events(f) if e[0] == "establish"] == [("县发展和改革局", "县政务服务中心")]


def test_a_figure_after_a_body_and_its_bracketed_sign_is_the_bodys() -> None:
    assert staffing(facts_of("县发展和改革局（县粮食和物资储备局）核定行政编制18名。", "某县")) == [
        ("县发展和改革局", "行政编制", "核定", 18)]


@pytest.mark.parametrize(("text", "host", "sign"), [
    ("县编委批复同意县中医院增挂县中西医结合医院牌子。", "县中医院", "县中西医结合医院"),
    ("同意县文化馆增挂县非物质文化遗产保护中心牌子。", "县文化馆", "县非物质文化遗产保护中心"),
])
def test_a_sign_added_with_zengua_after_an_approval(text: str, host: str, sign: str) -> None:
    f = facts_of(text, "某县")
    assert units(f)[host][4] == (sign,)
    assert not [n for n in units(f) if "同意" in n or "批复" in n]


def test_a_description_after_a_colon() -> None:
    f = facts_of("现将县退役军人事务局成立有关事项通知如下：县退役军人事务局为县政府工作部门，正科级。", "某县")
    assert units(f)["县退役军人事务局"][:2] == ("县政府工作部门", "正科级")


@pytest.mark.parametrize(("text", "inputs"), [
    ("县数据局是县政府工作部门，为正科级，由原县政务服务中心的数据管理职责和县发展和改革局的数字经济职责整合组建。",
     ("县政务服务中心", "县发展和改革局")),
    ("县数据局由县政务服务中心的数据管理职责、县发展和改革局的数字经济职责整合组建。",
     ("县政务服务中心", "县发展和改革局")),
])
def test_a_body_formed_from_named_duties(text: str, inputs: tuple) -> None:
    assert [e[1] for e in events(facts_of(text, "某县")) if e[0] == "establish"] == [inputs]


@pytest.mark.parametrize(("text", "expected"), [
    ("县乡镇企业局改为县乡镇企业管理局。", [(("县乡镇企业局",), ("县乡镇企业管理局",))]),
    ("1985年，县物价局改为县物价委员会，县标准计量局改为县技术监督局。",
     [(("县物价局",), ("县物价委员会",)), (("县标准计量局",), ("县技术监督局",))]),
    ("县招待所改为事业单位。", []),
    ("县农机站改为县农业农村局内设机构。", []),
    ("县水利局改为正科级。", []),
])
def test_gaiwei_renames_only_to_one_whole_name(text: str, expected: list) -> None:
    assert [(e[1], e[2]) for e in events(facts_of(text, "某县")) if e[0] == "rename"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("撤销东风镇，设立东风街道。", [("abolish", ("东风镇",), (), None), ("establish", (), ("东风街道",), None)]),
    ("撤销河口乡，设立河口镇。", [("abolish", ("河口乡",), (), None), ("establish", (), ("河口镇",), None)]),
])
def test_a_township_changes_its_level_without_jianzhi(text: str, expected: list) -> None:
    assert sorted(events(facts_of(text, "某县"))) == sorted(expected)


def test_a_township_replaced_by_another_stem_is_abolished_and_set_up() -> None:
    got = {e[0] for e in events(facts_of("撤销河口乡，设立新河镇。", "某县"))}
    assert got == {"abolish", "establish"}


def test_a_short_form_integrates_givers_and_is_described() -> None:
    text = ("3月25日，房县自然资源和规划局正式挂牌成立。县自规局整合了原县国土资源局的职责和县住建局的城乡规划管理职责，"
            "为县政府工作部门，正科级。")
    f = facts_of(text, "房县")
    assert [e[1] for e in events(f) if e[0] == "establish"] == [("县国土资源局", "县住建局")]
    assert units(f)["房县自然资源和规划局"][:2] == ("县政府工作部门", "正科级")


def test_a_party_body_takes_its_full_name_with_weiyuanhui_spelled_out() -> None:
    text = "中共秀山土家族苗族自治县委员会社会工作部揭牌成立。县委社会工作部是县委职能部门，正科级。"
    f = facts_of(text, "秀山土家族苗族自治县")
    assert "中共秀山土家族苗族自治县委员会社会工作部" in units(f)


@pytest.mark.parametrize(("text", "expected"), [
    ("县退役军人事务局于2019年3月组建，为县政府工作部门，正科级。", ("establish", (), ("县退役军人事务局",), "2019-03")),
    ("县档案馆于1959年11月正式成立。", ("establish", (), ("县档案馆",), "1959-11")),
    ("县数据局于2024年5月10日设立。", ("establish", (), ("县数据局",), "2024-05-10")),
])
def test_a_body_formed_on_a_date_written_before_the_verb(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某县"))


@pytest.mark.parametrize("text", ["县数据局于2024年成立以来，工作成效明显。", "该项制度于2019年成立。"])
def test_a_date_before_the_verb_looking_back_or_no_body(text: str) -> None:
    assert not events(facts_of(text, "某县"))


def test_shi_never_sits_inside_a_name() -> None:
    f = facts_of("他指出，组建市医疗保障局是市委、市政府作出的重要部署。", "某市")
    assert not [n for e in events(f) for n in e[1] + e[2] if "是" in n]
    assert not [n for n in units(f) if "是" in n]


# ---------------------------------------------------------------- fresh-text constructions (events)


@pytest.mark.parametrize(("text", "expected"), [
    ("9月3日上午，新组建的某市医疗保障局、某市退役军人事务局、某市应急管理局及更名后的某市司法局正式挂牌。",
     ["某市医疗保障局", "某市退役军人事务局", "某市应急管理局"]),
    ("新组建的县应急管理局、县医疗保障局和县退役军人事务局今天正式揭牌。",
     ["县应急管理局", "县医疗保障局", "县退役军人事务局"]),
    ("新组建的省医疗保障局、省退役军人事务局等机构已相继挂牌。", ["省医疗保障局", "省退役军人事务局"]),
])
def test_a_list_of_newly_formed_bodies_opens_each(text: str, expected: list[str]) -> None:
    f = facts_of(text, "某市")
    assert sorted(e[2][0] for e in events(f) if e[0] == "establish") == sorted(expected)


def test_a_renamed_body_after_the_list_of_newly_formed_is_not_formed() -> None:
    f = facts_of("新组建的县自然资源局、县农业农村局及更名后的县司法局正式挂牌。", "某县")
    assert "县司法局" not in [e[2][0] for e in events(f) if e[0] == "establish"]


@pytest.mark.parametrize(("text", "target", "inputs"), [
    ("新组建的省数据管理局，包含原省信息中心、省政务服务办公室的职责，以及省发展和改革委员会的数字经济职责。",
     "省数据管理局", {"省信息中心", "省政务服务办公室", "省发展和改革委员会"}),
    ("新组建县人力资源和社会保障局，合并了县人事局和县劳动和社会保障局的职责。",
     "县人力资源和社会保障局", {"县人事局", "县劳动和社会保障局"}),
    ("新组建的市交通运输局，合并了市交通局职责、市建设局指导城市客运的职责，同时承担协调服务邮政的工作。",
     "市交通运输局", {"市交通局", "市建设局"}),
])
def test_a_newly_formed_body_that_holds_the_duties_of_others(text: str, target: str, inputs: set[str]) -> None:
    got = [e for e in events(facts_of(text, "某省")) if e[0] == "establish" and e[2] == (target,)]
    assert got and set(got[0][1]) == inputs


@pytest.mark.parametrize(("text", "expected"), [
    ("新组建的省环境保护厅，由原环保局升格而成。",
     {("establish", ("省环保局",), ("省环境保护厅",)), ("upgrade", ("省环保局",), ("省环境保护厅",))}),
    ("县融媒体中心是由县广播电视台和县新闻中心合并而成的。",
     {("establish", ("县广播电视台", "县新闻中心"), ("县融媒体中心",))}),
    ("市文化馆由市群众艺术馆更名而来。", {("rename", ("市群众艺术馆",), ("市文化馆",))}),
])
def test_a_body_made_from_others(text: str, expected: set) -> None:
    assert {e[:3] for e in events(facts_of(text, "某省"))} == expected


def test_made_from_needs_a_body_on_both_sides() -> None:
    assert not events(facts_of("这项制度由原来的办法整合而成。", "某县"))


@pytest.mark.parametrize("text", [
    "省政府设立三个直属机构：省统计局、省档案局、省机关事务管理局。",
    "根据工作需要，经省人民代表大会常务委员会批准，省人民政府设立三个直属机构，主办各项专门业务。"
    "这三个直属机构是：省统计局，省档案局，省机关事务管理局。",
])
def test_a_counted_set_up_and_its_list(text: str) -> None:
    f = facts_of(text, "某省")
    assert sorted(e[2][0] for e in events(f) if e[0] == "establish") == sorted(["省统计局", "省档案局", "省机关事务管理局"])
    assert units(f)["省档案局"][0] in ("省政府直属机构", "省人民政府直属机构")  # the setter owns the class


def test_a_counted_class_of_the_governments_sequence_keeps_its_owner_in_the_kind() -> None:
    # ninth session (tests/gold/README.md): 直属机构 is a class of the government's own sequence, as in
    # "作为国务院直属机构"; the setting government is part of the kind, no parent (tests/test_units_conventions.py)
    f = facts_of("省人民政府设立两个直属机构：省统计局、省档案局。", "某省")
    assert units(f)["省统计局"][0] == "省人民政府直属机构" and units(f)["省统计局"][2] is None


@pytest.mark.parametrize("text", [
    "省人民政府设立四个直属机构，主办专门业务。这两个直属机构是：省统计局，省档案局。",  # another count
    "这三个直属机构是：省统计局，省档案局，省机关事务管理局。",  # no counted set-up before it
    "省政府设置工作部门两个：办公室、财政厅。",  # 设置 describes a structure, opens nothing
])
def test_a_list_that_is_not_the_counted_set_up_opens_nothing(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某省")) if e[0] == "establish"]


@pytest.mark.parametrize(("text", "expected"), [
    ("县市场监督管理局加挂县食品安全委员会办公室、县质量发展局两块牌子。",
     {("县市场监督管理局", "县食品安全委员会办公室"), ("县市场监督管理局", "县质量发展局")}),
    ("3月2日挂牌的甲县市场监督管理局和乙县市场监督管理局，均加挂了质量发展局、知识产权局两块牌子。",
     {("甲县市场监督管理局", "甲县质量发展局"), ("甲县市场监督管理局", "甲县知识产权局"),
      ("乙县市场监督管理局", "乙县质量发展局"), ("乙县市场监督管理局", "乙县知识产权局")}),
])
def test_signs_counted_and_shared_by_several_bearers(text: str, expected: set) -> None:
    got = {(e[1][0], e[2][0]) for e in events(facts_of(text, "某市")) if e[0] == "add_sign"}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("1963年1月17日，县档案局与县档案馆合属办公。", ("co_locate", ("县档案局",), ("县档案馆",), "1963-01-17")),
    ("省监察厅因与省纪委机关合署办公，不列入政府工作部门。", ("co_locate", ("省监察厅",), ("省纪委",), None)),
])
def test_working_together_as_miswritten_or_with_a_reason(text: str, expected: tuple) -> None:
    assert expected in events(facts_of(text, "某省"))


@pytest.mark.parametrize(("text", "unit", "kind"), [
    ("省安全生产监督管理局由原省经贸委管理机构改为省政府直属机构。", "省安全生产监督管理局", "省政府直属机构"),
    ("县档案局由县委工作部门改为县政府直属事业单位。", "县档案局", "县政府直属事业单位"),
])
def test_a_kind_changed_with_gaiwei(text: str, unit: str, kind: str) -> None:
    f = facts_of(text, "某省")
    assert ("change_kind", (unit,), (unit,)) in {e[:3] for e in events(f)}
    assert units(f)[unit][0] == kind


def test_gaiwei_to_a_name_stays_a_rename() -> None:
    assert {e[0] for e in events(facts_of("县档案馆改为县文化馆。", "某县"))} == {"rename"}


@pytest.mark.parametrize(("text", "expected"), [
    ("县应急管理局为县政府工作部门，承担原县安全生产委员会办公室承担的安全生产综合监管职责。",
     (("县安全生产委员会办公室",), ("县应急管理局",))),
    ("市安全生产监督管理局改为市政府直属机构，承担原市经贸委和各工业办承担的指导安全生产管理的职能。",
     (("市经贸委", "各工业办"), ("市安全生产监督管理局",))),
])
def test_a_body_takes_on_the_duty_of_its_former_holders(text: str, expected: tuple) -> None:
    assert expected in {e[1:3] for e in events(facts_of(text, "某市")) if e[0] == "transfer_duty"}


def test_taking_on_needs_named_former_holders() -> None:
    assert not [e for e in events(facts_of("县应急管理局承担原来承担的有关职责。", "某县")) if e[0] == "transfer_duty"]


def test_listed_in_a_class_with_bare_lie() -> None:
    f = facts_of("原挂靠省人事厅的省机构编制委员会办公室单独设置，列省委机构序列。", "某省")
    assert units(f)["省机构编制委员会办公室"][0] == "省委机构"
    generic = facts_of("与人事局合署办公的机构编制委员会办公室单独设置，列党委机构序列。", "某市")
    assert "机构编制委员会办公室" not in units(generic)  # a plan's rule for every district names no one body


@pytest.mark.parametrize(("text", "expected"), [
    ("1983年7月地改市，专区档案管理局与专区档案馆同时更名为市档案局和市档案馆。",
     [("rename", ("专区档案管理局",), ("市档案局",), "1983-07"), ("rename", ("专区档案馆",), ("市档案馆",), "1983-07")]),
    ("2001年，县计划委员会、县经济委员会分别更名为县发展计划局、县经济贸易局。",
     [("rename", ("县计划委员会",), ("县发展计划局",), "2001"), ("rename", ("县经济委员会",), ("县经济贸易局",), "2001")]),
])
def test_bodies_renamed_respectively(text: str, expected: list) -> None:
    assert sorted(e for e in events(facts_of(text, "某市")) if e[0] == "rename") == sorted(expected)


def test_renamed_respectively_needs_as_many_new_names() -> None:
    got = [e for e in events(facts_of("县计划委员会、县经济委员会分别更名为县发展和改革局、县工业局、县商务局。", "某县"))
           if e[0] == "rename"]
    assert not [e for e in got if e[1] == ("县经济委员会",) and e[2] == ("县工业局",)]


@pytest.mark.parametrize(("text", "expected"), [
    ("2、1963年1月17日，县档案局与县档案馆合署办公，1967年5月，县档案局被撤消。",
     {("co_locate", ("县档案局",), ("县档案馆",), "1963-01-17"), ("abolish", ("县档案局",), (), "1967-05")}),
    ("1956年，县文教科分为县文化科和县教育科，1958年，县文化科撤销。",
     {("abolish", ("县文化科",), (), "1958")}),
])
def test_each_clause_of_a_chronicle_sentence_dates_its_own_event(text: str, expected: set) -> None:
    assert expected <= set(events(facts_of(text, "某县")))


def test_a_list_of_bodies_shares_one_description():
    # three or more names, a bracket after a name (a sign or a rank), 均 before the verb
    f = facts_of("县档案馆（县地方志办公室）、县图书馆、县文化馆，为公益一类事业单位。", "某县")
    u = units(f)
    assert u["县档案馆"][0] == "公益一类事业单位" and u["县档案馆"][4] == ("县地方志办公室",)
    assert u["县图书馆"][0] == u["县文化馆"][0] == "公益一类事业单位"
    f = facts_of("县发展和改革局、县财政局、县教育局均为县政府工作部门。", "某县")
    assert {n for n, v in units(f).items() if v[0] == "县政府工作部门"} == {"县发展和改革局", "县财政局", "县教育局"}
    f = facts_of("县档案馆（正科级）、县图书馆为县文化和旅游局所属公益一类事业单位。", "某县")
    u = units(f)
    assert u["县档案馆"][1] == "正科级" and u["县图书馆"][1] is None
    assert u["县图书馆"][2] == "县文化和旅游局"


def test_a_list_that_is_no_list_of_subjects_is_not_described():
    # a verb before the list: the names are objects, not subjects
    f = facts_of("撤销县农业局、县林业局、县水利局，为县政府工作部门。", "某县")
    assert not any(v[0] == "县政府工作部门" for v in units(f).values())


def test_divisions_listed_by_their_host_outside_a_sanding():
    text = ("县档案馆设下列内设机构：\n（一）办公室：事业编制3名，设主任1名。承担日常运转工作。\n"
            "（二）档案管理股，事业编制2名。承担档案接收和保管工作。\n（三）编研股。承担史料编研工作。")
    f = facts_of(text, "某县")
    u = units(f)
    for d in ("办公室", "档案管理股", "编研股"):
        assert u["县档案馆" + d][0] == "内设机构" and u["县档案馆" + d][2] == "县档案馆"


def test_divisions_counted_as_groups_after_their_host():
    f = facts_of("1979年，县计划委员会下设计划、统计、物价3个组。", "某县")
    u = units(f)
    assert {n for n, v in u.items() if v[0] == "内设机构"} == {"县计划委员会计划组", "县计划委员会统计组", "县计划委员会物价组"}
    # the host not written right before the verb: nothing (a name of the clause before is no host) …
    f = facts_of("1970年，县民政局召开会议，研究工作，下设政工、民政2个组。", "某县")
    assert not [n for n, v in units(f).items() if v[0] == "内设机构"]
    f = facts_of("1970年，县民政局与县劳动局合署办公，下设政工、民政2个组。", "某县")
    assert not [n for n, v in units(f).items() if v[0] == "内设机构"]
    # … unless the sentence formed that body, the name a merger is called by written right before the verb (fourteenth
    # session, units14 and chron14: 称 opens no name, the name after it is read; as a trial14 县志 gold records)
    f = facts_of("1970年，民政、劳动两局合并，称民劳局，下设政工、民政2个组。", "某县")
    assert {n for n, v in units(f).items() if v[0] == "内设机构"} == {"民劳局政工组", "民劳局民政组"}


def test_a_kind_owned_by_a_government_written_with_de():
    f = facts_of("县统计局作为县人民政府的工作部门，加挂县普查中心牌子。", "某县")
    assert units(f)["县统计局"][0] == "县政府工作部门"
    f = facts_of("县统计局是县人民政府的工作部门，正科级。", "某县")
    assert units(f)["县统计局"][:2] == ("县政府工作部门", "正科级")
    # a government's 派出机构: the government is the parent, the kind 派出机构 (as "为县人民政府派出机构")
    f = facts_of("1951年，省人民政府设立甲区专员公署，为省政府派出机构。", "某省")
    u = units(f)
    assert u["甲区专员公署"][0] == "派出机构" and u["甲区专员公署"][3] == "派出"
    assert not any(n.endswith("人民政府") for n in u)  # the setting body is not the one described


def test_a_body_whose_duties_moved_out_becomes_a_subordinate_institution():
    f = facts_of("将县房产管理局承担的行政职能划入县住房和城乡建设局，改为县住房和城乡建设局所属事业单位。", "某县")
    u = units(f)
    assert u["县房产管理局"][0] == "事业单位" and u["县房产管理局"][2] == "县住房和城乡建设局"
    assert not any(n.endswith("局所") for n in u)  # 所属 is never the verb 属 after a name "…局所"


def test_a_quality_before_de_is_no_kind():
    f = facts_of("县测绘院成立于1958年，为全县唯一集生产与科研一体的甲级测绘单位，是县自然资源局所属公益二类事业单位。", "某县")
    assert units(f)["县测绘院"][:3] == ("公益二类事业单位", None, "县自然资源局")


def test_divisions_counted_then_numbered_on_one_line():
    text = "县政府办公室内设4个职能股(室)。 (一)秘书股(县政府督查室)。 (二)综合股。 (三)信息股。 (四)行政股。"
    u = units(facts_of(text, "某县"))
    assert u["县政府办公室秘书股"] == ("内设机构", None, "县政府办公室", "内设", ("县政府督查室",))
    assert {n for n, v in u.items() if v[0] == "内设机构"} == {"县政府办公室" + d for d in ("秘书股", "综合股", "信息股", "行政股")}
    # a count of divisions not followed by numbered items opens no list
    assert not units(facts_of("县政府办公室内设4个职能股。办公室负责文电会务。", "某县"))


def test_belongs_to_with_the_managing_word_after_the_parent():
    f = facts_of("县文化馆始建于1952年，为县政府设立的公益性文化事业机构，隶属县文化和旅游局主管。", "某县")
    assert units(f)["县文化馆"][:3] == ("公益性文化事业机构", None, "县文化和旅游局")


def test_an_approver_never_bears_the_sign_nor_opens_a_name():
    f = facts_of("2005年经国家海洋局批准，加挂国家海洋局海洋环境保护研究所牌子。", "中央")
    assert not units(f)  # no bearer written: nobody carries the sign (not the approver, not "经国家海洋局")
    f = facts_of("县档案馆是县委办公室所属正科级事业单位。2005年经县编委批准，加挂县史志办公室牌子。", "某县")
    assert units(f)["县档案馆"][4] == ("县史志办公室",)


def test_a_rank_raised_into_a_kind_describes_the_body():
    f = facts_of("县退役军人服务中心由正股级升格为副科级事业单位。", "某县")
    assert units(f)["县退役军人服务中心"][:2] == ("事业单位", "副科级")
    f = facts_of("2010年，县档案馆升格为正科级。", "某县")
    assert units(f)["县档案馆"][:2] == (None, "正科级")  # a bare rank: no kind


def test_a_name_followed_by_its_rank_and_kind_without_a_verb():
    f = facts_of("1、组织机构设置及人员情况：县住房和城乡建设局正科级行政单位，内设办公室、人事股。", "某县")
    assert units(f)["县住房和城乡建设局"][:2] == ("行政单位", "正科级")
    f = facts_of("县档案馆正科级事业单位，现有职工12人。", "某县")
    assert units(f)["县档案馆"][:2] == ("事业单位", "正科级")
    assert not units(facts_of("县委办公室主任兼任正科级单位。", "某县"))  # no whole name before the rank


def test_a_direct_kind_read_whole_and_as_parent_plus_kind_is_one_reading():
    f = facts_of("2017年2月，将省公共服务管理办公室更名为省大数据发展管理局，为省政府正厅级直属事业单位。", "某省")
    assert units(f)["省大数据发展管理局"][:3] == ("事业单位", "正厅级", "省人民政府")


def test_belongs_in_the_sentence_after_the_body_was_formed():
    f = facts_of("1999年8月，设立县车河管理区委员会。隶属于县人民政府，享受乡镇待遇。", "某县")
    assert units(f)["县车河管理区委员会"][2:4] == ("县人民政府", "所属")
    assert not units(facts_of("1999年8月，县里召开会议。隶属于县人民政府，享受乡镇待遇。", "某县"))


def test_a_bracketed_sign_of_a_listed_body():
    f = facts_of("县档案馆（县地方志办公室）、县文化馆揭牌仪式在县城举行。", "某县")
    assert units(f)["县档案馆"][4] == ("县地方志办公室",)


def test_a_party_body_written_in_full_with_its_place_chain_inside():
    text = ("6月11日，中共甲市乙区委社会工作部揭牌成立。\n"
            "乙区委社会工作部作为区委职能部门，加挂了区委非公有制经济组织和社会组织工作委员会牌子。")
    u = units(facts_of(text, "乙区"))
    assert u["中共甲市乙区委社会工作部"][0] == "区委职能部门"
    assert "乙区委社会工作部" not in u


def test_a_body_renamed_with_gaiwei_is_the_one_described():
    f = facts_of("县委外事工作领导小组改为县委外事工作委员会，作为县委议事协调机构。", "某县")
    u = units(f)
    assert u["县委外事工作委员会"][0] == "县委议事协调机构"
    assert "县委外事工作领导小组" not in u
    f = facts_of("县房产管理所改为事业单位，为正科级。", "某县")
    assert units(f)["县房产管理所"][1] == "正科级"  # 改为 + a kind forms nothing: the subject is described


def test_a_sign_after_duties_moved_in_is_the_receivers():
    text = ("组建县外事局，与县委外事办合署办公。\n"
            "县委统战部统一管理民族宗教工作。将县民族宗教事务局并入县委统战部，将县侨务局的侨务职责划入县委统战部，"
            "对外加挂县民族宗教事务局、县侨务局牌子。")
    u = units(facts_of(text, "某县"))
    assert set(u["县委统战部"][4]) == {"县民族宗教事务局", "县侨务局"}
    assert not u.get("县外事局", (None,) * 5)[4]  # a body formed sentences before bears no sign


def test_divisions_counted_with_a_shared_rank():
    text = "县政府办公室内设3个股室，均为股级建制。\n（一）秘书股（督查股）\n负责文电工作。\n（二）行政股\n负责后勤工作。\n（三）信息股\n负责信息工作。"
    u = units(facts_of(text, "某县"))
    assert u["县政府办公室秘书股"] == ("内设机构", "股级", "县政府办公室", "内设", ("督查股",))
    assert u["县政府办公室信息股"][1] == "股级"


def test_an_entry_names_its_kind_and_then_its_parent_and_divisions():
    text = "某县图书馆 公益一类事业单位。隶属某县文化局。地址在县城东街。内设采编部、借阅部和办公室。"
    u = units(facts_of(text, "某县"))
    assert u["某县图书馆"][:4] == ("公益一类事业单位", None, "某县文化局", "所属")
    assert {n for n, v in u.items() if v[0] == "内设机构"} == {"某县图书馆" + d for d in ("采编部", "借阅部", "办公室")}
    # a sentence that is a name and a word that is no kind of unit describes nothing
    assert not units(facts_of("某县图书馆新馆。", "某县"))


def test_divisions_counted_with_their_rank_in_brackets_then_listed() -> None:
    """"X下设N个机构（副司局级），分别为：A、B（C）…": a news report of a 三定; every item has the bracketed rank."""
    f = facts_of("国家文物局是文化和旅游部管理的国家局。国家文物局下设4个机构（副司局级），分别为：办公室、"
                 "政策法规司（督察司）、博物馆与社会文物司、人事司。")
    got = units(f)
    assert got["国家文物局政策法规司"] == ("内设机构", "副司局级", "国家文物局", "内设", ("督察司",))
    assert got["国家文物局人事司"][:2] == ("内设机构", "副司局级")
    assert ("国家文物局", "内设机构", "核定", 4) in {(s.unit.name, s.kind, s.change, s.amount) for s in f.staffing}
    f = facts_of("市档案局内设3个科室（正科级）：综合科、保管利用科、业务指导科。", "某市")
    assert units(f)["市档案局保管利用科"][:3] == ("内设机构", "正科级", "市档案局")


def test_divisions_listed_with_several_signs_and_a_closing_rank() -> None:
    """"X内设A（B、C）、D（E）、F，其规格为正科级。": signs in brackets (several per item), a rank shared by all."""
    got = units(facts_of("定西市地震局内设办公室（人事科、应急管理办公室）、监测预报科（法规科）、财务科，其规格为正科级。", "定西市"))
    assert got["定西市地震局办公室"] == ("内设机构", "正科级", "定西市地震局", "内设", ("人事科", "应急管理办公室"))
    assert got["定西市地震局财务科"] == ("内设机构", "正科级", "定西市地震局", "内设", ())
    got = units(facts_of("县司法局内设办公室、法制股和社区矫正股，规格均为股级。", "某县"))
    assert got["县司法局法制股"][:2] == ("内设机构", "股级")


def test_a_bodys_public_institutions_listed() -> None:
    """"X直属科级事业单位2个，A（B）、C。" / "X保留，内设A、B；下设股级事业单位C、D和E。": kind 事业单位, the rank, parent X."""
    got = units(facts_of("定西市地震局直属科级事业单位2个，定西市地震台（定西市地震信息中心）、定西市防震减灾服务中心。", "定西市"))
    assert got["定西市地震台"] == ("事业单位", "科级", "定西市地震局", "直属", ("定西市地震信息中心",))
    assert got["定西市防震减灾服务中心"][:3] == ("事业单位", "科级", "定西市地震局")
    got = units(facts_of("县水利局保留，内设办公室、水政股；下设股级事业单位水利站、灌溉站和苗圃。", "某县"))
    assert got["苗圃"] == ("事业单位", "股级", "县水利局", "所属", ())
    assert got["县水利局水政股"][:3] == ("内设机构", None, "县水利局")
    # prose after 事业单位 is no list
    assert not [u for u in facts_of("县林业局下属事业单位要加强管理，严格控制编制。", "某县").units if u.kind == "事业单位"]


@pytest.mark.parametrize(("text", "new", "givers"), [
    # a government as the subject of 整合, "，" before 组建, 等 closing the last givers
    ("根据《某省机构改革方案》，省政府整合原省安全生产监督管理局的职责，省民政厅的救灾职责，以及省防汛抗旱指挥部办公室、"
     "省减灾委员会等相关职责，组建省应急管理厅，为省政府组成部门。", "省应急管理厅",
     {("省民政厅", "救灾职责"), ("省减灾委员会", "相关职责"), ("省防汛抗旱指挥部办公室", "相关职责")}),
    ("市政府整合市水利局的水资源调查职责，市农业局的草原管理职责，组建市自然资源局。", "市自然资源局",
     {("市水利局", "水资源调查职责"), ("市农业局", "草原管理职责")}),
    # the new body described by its kind, then 整合 with the givers
    ("据悉，市医保局作为政府工作部门，整合市人社局的生育保险职责，市民政局的医疗救助职责等。", "市医保局",
     {("市人社局", "生育保险职责"), ("市民政局", "医疗救助职责")}),
])
def test_integration_with_its_own_subject(text: str, new: str, givers: set) -> None:
    est = [e for e in facts_of(text, "某地").events if e.type.value == "establish"]
    assert [tuple(m.name for m in e.outputs) for e in est] == [(new,)]
    assert {(d.source.name, d.text) for d in est[0].duties} >= givers


def test_a_public_institution_integrating_a_duty_is_not_formed() -> None:
    assert not facts_of("县文化馆作为县文旅局所属事业单位，整合了县图书馆的阅读推广职责。", "某县").events


def test_duties_handed_over_to_a_body_formed_after_them() -> None:
    """"将A X职责、B的Y职责，C（C'）Z职责，D、E等相关部门W职责划转，组建Z": 划转 before 组建 reads like 整合; givers may
    lack 的; a giver's bracketed second name and the closing "等相关部门" are no part of the phrase."""
    f = facts_of("将市发改委组织编制主体功能区规划职责、市水利局的水资源调查职责，市农业委员会（市林业局）林业管理职责，"
                 "市环保局、市住建局等相关部门自然保护区管理职责划转，组建市自然资源和规划局。", "某市")
    est = [e for e in f.events if e.type.value == "establish"]
    assert len(est) == 1 and est[0].outputs[0].name == "市自然资源和规划局"
    assert {(d.source.name, d.text) for d in est[0].duties} == {
        ("市发改委", "组织编制主体功能区规划职责"), ("市水利局", "水资源调查职责"), ("市农业委员会", "林业管理职责"),
        ("市环保局", "自然保护区管理职责"), ("市住建局", "自然保护区管理职责")}
    # 划转 with a receiver and no body formed stays a transfer, not a formation
    assert not [e for e in facts_of("将县商务局的生猪屠宰监管职责划转给县农业局。", "某县").events if e.type.value == "establish"]


def test_abolished_bodies_before_a_later_sign_clause() -> None:
    """"不再保留A、B，组建Z，…，对外保留Y牌子": the 牌子 of a later clause does not make 不再保留 a sign move."""
    got = events(facts_of("不再保留县国土资源局、县规划局，组建县自然资源和规划局，作为县政府工作部门，对外保留县林业局牌子。", "某县"))
    assert ("abolish", ("县国土资源局",), (), None) in got and ("abolish", ("县规划局",), (), None) in got
    got = events(facts_of("县环保局不再保留县核安全局牌子。", "某县"))
    assert not [e for e in got if e[0] == "abolish"]


def test_institutions_of_a_kept_body_in_a_dated_chronicle_entry() -> None:
    """"2002年4月，县乡机构改革，X保留，内设A、B；下设股级事业单位C、D和E。": the kept body is the host of both lists."""
    got = units(facts_of("2002年4月，县乡机构改革，某县水利局保留，内设办公室、水政股；下设股级事业单位水利站、灌溉站和苗圃。", "某县"))
    assert got["某县水利局水政股"][:3] == ("内设机构", None, "某县水利局")
    assert got["灌溉站"] == ("事业单位", "股级", "某县水利局", "所属", ())


def test_a_chronicles_terse_verbs() -> None:
    """县志 style: "废X，分建A和B" (abolish X; A and B formed from X), "Y分建C", "更X为Z" (rename)."""
    got = events(facts_of("1984年5月，全县实行政社分开。同年7月，废甲坪公社，分建甲坪镇和乙河乡。丙营分建丁源乡，"
                          "更后岭公社为后岭苗族乡。", "某县"))
    kinds = {(t, i, o) for t, i, o, _ in got}
    assert {("abolish", ("甲坪公社",), ()), ("establish", ("甲坪公社",), ("甲坪镇",)),
            ("establish", ("甲坪公社",), ("乙河乡",)), ("establish", ("丙营",), ("丁源乡",)),
            ("rename", ("后岭公社",), ("后岭苗族乡",))} <= kinds
    # 更 and 废 as ordinary words are no chronicle verbs
    assert not facts_of("要更好为群众服务，废止不合时宜的规定。", "某县").events


def test_leadership_posts_of_both_grades_at_once() -> None:
    """"正副司长职数30名": the posts of 司长 and 副司长 counted together are one 领导职数 figure."""
    f = facts_of("国家文物局机关行政编制100名(含离退休干部工作人员编制8名)。设局长1名,副局长3名,正副司长职数30名"
                 "(含机关党委专职副书记1名)。")
    got = {(s.unit.name if s.unit else None, s.kind, s.amount) for s in f.staffing}
    assert {("国家文物局", "领导职数", 1), ("国家文物局", "领导职数", 3), ("国家文物局", "领导职数", 30)} <= got
    assert ("国家文物局", "领导职数", 1) in got and len([g for g in got if g[1] == "领导职数"]) == 3


# ---- divisions written as places: 撤A设B, set up, merged, placed under (eighth session)

@pytest.mark.parametrize(("text", "expected"), [
    ("撤销白水县，设立白水市（县级）。", [("abolish", ("白水县",), (), None), ("establish", (), ("白水市",), None)]),
    ("撤销东林地区和南河、北河两县；设立东林市（地级）和南河、北河两区。",
     [("abolish", ("东林地区",), (), None), ("abolish", ("南河县",), (), None), ("abolish", ("北河县",), (), None),
      ("establish", (), ("东林市",), None), ("establish", (), ("南河区",), None), ("establish", (), ("北河区",), None)]),
    ("撤销甲镇，以其原行政区域设立甲街道办事处。",
     [("abolish", ("甲镇",), (), None), ("establish", (), ("甲街道办事处",), None)]),
    ("撤销县计划委员会，改设县计划局。",
     [("abolish", ("县计划委员会",), (), None), ("establish", ("县计划委员会",), ("县计划局",), None)]),
    ("撤销河东街道和河西街道，合并设立滨河街道。",
     [("abolish", ("河东街道",), (), None), ("abolish", ("河西街道",), (), None),
      ("establish", ("河东街道", "河西街道"), ("滨河街道",), None)]),
    ("撤销青石、白沙镇，合并设立新的青石镇。",
     [("abolish", ("青石镇",), (), None), ("abolish", ("白沙镇",), (), None),
      ("re_form", ("青石镇", "白沙镇"), ("青石镇",), None)]),
])
def test_abolished_and_set_up(text: str, expected: list) -> None:
    """撤A设B: one abolish per old body or division, one establish per new one; inputs only when
    the new one is made from the old (改设, 合并设立)."""
    assert sorted(events(facts_of(text, "某省"))) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("设立东海市东湖区，以东湖镇的行政区域为东湖区的行政区域。", [("establish", (), ("东海市东湖区",), None)]),
    ("撤销北山地区。", [("abolish", ("北山地区",), (), None)]),
    ("撤销东山市，将其行政区域划归西山县。", [("abolish", ("东山市",), (), None)]),
    ("各乡镇设立便民服务中心。", []),
    ("撤销全县所有乡镇卫生院。", []),
])
def test_a_division_set_up_or_abolished(text: str, expected: list) -> None:
    assert events(facts_of(text, "某省")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2003年5月，原甲镇、乙镇、丙乡合并成立丁镇。", ("establish", ("甲镇", "乙镇", "丙乡"), ("丁镇",), "2003-05")),
    ("梅林县与梅林市合并，设立梅林区。", ("establish", ("梅林县", "梅林市"), ("梅林区",), None)),
])
def test_divisions_merged_into_one(text: str, expected: tuple) -> None:
    assert events(facts_of(text, "某省")) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("将甲市的乙县划归丙市管辖。", [("transfer_unit", ("乙县",), ("丙市",), None)]),
    ("将南山、北山两县划归东海市管辖。",
     [("transfer_unit", ("南山县",), ("东海市",), None), ("transfer_unit", ("北山县",), ("东海市",), None)]),
    ("将东湖区青石街道划归西湖区管辖。", [("transfer_unit", ("青石街道",), ("西湖区",), None)]),
])
def test_a_division_placed_under_another_with_jiang(text: str, expected: list) -> None:
    assert events(facts_of(text, "某省")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("1992年，县文化局改属县委宣传部管理。", ("transfer_unit", ("县文化局",), ("县委宣传部",), "1992")),
    ("1965年3月，县档案馆改隶县委办公室。", ("transfer_unit", ("县档案馆",), ("县委办公室",), "1965-03")),
    ("县农机站改归县农业农村局领导。", ("transfer_unit", ("县农机站",), ("县农业农村局",), None)),
    ("1983年，甲县改隶乙市。", ("transfer_unit", ("甲县",), ("乙市",), "1983")),
])
def test_a_body_moved_under_another_with_gaishu_or_gaili(text: str, expected: tuple) -> None:
    """改属/改隶/改归 Y (管理/领导): transfer_unit and the body's new parent."""
    f = facts_of(text, "某县")
    assert events(f) == [expected]
    assert units(f)[expected[1][0]][2] == expected[2][0]


def test_gaishu_without_a_named_body_is_nothing() -> None:
    assert not events(facts_of("该镇改属城区。", "某县"))


@pytest.mark.parametrize(("text", "name", "parent", "relation"), [
    ("组建县经济开发区管理委员会，作为县人民政府的派出机构。", "县经济开发区管理委员会", "县人民政府", "派出"),
    ("组建市高铁新城管理委员会，为市政府派出机构。", "市高铁新城管理委员会", "市人民政府", "派出"),
    ("在县卫生健康局设立县疾病预防控制中心。", "县疾病预防控制中心", "县卫生健康局", None),
    ("同意在县自然资源局设立县不动产登记中心，为公益一类事业单位。", "县不动产登记中心", "县自然资源局", None),
])
def test_an_establish_carries_the_parent_its_sentence_gives(text: str, name: str, parent: str, relation) -> None:
    """"组建Z，作为B的派出机构": parent B, relation 派出; "在B设立Z": parent B (no relation word written)."""
    got = [e for e in facts_of(text, "某县").events if e.type.value == "establish"]
    assert [(e.outputs[0].name, e.parent.name if e.parent else None, e.relation) for e in got] == [(name, parent, relation)]


@pytest.mark.parametrize("text", ["组建市城东新区管理委员会，为市委、市政府派出机构。", "在全县设立便民服务中心。"])
def test_no_parent_from_two_owners_or_a_place(text: str) -> None:
    assert all(e.parent is None for e in facts_of(text, "某县").events)


@pytest.mark.parametrize(("text", "expected"), [
    ("同意县档案局与县档案馆成建制合并，组建县档案馆。", ("re_form", ("县档案局", "县档案馆"), ("县档案馆",), None)),
    ("县文化局、县广播电视局合并，组建县文化广电局。", ("establish", ("县文化局", "县广播电视局"), ("县文化广电局",), None)),
])
def test_bodies_merged_then_formed_or_kept(text: str, expected: tuple) -> None:
    """"A与B成建制合并，组建C": establish C from A and B; re_form when C is one of them (gold README)."""
    assert events(facts_of(text, "某县")) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("4月16日上午，县退役军人事务局正式在县城挂牌。", ("establish", (), ("县退役军人事务局",), None)),
    ("县医疗保障局于2019年3月8日在县政务中心正式挂牌成立。", ("establish", (), ("县医疗保障局",), "2019-03-08")),
    ("县乡村振兴局在县农业农村局挂牌。", ("add_sign", ("县农业农村局",), ("县乡村振兴局",), None)),
])
def test_an_opening_held_somewhere_is_no_sign(text: str, expected: tuple) -> None:
    """"X正式在Y挂牌" / "X在Y挂牌成立": where the ceremony was held; "X在Y挂牌" alone stays Y's sign."""
    assert expected in events(facts_of(text, "某县"))


@pytest.mark.parametrize(("text", "expected"), [
    ("东海市滨江区更名为海港区。", [("rename", ("东海市滨江区",), ("海港区",), None)]),
    ("1958年，将东风乡改称红旗乡。", [("rename", ("东风乡",), ("红旗乡",), "1958")]),
    ("全县乡镇更名为街道。", []),
])
def test_a_division_renamed(text: str, expected: list) -> None:
    assert events(facts_of(text, "某省")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2016年3月，经国务院批准撤销白水县，设立县级市白水市，由某省直辖。",
     [("abolish", ("白水县",), (), "2016-03"), ("establish", (), ("白水市",), "2016-03")]),
    ("同意东林县青山乡、白沙乡撤乡设镇。",
     [("abolish", ("青山乡",), (), None), ("establish", (), ("青山镇",), None),
      ("abolish", ("白沙乡",), (), None), ("establish", (), ("白沙镇",), None)]),
    ("经研究，同意青石镇,白沙乡,红土镇成建制合并设立红土镇。", [("re_form", ("青石镇", "白沙乡", "红土镇"), ("红土镇",), None)]),
    ("同意东坪乡、西坪乡成建制合并,合并后撤乡设镇设双坪镇。", [("establish", ("东坪乡", "西坪乡"), ("双坪镇",), None)]),
    ("1961年5月，国务院批准设立白河县。", [("establish", (), ("白河县",), "1961-05")]),
    ("1958年10月撤销白水县,并入红河县;",
     [("abolish", ("白水县",), (), "1958-10"), ("merge_into", ("白水县",), ("红河县",), "1958-10")]),
    ("撤销县农机局，并入县农业局。", [("abolish", ("县农机局",), (), None), ("merge_into", ("县农机局",), ("县农业局",), None)]),
    ("撤销白水县，将其行政区域并入红河县。", [("abolish", ("白水县",), (), None)]),
])
def test_division_variants_level_words_commas_and_merged_in(text: str, expected: list) -> None:
    """"县级市X市" (the level word is no part of the name); 撤乡设镇 of a list (abolish + establish);
    a list of places over commas; 合并后撤乡设镇设C; 批准设立; "撤销A，并入B" (merge_into, not a
    territory moved)."""
    assert sorted(events(facts_of(text, "某省"))) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("1983年建县档案局，局、馆合署办公。", ("establish", (), ("县档案局",), "1983")),
    ("县档案馆是1962年3月建立的，隶属县委办公室。", ("establish", (), ("县档案馆",), "1962-03")),
    ("1993年，县档案局、县志办、县党史办合并称县档案史志馆。",
     ("establish", ("县档案局", "县志办", "县党史办"), ("县档案史志馆",), "1993")),
])
def test_chronicle_openings_with_jian_shi_and_merged_called_without_comma(text: str, expected: tuple) -> None:
    """"YYYY年建X" (建 before a name, not "建县"), "X是YYYY年M月建立的", "A、B合并称C" (no comma)."""
    assert expected in events(facts_of(text, "某县"))


def test_jianxian_is_no_body_set_up() -> None:
    assert not events(facts_of("1983年建县。", "某县"))


@pytest.mark.parametrize(("text", "expected"), [
    ("2021年3月，浙江湖州市安吉县成立数据资源管理局。", ("establish", (), ("安吉县数据资源管理局",), "2021-03")),
    ("2022年，河北黄骅市率先成立卫生健康和医疗保障局。", ("establish", (), ("黄骅市卫生健康和医疗保障局",), "2022")),
    ("长沙县组建数据资源局。", ("establish", (), ("长沙县数据资源局",), None)),
])
def test_a_bare_department_formed_by_the_place_written_before_the_verb(text: str, expected: tuple) -> None:
    """In a round-up of several places, "<place>成立<bare department>" forms that place's body."""
    assert events(facts_of(text, None)) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("同意东海市西湖区撤销青山乡设立青山镇，实行镇管村体制。",
     [("abolish", ("青山乡",), (), None), ("establish", (), ("青山镇",), None)]),
    ("经研究，同意撤销东海市西湖区白沙镇，设立西湖区白沙街道。",
     [("abolish", ("白沙镇",), (), None), ("establish", (), ("白沙街道",), None)]),
    ("撤销东林、南山、北岭3个地区，设立东林、南山、北岭3个地级市。",
     [("abolish", ("东林地区",), (), None), ("abolish", ("南山地区",), (), None), ("abolish", ("北岭地区",), (), None),
      ("establish", (), ("东林市",), None), ("establish", (), ("南山市",), None), ("establish", (), ("北岭市",), None)]),
])
def test_abolished_and_set_up_without_a_comma_and_with_county_prefixes(text: str, expected: list) -> None:
    """"撤销A乡设立A镇" (no comma); a township written with its county or city ("西湖区白沙街道") is read
    by its own name (gold README), also when the document writes the prefixed form; "3个地级市"."""
    assert sorted(events(facts_of(text, "某省"))) == sorted(expected)


def test_a_body_set_up_by_another_is_not_abolished_and_set_up() -> None:
    got = events(facts_of("撤销县农业局设立的县农机站。", "某县"))
    assert ("abolish", ("县农业局",), (), None) not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("不再保留市科学技术委员会、单设的市外国专家局（市引进国外智力办公室）。",
     [("abolish", ("市科学技术委员会",), (), None), ("abolish", ("市外国专家局",), (), None)]),
    ("不再保留市政府法制办公室（市政府行政复议办公室）。", [("abolish", ("市政府法制办公室",), (), None)]),
])
def test_an_abolished_body_with_its_qualifier_or_other_name_in_brackets(text: str, expected: list) -> None:
    """"单设的X" is X (gold README drops the qualifier); "X（Y）": Y is X's other name, not a second body."""
    assert events(facts_of(text, "某市")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2021年7月，新设立事业单位3家，即县金融服务中心、县国有资产服务中心和县投资促进服务中心。",
     ["县金融服务中心", "县国有资产服务中心", "县投资促进服务中心"]),
    ("2020年5月8日，两家新组建的事业单位正式成立，分别是县融媒体中心、县数据资源中心。", ["县融媒体中心", "县数据资源中心"]),
    ("共设立3个工作组，即综合组、督查组和宣传组。", []),
    ("新设立事业单位3家，即县金融服务中心和县数据资源中心。", []),
])
def test_a_count_of_bodies_formed_then_their_names(text: str, expected: list) -> None:
    """"新设立事业单位3家，即A、B和C" / "N家新组建的事业单位正式成立，分别是A、B": one establish each,
    when the list holds names only and as many as counted."""
    assert [e[2][0] for e in events(facts_of(text, "某县")) if e[0] == "establish"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("县扶贫办公室改革重组为县乡村振兴局，为县政府工作部门。加挂“县革命老区工作办公室”牌子。",
     ("add_sign", ("县乡村振兴局",), ("县革命老区工作办公室",), None)),
    ("将县旅游区管理委员会更名为县湿地保护管理中心，为县政府直属事业单位，加挂“县湿地公园管理处”牌子。",
     ("add_sign", ("县湿地保护管理中心",), ("县湿地公园管理处",), None)),
])
def test_a_sign_without_a_bearer_after_a_re_formed_or_renamed_body(text: str, expected: tuple) -> None:
    """A subjectless 加挂…牌子 goes to the one body this sentence (else the one before) re-formed or renamed into."""
    assert expected in events(facts_of(text, "某县"))


def test_a_sign_goes_to_the_body_this_sentence_renamed_before_one_formed_earlier() -> None:
    text = ("新设立事业单位2家，即县金融服务中心和县投资促进服务中心。"
            "将县旅游区管理委员会更名为县湿地保护管理中心，为县政府直属事业单位，加挂“县湿地公园管理处”牌子。")
    got = [e for e in events(facts_of(text, "某县")) if e[0] == "add_sign"]
    assert got == [("add_sign", ("县湿地保护管理中心",), ("县湿地公园管理处",), None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("1958年4月，成立即墨县盐业局，后于1968年撤销。",
     [("establish", (), ("即墨县盐业局",), "1958-04"), ("abolish", ("即墨县盐业局",), (), "1968")]),
    ("1962年，和平县粮食局并入和平县商业局。", [("merge_into", ("和平县粮食局",), ("和平县商业局",), "1962")]),
])
def test_a_name_opening_with_a_place_is_never_cut_by_a_function_word(text: str, expected: list) -> None:
    """即 / 和 open no name, unless they open a place written whole (即墨县, 和平县)."""
    got = events(facts_of(text, "某省"))
    for item in expected:
        assert item in got


def test_a_list_of_new_bodies_after_she_is_not_abolished() -> None:
    got = events(facts_of("1958年8月19日，撤销县工业局，设县重工业局、县轻工业局、县矿业局。", "某县"))
    assert [e for e in got if e[0] == "abolish"] == [("abolish", ("县工业局",), (), "1958-08-19")]


@pytest.mark.parametrize(("text", "expected"), [
    ("1960年，县农业局中析出县畜牧局（后于1962年撤销）。", ("establish", ("县农业局",), ("县畜牧局",), "1960")),
    ("1985年，从县计划委员会分出县物价局。", ("establish", ("县计划委员会",), ("县物价局",), "1985")),
])
def test_a_body_split_off_another(text: str, expected: tuple) -> None:
    """"A中析出B" / "从A分出B": B is formed out of A (A stays)."""
    assert expected in events(facts_of(text, "某县"))


def test_split_off_people_is_no_body() -> None:
    assert not events(facts_of("从中分出一部分人员。", "某县"))


@pytest.mark.parametrize(("text", "expected"), [
    ("1952年东山和西岭两县合并成为东岭县，县治所在地定在东山镇。", ("establish", ("东山县", "西岭县"), ("东岭县",), "1952")),
    ("1954年南河和北河两县合并成南河县。", ("re_form", ("南河县", "北河县"), ("南河县",), "1954")),
    ("记者发现，县政府所在地的城关镇，此次与城郊乡成建制合并，设立归义镇。", ("establish", ("城关镇", "城郊乡"), ("归义镇",), None)),
    ("另外东林县的城关镇、鹿角镇成建制合并，设立荣家湾镇。", ("establish", ("城关镇", "鹿角镇"), ("荣家湾镇",), None)),
])
def test_divisions_merged_with_chengwei_an_adverb_or_a_description(text: str, expected: tuple) -> None:
    """"A和B两县合并成(为)C" (a glued year dates it); "X，此次与Y成建制合并" (an adverb before 与);
    "Z的A、B…合并" (a description ending in 的 is no part of the first item)."""
    assert events(facts_of(text, "某省")) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("1981年12月，成立县档案局。1984年5月改属县委办公室领导。", ("transfer_unit", ("县档案局",), ("县委办公室",), "1984-05")),
    ("1945年9月16日，某县抗日县政府改称某县政府。同年11月改属太行行署第一专区领导。",
     ("transfer_unit", ("某县政府",), ("太行行署第一专区",), "1945-11")),
])
def test_a_subjectless_chronicle_clause_moving_the_body_just_named(text: str, expected: tuple) -> None:
    """carried_subject: "(同年)M月改属/改隶/划归Y(领导)" moves the body the event just before formed or renamed."""
    assert expected in events(facts_of(text, "某县"))


@pytest.mark.parametrize(("text", "expected"), [
    ("1953年4月24日，某区公所从甲乡划出3村，增建同心乡人民政府。", [("establish", (), ("同心乡人民政府",), "1953-04-24")]),
    ("1980年12月，复建县档案局。", [("establish", (), ("县档案局",), "1980-12")]),
    ("2015年增建办公楼一栋。", []),
])
def test_zengjian_and_fujian_form_a_body(text: str, expected: list) -> None:
    """增建/复建 + a whole name form a body (a building is no name)."""
    assert events(facts_of(text, "某县")) == expected


# --- names opening with 对外 (docs/extraction.md, "names opening with 对外") -------------------------------------

@pytest.mark.parametrize("name", ["对外贸易部", "对外文化联络局", "对外经济联络委员会", "省对外友好协会"])
def test_a_name_opening_with_duiwai_is_a_name(name: str) -> None:
    from ingest.extractors.common import clean_name, is_unit_name

    assert is_unit_name(name) and clean_name(name) == name


@pytest.mark.parametrize("text", ["对外开放", "对外贸易", "对外宣传工作"])
def test_duiwai_before_prose_is_no_name(text: str) -> None:
    from ingest.extractors.common import is_unit_name

    assert not is_unit_name(text)


@pytest.mark.parametrize("text", [
    "政务院设立三个直属机构。这三个直属机构是：中央气象局，对外文化联络局，国家档案局。",
    "政务院设立三个直属机构：中央气象局、对外贸易部、国家档案局。",
])
def test_a_listed_body_opening_with_duiwai_keeps_its_name(text: str) -> None:
    names = {e[2][0] for e in events(facts_of(text, "中央")) if e[0] == "establish"}
    assert names & {"对外文化联络局", "对外贸易部"} and not names & {"外文化联络局", "外贸易部"}


# --- a short form declared by a 第二条 whose line follows another article ---------------------------------------

@pytest.mark.parametrize("opening", [
    "第一条 根据《长沙县机构改革方案》，制定本规定。\n第二条 ",
    "第一条根据《长沙县机构改革方案》和《关于长沙县机构改革方案>的实施意见》，制定本规定。\n第二条",
    "第一条 根据有关规定，制定本规定。\n（二）",
])
def test_a_short_form_declared_after_an_article_number(opening: str) -> None:
    text = (opening + "长沙县应急管理局（以下简称县应急管理局）是县政府工作部门，为正科级。\n"
            "长沙县安全生产委员会办公室，设在县应急管理局，承担县安全生产委员会具体工作。")
    u = units(facts_of(text, "长沙县"))
    assert u["长沙县安全生产委员会办公室"][2] == "长沙县应急管理局"


# --- a sign stated in brackets after the sign's own name (docs/extraction.md, `sign_in_brackets`) --------------

@pytest.mark.parametrize(("text", "jurisdiction", "host", "sign"), [
    ("县侨务办公室（加挂在县委统战部的牌子）。", "某县", "县委统战部", "县侨务办公室"),
    ("现行办事机构\n- 国务院新闻办公室（加挂在中共中央宣传部的牌子）\n- 国家档案局（中央档案馆对外保留的牌子）",
     "中央", "中共中央宣传部", "国务院新闻办公室"),
    ("现行办事机构\n- 国务院新闻办公室（加挂在中共中央宣传部的牌子）\n- 国家档案局（中央档案馆对外保留的牌子）",
     "中央", "中央档案馆", "国家档案局"),
    ("市政府工作部门有：市乡村振兴局（市农业农村局加挂的牌子）、市财政局。", "某市", "市农业农村局", "市乡村振兴局"),
    ("現行機構\n- 國務院港澳事務辦公室(中共中央港澳工作辦公室對外保留的牌子)", "中央", "中共中央港澳工作办公室",
     "国务院港澳事务办公室"),
])
def test_a_sign_stated_in_brackets(text: str, jurisdiction: str, host: str, sign: str) -> None:
    assert sign in units(facts_of(text, jurisdiction))[host][4]


@pytest.mark.parametrize("text", [
    "县自然资源局（县林业局）核定行政编制20名。",  # a bracketed second name: no 牌子 wording, read elsewhere
    "县档案馆（正科级）隶属县委办公室。",
    "县侨务办公室（原县外事办公室）",
])
def test_a_bracket_without_sign_wording_is_no_sign_in_brackets(text: str) -> None:
    u = units(facts_of(text, "某县"))
    assert all("县侨务办公室" not in v[4] for v in u.values())


# --- a body leaving a kind for a parent (docs/extraction.md, `moved_from_kind`) ------------------------------

@pytest.mark.parametrize(("text", "jurisdiction", "unit", "parent", "relation"), [
    ("将省食品药品监督管理局由省政府直属机构调整为由省卫生厅管理。", "某省", "省食品药品监督管理局", "省卫生厅", "管理"),
    ("将县档案馆由县政府直属事业单位调整为由县委办公室管理，人员编制不变。", "某县", "县档案馆", "县委办公室", "管理"),
    ("县地方志办公室由县政府工作部门改为由县委办公室代管。", "某县", "县地方志办公室", "县委办公室", "代管"),
])
def test_a_body_leaving_a_kind_for_a_parent(text: str, jurisdiction: str, unit: str, parent: str, relation: str) -> None:
    f = facts_of(text, jurisdiction)
    assert units(f)[unit][2:4] == (parent, relation)
    assert ("transfer_unit", (unit,), (parent,), None) in events(f)


@pytest.mark.parametrize("text", [
    "将县档案馆的职责由县政府直属事业单位调整为由县委办公室管理。",  # duties, not the body
    "将食品药品监督管理机构由省级以下垂直管理调整为由地方政府分级管理。",  # a management system, no kind left
])
def test_no_body_leaving_a_kind(text: str) -> None:
    assert not [e for e in events(facts_of(text, "某省")) if e[0] == "transfer_unit"]


# --- 中小企业局 is a name, 中小学校 a class (docs/extraction.md, "中小企业局") --------------------------------------

@pytest.mark.parametrize(("name", "is_name"), [
    ("中小企业局", True), ("省中小企业局", True), ("中小企业服务中心", True), ("中小企业发展促进中心", True),
    ("中小学校", False), ("中小企业", False), ("中小学", False),
])
def test_zhongxiao_opens_a_name_only_for_the_small_business_body(name: str, is_name: bool) -> None:
    from ingest.extractors.common import is_unit_name

    assert is_unit_name(name) == is_name


def test_a_small_business_bureau_sign_hung_on_a_new_body() -> None:
    f = facts_of("组建省经济和信息化委员会，挂中小企业局牌子，不再保留省经济委员会。", "某省")
    assert units(f)["省经济和信息化委员会"][4] == ("中小企业局",)


# --- a subject-less sentence of tasks closing with 作为K (docs/extraction.md, `described_after_formed`) --------

@pytest.mark.parametrize(("text", "jurisdiction", "unit", "kind"), [
    ("组建中央科技委员会。加强党中央对科技工作的集中统一领导，统筹推进国家创新体系建设，作为党中央决策议事协调机构。",
     "中央", "中央科技委员会", "党中央决策议事协调机构"),
    ("要点二：组建中央社会工作部\n\n负责统筹指导人民信访工作，指导混合所有制企业党建工作，作为党中央职能部门。",
     "中央", "中央社会工作部", "党中央职能部门"),
    ("组建县数据局。负责协调推进数据基础制度建设，统筹数据资源整合共享，作为县政府工作部门。",
     "某县", "县数据局", "县政府工作部门"),
])
def test_tasks_closing_with_zuowei_describe_the_body_formed_before(text: str, jurisdiction: str, unit: str,
                                                                    kind: str) -> None:
    assert units(facts_of(text, jurisdiction))[unit][0] == kind


@pytest.mark.parametrize("text", [
    "组建县数据局、县医保局。负责数据和医保工作，作为县政府工作部门。",  # two bodies formed: whose?
    "县里召开了会议。负责数据工作，作为县政府工作部门。",  # nothing formed just before
])
def test_tasks_closing_with_zuowei_need_one_body_formed_before(text: str) -> None:
    assert all(v[0] != "县政府工作部门" for v in units(facts_of(text, "某县")).values())


def test_divisions_counted_straight_before_gu_or_zu():
    # a county annal's count written right before 股/组 (no 个), t9ext
    f = facts_of("1962年，县农业局内设生产、财务、人秘3股。", "某县")
    assert {n for n, v in units(f).items() if v[0] == "内设机构"} == {"县农业局生产股", "县农业局财务股", "县农业局人秘股"}
    f = facts_of("1956年3月，成立县交通局，内设运输、养路2组。", "某县")
    assert {n for n, v in units(f).items() if v[0] == "内设机构"} == {"县交通局运输组", "县交通局养路组"}
    # whole division names after 和 join the list
    f = facts_of("县卫生局内设医政、防疫、财务3股和爱国卫生运动办公室、计划生育办公室。", "某县")
    assert {n for n, v in units(f).items() if v[0] == "内设机构"} == {
        "县卫生局医政股", "县卫生局防疫股", "县卫生局财务股", "县卫生局爱国卫生运动办公室", "县卫生局计划生育办公室"}
    # a figure of shares or a count of people is no list
    f = facts_of("县供销社设有门市、仓储2股东单位。", "某县")
    assert not [n for n, v in units(f).items() if v[0] == "内设机构"]


def test_gaishe_opens_no_name():
    # "改设X" / "另设X": the verb is not part of the name (t9ext)
    from ingest.extractors.common import name_at_end

    assert name_at_end("1953年司法分出，改设县民政科") == "县民政科"
    assert name_at_end("另设县卫生科") == "县卫生科"
