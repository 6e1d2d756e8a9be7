"""Audit the unit names an extraction would store: list each with the sentence it came from and
flag names by general defects (not by document):

- short:     a short form or contraction stored as an official name (县委编办, 发改委, 人社局)
- joined:    two names run together (、 inside, or X局和Y局 / X局及Y委)
- verb:      a verb or purpose phrase inside (规范, 负责, 为了, 加强 ...)
- place:     a place repeated or split (某市…某市)
- class:     a name that is only a class word (部门, 机构, 有关单位), with or without a place
- cut:       a name cut mid-word (opens on a suffix char, or the sentence continues the last char
             into a word: 局长, 办理, 部署)

    KG_SHARED=... PYTHONPATH=. python scripts/name_audit.py [PATH ...] [--list] [--totals]

Without PATH it reads the shared corpus and seeds. --totals prints only the counts per defect
(for a set whose names must not be read).
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ingest.extractors.common import _SUFFIX_OPENS_WORD, UNIT_SUFFIXES  # noqa: E402

DEFECTS = ("short", "joined", "verb", "place", "class", "cut")

_SUFFIX = "(?:" + "|".join(sorted(UNIT_SUFFIXES, key=len, reverse=True)) + ")"
_JOINED = re.compile(r"、|" + _SUFFIX + r"(?:和|及|与|以及)[\u4e00-\u9fff]{2,}" + _SUFFIX + "$")
_VERB = re.compile(r"规范|负责|为了|为进一步|加强|推进|做好|落实|根据|按照|贯彻|坚持|完善|进一步|有关规定|依法|决定|通知")
_PLACE_TWICE = re.compile(r"([\u4e00-\u9fff*＊xX某]{1,4}(?:自治区|自治州|自治县|省|市|县|区|州|旗)).*\1")
_CLASS_ONLY = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,8}?[省市县区州旗])?(?:各|有关|相关|其他|本级|同级|上级|下级)?"
    r"(?:行政|职能|主管|业务|工作|政府|组成|直属|派出|派驻|内设|议事协调|事业|行政执法)?"
    r"(?:部门|机构|单位|机关|科室|处室|股室)$"
)
_SHORT_TAIL = re.compile(r"(?:编办|编委|发改委|人社[局厅]|住建[局厅]|卫健委|市监局|生态环境局办|[^会]办室)$")
# cut at the start (局…, 员会…) or at the end, the sentence going on into a post (局|长) or a word (办|理)
_OPENS_ON_SUFFIX = re.compile(r"^(?:局|厅|委(?!员)|办(?![公事])|室|署|府|员会|公室)")
_POST_AFTER = re.compile(r"[局厅部处科股所站室办委][长任]")


def statements(obj: Any, prov: Any = None) -> Iterator[tuple[Any, Any]]:
    """Every (Mention, Provenance) inside an extraction bundle, each with its nearest provenance."""
    from kg.model import Mention, Provenance

    if isinstance(obj, Mention):
        yield obj, prov
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        here = getattr(obj, "prov", prov)
        here = here if isinstance(here, Provenance) else prov
        for f in dataclasses.fields(obj):
            if f.name != "prov":
                yield from statements(getattr(obj, f.name), here)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from statements(item, prov)


def defects(name: str, sentence: str = "") -> list[str]:
    """The general defects of one stored unit name (an empty list: none seen)."""
    found = []
    if _SHORT_TAIL.search(name) or (len(name) <= 4 and not name.endswith(("政府", "人大", "政协"))
                                    and re.search(r"[委办局]$", name) and "公室" not in name
                                    and re.match(r"^[省市县区州旗]委", name)):
        found.append("short")
    if _JOINED.search(name):
        found.append("joined")
    if _VERB.search(name):
        found.append("verb")
    if _PLACE_TWICE.search(name):
        found.append("place")
    if _CLASS_ONLY.match(name):
        found.append("class")
    at = sentence.find(name) if sentence else -1
    tail = sentence[at + len(name) - 1: at + len(name) + 1] if at >= 0 else ""
    if _OPENS_ON_SUFFIX.match(name) or _POST_AFTER.match(tail) or _SUFFIX_OPENS_WORD.match(tail):
        found.append("cut")
    return found


def audit(paths: list[Path]) -> tuple[list[tuple[str, str, str, list[str]]], int]:
    """(document, name, sentence, defects) for every distinct name a document stores; the number of documents."""
    from ingest.pipeline import parse_paths

    parsed, _ = parse_paths(paths)
    rows = []
    for item in parsed:
        doc = item.facts.document
        label = item.path.name or doc.id
        seen: set[str] = set()
        for mention, prov in statements(item.facts):
            if mention.name in seen:
                continue
            seen.add(mention.name)
            sentence = getattr(prov, "sentence", "") or ""
            rows.append((label, mention.name, sentence, defects(mention.name, sentence)))
    return rows, len(parsed)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--list", action="store_true", help="list the flagged names with their sentence")
    ap.add_argument("--totals", action="store_true", help="print the counts per defect only")
    args = ap.parse_args()
    if args.paths:
        paths = [Path(p) for p in args.paths]
    else:
        from kg.paths import shared_dir

        paths = [shared_dir() / "corpus", shared_dir() / "seeds"]
    rows, n_docs = audit(paths)
    per_defect: Counter[str] = Counter()
    per_doc: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, _name, _sentence, found in rows:
        for d in found:
            per_defect[d] += 1
            per_doc[doc][d] += 1
    flagged = sum(1 for r in rows if r[3])
    print(f"{n_docs} documents, {len(rows)} stored names, {flagged} flagged")
    print("  " + "  ".join(f"{d}={per_defect[d]}" for d in DEFECTS))
    if args.totals:
        return
    for doc in sorted(per_doc, key=lambda k: -sum(per_doc[k].values())):
        print(f"{sum(per_doc[doc].values()):4d} {doc}  " + " ".join(f"{d}={n}" for d, n in sorted(per_doc[doc].items())))
    if args.list:
        for doc, name, sentence, found in rows:
            if found:
                print(f"[{','.join(found)}] {name}\t{doc}\t{sentence[:90]}")


if __name__ == "__main__":
    main()
