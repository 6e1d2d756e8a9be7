"""Questions over a span of time (queries.ask): "十三五期间X先后归哪些单位管" answers every
manager the span saw, not its last day's; "2018年到2020年某县撤销了哪些单位" / "2019年某县新组建了
哪些机构" list the place's bodies ended or formed within the span (a year: the whole year).
A span asked without 先后 is still read at its last day.

Documents are built with the statement builders (tests/builders.py); the questions are written
for these tests in the genre.
"""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.dates import extract_date
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("a2015", date="2015-06", jurisdiction="柏溪县")
              .unit("国土资源局", kind="县政府工作部门")
              .unit("物价局", kind="县政府工作部门")
              .unit("发展和改革局", kind="县政府工作部门")
              .unit("不动产登记中心", kind="公益一类事业单位", parent="国土资源局", relation="所属", valid_from="2015-06"))
    apply_doc(s, doc("a2017", date="2017-04", jurisdiction="柏溪县")
              .merge_into(["物价局"], "发展和改革局", date="2017-04"))
    apply_doc(s, doc("a2019", date="2019-03", jurisdiction="柏溪县")
              .establish("自然资源局", inputs=["国土资源局"], date="2019-03")
              .abolish("国土资源局", date="2019-03")
              .transfer_unit(["不动产登记中心"], "自然资源局", relation="所属", date="2019-03")
              .unit("不动产登记中心", kind="公益一类事业单位", parent="自然资源局", relation="所属", valid_from="2019-03"))
    yield s
    s.close()


def _names(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [u["name"] for u in result["units"]]


def test_a_span_keeps_its_first_day() -> None:
    spec, _ = extract_date("十三五期间柏溪县撤销了哪些单位")
    assert spec is not None and spec.start is not None and spec.start.year == 2016 and spec.value.year == 2020
    spec, _ = extract_date("2015年到2018年柏溪县撤销了哪些单位")
    assert spec is not None and spec.start.year == 2015 and spec.value.year == 2018
    spec, _ = extract_date("2019年柏溪县撤销了哪些单位")
    assert spec is not None and spec.start is None


@pytest.mark.parametrize("question", ["十三五期间柏溪县不动产登记中心先后归哪些单位管？",
                                      "2016年到2020年柏溪县不动产登记中心先后隶属于哪些单位"])
def test_every_manager_of_the_span(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result) == ["柏溪县国土资源局", "柏溪县自然资源局"], result["answer"]


def test_a_span_without_xianhou_is_its_last_day(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "十三五期间柏溪县不动产登记中心归谁管？")
    assert _names(result)[:1] == ["柏溪县自然资源局"], result["answer"]


@pytest.mark.parametrize(("question", "units"), [
    ("十三五期间柏溪县先后撤销了哪些单位？", ["柏溪县物价局", "柏溪县国土资源局"]),
    ("2018年到2020年柏溪县撤销了哪些机构", ["柏溪县国土资源局"]),
    ("2019年柏溪县新组建了哪些机构？", ["柏溪县自然资源局"]),
])
def test_a_places_bodies_ended_or_formed_in_a_span(store, question: str, units: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert _names(result) == units, result["answer"]


def test_a_place_without_a_date_or_a_count_is_no_span_question(store) -> None:  # type: ignore[no-untyped-def]
    from queries.ask.routing import PLACE_EVENTS

    assert PLACE_EVENTS.search("柏溪县撤销了几个单位") is None  # a count is asked elsewhere
    assert ask(store, "柏溪县撤销了哪些单位？")["intent"] != "lineage" or "有记录以来" not in ask(store, "柏溪县撤销了哪些单位？")["answer"]


def test_no_body_ended_in_the_span(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "2021年柏溪县撤销了哪些单位？")
    assert result["answer"].startswith("没有找到") and not result["units"], result["answer"]


@pytest.fixture(scope="module")
def duties(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("d2015", date="2015-06", jurisdiction="柏溪县")
              .unit("民政局", kind="县政府工作部门")
              .duty("民政局", "负责全县自然灾害救灾工作，管理分配救灾款物。", item=1))
    apply_doc(s, doc("d2019", date="2019-03", jurisdiction="柏溪县")
              .establish("应急管理局", duties=[("民政局", "救灾职责")], date="2019-03")
              .duty("应急管理局", "负责全县自然灾害救灾工作，管理分配救灾款物。", item=1))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["十三五期间柏溪县救灾工作先后由哪些部门负责？", "2016年到2020年柏溪县救灾先后归哪个部门管"])
def test_holders_of_a_duty_over_a_span(duties, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(duties, question)
    assert result["intent"] == "who_handles", result
    assert _names(result) == ["柏溪县民政局", "柏溪县应急管理局"], result["answer"]
