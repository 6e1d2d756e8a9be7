"""谁负责X: rank units by how well their duty clauses valid at a date match X.

One implementation for every caller: ``GET /who-handles``, ``POST /ask``, ``kg who-handles``
and the page all call ``who_handles`` and show its order. The ranking, in steps:

1. search: clause texts matching X (words and meaning, ``kg.index.clause_index``);
2. holders: the units holding those clauses at the date, existing then, in the place asked
   about (中央 means the central units themselves); a holding with no dates of its own counts
   only from the date of the document that records it, so a question about 1985 is never
   answered from a 2018 document; a holding a reform moved to another holder of the same
   clause ("将A的X职责划入B", both listing X) is B's, A's is an earlier one (``moved_away``);
3. fit: how much of X the unit's best clause says (character pairs covered), with the search
   score; units far below the best are dropped;
4. floor: a unit whose best clause neither covers enough of X nor reaches the model's
   calibrated cosine (``kg.index.calibration.relevance_floor``) is no answer;
5. qualifier: a unit is no answer when X opens with a word no duty clause of the store ever
   uses and neither the unit's clause nor its place says it ("月球土地登记": 月球 is said nowhere, so a 土地登记 clause does not answer);
   the same for such a word inside X between words clauses use ("城区养犬登记": 养犬);
6. levels: without a place, central units come first, then each place (the place whose best
   unit fits best first), never mixed.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from datetime import date
from typing import Any

from kg.dates import as_of, holds_at, sort_key, start_of
from kg.index.calibration import relevance_floor
from kg.index.clause_index import ClauseIndex, Hit, default_registry
from kg.model import Predicate
from kg.names import CENTRAL
from kg.store import GraphStore
from queries.document_dates import DocumentDays
from queries.evidence import evidence, period
from queries.scope import alive, in_jurisdiction

# a unit is kept when its fit, and its coverage of the question, reach this share of the best
KEEP_SHARE = 0.6
# share of the asked phrase's character pairs a clause must say, unless its meaning is close
# enough (cosine at the model's relevance floor); measured on tests/questions (unanswerable
# duties such as 月球探测 cover at most 0.34 of any clause, answerable ones 0.5 and more)
MIN_COVERAGE = 0.4
# how far back a holding without a start date is trusted before the reform that ended it
UNDATED_YEARS = 10


def who_handles(
    store: GraphStore,
    text: str,
    at: str | date | None = None,
    jurisdiction: str | None = None,
    top: int = 10,
    *,
    index: ClauseIndex | None = None,
) -> list[dict[str, Any]]:
    """Units whose clauses valid at ``at`` best match ``text``, best first (grouped by level
    when no ``jurisdiction`` is given), each with its matching clauses and the clauses'
    earlier (and later) holders.

    >>> who_handles(store, "草原防火", at="2017")[0]["name"]   # doctest: +SKIP
    '农业部'
    """
    day = as_of(at)
    index = index or default_registry().index_for(store)
    text = expand_duty_short_forms(text, index)  # 新农合 → 新型农村合作医疗, for the route, the CLI and /ask alike
    floor = relevance_floor(index.embedder.name)
    pool_size = max(top * 3, 15)
    hits: list[Hit] = []
    k = max(50, top * 10)
    # widen the candidate pool until enough clauses survive the date/place filter
    while True:
        hits = [h for h in index.search(text, k=k) if h.lexical > 0 or h.dense >= floor]
        per_unit = _group(store, hits, day, jurisdiction, pool_size)
        if len(per_unit) >= pool_size or k >= index.text_count:
            break
        k *= 4
    candidates = sorted(per_unit.values(), key=lambda u: (-u["score"], u["id"]))
    unsaid = unknown_words(text, index, store) + inner_unknown_words(text, index, store)
    ranked = [r for r in rerank(text, candidates, index)
              if (r["coverage"] >= MIN_COVERAGE or r["dense"] >= floor) and not _leaves_out(unsaid, r)]
    if jurisdiction is None:
        ranked = by_level(ranked)
    ranked = ranked[:top]
    for entry in ranked:
        for clause in entry["clauses"]:
            clause.update(_holders(store, clause["clause_id"], day))
    return ranked


def relevant_clause_ids(text: str, index: ClauseIndex, k: int = 20, limit: int = 1, *, store: GraphStore | None = None,
                        jurisdiction: str | None = None) -> list[str]:
    """The clauses that best match ``text`` whatever their date, held in ``jurisdiction`` when
    given (for "改革前谁负责X": the reform that moved the best of them sets the date)."""
    floor = relevance_floor(index.embedder.name)
    out: list[str] = []
    for h in index.search(text, k=k):
        if not (h.lexical > 0 or h.dense >= floor):
            continue
        for cid in h.clause_ids:
            if store is not None and jurisdiction is not None and not any(
                    in_jurisdiction(store, f.subject, jurisdiction) for f in store.facts(object=cid, predicate=Predicate.HOLDS)):
                continue
            out.append(cid)
            break
        if len(out) >= limit:
            break
    return out


def _bigrams(text: str) -> set[str]:
    clean = re.sub(r"[\W_]", "", text)
    return {clean[i : i + 2] for i in range(len(clean) - 1)} or ({clean} if clean else set())


def unknown_words(text: str, index: ClauseIndex | None, store: GraphStore | None = None) -> list[str]:
    """The leading qualifier of ``text`` when no duty clause of the index uses it: the run of
    two or more characters that opens the phrase, none of whose character pairs occurs in any
    clause text, before words that do occur ("月球土地登记" → ["月球"]). A modifier comes before
    what it narrows: one the store never speaks of (a place it does not hold, a thing no unit
    is charged with) cannot be answered by a clause that matches the rest. A name the store
    knows (a unit, a place) is no such qualifier; an unknown word further on (国家石油储备) or
    at the end (矿产勘查: the head of the phrase) may be a clause's wording said otherwise."""
    clean = re.sub(r"[\W_]", "", text)
    if index is None or not index.text_count or len(clean) < 3:
        return []
    texts = index.unique_texts
    end = 0
    while end + 1 < len(clean) and not any(clean[end : end + 2] in t for t in texts):
        end += 1
    if end < 2 or end + 1 >= len(clean):  # no unknown opening word, or nothing known after it
        return []
    if store is not None:
        from queries.resolve import name_index

        if any(span.start < end for span in name_index(store).scan(clean)):
            return []
    return [clean[:end]]


