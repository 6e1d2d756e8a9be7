"""Questions as staff type them (ninth session, helper askcolloq): colloquial, terse and
formal forms of one ask, short names of Party committee bodies, and the refusal of a unit
that does not exist in a real place.

* a body of a local Party committee named with its place (中共<place>委<body>) is typed
  without 中共 and shortened after the committee: 松岭县委社工部, 白河区委编办
  (``kg.abbrev._PLACED_COMMITTEE``);

Names and sentences below are written for the test, in the genre (not copied from a corpus
document).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.abbrev import abbreviations
from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry

TODAY = date(2026, 12, 1)


# ---------------------------------------------------------------- Party committee short forms


@pytest.mark.parametrize(("full", "short"), [
    ("中共松岭县委社会工作部", "松岭县委社工部"),
    ("中共松岭县委社会工作部", "松岭县委社会工作部"),
    ("中共白河区委机构编制委员会办公室", "白河区委编办"),
    ("中共东湖市委网络安全和信息化委员会办公室", "东湖市委网信办"),
    ("中共青松自治县委社会工作部", "青松自治县委社工部"),
    ("中共南坪省委机构编制委员会办公室", "南坪省委编办"),
])
def test_placed_committee_short_forms(full: str, short: str) -> None:
    assert short in abbreviations(full, min_len=2)


@pytest.mark.parametrize("full", ["中共中央网络安全和信息化委员会办公室", "东湖市卫生健康委员会", "松岭县发展和改革局"])
def test_placed_committee_rule_leaves_other_names(full: str) -> None:
    # the central Party bodies keep their own rule; a government body is no committee body
    assert not any(f.endswith(("社工部", "委编办")) or f.startswith(("中共中央网", "东湖市委", "松岭县委"))
                   for f in abbreviations(full, min_len=2) if f != "中共中央网信办")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("songling", date="2024-05-10", jurisdiction="松岭县")
              .unit("中共松岭县委社会工作部", kind="县委职能部门", signs=["县委两新工作委员会"], valid_from="2024-05-10")
              .duty("中共松岭县委社会工作部", "负责全县志愿服务工作。")
              .unit("中共松岭县委机构编制委员会办公室", kind="县委工作机关", rank="正科级")
              .staffing("中共松岭县委机构编制委员会办公室", "行政编制", "核定", 9))
    return s


@pytest.mark.parametrize("question", ["松岭县委社工部加挂什么牌子？", "松岭县委社工部挂的啥牌子", "松岭县委社会工作部牌子？"])
def test_committee_body_by_short_name(store: NetworkxStore, question: str) -> None:
    result = ask(store, question, today=TODAY)
    assert result["units"] and result["units"][0]["name"] == "中共松岭县委社会工作部", result["answer"]
    assert "两新工作委员会" in result["answer"]


@pytest.mark.parametrize("question", ["松岭县委编办编制多少？", "松岭县委编办有几个编制", "松岭县委编办行政编制？"])
def test_committee_office_by_short_name(store: NetworkxStore, question: str) -> None:
    result = ask(store, question, today=TODAY)
    assert result["units"] and result["units"][0]["name"] == "中共松岭县委机构编制委员会办公室", result["answer"]
    assert "9" in result["answer"]
