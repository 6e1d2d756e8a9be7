"""Score event extraction on trial passages (fresh text the extractor was never tuned on).

    python scripts/trial_score.py PASSAGES GOLD [--misses]

PASSAGES holds passages separated by blank lines; each starts with header lines
"# url: …" and "# place: <jurisdiction>" (中央 for central bodies). GOLD is YAML:

    passages:
    - n: 1                      # 1-based index of the passage
      events:
      - {type: establish, inputs: [], outputs: [某县医疗保障局], date: '2019-03'}

Each passage is extracted alone as a document of its place (no document date), names are
resolved the way tests/gold_score.py resolves them, and events are compared strictly (type,
inputs, outputs, date) and loosely (date not compared). Prints precision/recall and, with
--misses, every missed and every spurious event by passage.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ingest.extractors import extract  # noqa: E402
from ingest.readers.base import RawDocument  # noqa: E402
from kg.model import Document  # noqa: E402
from tests.gold_score import gold_rows, pred_rows, row_match  # noqa: E402


def passages(path: Path) -> list[tuple[str, str]]:
    out = []
    for block in path.read_text("utf-8").strip().split("\n\n"):
        lines = block.strip().splitlines()
        place = next((ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("# place:")), "中央")
        text = "\n".join(ln for ln in lines if not ln.startswith("#"))
        out.append((place, text))
    return out


def greedy(kind: str, gold: list[tuple], pred: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """Unmatched gold rows and unmatched predicted rows."""
    left = list(pred)
    missed = []
    for g in gold:
        for k, p in enumerate(left):
            if row_match(kind, g, p):
                del left[k]
                break
        else:
            missed.append(g)
    return missed, left


def main(argv: list[str]) -> int:
    show = "--misses" in argv
    args = [a for a in argv if not a.startswith("--")]
    texts = passages(Path(args[0]))
    gold = {p["n"]: p for p in yaml.safe_load(Path(args[1]).read_text("utf-8"))["passages"]}
    totals = {"events": [0, 0, 0], "events~date": [0, 0, 0]}
    for n, (place, text) in enumerate(texts, 1):
        jur = None if place in ("", "null") else place
        doc = Document(id=f"trial-{n}", title="t", date=None, jurisdiction=jur, text=text)
        facts = extract(RawDocument(f"trial-{n}.txt", text, {}), doc)
        g = gold_rows({"jurisdiction": jur, "date": None, "events": gold.get(n, {}).get("events") or []})["events"]
        p = pred_rows(facts)["events"]
        for kind in totals:
            missed, extra = greedy(kind, g, p)
            totals[kind][0] += len(g)
            totals[kind][1] += len(p)
            totals[kind][2] += len(g) - len(missed)
            if show and kind == "events~date" and (missed or extra):
                print(f"#{n} [{place}] {text[:60].replace(chr(10), ' ')}")
                for m in missed:
                    print("   miss ", m)
                for e in extra:
                    print("   extra", e)
    for kind, (ng, np_, hit) in totals.items():
        prec = hit / np_ if np_ else 1.0
        rec = hit / ng if ng else 1.0
        print(f"{kind:12} passages {len(texts)}  gold {ng}  pred {np_}  hit {hit}  P {prec:.3f}  R {rec:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
