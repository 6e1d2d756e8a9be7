"""Twelfth session, second overlaps helper (docs/overlaps.md, "Twelfth session (second helper)"): in a
standing rule, an article gives each body its part in paragraphs of its own, and one of the bodies is a class
named by its organ ("公安机关", "税务机关"); a part may also name a partner it supports ("…，配合公安机关…").
Sentences are written for these tests in the genre's wording; no corpus or bank document is used. Unit
tests run on the hash fake."""

from __future__ import annotations

import pytest

from tests.test_constructions import boundaries, facts_of


def _sets(text: str, place: str = "某市") -> list[frozenset[str]]:
    return [frozenset(b) for b in boundaries(facts_of(text, place))]


_RULE = "某市{what}管理办法\n第一条 为了加强{what}管理，制定本办法。\n"


# ---------------------------------------------------------------- a class named by its organ

@pytest.mark.parametrize(("organ", "what", "others"), [
    ("公安机关", "养犬", ("农业农村部门", "城市管理部门")),
    ("税务机关", "发票", ("市场监督管理部门", "商务部门")),
    ("司法行政机关", "人民调解", ("民政部门", "财政部门")),
])
def test_a_class_named_by_its_organ_is_a_party_of_the_article(organ: str, what: str, others: tuple[str, str]) -> None:
    text = (_RULE.format(what=what) + f"第五条 {organ}负责{what}的登记和违法行为的查处。"
            f"{others[0]}负责{what}相关的日常监督检查。{others[1]}负责{what}相关的行业指导。")
    assert frozenset({organ, *others}) in _sets(text)


@pytest.mark.parametrize("organ", ["行政机关", "国家机关", "党政机关", "县直机关", "执法机关"])
def test_a_word_for_every_organ_of_a_kind_is_no_party(organ: str) -> None:
    text = (_RULE.format(what="档案") + f"第五条 {organ}负责本单位档案的收集和保管。"
            "档案部门负责档案工作的监督指导。财政部门负责保障档案工作经费。")
    assert not any(organ in s for s in _sets(text))


def test_an_organ_s_head_approving_is_no_part() -> None:
    text = (_RULE.format(what="电动自行车") + "第六条 扣押车辆应当经公安机关负责人批准。"
            "市场监督管理部门负责电动自行车销售的监督管理。")
    assert not any("公安机关" in s for s in _sets(text))


# ---------------------------------------------------------------- an article's paragraphs

def test_the_paragraphs_of_one_article_are_one_division() -> None:
    # the article's number opens the first paragraph only; the bodies after it hold paragraphs of their own
    text = (_RULE.format(what="犬只") + "第四条 公安机关是养犬管理的主管部门，具体负责养犬登记和流浪犬收容。\n"
            "农业农村部门负责犬只免疫和狂犬病防控。\n城市管理部门负责查处养犬影响市容的行为。\n")
    assert frozenset({"公安机关", "农业农村部门", "城市管理部门"}) in _sets(text)


def test_the_next_article_starts_another_matter() -> None:
    text = (_RULE.format(what="犬只") + "第四条 公安机关负责养犬登记。\n第五条 农业农村部门负责犬只免疫。\n")
    assert not any(len(s) > 1 for s in _sets(text))


def test_numbered_items_of_a_notice_are_not_read_as_one_article() -> None:
    # outside a rule, an item opened by its number is a matter of its own (unchanged)
    text = ("某县关于做好春季防火工作的通知\n（一）县林业局负责林区巡查。\n县应急管理局负责扑火物资储备。\n")
    assert frozenset({"县林业局", "县应急管理局"}) not in _sets(text, "某县")


# ---------------------------------------------------------------- a part that supports a partner

@pytest.mark.parametrize("support", ["配合公安机关做好流浪犬收容工作", "协助公安机关查处违法养犬行为"])
def test_a_part_that_supports_a_partner_keeps_the_article_together(support: str) -> None:
    text = (_RULE.format(what="犬只") + "第五条 公安机关负责养犬登记和违法养犬行为的查处。"
            f"农业农村部门负责犬只免疫，{support}。城市管理部门负责查处养犬影响市容的行为。")
    found = _sets(text)
    assert frozenset({"公安机关", "农业农村部门", "城市管理部门"}) in found
    assert frozenset({"农业农村部门", "公安机关"}) in found  # the support stays a statement of its own


def test_support_in_a_news_item_is_still_joint_work_only() -> None:
    # no rule, no division heading: a body's work beside its partner is reported, not divided
    text = "县农业农村局负责春季动物防疫，配合县公安局开展专项检查。县城管局负责市容巡查。"
    assert frozenset({"县农业农村局", "县公安局", "县城管局"}) not in _sets(text, "某县")
