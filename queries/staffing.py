"""编制台账: a dated staffing ledger per unit, the figures at a date, and a jurisdiction's
周转编制池 as an account. Everything is computed from the STAFFING facts (``kg.apply``), so
every figure can name the sentences it comes from. The rules are written out in
``docs/staffing.md``; in short:

* Entries are ordered by date (undated first: "since before the record starts"), then by
  document, then by row. Each entry belongs to a *bucket*: the kind of post, split by
  funding for 事业编制 and by level for 领导职数.
* A 核定 is a stated total: the bucket's quota at the end of that date. Changes of the same
  date (核增, 划转 …) are taken as included in it, whatever their row order. When the bucket
  had a quota before, the 核定 is compared with that quota plus the changes of its date; a
  difference is a *mismatch*, reported (``ledger_mismatches``), never silently absorbed.
* 核增, 划入, 调剂 add; 核减, 收回, 划出, 退二补一 subtract; "将A的N名编制划转至B" (a 划转 fact on
  A with counterpart B) subtracts from A and adds to B, unless B has its own 划入 row for the
  same move (then that row counts, once). 周转/归还 move posts lent from the pool: they are
  kept apart from the quota (``lent``). 实有 is a headcount reading, not a change.
* The same change reported by two documents (two articles quoting one decision) is one
  entry; the other report is kept as ``also`` evidence.

>>> unit_staffing(store, "县自然资源局", "2024")["posts"][0]["quota"]   # doctest: +SKIP
24
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.dates import as_of, sort_key, start_of
from kg.errors import KGError
from kg.model import ALSO_MARK, BODY_KINDS, POOL_CHANGES, POST_KINDS, Fact, Predicate, Provenance
from kg.revcache import RevisionCache
from kg.store import GraphStore
from queries.document_dates import DocumentDays
from queries.evidence import evidence
from queries.scope import alive, in_jurisdiction

LEADERS = "领导职数"
DIVISIONS = "内设机构"
FUNDINGS = ("全额拨款", "差额拨款", "自收自支")

#: signed effect of a change on the subject's own quota
QUOTA_SIGN = {"核增": 1, "划入": 1, "调剂": 1, "核减": -1, "收回": -1, "划转": -1, "划出": -1, "退二补一": -1}
#: signed effect on the posts lent to the subject from the pool
LOAN_SIGN = {"周转": 1, "归还": -1}
#: a 核定 sentence that announces a new figure ("副局长职数调整为4名") re-determines the quota;
#: it is not compared with the ledger (a plain 核定 or "调整后…N名" is)
REDETERMINED = re.compile(r"(?:调整|调增|调减|增加|减少|提高|压减|核增|核减)(?:为|到|至)|重新核定|增至|减至")  # how other reports of an entry travel inside its sentence (Excel round trip)


class PoolNotFound(KGError):
    code = "pool_not_found"


# ---------------------------------------------------------------- entries


@dataclass(eq=False)
class Entry:
    """One line of a unit's (or a jurisdiction's) ledger."""

    fact_id: str
    subject: str  # unit id, or jurisdiction id when scope == "jurisdiction"
    scope: str  # "unit" | "jurisdiction"
    date: str | None
    kind: str
    change: str
    amount: int
    prov: Provenance
    order: tuple[Any, ...]
    funding: str | None = None
    level: str | None = None
    counterpart: str | None = None  # unit id of the other side
    implied: bool = False  # the receiving side of the counterpart's 划转
    also: list[Provenance] = field(default_factory=list)
    source: Entry | None = None  # for implied entries: the giver's entry
    paired: bool = False  # a 划入 row that stands for a counterpart's 划转 (counted once)

    @property
    def is_total(self) -> bool:
        return self.change == "核定"

    @property
    def redetermined(self) -> bool:
        return self.change == "核定" and bool(REDETERMINED.search(split_sentence(self.prov.sentence)[0]))

    @property
    def is_actual(self) -> bool:
        return self.change == "实有"

    @property
    def delta(self) -> int | None:
        if self.implied:
            return self.amount
        sign = QUOTA_SIGN.get(self.change)
        return None if sign is None else sign * self.amount

    @property
    def loan(self) -> int | None:
        sign = LOAN_SIGN.get(self.change)
        return None if sign is None else sign * self.amount

    @property
    def shown_change(self) -> str:
        return "划入" if self.implied else self.change

    def figure_key(self) -> tuple[Any, ...]:
        return (self.subject, self.scope, self.kind, self.funding, self.level, self.change, self.amount, self.counterpart)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _near(a: str | None, b: str | None) -> bool:
    """Dates of one move or one figure written by two rows or two reports: equal, one missing,
    or one only year/month precise and containing the other (an article dated "2023" and one
    dated 2023-09-15)."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


