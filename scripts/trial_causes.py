"""Why extraction misses on a gold set, counted by cause and never listed (safe for a held-out set).

    KG_SHARED=... PYTHONPATH=. python scripts/trial_causes.py GOLD_DIR [GOLD_DIR ...]

Each missed gold event (strict match, as tests/gold_score.py scores it) gets the first cause that fits:

- ``date``: a predicted event of the document has its type, inputs and outputs; only the date differs;
- ``type``: a predicted event has its inputs and outputs under another type;
- ``units differ``: a predicted event of its type shares a name with it, the other names differ;
- otherwise its names are read in the sentence the gold cites, as ``scripts/name_recall.py`` reads them:
  ``name <class>`` for the first name the reader does not resolve to the gold's (missed, glued, cut,
  short, unresolved, absent: see that script), else ``names read, no event`` (the reader resolves every
  name of the sentence right, and no construction made the event).

Missed unit rows: ``no prediction`` (the name is not a predicted unit) or the first attribute that differs
(kind, rank, parent, signs). Missed staffing rows: ``owner differs`` (the figure is predicted for another
unit) or ``no prediction``. Only counts are printed.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ingest.extractors.common import find_names  # noqa: E402
from kg.paths import shared_dir  # noqa: E402
from kg.text import normalize_text  # noqa: E402
from scripts.name_recall import _doc_text, _locate, _sentences, _written_forms, classify  # noqa: E402
from tests.gold_score import (  # noqa: E402
    Resolver,  # noqa: E402
    _kind,
    _parse,
    gold_rows,
    load_gold,
    pred_rows,
    row_match,
    same_name,
    same_names,
)


def _unmatched(kind: str, gold: list[tuple], pred: list[tuple]) -> list[tuple]:
    used = [False] * len(pred)
    missed = []
    for g in gold:
        for k, p in enumerate(pred):
            if not used[k] and row_match(kind, g, p):
                used[k] = True
                break
        else:
            missed.append(g)
    return missed



class NameReading:
    """The name reader's view of one gold document's sentences (as scripts/name_recall.py reads them)."""

    def __init__(self, gold: dict) -> None:
        self.text = _doc_text(gold["file"])
        self.sentences = _sentences(self.text)
        self.pool = {n for s in self.sentences for _a, _b, n in find_names(s)}
        self.r = Resolver(gold.get("jurisdiction"))

    def cls(self, name: str, sentence: str | None) -> str:
        forms = _written_forms(name, None, self.r)
        sent = normalize_text(sentence) if sentence else None
        if not sent or not any(f in sent for f in forms):
            sent = _locate(forms, self.sentences) or sent
        return "absent" if not sent else classify(name, None, sent, self.text, self.pool, self.r)[0]


def event_cause(g: tuple, pred: list[tuple], sentence: str | None, reading: NameReading) -> str:
    if any(row_match("events~date", g, p) for p in pred):
        return "date"
    if any(same_names(g[1], p[1]) and same_names(g[2], p[2]) for p in pred):
        return "type"
    names = [x for x in (*g[1], *g[2]) if x]
    if any(p[0] == g[0] and any(same_name(x, y) for x in names for y in (*p[1], *p[2]) if y) for p in pred):
        return "units differ"
    for x in names:
        cls = reading.cls(x, sentence)
        if cls != "resolved":
            return f"name {cls}"
    return "names read, no event"


def unit_cause(g: tuple, pred: list[tuple]) -> str:
    same = [p for p in pred if same_name(g[0], p[0])]
    if not same:
        return "no prediction"
    p = same[0]
    for label, ok in (("kind", _kind(g[1]) == _kind(p[1])), ("rank", g[2] == p[2]),
                      ("parent", same_name(g[3], p[3])), ("signs", same_names(g[4], p[4]))):
        if not ok:
            return label
    return "other"


def main(argv: list[str]) -> int:
    events, units, staffing = Counter(), Counter(), Counter()
    docs = 0
    for directory in argv:
        for path in sorted(Path(directory).glob("*.yaml")):
            gold = load_gold(path)
            try:
                facts = _parse(shared_dir() / gold["file"])
            except Exception:  # noqa: BLE001 - a document that fails to parse: every fact missed for that cause
                events["document failed"] += len(gold.get("events") or [])
                continue
            docs += 1
            g_rows, p_rows = gold_rows(gold), pred_rows(facts)
            reading = NameReading(gold)
            sentence_of = {}
            for e in gold.get("events") or []:
                for row in gold_rows({**gold, "events": [e]})["events"]:
                    sentence_of.setdefault(row, e.get("sentence"))
            for g in _unmatched("events", g_rows["events"], p_rows["events"]):
                events[event_cause(g, p_rows["events"], sentence_of.get(g), reading)] += 1
            for g in _unmatched("units", g_rows["units"], p_rows["units"]):
                units[unit_cause(g, p_rows["units"])] += 1
            for g in _unmatched("staffing", g_rows["staffing"], p_rows["staffing"]):
                owner = any(row_match("staffing~unit", g, p) for p in p_rows["staffing"])
                staffing["owner differs" if owner else "no prediction"] += 1
    print(f"documents {docs}")
    for label, counter in (("events", events), ("units", units), ("staffing", staffing)):
        print(f"missed {label} {sum(counter.values())}: " + "; ".join(f"{k} {n}" for k, n in counter.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
