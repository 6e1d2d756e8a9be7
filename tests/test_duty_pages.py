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
