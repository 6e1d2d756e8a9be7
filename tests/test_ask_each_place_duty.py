"""One question each (queries.ask.parsing.split_compound): two places written before the name or
duty they share ("甲区和乙区的乡村振兴局分别在哪挂牌", "A县和B市草原防火分别归谁管"), and two duties
asked 分别 ("X的A职责和B职责分别划给了哪个部门"). Two units named in full are split elsewhere
(split_units); a place list that is not two places known is left whole.

The questions are written for these tests in the genre (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from queries.ask.parsing import split_compound

_PLACES = ("东湖区", "西岭区", "东湖", "青禾县", "白沙市")


def _place(question: str) -> str:
    return next((p for p in sorted(_PLACES, key=len, reverse=True) if question.startswith(p)), "")


@pytest.mark.parametrize(("question", "parts"), [
    ("东湖区和西岭区的乡村振兴局分别在哪挂牌？", ["东湖区乡村振兴局在哪挂牌", "西岭区乡村振兴局在哪挂牌"]),
    ("青禾县与白沙市的自然资源局分别是什么级别", ["青禾县自然资源局是什么级别", "白沙市自然资源局是什么级别"]),
    ("青禾县和白沙市草原防火分别归谁管", ["青禾县草原防火归谁管", "白沙市草原防火归谁管"]),
    ("东湖区、西岭区两区的医疗保障局各有多少编制", ["东湖区医疗保障局各有多少编制", "西岭区医疗保障局各有多少编制"]),
])
def test_two_places_one_question_each(question: str, parts: list[str]) -> None:
    assert split_compound(question, _place) == parts


@pytest.mark.parametrize(("question", "parts"), [
    ("白沙市政府办公厅的开发区协调职责和外事接待职责分别划给了哪个部门？",
     ["白沙市政府办公厅的开发区协调职责划给了哪个部门", "白沙市政府办公厅的外事接待职责划给了哪个部门"]),
    ("青禾县草原防火工作和森林防火工作分别由谁负责", ["青禾县草原防火工作由谁负责", "青禾县森林防火工作由谁负责"]),
])
def test_two_duties_asked_each(question: str, parts: list[str]) -> None:
    assert split_compound(question, _place) == parts


@pytest.mark.parametrize("question", ["青禾县和白沙市哪个先成立了数据局", "东湖和平区的乡村振兴局在哪挂牌",
                                      "青禾县草原防火和森林防火归谁管"])
def test_left_whole(question: str) -> None:
    assert len(split_compound(question, _place)) == 1, split_compound(question, _place)
