"""kg.text.occurrences finds what re.finditer(re.escape(word)) finds, without a pattern per word."""

from __future__ import annotations

import re

import pytest

from kg.text import occurrences


@pytest.mark.parametrize(("text", "word"), [
    ("甲县与乙县合并，仍称甲县。", "甲县"), ("阿阿阿阿阿", "阿阿"), ("某市（某市）", "某市"), ("无此词", "某县"), ("a.b.c", "."),
])
def test_occurrences_are_the_literal_matches_left_to_right(text: str, word: str) -> None:
    assert list(occurrences(text, word)) == [m.start() for m in re.finditer(re.escape(word), text)]


def test_an_empty_word_occurs_nowhere() -> None:
    assert list(occurrences("某县", "")) == []
