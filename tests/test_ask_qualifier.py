"""谁负责X with a qualifier the store never speaks of ("月球土地登记"): no unit, "没有找到".

The rule (queries.who_handles.unknown_words): the run of characters opening the asked phrase,
none of whose character pairs occurs in any duty clause, narrows the duty to something no
clause covers; a unit is an answer only when its clause or its place says that word.
"""

from __future__ import annotations

import pytest

from queries.ask import ask
from queries.who_handles import unknown_words, who_handles


class _Texts:
    """The part of a clause index unknown_words reads: the clause texts."""

    def __init__(self, texts: list[str]):
        self.unique_texts = texts

    @property
    def text_count(self) -> int:
        return len(self.unique_texts)


CLAUSES = _Texts(["负责全县土地资源调查和确权登记工作。", "负责全县矿产资源开发利用和保护的监督管理。",
                  "负责出入境检验检疫管理工作。", "负责全县森林防火工作。"])


@pytest.mark.parametrize(("topic", "words"), [
    ("月球土地登记", ["月球"]),
    ("火星矿产资源开发", ["火星"]),
    ("南极土地确权登记", ["南极"]),
    ("外星人出入境管理", ["外星人"]),
    ("月球森林防火", ["月球"]),
])
def test_an_opening_word_no_clause_uses_is_a_qualifier(topic: str, words: list[str]) -> None:
    assert unknown_words(topic, CLAUSES) == words


@pytest.mark.parametrize("topic", [
    "土地确权登记",  # every word said by some clause
    "矿产资源勘查",  # the unknown word is the head at the end: a clause may say it otherwise
    "全县矿产资源的勘查",
    "森林防火",
    "南极科考",  # nothing known after the unknown word: no clause matches at all
    "资源的星际开发",  # an unknown word further on is not the opening qualifier
])
def test_no_qualifier(topic: str) -> None:
    assert unknown_words(topic, CLAUSES) == []


@pytest.mark.parametrize("question", [
    "谁负责月球土地确权登记？",
    "火星矿产资源开发利用归哪个部门管？",
    "南极森林防火由谁负责",
    "外星人入境的检验检疫谁管？",
])
def test_a_qualifier_nothing_says_leads_to_not_found(county, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, question)
    assert result["intent"] == "who_handles", result
    assert result["units"] == [], result
    assert "没有找到" in result["answer"]


@pytest.mark.parametrize(("question", "unit"), [
    ("2017年谁负责土地确权登记？", "样例县国土资源局"),
    ("2017年谁负责森林防火", "样例县林业局"),
    ("2017年样例县森林防火由谁负责", "样例县林业局"),
])
def test_the_same_duty_without_the_qualifier_is_answered(county, question: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, question)
    assert result["units"] and result["units"][0]["name"] == unit, result


def test_a_place_the_store_holds_is_no_qualifier(county) -> None:  # type: ignore[no-untyped-def]
    """The unit's own place says the word: 样例县 opens the phrase, the county's unit answers."""
    results = who_handles(county, "样例县森林防火", at="2017")
    assert results and results[0]["name"] == "样例县林业局"


@pytest.mark.parametrize(("word", "clause", "left_out"), [
    ("药价", "负责全县药品和医疗服务价格管理工作。", False),  # a short form of 药品价格
    ("农技", "负责全县农业产业发展规划和农业技术推广。", False),
    ("月球", "负责全县土地资源调查和确权登记工作。", True),
    ("价药", "负责全县药品和医疗服务价格管理工作。", True),  # the characters, but not in order
])
def test_a_short_form_the_clause_says_in_full_is_said(word: str, clause: str, left_out: bool) -> None:
    from queries.who_handles import _leaves_out

    result = {"jurisdiction": "样例县", "name": "样例县某局", "clauses": [{"text": clause}]}
    assert _leaves_out([word], result) is left_out
