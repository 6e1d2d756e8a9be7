"""The name reader measured on names alone (twelfth session).

For every gold fact that names a unit (event inputs/outputs and duty sources, unit rows, duty owners,
staffing units) of each gold directory given, take the sentence the gold cites (else the first
sentence of the document that writes the name), read names in it with ``find_names`` as the
extractors do (a short form completed after its full name in the document, ``named_in_full``), and
classify the gold name:

- ``resolved``: a name read in the sentence resolves to the gold name;
- ``short``: the gold's written form is not in the sentence, a name read there is a short form of it
  (its characters in order, same last character) but does not resolve to it;
- ``unresolved``: the gold's written form is read exactly but resolves to another name;
- ``glued``: a name read overlaps the written form and runs past it (a verb or place glued on);
- ``cut``: a name read lies inside the written form (cut at a character taken for its end);
- ``missed``: the written form is in the sentence and no name read overlaps it;
- ``absent``: the gold's name is written neither in full nor short in the sentence (a pronoun, a
  heading that owns a duty list): not the reader's to find.

Usage: python scripts/name_recall.py GOLD_DIR... [--misses] [--class CLASS]
A directory holds one YAML per document (``file:`` relative to KG_SHARED or absolute).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from ingest.extractors.common import find_names
from ingest.extractors.event_names import named_in_full
from kg.model import Mention
from kg.paths import shared_dir
from kg.text import normalize_text
from tests.gold_score import Resolver, division_name, same_name

CLASSES = ("resolved", "short", "unresolved", "glued", "cut", "missed", "absent")
_SENTENCE_END = re.compile(r"[^。；！？\n]*[。；！？\n]?")


def _doc_text(path: str) -> str:
    p = Path(path)
    if not p.is_absolute():
        p = shared_dir() / p
    try:
        return normalize_text(p.read_text("utf-8"))
    except OSError:
        return ""


def _sentences(text: str) -> list[str]:
    return [m.group(0) for m in _SENTENCE_END.finditer(text) if m.group(0).strip()]


def _gold_names(gold: dict) -> list[tuple[str, str | None, str | None]]:
    """(gold full name, its written form inside a host or None, cited sentence or None)."""
    out: list[tuple[str, str | None, str | None]] = []
    hosts = {u["name"]: u.get("internal_of") for u in gold.get("units") or [] if u.get("internal_of")}
    for e in gold.get("events") or []:
        sent = e.get("sentence")
        for x in e.get("inputs") or []:
            out.append((x, None, sent))
        for x in e.get("outputs") or []:
            if e.get("relation") == "内设" and e.get("parent"):
                out.append((division_name(x, e["parent"]), x, sent))
            else:
                out.append((x, None, sent))
        for d in e.get("duties") or []:
            if d.get("from"):
                out.append((d["from"], None, sent))
    for u in gold.get("units") or []:
        host = u.get("internal_of")
        out.append((division_name(u["name"], host), u["name"] if host else None, u.get("sentence")))
    for d in gold.get("duties") or []:
        host = hosts.get(d["unit"])
        out.append((division_name(d["unit"], host), d["unit"] if host else None, d.get("sentence") or d.get("text")))
    for s in gold.get("staffing") or []:
        if s.get("unit"):
            out.append((s["unit"], None, s.get("sentence")))
    return out


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def _written_forms(gold: str, written: str | None, r: Resolver) -> list[str]:
    """The ways the gold name can stand in the text: as given, its division name, its name without
    the document's place (longest first)."""
    forms = {normalize_text(gold)}
    if written:
        forms.add(normalize_text(written))
    for f in list(forms):
        full = r.full(Mention(f)) or f
        for place in (r.jurisdiction, re.sub(r"(?:省|市|县|区|自治州|自治县|州)$", "", r.jurisdiction)):
            if place and len(place) >= 2 and full.startswith(place) and len(full) > len(place) + 1:
                forms.add(full[len(place):])
            if place and len(place) >= 2 and f.startswith(place) and len(f) > len(place) + 1:
                forms.add(f[len(place):])
        forms.add(re.sub(r"^(?:某|[*＊xX]{1,3})(?=[省市县区州镇乡])", "", f))
    return sorted((f for f in forms if len(f) >= 2), key=len, reverse=True)


def classify(gold: str, written: str | None, sentence: str, text: str, pool: set[str], r: Resolver) -> tuple[str, str]:
    targets = [r.full(Mention(normalize_text(gold)))]
    if written:
        targets.append(r.full(Mention(normalize_text(written))))
    spans = find_names(sentence)
    for _s, _e, name in spans:
        full = named_in_full(name, pool, text)
        if any(same_name(r.full(Mention(x)), t) for x in {name, full} for t in targets):
            return "resolved", name
    forms = _written_forms(gold, written, r)
    for form in forms:
        ws = sentence.find(form)
        if ws < 0:
            continue
        we = ws + len(form)
        over = [(s, e, n) for s, e, n in spans if s < we and e > ws]
        if not over:
            return "missed", ""
        s, e, name = over[0]
        if (s, e) == (ws, we) or name == form:
            return "unresolved", name
        return ("cut" if s >= ws and e <= we else "glued"), name
    tails = [f for f in forms]
    for _s, _e, name in spans:
        if len(name) >= 2 and any(name[-1] == f[-1] and _subsequence(name, f) for f in tails):
            return "short", name
    return "absent", ""


def _locate(forms: list[str], sentences: list[str]) -> str | None:
    for form in forms:
        for s in sentences:
            if form in s:
                return s
    return None


def measure(dirs: list[str]) -> tuple[Counter, dict[str, set[str]], list[tuple]]:
    totals: Counter = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    rows: list[tuple] = []
    for d in dirs:
        for path in sorted(Path(d).glob("*.yaml")):
            if path.name == "split.yaml":
                continue
            gold = yaml.safe_load(path.read_text("utf-8"))
            if not isinstance(gold, dict) or "file" not in gold:
                continue
            text = _doc_text(gold["file"])
            r = Resolver(gold.get("jurisdiction"))
            sentences = _sentences(text)
            pool = {n for s in sentences for _a, _b, n in find_names(s)}
            seen = set()
            for name, written, sent in _gold_names(gold):
                sent = normalize_text(sent) if sent else None
                if not sent or not any(f in sent for f in _written_forms(name, written, r)):
                    sent = _locate(_written_forms(name, written, r), sentences) or sent
                key = (name, sent)
                if key in seen:
                    continue
                seen.add(key)
                cls, read = ("absent", "") if not sent else classify(name, written, sent, text, pool, r)
                totals[cls] += 1
                docs[cls].add(path.name)
                rows.append((cls, path.name, name, read, (sent or "").strip()[:120]))
    return totals, docs, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--misses", action="store_true", help="list every name not resolved")
    ap.add_argument("--class", dest="only", choices=CLASSES, help="list only this class")
    args = ap.parse_args(argv)
    totals, docs, rows = measure(args.dirs)
    n = sum(totals.values())
    written = n - totals["absent"]
    print(f"names: {n}  written in their sentence: {written}  "
          f"resolved: {totals['resolved']} ({totals['resolved'] / written:.3f} of written)" if written else "no names")
    for c in CLASSES:
        print(f"  {c:<11}{totals[c]:>5}  in {len(docs[c]):>3} documents")
    if args.misses or args.only:
        for cls, doc, name, read, sent in rows:
            if cls == "resolved" or (args.only and cls != args.only):
                continue
            print(f"{cls:<10} {doc[:40]:<40} gold={name}  read={read or '-'}\n           {sent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
