"""Same files, same graph: extraction and ingest do not depend on Python's hash seed (issue 12).

Each run happens in a fresh interpreter under a different ``PYTHONHASHSEED``; the digest of
every document's extracted facts, and of the exported graph after ingesting the sample county
and the corpus, must be identical.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.paths import REPO, shared_dir

_EXTRACT = r"""
import hashlib, json, sys
from dataclasses import asdict
from pathlib import Path
from ingest.pipeline import Overrides, parse_file
h = hashlib.sha256()
for path in sorted(Path(sys.argv[1]).glob("*/*.txt")):
    if path.name == "README.md":
        continue
    facts = parse_file(path, Overrides()).facts
    data = asdict(facts)
    data["document"].pop("path", None)
    h.update(json.dumps(data, ensure_ascii=False, sort_keys=True, default=str).encode())
print(h.hexdigest())
"""

_INGEST = r"""
import hashlib, sys
from pathlib import Path
from ingest.pipeline import ingest_paths
from kg.stores.networkx_store import NetworkxStore
from queries.export import export_json
store = NetworkxStore(Path(sys.argv[2]))
ingest_paths(store, [Path(p) for p in sys.argv[3:]])
import json
data = export_json(store)
for d in data["documents"]:
    d.pop("ingested_at", None)
text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
print(hashlib.sha256(text.encode()).hexdigest())
"""


def _run(code: str, seed: str, *args: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=900)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()[-1]


def _shared() -> Path:
    shared = shared_dir()
    if not (shared / "corpus").is_dir():
        pytest.fail(f"开发语料不在 {shared}")
    return shared


def test_extraction_is_independent_of_the_hash_seed() -> None:
    shared = _shared()
    digests = {seed: _run(_EXTRACT, seed, str(shared)) for seed in ("0", "1", "4242")}
    assert len(set(digests.values())) == 1, digests


def test_ingest_is_independent_of_the_hash_seed(tmp_path: Path) -> None:
    shared = _shared()
    folders = [str(REPO / "samples" / "示例县"), str(shared / "corpus"), str(shared / "seeds")]
    digests = {seed: _run(_INGEST, seed, "x", str(tmp_path / f"s{seed}"), *folders) for seed in ("0", "77")}
    assert len(set(digests.values())) == 1, digests
