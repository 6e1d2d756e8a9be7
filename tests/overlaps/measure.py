"""Measuring the overlap list against hand-read gold (tests/overlaps/gold.yaml) and the
labelled precision sample (tests/overlaps/precision_sample.yaml).

* recall: a gold pair is found when the candidate list of its jurisdiction at its date
  (default bar) holds its two units with its clauses (or a 职责分工 pair of its two units);
  "top 20 per topic" asks the same of the first 20 pairs of the list filtered by the pair's
  topic, the list a "哪些部门都管X" question shows.
* stated recall: a gold reform sentence is found when the overlap history of its
  jurisdiction holds an item whose units include the gold units (from the same reform date).
* precision: of the sample items the model lists at a bar, the share labelled 是.

The loader returns the dev split only unless asked; the blind split is scored as figures,
never printed item by item.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.yaml"
SAMPLE = HERE / "precision_sample.yaml"
REPO = HERE.parents[1]


def load_gold(splits: tuple[str, ...] = ("dev",), path: Path = GOLD) -> dict[str, list[dict[str, Any]]]:
    """The gold lists (pairs, negatives, stated) of the given splits only."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, list[dict[str, Any]]] = {}
    for key in ("pairs", "negatives", "stated"):
        out[key] = [x for x in data.get(key) or [] if x.get("split", "dev") in splits]
    return out


def gold_digest(path: Path = GOLD) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def load_sample(path: Path = SAMPLE) -> list[dict[str, Any]]:
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("items") or []


def corpus_store(where: Path):  # type: ignore[no-untyped-def]
    """The bundled data of ``make run``: the sample county, the shared corpus and seeds."""
    from ingest.pipeline import ingest_paths
    from kg.paths import shared_dir
    from kg.stores.networkx_store import NetworkxStore

    store = NetworkxStore(where / "kg")
    shared = shared_dir()
    ingest_paths(store, [REPO / "samples" / "示例县", shared / "corpus", shared / "seeds"])
    return store


def _grams(text: str) -> set[str]:
    t = "".join(ch for ch in text if ch.isalnum())
    return {t[i:i + 2] for i in range(len(t) - 1)} or {t}


def same_text(gold: str, found: str) -> bool:
    """The gold clause and a listed clause are the same text: one holds nearly all of the
    other's character pairs (a gold clause may be cut at a different punctuation mark)."""
    g, f = _grams(gold), _grams(found)
    inter = len(g & f)
    return inter / len(g) >= 0.85 or inter / len(f) >= 0.85


def _unit_ids(store, name: str, jurisdiction: str | None) -> set[str]:  # type: ignore[no-untyped-def]
    from queries.resolve import candidate_units

    found = set(candidate_units(store, name, jurisdiction=jurisdiction))
    if not found and jurisdiction and not name.startswith(jurisdiction):
        found = set(candidate_units(store, jurisdiction + name.lstrip("县市省区"), jurisdiction=jurisdiction))
    if not found and jurisdiction:
        # the store may know the unit only by its short name (白城市发改委 for 白城市发展和改革委员会):
        # a unit of the place whose name is an abbreviation of the gold name
        local = name[len(jurisdiction):] if name.startswith(jurisdiction) else name.lstrip("县市省区")
        found = {u.id for u in store.units() if u.jurisdiction == jurisdiction and _abbreviates(u.name, local)}
    return found


def _abbreviates(short: str, full: str) -> bool:
    """``short`` keeps the first character and an ordered subset of ``full``'s (发改委 ⊂ 发展和改革委员会)."""
    if not short or not full or short[0] != full[0] or short[-1] not in full or len(short) >= len(full):
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def _same_matter(gold: dict[str, Any], statement: str) -> bool:
    from queries.overlaps import _shared_words

    return bool(statement) and all(_shared_words(gold[side]["clause"], statement) for side in ("a", "b"))


def _clause_texts(c: dict[str, Any]) -> tuple[str, str]:
    return c["a"]["text"], c["b"]["text"]


def pair_listed(store, pairs: list[dict[str, Any]], gold: dict[str, Any]) -> bool:  # type: ignore[no-untyped-def]
    ids_a = _unit_ids(store, gold["a"]["unit"], gold.get("jurisdiction"))
    ids_b = _unit_ids(store, gold["b"]["unit"], gold.get("jurisdiction"))
    for p in pairs:
        x, y = (u["id"] for u in p["units"])
        if x in ids_a and y in ids_b:
            pass
        elif y in ids_a and x in ids_b:
            x, y = y, x
        else:
            continue
        statements = p["settled_by"] + p.get("divided_later", [])
        if p["source"] == "职责分工" or any(_same_matter(gold, s.get("boundary") or "") for s in statements):
            return True  # a 职责分工 statement names the two units on the gold pair's matter
        for c in p["clauses"]:
            ta, tb = _clause_texts(c) if x == p["units"][0]["id"] else _clause_texts(c)[::-1]
            if same_text(gold["a"]["clause"], ta) and same_text(gold["b"]["clause"], tb):
                return True
    return False


