"""Each party's own part of a 职责分工 statement is a duty clause the party holds (category
职责分工, ingest/extractors/boundary_parts.py). Sentences are written for these tests in the
genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from ingest.extractors import extract
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts


def facts_of(text: str, jurisdiction: str = "某县", title: str = "") -> DocumentFacts:
    raw = RawDocument("t.txt", text, {"title": title} if title else {})
    return extract(raw, Document(id="t", title=title or "t", jurisdiction=jurisdiction, text=text))


def parts(f: DocumentFacts) -> dict[str, tuple[str, str | None]]:
    return {d.unit.name: (d.text, d.role) for d in f.duties if d.category == "职责分工"}


@pytest.mark.parametrize(("text", "expected"), [
    # parallel 负责 clauses in one sentence
    ("县农业农村局负责食用农产品进入批发市场前的质量安全监管，县市场监管局负责进入批发市场后的质量安全监管。",
     {"县农业农村局": ("县农业农村局负责食用农产品进入批发市场前的质量安全监管", None),
      "县市场监管局": ("县市场监管局负责进入批发市场后的质量安全监管。", None)}),
    # lead and support
    ("发生跨县水污染事件时，由县生态环境局主导，县水利局配合做好水质监测。",
     {"县生态环境局": ("发生跨县水污染事件时，由县生态环境局主导", "牵头"),
      "县水利局": ("县水利局配合做好水质监测。", "配合")}),
    # classes of units, parts cut at ；after a colon intro (the intro is nobody's part)
    ("全县明确了食品安全监管各部门的职责：农业部门负责初级农产品生产环节的监管；质监部门负责食品生产加工环节的监管；"
     "工商部门负责食品流通环节的监管。",
     {"农业部门": ("农业部门负责初级农产品生产环节的监管", None),
      "质监部门": ("质监部门负责食品生产加工环节的监管", None),
      "工商部门": ("工商部门负责食品流通环节的监管。", None)}),
    # the passive part: the clauses before "由B依法履行" are B's; "不再履行" is A's
    ("机构调整后，食用林产品进入批发市场后的监管职责由县市场监督管理局依法履行，县林业局不再履行相应监管职责。",
     {"县市场监督管理局": ("机构调整后，食用林产品进入批发市场后的监管职责由县市场监督管理局依法履行", None),
      "县林业局": ("县林业局不再履行相应监管职责。", None)}),
    # a quoted division: the closing quotation mark ends the last part
    ("按照“县农业部门负责生产环节的监管、县工商部门负责流通环节的监管”的分工，两部门职责是清楚的。",
     {"某县农业部门": ("县农业部门负责生产环节的监管", None),  # a class with a place marker takes the place
      "某县工商部门": ("县工商部门负责流通环节的监管", None)}),
])
def test_each_party_holds_its_part(text: str, expected: dict) -> None:
    got = parts(facts_of(text))
    assert {k: got.get(k) for k in expected} == expected
    assert set(got) == set(expected)


def test_a_shared_sentence_and_an_item_heading_are_nobodys_part() -> None:
    text = ("（二）县农业农村局与县市场监管局的职责分工。县农业农村局负责食用农产品进入批发市场前的质量安全监管。"
            "县市场监管局负责食用农产品进入批发市场后的质量安全监管。两部门建立食用农产品质量安全追溯机制。")
    got = parts(facts_of(text, title="关于明确食用农产品质量安全监管职责分工的通知"))
    assert got == {"县农业农村局": ("县农业农村局负责食用农产品进入批发市场前的质量安全监管。", None),
                   "县市场监管局": ("县市场监管局负责食用农产品进入批发市场后的质量安全监管。", None)}


def test_a_table_row_is_its_units_part() -> None:
    """A 职责分工表 row names its unit in its own cell; the unit is not written in the part."""
    text = "县食品药品监督管理局 |\n对进入批发市场的食用农产品进行监督管理，与县农业委员会建立食品安全追溯机制；负责保健食品广告审查。\n"
    got = parts(facts_of(text, title="县食品安全监管部门职责分工表"))
    assert got == {"县食品药品监督管理局": (
        "对进入批发市场的食用农产品进行监督管理，与县农业委员会建立食品安全追溯机制；负责保健食品广告审查。", None)}


def test_one_party_alone_holds_no_part() -> None:
    assert not parts(facts_of("县农业农村局负责全县农业农村工作。"))


def boundaries(f: DocumentFacts) -> list[tuple[str, ...]]:
    return [tuple(m.name for m in b.units) for b in f.boundaries]


DIVIDING = "关于明确有关部门职责分工的通知"


@pytest.mark.parametrize(("text", "title", "expected", "roles"), [
    # supporters listed after a lead
    ("重大食品安全事故的调查处理由县市场监管局牵头，县卫生健康局、县公安局配合。", "",
     ("县市场监管局", "县卫生健康局", "县公安局"), {"县市场监管局": "牵头", "县卫生健康局": "配合", "县公安局": "配合"}),
    ("县农业农村局牵头负责农村人居环境整治，县住建局、县生态环境局按职责分工负责。", "",
     ("县农业农村局", "县住建局", "县生态环境局"), {"县农业农村局": "牵头"}),
    # lead and support named as roles
    ("秸秆禁烧工作，县生态环境局为牵头单位，县农业农村局为配合单位。", "",
     ("县生态环境局", "县农业农村局"), {"县生态环境局": "牵头", "县农业农村局": "配合"}),
    # parallel 承担 / 主管 parts: a division only in a document about 职责分工
    ("县应急管理局承担森林火灾扑救的组织指导，县林业局承担森林火灾预防的具体工作。", DIVIDING,
     ("县应急管理局", "县林业局"), {}),
    ("县林业局主管陆生野生动物保护工作，县农业农村局主管水生野生动物保护工作。", DIVIDING,
     ("县林业局", "县农业农村局"), {}),
    # "由A承担，B不再承担" (the old holder's part said in the negative)
    ("生猪产品进入批发市场后的监管职责由县市场监督管理局承担，县农业农村局不再承担。", "",
     ("县市场监督管理局", "县农业农村局"), {}),
    # "A对X实施监督管理，B对Y实施监督管理"
    ("县卫生健康局对医疗机构的药品使用实施监督管理，县市场监督管理局对药品零售企业实施监督管理。", "",
     ("县卫生健康局", "县市场监督管理局"), {}),
    # a lead with partners listed after 会同
    ("县应急管理局牵头，会同县水利局、县气象局制定防汛应急预案。", DIVIDING,
     ("县应急管理局", "县水利局", "县气象局"), {"县应急管理局": "牵头"}),
    # "A是X的主管部门，B负责Y"
    ("县文化和旅游局是文化市场的主管部门，县公安局负责娱乐场所的治安管理。", "",
     ("县文化和旅游局", "县公安局"), {}),
    # a carve-out: A's management excludes a matter that B keeps
    ("按此规定，县文化和旅游局的统一管理中“不含网络视听节目”，“网络视听节目”仍由县融媒体中心负责。", DIVIDING,
     ("县文化和旅游局", "县融媒体中心"), {}),
])
def test_more_ways_to_divide_a_matter(text: str, title: str, expected: tuple, roles: dict) -> None:
    f = facts_of(text, title=title)
    assert expected in boundaries(f)
    got = {d.unit.name: d.role for d in f.duties if d.category == "职责分工"}
    partners_only = {"县水利局", "县气象局"} if "会同" in text else set()  # named as partners: no part of their own
    assert set(got) == set(expected) - partners_only
    assert {k: got[k] for k in roles} == roles


@pytest.mark.parametrize("text", [
    "县应急管理局承担森林火灾扑救的组织指导，县林业局承担森林火灾预防的具体工作。",  # 承担 alone outside 职责分工
    "县卫生健康局、县医疗保障局负责做好医疗救治费用保障。",  # a list sharing one verb is joint work
    "县农业行政主管部门负责农产品质量安全监管。",  # 主管 inside a class name is no verb
    "县医疗保障局会同县财政局、县卫生健康局开展医保基金专项检查。",  # joint work in a news item
])
def test_no_division_from_these(text: str) -> None:
    assert not boundaries(facts_of(text))


def test_a_quoted_term_stays_with_its_clause() -> None:
    """A quotation holding no party ("“网络视听节目”仍由B负责") is part of its clause; a quotation
    holding a division ends its parts (see test_each_party_holds_its_part)."""
    text = "按此规定，县文化和旅游局的统一管理中“不含网络视听节目”，“网络视听节目”仍由县融媒体中心负责。"
    got = parts(facts_of(text, title=DIVIDING))
    assert got == {"县文化和旅游局": ("按此规定，县文化和旅游局的统一管理中“不含网络视听节目”", None),
                   "县融媒体中心": ("“网络视听节目”仍由县融媒体中心负责。", None)}



_NAMED_BEFORE = ("某县市场监督管理局今后统一负责全县食品安全监管工作。全县明确了食品安全各部门的职责：市场监管部门负责食品生产"
                 "经营环节的监管；农业部门负责食用农产品种植养殖环节的监管。")


@pytest.mark.parametrize(("text", "unit", "class_"), [
    # a class named after the unit it stands for, written with the place
    (_NAMED_BEFORE, "某县市场监督管理局", "市场监管部门"),
    # written with its level word, the class with 行政主管
    ("县林业局承担全县陆生野生动物保护工作。县明确：林业行政主管部门负责陆生野生动物的监督管理，"
     "渔业部门负责水生野生动物的监督管理。", "县林业局", "林业行政主管部门"),
])
def test_a_class_is_the_unit_named_before_it(text: str, unit: str, class_: str) -> None:
    """"X部门" in a 职责分工 statement stands for the unit of the place the document named before, when
    exactly one unit's name holds the class's words in order: the statement keeps the class as written,
    and the document declares the class a name of that unit (the store resolves it, kg.apply)."""
    f = facts_of(text)
    b = boundaries(f)
    assert len(b) == 1 and b[0][0] == class_ and len(b[0]) == 2
    assert parts(f)[class_][0].startswith(class_)  # the class's part, not the sentence's frame
    named = [full for alias, full in f.aliases if alias == class_]
    assert len(named) == 1 and named[0].endswith(unit.removeprefix("某县").removeprefix("县"))
    assert not [a for a, _ in f.aliases if a == b[0][1]]  # a class no unit was named for stays a class


@pytest.mark.parametrize("text", [
    # two units the class could stand for: it stays a class
    "县农业农村局和县农业机械管理局参加了会议。县明确：农业部门负责农产品生产环节的监管，市场监管部门负责流通环节的监管。",
    # a unit written without its place (an addressee of a notice) is not the place's unit
    "各乡镇农业站：农业部门负责农产品生产环节的监管，市场监管部门负责流通环节的监管。",
])
def test_a_class_stays_a_class(text: str) -> None:
    f = facts_of(text)
    assert boundaries(f) and not f.aliases


def test_the_store_resolves_a_class_to_the_unit_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Stored, the statement and the class's part are the named unit's, and the class finds it."""
    from ingest.pipeline import ingest_paths
    from kg.stores.networkx_store import NetworkxStore
    from queries.resolve import candidate_units

    doc = tmp_path / "宁陵县食品安全监管职责分工.txt"
    doc.write_text(_NAMED_BEFORE.replace("某县", "宁陵县"), encoding="utf-8")
    store = NetworkxStore(tmp_path / "kg")
    ingest_paths(store, [doc])
    unit = candidate_units(store, "宁陵县市场监督管理局", jurisdiction="宁陵县")
    assert len(unit) == 1
    assert candidate_units(store, "宁陵县市场监管部门", jurisdiction="宁陵县") == unit
    assert any(unit[0] in b.units and len(b.units) == 2 for b in store.boundaries())
    from kg.model import Predicate

    alias = [f for f in store.facts(unit[0]) if f.predicate == Predicate.ALIAS]
    assert alias and "市场监管部门负责" in alias[0].prov.sentence  # cited by the statement, not a made-up 简称
    store.close()
