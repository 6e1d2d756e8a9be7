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


# -- a class of units in an answer is the place's one body of that line (queries/class_bodies.py)

@pytest.fixture(scope="module")
def lines(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("bodies", date="2001-01", jurisdiction="东川省")
              .establish("工商行政管理局", date="2000-05")
              .establish("食品药品监督管理局", date="2004-03")
              .establish("环境保护局", date="1996-01")
              .unit("农业厅", kind="省政府组成部门")
              .unit("文化厅", kind="省政府组成部门")
              .unit("文化局", kind="省政府直属机构")
              .establish("市场监督管理局", date="2019-01")
              .establish("市场监督管理局办公室", date="2019-01"))
    apply_doc(s, doc("later", date="2011-06", jurisdiction="东川省")
              .rename("环境保护局", "生态环境厅", date="2010-09"))
    apply_doc(s, doc("split", date="2005-08", jurisdiction="东川省")
              .duty("工商部门", "工商部门负责流通环节食品的监督检查。")
              .duty("食品药品监管部门", "食品药品监管部门负责食品安全的综合监督。")
              .duty("农业部门", "農業部門负责初级农产品生产环节的监管。")
              .duty("环保部门", "环保部门负责饮用水源地污染防治的监督。")
              .duty("质监部门", "质监部门负责生产加工环节的监管。")
              .duty("文化部门", "文化部门负责文化市场的日常管理。")
              .duty("省级食品药品监管部门", "省级食品药品监管部门负责组织协调。"))
    apply_doc(s, doc("market", date="2020-02", jurisdiction="东川省")
              .duty("市场监管部门", "市场监管部门负责食用农产品进入市场后的监管。"))
    yield s
    s.close()


def _body(store, name: str, day: str):  # type: ignore[no-untyped-def]
    from datetime import date as _date

    from queries.class_bodies import body_of_class

    uid = next(u.id for u in store.units() if u.name == name and u.jurisdiction == "东川省")
    body = body_of_class(store, uid, _date.fromisoformat(day))
    return store.name_at(body, _date.fromisoformat(day)) if body else None


@pytest.mark.parametrize(("cls", "day", "expected"), [
    ("工商部门", "2005-08-01", "东川省工商行政管理局"),  # stem + 行政管理 + suffix
    ("食品药品监管部门", "2005-08-01", "东川省食品药品监督管理局"),  # an abbreviation
    ("农业部门", "2005-08-01", "东川省农业厅"),  # stem + suffix, known only by name
    ("环保部门", "2005-08-01", "东川省环境保护局"),
    ("环保部门", "2026-12-01", "东川省生态环境厅"),  # no fit today: the body of the day it was written
    ("市场监管部门", "2021-01-01", "东川省市场监督管理局"),  # never a body inside the candidate
])
def test_a_class_is_the_places_body_of_its_line(lines, cls: str, day: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _body(lines, cls, day) == expected


@pytest.mark.parametrize(("cls", "day"), [
    ("质监部门", "2005-08-01"),  # no body of that line held
    ("文化部门", "2005-08-01"),  # two bodies fit alike: nothing is guessed
    ("省级食品药品监管部门", "2005-08-01"),  # a class of a level, not of this place
    ("工商部门", "1999-01-01"),  # before the body existed
])
def test_no_body_for_the_class(lines, cls: str, day: str) -> None:  # type: ignore[no-untyped-def]
    assert _body(lines, cls, day) is None


def test_the_answer_names_the_body(lines) -> None:  # type: ignore[no-untyped-def]
    result = ask(lines, "2005年东川省流通环节食品的监督检查由哪个部门负责？")
    assert _names(result)[:1] == ["东川省工商行政管理局"], result["answer"]
