"""Embedding cache keyed by model and content hash, so re-ingest and restart re-embed nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np


def default_cache_dir() -> Path:
    return Path(os.environ.get("KG_CACHE") or Path.home() / ".cache" / "bianzhi-kg")


def content_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class EmbeddingCache:
    """A SQLite file per model: content hash → float16 vector."""

    def __init__(self, model_name: str, directory: Path | None = None):
        directory = (directory or default_cache_dir()) / "embeddings"
        directory.mkdir(parents=True, exist_ok=True)
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in model_name)
        self.path = directory / f"{safe}.sqlite3"
        self._conn = sqlite3.connect(self.path, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("CREATE TABLE IF NOT EXISTS vec(key BLOB PRIMARY KEY, dim INTEGER, data BLOB)")

    def embed(self, texts: Sequence[str], embed_fn: Callable[[list[str]], np.ndarray], batch: int = 256) -> np.ndarray:
        """Vectors for ``texts``; only texts not cached are passed to ``embed_fn``."""
        keys = [content_key(t) for t in texts]
        found: dict[bytes, np.ndarray] = {}
        for start in range(0, len(keys), 900):
            chunk = keys[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for key, dim, data in self._conn.execute(f"SELECT key, dim, data FROM vec WHERE key IN ({marks})", chunk):
                found[key] = np.frombuffer(data, dtype=np.float16).astype(np.float32).reshape(dim)
        missing = list(dict.fromkeys(k for k in keys if k not in found))
        if missing:
            text_of = dict(zip(keys, texts, strict=True))
            for start in range(0, len(missing), batch):
                chunk = missing[start : start + batch]
                vectors = np.asarray(embed_fn([text_of[k] for k in chunk]), dtype=np.float32)
                rows = [(k, int(v.shape[0]), v.astype(np.float16).tobytes()) for k, v in zip(chunk, vectors, strict=True)]
                with self._conn:
                    self._conn.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?, ?)", rows)
                for k, v in zip(chunk, vectors, strict=True):
                    found[k] = v
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[k] for k in keys])

    def close(self) -> None:
        self._conn.close()