@dataclass
class Recall:
    n: int = 0
    overall: int = 0
    top20: int = 0
    missed: list[str] = field(default_factory=list)

    def rate(self, k: int) -> float:
        return k / self.n if self.n else float("nan")


def pair_recall(store, index, gold_pairs: list[dict[str, Any]]) -> Recall:  # type: ignore[no-untyped-def]
    from queries.overlaps import duplicated_functions

    out = Recall()
    for g in gold_pairs:
        out.n += 1
        jur = g.get("jurisdiction")
        at = str(g["date"]) if g.get("date") is not None else None
        listed = duplicated_functions(store, at=at, jurisdiction=jur, index=index, limit=None,
                                      include_lead_support=True)["pairs"]
        overall = pair_listed(store, listed, g)
        # the topic view ranks every candidate about the topic (low confidence included):
        # the topic itself is the filter there
        topical = duplicated_functions(store, at=at, jurisdiction=jur, index=index, limit=20, confidence="低",
                                       include_lead_support=True, topic=g.get("topic") or None)["pairs"]
        top = pair_listed(store, topical, g)
        out.overall += overall
        out.top20 += top
        if not overall:
            out.missed.append(str(g.get("id")))
    return out


def stated_recall(store, gold_stated: list[dict[str, Any]]) -> Recall:  # type: ignore[no-untyped-def]
    from queries.overlap_history import overlap_history

    out = Recall()
    items = overlap_history(store)
    for g in gold_stated:
        out.n += 1
        jur = g.get("jurisdiction")
        wanted = [_unit_ids(store, name, jur) or _unit_ids(store, name, None) for name in g.get("units") or []]
        before = str(g.get("date_before") or "")
        hit = False
        for item in items:
            if before and item["date_before"][:4] != before[:4] and item["date"][:4] != before[:4]:
                continue
            ids = {u["id"] for u in item["units"]}
            if wanted and all(w & ids for w in wanted):
                hit = True
                break
        out.overall += hit
        out.top20 += hit
        if not hit:
            out.missed.append(str(g.get("id")))
    return out


def sample_scores(store, index, sample: list[dict[str, Any]], floor: float,  # type: ignore[no-untyped-def]
                  *, gathered_listed: bool = True) -> dict[str, float | None]:
    """Each sample item's score under this index's model (None: the model does not list it
    above ``floor``); 职责分工 pairs score 1.0, and clause pairs listed because a later reform gathered the two units'
    duties, and clause pairs naming one rare matter (共同事项), both listed whatever their score, count as 1.0 unless ``gathered_listed`` is False
    (then their clauses' own score: what a bar on scores alone would do)."""
    from queries.overlaps import COMMON, GATHERED, duplicated_functions

    out: dict[str, float | None] = {}
    cache: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for item in sample:
        key = (item["jurisdiction"], item["date"])
        if key not in cache:
            cache[key] = duplicated_functions(store, at=item["date"], jurisdiction=item["jurisdiction"], index=index,
                                              limit=None, confidence="低", min_score=floor)["pairs"]
        score = None
        for p in cache[key]:
            names = [u["name"] for u in p["units"]]
            for c in p["clauses"]:
                got = {(names[0], c["a"]["text"]), (names[1], c["b"]["text"])}
                if got == {(item["a"]["unit"], item["a"]["clause"]), (item["b"]["unit"], item["b"]["clause"])}:
                    # a gathered pair and a pair sharing a rare matter are listed whatever their score
                    own = 1.0 if gathered_listed and c["match"] in (GATHERED, COMMON) else c["score"]
                    score = max(score or 0.0, own)
        out[item["id"]] = score
    return out


def precision_at(sample: list[dict[str, Any]], scores: dict[str, float | None], bar: float) -> tuple[float, int]:
    listed = [i for i in sample if scores.get(i["id"]) is not None and scores[i["id"]] >= bar]  # type: ignore[operator]
    if not listed:
        return float("nan"), 0
    return sum(i["label"] == "是" for i in listed) / len(listed), len(listed)
