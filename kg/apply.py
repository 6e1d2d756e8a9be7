"""Turning a document's name-level statements into resolved records.

Names are resolved in the document's jurisdiction and at the date of each statement
(``resolve``), creating units that are not yet known. Events become dated facts and
endings: a duty moved by "将A的X职责划入B" is one clause, held by A until the event and by
B after it. Everything produced carries the document's provenance and a deterministic id,
so applying the same document twice gives the same records.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from kg.dates import holds_at, start_of
from kg.decisions import Decision, load_decisions, merge_map
from kg.model import (
    EVENT_SEMANTICS,
    Boundary,
    ClauseMove,
    DocumentFacts,
    DutyClause,
    DutyMove,
    DutyStatement,
    Ending,
    Event,
    EventStatement,
    EventType,
    Fact,
    Jurisdiction,
    Mention,
    Predicate,
    Provenance,
    Records,
    StaffingStatement,
    Unit,
    UnitStatement,
    stable_id,
)
from kg.names import (
    CENTRAL,
    AliasRules,
    Gazetteer,
    display_name,
    guess_level,
    lookup_key,
    name_variants,
    one_place,
    place_name,
)
from kg.store import GraphStore, existence_holds, fold_endings
from kg.text import normalize_name

_DUTY_TAIL = re.compile(r"(等)?(相关|有关)?(的)?(职责|职能|工作)$")
# events that form a unit: an abolished unit's successors are outputs of these
_FORMING = (EventType.ESTABLISH, EventType.RE_FORM, EventType.MERGE_INTO)


@dataclass
class Review:
    """Something a person should look at: an ambiguous name, an unmatched duty …"""

    message: str
    prov: Provenance


@dataclass
class Applied:
    records: Records
    reviews: list[Review] = field(default_factory=list)


def duty_core(text: str) -> str:
    """The phrase of a duty without its generic tail: "组织编制主体功能区规划职责" → "组织编制主体功能区规划"."""
    core = normalize_name(text)
    previous = None
    while previous != core:
        previous = core
        core = _DUTY_TAIL.sub("", core)
    return core.rstrip("。；，")


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def duty_matches(phrase: str, clause_text: str) -> bool:
    """Whether a duty phrase named in an event refers to an existing clause's text."""
    core = duty_core(phrase)
    if not core:
        return False
    clause = normalize_name(clause_text)
    if core in clause:
        return True
    # "出入境检验检疫管理职责" names the clause "负责出入境检验检疫……" without its 管理
    bare = re.sub(r"(的)?(管理|监管|监督管理)$", "", core)
    if len(bare) >= 4 and bare in clause:
        return True
    grams = _bigrams(core)
    return len(grams & _bigrams(clause)) / len(grams) >= 0.8


class Applier:
    """``decisions``: a person's unit-identity decisions (``kg.decisions``), read from the
    store's decision file when not given; merges redirect a merged unit to the kept one."""

    def __init__(self, store: GraphStore, aliases: AliasRules | None = None,
                 decisions: list[Decision] | None = None):
        self.store = store
        self.aliases = aliases or store.alias_rules()
        self.merges = merge_map(load_decisions(store) if decisions is None else decisions)

    def apply(self, facts: DocumentFacts) -> Applied:
        return _Run(self.store, self.aliases, facts, self.merges).run()


