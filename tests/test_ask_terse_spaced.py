""""国家卫健委 内设机构 几个", "自然资源部 前身 是啥": the words of one terse question typed apart
by spaces stay one question; a space still parts two asks ("县人社局前身是啥 挂啥牌子") when the
words before it ask something and the words after are more than a bare tail (几个, 多少, 是啥)."""

from __future__ import annotations

import pytest

from queries.ask.parsing import split_compound


@pytest.mark.parametrize("question", [
    "国家卫健委 内设机构 几个",
    "安康市医保局 编制 多少",
    "自然资源部 前身 是啥",
    "石泉县 农业农村局 级别",
    "市场监管总局 内设机构 有几个",
])
def test_one_terse_question_typed_apart(question: str) -> None:
    assert split_compound(question) == [question]


@pytest.mark.parametrize("question, parts", [
    ("安康市医保局前身是啥 挂啥牌子", ["安康市医保局前身是啥", "安康市医保局的挂啥牌子"]),
    ("石泉县应急局归谁管 编制多少", ["石泉县应急局归谁管", "石泉县应急局的编制多少"]),
])
def test_two_asks_typed_apart(question: str, parts: list[str]) -> None:
    assert split_compound(question) == parts


@pytest.mark.parametrize("question, second", [
    ("工信部2008年由哪些部门组建？内设多少个司局？", "2008年工信部的内设多少个司局"),
    ("安康市医保局前身是什么？下设多少个科室？", "安康市医保局的下设多少个科室"),
    ("石泉县应急局归谁管？内设几个股室", "石泉县应急局的内设几个股室"),
])
def test_a_counted_division_word_is_no_unit_name(question: str, second: str) -> None:
    # "多少个司局": 个司局 is a count of divisions, not a unit, so the part asks of the first part's unit
    assert split_compound(question)[1] == second
