"""The two storage backends side by side on the same synthetic data: the embedded networkx
store (SQLite underneath) and Neo4j 5.26 (started by tests/neo4j_server/harness.py).

    python -m bench.bench_backends [--units 10000 100000] [--clauses-per-unit 3]
                                   [--backends networkx neo4j] [--heap 1g] [--ingest-budget SECONDS]

Data: ``bench.synth.generate(..., reforms=True)``: one document per county (40 units, each
with ``--clauses-per-unit`` clauses) plus four reform events per county (two chained merges,
a rename, a duty transfer), so lineage has something to walk.

Measured, per backend and size, each in a child process of its own (so peak RSS is its own;
Neo4j gets a fresh server per size):

* ingest: units/s and documents/s through ``replace_document`` (generation not timed);
* lineage: p50/p95 of ``queries.lineage.lineage`` over 50 units (the reform units and one
  untouched unit, from counties spread over the data);
* index build: ``store.clauses()`` plus a ``ClauseIndex`` over ``HashEmbedder`` (the hash fake,
  not the e5 model, so the numbers measure the stores, not the model);
* who-handles: p50/p95 of ``queries.who_handles.who_handles`` over 20 queries;
* memory: peak RSS of the Python process; for Neo4j also the JVM's VmRSS (and its peak,
  VmHWM) from /proc/<pid>/status at the end.

``--ingest-budget`` stops an ingest that runs longer, reports how far it got with the
extrapolated full time, and runs the queries on what was loaded. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bench.synth import TOPICS, UNITS, generate, reform_units
from kg.index.clause_index import ClauseIndex
from kg.index.embedder import HashEmbedder
from kg.model import stable_id
from kg.store import GraphStore
from queries.lineage import lineage
from queries.who_handles import who_handles

QUERIES = [f"谁负责{t}" for t in TOPICS[:20]]
LINEAGE_UNITS = 50
AT = "2022"


def lineage_targets(counties: int) -> list[str]:
    """50 units: in evenly spaced counties, the reform units in turn and an untouched 教育局."""
    out = []
    for i in range(LINEAGE_UNITS):
        place = f"合成{1 + i * counties // LINEAGE_UNITS:05d}县"
        choices = [*reform_units(place), stable_id("u", place, "教育局")]
        out.append(choices[i % len(choices)])
    return out


def timed(fn: Callable[[Any], Any], items: list[Any]) -> tuple[list[Any], list[float]]:
    fn(items[0])  # warm-up (query plans, caches)
    results, ms = [], []
    for item in items:
        t0 = time.perf_counter()
        results.append(fn(item))
        ms.append((time.perf_counter() - t0) * 1000)
    return results, ms


def measure(store: GraphStore, units: int, per_unit: int, budget: float | None) -> dict[str, Any]:
    out: dict[str, Any] = {"units": units}
    docs, spent = 0, 0.0
    total_docs = -(-units // len(UNITS))
    for facts, records in generate(units * per_unit, clauses_per_unit=per_unit, reforms=True):
        t0 = time.perf_counter()
        store.replace_document(facts, records)
        spent += time.perf_counter() - t0
        docs += 1
        if docs == 1:
            out["first_doc_s"] = spent  # cold: JIT, query planning
        if docs % max(1, total_docs // 10) == 0:
            print(f"  {store.backend} {units}: {docs}/{total_docs} documents, {spent:.0f} s", file=sys.stderr, flush=True)
        if budget is not None and spent > budget and docs < total_docs:
            out["stopped_at_units"] = min(units, docs * len(UNITS))
            out["extrapolated_ingest_s"] = spent * total_docs / docs
            break
    loaded = min(units, docs * len(UNITS))
    out.update(docs=docs, ingest_s=spent, units_per_s=loaded / spent, docs_per_s=docs / spent)

    targets = lineage_targets(max(1, loaded // len(UNITS)))  # complete counties only
    found, ms = timed(lambda u: lineage(store, u, at=AT), targets)
    out.update(lineage_p50_ms=float(np.percentile(ms, 50)), lineage_p95_ms=float(np.percentile(ms, 95)))
    answers = [[[a["id"] for a in r["ancestors"]], [d["id"] for d in r["descendants"]]] for r in found]

    t0 = time.perf_counter()
    clauses = sorted(store.clauses(), key=lambda c: c.id)  # the same order on both backends
    index = ClauseIndex([c.id for c in clauses], [c.text for c in clauses], HashEmbedder())
    out["index_s"] = time.perf_counter() - t0
    found, ms = timed(lambda q: who_handles(store, q, at=AT, top=10, index=index), QUERIES)
    out.update(who_p50_ms=float(np.percentile(ms, 50)), who_p95_ms=float(np.percentile(ms, 95)))
    answers.append([[u["id"] for u in r] for r in found])
    out["answers"] = hashlib.sha256(json.dumps(answers).encode()).hexdigest()[:12]
    return out


def vm_status(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM (peak) of a process in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields


def run_one(backend: str, units: int, per_unit: int, heap: str, budget: float | None) -> dict[str, Any]:
    with contextlib.ExitStack() as stack:
        jvm_pid = None
        store: GraphStore
        if backend == "networkx":
            from kg.stores.networkx_store import NetworkxStore

            store = NetworkxStore(Path(stack.enter_context(tempfile.TemporaryDirectory())))
        else:
            import neo4j

            from kg.stores.neo4j_store import Neo4jStore
            from tests.neo4j_server.harness import Neo4jServer

            server = stack.enter_context(Neo4jServer(heap=heap))
            assert server._proc is not None and server.uri is not None
            jvm_pid = server._proc.pid
            driver = stack.enter_context(neo4j.GraphDatabase.driver(server.uri, auth=None))
            neo = Neo4jStore(driver)
            neo.ensure_schema()
            store = neo
        stack.callback(store.close)
        load_before = os.getloadavg()[0]
        out = {"backend": backend, **measure(store, units, per_unit, budget)}
        out["load"] = f"{load_before:.1f}→{os.getloadavg()[0]:.1f}"
        out["py_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if jvm_pid is not None:
            vm = vm_status(jvm_pid)
            out.update(jvm_rss_mb=vm["VmRSS"], jvm_hwm_mb=vm["VmHWM"], heap=heap,
                       startup_s=server.startup_seconds)
        return out


COLUMNS = [
    ("backend", "backend", "{}"), ("units", "units", "{:,}"), ("docs", "docs", "{:,}"),
    ("ingest_s", "ingest s", "{:.1f}"), ("first_doc_s", "of it 1st doc s", "{:.2f}"), ("units_per_s", "units/s", "{:,.0f}"), ("docs_per_s", "docs/s", "{:.2f}"),
    ("lineage_p50_ms", "lineage p50 ms", "{:.1f}"), ("lineage_p95_ms", "lineage p95 ms", "{:.1f}"),
    ("index_s", "index build s", "{:.2f}"),
    ("who_p50_ms", "who-handles p50 ms", "{:.1f}"), ("who_p95_ms", "who-handles p95 ms", "{:.1f}"),
    ("py_rss_mb", "Python peak RSS MB", "{:,.0f}"), ("jvm_rss_mb", "JVM RSS MB (peak)", "{:,.0f}"),
    ("total_rss_mb", "total RSS MB", "{:,.0f}"), ("load", "load 1m", "{}"), ("answers", "answers", "{}"),
]


def table(rows: list[dict[str, Any]]) -> str:
    lines = ["| " + " | ".join(h for _, h, _ in COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        r = {**r, "total_rss_mb": r["py_rss_mb"] + r.get("jvm_rss_mb", 0.0)}
        cells = []
        for key, _, fmt in COLUMNS:
            cell = fmt.format(r[key]) if key in r else "–"
            if key == "jvm_rss_mb" and key in r:
                cell += f" ({r['jvm_hwm_mb']:,.0f})"
            if key == "units" and "stopped_at_units" in r:
                cell = f"{r['stopped_at_units']:,} of {r['units']:,} (stopped)"
            cells.append(cell)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--clauses-per-unit", type=int, default=3)
    parser.add_argument("--backends", nargs="+", default=["networkx", "neo4j"], choices=["networkx", "neo4j"])
    parser.add_argument("--heap", default="1g", help="Neo4j JVM -Xmx (the harness's heap argument)")
    parser.add_argument("--ingest-budget", type=float, default=None, help="stop an ingest after this many seconds")
    parser.add_argument("--one", nargs=2, metavar=("BACKEND", "UNITS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:  # child: one backend, one size; the result as the last stdout line
        row = run_one(args.one[0], int(args.one[1]), args.clauses_per_unit, args.heap, args.ingest_budget)
        print(json.dumps(row))
        return

    print(f"uptime: {os.popen('uptime').read().strip()}", file=sys.stderr)
    rows = []
    for units in args.units:
        for backend in args.backends:
            cmd = [sys.executable, "-m", "bench.bench_backends", "--one", backend, str(units),
                   "--clauses-per-unit", str(args.clauses_per_unit), "--heap", args.heap]
            if args.ingest_budget is not None:
                cmd += ["--ingest-budget", str(args.ingest_budget)]
            proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent)
            if proc.returncode != 0:
                print(f"{backend} {units}: failed (exit {proc.returncode})", file=sys.stderr)
                continue
            rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print(f"\n{args.clauses_per_unit} clauses per unit, 40 units and 4 reform events per document; "
          f"as-of date {AT}; embedder HashEmbedder (hash-ngram-256).\n")
    print(table(rows))
    neo = [r for r in rows if r["backend"] == "neo4j"]
    if neo:
        print(f"\nNeo4j: -Xmx{neo[0]['heap']}, 256 MiB page cache (the harness's launcher), "
              f"server start {neo[0]['startup_s']:.1f} s (not in the table). JVM RSS at the end, peak (VmHWM) in brackets.")
    print("answers: a hash of the lineage ancestors/descendants and who-handles units; equal hashes at one size "
          "mean both backends gave the same answers.")


if __name__ == "__main__":
    main()
