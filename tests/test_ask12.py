"""Forms read off the twelfth session's diagnostic question sets (docs/questions.md, Twelfth session):

* how many bodies of a class a place has, asked the staff's other ways: a count noun after the
  class ("政府工作部门数"), the 部门 / 机构 of a government or a Party committee counted ("市政府一共几个
  部门", "市委的机构有几个"), Traditional characters; never a question of posts, heads or divisions;
* what one unit does, asked colloquially ("都管些啥", "是干啥的", "主要管哪些事儿"): its duties, never
  the bodies under it.

Sentences are written here in the genre; the places are made up.
"""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.body_counts import asked_kind, body_count_asked
from queries.ask.parsing import normalize_question, parse
from queries.ask.routing import route
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


@pytest.mark.parametrize("question", [
    "东湖市政府工作部门数",
    "东湖市政府工作部门个数？",
    "南坪县党政机构总数",
    "东湖市政府部门数量是多少",
    "东湖市政府这次改革后一共几个部门？",
    "东湖市政府设多少个工作部门",
    "东湖市委的机构有几个",
    "南坪县97年改革后党政机构剩几个",
    "东湖市人民政府的工作部门有多少",
    "南坪县委工作机关共多少家",
    "東湖市政府工作部門有幾個",
])
def test_a_count_of_a_places_bodies_in_other_forms(question: str) -> None:
    assert body_count_asked(normalize_question(question))


@pytest.mark.parametrize("question", [
    "东湖市政府办有多少编制",
    "东湖市政府办有几个科室",
    "东湖市政府工作部门领导职数是多少",
    "东湖市自然资源局有几个内设机构",
    "东湖市政府有哪些工作部门",
    "东湖市林业局下属事业单位有几个",
    "东湖市委宣传部的职责是什么",
    "东湖市政府有几个部门负责河道管理",
    "东湖市政府这次机构改革涉及多少个部门",
    "南坪县政府撤并了几个工作部门",
])
def test_other_questions_are_no_count_of_bodies(question: str) -> None:
    assert not body_count_asked(question)


@pytest.mark.parametrize(("question", "kind"), [
    ("东湖市委的机构有几个", "党委机构"),
    ("南坪县委工作机关几个", "党委机构"),
    ("南坪县党政机构总数", "党政机构"),
    ("东湖市政府一共几个部门", "政府工作部门"),
])
def test_the_kind_counted(question: str, kind: str) -> None:
    assert asked_kind(question) == kind


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("reform", date="2019-02", jurisdiction="东湖市")
              .unit("人民政府", kind="人民政府")
              .staffing("人民政府", "政府工作部门", "核定", 33, date="2019-02",
                        sentence="改革后，东湖市人民政府设置工作部门33个。")
              .unit("水务局", kind="市政府工作部门")
              .duties("水务局", "负责全市水资源的统一监督管理", "组织实施河湖长制工作")
              .unit("水务局水文站", kind="公益一类事业单位", parent="水务局", relation="所属"))
    return s


@pytest.mark.parametrize("question", [
    "东湖市政府工作部门数",
    "东湖市政府这次改革后一共几个部门？",
    "2019年东湖市政府设了多少个工作部门",
    "東湖市政府工作部門數",
])
def test_the_count_is_answered_from_the_row(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "staffing"
    assert [u["name"] for u in result["units"]][:1] == ["东湖市人民政府"]
    assert "33" in result["answer"]


def test_no_row_no_count(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "东湖市委的机构有几个")
    assert result["units"] == [] and "33" not in result["answer"]


@pytest.mark.parametrize("question", [
    "东湖市水务局都管些啥",
    "东湖市水务局是干啥的",
    "东湖市水务局主要管哪些事儿",
    "东湖市水务局具体负责哪些工作",
    "东湖市水务局平时管些什么呀",
    "东湖市水务局都负责些什么",
])
def test_what_a_unit_does_asked_colloquially(store, question: str) -> None:  # type: ignore[no-untyped-def]
    assert route(parse(store, question)).rule == "duties_asked"
    result = ask(store, question)
    assert [u["name"] for u in result["units"]][:1] == ["东湖市水务局"]
    assert "河湖长制" in result["answer"]


@pytest.mark.parametrize("question", [
    "东湖市水务局管哪些单位",
    "东湖市水务局管着哪几个事业单位",
    "谁管东湖市水务局",
])
def test_the_bodies_under_a_unit_are_no_duties(store, question: str) -> None:  # type: ignore[no-untyped-def]
    assert route(parse(store, question)).rule != "duties_asked"