class StaffingBook:
    """All staffing entries of a store, deduplicated and paired, indexed by subject. Built
    once per store revision (``staffing_book``)."""

    def __init__(self, store: GraphStore):
        self.store = store
        docs = sorted(store.documents(), key=lambda d: (sort_key(d.date), d.id))
        rank = {d.id: i for i, d in enumerate(docs)}
        facts = [f for f in store.facts(predicate=Predicate.STAFFING) if f.value not in BODY_KINDS]  # counts of bodies: no posts
        read = [self._entry(f, rank, i) for i, f in enumerate(facts)]
        entries = sorted((e for e in read if e is not None), key=lambda e: e.order)
        entries = _dedupe(entries)
        self.own: dict[str, list[Entry]] = defaultdict(list)
        for e in entries:
            self.own[e.subject].append(e)
        self._pair_moves()
        self.incoming: dict[str, list[Entry]] = defaultdict(list)
        for e in [e for rows in self.own.values() for e in rows]:
            if e.change == "划转" and e.counterpart and e.scope == "unit":
                receiver = self.own.get(e.counterpart, [])
                if any(r.paired and r.source is e for r in receiver):
                    continue
                self.incoming[e.counterpart].append(Entry(
                    fact_id=e.fact_id + ":in", subject=e.counterpart, scope="unit", date=e.date, kind=e.kind,
                    change=e.change, amount=e.amount, prov=e.prov, order=e.order, funding=e.funding, level=e.level,
                    counterpart=e.subject, implied=True, also=list(e.also), source=e))
        self._fundings: dict[str, set[str]] = defaultdict(set)
        for subject in set(self.own) | set(self.incoming):
            for e in self.entries(subject):
                if e.kind == "事业编制" and e.funding:
                    self._fundings[subject].add(e.funding)

    @staticmethod
    def _entry(f: Fact, rank: dict[str, int], i: int) -> Entry | None:
        change = f.extra.get("change")
        if not change or f.amount is None or not f.value:
            return None
        order = (sort_key(f.valid_from), rank.get(f.prov.doc_id, len(rank)), f.prov.doc_id, f.prov.start, i)
        return Entry(fact_id=f.id, subject=f.subject, scope=f.extra.get("scope") or "unit", date=f.valid_from,
                     kind=f.value, change=change, amount=int(f.amount), prov=f.prov, order=order,
                     funding=f.extra.get("funding"), level=f.extra.get("level"),
                     counterpart=f.extra.get("counterpart"))

    def _pair_moves(self) -> None:
        """A 划转 on A with counterpart B and a 划入 row on B from A (or a 划出 row on A to B)
        for the same figure are one move: the 划入 row stands for B's side, the 划出 row is
        dropped as a second report of the 划转."""
        for subject, rows in list(self.own.items()):
            for move in [r for r in rows if r.change == "划转" and r.counterpart and r.scope == "unit"]:
                for r in self.own.get(move.counterpart or "", []):
                    if (r.change == "划入" and not r.paired and r.counterpart in (None, subject) and r.kind == move.kind
                            and r.amount == move.amount and _compatible(r.funding, move.funding)
                            and r.level == move.level and _near(r.date, move.date)):
                        r.paired, r.source = True, move
                        break
                for r in list(rows):
                    if (r is not move and r.change == "划出" and r.counterpart in (None, move.counterpart)
                            and r.kind == move.kind and r.amount == move.amount and _compatible(r.funding, move.funding)
                            and r.level == move.level and _near(r.date, move.date)):
                        move.also.append(r.prov)
                        rows.remove(r)
                        break

    def entries(self, subject: str) -> list[Entry]:
        """The subject's own entries and the 划转 it received, in ledger order."""
        return sorted(self.own.get(subject, []) + self.incoming.get(subject, []), key=lambda e: e.order)

    def subjects(self) -> set[str]:
        return set(self.own) | set(self.incoming)

    def bucket_of(self, e: Entry) -> tuple[str, str | None]:
        if e.kind == "事业编制":
            funding = e.funding
            if funding is None and len(self._fundings.get(e.subject, ())) == 1:
                funding = next(iter(self._fundings[e.subject]))
            return e.kind, funding
        if e.kind == LEADERS:
            return e.kind, e.level
        return e.kind, None


def _dedupe(entries: list[Entry]) -> list[Entry]:
    """The same figure reported by several documents is one entry (the dated report kept)."""
    groups: dict[tuple[Any, ...], list[Entry]] = defaultdict(list)
    for e in entries:
        groups[e.figure_key()].append(e)
    dropped: set[int] = set()
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda e: (e.date is None, e.order))
        kept: list[tuple[Entry, set[str]]] = []
        for e in group:
            for k, docs in kept:
                if e.prov.doc_id not in docs and _near(k.date, e.date):
                    k.also.append(e.prov)
                    docs.add(e.prov.doc_id)
                    dropped.add(id(e))
                    break
            else:
                kept.append((e, {e.prov.doc_id}))
    return [e for e in entries if id(e) not in dropped]


_BOOKS: RevisionCache[StaffingBook] = RevisionCache(lambda store: StaffingBook(store))


def staffing_book(store: GraphStore) -> StaffingBook:
    """The store's staffing entries, rebuilt when the store's revision moves."""
    return _BOOKS.get(store)


# ---------------------------------------------------------------- labels and dicts


def kind_label(kind: str, sub: str | None) -> str:
    if kind == LEADERS:
        return f"{sub}领导职数" if sub else "领导职数"
    if kind == DIVISIONS:
        return "内设机构"
    return f"{sub}{kind}" if sub else kind


def measure(kind: str) -> str:
    return "个" if kind == DIVISIONS else "名"


def unit_name(store: GraphStore, uid: str | None, day: date | None = None) -> str | None:
    if uid is None:
        return None
    if store.get_unit(uid) is None:
        return uid
    return store.name_at(uid, day)


def split_sentence(text: str) -> tuple[str, str]:
    """(source sentence, other reports) of a provenance sentence (see ALSO_MARK)."""
    head, mark, tail = text.partition(ALSO_MARK)
    return head, tail if mark else ""


def _via_pool(e: Entry) -> bool:
    """Whether the other side of an entry is the jurisdiction's pool."""
    if e.kind not in POST_KINDS or e.counterpart:
        return False
    return e.change in ("收回", "周转", "归还") or (e.change == "调剂" and e.scope == "unit")


def entry_dict(store: GraphStore, e: Entry, book: StaffingBook | None = None, **more: Any) -> dict[str, Any]:
    kind, sub = book.bucket_of(e) if book else (e.kind, e.funding or e.level)
    cp = e.counterpart
    ev = evidence(store, e.prov)
    direction = None
    if e.change in ("划转", "划出") and not e.implied:
        direction = "out"
    elif e.change == "划入" or e.implied:
        direction = "in"
    return {
        "id": e.fact_id,
        "date": e.date,
        "kind": e.kind,
        "funding": e.funding,
        "level": e.level,
        "bucket": kind_label(kind, sub),
        "change": e.shown_change,
        "recorded_change": e.change,
        "amount": e.amount,
        "delta": e.delta,
        "loan": e.loan,
        "direction": direction,
        "counterpart": {"id": cp, "name": unit_name(store, cp)} if cp else None,
        "other_side": unit_name(store, cp) if cp else ("编制池" if _via_pool(e) else None),
        "implied": e.implied,
        "scope": e.scope,
        "evidence": ev,
        "also": [evidence(store, p) for p in e.also],
        **more,
    }


