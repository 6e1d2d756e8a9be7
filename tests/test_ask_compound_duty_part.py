"""A later part of a compound question that asks who holds a duty it names itself is a
question of that duty in the first part's place, not of the first part's unit
(queries.ask.parsing.split_compound): "X的前身是啥，现在草原防火谁负责". A later part asking
something of the unit (its figures, its parent) still takes the unit.

The questions are written for these tests in the genre (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from queries.ask.parsing import split_compound


def _place(question: str) -> str:
    return next((p for p in ("青禾县", "白沙市") if question.startswith(p)), "")


@pytest.mark.parametrize(("question", "second"), [
    ("青禾县退役军人事务局的前身是啥，现在优抚安置谁管？", "青禾县现在优抚安置谁管"),
    ("青禾县农业农村局前身是什么？草原防火现在归哪个部门管？", "青禾县草原防火现在归哪个部门管"),
    ("白沙市医疗保障局什么时候成立的？医疗救助以前是谁管？", "白沙市医疗救助以前是谁管"),
    ("青禾县应急管理局哪年组建的，森林火灾扑救这块由哪个部门负责", "青禾县森林火灾扑救这块由哪个部门负责"),
    ("国家数据局由谁管理？统筹推进数字经济发展的职责原来在哪个部门？", "统筹推进数字经济发展的职责原来在哪个部门"),
])
def test_a_part_naming_its_own_duty_is_asked_in_the_place(question: str, second: str) -> None:
    parts = split_compound(question, _place)
    assert len(parts) == 2 and parts[1] == second, parts


@pytest.mark.parametrize(("question", "second"), [
    ("青禾县融媒体中心什么级别，归谁管？", "青禾县融媒体中心归谁管"),
    ("青禾县应急管理局前身是啥？它现在谁管？", "青禾县应急管理局的现在谁管"),
    ("青禾县应急管理局哪年组建的？编制归谁管？", "青禾县应急管理局的编制归谁管"),
])
def test_a_part_about_the_unit_keeps_it(question: str, second: str) -> None:
    parts = split_compound(question, _place)
    assert len(parts) == 2 and parts[1] == second, parts
