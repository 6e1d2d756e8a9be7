""""X是不是国务院组成部门 / X是省政府直属机构还是部门管理机构 / X属于事业单位吗": a yes-no or
either-or question of one unit's kind (机构类别) is a unit_info question of that unit (X first, its
kind stated), never a duty search for "政府工作部门" nor X's history. "X是谁的内设机构" stays a
question of X's parent.

The documents are written here in the genre and go through the real ingest pipeline."""

from __future__ import annotations

import pytest

from queries.ask import ask
from tests.test_ask_data import ingested_store

_SANDING = """# title: 安康市医疗保障局职能配置、内设机构和人员编制规定（2019年2月20日）
安康市医疗保障局职能配置、内设机构和人员编制规定（2019年2月20日）
第一条 根据《安康市机构改革方案》，制定本规定。
第二条 市医疗保障局是市政府工作部门，为正县级。
第三条 市医疗保障局负责全市医疗保障基金监督管理工作。
"""

_NOTICE = """# title: 关于安康市信访局机构编制调整的通知（2019年3月1日）
关于安康市信访局机构编制调整的通知
（2019年3月1日）
安康市信访局由市委办公室、市政府办公室管理的部门管理机构调整为市政府直属机构，为正县级。
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("kg"),
                       {"sanding.txt": _SANDING, "notice.txt": _NOTICE})
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize("question, unit, kind", [
    ("安康市医疗保障局是不是市政府工作部门？", "安康市医疗保障局", "市政府工作部门"),
    ("安康市医疗保障局是市政府的工作部门吗", "安康市医疗保障局", "市政府工作部门"),
    ("安康的市医疗保障局属于政府工作部门吗？", "安康市医疗保障局", "市政府工作部门"),
    ("安康市医疗保障局算不算政府工作部门", "安康市医疗保障局", "市政府工作部门"),
    ("安康市信访局现在是市政府直属机构还是部门管理机构啊？", "安康市信访局", "市政府直属机构"),
    ("安康市信访局是否为市政府直属机构", "安康市信访局", "市政府直属机构"),
])
def test_kind_asked_of_one_unit(store, question: str, unit: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "unit_info", result
    assert _names(result)[:1] == [unit], result["answer"]
    assert kind in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["安康市医疗保障局是谁的工作部门？", "安康市医疗保障局是哪一级政府的工作部门"])
def test_whose_body_is_not_a_kind_question(question: str) -> None:
    from queries.ask.routing import _KIND_TAIL

    assert not _KIND_TAIL.fullmatch(question.removeprefix("安康市医疗保障局").rstrip("？"))


def test_kind_asked_as_the_second_part_of_a_compound(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "安康市医疗保障局负责什么？它是不是市政府工作部门？")
    assert "市政府工作部门" in result["answer"], result["answer"]
    assert "（2）安康市医疗保障局" in result["answer"] or "（2）目前，安康市医疗保障局" in result["answer"], result["answer"]
