""""X改革以前在哪个部门 / X原来是哪个部门的 / X以前谁管" when the move of the duty X has no date
(a news item that gives the day and month of a unit's founding but no year, "将A的X职责划入B" read
undated): the holders the move took X from are the answer, the holder now after them, and no
date is made up. A dated move keeps its dated answer (the day before the reform); "现在谁管" stays
the holder now; a duty never moved is answered as before.

The documents are written here in the genre and go through the real ingest pipeline."""

from __future__ import annotations

import pytest

from queries.ask import ask
from tests.test_ask_data import ingested_store

# no year anywhere: the founding and its moves are undated
_UNDATED = """# title: 随州市医疗保障局挂牌成立
随州市医疗保障局挂牌成立
4月2日上午，随州市医疗保障局举行挂牌仪式。
新组建的市医疗保障局为市政府工作部门，将市人力资源和社会保障局的城镇职工基本医疗保险职责，市民政局的医疗救助职责，市物价局的药品和医疗服务价格管理职责，市卫生健康委员会的新型农村合作医疗职责整合划入市医疗保障局。
"""

_DATED = """# title: 孝感市林业和草原局挂牌（2019年3月20日）
孝感市林业和草原局挂牌
2019年3月20日，孝感市林业和草原局正式挂牌。将市农业局的草原监督管理职责划入市林业和草原局。
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("kg"),
                       {"undated.txt": _UNDATED, "dated.txt": _DATED})
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize("question, before", [
    ("随州市医疗救助改革以前在哪个部门", "随州市民政局"),
    ("随州的医疗救助原来是哪个部门的？", "随州市民政局"),
    ("随州药品和医疗服务价格管理以前谁管", "随州市物价局"),
    ("改革前随州市城镇职工基本医疗保险归哪个局", "随州市人力资源和社会保障局"),
])
def test_the_holder_before_an_undated_move(store, question: str, before: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "who_handles", result
    assert _names(result)[:1] == [before], result["answer"]
    assert "随州市医疗保障局" in _names(result), result["answer"]
    assert "日期不详" in result["answer"], result["answer"]


def test_now_is_the_holder_now(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "随州市医疗救助现在谁管")
    assert _names(result)[:1] == ["随州市医疗保障局"], result["answer"]


def test_a_dated_move_keeps_its_date(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "孝感的草原监督管理原来是哪个部门的？")
    assert _names(result)[:1] == ["孝感市农业局"], result["answer"]
    assert "的改革之前计" in result["answer"] and "日期不详" not in result["answer"], result["answer"]


@pytest.mark.parametrize("question, holder", [("随州新农合以前谁管", "随州市卫生健康委员会"),
                                              ("随州新农合现在谁管", "随州市医疗保障局")])
def test_a_duty_short_form_staff_type(store, question: str, holder: str) -> None:  # type: ignore[no-untyped-def]
    """"新农合" is written by no clause: the clauses' wording (新型农村合作医疗) is searched."""
    result = ask(store, question)
    assert _names(result)[:1] == [holder], result["answer"]


def test_the_query_function_reads_a_short_form_as_ask_does(store) -> None:  # type: ignore[no-untyped-def]
    """The route and the CLI call who_handles itself: the short form is read there, not only in /ask."""
    from queries.who_handles import who_handles

    short = [r["id"] for r in who_handles(store, "新农合", jurisdiction="随州市")]
    assert short and short == [r["id"] for r in who_handles(store, "新型农村合作医疗", jurisdiction="随州市")]


def test_short_forms_are_expanded_only_when_no_clause_writes_them() -> None:
    from queries.who_handles import expand_duty_short_forms

    class _Index:
        text_count = 1
        unique_texts = ["负责全县城乡低保工作。"]

    assert expand_duty_short_forms("新农合", None) == "新型农村合作医疗"
    assert expand_duty_short_forms("低保", _Index()) == "低保"  # a clause writes 低保 itself
    assert expand_duty_short_forms("草原防火", None) == "草原防火"


# no place asked: the central move of the duty sets the day, not a county's later one
_CENTRAL = """# title: 关于调整国家卫生健康委员会职责机构编制的通知（2023年9月24日）
关于调整国家卫生健康委员会职责机构编制的通知
一、将国家卫生健康委员会的组织拟订并协调落实应对人口老龄化政策措施、承担全国老龄工作委员会的具体工作等职责划入民政部。
"""

_COUNTY = """# title: 中共宁陵县委机构编制委员会关于调整县卫生健康局职责的通知（2024年3月1日）
中共宁陵县委机构编制委员会关于调整县卫生健康局职责的通知
将县卫生健康局的老龄工作职责划入县民政局。
"""


@pytest.fixture(scope="module")
def levels(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs3"), tmp_path_factory.mktemp("kg3"),
                       {"central.txt": _CENTRAL, "county.txt": _COUNTY})
    yield s
    s.close()


@pytest.mark.parametrize("question", ["老龄工作以前谁管", "改革前老龄工作归哪个部门", "老龄工作职责以前在哪个部门"])
def test_without_a_place_the_central_move_sets_the_day(levels, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(levels, question)
    assert _names(result)[:1] == ["国家卫生健康委员会"], result["answer"]
    assert "2023年9月23日" in result["answer"], result["answer"]


def test_a_place_asked_keeps_its_own_move(levels) -> None:  # type: ignore[no-untyped-def]
    result = ask(levels, "宁陵县老龄工作以前谁管")
    assert _names(result)[:1] == ["宁陵县卫生健康局"], result["answer"]
