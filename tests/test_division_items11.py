"""Where a division's item ends in a published 内设机构 list, and which of its sentences are
duties. Two constructions (docs/extraction.md, "Eleventh session"):
- a list whose items each fit on one line ends its last item at that line's end when the line is
  a whole item: a remark on another body, a heading (历史沿革, 领导信息) or the page's next part
  below it is not the last division's duty;
- a sentence inside an item made only of figures ("事业编制3名，设科长1名。") is the division's
  staffing, not a duty.
Sentences are written for these tests in the genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from ingest.extractors import extract
from ingest.extractors.sanding import is_figures_only
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts


def facts_of(text: str, title: str = "某县档案馆") -> DocumentFacts:
    raw = RawDocument("t.txt", text, {"title": title})
    return extract(raw, Document(id="t", title=title, jurisdiction="某县", text=text))


def division_duties(f: DocumentFacts) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for d in f.duties:
        if d.category == "内设机构职责":
            out.setdefault(d.unit.name, []).append(d.text)
    return out


_LIST = ("某县档案馆\n县档案馆设下列内设机构：\n"
         "（一）综合股：事业编制3名，设股长1名。承担馆内日常运转工作。\n"
         "（二）征集保管股，事业编制2名，设股长1名。承担档案的接收、征集和保管工作。\n"
         "（三）利用服务股：事业编制2名。承担档案查阅利用服务工作。\n")


@pytest.mark.parametrize("after", [
    "馆党支部负责本单位的党群工作，党支部设专职副书记1名。\n",
    "历史沿革\n1958年设县档案室，隶属县委办公室。\n",
    "领导信息\n馆长：某某\n",
    "联系电话：0000-1234567\n地址：某县人民路1号\n",
])
def test_the_last_item_of_a_one_line_list_ends_at_its_line(after: str) -> None:
    got = division_duties(facts_of(_LIST + after))
    assert got == {
        "某县档案馆综合股": ["承担馆内日常运转工作。"],
        "某县档案馆征集保管股": ["承担档案的接收、征集和保管工作。"],
        "某县档案馆利用服务股": ["承担档案查阅利用服务工作。"],
    }


def test_a_list_whose_items_wrap_keeps_the_last_items_further_lines() -> None:
    text = ("某县档案馆\n县档案馆设下列内设机构：\n"
            "（一）综合股。承担馆内日常运转工作。\n负责馆内财务和资产管理。\n"
            "（二）利用服务股。承担档案查阅利用服务工作。\n负责档案编研和展览工作。\n")
    got = division_duties(facts_of(text))
    assert got["某县档案馆利用服务股"] == ["承担档案查阅利用服务工作。", "负责档案编研和展览工作。"]


def test_a_last_item_naming_only_its_division_keeps_the_duties_below() -> None:
    text = ("某县档案馆\n县档案馆设下列内设机构：\n"
            "（一）综合股：承担馆内日常运转工作。\n"
            "（二）利用服务股\n承担档案查阅利用服务工作。\n")
    got = division_duties(facts_of(text))
    assert got["某县档案馆利用服务股"] == ["承担档案查阅利用服务工作。"]


@pytest.mark.parametrize("sentence", [
    "事业编制3名，设股长1名。", "行政编制5名，设科长1名、副科长1名。", "核定编制2名。",
    "领导职数：主任1名，副主任2名。", "设科长一名、副科长一名。",
])
def test_figures_only_sentences(sentence: str) -> None:
    assert is_figures_only(sentence)


@pytest.mark.parametrize("sentence", [
    "承担馆内日常运转工作。", "负责全县3个乡镇的档案业务指导。", "承担5个重点项目的申报工作。",
    "负责编制全县档案事业发展规划。", "指导12个乡镇做好档案管理工作，设立档案室。",
])
def test_duty_sentences_are_not_figures(sentence: str) -> None:
    assert not is_figures_only(sentence)
