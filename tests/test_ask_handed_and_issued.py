"""Two who_handles forms (queries.ask): "A的X职责划给了谁" asks who took X, so A (the giver)
is never the answer while another holder is recorded; "2013年三定出台前 / 改革方案印发以后" date a
question at the reform of that year (the plan's issuing words between the reform word and
前/后).

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


@pytest.mark.parametrize(("text", "kind", "year"), [
    ("2013年三定出台前，某市流通环节食品安全谁监管", "before_reform", 2013),
    ("2018年机构改革方案印发以后谁负责草原防火", "after_reform", 2018),
    ("2019年三定规定实施后某局编制多少", "after_reform", 2019),
    ("2016年改革前谁负责", "before_reform", 2016),
])
def test_issuing_words_after_the_reform_word(text: str, kind: str, year: int) -> None:
    spec, _ = extract_date(text)
    assert spec is not None and spec.kind == kind and spec.year == year, spec


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("sd", date="2010-06", jurisdiction="柳江市")
              .unit("人民政府办公厅", kind="市政府工作部门")
              .unit("商务局", kind="市政府工作部门")
              .duties("人民政府办公厅", "协助市政府领导同志处理市政府日常工作，负责市政府文电和会务工作。",
                      "配合做好全市招商引资和对外交流有关工作。")
              .duty("商务局", "负责全市招商引资和对外交流工作。", item=1)
              .transfer_duty("人民政府办公厅", "招商引资和对外交流职责", "商务局", date="2010-06"))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["柳江市人民政府办公厅的招商引资和对外交流职责划给了谁？",
                                      "柳江市人民政府办公厅原有的招商引资和对外交流职责交给哪个部门了"])
def test_the_giver_is_not_who_took_it(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] and result["units"][0]["name"] == "柳江市商务局", result["answer"]
