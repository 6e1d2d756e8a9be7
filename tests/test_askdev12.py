"""Twelfth session, dev questions (docs/questions.md, "Twelfth session"):

* a figure of a whole place (a count of its bodies, a change of its posts, its pool) names the
  place as the answer's unit, never none;
* "收回/核减了多少空编" asks for the record of a change of the place's posts, not for vacancies.

Documents are built with the statement builders (tests/builders.py); sentences are written here.
"""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("county", date="2021-11", jurisdiction="北岸县")
              .unit("民政局", kind="县政府工作部门")
              .staffing("民政局", "行政编制", "核定", 12, date="2021-03", sentence="县民政局核定行政编制12名。")
              .staffing(None, "编制", "收回", 47, date="2021",
                        sentence="今年以来，全县共收回空编47名，统筹用于重点领域。")
              .staffing(None, "编制", "下达", 15, date="2021",
                        sentence="全年向急需单位下达周转编制15名。")
              .staffing(None, "党政机构", "核定", 26, date="2019-03",
                        sentence="改革后，全县设置党政机构26个。"))
    apply_doc(s, doc("city", date="2023-05", jurisdiction="南湖市")
              .unit("教育局", kind="市政府工作部门")
              .staffing(None, "事业编制", "划转", 310, date="2023-05",
                        sentence="全市共向街道划转事业编制310名。"))
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize(("question", "place", "figure"), [
    ("北岸县改革后党政机构有几个？", "北岸县", "26"),
    ("北岸县2021年收回了多少编制", "北岸县", "47"),
    ("北岸县今年以来收回了多少空编？", "北岸县", "47"),
    ("北岸县2021年下达了多少编制？", "北岸县", "15"),
    ("南湖市向街道划转了多少编制？", "南湖市", "310"),
    ("南湖市2023年划转事业编制多少名", "南湖市", "310"),
])
def test_a_figure_of_a_place_names_the_place(store, question: str, place: str, figure: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result)[:1] == [place], result["answer"]
    assert figure in result["answer"]
    assert result["units"][0].get("kind") == "place"


def test_a_body_of_the_place_is_still_the_unit(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "北岸县民政局有多少编制？")
    assert _names(result)[:1] == ["北岸县民政局"]
    assert "12" in result["answer"]


@pytest.mark.parametrize("question", ["北岸县有多少空编？", "北岸县哪些单位有空编"])
def test_vacancies_without_a_change_are_not_the_records_of_one(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert "47" not in result["answer"]
    assert "北岸县" not in _names(result)