def describe_entry(store: GraphStore, e: Entry, book: StaffingBook | None = None) -> str:
    """"2023-12 划入行政编制5名（来自县林业局）" — one line of a ledger in words."""
    kind, sub = book.bucket_of(e) if book else (e.kind, e.funding or e.level)
    label = kind_label(kind, sub)
    n = f"{e.amount}{measure(e.kind)}"
    cp = unit_name(store, e.counterpart)
    d = f"{e.date} " if e.date else ""
    if e.implied:
        return f"{d}划入{label}{n}（来自{cp}）"
    text = {
        "核定": f"核定{label}{n}",
        "实有": f"{label}实有{n}",
        "划转": f"划出{label}{n}" + (f"（划转至{cp}）" if cp else ""),
        "划出": f"划出{label}{n}" + (f"（至{cp}）" if cp else ""),
        "划入": f"划入{label}{n}" + (f"（来自{cp}）" if cp else ""),
        "调剂": f"调剂增加{label}{n}" + (f"（来自{cp}）" if cp else "（来自编制池）"),
        "周转": f"从编制池周转使用{label}{n}",
        "归还": f"向编制池归还周转{label}{n}",
        "收回": f"{label}{n}被收回",
        "退二补一": f"退二补一核销{label}{n}",
    }.get(e.change, f"{e.change}{label}{n}")
    return d + text


# ---------------------------------------------------------------- one unit's figures


@dataclass
class Bucket:
    kind: str
    sub: str | None
    quota: int | None = None  # None until a 核定 is seen
    net: int = 0  # changes before any 核定 (a quota of unknown base)
    lent: int = 0
    actual: int | None = None
    actual_entry: Entry | None = None
    basis: Entry | None = None  # the last 核定
    since: list[Entry] = field(default_factory=list)  # changes after the last 核定
    entries: list[Entry] = field(default_factory=list)
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    adjustments: dict[str, int] = field(default_factory=dict)  # re-determining 核定 → change it made
    history: list[tuple[str | None, int | None, int, int | None]] = field(default_factory=list)  # (date, quota, lent, actual)

    @property
    def label(self) -> str:
        return kind_label(self.kind, self.sub)

    @property
    def usable(self) -> int | None:
        return None if self.quota is None else self.quota + self.lent

    @property
    def vacant(self) -> int | None:
        if self.quota is None or self.actual is None:
            return None
        return self.quota + self.lent - self.actual


def _upto(entries: list[Entry], day: date | None, store: GraphStore | None = None) -> list[Entry]:
    """The entries recorded by ``day``: dated ones by their date; an undated one (with a store)
    by the day its document speaks from, so "2000年X编制多少" is never a figure that only a 2019
    document gives (``document_dates.DocumentDays``)."""
    if day is None:
        return entries
    spoken = DocumentDays(store) if store is not None else None

    def recorded(e: Entry) -> bool:
        if spoken is None:
            return True
        said = spoken(e.prov.doc_id)
        return said is None or said <= day

    return [e for e in entries if (start_of(e.date) <= day if e.date else recorded(e))]


def compute_buckets(store: GraphStore, book: StaffingBook, subject: str, day: date | None) -> dict[tuple[str, str | None], Bucket]:
    """Run the subject's ledger up to ``day`` (all of it when None), bucket by bucket."""
    buckets: dict[tuple[str, str | None], Bucket] = {}
    for e in _upto(book.entries(subject), day, store):
        key = book.bucket_of(e)
        bucket = buckets.get(key)
        if bucket is None:
            bucket = buckets[key] = Bucket(*key)
        bucket.entries.append(e)
    for bucket in buckets.values():
        _run(store, book, bucket)
    return buckets


def _run(store: GraphStore, book: StaffingBook, b: Bucket) -> None:
    t_adjust = b.adjustments
    groups: list[list[Entry]] = []
    for e in b.entries:
        if groups and groups[-1][0].date == e.date:
            groups[-1].append(e)
        else:
            groups.append([e])
    for group in groups:
        totals = [e for e in group if e.is_total]
        deltas = [e for e in group if e.delta is not None]
        for e in group:
            if e.loan is not None:
                b.lent += e.loan
            if e.is_actual:
                b.actual, b.actual_entry = e.amount, e
        if totals:
            change = sum(e.delta or 0 for e in deltas)
            previous = b.basis
            expected = None if b.quota is None else b.quota + change
            for t in totals:
                if expected is not None and t.amount != expected and t.redetermined:
                    t_adjust[t.fact_id] = t.amount - expected
                elif expected is not None and t.amount != expected:
                    b.mismatches.append({
                        "unit": t.subject, "kind": b.kind, "sub": b.sub, "bucket": b.label, "date": t.date,
                        "stated": t.amount, "expected": expected, "difference": t.amount - expected,
                        "stated_entry": t, "basis": previous, "changes": list(b.since) + deltas,
                    })
                expected = t.amount
                previous = t
            b.quota, b.basis, b.since = totals[-1].amount, totals[-1], []
        else:
            for e in deltas:
                if b.quota is None:
                    b.net += e.delta or 0
                else:
                    b.quota += e.delta or 0
                    b.since.append(e)
        b.history.append((group[0].date, b.quota, b.lent, b.actual))


