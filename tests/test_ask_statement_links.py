""""组建Z。……不再保留A、B。" read as one reform statement (linked at ingest by
ingest.extractors.links, read by queries.reform_statements): the successor of an abolished unit
and the predecessors of a formed unit when no event links them,
asked as "X后来并到哪了 / 撤销后谁接的班 / X的前身是哪两个部门 / 是哪两个部门合起来的".

The documents are written here in the genre (numbered items of a plan, a news summary with one
line per change, "——" paragraphs); they go through the real ingest pipeline."""

from __future__ import annotations

import pytest

from queries.ask import ask
from tests.test_ask_data import ingested_store

_PLAN = """# title: 甘肃省机构改革方案（2019年1月10日）
甘肃省机构改革方案
（2019年1月10日）
一、省政府机构改革
1、组建省生态环境厅。
不再保留省环境保护厅。
2、组建省文化和旅游厅。
不再保留省文化厅、省旅游发展委员会。
3、重新组建省司法厅。
不再保留省人民政府法制办公室。
4、优化省水利厅职责。
不再保留省移民开发局。
"""

_NEWS = """# title: 天水市政府机构改革启动（2010年3月2日）
天水市政府机构改革启动
——组建市住房和城乡建设局。不再保留市建设局、市房产管理局。

——组建市交通运输局。将市交通局的职责划入市交通运输局。不再保留市交通局、市公路管理处。
"""


_UNDATED = """# title: 宁夏回族自治区政府机构改革方案出台
宁夏回族自治区政府机构改革方案出台
此次改革的具体内容有三项，分别为：一、组建卫生健康委员会，不再保留卫生厅；
二、组建商务厅，不再保留贸易厅；
三、审计厅职责不变。
"""


# a duty moved out years before the statement that ends the unit: no successor of the unit
_EARLIER_MOVE = """# title: 青海省人民政府关于调整食品安全监管职责的通知（2010年5月4日）
青海省人民政府关于调整食品安全监管职责的通知
将省卫生厅的餐饮服务食品安全监督管理职责划入省食品药品监督管理局。
"""

_LATER_PLAN = """# title: 青海省政府机构改革方案（2014年2月20日）
青海省政府机构改革方案
（2014年2月20日）
1、组建省卫生和计划生育委员会。
不再保留省卫生厅、省人口和计划生育委员会。
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("kg"), {"plan.txt": _PLAN, "news.txt": _NEWS, "undated.txt": _UNDATED,
                                                                                           "move.txt": _EARLIER_MOVE, "later.txt": _LATER_PLAN})
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize("question, successor", [
    ("甘肃省环境保护厅后来并到哪了？", "甘肃省生态环境厅"),
    ("甘肃省旅游发展委员会撤了以后是谁接的班", "甘肃省文化和旅游厅"),
    ("甘肃省人民政府法制办公室撤销后职责去哪了？", "甘肃省司法厅"),
    ("天水市房产管理局后来怎么样了", "天水市住房和城乡建设局"),
])
def test_successor_is_the_unit_formed_in_the_same_statement(store, question: str, successor: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert _names(result)[:1] == [successor], result["answer"]
    assert "同一改革事项组建了" in result["answer"], result["answer"]
    assert "整体划入" not in result["answer"], "a statement names no duty moved: never say the duties went whole"


@pytest.mark.parametrize("question, predecessors", [
    ("甘肃省文化和旅游厅的前身是哪两个单位？", {"甘肃省文化厅", "甘肃省旅游发展委员会"}),
    ("天水市住房和城乡建设局是哪两个部门合起来的", {"天水市建设局", "天水市房产管理局"}),
    ("甘肃省生态环境厅由什么部门改组而来？", {"甘肃省环境保护厅"}),
])
def test_predecessors_are_the_units_the_statement_no_longer_keeps(store, question: str, predecessors: set[str]) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert set(_names(result)) == predecessors, result["answer"]
    assert "不再保留" in result["answer"]


def test_a_statement_forming_nothing_links_nothing(store) -> None:  # type: ignore[no-untyped-def]
    """"优化省水利厅职责。不再保留省移民开发局。": no unit is formed, so no successor is said."""
    result = ask(store, "甘肃省移民开发局撤销后谁接手了？")
    assert result["intent"] == "lineage", result
    assert "甘肃省水利厅" not in _names(result), result["answer"]
    assert "没有写明" in result["answer"], result["answer"]


def test_an_event_link_wins_over_the_statement(store) -> None:  # type: ignore[no-untyped-def]
    """"将市交通局的职责划入市交通运输局": the duty move, not the statement, says where it went;
    the 公路管理处 the same statement no longer keeps has only the statement."""
    moved = ask(store, "天水市交通局后来怎么样了？")
    assert _names(moved)[:1] == ["天水市交通运输局"], moved["answer"]
    assert "同一改革事项" not in moved["answer"], moved["answer"]
    stated = ask(store, "天水市公路管理处撤销以后由哪个部门承接？")
    assert _names(stated)[:1] == ["天水市交通运输局"], stated["answer"]


@pytest.mark.parametrize("question, successor", [
    ("宁夏不再保留卫生厅以后新组建的是哪个委员会？", "宁夏回族自治区卫生健康委员会"),
    ("宁夏贸易厅撤了以后组建了什么", "宁夏回族自治区商务厅"),
])
def test_one_sentence_forming_and_abolishing_undated(store, question: str, successor: str) -> None:  # type: ignore[no-untyped-def]
    """"一、组建Z，不再保留A；" in one sentence of an undated document: Z, and no date made up."""
    result = ask(store, question)
    assert _names(result)[:1] == [successor], result["answer"]
    assert "日期不详" in result["answer"] and "同一改革事项组建了" in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["青海省卫生厅现在叫什么", "青海省卫生厅后来并到哪里了？", "14年青海卫生厅撤了以后并进哪个部门了",
                                      "青海省卫生厅撤销后谁接的班"])
def test_an_earlier_duty_move_does_not_hide_the_statement(store, question: str) -> None:  # type: ignore[no-untyped-def]
    """A duty moved out in 2010 is part of the unit, not the unit: where the unit went is the
    unit formed by the 2014 statement that no longer keeps it; the moved duty is said after."""
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert _names(result)[:1] == ["青海省卫生和计划生育委员会"], result["answer"]
    assert "同一改革事项组建了" in result["answer"], result["answer"]


def test_the_statement_predecessor_beside_an_earlier_move(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "青海省卫生和计划生育委员会的前身是什么")
    assert {"青海省卫生厅", "青海省人口和计划生育委员会"} <= set(_names(result)), result["answer"]
