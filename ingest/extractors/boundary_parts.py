"""Each party's own part of a 职责分工 statement, held by the party as a duty clause.

A division statement ("A负责生产环节的监管，B负责流通环节的监管" / "…后的监管职责由B依法履行" /
a 职责分工表 row "与B建立…机制") names who does what: each party's part is what the party does
under the division, so the party holds it as a clause (category 职责分工) beside its 主要职责
and who-handles questions find it. The statement itself stays a BoundaryStatement (the
overlap it settles).

A part is the clauses (cut after ， and at ；。：, and after a quoted division's ”; a clause of parts
joined by 、, "A负责X、B负责Y",
is cut into them, while a list of parties sharing one verb, "由A牵头，B、C配合", stays one
clause each of them holds) from the one whose subject is the party
(its ``_PARTY_VERB`` match, "由B…", "接受B的监督管理") up to the next clause with another
subject, within one sentence (a closing quotation mark ends it: "“A负责X、B负责Y”的体制").
The clauses of a sentence before its first subject belong to that subject ("突发水污染事件，
由A主导"; the passive "…后的监管职责由B依法履行"), unless the subject stands inside a
quotation opened there. A sentence without a subject is a part of nobody ("两部门建立追溯
机制"), and an item heading ("（一）与B的职责分工") is no part, except in a statement whose
first party is not written in it (a 职责分工表 row, a 三定 item written without its own unit:
"与B建立…机制"): every subject-less sentence is then that party's part. The role is 牵头 for
牵头/主导, 配合 for 配合/协助.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.model import BoundaryStatement, DutyStatement

from .common import find_names
from .constructions import _PARTY_VERB, _left_out_subject, _parties_of

_SENTENCE_CUT = re.compile(r"(?<=[。；;：:\n])")
_CLAUSE_CUT = re.compile(r"(?<=[，,])")
_QUOTE = re.compile(r"[“「][^“”「」]*[”」]")
_LIST_CUT = re.compile(r"(?<=、)")
_ITEM_NO = r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）.．、]\s*)?"  # an item's number, if any
_LEAD_WORDS = re.compile(_ITEM_NO + r"(?:而|则|同时|另外|其中)?")
_HEADING = re.compile(_ITEM_NO + r"(?:关于)?(?:与[^，。；]{2,40}?的)?(?:有关)?职责分工")


def _role(clause: str, party: str) -> str | None:
    at = clause.find(party)
    m = _PARTY_VERB.search(clause, max(at, 0)) if at >= 0 else None
    verb = m.group("verb") if m else ""
    # a role named after 为/是/作为, the matter between ("是耕地保护的牵头部门", "作为配合单位")
    role = re.match(r"(?:为|是|作为)(?:[^，。；：“”]{1,20}?的)?(?P<role>牵头|配合|协办|参与)(?:单位|部门)$", verb)
    if verb in ("牵头", "主导") or (role and role.group("role") == "牵头"):
        return "牵头"
    if verb in ("配合", "协助") or role:
        return "配合"
    if verb == "协同" and m is not None and (named := find_names(clause[m.end():])) and named[0][0] == 0:
        return "配合"  # "A、B协同C负责X": A and B work with C, the holder they name
    return None


def _subjects(clause: str, names: set[str], full: Callable[[str], str]) -> list[tuple[str, str]]:
    """(the party as the statement names it, as written) of each subject of the clause."""
    subjects, _ = _parties_of(clause)
    out: list[tuple[str, str]] = []
    for party, _lead in subjects:
        if full(party) in names and all(full(party) != x for x, _ in out):
            out.append((full(party), party))
    return out


def _quoted_from(clause: str, written: str) -> int:
    """Where the quotation holding the subject opens in the clause ("…确立的“A负责X" → after
    “), else 0."""
    at = clause.find(written)
    head = clause[:at] if at >= 0 else ""
    opened = max(head.rfind("“"), head.rfind("「"))
    closed = max(head.rfind("”"), head.rfind("」"))
    return opened + 1 if opened > closed else 0


def _clauses(sentence: str, names: set[str], full: Callable[[str], str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The sentence's clauses with their subjects; a clause holding several parts joined by 、
    ("A负责X、B负责Y") is cut into them, while a list of parties sharing one verb ("由A牵头，
    B、C配合") stays one clause held by each."""
    cut: list[str] = []
    for clause in _CLAUSE_CUT.split(sentence):
        start = 0  # a quoted division ends its clause ("“A负责X、B负责Y”的体制"); a quoted term does not
        for q in _QUOTE.finditer(clause):
            if _subjects(q.group(), names, full):
                cut.append(clause[start:q.end()])
                start = q.end()
        cut.append(clause[start:])
    out = []
    for clause in cut:
        if not clause.strip():
            continue
        subjects = _subjects(clause, names, full)
        if len(subjects) > 1:
            pieces = [(p, _subjects(p, names, full)) for p in _LIST_CUT.split(clause) if p.strip()]
            if sum(len(subj) for _, subj in pieces) == len(subjects) and all(len(subj) <= 1 for _, subj in pieces):
                out.extend(pieces)
                continue
        out.append((clause, subjects))
    return out


