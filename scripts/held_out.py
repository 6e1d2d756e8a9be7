"""Is a passage from a held-out (blind or reserve) document? For collecting fresh trial text
from the web without touching the blind set.

    python scripts/held_out.py FILE [FILE ...]

Each FILE holds passages separated by blank lines. For each passage, prints "ok" or "held out"
(it shares a run of 16 or more characters with a blind or reserve document of
tests/gold/split.yaml, after normalization). Nothing of the held-out documents is printed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.paths import shared_dir  # noqa: E402
from kg.text import normalize_text  # noqa: E402

RUN = 16


def _norm(text: str) -> str:
    return re.sub(r"[^\u3400-\u9fff0-9]", "", normalize_text(text))


def held_out_runs() -> set[str]:
    split = yaml.safe_load((REPO / "tests" / "gold" / "split.yaml").read_text("utf-8"))
    runs: set[str] = set()
    for name in [str(x) for x in (split.get("blind") or []) + (split.get("reserve") or [])]:
        for path in shared_dir().glob(f"*/{Path(name).name}*"):
            text = _norm(path.read_text("utf-8", errors="ignore"))
            runs.update(text[k:k + RUN] for k in range(0, max(0, len(text) - RUN + 1)))
    return runs


def main(files: list[str]) -> int:
    runs = held_out_runs()
    for file in files:
        passages = [p for p in re.split(r"\n\s*\n", Path(file).read_text("utf-8")) if p.strip()]
        for k, passage in enumerate(passages, 1):
            text = _norm(passage)
            hit = any(text[i:i + RUN] in runs for i in range(0, max(0, len(text) - RUN + 1)))
            print(f"{file} #{k}: {'held out' if hit else 'ok'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