def _bucket_dict(store: GraphStore, book: StaffingBook, b: Bucket, day: date) -> dict[str, Any]:
    return {
        "kind": b.kind,
        "funding": b.sub if b.kind not in (LEADERS,) else None,
        "level": b.sub if b.kind == LEADERS else None,
        "label": b.label,
        "quota": b.quota,
        "based": b.quota is not None,
        "unbased_change": b.net if b.quota is None else None,
        "lent": b.lent,
        "usable": b.usable,
        "actual": b.actual,
        "actual_date": b.actual_entry.date if b.actual_entry else None,
        "vacant": b.vacant if b.vacant is None or b.vacant >= 0 else 0,
        "over": -b.vacant if b.vacant is not None and b.vacant < 0 else 0,
        "basis": entry_dict(store, b.basis, book) if b.basis else None,
        "since": [entry_dict(store, e, book) for e in b.since],
        "actual_evidence": evidence(store, b.actual_entry.prov) if b.actual_entry else None,
        "text": bucket_text(store, book, b),
    }


def bucket_text(store: GraphStore, book: StaffingBook, b: Bucket) -> str:
    """"行政编制24名（2023-12核定）；实有22名，空编2名" in words."""
    m = measure(b.kind)
    if b.quota is None:
        sign = "+" if b.net > 0 else ""
        text = f"{b.label}：未见核定总数，有记录的变动合计{sign}{b.net}{m}"
    else:
        text = f"{b.label}{b.quota}{m}"
        if b.basis is not None:
            text += f"（{b.basis.date or '日期不详'}核定{b.basis.amount}{m}"
            if b.since:
                text += "，此后" + "，".join(describe_entry(store, e, book) for e in b.since)
            text += "）"
    if b.lent:
        text += f"；另周转使用{b.lent}{m}"
    if b.actual is not None:
        text += f"；{b.actual_entry.date if b.actual_entry and b.actual_entry.date else ''}实有{b.actual}{m}"
        vacant = b.vacant
        if vacant is not None:
            text += f"，空编{vacant}{m}" if vacant >= 0 else f"，超编{-vacant}{m}"
    return text


def divisions_actual(store: GraphStore, uid: str, day: date) -> list[dict[str, Any]]:
    from queries.unit_info import children_at

    if store.get_unit(uid) is None:
        return []
    return [c for c in children_at(store, uid, day) if c["relation"] == "内设"]


def unit_staffing(store: GraphStore, uid: str, at: str | date | None = None) -> dict[str, Any]:
    """A unit's staffing at ``at`` (today when None): posts by kind, leadership posts by level,
    internal divisions, posts lent from the pool, headcounts and vacancies, with the ledger
    up to that date and any stated total that disagrees with it.

    >>> unit_staffing(store, "u_3f…", "2025-06")["totals"]["quota"]   # doctest: +SKIP
    24
    """
    day = as_of(at)
    book = staffing_book(store)
    unit = store.unit(uid)
    buckets = compute_buckets(store, book, uid, day)
    posts = [b for k, b in buckets.items() if k[0] in POST_KINDS]
    posts.sort(key=lambda b: (POST_KINDS.index(b.kind), FUNDINGS.index(b.sub) if b.sub in FUNDINGS else 9))
    leaders = sorted((b for k, b in buckets.items() if k[0] == LEADERS), key=lambda b: (b.sub is None, b.sub or ""))
    division = buckets.get((DIVISIONS, None))
    named = divisions_actual(store, uid, day)
    based = [b for b in posts if b.quota is not None]
    actual_known = [b for b in based if b.actual is not None]
    totals = {
        "quota": sum(b.quota or 0 for b in based) if based else None,
        "lent": sum(b.lent for b in posts),
        "actual": sum(b.actual or 0 for b in actual_known) if actual_known else None,
        "vacant": sum(max(b.vacant or 0, 0) for b in actual_known) if actual_known else None,
        "over": sum(max(-(b.vacant or 0), 0) for b in actual_known) if actual_known else None,
        "complete": len(based) == len(posts),
    }
    # posts first, in their fixed order, then the other buckets by name: never the ledger's own
    # order of same-day entries, which may follow the hash seed
    ordered = sorted(buckets.values(), key=lambda b: ((0, POST_KINDS.index(b.kind)) if b.kind in POST_KINDS else (1, 0),
                                                     str(b.kind), str(b.sub or "")))
    mismatches = [m for b in ordered for m in b.mismatches]
    return {
        "unit": {"id": uid, "name": store.name_at(uid, day), "jurisdiction": unit.jurisdiction},
        "at": day.isoformat(),
        "exists": alive(store, uid, day),
        "posts": [_bucket_dict(store, book, b, day) for b in posts],
        "totals": totals,
        "leaders": [_bucket_dict(store, book, b, day) for b in leaders],
        "divisions": {
            "quota": division.quota if division else None,
            "actual": division.actual if division and division.actual is not None else (len(named) if named else None),
            "named": [{"id": c["id"], "name": c["name"]} for c in named],
            "basis": entry_dict(store, division.basis, book) if division and division.basis else None,
        },
        "mismatches": [mismatch_dict(store, book, m) for m in mismatches],
        "ledger": ledger(store, uid, day, book=book),
        "summary": unit_summary_text(store, book, uid, buckets, day),
    }


def unit_summary_text(store: GraphStore, book: StaffingBook, uid: str,
                      buckets: dict[tuple[str, str | None], Bucket], day: date) -> str:
    posts = [b for k, b in buckets.items() if k[0] in POST_KINDS]
    if not posts:
        return f"没有{store.name_at(uid, day)}的编制记录。"
    return "；".join(bucket_text(store, book, b) for b in posts) + "。"


