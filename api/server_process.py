"""`kg serve` in a child process on a free loopback port: for the end-to-end tests and the
load benchmark, which must talk to the real server over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from ingest.pipeline import FileResult, ingest_paths
from kg.paths import shared_dir

REPO = Path(__file__).resolve().parent.parent
SHARED = shared_dir()  # the development documents, beside a clone


def demo_store(directory: Path, shared: Path = SHARED) -> tuple[Path, list[FileResult]]:
    """What ``make run`` serves: the sample county plus the development corpus and seeds
    when they are there, ingested through the real pipeline into ``directory/kgdata``."""
    from kg.stores.networkx_store import NetworkxStore

    data = directory / "kgdata"
    folders = [p for p in (shared / "corpus", shared / "seeds", REPO / "samples" / "示例县") if p.is_dir()]
    store = NetworkxStore(data)
    try:
        results = ingest_paths(store, folders)
    finally:
        store.close()
    return data, results


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerNotReady(RuntimeError):
    pass


class ServerProcess:
    """Starts at construction; ``wait_ready()`` polls /health; ``stop()`` terminates and waits,
    so no server outlives its user. ``env`` entries set to None are removed; the write token
    is removed unless given."""

    def __init__(self, store: Path, log: Path, env: dict[str, str | None] | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log
        full_env: dict[str, str | None] = {**os.environ, "PYTHONUNBUFFERED": "1", "KG_API_TOKEN": None, **(env or {})}
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "serve", "--store", str(store), "--host", "127.0.0.1",
             "--port", str(self.port)],
            cwd=REPO, env={k: v for k, v in full_env.items() if v is not None}, stdout=self._log,
            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def wait_ready(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerNotReady(f"服务进程退出（{self.proc.returncode}）：\n{self.log()}")
            try:
                if httpx.get(f"{self.url}/health", timeout=2.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise ServerNotReady(f"服务在 {timeout:.0f} 秒内没有就绪：\n{self.log()}")

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=20)
        self._log.close()
