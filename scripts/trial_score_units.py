"""Score unit-description and staffing extraction on trial passages (fresh text, gold first).

    python scripts/trial_score_units.py PASSAGES GOLD [--misses]

PASSAGES holds passages separated by blank lines; each starts with comment lines
"# url: …", "# place: <jurisdiction>" and optionally "# title: …". GOLD is a YAML list, one
entry per passage in order: {n, units: [{name, kind, rank, parent, signs, internal_of?}],
staffing: [{unit, kind, change, amount}]}, full resolved names as in tests/gold/README.md.

Each passage is extracted on its own, the way tests/test_constructions.py's facts_of() does
(extract() on the text, the place as the document's jurisdiction, no date), and compared with
tests/gold_score.py's resolution and one-to-one matching. Prints P/R for units and staffing
and, with --misses, each missing and extra row.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ingest.extractors import extract  # noqa: E402
from ingest.readers.base import RawDocument  # noqa: E402
from kg.model import Document  # noqa: E402
from tests.gold_score import Score, gold_rows, match, pred_rows  # noqa: E402

KINDS = ("units", "staffing")


def passages(path: Path) -> list[dict]:
    out = []
    for block in re.split(r"\n\s*\n", path.read_text("utf-8")):
        if not block.strip():
            continue
        meta, body = {}, []
        for line in block.splitlines():
            m = re.match(r"#\s*(\w+):\s*(.*)", line)
            if m and not body:
                meta[m.group(1)] = m.group(2).strip()
            else:
                body.append(line)
        out.append({"meta": meta, "text": "\n".join(body).strip()})
    return out


def facts_of(text: str, place: str, title: str = ""):
    raw = RawDocument("t.txt", text, {"title": title} if title else {})
    return extract(raw, Document(id="t", title=title or "t", date=None, jurisdiction=place, text=text))


def main(argv: list[str]) -> int:
    show = "--misses" in argv
    args = [a for a in argv if not a.startswith("--")]
    items = passages(Path(args[0]))
    gold = yaml.safe_load(Path(args[1]).read_text("utf-8"))
    if len(items) != len(gold):
        print(f"{len(items)} passages but {len(gold)} gold entries", file=sys.stderr)
        return 2
    totals = {k: Score() for k in KINDS}
    for k, (item, g) in enumerate(zip(items, gold, strict=True), 1):
        place = item["meta"].get("place") or "中央"
        facts = facts_of(item["text"], place, item["meta"].get("title", ""))
        doc = {"jurisdiction": place, "date": None, "units": g.get("units") or [], "staffing": g.get("staffing") or []}
        grows, prows = gold_rows(doc), pred_rows(facts)
        for kind in KINDS:
            totals[kind].add(match(kind, grows[kind], prows[kind], f"#{k}"))
    pages = len({i["meta"].get("url") for i in items})
    print(f"{len(items)} passages from {pages} pages")
    for kind in KINDS:
        s = totals[kind]
        print(f"{kind:10s} gold {s.gold:3d}  pred {s.pred:3d}  hit {s.hit:3d}  P {s.precision:.3f}  R {s.recall:.3f}")
    if show:
        for kind in KINDS:
            for line in totals[kind].misses:
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