def ledger(store: GraphStore, uid: str, at: str | date | None = None, *, book: StaffingBook | None = None) -> list[dict[str, Any]]:
    """The subject's ledger entries up to ``at`` (all when None), with the running figure
    of each entry's bucket (``balance``; None while no 核定 is known, and for changes that
    a same-date 核定 includes), and for a 核定 what the ledger expected (``expected``, when it
    disagrees) or the change a re-determination made (``adjustment``)."""
    book = book or staffing_book(store)
    day = as_of(at) if at is not None else None
    buckets = compute_buckets(store, book, uid, day)
    adjustments = {k: v for b in buckets.values() for k, v in b.adjustments.items()}
    expected = {m["stated_entry"].fact_id: m["expected"] for b in buckets.values() for m in b.mismatches}
    out: list[dict[str, Any]] = []
    running: dict[tuple[str, str | None], int | None] = {}
    entries = _upto(book.entries(uid), day, store)
    total_dates = {(book.bucket_of(e), e.date) for e in entries if e.is_total}
    for e in entries:
        key = book.bucket_of(e)
        included = (key, e.date) in total_dates and e.delta is not None
        if e.is_total:
            running[key] = e.amount
        elif e.delta is not None and not included and running.get(key) is not None:
            running[key] = (running[key] or 0) + e.delta
        balance = running.get(key) if e.is_total or (e.delta is not None and not included) else None
        out.append(entry_dict(store, e, book, balance=balance, included=included, expected=expected.get(e.fact_id),
                              adjustment=adjustments.get(e.fact_id), text=describe_entry(store, e, book)))
    return out


def mismatch_dict(store: GraphStore, book: StaffingBook, m: dict[str, Any]) -> dict[str, Any]:
    stated: Entry = m["stated_entry"]
    basis: Entry | None = m["basis"]
    name = unit_name(store, m["unit"])
    unit_m = measure(m["kind"])
    steps = "，".join(describe_entry(store, e, book) for e in m["changes"])
    basis_text = f"{basis.date or '日期不详'}核定{basis.amount}{unit_m}" if basis else "此前的记录"
    message = (f"{name}{m['bucket']}：{stated.date or '日期不详'}核定为{m['stated']}{unit_m}，但按台账推算应为"
               f"{m['expected']}{unit_m}（{basis_text}" + (f"，此后{steps}" if steps else "") + "），"
               f"相差{m['difference']:+d}{unit_m}")
    return {
        "type": "unit_total",
        "unit": {"id": m["unit"], "name": name},
        "bucket": m["bucket"],
        "kind": m["kind"],
        "date": stated.date,
        "stated": m["stated"],
        "expected": m["expected"],
        "difference": m["difference"],
        "message": message,
        "evidence": [evidence(store, stated.prov)] + ([evidence(store, basis.prov)] if basis else [])
        + [evidence(store, e.prov) for e in m["changes"]],
    }


def ledger_mismatches(store: GraphStore, unit: str | None = None, jurisdiction: str | None = None,
                      at: str | date | None = None) -> list[dict[str, Any]]:
    """Stated totals (核定) that disagree with what the ledger computed from the entries
    before them, for one unit or every unit (of a jurisdiction), up to ``at`` (all dates
    when None); plus jurisdiction-wide 收回 totals that differ from the units' own rows.

    >>> ledger_mismatches(store, jurisdiction="示例县")   # doctest: +SKIP
    []
    """
    book = staffing_book(store)
    day = as_of(at) if at is not None else None
    subjects = [unit] if unit else sorted(s for s in book.subjects() if store.get_unit(s) is not None)
    out: list[dict[str, Any]] = []
    for uid in subjects:
        if jurisdiction and not in_jurisdiction(store, uid, jurisdiction):
            continue
        for b in compute_buckets(store, book, uid, day).values():
            out.extend(mismatch_dict(store, book, m) for m in b.mismatches)
    if unit is None:
        places = {jurisdiction} if jurisdiction else {s for s in book.subjects() if store.get_unit(s) is None}
        for place in sorted(p for p in places if p):
            out.extend(_pool_reconciliation(store, book, place, day)[1])
    return out


# ---------------------------------------------------------------- a jurisdiction


def units_with_staffing(store: GraphStore, jurisdiction: str | None, day: date, *, exact: bool = False,
                        living: bool = True) -> list[str]:
    book = staffing_book(store)
    out = []
    for uid in book.subjects():
        unit = store.get_unit(uid)
        if unit is None:
            continue
        if jurisdiction and (unit.jurisdiction != jurisdiction if exact else not in_jurisdiction(store, uid, jurisdiction)):
            continue
        if living and not alive(store, uid, day):
            continue
        if not _upto(book.entries(uid), day):
            continue
        out.append(uid)
    return sorted(out, key=lambda u: (store.unit(u).jurisdiction, store.name_at(u, day)))


def jurisdiction_staffing(store: GraphStore, jurisdiction: str | None, at: str | date | None = None) -> dict[str, Any]:
    """Every unit (existing at ``at``) with staffing records in ``jurisdiction`` (or under it):
    its figures at ``at``; plus the jurisdiction-wide records and totals by kind."""
    day = as_of(at)
    book = staffing_book(store)
    rows = []
    totals: dict[str, dict[str, int]] = defaultdict(lambda: {"quota": 0, "lent": 0, "actual": 0, "units": 0})
    for uid in units_with_staffing(store, jurisdiction, day):
        buckets = compute_buckets(store, book, uid, day)
        posts = [_bucket_dict(store, book, b, day) for k, b in buckets.items() if k[0] in POST_KINDS]
        leaders = [_bucket_dict(store, book, b, day) for k, b in buckets.items() if k[0] == LEADERS]
        division = buckets.get((DIVISIONS, None))
        for p in posts:
            t = totals[p["label"]]
            t["units"] += 1
            t["quota"] += p["quota"] or 0
            t["lent"] += p["lent"]
            t["actual"] += p["actual"] or 0
        unit = store.unit(uid)
        rows.append({"unit": {"id": uid, "name": store.name_at(uid, day), "jurisdiction": unit.jurisdiction},
                     "posts": posts, "leaders": leaders, "divisions": division.quota if division else None,
                     "mismatches": sum(len(b.mismatches) for b in buckets.values())})
    wide = []
    if jurisdiction:
        wide = ledger(store, jurisdiction, day, book=book)
    return {"jurisdiction": jurisdiction, "at": day.isoformat(), "units": rows,
            "totals": [{"label": k, **v} for k, v in sorted(totals.items())], "jurisdiction_records": wide}


