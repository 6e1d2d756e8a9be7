"""Divisions named on heading lines over their duties on one host's page (twelfth session, rows12;
docs/extraction.md "Twelfth session"). Every sentence here is written for these tests in the genre's wording,
with invented places; no corpus, bank or trial document is used."""

from __future__ import annotations

import pytest

from ingest.extractors import extract
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts


def facts_of(text: str, title: str = "", jurisdiction: str = "长宁县") -> DocumentFacts:
    raw = RawDocument("t.txt", text, {"title": title} if title else {})
    return extract(raw, Document(id="t", title=title or "t", jurisdiction=jurisdiction, text=text))


def division_duties(f: DocumentFacts) -> list[tuple[str, str]]:
    return [(d.unit.name, d.text) for d in f.duties if d.category == "内设机构职责"]


def divisions(f: DocumentFacts) -> list[tuple[str, str | None]]:
    return [(u.unit.name, u.parent.name if u.parent else None) for u in f.units if u.kind == "内设机构"]


_TWO = [("长宁县文化馆综合部", "负责馆内行政事务。"), ("长宁县文化馆综合部", "负责财务和资产管理。"),
        ("长宁县文化馆辅导部", "组织开展群众文化辅导。"), ("长宁县文化馆辅导部", "指导基层文化站业务工作。")]


@pytest.mark.parametrize("text", [
    # numbered headings 一、 over numbered items, after a sentence naming the host and its divisions
    "长宁县文化馆\n科室职责\n长宁县文化馆下设综合部和辅导部，各部门职责如下：\n一、综合部\n1.负责馆内行政事务。\n"
    "2.负责财务和资产管理。\n二、辅导部\n1.组织开展群众文化辅导。\n2.指导基层文化站业务工作。\n",
    # bracketed headings under a heading line, the host from the page's first line
    "长宁县文化馆\n内设机构及职责\n（一）综合部\n（1）负责馆内行政事务。\n（2）负责财务和资产管理。\n"
    "（二）辅导部\n（1）组织开展群众文化辅导。\n（2）指导基层文化站业务工作。\n",
    # headings closed by a colon, each over unnumbered lines opening with a duty verb
    "长宁县文化馆\n科室职能\n县文化馆内设综合部、辅导部。\n综合部：\n负责馆内行政事务。\n负责财务和资产管理。\n"
    "辅导部：\n组织开展群众文化辅导。\n指导基层文化站业务工作。\n",
    # headings over a "职责：" label
    "长宁县文化馆\n内设机构\n(一)综合部\n职责：负责馆内行政事务。负责财务和资产管理。\n(二)辅导部\n"
    "职责：组织开展群众文化辅导。指导基层文化站业务工作。\n",
    # each division's duties on its heading's own line, after the colon
    "长宁县文化馆\n各部室主要职责\n1、综合部：负责馆内行政事务。负责财务和资产管理。\n"
    "2、辅导部：组织开展群众文化辅导。指导基层文化站业务工作。\n",
    # the whole list written on one line, each heading a space before its duties
    "长宁县文化馆下设2个内设机构： （一）综合部 负责馆内行政事务。负责财务和资产管理。 "
    "（二）辅导部 组织开展群众文化辅导。指导基层文化站业务工作。\n",
])
def test_division_headings_over_their_duties(text: str) -> None:
    f = facts_of(text)
    assert division_duties(f) == _TWO
    assert divisions(f) == [("长宁县文化馆综合部", "长宁县文化馆"), ("长宁县文化馆辅导部", "长宁县文化馆")]


def test_division_headings_in_traditional_characters() -> None:
    text = ("長寧縣文化館\n科室職責\n長寧縣文化館下設綜合部和輔導部，各部門職責如下：\n一、綜合部\n1.負責館內行政事務。\n"
            "2.負責財務和資產管理。\n二、輔導部\n1.組織開展群眾文化輔導。\n2.指導基層文化站業務工作。\n")
    assert division_duties(facts_of(text)) == _TWO


def test_a_township_and_a_street_office_host_their_divisions() -> None:
    text = ("青石镇人民政府\n内设机构及职责\n1、党政综合办公室：负责党委、政府日常事务的综合协调。\n"
            "2、经济发展办公室：负责全镇经济发展规划的拟订和实施。\n")
    assert division_duties(facts_of(text)) == [
        ("青石镇人民政府党政综合办公室", "负责党委、政府日常事务的综合协调。"),
        ("青石镇人民政府经济发展办公室", "负责全镇经济发展规划的拟订和实施。")]
    text = ("东门街道办事处\n科室设置\n东门街道办事处下设社区建设办公室和平安建设办公室。\n社区建设办公室：\n"
            "负责社区居民委员会建设。\n平安建设办公室：\n负责辖区矛盾纠纷排查调处。\n负责人：王某\n")
    assert division_duties(facts_of(text)) == [
        ("东门街道办事处社区建设办公室", "负责社区居民委员会建设。"),
        ("东门街道办事处平安建设办公室", "负责辖区矛盾纠纷排查调处。")]


def test_a_contact_field_or_a_remark_ends_a_divisions_duties() -> None:
    text = ("长宁县统计局\n内设股室职责\n（一）综合股\n1.负责文秘和档案工作。\n（二）调查股\n1.组织实施农村统计调查。\n"
            "按有关规定设置纪检监察机构。\n联系电话：0000-1234567\n")
    assert division_duties(facts_of(text)) == [("长宁县统计局综合股", "负责文秘和档案工作。"),
                                               ("长宁县统计局调查股", "组织实施农村统计调查。")]


@pytest.mark.parametrize("text", [
    # no host named anywhere: the divisions belong to no one the page names
    "内设机构\n（一）办公室\n职责：负责机关日常运转。\n（二）业务科\n职责：负责业务指导。\n",
    # one heading only
    "长宁县文化馆\n科室职责\n一、综合部\n1.负责馆内行政事务。\n",
    # headings of topics, not divisions
    "长宁县文化馆\n科室职责\n一、决策参谋\n1.负责文稿起草。\n二、综合协调\n1.负责内部事务统筹。\n",
    # the unit's own duties under "部门职责": no announcement of divisions
    "长宁县文化馆\n部门职责\n一、综合部\n1.负责馆内行政事务。\n二、辅导部\n1.组织开展群众文化辅导。\n",
])
def test_no_division_duties(text: str) -> None:
    assert division_duties(facts_of(text)) == []


def test_figures_in_a_divisions_heading_are_no_duty() -> None:
    text = ("长宁县文化馆\n内设机构及职责\n（一）综合部，事业编制3名，设主任1名。负责馆内行政事务。\n"
            "（二）辅导部，事业编制2名。组织开展群众文化辅导。\n")
    assert division_duties(facts_of(text)) == [("长宁县文化馆综合部", "负责馆内行政事务。"),
                                               ("长宁县文化馆辅导部", "组织开展群众文化辅导。")]
