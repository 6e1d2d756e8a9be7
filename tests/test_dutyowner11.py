"""Duty lists whose body is named only inside the items or in a heading (h11-dutyowner, docs/extraction.md
"Eleventh session: duty lists whose body is named only inside the items"): "1.便民服务中心负责…" (the first
item's subject), "（一）县方志馆：负责…（二）县图书馆：负责…" (each item's label), "一、林业站职责" (a heading
naming the body), "（一）人才工作。负责…" (a topic label is no duty), and a short name the page writes in
full elsewhere. Every sentence is written for these tests; no corpus or bank text."""

from __future__ import annotations

import pytest

from ingest.extractors import duty_owners
from kg.model import DocumentFacts
from tests.test_duties11 import facts_of as facts_in_county
from tests.test_duties11 import owners


def facts_of(text: str) -> DocumentFacts:
    """A page read with no jurisdiction known (the names stay as the page writes them)."""
    return facts_in_county(text, jurisdiction=None)  # type: ignore[arg-type]


# --- the first item names the body as its subject ------------------------------------------------------


@pytest.mark.parametrize("first", [
    "1.便民服务中心负责全镇审批事项的集中受理和代办服务。",
    "1、便民服务中心主要负责全镇审批事项的集中受理和代办服务。",
    "（一）便民服务中心承担全镇审批事项的集中受理和代办服务。",
])
def test_the_first_items_subject_holds_the_list(first: str) -> None:
    second = "2.负责窗口人员的日常管理和考核。" if first.startswith("1") else "（二）负责窗口人员的日常管理和考核。"
    text = ("一、基本情况\n（一）主要职能。\n" if first.startswith("1") else "主要职能\n") + \
        first + "\n" + second + "\n"
    got = owners(facts_of(text))
    assert list(got) == ["便民服务中心"]
    assert got["便民服务中心"][0] == first.split("、", 1)[-1].split(".", 1)[-1].split("）", 1)[-1]
    assert got["便民服务中心"][1] == "负责窗口人员的日常管理和考核。"


def test_the_short_name_takes_the_level_the_page_writes() -> None:
    text = ("（一）主要职能。\n1.便民服务中心负责全县审批事项的集中受理。\n2.负责窗口人员的日常管理。\n"
            "（二）年度工作情况。\n今年，县便民服务中心共受理审批事项三千件。\n")
    assert list(owners(facts_of(text))) == ["县便民服务中心"]


def test_no_subject_and_no_owner_gives_nothing() -> None:
    text = "（一）主要职能。\n1.负责全县审批事项的集中受理。\n2.负责窗口人员的日常管理。\n"
    assert owners(facts_of(text)) == {}


@pytest.mark.parametrize("item", ["各乡镇负责本辖区的受理工作。", "有关部门负责配合做好受理工作。"])
def test_a_class_of_bodies_is_no_subject(item: str) -> None:
    assert duty_owners.item_subject(item, 0, len(item)) is None


# --- items labelled with several bodies -----------------------------------------------------------------


def test_each_labelled_item_is_its_own_bodys() -> None:
    text = ("主要职责：\n（一）县方志馆：负责地方志书的编纂和出版。\n（二）县图书馆：负责公共图书的借阅服务。"
            "开展全民阅读活动。\n（三）县文化馆：负责群众文艺活动的组织辅导。\n")
    got = owners(facts_of(text))
    assert got["县方志馆"] == ["负责地方志书的编纂和出版。"]
    assert got["县图书馆"] == ["负责公共图书的借阅服务。", "开展全民阅读活动。"]
    assert got["县文化馆"] == ["负责群众文艺活动的组织辅导。"]


def test_topic_labels_name_no_body() -> None:
    text = ("县人才服务中心主要职责：\n（一）人才工作：负责全县人才信息的收集发布。\n"
            "（二）档案管理：负责流动人员人事档案的保管。\n")
    got = owners(facts_of(text))
    assert list(got) == ["县人才服务中心"]
    assert got["县人才服务中心"] == ["负责全县人才信息的收集发布。", "负责流动人员人事档案的保管。"]


# --- a topic label closed by a full stop ------------------------------------------------------------------


def test_a_topic_label_sentence_is_no_duty() -> None:
    text = ("县人才服务中心主要职责：\n（一）人才服务。负责全县人才信息的收集发布。\n"
            "（二）反垄断统一执法。\n（三）综合协调。承办机关日常运转工作。\n")
    got = owners(facts_of(text))["县人才服务中心"]
    assert got == ["负责全县人才信息的收集发布。", "反垄断统一执法。", "承办机关日常运转工作。"]


@pytest.mark.parametrize("item", ["负责统一执法。组织查处案件。", "组织查处案件。负责统一执法。"])
def test_a_short_duty_opening_with_a_verb_is_no_label(item: str) -> None:
    assert duty_owners.after_topic_label(item, 0, len(item)) == 0


# --- a heading naming the body ----------------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["一、县林业站职责", "县林业站机构职能", "（一）县林业站工作职责："])
def test_a_heading_naming_the_body_gives_the_owner(heading: str) -> None:
    text = heading + "\n1、负责全县林木种苗的质量检查。\n2、承担林业技术的推广培训。\n"
    got = owners(facts_of(text))
    assert list(got) == ["县林业站"]
    assert len(got["县林业站"]) == 2


@pytest.mark.parametrize("heading", ["内设机构职责", "二、工作职责", "其他各站主要职责："])
def test_a_heading_of_no_single_body_gives_no_owner_from_its_words(heading: str) -> None:
    text = heading + "\n1、负责全县林木种苗的质量检查。\n2、承担林业技术的推广培训。\n"
    assert owners(facts_of(text)) == {}


# --- a short name the page writes with its host ------------------------------------------------------------


def test_a_short_name_resolves_to_the_form_written_with_its_host() -> None:
    text = "负责城区巡查的是县市场监管局东城分局。东城分局是县市场监管局的派出机构。\n"
    assert duty_owners._written_longer(text, "东城分局") == "县市场监管局东城分局"
    assert duty_owners._written_longer("东城分局负责巡查。", "东城分局") is None
    assert duty_owners._written_longer("县级便民服务中心建设。", "便民服务中心") is None
