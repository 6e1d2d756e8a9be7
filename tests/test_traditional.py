"""Traditional-character text and the forms machine-converted copies of it take on the web
(kg/text.py, docs/extraction.md "Traditional text"). Every construction is tested in both
scripts; the sentences are written for these tests in the genre's wording."""

from __future__ import annotations

import pytest
import zhconv

from ingest.extractors import extract
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts
from kg.text import normalize_text, normalize_with_map


def facts_of(text: str, jurisdiction: str | None = "中央", title: str = "") -> DocumentFacts:
    raw = RawDocument("t.txt", text, {"title": title} if title else {})
    return extract(raw, Document(id="t", title=title or "t", date=None, jurisdiction=jurisdiction, text=text))


def events(f: DocumentFacts) -> set[tuple]:
    return {(e.type.value, tuple(m.name for m in e.inputs), tuple(m.name for m in e.outputs)) for e in f.events}


def both_scripts(text: str) -> list[str]:
    return [text, zhconv.convert(text, "zh-tw")]


@pytest.mark.parametrize(("text", "expected"), [
    ("國家數(shù)據(jù)局負責協(xié)調(diào)推進", "国家数据局负责协调推进"),  # Simplified form glossed
    ("組(zu)建(jian)生(sheng)態環境部,不再保留(liu)環境保護部", "组建生态环境部，不再保留环境保护部"),  # pinyin
    ("國家衛(wei)(wei)生(sheng)(sheng)健康委員會(hui)", "国家卫生健康委员会"),  # a gloss repeated
    ("中國(guó)鐵路(lù)總公司", "中国铁路总公司"),  # pinyin with tone marks
])
def test_a_character_gloss_of_a_converted_copy_is_dropped(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize("text", [
    "世界貿易組織(WTO)",  # an abbreviation in capitals
    "縣人民政府(縣政府)",  # a bracketed short form
    "領導(正)1名",  # one character that is no Simplified form of the one before
    "網址(www)見下",  # one lower-case bracket alone is no glossed text
])
def test_brackets_that_are_no_gloss_stay(text: str) -> None:
    assert "（" in normalize_text(text)


def test_a_dropped_gloss_keeps_offsets_into_the_original() -> None:
    original = "組(zu)建(jian)國家數(shù)據(jù)局"
    text, offsets = normalize_with_map(original)
    assert text == "组建国家数据局"
    assert [original[k] for k in offsets] == list("組建國家數據局")


def test_a_glossed_copy_gives_the_facts_of_the_plain_text() -> None:
    plain = "組建國家數據局，由國家發展和改革委員會管理。不再保留國家信息中心。"
    glossed = "組(zu)建國(guo)家數(shù)據(jù)局，由國家發(fā)展和改革委員會管理。不再保留國(guo)家信息中心。"
    assert events(facts_of(glossed)) == events(facts_of(plain))
    assert ("establish", (), ("国家数据局",)) in events(facts_of(glossed))
