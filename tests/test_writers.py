"""Several processes on one embedded store (issue 14): one writer at a time, names resolved
against the data as it is inside the write, and every process told when another wrote.

* Two `kg ingest`-like writer processes with overlapping batches run at once while a reader
  keeps refreshing and querying; the result equals a sequential ingest in the order the
  writes were committed (each writer logs the durable revision of each of its writes), and
  no record refers to a unit that is gone.
* A process that writes right after another process wrote still sees that other write (the
  server used to miss a CLI write that landed just before one of its own).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ingest.pipeline import ingest_paths
from kg.model import record_unit_refs
from kg.paths import shared_dir
from kg.store import GraphStore, open_store
from tests.test_contract import snapshot

REPO = Path(__file__).resolve().parents[1]
CORPUS = shared_dir() / "corpus"

WRITER = """
import json, sys
from ingest.pipeline import UNCHANGED, ingest_paths
from kg.store import open_store
store = open_store("networkx", sys.argv[1])
for path in sys.argv[2:]:
    result = ingest_paths(store, [path])[0]
    print(json.dumps({"path": path, "status": result.status, "revision": store.revision,
                      "written": result.status == "成功" and UNCHANGED not in result.reviews}), flush=True)
store.close()
"""


def _texts() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.fail(f"the development corpus is missing: {CORPUS} (set KG_SHARED)")
    return sorted(p for p in CORPUS.glob("*.txt"))


def dangling(store: GraphStore) -> list[str]:
    """Unit ids that a stored record refers to but the store does not hold."""
    units = {u.id for u in store.units()}
    out = []
    for doc in store.documents():
        for kind, item in store.document_records(doc.id).items():
            out.extend(sorted(record_unit_refs(kind, item) - units))
    return out


def test_two_writer_processes_and_a_reader_equal_a_sequential_ingest(tmp_path: Path) -> None:
    texts = _texts()
    third = len(texts) // 3
    first, second = texts[: 2 * third], texts[third:]  # the middle third is in both batches
    second = list(reversed(second))  # the overlap is written in the opposite order
    directory = tmp_path / "shared-store"
    open_store("networkx", directory).close()
    # each process has its own hash seed: the graph does not depend on it (tests/test_determinism.py)
    env = {**os.environ, "KG_EMBED_MODEL": "hash", "PYTHONPATH": str(REPO)}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(directory), *map(str, batch)], cwd=REPO, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for batch in (first, second)]

    problems: list[str] = []
    reads = 0
    done = threading.Event()

    def read() -> None:
        nonlocal reads
        reader = open_store("networkx", directory)
        try:
            while not done.is_set():
                reader.refresh()
                missing = dangling(reader)
                if missing:
                    problems.append(f"revision {reader.revision}: {missing[:3]}")
                reads += 1
        finally:
            reader.close()

    thread = threading.Thread(target=read)
    thread.start()
    logs = []
    try:
        for proc in writers:
            out, err = proc.communicate(timeout=600)
            assert proc.returncode == 0, err[-3000:]
            logs += [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    finally:
        done.set()
        thread.join()
    assert reads > 0 and not problems, problems

    written = [entry for entry in logs if entry["written"]]  # an unchanged file writes nothing
    revisions = [entry["revision"] for entry in written]
    assert len(set(revisions)) == len(revisions), "two writes committed as one revision"
    order = [entry["path"] for entry in sorted(written, key=lambda e: e["revision"])]
    replayed = subprocess.run([sys.executable, "-c", WRITER, str(tmp_path / "sequential"), *order], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=600)
    assert replayed.returncode == 0, replayed.stderr[-3000:]
    assert all(json.loads(line)["status"] == "成功" for line in replayed.stdout.splitlines() if line.startswith("{"))
    concurrent = open_store("networkx", directory)
    replay = open_store("networkx", tmp_path / "sequential")
    try:
        assert not dangling(concurrent)
        assert snapshot(concurrent) == snapshot(replay)
        assert concurrent.revision == max(revisions)
    finally:
        concurrent.close()
        replay.close()


def _write(directory: Path, name: str, unit: str) -> Path:
    path = directory / name
    path.write_text(f"{unit}职能配置、内设机构和人员编制规定\n第一条 根据有关规定，制定本规定。\n"
                    f"第二条 {unit}是县政府工作部门，为正科级。\n"
                    f"第三条 {unit}主要职责是：\n（一）负责全县{name[:2]}工作。\n", encoding="utf-8")
    return path


def test_a_write_after_another_process_wrote_sees_that_write(tmp_path: Path) -> None:
    directory = tmp_path / "store"
    server = open_store("networkx", directory)  # two stores on one folder: two processes' views
    cli = open_store("networkx", directory)
    try:
        first = _write(tmp_path, "统计.txt", "样例县统计局")
        second = _write(tmp_path, "审计.txt", "样例县审计局")
        assert ingest_paths(cli, [first])[0].status == "成功"
        assert server.changed_elsewhere()
        assert ingest_paths(server, [second])[0].status == "成功"  # no read in between
        assert not server.changed_elsewhere()
        assert {d.id for d in server.documents()} == {d.id for d in cli.documents()} | {
            d.id for d in server.documents()} and len(server.documents()) == 2
        cli.refresh()
        assert snapshot(cli) == snapshot(server)
        assert server.revision == cli.revision
        # the revision is durable: a new process starts from it, not from zero
        again = open_store("networkx", directory)
        assert again.revision == server.revision
        again.close()
    finally:
        server.close()
        cli.close()