# a unit-shaped word inside an asked phrase (…局, …厅, …办, …委, …中心, 三定)
_NAMES_A_UNIT = re.compile(r"[\u4e00-\u9fff](?:局|厅|办(?![理法事])|部(?![门分署])|委(?![托员])|中心|站|所(?![有属在以])|三定)")


def inner_unknown_words(text: str, index: ClauseIndex | None, store: GraphStore | None = None) -> list[str]:
    """Words inside the asked phrase that no duty clause of the index uses, between words that
    do occur ("城区养犬登记" → ["养犬"]): a run of two or more characters none of whose character
    pairs, nor the pairs joining it to its neighbours, occurs in any clause text. What the
    phrase is about is then something no clause speaks of; a clause matching the words around
    it (城区, 登记) does not answer. The opening word is ``unknown_words``'s; a run reaching
    the end (the head of the phrase) may be a clause's wording said otherwise."""
    clean = re.sub(r"[\W_]", "", text)
    if index is None or not index.text_count or len(clean) < 5 or _NAMES_A_UNIT.search(clean):
        return []  # a phrase naming a unit ("X撤了以后Y", "测绘归市自然资源局") is no bare duty
    texts = index.unique_texts
    known = [any(clean[i : i + 2] in t for t in texts) for i in range(len(clean) - 1)]
    words: list[str] = []
    i = 0
    while i < len(known):
        if known[i]:
            i += 1
            continue
        j = i  # the run of unknown pairs i..j
        while j + 1 < len(known) and not known[j + 1]:
            j += 1
        # not the opening word, not the head at the end, two characters or more between known pairs
        if i > 0 and j + 1 < len(known) and j - i >= 2:
            word = clean[i + 1 : j + 1].strip("的之和与及")
            if len(word) >= 2:
                words.append(word)
        i = j + 1
    if words and store is not None:
        from queries.resolve import name_index

        names = [span.text for span in name_index(store).scan(clean)]
        words = [w for w in words if not any(w in n for n in names)]
    return words


# duty short forms staff type, each with the wording duty clauses use ("新农合" for 新型农村合作医疗)
DUTY_SHORT_FORMS = {
    "新农合": "新型农村合作医疗", "低保": "最低生活保障", "非遗": "非物质文化遗产", "综治": "社会治安综合治理",
    "计生": "计划生育", "安监": "安全生产监督管理", "食安": "食品安全", "药监": "药品监督管理", "质监": "质量技术监督",
    "环评": "环境影响评价", "普法": "法治宣传教育", "医保": "医疗保险", "社保": "社会保险", "公租房": "公共租赁住房",
    "棚改": "棚户区改造", "双拥": "拥军优属拥政爱民", "民宗": "民族宗教", "人防": "人民防空", "地灾": "地质灾害",
}


