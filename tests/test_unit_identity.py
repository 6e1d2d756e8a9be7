"""Unit identity review (issue 12): candidate pairs with evidence, a person's merge or reject
stored beside the data, surviving re-ingest and rebuild, undoable."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app
from api.settings import Settings
from ingest.pipeline import decide, ingest_paths, rebuild
from kg.decisions import REJECT, load_decisions
from kg.model import Predicate
from kg.stores.networkx_store import NetworkxStore
from queries.duplicates import duplicate_candidates, is_abbreviation
from tests.builders import apply_doc, doc
from tests.test_ingest_order import exported

runner = CliRunner()


def two_names(store: NetworkxStore) -> None:
    """One bureau written two ways by two documents; nothing in them says they are one (住建局 is
    linked to 住房和城乡建设局 by the short-stem table, kg.short_forms; 市管局 is no short stem
    the table derives, so a person decides)."""
    apply_doc(store, doc("ledger", date="2019-03", jurisdiction="示例县", kind="sanding")
              .unit("示例县市场监督管理局", kind="政府工作部门").duties("示例县市场监督管理局", "负责全县市场主体登记工作"))
    apply_doc(store, doc("news", date="2020-05", jurisdiction="示例县", kind="news")
              .staffing("县市管局", "行政编制", "核增", 2))


def pair_ids(store: NetworkxStore) -> tuple[str, str]:
    [pair] = [p for p in duplicate_candidates(store) if "市管局" in p["a"]["name"] + p["b"]["name"]]
    short = pair["a"] if "市管局" in pair["a"]["name"] else pair["b"]
    full = pair["b"] if short is pair["a"] else pair["a"]
    assert [e["kind"] for e in pair["evidence"]][:1] == ["简称"] and pair["evidence"][-1]["kind"] == "时期"
    return short["id"], full["id"]


def test_abbreviations() -> None:
    assert is_abbreviation("住建局", "住房和城乡建设局")
    assert not is_abbreviation("总局", "国家市场监督管理总局")
    assert not is_abbreviation("国家市场监督管理总局", "国家市场监督管理总局反垄断局")


def test_merge_survives_rebuild_and_reingest_and_can_be_undone(tmp_path: Path) -> None:
    store = NetworkxStore(tmp_path / "kg")
    two_names(store)
    short, full = pair_ids(store)
    before = exported(store)
    decide(store, short, full)
    assert store.get_unit(short) is None
    assert any(f.value == "行政编制" for f in store.facts(full, Predicate.STAFFING))
    assert not [p for p in duplicate_candidates(store) if short in (p["a"]["id"], p["b"]["id"])]
    merged = exported(store)
    rebuild(store)
    assert exported(store) == merged
    # re-ingesting a changed version of the news: the merge still holds
    apply_doc(store, doc("news", date="2020-05", jurisdiction="示例县", kind="news")
              .staffing("县市管局", "行政编制", "核增", 3))
    rebuild(store)
    assert store.get_unit(short) is None
    assert {f.amount for f in store.facts(full, Predicate.STAFFING)} == {3}
    decide(store, "县市管局", full, undo=True)  # the merged unit is gone: named by its name
    assert store.get_unit(short) is not None and load_decisions(store) == []
    apply_doc(store, doc("news", date="2020-05", jurisdiction="示例县", kind="news")
              .staffing("县市管局", "行政编制", "核增", 2))
    rebuild(store)
    assert exported(store) == before


def test_reject_takes_the_pair_off_the_list(tmp_path: Path) -> None:
    store = NetworkxStore(tmp_path / "kg")
    two_names(store)
    short, full = pair_ids(store)
    decide(store, short, full, verdict=REJECT)
    assert store.get_unit(short) is not None
    assert not [p for p in duplicate_candidates(store) if short in (p["a"]["id"], p["b"]["id"])]
    decide(store, short, full, verdict=REJECT, undo=True)
    assert pair_ids(store) == (short, full)


def test_cli_and_route(tmp_path: Path) -> None:
    store_dir = tmp_path / "kg"
    store = NetworkxStore(store_dir)
    two_names(store)
    short, full = pair_ids(store)
    store.close()
    listed = runner.invoke(app, ["units", "--duplicates", "--json", "--store", str(store_dir)])
    assert listed.exit_code == 0, listed.output
    assert any({p["a"]["id"], p["b"]["id"]} == {short, full} for p in json.loads(listed.output))
    with TestClient(create_app(Settings(store_path=str(store_dir)))) as client:
        body = client.get("/units/duplicates").json()
        assert body["total"] >= 1 and any(e["kind"] == "简称" for p in body["pairs"] for e in p["evidence"])
    merged = runner.invoke(app, ["merge", short, full, "--store", str(store_dir)])
    assert merged.exit_code == 0 and "已合并" in merged.output, merged.output
    assert (store_dir / "identity.yaml").is_file()
    rebuilt = runner.invoke(app, ["rebuild", "--store", str(store_dir)])
    assert rebuilt.exit_code == 0 and "已按日期顺序重建图谱：2 份文件" in rebuilt.output, rebuilt.output
    assert NetworkxStore(store_dir).get_unit(short) is None
    undone = runner.invoke(app, ["merge", "--undo", "县市管局", full, "--store", str(store_dir)])
    assert undone.exit_code == 0 and "已撤销合并" in undone.output, undone.output
    assert NetworkxStore(store_dir).get_unit(short) is not None


def test_sample_candidates_carry_evidence(tmp_path: Path) -> None:
    store = NetworkxStore(tmp_path / "kg")
    ingest_paths(store, [Path(__file__).resolve().parent.parent / "samples" / "示例县"])
    pairs = duplicate_candidates(store)
    assert pairs and all(p["evidence"] and p["evidence"][-1]["kind"] == "时期" for p in pairs)