def boundary_parts(b: BoundaryStatement, full: Callable[[str], str] = str) -> list[tuple[str, str, str | None]]:
    """(party, part text, role) for the parties of ``b`` whose own part the text states;
    ``full`` resolves a name as written to the statement's form of it."""
    names = {m.name for m in b.units}
    read = [_clauses(s, names, full) for s in _SENTENCE_CUT.split(b.text) if s.strip()]
    written = {full(n) for _, _, n in find_names(b.text)} | {x for cs in read for _, subj in cs for x, _ in subj}
    own = b.units[0].name if b.units and b.units[0].name not in written else None
    parts: dict[str, list[str]] = {}
    roles: dict[str, str | None] = {}
    last: list[str] = []  # the subject of the sentence before
    for clauses in read:
        if not clauses or (_HEADING.match(clauses[0][0]) and not any(subj for _, subj in clauses)):
            continue
        k = next((i for i, (_, subj) in enumerate(clauses) if subj), None)
        current = [own] if own else []
        if k is None and last and _left_out_subject(_LEAD_WORDS.sub("", clauses[0][0])):
            current = list(last)  # "A负责X。负责Y。": the subject left out is the one before's
        if k is not None:
            before = "".join(c for c, _ in clauses[:k])
            balanced = before.count("“") + before.count("「") <= before.count("”") + before.count("」")
            if balanced and not _quoted_from(clauses[k][0], clauses[k][1][0][1]):
                current = [x for x, _ in clauses[k][1]]  # "…后的监管职责由B依法履行": the clauses before are B's
        quoted = False  # the current part stands inside a quotation
        for clause, subj in clauses:
            if subj:
                current = [x for x, _ in subj]
                at = _quoted_from(clause, subj[0][1])
                quoted = quoted or at > 0
                clause = clause[at:]
                for x, w in subj:
                    roles.setdefault(x, _role(clause, w))
            for x in current:
                parts.setdefault(x, []).append(clause)
            if quoted and clause.rstrip().endswith(("”", "」")):
                current, quoted = [], False  # a quoted division closed: what follows is the writer's frame
        last = [] if quoted else current
    out = []
    for party, pieces in parts.items():
        text = _LEAD_WORDS.sub("", "".join(pieces).strip()).strip("，,、；;：: \n")
        if text.count("“") > text.count("”"):
            text = text.replace("“", "", 1) if text.startswith("“") else text  # a quote opened before the part
        if text.count("”") > text.count("“") and text.endswith("”"):
            text = text[:-1]  # a quote closed after the part
        if len(text) >= 4:
            out.append((party, text, roles.get(party)))
    return out


def add_boundary_parts(ctx) -> None:  # type: ignore[no-untyped-def]
    """Append a 职责分工 duty clause per party part of every boundary the document states."""
    by_name = {}
    for b in ctx.boundaries:
        for m in b.units:
            by_name.setdefault(m.name, m)
        for party, text, role in boundary_parts(b, ctx.full):
            ctx.duties.append(DutyStatement(by_name[party], text, b.prov, category="职责分工", role=role))


__all__ = ["add_boundary_parts", "boundary_parts"]