def expand_duty_short_forms(text: str, index: ClauseIndex | None) -> str:
    """``text`` with each duty short form that no clause writes (新农合) replaced by the wording
    clauses use (新型农村合作医疗); a short form some clause writes itself is kept."""
    texts = index.unique_texts if index is not None and index.text_count else []
    for short, full in DUTY_SHORT_FORMS.items():
        if short in text and full not in text and not any(short in t for t in texts):
            text = text.replace(short, full)
    return text


def _leaves_out(words: list[str], result: dict[str, Any]) -> bool:
    """Whether a word of ``words`` is said neither by the unit's clauses nor by its place. A
    word whose characters a clause says in order is said in full there (药价 of 药品价格)."""
    texts = [result["jurisdiction"] + result["name"]] + [c["text"] for c in result["clauses"]]
    return any(not any(_abbreviates(w, t) for t in texts) for w in words)


def _abbreviates(word: str, text: str) -> bool:
    """Whether ``word`` is ``text``'s or a short form of a phrase in it: its characters in order."""
    pos = 0
    for ch in word:
        pos = text.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def _weights(wanted: set[str], index: ClauseIndex | None) -> dict[str, float]:
    """Each character pair of the question weighted by how rare it is among the clause texts
    (食品 says more than 安全 or 监管), so coverage is of what the question is about."""
    if index is None or not index.text_count:
        return dict.fromkeys(wanted, 1.0)
    texts = index.unique_texts
    n = len(texts)
    return {bg: math.log((n + 1) / (1 + sum(bg in t for t in texts))) + 0.1 for bg in wanted}


def rerank(topic: str, results: list[dict[str, Any]], index: ClauseIndex | None = None) -> list[dict[str, Any]]:
    """Order units by how much of the asked phrase their best clause covers (character pairs,
    weighted by rarity), then by search score: "谁负责X" usually names X as the clause does,
    and a unit with many loosely related clauses must not outrank the one whose clause says X.
    Units below ``KEEP_SHARE`` of the best fit are dropped; the best clause goes first."""
    if not results:
        return []
    wanted = _bigrams(topic)
    weights = _weights(wanted, index)
    total = sum(weights.values()) or 1.0
    top_score = max(r["score"] for r in results) or 1.0
    ranked = []
    for r in results:
        coverage = 0.0
        best_clause = r["clauses"][0]
        for c in r["clauses"]:
            cov = sum(weights[bg] for bg in wanted & _bigrams(c["text"])) / total if wanted else 0.0
            if cov > coverage:
                coverage, best_clause = cov, c
        fit = 0.4 * (r["score"] / top_score) + 0.6 * coverage
        clauses = [best_clause] + [c for c in r["clauses"] if c is not best_clause]
        ranked.append({**r, "clauses": clauses, "fit": round(fit, 4), "coverage": round(coverage, 4)})
    ranked.sort(key=lambda r: (-r["fit"], r["id"]))
    best = ranked[0]["fit"]
    best_coverage = max(r["coverage"] for r in ranked)
    return [r for r in ranked if r["fit"] >= KEEP_SHARE * best and r["coverage"] >= KEEP_SHARE * best_coverage]