class _Run:
    """One application of one document (holds the pending overlay)."""

    def __init__(self, store: GraphStore, aliases: AliasRules, facts: DocumentFacts,
                 merges: dict[str, Decision] | None = None):
        self.store = store
        self.aliases = aliases
        self.merges = merges or {}
        self.facts = facts
        self.doc = facts.document
        self.gaz: Gazetteer = store.gazetteer().copy()
        self.out = Records()
        self.reviews: list[Review] = []
        self.seq = 0
        self.pending_units: dict[str, Unit] = {}
        self.pending_keys: dict[str, set[str]] = defaultdict(set)
        # keyed by (subject, predicate): a 三定 gives one subject thousands of duty facts, and
        # filtering them by predicate on every lookup made ingest quadratic
        self.pending_facts: dict[tuple[str, Predicate], list[Fact]] = defaultdict(list)
        self.pending_endings: dict[str, list[Ending]] = defaultdict(list)
        self.replacing = any(d.id == self.doc.id for d in store.documents())
        self.duty_sources: list[str | None] = []
        self.short_kept: set[tuple[str, str]] = set()  # (unit, short name) already kept as an alias
        self.formed: dict[Mention, tuple[str, str]] = {}  # output mention of a forming event -> (unit, event)
        self.succeeded: list[tuple[int, EventStatement, Event]] = []  # abolish events naming successors

    # ------------------------------------------------------------------ ids and dates
    def _id(self, prefix: str) -> str:
        self.seq += 1
        return stable_id(prefix, self.doc.id, self.seq)

    def _date(self, value: str | None) -> str | None:
        return value or self.doc.date

    # ------------------------------------------------------------------ jurisdictions
    def _register_place(self, name: str) -> None:
        if name == CENTRAL or any(j.id == name for j in self.out.jurisdictions):
            return
        known = self.gaz.places.get(name)
        parent = known.parent if known else None
        level = known.level if known and known.level else guess_level(name)
        if parent is None and name != CENTRAL:
            parent = self.doc.meta.get("上级行政区划") if name == self.doc.jurisdiction else None
        self.gaz.add(name, level, parent)
        self.out.jurisdictions.append(Jurisdiction(id=name, name=name, level=level, parent=parent or (CENTRAL if level == "省" else None)))

    # ------------------------------------------------------------------ overlay reads
    def facts_of(self, subject: str, predicate: Predicate) -> list[Fact]:
        """The subject's facts as the store would hold them without this document's old
        version (re-ingest must give what a first ingest gives), plus this run's own."""
        stored = [f for f in self.store.facts(subject, predicate) if f.prov.doc_id != self.doc.id]
        if self.replacing:
            stored = self._without_own_endings(subject, predicate, stored)
        pending = list(self.pending_facts.get((subject, predicate), []))
        endings = [e for e in self.pending_endings.get(subject, []) if e.predicate == predicate]
        return fold_endings(stored + pending, endings)

    def _without_own_endings(self, subject: str, predicate: Predicate, stored: list[Fact]) -> list[Fact]:
        endings = [e for e in self.store.endings(subject) if e.predicate == predicate]
        own = [e for e in endings if e.prov.doc_id == self.doc.id]
        if not own:
            return stored
        others = [e for e in endings if e.prov.doc_id != self.doc.id]
        out = []
        for f in stored:
            closed_by_own = f.valid_to is not None and any(
                e.at == f.valid_to and (e.value is None or e.value == f.value) and (e.object is None or e.object == f.object)
                for e in own
            )
            # the stated end is not kept apart from the folded one; an end our old version
            # set is taken as no stated end, and the other documents' endings re-applied
            out.append(fold_endings([replace(f, valid_to=None)], others)[0] if closed_by_own else f)
        return out

    def exists_at(self, unit_id: str, day: date) -> bool | None:
        """True/False when the unit's existence at ``day`` is known; None when the record
        has no dates for it (a unit known only from being named)."""
        spans = self.facts_of(unit_id, Predicate.EXISTS)
        if not spans:
            return None
        return existence_holds(spans, day)

    def ended_before(self, unit_id: str, day: date) -> bool:
        spans = self.facts_of(unit_id, Predicate.EXISTS)
        return bool(spans) and all(f.valid_to is not None and start_of(f.valid_to) <= day for f in spans)

    def _unit(self, unit_id: str) -> Unit:
        return self.pending_units.get(unit_id) or self.store.unit(unit_id)

    # ------------------------------------------------------------------ names
    def resolve(self, mention: Mention, at: str | None, *, for_new: bool = False, describe: bool = False,
                prov: Provenance) -> str:
        """The unit a mention names at ``at``, created when unknown.

        ``for_new``: the mention is the output of an establishment, so a unit whose known
        existence starts at or after ``at`` (the same unit described by a later document)
        matches, and one that ended before ``at`` does not.
        ``describe``: the mention is described (a 三定, a ledger row): any unit of exactly
        that name matches, the one existing at ``at`` first, else the latest.
        """
        doc_place = mention.jurisdiction or self.doc.jurisdiction or CENTRAL  # None: the document names no place
        self._register_place(doc_place)
        placed = place_name(mention.name, doc_place, self.gaz)
        self._register_place(placed.jurisdiction)
        written = self.aliases.expand(placed.jurisdiction, placed.local) or placed.local
        local = self.aliases.full_local(placed.jurisdiction, placed.local)
        places = [placed.jurisdiction]
        if not placed.explicit:
            places += [p for p in self.gaz.ancestors(doc_place) if p not in places]
        # written short and expanded by the generated table: kept as an alias, unless a document
        # already made the short name a name or alias of a unit (its own word beats the table)
        short = placed.local if local != written else None
        if short and any(self._candidates(place, written) for place in places):
            local, short = written, None
        day = start_of(at) - timedelta(days=1) if at else date.today()
        for place in places:
            candidates = self._candidates(place, local)
            if not candidates:
                continue
            chosen = self._choose(candidates, local, day, at, for_new, describe, mention, prov)
            if chosen:
                return self._keep_short(chosen, short, prov)
        return self._keep_short(self._create(placed.jurisdiction, local), short, prov)

    def _keep_short(self, uid: str, short: str | None, prov: Provenance) -> str:
        """A name written short and expanded to its full form by the short-stem table
        (``kg.short_forms``) stays an alias of the unit, once per document."""
        if short and (uid, short) not in self.short_kept:
            self.short_kept.add((uid, short))
            self.fact(uid, Predicate.ALIAS, prov, value=short)
        return uid

    def _candidates(self, place: str, local: str) -> set[str]:
        found: set[str] = set()
        for variant in name_variants(local):
            key = lookup_key(place, variant)
            found.update(self.store.units_by_key(key))
            found.update(self.pending_keys.get(key, set()))
        return found

    def _choose(self, candidates: set[str], local: str, day: date, at: str | None, for_new: bool, describe: bool,
                mention: Mention, prov: Provenance) -> str | None:
        wanted = normalize_name(local)
        exact_of: dict[str, bool] = {}
        sign_of: dict[str, bool] = {}

        def exact(uid: str) -> bool:
            if uid not in exact_of:
                names = {self._unit(uid).name} | {f.value for f in self.facts_of(uid, Predicate.NAME) if f.value}
                exact_of[uid] = wanted in {normalize_name(n) for n in names}
            return exact_of[uid]

        def is_sign_only(uid: str) -> bool:
            if uid not in sign_of:
                sign_of[uid] = not exact(uid) and any(
                    normalize_name(f.value or "") == wanted for f in self.facts_of(uid, Predicate.SIGN))
            return sign_of[uid]

        if for_new:
            pool = [u for u in candidates if exact(u) and not self.ended_before(u, start_of(at) if at else date.today())]
        elif describe and any(exact(u) for u in candidates):
            exacts = [u for u in candidates if exact(u)]
            pool = [u for u in exacts if self.exists_at(u, day) is not False] or exacts
            pool = [u for u in pool if not is_sign_only(u)] or pool
        else:
            # A unit that bears the name itself beats one that merely carries it as a sign,
            # even when it no longer exists ("不再保留国家海洋局" in a second report of the
            # same reform must not hit 自然资源部 through its 国家海洋局 sign).
            real = [u for u in candidates if not is_sign_only(u)]
            considered = real or list(candidates)
            alive = [u for u in considered if self.exists_at(u, day) is not False]
            pool = alive or [u for u in considered if exact(u)] or considered
        if not pool:
            return None
        if len(pool) > 1:
            exact_pool = [u for u in pool if exact(u)]
            pool = exact_pool or pool
        if len(pool) > 1:
            def label(u: str) -> str:
                return self.store.name_at(u) if self.store.get_unit(u) else self._unit(u).name

            pool.sort()
            labels = "、".join(sorted(f"{label(u)}（{u}）" for u in pool))
            self.reviews.append(Review(
                f"名称“{mention.name}”对应多个单位（{labels}），已暂取{label(pool[0])}（{pool[0]}），请核对", prov))
        return pool[0]

    def _create(self, jurisdiction: str, local: str) -> str:
        base = stable_id("u", jurisdiction, normalize_name(local))
        unit_id, n = base, 1
        while unit_id in self.pending_units or self.store.get_unit(unit_id) is not None:
            n += 1
            unit_id = f"{base}_{n}"
        if unit_id in self.merges:
            return self._merged_into(self.merges[unit_id], jurisdiction, local)
        unit = Unit(id=unit_id, jurisdiction=jurisdiction, name=normalize_name(local))
        self.pending_units[unit_id] = unit
        self.out.units.append(unit)
        for variant in name_variants(unit.name):
            self.pending_keys[lookup_key(jurisdiction, variant)].add(unit_id)
        return unit_id

    def _merged_into(self, decision: Decision, jurisdiction: str, local: str) -> str:
        """A person decided the unit this name would create is ``decision.into``: that unit
        (created under its own name when no document has made it yet) answers to the name."""
        kept = decision.into
        if kept not in self.pending_units and self.store.get_unit(kept) is None:
            unit = Unit(id=kept, jurisdiction=decision.into_jurisdiction or jurisdiction,
                        name=normalize_name(decision.into_name or local))
            self.pending_units[kept] = unit
            self.out.units.append(unit)
            for variant in name_variants(unit.name):
                self.pending_keys[lookup_key(unit.jurisdiction, variant)].add(kept)
        for variant in name_variants(local):
            self.pending_keys[lookup_key(jurisdiction, variant)].add(kept)
        return kept

    # ------------------------------------------------------------------ emitting
    def fact(self, subject: str, predicate: Predicate, prov: Provenance, *, value: str | None = None,
             object: str | None = None, amount: int | None = None, valid_from: str | None = None,
             valid_to: str | None = None, event_id: str | None = None, extra: dict | None = None) -> Fact:
        f = Fact(id=self._id("f"), subject=subject, predicate=predicate, prov=prov, value=value, object=object,
                 amount=amount, valid_from=valid_from, valid_to=valid_to, event_id=event_id, extra=extra or {})
        self.out.facts.append(f)
        self.pending_facts[(subject, f.predicate)].append(f)
        if predicate in (Predicate.NAME, Predicate.ALIAS, Predicate.SIGN) and value:
            unit = self.pending_units.get(subject) or self.store.get_unit(subject)
            if unit is not None:
                for variant in name_variants(value):
                    self.pending_keys[lookup_key(unit.jurisdiction, variant)].add(subject)
        return f

    def end(self, subject: str, predicate: Predicate, at: str | None, prov: Provenance, *,
            value: str | None = None, object: str | None = None, event_id: str | None = None) -> None:
        if at is None:
            self.reviews.append(Review("事件没有日期，无法确定变更时间，已跳过终止记录", prov))
            return
        e = Ending(id=self._id("e"), subject=subject, predicate=predicate, at=at, prov=prov, value=value,
                   object=object, event_id=event_id)
        self.out.endings.append(e)
        self.pending_endings[subject].append(e)

    def local_of(self, name: str, unit_id: str, *, as_written: bool = False) -> str:
        """A name's local part in the unit's place, expanded to its full form (an alias, a
        short name the document states, ``as_written``: only by the alias rules)."""
        unit = self._unit(unit_id)
        placed = place_name(name, unit.jurisdiction, self.gaz)
        if as_written:
            return self.aliases.expand(placed.jurisdiction, placed.local) or placed.local
        return self.aliases.full_local(placed.jurisdiction, placed.local)

    # ------------------------------------------------------------------ the run
    def run(self) -> Applied:
        self._register_place(self.doc.jurisdiction or CENTRAL)
        for stmt in self.facts.units:
            self._unit_statement(stmt)
        for duty in self.facts.duties:
            self._duty(duty)
        for alias, full in self.facts.aliases:
            prov = Provenance(self.doc.id, 0, 0, f"{full}（简称{alias}）")
            stated = next((b.prov for b in self.facts.boundaries if any(m.name == alias for m in b.units)), None)
            if alias.endswith("部门") and stated is not None:
                prov = stated  # a class a 职责分工 statement names for the unit named before it: cite the statement
            uid = self.resolve(Mention(full), self.doc.date, prov=prov)
            self.fact(uid, Predicate.ALIAS, prov, value=self.local_of(alias, uid, as_written=True))
        # Within one date, events that move named duties go before whole takeovers, so a
        # duty given to C is not also swept along when B takes over A whole the same day.
        events = sorted(enumerate(self.facts.events),
                        key=lambda ie: (start_of(self._date(ie[1].date) or "1900"),
                                        0 if EVENT_SEMANTICS[ie[1].type].duties_first else 1, ie[0]))
        for index, ev in events:
            self._event(ev, index)
        self._link_successors()
        for st in self.facts.staffing:
            self._staffing(st)
        for b in self.facts.boundaries:
            units = [self.resolve(self._as_named(m), self.doc.date, prov=b.prov) for m in b.units]
            self.out.boundaries.append(Boundary(id=self._id("b"), units=units, text=b.text, prov=b.prov))
        self._drop_unreferenced_units()
        return Applied(self.out, self.reviews)

    def _drop_unreferenced_units(self) -> None:
        """A unit created for a mention that produced no record (e.g. "A的职责" when A holds
        nothing) would outlive its document: nothing refers to it, so deleting the document
        could never collect it."""
        referenced = self.out.unit_refs()
        self.out.units = [u for u in self.out.units if u.id in referenced]

    def _described_from(self, stated: str | None) -> str | None:
        """When a description (a 三定's rank, a duty) starts holding: its stated date, else
        the date of the narrative document stating it. A ledger's date is when it was
        compiled, which says nothing about when each row began, so undated rows stay open."""
        if stated or self.doc.kind == "table":
            return stated
        return self.doc.date

    def _unit_statement(self, stmt: UnitStatement) -> None:
        at = self._described_from(stmt.valid_from)
        uid = self.resolve(stmt.unit, self._date(stmt.valid_from), describe=True, prov=stmt.prov)
        local = self.local_of(stmt.unit.name, uid)
        # Existence is only attested at the document's date: an establishment event
        # elsewhere may date the unit's real start earlier (kg.store.existence_holds).
        attested = at if stmt.valid_from is None else None
        self.fact(uid, Predicate.EXISTS, stmt.prov, valid_from=stmt.valid_from, valid_to=stmt.valid_to,
                  extra={"attested": attested} if attested else None)
        self.fact(uid, Predicate.NAME, stmt.prov, value=local, valid_from=at, valid_to=stmt.valid_to)
        if stmt.kind:
            self.fact(uid, Predicate.KIND, stmt.prov, value=stmt.kind, valid_from=at, valid_to=stmt.valid_to)
        if stmt.rank:
            self.fact(uid, Predicate.RANK, stmt.prov, value=stmt.rank, valid_from=at, valid_to=stmt.valid_to)
        if stmt.parent:
            parent = self.resolve(stmt.parent, at, prov=stmt.prov)
            self.fact(uid, Predicate.PARENT, stmt.prov, object=parent, value=stmt.parent_relation or "管理",
                      valid_from=at, valid_to=stmt.valid_to)
        for sign in stmt.signs:
            self.fact(uid, Predicate.SIGN, stmt.prov, value=self.local_of(sign, uid), valid_from=at, valid_to=stmt.valid_to)
        for alias in stmt.aliases:
            self.fact(uid, Predicate.ALIAS, stmt.prov, value=self.local_of(alias, uid, as_written=True))

    def _as_named(self, m: Mention) -> Mention:
        """A class of units (食品药品监管部门) the document declared a name of a unit it named (a
        职责分工 party, ``constructions.class_named_unit``) is that unit."""
        if not m.name.endswith("部门"):
            return m
        full = next((f for a, f in self.facts.aliases if a == m.name), None)
        return Mention(full, m.jurisdiction) if full else m

    def _duty(self, duty: DutyStatement) -> None:
        at = self._described_from(duty.valid_from)
        uid = self.resolve(self._as_named(duty.unit), self._date(at), describe=True, prov=duty.prov)
        clause = DutyClause(id=self._id("c"), text=duty.text, prov=duty.prov, category=duty.category, item=duty.item)
        self.out.clauses.append(clause)
        self.fact(uid, Predicate.HOLDS, duty.prov, object=clause.id, value=duty.role, valid_from=at)

    # ------------------------------------------------------------------ events
    def _event(self, ev: EventStatement, index: int) -> None:
        at = self._date(ev.date)
        # derived from the document and the statement's place in it, not from how many
        # records the statements before it produced (that depends on what the store held)
        event_id = stable_id("ev", self.doc.id, "event", index)
        meaning = EVENT_SEMANTICS[ev.type]
        inputs = [self.resolve(m, at, prov=ev.prov) for m in ev.inputs]
        if meaning.outputs == "first_input":
            outputs = inputs[:1]
        elif meaning.outputs == "none":
            outputs = []
        else:
            outputs = [self.resolve(m, at, for_new=meaning.outputs == "new", prov=ev.prov) for m in ev.outputs]
        # the units duties come from, resolved once for the handlers below
        self.duty_sources = [self.resolve(m.source, at, prov=ev.prov) if m.source else None for m in ev.duties]
        event = Event(id=event_id, type=ev.type, date=at, prov=ev.prov, inputs=inputs, outputs=outputs)
        for uid in inputs:
            self._existed_before(uid, ev.prov, event_id)
        handler = getattr(self, f"_ev_{ev.type.value}")
        handler(ev, event, at)
        self.out.events.append(event)
        if ev.type in _FORMING:
            for mention, uid in zip(ev.outputs, outputs, strict=False):
                self.formed.setdefault(mention, (uid, event.id))
        if ev.successors:
            self.succeeded.append((index, ev, event))

    def _link_successors(self) -> None:
        """An abolish event's successors (the units its reform statement formed: "组建Z。……不再保留A。",
        ``ingest.extractors.links``) as ``attrs["successors"]``: each the output of a forming event
        of this document, with that event's id, in the abolished unit's place."""
        for _, ev, event in sorted(self.succeeded, key=lambda x: x[0]):
            places = {self._unit(u).jurisdiction for u in event.inputs}
            links: list[dict[str, str]] = []
            for mention in ev.successors:
                found = self.formed.get(mention)
                if found is None or found[0] in event.inputs or not all(
                        one_place(self._unit(found[0]).jurisdiction, place, self.gaz) for place in places):
                    continue  # another place's unit; a township's office and its county's township are one place
                if all(link["unit"] != found[0] for link in links):
                    links.append({"unit": found[0], "event": found[1]})
            if links:
                event.attrs["successors"] = links

    def _existed_before(self, uid: str, prov: Provenance, event_id: str) -> None:
        """An event's input existed before it: an existence with an open start, so an
        abolition has something to end (existence_holds starts it at the unit's dated
        establishment when one is known). Added whatever else is stored, so that applying
        a document does not depend on what other documents were there before it."""
        self.fact(uid, Predicate.EXISTS, prov, event_id=event_id)

    def _move_duties(self, ev: EventStatement, event: Event, at: str | None, target: str | None,
                     whole_sources: list[str]) -> None:
        """Move named duties (and every duty of ``whole_sources``) to ``target`` at ``at``."""
        day = start_of(at) - timedelta(days=1) if at else date.today()
        for move, source in zip(ev.duties, self.duty_sources, strict=True):
            if move.whole and source:
                whole_sources.append(source)
                continue
            self._move_phrase(move, source, target, event, at, day)
        for source in dict.fromkeys(whole_sources):
            if source == target:
                continue
            for holding in self.facts_of(source, Predicate.HOLDS):
                # a clause moved away by another event of the same date is not taken over
                moved_same_day = holding.valid_to is not None and at is not None and holding.valid_to == at
                if holds_at(holding.valid_from, holding.valid_to, day) and holding.object and not moved_same_day:
                    self._move_clause(holding.object, source, target, event, at, holding.value)

    def _move_phrase(self, move: DutyMove, source: str | None, target: str | None, event: Event,
                     at: str | None, day: date) -> None:
        matched = []
        if source:
            held = [h for h in self.facts_of(source, Predicate.HOLDS) if holds_at(h.valid_from, h.valid_to, day)]
            texts = {c.id: c.text for c in self._clauses(h.object for h in held if h.object)}
            matched = [h for h in held if h.object in texts and duty_matches(move.text, texts[h.object])]
        if matched:
            for holding in matched:
                assert holding.object is not None
                self._move_clause(holding.object, source, target, event, at, holding.value)
            return
        # A duty named only in the transfer sentence: a clause of its own, held by the
        # giver until the event and by the receiver after it. "具体工作由B承担" names no
        # duty of its own: the clause says whose work it is.
        text = move.text
        if len(duty_core(text)) < 3 and source:
            giver = self._unit(source)
            text = f"{display_name(giver.jurisdiction, giver.name)}的{text}"
        clause = DutyClause(id=self._id("c"), text=text, prov=event.prov, category="划转职责")
        self.out.clauses.append(clause)
        if source:
            self.fact(source, Predicate.HOLDS, event.prov, object=clause.id, valid_to=at, event_id=event.id)
        if target:
            self.fact(target, Predicate.HOLDS, event.prov, object=clause.id, valid_from=at, event_id=event.id)
        event.moves.append(ClauseMove(clause.id, source, target))

    def _clauses(self, wanted: Iterable[str | None]) -> list[DutyClause]:
        ids = [i for i in wanted if i is not None]
        pending = {c.id: c for c in self.out.clauses}
        found = [pending[i] for i in ids if i in pending]
        found += self.store.clauses([i for i in ids if i not in pending])
        return found

    def _move_clause(self, clause_id: str, source: str | None, target: str | None, event: Event,
                     at: str | None, role: str | None) -> None:
        if source:
            self.end(source, Predicate.HOLDS, at, event.prov, object=clause_id, event_id=event.id)
        if target:
            self.fact(target, Predicate.HOLDS, event.prov, object=clause_id, value=role, valid_from=at, event_id=event.id)
        event.moves.append(ClauseMove(clause_id, source, target))

    def _start_unit(self, uid: str, name: str, ev: EventStatement, event: Event, at: str | None) -> None:
        self.fact(uid, Predicate.EXISTS, ev.prov, valid_from=at, event_id=event.id)
        self.fact(uid, Predicate.NAME, ev.prov, value=self.local_of(name, uid), valid_from=at, event_id=event.id)
        if ev.kind:
            self.fact(uid, Predicate.KIND, ev.prov, value=ev.kind, valid_from=at, event_id=event.id)
            event.attrs["kind"] = ev.kind
        if ev.rank:
            self.fact(uid, Predicate.RANK, ev.prov, value=ev.rank, valid_from=at, event_id=event.id)
            event.attrs["rank"] = ev.rank
        if ev.parent:
            parent = self.resolve(ev.parent, at, prov=ev.prov)
            self.fact(uid, Predicate.PARENT, ev.prov, object=parent, value=ev.relation or "管理", valid_from=at,
                      event_id=event.id)
            event.attrs["parent"] = parent

    def _ev_establish(self, ev: EventStatement, event: Event, at: str | None) -> None:
        named_sources = {s for s in self.duty_sources if s}
        whole = [u for u in event.inputs if u not in named_sources]
        if named_sources:
            event.attrs["named_sources"] = sorted(named_sources)
        for uid, mention in zip(event.outputs, ev.outputs, strict=False):
            self._start_unit(uid, mention.name, ev, event, at)
        target = event.outputs[0] if event.outputs else None
        self._move_duties(ev, event, at, target, whole)

    def _ev_re_form(self, ev: EventStatement, event: Event, at: str | None) -> None:
        for uid, mention in zip(event.outputs, ev.outputs, strict=False):
            if uid in event.inputs:  # re-formed under the same name: a new period of the same unit
                self.end(uid, Predicate.EXISTS, at, ev.prov, event_id=event.id)
            self._start_unit(uid, mention.name, ev, event, at)
        # the units a unit is re-formed from (在X基础上组建, 整建制重组) do not live on beside it
        for uid in event.inputs:
            if uid not in event.outputs:
                self.end(uid, Predicate.EXISTS, at, ev.prov, event_id=event.id)
        target = event.outputs[0] if event.outputs else None
        self._move_duties(ev, event, at, target, [u for u in event.inputs if u != target])

    def _ev_abolish(self, ev: EventStatement, event: Event, at: str | None) -> None:
        for uid in event.inputs:
            self.end(uid, Predicate.EXISTS, at, ev.prov, event_id=event.id)

    def _ev_merge_into(self, ev: EventStatement, event: Event, at: str | None) -> None:
        target = event.outputs[0] if event.outputs else None
        for uid in event.inputs:
            self.end(uid, Predicate.EXISTS, at, ev.prov, event_id=event.id)
        self._move_duties(ev, event, at, target, list(event.inputs))

    def _ev_rename(self, ev: EventStatement, event: Event, at: str | None) -> None:
        if not event.inputs or not ev.outputs:
            return
        uid = event.inputs[0]
        old = self.local_of(ev.inputs[0].name, uid)
        new = self.local_of(ev.outputs[0].name, uid)
        self.end(uid, Predicate.NAME, at, ev.prov, value=old, event_id=event.id)
        self.end(uid, Predicate.NAME, at, ev.prov, value=self._unit(uid).name, event_id=event.id)
        self.fact(uid, Predicate.NAME, ev.prov, value=new, valid_from=at, event_id=event.id)
        self.fact(uid, Predicate.ALIAS, ev.prov, value=old, valid_to=at, event_id=event.id)
        event.attrs.update({"old_name": old, "new_name": new})

    def _ev_transfer_duty(self, ev: EventStatement, event: Event, at: str | None) -> None:
        target = event.outputs[0] if event.outputs else None
        self._move_duties(ev, event, at, target, [])

    def _ev_transfer_unit(self, ev: EventStatement, event: Event, at: str | None) -> None:
        if not event.outputs:
            return
        parent = event.outputs[0]
        if ev.former_parent:  # "A代管的X改由B代管": A, the parent before the change
            former = self.resolve(ev.former_parent, at, prov=ev.prov)
            if former != parent and former not in event.inputs:
                event.attrs["former_parent"] = former
                event.attrs["former_relation"] = ev.former_relation
        for uid in event.inputs:
            self.end(uid, Predicate.PARENT, at, ev.prov, event_id=event.id)
            self.fact(uid, Predicate.PARENT, ev.prov, object=parent, value=ev.relation or "管理", valid_from=at,
                      event_id=event.id)
        event.attrs["relation"] = ev.relation or "管理"

    def _sign_name(self, ev: EventStatement) -> str | None:
        return ev.sign or (ev.outputs[0].name if ev.outputs else None)

    def _ev_add_sign(self, ev: EventStatement, event: Event, at: str | None) -> None:
        sign = self._sign_name(ev)
        for uid in event.inputs:
            if sign:
                self.fact(uid, Predicate.SIGN, ev.prov, value=self.local_of(sign, uid), valid_from=at, event_id=event.id)
        event.attrs["sign"] = sign

    def _ev_remove_sign(self, ev: EventStatement, event: Event, at: str | None) -> None:
        sign = self._sign_name(ev)
        for uid in event.inputs:
            if sign:
                self.end(uid, Predicate.SIGN, at, ev.prov, value=self.local_of(sign, uid), event_id=event.id)
        event.attrs["sign"] = sign

    def _ev_rank_change(self, ev: EventStatement, event: Event, at: str | None) -> None:
        for uid in event.inputs:
            self.end(uid, Predicate.RANK, at, ev.prov, event_id=event.id)
            if ev.rank:
                self.fact(uid, Predicate.RANK, ev.prov, value=ev.rank, valid_from=at, event_id=event.id)
        event.attrs["rank"] = ev.rank

    _ev_upgrade = _ev_rank_change
    _ev_downgrade = _ev_rank_change

    def _ev_change_kind(self, ev: EventStatement, event: Event, at: str | None) -> None:
        for uid in event.inputs:
            self.end(uid, Predicate.KIND, at, ev.prov, event_id=event.id)
            if ev.kind:
                self.fact(uid, Predicate.KIND, ev.prov, value=ev.kind, valid_from=at, event_id=event.id)
            if ev.parent:
                parent = self.resolve(ev.parent, at, prov=ev.prov)
                self.end(uid, Predicate.PARENT, at, ev.prov, event_id=event.id)
                self.fact(uid, Predicate.PARENT, ev.prov, object=parent, value=ev.relation or "管理", valid_from=at,
                          event_id=event.id)
        event.attrs["kind"] = ev.kind

    def _ev_co_locate(self, ev: EventStatement, event: Event, at: str | None) -> None:
        members = list(dict.fromkeys([*event.inputs, *event.outputs]))  # "A与B合署办公": [A] → [B], one group
        for a in members:
            for b in members:
                if a != b:
                    self.fact(a, Predicate.CO_LOCATED, ev.prov, object=b, valid_from=at, event_id=event.id)

    def _ev_staffing_change(self, ev: EventStatement, event: Event, at: str | None) -> None:
        """Staffing figures arrive as StaffingStatements; the event only records the change."""

    # ------------------------------------------------------------------ staffing
    def _staffing(self, st: StaffingStatement) -> None:
        at = self._date(st.date)
        extra: dict = {"change": st.change}
        if st.funding:
            extra["funding"] = st.funding
        if st.level:
            extra["level"] = st.level
        if st.counterpart:
            extra["counterpart"] = self.resolve(st.counterpart, at, prov=st.prov)
        if st.unit is None:
            self._register_place(self.doc.jurisdiction or CENTRAL)
            extra["scope"] = "jurisdiction"
            subject = self.doc.jurisdiction or CENTRAL
        else:
            subject = self.resolve(st.unit, at, prov=st.prov)
        self.fact(subject, Predicate.STAFFING, st.prov, value=st.kind, amount=st.amount, valid_from=at, extra=extra)
