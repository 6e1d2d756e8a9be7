"""A party body whose name writes its place after 中共 ("中共青川自治县委宣传部", read from a
news report that was not taken as local) is a body of that place from ingest on
(``kg.names.place_name``): answered when the place is asked about, never as a central unit,
and grouped under its place when no place is named. An
autonomous county (青川自治县) is also written 青川县, in its own name and in its units' names
(``queries.resolve.NameIndex``).

Documents are built here with the statement builders (tests/builders.py), in the genre.
"""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.scope import in_jurisdiction
from queries.who_handles import who_handles
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("report", date="2024-05", jurisdiction="中央")
              .unit("中共青川自治县委宣传部", kind="县委工作机关", signs=["县精神文明建设指导委员会办公室"])
              .duty("中共青川自治县委宣传部", "负责全县新时代文明实践中心建设工作。"))
    apply_doc(s, doc("ledger", date="2023-01", jurisdiction="青川自治县")
              .unit("文化和旅游局", kind="县政府工作部门")
              .duty("文化和旅游局", "负责全县公共文化服务体系建设。"))
    apply_doc(s, doc("plan", date="2023-03", jurisdiction="中央")
              .unit("中央宣传部", kind="党中央工作机关")
              .duty("中央宣传部", "负责指导全国新时代文明实践中心建设工作。"))
    yield s
    s.close()


def _uid(store, name: str) -> str:  # type: ignore[no-untyped-def]
    return next(u.id for u in store.units() if store.name_at(u.id) == name)


def test_the_place_written_in_the_name(store) -> None:  # type: ignore[no-untyped-def]
    uid = _uid(store, "中共青川自治县委宣传部")
    assert store.unit(uid).jurisdiction == "青川自治县"
    assert in_jurisdiction(store, uid, "青川自治县")
    assert not in_jurisdiction(store, uid, "中央")
    assert in_jurisdiction(store, _uid(store, "中央宣传部"), "中央")


@pytest.mark.parametrize("question", ["青川县新时代文明实践谁负责？", "青川的新时代文明实践归哪个部门管",
                                      "青川自治县新时代文明实践由哪个部门负责"])
def test_answered_for_its_place(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert [u["name"] for u in result["units"]][:1] == ["中共青川自治县委宣传部"], result["answer"]


def test_never_a_central_unit(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "中央层面谁负责新时代文明实践？")
    assert [u["name"] for u in result["units"]] == ["中央宣传部"], result["answer"]


def test_grouped_under_its_place_without_a_place(store) -> None:  # type: ignore[no-untyped-def]
    ranked = who_handles(store, "新时代文明实践")
    assert [r["name"] for r in ranked] == ["中央宣传部", "中共青川自治县委宣传部"]
    assert ranked[1]["jurisdiction"] == "青川自治县"


@pytest.mark.parametrize("question", ["青川县委宣传部加挂什么牌子？", "青川自治县委宣传部挂了哪些牌子"])
def test_an_autonomous_county_written_as_a_county(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert [u["name"] for u in result["units"]][:1] == ["中共青川自治县委宣传部"], result["answer"]
    assert "精神文明建设指导委员会办公室" in result["answer"]


def test_the_county_is_a_place_before_a_county_party_name(store) -> None:  # type: ignore[no-untyped-def]
    """青川县文化和旅游局: 青川县 (the place of 青川自治县) then the bureau."""
    result = ask(store, "青川县文化和旅游局负责什么？")
    assert [u["name"] for u in result["units"]][:1] == ["青川自治县文化和旅游局"], result["answer"]
