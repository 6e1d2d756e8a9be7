"""A fixed centre per embedding model for the overlap scores.

Overlap scores are cosines of clause vectors *centred*: clauses share a template (负责全县…工作)
that puts every pair of them close together, and subtracting the common direction leaves what a
clause is about. Centred on the mean of the store's own clauses, every score moved whenever
documents were added (the 12-05 merge moved e5 precision at the 中 bar from 0.91 to 0.79), and
bars chosen on our store did not hold on a user's. So the centre is fixed per model: the mean
of the model's vectors of a fixed reference set of duty clause texts
(``kg/data/reference_clauses.txt``), computed once by ``scripts/clause_mean.py`` and stored in
``kg/data/clause_means/`` as ``<model name>.<dim>.txt`` with its provenance in the header.

A model with no stored mean (a user's own model, ``KG_EMBED_MODEL=…``) is centred on the
store's mean as before, and the log says so once per model: its scores drift as documents are
added, and the script writes it a mean.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

log = logging.getLogger("kg.index")

DATA = Path(__file__).resolve().parents[1] / "data"
MEANS_DIR = DATA / "clause_means"
REFERENCE = DATA / "reference_clauses.txt"

STORE_MEAN = "store mean"  # ClauseIndex.centre when no mean is stored for the model

_warned: set[tuple[str, int]] = set()
_lock = threading.Lock()


def mean_path(model_name: str, dim: int, directory: Path | None = None) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in model_name)
    return (directory or MEANS_DIR) / f"{safe}.{dim}.txt"


def read_mean(path: Path) -> tuple[dict[str, str], np.ndarray]:
    """A stored mean: its header (``# key: value`` lines) and its values (one a line)."""
    header: dict[str, str] = {}
    values: list[float] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep:
                header.setdefault(key.strip(), value.strip())
        elif line.strip():
            values.append(float(line))
    return header, np.asarray(values, dtype=np.float32)


def write_mean(path: Path, model_name: str, mean: np.ndarray, provenance: dict[str, str]) -> None:
    lines = [f"# model: {model_name}", f"# dim: {len(mean)}"]
    lines += [f"# {key}: {value}" for key, value in provenance.items()]
    lines += [f"{float(v):.9g}" for v in mean]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def stored_mean(model_name: str, dim: int, directory: Path | None = None) -> np.ndarray | None:
    """The model's fixed mean (None: none stored for this name and dimension)."""
    return _read_stored(mean_path(model_name, dim, directory), model_name, dim)


@lru_cache(maxsize=32)
def _read_stored(path: Path, model_name: str, dim: int) -> np.ndarray | None:
    if not path.is_file():
        return None
    header, values = read_mean(path)
    if header.get("model") == model_name and header.get("dim") == str(dim) and values.shape == (dim,):
        return values
    log.warning("clause mean %s is not for model %s (dim %d): ignored", path, model_name, dim)
    return None


def centre_of(model_name: str, vectors: np.ndarray, directory: Path | None = None) -> tuple[np.ndarray, str]:
    """The centre for ``vectors`` (rows of one model) and where it comes from: the model's
    stored mean, or the mean of ``vectors`` themselves when none is stored (logged once)."""
    dim = int(vectors.shape[1])
    fixed = stored_mean(model_name, dim, directory)
    if fixed is not None:
        return fixed, str(mean_path(model_name, dim, directory))
    with _lock:
        first = (model_name, dim) not in _warned
        _warned.add((model_name, dim))
    if first:
        log.warning("no stored clause mean for model %s (dim %d): overlap scores are centred on the "
                    "store's own mean and will move as documents are added (scripts/clause_mean.py "
                    "writes one)", model_name, dim)
    return vectors.mean(axis=0), STORE_MEAN


def reference_texts(path: Path = REFERENCE) -> list[str]:
    """The reference duty clause texts (one a line; ``#`` lines are the header)."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
