""""2020年X是谁代管的 / X以前谁管，现在谁管" before a change written "A代管的X改由B代管":
A is recorded at ingest on the change's event (ingest.extractors.links) and read by
queries.unit_info.former_parent; a sentence that names no former manager gives no answer.

The documents are written here in the genre and go through the real ingest pipeline."""

from __future__ import annotations

import pytest

from queries.ask import ask
from tests.test_ask_data import ingested_store

_NOTICE = """# title: 中共洛阳市委办公室 洛阳市人民政府办公室关于调整市卫生健康委员会职责机构编制的通知（2024年5月6日）
中共洛阳市委办公室 洛阳市人民政府办公室关于调整市卫生健康委员会职责机构编制的通知
（2024年5月6日）
一、将市卫生健康委员会的组织拟订应对人口老龄化政策措施职责划入市民政局。
二、市卫生健康委员会代管的洛阳市老年人体育协会改由市民政局代管。
三、洛阳市红十字会改由市人民政府办公室联系。
"""

_REGISTRY = """# title: 洛阳市卫生健康委员会职能配置、内设机构和人员编制规定（2019年3月1日）
洛阳市卫生健康委员会职能配置、内设机构和人员编制规定
第一条 市卫生健康委员会是市政府工作部门，为正处级。
第二条 市民政局是市政府工作部门。
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("kg"), {"notice.txt": _NOTICE, "registry.txt": _REGISTRY})
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize("question", ["2022年洛阳市老年人体育协会是谁代管的？", "洛阳市老年人体育协会以前归哪个部门代管",
                                      "调整前洛阳老年人体育协会由谁代管？"])
def test_the_manager_before_the_change(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "parent", result
    assert _names(result)[:1] == ["洛阳市卫生健康委员会"], result["answer"]
    assert "代管的洛阳市老年人体育协会改由" in result["answer"], "the answer quotes the sentence it read"


def test_the_manager_now_is_the_new_one(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "洛阳市老年人体育协会现在归谁代管？")
    assert _names(result)[:1] == ["洛阳市民政局"], result["answer"]


def test_a_change_naming_no_former_manager_gives_none(store) -> None:  # type: ignore[no-untyped-def]
    """"X改由B联系" names no former manager: the answer says none is recorded."""
    result = ask(store, "2020年洛阳市红十字会归谁管？")
    assert "洛阳市卫生健康委员会" not in _names(result), result["answer"]
    assert "没有" in result["answer"], result["answer"]


# two documents each naming a manager, the earlier one with no end: the later one is the move
_SETUP_2005 = """# title: 洛阳市人民政府关于市政府部门管理机构设置的通知（2005年4月1日）
洛阳市人民政府关于市政府部门管理机构设置的通知
洛阳市人民防空办公室，由市人民政府办公室管理。
洛阳市粮食局，由市发展和改革委员会管理。
洛阳市地震局，由市科学技术局管理。
"""

_PLAN_2016 = """# title: 洛阳市政府机构改革方案（2016年6月1日）
洛阳市政府机构改革方案
洛阳市人民防空办公室由市住房和城乡建设局管理。
将市地震局的职责划入市应急管理局。不再保留市地震局。
"""


@pytest.fixture(scope="module")
def open_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs2"), tmp_path_factory.mktemp("kg2"),
                       {"setup.txt": _SETUP_2005, "plan.txt": _PLAN_2016})
    yield s
    s.close()


@pytest.mark.parametrize("question", ["洛阳市人民防空办公室原来归谁管", "洛阳市人民防空办公室以前由哪个部门管理？",
                                      "洛阳人防办原先归谁"])
def test_an_open_ended_manager_superseded_by_a_later_one(open_store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(open_store, question)
    assert result["intent"] == "parent", result
    assert _names(result)[:1] == ["洛阳市人民政府办公室"], result["answer"]
    assert "洛阳市住房和城乡建设局" in result["answer"], result["answer"]


def test_a_manager_never_changed_is_the_manager(open_store) -> None:  # type: ignore[no-untyped-def]
    result = ask(open_store, "洛阳市粮食局原来归谁管")
    assert _names(result)[:1] == ["洛阳市发展和改革委员会"], result["answer"]


def test_now_is_the_later_manager(open_store) -> None:  # type: ignore[no-untyped-def]
    result = ask(open_store, "洛阳市人民防空办公室现在归谁管")
    assert _names(result)[:1] == ["洛阳市住房和城乡建设局"], result["answer"]


@pytest.mark.parametrize("question", ["洛阳市地震局以前归谁管", "洛阳市地震局原来由哪个部门管理"])
def test_the_last_manager_of_a_unit_gone(open_store, question: str) -> None:  # type: ignore[no-untyped-def]
    """Its manager's fact has no end of its own: the manager before the unit's end, said as such."""
    result = ask(open_store, question)
    assert _names(result)[:1] == ["洛阳市科学技术局"], result["answer"]
    assert "不再保留" in result["answer"] and "目前" not in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["洛阳市地震局现在归谁管", "洛阳市地震局归谁管？"])
def test_a_unit_gone_has_no_manager_now(open_store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(open_store, question)
    assert result["units"] == [], result["answer"]
    assert "已不存在" in result["answer"] and "洛阳市应急管理局" in result["answer"], result["answer"]


@pytest.mark.parametrize("question, yes", [("洛阳市粮食局是不是市发展和改革委员会管的", True),
                                           ("洛阳市粮食局是洛阳市人民政府办公室管的吗", False),
                                           ("洛阳市人民防空办公室归不归洛阳市住房和城乡建设局管", True)])
def test_a_yes_no_question_of_the_manager(open_store, question: str, yes: bool) -> None:  # type: ignore[no-untyped-def]
    result = ask(open_store, question)
    assert result["intent"] == "parent", result
    assert result["answer"].startswith("是。" if yes else "不是。"), result["answer"]
