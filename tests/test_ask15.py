"""Question-side forms, fifteenth trial: a subdistrict's office said 街道办. Made-up names in the genre."""
from __future__ import annotations

import pytest

from kg.store import GraphStore
from queries.resolve import name_index
from tests.builders import apply_doc, doc, unit_id


@pytest.mark.parametrize("written, asked", [
    ("东城街道办事处", "东城街道办"),
    ("东城街道办事处", "样例区东城街道办"),
    ("样例区南湖街道办事处", "南湖街道办"),
])
def test_a_subdistrict_office_is_said_jiedaoban(store: GraphStore, written: str, asked: str) -> None:
    apply_doc(store, doc("a", date="2019", jurisdiction="样例区").establish(written))
    mine = unit_id(store, written if written.startswith("样例区") else "样例区" + written)
    assert [u for u, _ in name_index(store).lookup(asked)] == [mine]


def test_a_bare_jiedaoban_names_no_office(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2019", jurisdiction="样例区").establish("东城街道办事处"))
    assert name_index(store).lookup("街道办") == []


@pytest.mark.parametrize("question, rank", [
    ("样例县苗圃上面归谁管？", "股级"),
    ("样例县农机推广站归哪个部门管", "副科级"),
])
def test_a_managers_answer_says_the_units_rank(store: GraphStore, question: str, rank: str) -> None:
    from queries.ask import ask
    unit = question.split("上面")[0].split("归")[0]
    apply_doc(store, doc("a", date="2019", jurisdiction="样例县")
              .unit("样例县林业局", kind="政府工作部门", rank="正科级")
              .unit(unit, kind="事业单位", rank=rank, parent="样例县林业局", relation="所属"))
    result = ask(store, question)
    assert result["intent"] == "parent", result
    assert [u["name"] for u in result["units"]][:1] == ["样例县林业局"], result["answer"]
    assert f"{unit}（{rank}）" in result["answer"], result["answer"]
    assert "正科级" not in result["answer"]  # the manager's own rank is not the unit's


def test_a_managers_answer_without_a_rank_says_none(store: GraphStore) -> None:
    from queries.ask import ask
    apply_doc(store, doc("a", date="2019", jurisdiction="样例县")
              .unit("样例县林业局", kind="政府工作部门").unit("样例县苗圃", kind="事业单位", parent="样例县林业局", relation="所属"))
    result = ask(store, "样例县苗圃上面归谁管？")
    assert "样例县苗圃是样例县林业局的所属单位" in result["answer"], result["answer"]
