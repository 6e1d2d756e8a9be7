"""Durability of the embedded store: an ingest killed at any moment leaves the store as it
was before that file (or, once committed, as after it); re-ingest is a replace; deleting a
document removes what it contributed and reopens what it had ended."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ingest.pipeline import store_facts
from kg.apply import Applier
from kg.dates import as_of
from kg.model import DocumentFacts, Predicate
from kg.stores.networkx_store import NetworkxStore
from tests.builders import DocBuilder, apply_doc, doc, snapshot, unit_id, write_facts_file

REPO = Path(__file__).resolve().parents[1]

# The child process: open the store, put a spy between the store and its SQLite connection,
# ingest one document through the pipeline. The spy prints BEGIN/COMMIT as they happen and,
# depending on the mode, dies with os._exit before the k-th statement inside the transaction
# ("exit K") or right after COMMIT ("after-commit"); "run" just runs.
CHILD = textwrap.dedent("""
    import json, os, sys, time
    from pathlib import Path
    from ingest.pipeline import store_facts
    from kg.apply import Applier
    from kg.model import DocumentFacts, from_dict
    from kg.stores.networkx_store import NetworkxStore

    store_dir, facts_file, mode, k = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    facts = from_dict(DocumentFacts, json.loads(Path(facts_file).read_text("utf-8")))
    store = NetworkxStore(Path(store_dir))

    class Spy:
        def __init__(self, conn):
            self._conn, self.n = conn, None
        def __getattr__(self, name):
            return getattr(self._conn, name)
        def _run(self, method, sql, *args):
            head = sql.strip().split()[0].upper()
            if self.n is not None:
                self.n += 1
                if mode == "exit" and self.n == k:
                    os._exit(17)
            result = getattr(self._conn, method)(sql, *args)
            if head == "BEGIN":
                self.n = 0
                print("BEGIN", time.monotonic(), flush=True)
            elif head in ("COMMIT", "ROLLBACK"):
                self.n = None
                print(head, time.monotonic(), flush=True)
                if head == "COMMIT" and mode == "after-commit":
                    os._exit(18)
            return result
        def execute(self, sql, *args):
            return self._run("execute", sql, *args)
        def executemany(self, sql, *args):
            return self._run("executemany", sql, *args)

    store._conn = Spy(store._conn)
    result = store_facts(store, Applier(store), facts_file, facts)
    print("RESULT", result.status, json.dumps(result.errors, ensure_ascii=False), flush=True)
