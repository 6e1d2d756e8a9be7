""""武汉市汉南区的乡村振兴局挂在哪": a county-level place or township written inside a known place,
right before a name, that the documents hold nothing of is answered "没有找到" for that place —
never with the same-named bodies of the known place's other districts. A known district is
answered as before.

The documents are written here in the genre and go through the real ingest pipeline."""

from __future__ import annotations

import pytest

from queries.ask import ask
from tests.test_ask_data import ingested_store

_NOTICE = """# title: 安康市汉滨区机构改革实施方案（2019年3月1日）
安康市汉滨区机构改革实施方案
（2019年3月1日）
安康市农业农村局加挂安康市乡村振兴局牌子。汉滨区农业农村局加挂汉滨区乡村振兴局牌子。汉滨区应急管理局为区政府工作部门。
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("kg"), {"notice.txt": _NOTICE})
    yield s
    s.close()


@pytest.mark.parametrize("question", [
    "安康市东坝区的乡村振兴局挂在哪个单位？",
    "安康市白河县应急管理局归谁管",
    "安康市恒口镇的应急管理局是什么级别",
])
def test_an_unknown_place_inside_a_known_one(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] == [], result["answer"]
    assert "没有找到" in result["answer"], result["answer"]


def test_a_known_district_is_answered(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "安康市汉滨区的乡村振兴局挂在哪个单位？")
    assert "汉滨区农业农村局" in result["answer"], result["answer"]
