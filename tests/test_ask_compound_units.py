"""The units of a compound question (queries.ask.core.ask): the parts' units in order, except
that a part whose answer is a date or a sign of the unit asked about (哪年组建, 挂什么牌子)
names no unit of its own; when other parts name units, those are the answer and the unit asked
about is left out of the merged units (each part still lists it in ``parts``). A part asking a
figure of the unit (级别, 编制) keeps it: the unit holds that figure.

Documents are built here with the statement builders (tests/builders.py), in the genre.
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
    apply_doc(s, doc("plan", date="2019-02", jurisdiction="南屏县")
              .unit("农业局", kind="县政府工作部门")
              .unit("畜牧兽医局", kind="县政府工作部门")
              .unit("人民政府", kind="县人民政府")
              .establish("农业农村局", inputs=["农业局", "畜牧兽医局"], date="2019-02")
              .unit("农业农村局", kind="县政府工作部门", rank="正科级", parent="人民政府", relation="领导")
              .add_sign("农业农村局", "扶贫开发办公室", date="2019-02"))
    yield s
    s.close()


def _ids(store, result) -> set[str]:  # type: ignore[no-untyped-def]
    return {u["name"] for u in result["units"]}


@pytest.mark.parametrize("question", ["南屏县农业农村局哪年组建的？由哪些单位合并而成？",
                                      "南屏县农业农村局的前身是什么，挂什么牌子？",
                                      "南屏县农业农村局挂了什么牌子？它是由哪些局合并的？"])
def test_a_date_or_sign_part_adds_no_unit(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert len(result["parts"]) == 2, result
    assert _ids(store, result) == {"南屏县农业局", "南屏县畜牧兽医局"}, result["answer"]
    assert any(u["name"] == "南屏县农业农村局" for p in result["parts"] for u in p["units"]), "the part keeps it"


def test_a_figure_part_keeps_its_unit_first(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "南屏县农业农村局什么级别，由哪些单位合并组建？")
    assert result["units"][0]["name"] == "南屏县农业农村局", result["answer"]


def test_parts_about_the_unit_only_keep_it(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "南屏县农业农村局哪年组建的？挂什么牌子？")
    assert [u["name"] for u in result["units"]][:1] == ["南屏县农业农村局"], result["answer"]