""")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def child(tmp_path: Path, store_dir: Path, facts_file: Path, mode: str, k: int = 0) -> subprocess.Popen[str]:
    script = tmp_path / "child.py"
    if not script.exists():
        script.write_text(CHILD, encoding="utf-8")
    return subprocess.Popen([sys.executable, str(script), str(store_dir), str(facts_file), mode, str(k)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=REPO)


def state_of(store_dir: Path) -> dict[str, object]:
    """Reopen the store from disk and read everything it holds."""
    conn = sqlite3.connect(store_dir / "kg.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    store = NetworkxStore(store_dir)
    try:
        return snapshot(store)
    finally:
        store.close()


def big_document(version: int, units: int = 120, duties: int = 6) -> DocumentFacts:
    """A large local document; version 2 drops some units and adds others, so that a
    half-written replace would be visible."""
    b = doc("big", date=f"2019-0{version}", jurisdiction="白城市", title=f"白城市事业单位汇编（第{version}版）")
    first = 0 if version == 1 else units // 3
    for i in range(first, first + units):
        name = f"市第{i}事务服务中心"
        b.unit(name, kind="事业单位", rank="正科级", parent="市自然资源局", relation="所属")
        for k in range(duties):
            b.duty(name, f"负责第{i}号片区第{k}类事务的组织实施（第{version}版）", item=k + 1)
        b.staffing(name, "事业编制", "核定", 10 + i % 7)
    b.transfer_duty("市自然资源局", "全市地质灾害防治职责", "市应急管理局")
    return b.build()


def base_documents() -> list[DocBuilder]:
    return [
        doc("base", date="2018-12", jurisdiction="白城市")
        .unit("市自然资源局", kind="政府工作部门").duties("市自然资源局", "负责全市地质灾害防治工作", "负责全市耕地保护")
        .unit("市应急管理局", kind="政府工作部门"),
    ]


@pytest.fixture
def prepared(tmp_path: Path) -> dict[str, object]:
    """A store holding the base documents and version 1 of the big document; the facts
    file of version 2; the states before and after ingesting version 2 (in a child)."""
    pristine = tmp_path / "pristine"
    store = NetworkxStore(pristine)
    for d in base_documents():
        apply_doc(store, d)
    apply_doc(store, big_document(1))
    store.close()
    facts_file = write_facts_file(tmp_path / "big-v2.json", big_document(2))
    before = state_of(pristine)

    reference = tmp_path / "reference"
    shutil.copytree(pristine, reference)
    proc = child(tmp_path, reference, facts_file, "run")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "RESULT 成功" in out, out + err
    times = {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if line.startswith(("BEGIN", "COMMIT"))}
    after = state_of(reference)
    assert after != before
    return {"pristine": pristine, "facts_file": facts_file, "before": before, "after": after,
            "write_seconds": times["COMMIT"] - times["BEGIN"]}


def test_exit_between_statements_inside_the_transaction(tmp_path: Path, prepared: dict) -> None:  # type: ignore[type-arg]
    killed = 0
    for k in range(1, 60):
        work = tmp_path / f"exit-{k}"
        shutil.copytree(prepared["pristine"], work)
        proc = child(tmp_path, work, prepared["facts_file"], "exit", k)
        out, err = proc.communicate(timeout=300)
        if proc.returncode == 0:  # fewer statements than k: the transaction ran to its end
            assert "RESULT 成功" in out
            assert state_of(work) == prepared["after"]
            break
        assert proc.returncode == 17, err
        assert "BEGIN" in out and "COMMIT" not in out
        assert state_of(work) == prepared["before"], f"killed before statement {k} of the transaction"
        killed += 1
    else:
        pytest.fail("the transaction never ended")
    assert killed >= 3  # delete, insert records, insert the document at the least


def test_exit_right_after_commit_keeps_the_new_version(tmp_path: Path, prepared: dict) -> None:  # type: ignore[type-arg]
    work = tmp_path / "after-commit"
    shutil.copytree(prepared["pristine"], work)
    proc = child(tmp_path, work, prepared["facts_file"], "after-commit")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 18, err
    assert state_of(work) == prepared["after"]


def test_sigkill_at_random_moments_during_the_write(tmp_path: Path, prepared: dict) -> None:  # type: ignore[type-arg]
    rng = random.Random(20180317)
    window = max(prepared["write_seconds"], 0.005)
    outcomes = []
    for attempt in range(5):
        work = tmp_path / f"kill-{attempt}"
        shutil.copytree(prepared["pristine"], work)
        proc = child(tmp_path, work, prepared["facts_file"], "run")
        assert proc.stdout is not None
        line = proc.stdout.readline()  # blocks until the transaction has begun
        assert line.startswith("BEGIN"), line + proc.communicate(timeout=300)[1]
        time.sleep(rng.uniform(0, window * 2))  # inside the transaction or just after it
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=300)
        state = state_of(work)
        if "COMMIT" in rest:
            assert state == prepared["after"]
        else:
            assert state in (prepared["before"], prepared["after"]), f"half-written store after kill {attempt}"
        outcomes.append("after" if state == prepared["after"] else "before")
    assert len(outcomes) == 5  # each kill left one whole version: before or after, never between


def test_a_failing_write_rolls_back_and_leaves_memory_and_disk_as_before(store_dir: Path) -> None:
    store = NetworkxStore(store_dir)
    for d in base_documents():
        apply_doc(store, d)
    apply_doc(store, big_document(1, units=10))
    before = snapshot(store)

    class Broken:
        def __init__(self, conn: sqlite3.Connection):
            self._conn, self.seen = conn, 0

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(self._conn, name)

        def execute(self, sql: str, *args):  # type: ignore[no-untyped-def]
            return self._conn.execute(sql, *args)

        def executemany(self, sql: str, *args):  # type: ignore[no-untyped-def]
            self.seen += 1
            if self.seen == 2:
                raise sqlite3.OperationalError("disk I/O error")
            return self._conn.executemany(sql, *args)

    real = store._conn
    store._conn = Broken(real)  # type: ignore[assignment]
    facts = big_document(2, units=10)
    result = store_facts(store, Applier(store), "big-v2.txt", facts)
    store._conn = real
    assert result.status == "失败"
    assert any("big-v2.txt" in e for e in result.errors)
    assert snapshot(store) == before
    store.close()
    assert state_of(store_dir) == before


# ---------------------------------------------------------------- re-ingest and delete


def _reform(store_dir: Path) -> tuple[NetworkxStore, DocumentFacts]:
    store = NetworkxStore(store_dir)
    apply_doc(store, doc("s2008", date="2008-07")
              .unit("国土资源部", kind="国务院组成部门").duties("国土资源部", "负责土地资源管理", "负责矿产资源管理")
              .unit("国家发展和改革委员会").duties("国家发展和改革委员会", "组织编制主体功能区规划", "拟订国民经济发展战略")
              .unit("国家海洋局", parent="国土资源部").duties("国家海洋局", "负责海洋环境保护"))
    plan = (doc("plan2018", date="2018-03")
            .establish("自然资源部", inputs=["国土资源部", "国家海洋局"], kind="国务院组成部门",
                       duties=[("国家发展和改革委员会", "组织编制主体功能区规划职责")])
            .add_sign("自然资源部", "国家海洋局")
            .establish("国家林业和草原局", parent="自然资源部")
            .staffing("自然资源部", "行政编制", "核定", 650)
            .staffing(None, "行政编制", "核减", 1200)
            .abolish("国土资源部", "国家海洋局")
            .build())
    return store, plan


def _counts(store: NetworkxStore) -> dict[str, int]:
    return {
        "units": len(store.units()), "clauses": len(store.clauses()), "facts": len(store.facts()),
        "events": len(store.events()), "documents": len(store.documents()),
        "endings": sum(len(store.endings(u.id)) for u in store.units()),
    }


def test_reingest_is_idempotent(store_dir: Path) -> None:
    store, plan = _reform(store_dir)
    applier = Applier(store)
    first = store_facts(store, applier, "plan2018.txt", plan)
    assert first.status == "成功", first.errors
    once, counts = snapshot(store), _counts(store)
    second = store_facts(store, applier, "plan2018.txt", plan)
    assert second.status == "成功", second.errors
    assert _counts(store) == counts
    assert snapshot(store) == once  # same ids, same values
    store.close()
    assert state_of(store_dir) == once


def test_reingest_of_an_edited_version_replaces_the_old_one(store_dir: Path) -> None:
    store, plan = _reform(store_dir)
    apply_doc(store, plan)
    assert store.get_unit(unit_id(store, "国家林业和草原局")) is not None
    plan.events = [e for e in plan.events if not any(m.name == "国家林业和草原局" for m in e.outputs)]
    apply_doc(store, plan)
    from kg.errors import UnitNotFound

    with pytest.raises(UnitNotFound):
        unit_id(store, "国家林业和草原局")
    assert len([e for e in store.events() if e.prov.doc_id == "plan2018"]) == len(plan.events)


def test_delete_removes_records_and_orphans_and_reopens_what_it_ended(store_dir: Path) -> None:
    store, plan = _reform(store_dir)
    before = snapshot(store)
    mlr, ndrc = unit_id(store, "国土资源部"), unit_id(store, "国家发展和改革委员会")
    apply_doc(store, plan)
    mnr = unit_id(store, "自然资源部")
    assert not store.exists_at(mlr, as_of("2019"))
    assert {d.id for d in store.documents()} == {"s2008", "plan2018"}

    assert store.delete_document("plan2018") is True
    assert store.delete_document("plan2018") is False
    assert snapshot(store) == before
    assert store.get_unit(mnr) is None  # only the plan knew it
    assert store.get_unit(unit_id(store, "国土资源部")) is not None
    assert store.exists_at(mlr, as_of("2019"))  # its ending is gone with the plan
    held = {c.text for c in store.clauses(f.object for f in store.facts_at(ndrc, Predicate.HOLDS, as_of("2019")))}
    assert held == {"组织编制主体功能区规划", "拟订国民经济发展战略"}
    assert not [f for f in store.facts() if f.prov.doc_id == "plan2018"]
    assert store.facts("中央", Predicate.STAFFING) == []
    store.close()
    assert state_of(store_dir) == before


def test_delete_of_an_earlier_document_keeps_units_a_later_one_needs(store_dir: Path) -> None:
    store, plan = _reform(store_dir)
    apply_doc(store, plan)
    mlr = unit_id(store, "国土资源部")
    store.delete_document("s2008")
    assert store.get_unit(mlr) is not None  # the plan still ends it and moves its duties
    assert not [c for c in store.clauses() if c.prov.doc_id == "s2008"]
    assert not [f for f in store.facts() if f.prov.doc_id == "s2008"]
    store.close()
    reopened = NetworkxStore(store_dir)
    assert reopened.get_unit(mlr) is not None
    reopened.close()


def test_a_unit_only_mentioned_leaves_with_its_document(store_dir: Path) -> None:
    """"将A的职责…整合" when A holds nothing recorded: A must not outlive the document."""
    store = NetworkxStore(store_dir)
    apply_doc(store, doc("p", date="2018-03").establish("国家医疗保障局", duties=[("国家卫生和计划生育委员会", None)]))
    assert {u.name for u in store.units()} == {"国家医疗保障局"}
    store.delete_document("p")
    assert store.units() == []
    store.close()
    assert state_of(store_dir)["units"] == set()


def test_reingest_of_an_edited_version_resolves_like_a_fresh_ingest(tmp_path: Path) -> None:
    def build(directory: Path, *versions: DocumentFacts) -> dict[str, object]:
        store = NetworkxStore(directory)
        apply_doc(store, doc("s", date="2008").unit("国家旅游局").duty("国家旅游局", "负责旅游业发展"))
        for version in versions:
            apply_doc(store, version)
        state = snapshot(store)
        store.close()
        return state

    v1 = doc("p", date="2018-03").abolish("国家旅游局").build()
    v2 = doc("p", date="2019-01").establish("国家旅游局").build()
    assert build(tmp_path / "edited", v1, v2) == build(tmp_path / "fresh", v2)
