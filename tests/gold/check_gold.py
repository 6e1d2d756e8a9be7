"""Sanity check for the gold files in this folder (not a pytest module).

    python tests/gold/check_gold.py [SHARED_DIR]   (default: ../shared beside the clone)
    python tests/gold/check_gold.py --trial GOLD_DIR   (a fresh set kept outside the repository: each
                                                       gold file's `file:` is its document's absolute path)

Checks: every corpus/*.txt and seeds/*.txt has a gold file; every `sentence:` and every
duty `text:` is a substring of the document text (header `# key: value` lines removed);
enumerated fields hold allowed values; unit names used in the gold occur in the text
(warning only: full forms may replace short forms)."""

from __future__ import annotations

import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
TRIAL = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[1] == "--trial" else None
SHARED = (pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 and TRIAL is None
          else pathlib.Path(__file__).resolve().parents[3] / "shared")

EVENT_TYPES = {"establish", "re_form", "abolish", "merge_into", "rename", "transfer_duty", "transfer_unit",
               "add_sign", "remove_sign", "upgrade", "downgrade", "change_kind", "co_locate"}
STAFF_KINDS = {"行政编制", "事业编制", "政法专项编制", "工勤编制", "编制", "领导职数", "内设机构"}
STAFF_CHANGES = {"核定", "核增", "核减", "收回", "划转", "周转", "调剂"}
RELATIONS = {None, "管理", "代管", "所属", "直属", "内设", "派出"}  # as tests/gold/README.md lists them
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def body(path: pathlib.Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    i = 0
    while i < len(lines) and re.match(r"#\s*[\w-]+\s*:", lines[i]):
        i += 1
    return "".join(lines[i:])


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    totals = {"units": 0, "events": 0, "duties": 0, "staffing": 0, "boundaries": 0}
    if TRIAL is not None:
        pairs = []
        for gold_path in sorted(TRIAL.glob("*.yaml")):
            named = (yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}).get("file") or ""
            pairs.append((pathlib.Path(named), gold_path))
    else:
        pairs = [(doc, HERE / f"{doc.stem}.yaml")
                 for doc in sorted(p for d in ("corpus", "seeds") for p in (SHARED / d).glob("*.txt"))]
    docs = [doc for doc, _ in pairs]
    for doc, gold in pairs:
        blind = TRIAL is None and not gold.exists() and (HERE / "blind" / gold.name).exists()
        if blind:  # checked for form too; its names are never printed (blind discipline)
            gold = HERE / "blind" / gold.name
        if not doc.is_file():
            errors.append(f"{gold.name}: no such document {str(doc)!r}")
            continue
        rel = str(doc) if TRIAL is not None else f"{doc.parent.name}/{doc.name}"
        if not gold.exists():
            errors.append(f"{rel}: no gold file")
            continue
        g = yaml.safe_load(gold.read_text(encoding="utf-8"))
        text = body(doc)
        where = gold.name
        if g.get("file") != rel:
            errors.append(f"{where}: file is {g.get('file')!r}, expected {rel!r}")
        if g.get("date") is not None and not DATE.match(str(g["date"])):
            errors.append(f"{where}: bad date {g['date']!r}")
        for key in totals:
            if not isinstance(g.get(key), list):
                errors.append(f"{where}: {key} missing or not a list")
                g[key] = []
            totals[key] += len(g[key])
        names: set[str] = set()
        for u in g["units"]:
            names.add(u["name"])
            if u.get("parent_relation") not in RELATIONS:
                errors.append(f"{where}: unit {u['name']}: bad parent_relation {u['parent_relation']!r}")
            if u.get("parent"):
                names.add(u["parent"])
            names.update(u.get("signs") or [])
        for e in g["events"]:
            if e["type"] not in EVENT_TYPES:
                errors.append(f"{where}: bad event type {e['type']!r}")
            if e["sentence"] not in text:
                errors.append(f"{where}: event sentence not in text: {e['sentence'][:40]}")
            if e.get("date") is not None and not DATE.match(str(e["date"])):
                errors.append(f"{where}: bad event date {e['date']!r}")
            names.update(e["inputs"])
            names.update(e["outputs"])
            for m in e.get("duties") or []:
                if m["text"] not in e["sentence"]:
                    errors.append(f"{where}: duty phrase not in its sentence: {m['text']}")
        for du in g["duties"]:
            if du["text"] not in text:
                errors.append(f"{where}: duty text not in text: {du['text'][:40]}")
        for s in g["staffing"]:
            if s["sentence"] not in text:
                errors.append(f"{where}: staffing sentence not in text: {s['sentence'][:40]}")
            if s["kind"] not in STAFF_KINDS or s["change"] not in STAFF_CHANGES:
                errors.append(f"{where}: bad staffing kind/change {s['kind']}/{s['change']}")
            if not isinstance(s["amount"], int):
                errors.append(f"{where}: amount not int: {s['amount']!r}")
            if s.get("unit"):
                names.add(s["unit"])
        for b in g["boundaries"]:
            if b["sentence"] not in text:
                errors.append(f"{where}: boundary sentence not in text")
        for n in sorted(names):
            if n not in text and not blind:
                warnings.append(f"{where}: name not verbatim in text: {n}")
    extra = set() if TRIAL is not None else \
        {p.stem for p in HERE.glob("*.yaml") if p.name != "split.yaml"} - {d.stem for d in docs}
    for x in sorted(extra):
        errors.append(f"{x}.yaml: no such document")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(docs)} documents; totals: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
