"""A question dated by the unit's own end (queries.ask.dates): "X撤销前编制多少", "X并入Y之前
归谁管", "X不再保留以前是什么级别" are asked at the day before the unit's last change (as
改革前 is), not today. "前身" is never such a date.

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


@pytest.mark.parametrize("text", ["青禾县林业局撤销前编制多少", "青禾县林业局撤销以前归谁管", "青禾县林业局被撤销之前是什么级别",
                                  "青禾县林业局并入自然资源局之前编制多少", "青禾县林业局不再保留以前的编制"])
def test_the_units_own_end_is_a_date(text: str) -> None:
    spec, rest = extract_date(text)
    assert spec is not None and spec.kind == "before_reform", text
    assert "前" not in rest.replace("青禾县", ""), rest


@pytest.mark.parametrize("text", ["青禾县林业局撤销前身是什么", "青禾县林业局撤销后职责归谁", "青禾县林业局并入了哪里"])
def test_no_date_of_the_units_end(text: str) -> None:
    spec, _ = extract_date(text)
    assert spec is None, text


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("ledger", date="2019-03", jurisdiction="青禾县")
              .unit("林业局", kind="县政府工作部门", rank="正科级")
              .unit("自然资源局", kind="县政府工作部门", rank="正科级")
              .staffing("林业局", "行政编制", "核定", 9, date="2019-03"))
    apply_doc(s, doc("merge", date="2023-12", jurisdiction="青禾县")
              .merge_into(["林业局"], "自然资源局", date="2023-12")
              .staffing("林业局", "行政编制", "划转", 9, date="2023-12"))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["青禾县林业局撤销前编制多少？", "青禾县林业局并入县自然资源局之前有多少编制"])
def test_figures_before_the_units_end(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert "9" in result["answer"] and "2023年11月30日" in result["answer"], result["answer"]