# ---------------------------------------------------------------- the pool


def _pool_reconciliation(store: GraphStore, book: StaffingBook, place: str,
                         day: date | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Pool inflows from 收回: unit rows, and jurisdiction-wide totals reconciled with them
    (date, kind, funding): the total counts when it is larger (the rest were not listed by
    unit); a total that differs from its units' rows is reported."""
    unit_rows = [e for uid in book.subjects() if (u := store.get_unit(uid)) is not None and u.jurisdiction == place
                 for e in _upto(book.own.get(uid, []), day) if e.change == "收回" and e.kind in POST_KINDS]
    wide = [e for e in _upto(book.own.get(place, []), day)
            if e.change == "收回" and e.scope == "jurisdiction" and e.kind in POST_KINDS]
    inflows: list[dict[str, Any]] = [{"entry": e, "amount": e.amount, "unlisted": False} for e in unit_rows]
    problems = []
    for total in wide:
        parts = [e for e in unit_rows if e.kind == total.kind and _near(e.date, total.date) and e.date is not None
                 and total.date is not None and _compatible(total.funding, e.funding)]
        listed = sum(e.amount for e in parts)
        if total.amount > listed:
            inflows.append({"entry": total, "amount": total.amount - listed, "unlisted": bool(parts)})
        if parts and total.amount != listed:
            problems.append({
                "type": "pool_total", "unit": None, "jurisdiction": place, "bucket": kind_label(total.kind, total.funding),
                "kind": total.kind, "date": total.date, "stated": total.amount, "expected": listed,
                "difference": total.amount - listed,
                "message": f"{place}{total.date or ''}共收回{kind_label(total.kind, total.funding)}{total.amount}名，"
                           f"但逐个单位记录的收回合计{listed}名，相差{total.amount - listed:+d}名",
                "evidence": [evidence(store, total.prov)] + [evidence(store, e.prov) for e in parts],
            })
    return inflows, problems


def pool_account(store: GraphStore, jurisdiction: str, at: str | date | None = None) -> dict[str, Any]:
    """The jurisdiction's 周转编制池 / 人才编制池 at ``at`` as an account: what flowed in
    (收回, 归还, posts received from another level), what went out (周转 lent to units,
    调剂 given for good), what is out on loan, to whom and since when, and the balance by kind.
    Without an opening figure the balance starts from zero at the first record.

    >>> pool_account(store, "示例县", "2025-12")["total"]["balance"]   # doctest: +SKIP
    26
    """
    day = as_of(at)
    book = staffing_book(store)
    known_places = {j.id for j in store.jurisdictions()}
    if jurisdiction not in known_places and jurisdiction not in book.own:
        raise PoolNotFound(f"找不到行政区划“{jurisdiction}”")
    inflows, problems = _pool_reconciliation(store, book, jurisdiction, day)
    moves: list[dict[str, Any]] = []

    def add(e: Entry, direction: str, amount: int, label: str, unit: str | None) -> None:
        moves.append({"entry": e, "direction": direction, "amount": amount, "label": label, "unit": unit})

    for item in inflows:
        e = item["entry"]
        unit = e.subject if e.scope == "unit" else None
        label = "收回（未逐一列明单位的部分）" if item["unlisted"] else "收回"
        add(e, "in", item["amount"], label, unit)
    units_here = [uid for uid in book.subjects() if (u := store.get_unit(uid)) is not None and u.jurisdiction == jurisdiction]
    for uid in units_here:
        for e in _upto(book.own.get(uid, []), day):
            if e.kind not in POST_KINDS:
                continue
            if e.change == "周转":
                add(e, "out", e.amount, "周转借出", uid)
            elif e.change == "归还":
                add(e, "in", e.amount, "周转归还", uid)
            elif e.change == "调剂" and e.counterpart is None:
                add(e, "out", e.amount, "调剂给单位", uid)
    for e in _upto(book.own.get(jurisdiction, []), day):
        if e.scope != "jurisdiction" or e.kind not in POST_KINDS:
            continue
        if e.change == "周转":
            add(e, "out", e.amount, "周转下达（未列明单位）", None)
        elif e.change == "归还":
            add(e, "in", e.amount, "周转归还", None)
        elif e.change == "调剂":
            if e.counterpart:
                add(e, "in", e.amount, "上级调剂入池", None)
            else:
                add(e, "out", e.amount, "调剂使用（未列明单位）", None)
    moves.sort(key=lambda m: m["entry"].order)
    balances: dict[tuple[str, str | None], dict[str, int]] = {}
    loans: dict[tuple[str | None, str, str | None], list[list[Any]]] = defaultdict(list)  # FIFO of [amount, entry]
    rows: list[dict[str, Any]] = []
    for m in moves:
        entry: Entry = m["entry"]
        key = book.bucket_of(entry) if entry.scope == "unit" else (entry.kind, entry.funding)
        bal = balances.setdefault(key, {"in": 0, "out": 0, "balance": 0, "on_loan": 0})
        if m["direction"] == "in":
            bal["in"] += m["amount"]
            bal["balance"] += m["amount"]
        else:
            bal["out"] += m["amount"]
            bal["balance"] -= m["amount"]
        loan_key = (m["unit"], key[0], key[1])
        if entry.change == "周转":
            loans[loan_key].append([m["amount"], entry])
            bal["on_loan"] += m["amount"]
        elif entry.change == "归还":
            left = m["amount"]
            queue = loans[loan_key]
            while left and queue:
                take = min(left, queue[0][0])
                queue[0][0] -= take
                left -= take
                bal["on_loan"] -= take
                if queue[0][0] == 0:
                    queue.pop(0)
        rows.append({
            "date": entry.date, "direction": "入池" if m["direction"] == "in" else "出池", "label": m["label"],
            "kind": key[0], "funding": key[1], "bucket": kind_label(*key), "amount": m["amount"],
            "balance": bal["balance"],
            "unit": {"id": m["unit"], "name": unit_name(store, m["unit"], day)} if m["unit"] else None,
            "counterpart": {"id": entry.counterpart, "name": unit_name(store, entry.counterpart)} if entry.counterpart else None,
            "evidence": evidence(store, entry.prov),
        })
    outstanding: list[dict[str, Any]] = []
    for (borrower, kind, sub), queue in loans.items():
        for amount, lent in queue:
            if amount > 0:
                outstanding.append({
                    "unit": {"id": borrower, "name": unit_name(store, borrower, day)} if borrower else None,
                    "kind": kind, "funding": sub, "bucket": kind_label(kind, sub), "amount": amount, "since": lent.date,
                    "evidence": evidence(store, lent.prov),
                })
    outstanding.sort(key=lambda o: sort_key(o["since"]))
    by_kind: list[dict[str, Any]] = [{"kind": k[0], "funding": k[1], "bucket": kind_label(*k), **v} for k, v in
               sorted(balances.items(), key=lambda kv: (POST_KINDS.index(kv[0][0]) if kv[0][0] in POST_KINDS else 9,
                                                        kv[0][1] or ""))]
    total = {"in": sum(b["in"] for b in by_kind), "out": sum(b["out"] for b in by_kind),
             "balance": sum(b["balance"] for b in by_kind), "on_loan": sum(b["on_loan"] for b in by_kind)}
    return {"jurisdiction": jurisdiction, "at": day.isoformat(), "has_records": bool(rows), "balances": by_kind,
            "total": total, "on_loan": outstanding, "movements": rows, "mismatches": problems,
            "summary": pool_text(jurisdiction, day, by_kind, outstanding, bool(rows))}


def pool_text(jurisdiction: str, day: date, by_kind: list[dict[str, Any]], outstanding: list[dict[str, Any]],
              has_rows: bool) -> str:
    if not has_rows:
        return f"没有{jurisdiction}编制池（收回、周转、归还、调剂）的记录。"
    parts = "、".join(f"{b['bucket']}{b['balance']}名" for b in by_kind)
    text = f"截至{day.isoformat()}，{jurisdiction}编制池按记录推算余{parts}（入池{sum(b['in'] for b in by_kind)}名，" \
           f"出池{sum(b['out'] for b in by_kind)}名）"
    if outstanding:
        lent = "；".join(f"{o['unit']['name'] if o['unit'] else '未列明单位'}{o['bucket']}{o['amount']}名（{o['since'] or '日期不详'}起）"
                        for o in outstanding)
        text += f"；周转借出未归还：{lent}"
    else:
        text += "；周转借出的编制均已归还"
    return text + "。"


def pools(store: GraphStore) -> list[str]:
    """Jurisdictions that have pool records."""
    book = staffing_book(store)
    found = set()
    for subject, rows in book.own.items():
        for e in rows:
            if e.change not in POOL_CHANGES or e.kind not in POST_KINDS:
                continue
            if e.scope == "jurisdiction":
                found.add(subject)
            elif (u := store.get_unit(subject)) is not None and (e.change != "调剂" or e.counterpart is None):
                found.add(u.jurisdiction)
    return sorted(found)


# ---------------------------------------------------------------- answers for /ask


def _bucket_evidence(store: GraphStore, b: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    if b.get("basis"):
        out.append(b["basis"]["evidence"])
    out.extend(e["evidence"] for e in b.get("since", []))
    if b.get("actual_evidence"):
        out.append(b["actual_evidence"])
    return out


def ask_answer(store: GraphStore, mode: str, *, unit: str | None, jurisdiction: str | None, day: date,
               when: str, text: str = "") -> dict[str, Any]:
    """The answer to a staffing question (``queries.ask``): ``{"ok", "text", "units",
    "evidence"}``. ``mode``: posts (X有多少编制), vacancy (X空编多少 / 哪些单位有空编),
    over (哪些单位超编), pool (编制池还剩多少). ``ok`` False: nothing to answer with."""
    if mode == "pool":
        return _ask_pool(store, unit, jurisdiction, day, when)
    if mode == "over":
        return _ask_over(store, unit, jurisdiction, day, when, leaders="职数" in text)
    if unit is None:
        if mode == "vacancy":
            return _ask_vacancies(store, jurisdiction, day, when)
        return {"ok": False, "text": "没有在问题中找到单位名称。", "units": [], "evidence": []}
    figures = unit_staffing(store, unit, day)
    name = figures["unit"]["name"]
    posts = figures["posts"]
    evs = [ev for p in posts for ev in _bucket_evidence(store, p)]
    if not posts:
        return {"ok": False, "text": f"没有找到{name}在{day.isoformat()}以前的编制记录。", "units": [], "evidence": []}
    if mode == "vacancy":
        known = [p for p in posts if p["actual"] is not None and p["quota"] is not None]
        if not known:
            quota = "；".join(p["text"] for p in posts)
            return {"ok": False, "units": [], "evidence": evs,
                    "text": f"没有{name}实有人数的记录，无法计算空编。已记录的编制：{quota}。"}
        parts = []
        for p in known:
            lent = f"（含周转{p['lent']}名）" if p["lent"] else ""
            state = f"空编{p['vacant']}名" if not p["over"] else f"超编{p['over']}名"
            parts.append(f"{p['label']}{p['usable']}名{lent}，{p['actual_date'] or ''}实有{p['actual']}名，{state}")
        text = f"{when}，{name}" + "；".join(parts) + "。"
        return {"ok": True, "text": text, "units": [unit], "evidence": evs}
    text = f"{when}，{name}的编制：" + "；".join(p["text"] for p in posts)
    totals = figures["totals"]
    if len(posts) > 1 and totals["complete"] and totals["quota"] is not None:
        text += f"；合计{totals['quota']}名"
    text += "。"
    if figures["mismatches"]:
        text += "（台账中有与推算不符的核定数：" + "；".join(m["message"] for m in figures["mismatches"]) + "）"
    return {"ok": True, "text": text, "units": [unit], "evidence": evs}


def _ask_vacancies(store: GraphStore, jurisdiction: str | None, day: date, when: str) -> dict[str, Any]:
    book = staffing_book(store)
    rows, evs, units = [], [], []
    for uid in units_with_staffing(store, jurisdiction, day):
        for b in compute_buckets(store, book, uid, day).values():
            if b.kind in POST_KINDS and b.vacant is not None and b.vacant > 0:
                rows.append((b.vacant, uid, f"{store.name_at(uid, day)}{b.label}空编{b.vacant}名"
                             f"（{b.actual_entry.date if b.actual_entry and b.actual_entry.date else ''}实有{b.actual}名）"))
                if b.actual_entry is not None:
                    evs.append(evidence(store, b.actual_entry.prov))
    where = jurisdiction or ""
    if not rows:
        return {"ok": False, "units": [], "evidence": [],
                "text": f"{when}{where}没有按记录计算出空编的单位（空编需要实有人数的记录）。"}
    rows.sort(key=lambda r: -r[0])
    for _, uid, _ in rows:
        if uid not in units:
            units.append(uid)
    return {"ok": True, "units": units, "evidence": evs,
            "text": f"{when}{where}有空编的单位：" + "；".join(r[2] for r in rows[:10]) + "。"}


def _ask_over(store: GraphStore, unit: str | None, jurisdiction: str | None, day: date, when: str,
              leaders: bool) -> dict[str, Any]:
    from queries.staffing_rules import load_rules, run_checks

    rules = load_rules()
    wanted = {"over_leader_posts"} if leaders else {"over_quota", "over_leader_posts"}
    rules.checks = [r for r in rules.checks if r.type in wanted]
    result = run_checks(store, jurisdiction, day, unit=unit, rules=rules)
    what = "超职数" if leaders else "超编"
    where = store.name_at(unit, day) if unit else (jurisdiction or "")
    if not result["findings"]:
        book = staffing_book(store)
        subjects = [unit] if unit else units_with_staffing(store, jurisdiction, day)
        counted = sum(1 for uid in subjects if any(b.actual is not None for b in compute_buckets(store, book, uid, day).values()))
        return {"ok": False, "units": [], "evidence": [],
                "text": f"{when}{where}没有发现{what}的情况（按已记录的实有人数计算，{counted}个单位有实有人数记录）。"}
    units = [f["unit"]["id"] for f in result["findings"] if f["unit"]]
    evs = [ev for f in result["findings"] for ev in f["evidence"]]
    listed = "；".join(f["message"] for f in result["findings"][:10])
    return {"ok": True, "units": list(dict.fromkeys(units)), "evidence": evs,
            "text": f"{when}{where}发现{len(result['findings'])}项{what}：{listed}。"}


def _ask_pool(store: GraphStore, unit: str | None, jurisdiction: str | None, day: date, when: str) -> dict[str, Any]:
    places = [jurisdiction] if jurisdiction else ([store.unit(unit).jurisdiction] if unit else pools(store))
    places = [p for p in places if p]
    if not places:
        return {"ok": False, "units": [], "evidence": [], "text": "没有编制池（收回、周转、归还、调剂）的记录。"}
    texts: list[str] = []
    evs: list[dict[str, Any]] = []
    units: list[str] = []
    for place in places[:3]:
        try:
            account = pool_account(store, place, day)
        except PoolNotFound:
            continue
        texts.append(account["summary"])
        evs.extend(m["evidence"] for m in reversed(account["movements"][-6:]))
        units.extend(o["unit"]["id"] for o in account["on_loan"] if o["unit"])
    if unit is not None:
        figures = unit_staffing(store, unit, day)
        lent = [p for p in figures["posts"] if p["lent"]]
        name = figures["unit"]["name"]
        texts.append(f"{name}目前周转使用" + "、".join(f"{p['label']}{p['lent']}名" for p in lent) + "。" if lent
                     else f"{name}目前没有周转使用编制池的编制。")
        units.insert(0, unit)
    if not any("按记录推算" in t for t in texts):
        return {"ok": False, "units": [], "evidence": [], "text": "".join(texts) or "没有编制池的记录。"}
    return {"ok": True, "units": list(dict.fromkeys(units)), "evidence": evs, "text": "".join(texts)}


def quota_before_change(store: GraphStore, unit: str, day: date) -> list[dict[str, Any]]:
    """The quota a unit had before the first adjustment after ``day``, when the store records
    it only as the adjustment: "核减机关行政编制4名……调整后，省信访局机关行政编制78名" says
    the unit had 82 before. For each kind of post: the figure set at that date (核定) and the
    net change made at the same date (核增/核减) in the same document. Empty when no
    adjustment after ``day`` states both."""
    later = [f for f in store.facts(unit, Predicate.STAFFING)
             if f.valid_from and start_of(f.valid_from) > day and f.value in POST_KINDS and f.amount is not None]
    if not later:
        return []
    first = min(start_of(f.valid_from) for f in later if f.valid_from)
    at_first = [f for f in later if f.valid_from and start_of(f.valid_from) == first]
    out = []
    for kind in dict.fromkeys(f.value for f in at_first):
        same = [f for f in at_first if f.value == kind]
        for base in (f for f in same if f.extra.get("change") == "核定"):
            moves = [f for f in same if f.prov.doc_id == base.prov.doc_id and f.extra.get("change") in ("核增", "核减")]
            if not moves:
                continue
            net = sum(int(f.amount or 0) * (1 if f.extra.get("change") == "核增" else -1) for f in moves)
            out.append({"kind": kind, "before": int(base.amount or 0) - net, "after": base.amount, "date": base.valid_from,
                        "changes": [(f.extra.get("change"), f.amount) for f in moves],
                        "evidence": [evidence(store, f.prov) for f in [*moves, base]]})
            break
    return out