def by_level(ranked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """中央 first, then each place in the order of its best unit; within a level, by fit. A
    name filed under 中央 that speaks of a local level without its place (省药品监督管理局,
    市场监管部门 of 各地) is no central unit: it comes right after the central ones."""
    order: dict[str, float] = {CENTRAL: -1}
    for r in ranked:
        order.setdefault(r["jurisdiction"], len(order))

    def level(r: dict[str, Any]) -> float:
        if r["jurisdiction"] == CENTRAL and placeless_local(r["name"]):
            return -0.5
        return order[r["jurisdiction"]]

    return sorted(ranked, key=lambda r: (level(r), -r["fit"], r["id"]))


# a name that opens with a local level word or speaks of places at large: a local body (or
# the bodies of every place), not a central unit, however it was filed
_PLACELESS_LOCAL = re.compile(r"^(?:省级|市级|县级|地方|各级|各地|省|市|县|区|州|乡|镇)")


def placeless_local(name: str) -> bool:
    return bool(_PLACELESS_LOCAL.match(name)) and not name.startswith(("市场", "县域", "区域", "乡村", "州"))


def _recorded_by(store: GraphStore, holding: Any, day: date, spoken: DocumentDays) -> bool:
    """Whether the store can say the holding held at ``day``. With a start date, or for a unit
    whose founding is dated, the dates decide (``holds_at``, ``alive``). Without a start, a
    holding that a reform ended is trusted back ``UNDATED_YEARS`` before its end (a 2018 plan
    that moves a duty away tells who held it in 2017, not in 1985); one with no dates at all
    holds from the date of the document that records it."""
    if holding.valid_from is not None:
        return True
    if any(f.valid_from for f in store.facts(holding.subject, Predicate.EXISTS)):
        return True
    if holding.valid_to is not None:
        end = start_of(holding.valid_to)
        return day.year >= end.year - UNDATED_YEARS
    doc_day = spoken(holding.prov.doc_id)
    return doc_day is None or doc_day <= day


def _group(store: GraphStore, hits: list[Hit], day: date, jurisdiction: str | None, top: int) -> dict[str, dict[str, Any]]:
    """Units holding the hit clauses at ``day``; hits come best first, so once ``top`` units
    are found the rest cannot outrank them (a text held in a thousand places stops early)."""
    units: dict[str, dict[str, Any]] = {}
    seen: dict[str, set[str]] = defaultdict(set)
    ok_unit: dict[str, bool] = {}
    spoken = DocumentDays(store)
    for hit in hits:
        if len(units) >= top:
            break
        for clause_id in hit.clause_ids:
            if len(units) >= top:  # the clauses of one hit tie: the rest cannot outrank these
                break
            holdings = sorted(store.facts(object=clause_id, predicate=Predicate.HOLDS), key=lambda f: (f.subject, f.id))
            for holding in holdings:
                uid = holding.subject
                if not holds_at(holding.valid_from, holding.valid_to, day) or not _recorded_by(store, holding, day, spoken):
                    continue
                if moved_away(store, holding, holdings, day):
                    continue
                if uid not in ok_unit:
                    ok_unit[uid] = alive(store, uid, day) and in_jurisdiction(store, uid, jurisdiction)
                if not ok_unit[uid] or clause_id in seen[uid]:
                    continue
                seen[uid].add(clause_id)
                entry = units.get(uid)
                if entry is None:
                    unit = store.unit(uid)
                    entry = units[uid] = {"id": uid, "name": store.name_at(uid, day), "jurisdiction": unit.jurisdiction,
                                          "score": 0.0, "lexical": 0.0, "dense": 0.0, "clauses": []}
                clause = store.clauses([clause_id])[0]
                entry["clauses"].append({
                    "clause_id": clause_id, "text": clause.text, "role": holding.value, "score": hit.score,
                    "lexical": hit.lexical, "dense": hit.dense, "since": holding.valid_from,
                    "evidence": evidence(store, clause.prov),
                })
                # the best clause decides; further matching clauses add a little
                extra = 0.0 if len(entry["clauses"]) == 1 else hit.score * 0.1
                entry["score"] = max(entry["score"], hit.score) + extra
                entry["lexical"] = max(entry["lexical"], hit.lexical)
                entry["dense"] = max(entry["dense"], hit.dense)
    return units


def moved_away(store: GraphStore, holding: Any, holdings: list[Any], day: date) -> bool:
    """Whether a reform moved the held clause from this unit to another holder of it by ``day``
    ("将A的X职责划入B" with B holding X too): A held X before, B holds it since. A move without
    a date ends the holding whatever the date asked (the document's last word on X); one with
    a date, from that date. Only a holding with no stated end, and a move not before its start
    (X may come back to A later: 2019 A→B, 2024 B→A)."""
    others = {h.subject for h in holdings if h.subject != holding.subject}
    if not others or holding.valid_to is not None:
        return False
    begun = start_of(holding.valid_from) if holding.valid_from else None
    for event in store.events(holding.subject):
        for move in event.moves:
            if move.clause_id != holding.object or move.source != holding.subject or move.target not in others:
                continue
            when = start_of(event.date) if event.date else None
            if when is None or when <= day and (begun is None or when >= begun):
                return True
    return False


def _holders(store: GraphStore, clause_id: str, day: date) -> dict[str, Any]:
    earlier, later = [], []
    holdings = store.facts(object=clause_id, predicate=Predicate.HOLDS)
    for h in sorted(holdings, key=lambda f: (sort_key(f.valid_from), f.subject)):
        gone = moved_away(store, h, holdings, day)
        if holds_at(h.valid_from, h.valid_to, day) and not gone:
            continue
        item = {"id": h.subject, "name": store.name_at(h.subject, day), "valid_from": h.valid_from,
                "valid_to": h.valid_to, "period": period(h.valid_from, h.valid_to), "evidence": evidence(store, h.prov)}
        if gone or h.valid_to is not None and start_of(h.valid_to) <= day:
            earlier.append(item)
        else:
            later.append(item)
    return {"earlier_holders": earlier, "later_holders": later}
