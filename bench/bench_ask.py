"""Ready when it says it is: start-up, first answers and /ask throughput on the `make run` data.

    python -m bench.bench_ask [--cold] [--seconds 15] [--concurrency 1 4]

Builds what `make run` serves (samples/示例县 + ../shared/corpus + seeds) in a temporary
folder, starts `kg serve` with the default model and measures, from the moment the process
is started:

* listening: the first HTTP answer of any kind (``/health`` then says 503 not_ready);
* ready: the first ``/health`` 200 (model loaded, search index built, classifier trained);
* first answers: each of a few distinct questions asked once right after ready (none of them
  asked before by anyone), the latency of each;
* throughput of ``POST /ask``: the same question again and again ("cached": its query
  embedding is kept), 16 questions in turn ("rotating"), and a new question every time
  ("uncached": 谁负责 + a clause phrase of the store, never asked before), with
  ``--concurrency`` clients each, for ``--seconds`` (each uncached run takes fresh phrases).

``--cold`` points the embedding cache (``KG_CACHE``) at an empty folder, so the start-up
embeds every clause (as the very first `make run` does). Prints a Markdown table and the load
average. Only loopback is contacted; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx

from api.server_process import SHARED, ServerProcess, demo_store

FIRST = ["谁负责草原防火？", "自然资源部的前身是什么？", "国家药品监督管理局由哪个部门管理？", "应急部啥级别？",
         "2017年谁负责出入境检验检疫？", "国家卫生健康委员会有几个内设机构、多少编制？"]
DISTINCT = ["谁负责森林防火", "谁负责不动产登记", "谁负责食品安全监督管理", "谁负责防汛抗旱", "谁负责医疗救助",
            "国土资源部后来怎么样了", "国家海洋局牌子挂在哪", "中国老龄协会归谁管", "市场监管总局前身是",
            "示例县自然资源局有多少编制", "示例县有哪些政府工作部门", "谁负责退役军人优抚安置",
            "2016年价格监督检查与反垄断执法是哪个部门的职责", "煤矿安全监察找哪个部门", "国家能源局的历史沿革",
            "铁道部的职责划给了谁"]


def load_average() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def throughput(url: str, questions: list[str], clients: int, seconds: float) -> tuple[float, float, float, int]:
    """(req/s, p50 ms, p95 ms, errors) for ``clients`` threads asking ``questions`` in turn."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker(offset: int) -> None:
        i = offset
        with httpx.Client(timeout=30) as client:
            while time.monotonic() < stop:
                q = questions[i % len(questions)]
                i += 1
                t = time.perf_counter()
                r = client.post(f"{url}/ask", json={"question": q})
                dt = (time.perf_counter() - t) * 1000
                with lock:
                    latencies.append(dt)
                    if r.status_code != 200:
                        errors[0] += 1

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(k * len(questions) // clients,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else 0.0
    return len(latencies) / elapsed, statistics.median(latencies) if latencies else 0.0, p95, errors[0]


def fresh_questions(data: Path) -> list[str]:
    """谁负责X for thousands of distinct clause phrases of the store: never asked before, so
    neither the query embedding nor anything else is cached."""
    from kg.stores.networkx_store import NetworkxStore

    store = NetworkxStore(data)
    try:
        texts = sorted({c.text.strip("。；")[:n] for c in store.clauses() if len(c.text) >= 12 for n in (8, 12)})
    finally:
        store.close()
    return [f"谁负责{t}？" for t in texts]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold", action="store_true", help="empty embedding cache: every clause embedded at start")
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4])
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kg-bench-ask-") as tmp:
        directory = Path(tmp)
        os.environ.pop("KG_EMBED_MODEL", None)
        data, results = demo_store(directory, SHARED)
        fresh = fresh_questions(data)
        env: dict[str, str | None] = {"KG_EMBED_MODEL": None}
        if args.cold:
            env["KG_CACHE"] = str(directory / "cache")
        print(f"数据：{len(results)} 个文件（失败 {sum(r.status == '失败' for r in results)} 个）；"
              f"{'冷启动（空的嵌入缓存）' if args.cold else '嵌入缓存已有'}；负载 {load_average()}")
        t0 = time.monotonic()
        server = ServerProcess(data, directory / "server.log", env)
        try:
            listening = ready = None
            saw_503 = 0
            while time.monotonic() - t0 < 600:
                if server.proc.poll() is not None:
                    raise SystemExit(server.log())
                try:
                    r = httpx.get(f"{server.url}/health", timeout=5)
                except httpx.HTTPError:
                    time.sleep(0.05)
                    continue
                if listening is None:
                    listening = time.monotonic() - t0
                if r.status_code == 503:
                    saw_503 += 1
                elif r.status_code == 200:
                    ready = time.monotonic() - t0
                    health = r.json()
                    break
                time.sleep(0.05)
            if ready is None:
                raise SystemExit("not ready in 600 s:\n" + server.log())
            firsts = []
            with httpx.Client(timeout=60) as client:
                for q in FIRST:
                    t = time.perf_counter()
                    r = client.post(f"{server.url}/ask", json={"question": q})
                    firsts.append(((time.perf_counter() - t) * 1000, q, r.status_code))
            rows = []
            share = max(len(fresh) // len(args.concurrency), 1)
            for clients in args.concurrency:
                rows.append(("cached（同一问题）", clients, *throughput(server.url, [DISTINCT[0]], clients, args.seconds)))
                rows.append(("rotating（轮换16个问题）", clients, *throughput(server.url, DISTINCT, clients, args.seconds)))
                batch, fresh = fresh[:share], fresh[share:]
                rows.append(("uncached（每次一个新问题）", clients, *throughput(server.url, batch, clients, args.seconds)))
        finally:
            server.stop()

    print()
    print("| step | seconds after process start |")
    print("| --- | ---: |")
    print(f"| listening (/health 503 not_ready, seen {saw_503}×) | {listening:.1f} |")
    print(f"| ready (/health 200; warm-up {health.get('warmup_seconds')} s in the server: {health.get('warmup_steps')}) | {ready:.1f} |")
    print()
    print("| first answer after ready | ms | status |")
    print("| --- | ---: | ---: |")
    for ms, q, status in firsts:
        print(f"| {q} | {ms:.0f} | {status} |")
    print()
    print("| POST /ask | clients | req/s | p50 ms | p95 ms | errors |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, clients, rps, p50, p95, errors in rows:
        print(f"| {name} | {clients} | {rps:.1f} | {p50:.0f} | {p95:.0f} | {errors} |")
    print(f"\n负载（结束时）：{load_average()}")


if __name__ == "__main__":
    main()
