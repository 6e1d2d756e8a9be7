"""Units that may be one: candidate pairs for a person to merge or reject (``kg units
--duplicates``, ``GET /units/duplicates``).

The applier keeps two mentions apart when names alone do not settle it; this lists the pairs
that deserve a look, each with its evidence: a shared name variant or the same name, a
generated abbreviation (住建局 / 住房和城乡建设局), a place-qualified form (示例县林业局 /
林业局), a sign of one that is the other's name, and the periods each is known to exist.
Pairs a person already decided (``kg.decisions``) are left out.

>>> [p["evidence"][0]["kind"] for p in duplicate_candidates(store)]   # doctest: +SKIP
['同名', '简称', ...]
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any

from kg.decisions import load_decisions
from kg.model import Predicate, Unit
from kg.names import name_variants, place_stem
from kg.store import GraphStore
from kg.text import normalize_name
from queries.evidence import period

_WEIGHT = {"同名": 5, "名称变体": 4, "牌子": 4, "简称": 3, "地名限定": 3}


def _names(store: GraphStore, unit: Unit) -> set[str]:
    names = {normalize_name(unit.name)}
    for f in store.facts(unit.id):
        if f.predicate in (Predicate.NAME, Predicate.ALIAS) and f.value:
            names.add(normalize_name(f.value))
    return names


def _signs(store: GraphStore, unit: Unit) -> set[str]:
    return {normalize_name(f.value) for f in store.facts(unit.id, Predicate.SIGN) if f.value}


def is_abbreviation(short: str, full: str) -> bool:
    """住建局 abbreviates 住房和城乡建设局: same first and last character, the short form's
    characters in order inside the long one, and really shorter."""
    if len(short) < 3 or len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    if full.startswith(short[:-1]) or short[:-1] in full:  # 总局 / 总局反垄断局: a part, not a short form
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def _periods(store: GraphStore, uid: str) -> str:
    spans = sorted((f.valid_from or "", f.valid_to or "") for f in store.facts(uid, Predicate.EXISTS)
                   if f.valid_from or f.valid_to)
    return "；".join(period(a or None, b or None) for a, b in dict.fromkeys(spans)) or "时间不详"


def _span(store: GraphStore, uid: str) -> tuple[str | None, str | None]:
    """First known start and, when every period is closed, the last end."""
    spans = store.facts(uid, Predicate.EXISTS)
    starts = sorted(f.valid_from for f in spans if f.valid_from)
    ends = [f.valid_to for f in spans]
    return (starts[0] if starts else None, max(e for e in ends if e) if ends and all(ends) else None)


def _successive(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """One ended when or before the other began: a predecessor, not a double."""
    return bool((a[1] and b[0] and a[1] <= b[0]) or (b[1] and a[0] and b[1] <= a[0]))


def _evidence(store: GraphStore, a: Unit, b: Unit, names: dict[str, set[str]],
              signs: dict[str, set[str]]) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    common = names[a.id] & names[b.id]
    if common:
        found.append({"kind": "同名", "text": f"两个单位都用过名称“{sorted(common)[0]}”"})
    else:
        va = {v for n in names[a.id] for v in name_variants(n)}
        vb = {v for n in names[b.id] for v in name_variants(n)}
        shared = va & vb
        if shared:
            found.append({"kind": "名称变体", "text": f"名称的通用简写相同：“{sorted(shared)[0]}”"})
    for x, y in ((a, b), (b, a)):
        hit = sorted(n for n in names[x.id] for m in names[y.id] if is_abbreviation(n, m))
        if hit:
            full = sorted(m for m in names[y.id] if is_abbreviation(hit[0], m))[0]
            found.append({"kind": "简称", "text": f"“{hit[0]}”可能是“{full}”的简称"})
        stems = {s for s in (x.jurisdiction, place_stem(x.jurisdiction)) if s}
        placed = sorted(n for n in names[x.id] for s in stems for m in names[y.id] if n == s + m)
        if placed:
            found.append({"kind": "地名限定", "text": f"“{placed[0]}”是加了地名的写法"})
        sign = sorted(signs[x.id] & names[y.id])
        if sign:
            found.append({"kind": "牌子", "text": f"“{sign[0]}”是{store.name_at(x.id)}的牌子，也是另一单位的名称"})
    return found


def duplicate_candidates(store: GraphStore, jurisdiction: str | None = None, *,
                         include_decided: bool = False) -> list[dict[str, Any]]:
    """Candidate pairs, strongest evidence first. Each: ``a``, ``b`` (id, name, jurisdiction,
    periods), ``evidence`` (kind and a Chinese sentence), ``score``."""
    decided = {d.pair() for d in load_decisions(store)}
    by_place: dict[str, list[Unit]] = defaultdict(list)
    for unit in sorted(store.units(), key=lambda u: u.id):
        if jurisdiction is None or unit.jurisdiction == jurisdiction:
            by_place[unit.jurisdiction].append(unit)
    names = {u.id: _names(store, u) for units in by_place.values() for u in units}
    signs = {u.id: _signs(store, u) for units in by_place.values() for u in units}
    out: list[dict[str, Any]] = []
    for place in sorted(by_place):
        for a, b in combinations(by_place[place], 2):
            if not include_decided and frozenset((a.id, b.id)) in decided:
                continue
            evidence = _evidence(store, a, b, names, signs)
            if not evidence:
                continue
            if _successive(_span(store, a.id), _span(store, b.id)) and not any(e["kind"] == "同名" for e in evidence):
                continue  # 农业部 → 农业农村部: one followed the other
            out.append({
                "a": {"id": a.id, "name": store.name_at(a.id), "jurisdiction": a.jurisdiction,
                      "periods": _periods(store, a.id)},
                "b": {"id": b.id, "name": store.name_at(b.id), "jurisdiction": b.jurisdiction,
                      "periods": _periods(store, b.id)},
                "evidence": evidence + [{"kind": "时期", "text": f"存续：{_periods(store, a.id)} / {_periods(store, b.id)}"}],
                "score": sum(_WEIGHT.get(e["kind"], 1) for e in evidence),
            })
    out.sort(key=lambda p: (-p["score"], p["a"]["id"], p["b"]["id"]))
    return out
