"""Staffing figures (编制, 领导职数) and the unit that owns them, in sentences written for these tests in
the genre (news of a reform, 三定 texts, notices of the establishment office, profile pages)."""

from __future__ import annotations

import pytest

from ingest.extractors.common import find_names
from tests.test_extractors import run, staffing


def rows(text: str, title: str = "") -> set[tuple]:
    return staffing(run(text, title=title))


# ---------------------------------------------------------------------------
# A suffix character that opens an ordinary word ends no name
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, absent", [
    ("根据市委工作部署，核定青山县应急管理局行政编制12名。", "市委工作部"),
    ("按照省委决策部署，青山县数据局核定行政编制10名。", "省委决策部"),
    ("县委统战部署名的文件已下发。", "县委统战部署"),
    ("青山县农业技术推广中心为县农业农村局所属公益一类事业单位。", "县农业农村局所"),
    ("县财政局会同县人力资源和社会保障局制定办法。", "县财政局会"),
])
def test_a_suffix_opening_an_ordinary_word_ends_no_name(text: str, absent: str) -> None:
    assert absent not in [n for _, _, n in find_names(text)]


@pytest.mark.parametrize("text, name", [
    ("县委统战部负责联系民主党派。", "县委统战部"),
    ("青山县公安局派出所设在镇上。", "青山县公安局派出所"),
    ("青山县人民代表大会常务委员会办公室核定行政编制8名。", "青山县人民代表大会常务委员会办公室"),
])
def test_names_ending_in_those_characters_still_end_there(text: str, name: str) -> None:
    assert name in [n for _, _, n in find_names(text)]


def test_the_figure_after_a_work_plan_word_is_the_named_units() -> None:
    assert rows("根据市委工作部署，核定青山县应急管理局行政编制12名。") == {("青山县应急管理局", "行政编制", "核定", 12)}
    assert rows("青山县数据局按照省委决策部署，核定行政编制10名。") == {("青山县数据局", "行政编制", "核定", 10)}
