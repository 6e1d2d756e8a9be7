""""X还在吗 / 撤了吗 / 还保留吗 / 现在还有吗": whether X exists is asked of X, so X is the answer's
first unit and where it went follows (never the takeover path alone, which leaves X out); asked at
a date before its end ("08年以前X还在吗"), X still existed then and its later end is said.
"X后来并到哪了" stays a question of where it went (the successor first).

The documents are written here in the genre and go through the real ingest pipeline."""

from __future__ import annotations

import pytest

from queries.ask import ask
from tests.test_ask_data import ingested_store

_PLAN = """# title: 安康市政府机构改革方案（2010年3月5日）
安康市政府机构改革方案
（2010年3月5日）
（一）组建市人力资源和社会保障局。将市人事局、市劳动和社会保障局的职责整合划入市人力资源和社会保障局。不再保留市人事局、市劳动和社会保障局。
（二）组建市住房和城乡建设局。不再保留市建设局。
（三）将市发展和改革委员会的价格监督检查职责划入市市场监督管理局。
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("kg"), {"plan.txt": _PLAN})
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize("question, asked, successor", [
    ("安康市人事局还在吗", "安康市人事局", "安康市人力资源和社会保障局"),
    ("安康市劳动和社会保障局撤了吗？", "安康市劳动和社会保障局", "安康市人力资源和社会保障局"),
    ("安康市人事局现在还有吗", "安康市人事局", "安康市人力资源和社会保障局"),
    ("安康市建设局还保留吗", "安康市建设局", "安康市住房和城乡建设局"),
    ("安康的市人事局还存在吗", "安康市人事局", "安康市人力资源和社会保障局"),
])
def test_whether_it_exists_is_answered_of_the_unit_asked(store, question: str, asked: str, successor: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "unit_info", result
    assert _names(result)[:1] == [asked], result["answer"]
    assert successor in _names(result), result["answer"]
    assert "不再保留" in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["08年以前安康市人事局还在吗", "2009年安康市人事局还在吗？"])
def test_asked_before_its_end_it_still_existed(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result) == ["安康市人事局"], result["answer"]
    assert "仍然存在" in result["answer"] and "2010年3月5日" in result["answer"], result["answer"]


def test_a_unit_that_lives_on(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "安康市人力资源和社会保障局还在吗")
    assert _names(result)[:1] == ["安康市人力资源和社会保障局"], result["answer"]
    assert "仍然存续" in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["安康市人事局后来并到哪了", "安康市人事局现在叫什么"])
def test_where_it_went_is_still_the_successor_first(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert _names(result)[:1] == ["安康市人力资源和社会保障局"], result["answer"]


def test_an_unknown_unit_is_not_found(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "安康市低空经济局还在吗")
    assert result["units"] == [], result["answer"]


@pytest.mark.parametrize("question", ["安康市发改委现在叫什么", "安康市发展和改革委员会现名？"])
def test_the_name_now_of_a_unit_that_kept_it(store, question: str) -> None:  # type: ignore[no-untyped-def]
    """Neither renamed nor ended, only a duty moved out: its name now is its own name."""
    result = ask(store, question)
    assert _names(result)[:1] == ["安康市发展和改革委员会"], result["answer"]
    assert "仍然存续" in result["answer"], result["answer"]


def test_what_became_of_it_names_where_its_duty_went(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "安康市发展和改革委员会后来怎么样了")
    assert _names(result)[:1] == ["安康市市场监督管理局"], result["answer"]


@pytest.mark.parametrize("question", ["2008年安康市住房和城乡建设局存在吗", "2009年安康市住房和城乡建设局在不在"])
def test_asked_before_its_founding_it_did_not_exist_yet(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "unit_info", result
    assert result["units"] == [], result["answer"]
    assert "还没有安康市住房和城乡建设局" in result["answer"] and "2010年3月5日" in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["安康市住房和城乡建设局存在吗", "安康市建设局还有没有"])
def test_more_ways_of_asking_whether_it_exists(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "unit_info", result
    assert _names(result)[:1] == [question.split("存在")[0].split("还有")[0]], result["answer"]


_RENAME = """# title: 榆林市人民政府关于调整部分工作部门的通知（2012年4月9日）
榆林市人民政府关于调整部分工作部门的通知
一、将市地震局更名为市防震减灾局，保留市地震局牌子。
二、市信访局由市人民政府办公室管理的部门管理机构调整为市政府直属机构。
"""


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs4"), tmp_path_factory.mktemp("kg4"), {"rename.txt": _RENAME})
    yield s
    s.close()


@pytest.mark.parametrize("question", ["榆林市地震局后来改叫什么", "榆林市地震局现在叫啥"])
def test_a_rename_keeping_the_old_name_as_a_sign_says_so(renamed, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(renamed, question)
    assert _names(result)[:1] == ["榆林市防震减灾局"], result["answer"]
    assert "更名为榆林市防震减灾局" in result["answer"], result["answer"]
    assert "保留市地震局牌子" in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["榆林市防震减灾局哪年更名的", "榆林市信访局哪年调整为直属机构", "榆林市信访局什么时候改为市政府直属机构的"])
def test_when_a_change_is_asked_the_change_is_dated(renamed, question: str) -> None:  # type: ignore[no-untyped-def]
    """Not the founding (none is recorded): the dated event that changed the name or the kind."""
    result = ask(renamed, question)
    assert "2012年4月9日" in result["answer"], result["answer"]
    assert "成立时间" not in result["answer"], result["answer"]


@pytest.mark.parametrize("question, asked", [("安康市人事局并入安康市人力资源和社会保障局了吗", "安康市人事局"),
                                             ("安康市建设局是不是撤了", "安康市建设局"),
                                             ("安康市人事局撤了没", "安康市人事局")])
def test_yes_no_forms_of_whether_it_went(store, question: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "unit_info", result
    assert _names(result)[:1] == [asked], result["answer"]
    assert "不再保留" in result["answer"], result["answer"]


def test_a_verb_before_a_name_is_no_part_of_it() -> None:
    from queries.ask.parsing import unit_shaped

    assert [name for _, _, name in unit_shaped("并入人社局了吗")] == ["人社局"]
