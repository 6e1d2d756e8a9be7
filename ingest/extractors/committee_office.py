"""A committee's office written by 办公室 alone after the committee (seventeenth session).

Reform plans form or rename a party committee (委员会) or a leading group (领导小组) and give its office (办公室) a place in
the next clause, naming the office by 办公室 alone:

    "组建县委审计委员会，办公室设在县审计局。"                      (the office is set in another body: its parent)
    "县委全面依法治县领导小组改为县委全面依法治县委员会，办公室设在县司法局。"
    "…改为县委机构编制委员会，办公室作为县委工作机关，加挂县机构编制研究中心牌子。"   (the office is a body of
                                                                              its own kind, the sign is the office's)
    "组建省委审计委员会，作为省委议事协调机构，其办公室设在省审计厅"

The office is the committee's name + 办公室 (县委审计委员会办公室): "办公室设在Y" makes Y its parent (设在); "办公室作为K"
gives it the kind K; a sign added in the office's clause is the office's, not the committee's (the committee reader
had given it to the committee).
"""

from __future__ import annotations

import re

from kg.model import EventType, Mention, UnitStatement

from .common import Ctx, Sentence, as_name, find_names

_COMMITTEE = re.compile(r"(?:委员会|领导小组|工作小组|指挥部)$")
# "，(其)办公室设在Y" / "，(其)办公室作为K" (下设办公室，办公室设在Y as well)
_OFFICE = re.compile(r"[，,](?:其|下设办公室[，,])?办公室(?P<verb>设在|作为)(?P<rest>[^，。；]{2,40})")


def committee_office_facts(sent: Sentence, ctx: Ctx, first_event: int, first_unit: int) -> None:
    """After a sentence is read: the committee's office its 办公室 clause places or describes (module docstring)."""
    for m in _OFFICE.finditer(sent.text):
        committees = [n for _, _, n in find_names(sent.text[: m.start()]) if _COMMITTEE.search(n)]
        if not committees:
            continue
        committee = ctx.full(committees[-1])
        office = committee + "办公室"
        clause_end = sent.text.find("。", m.end())
        clause = sent.text[m.start(): clause_end if clause_end >= 0 else len(sent.text)]
        if m.group("verb") == "设在":
            parent = as_name(m.group("rest").strip())
            if not parent or ctx.full(parent) == committee:
                continue
            ctx.units.append(UnitStatement(Mention(office), ctx.prov(sent), parent=Mention(ctx.full(parent)),
                                           parent_relation="设在"))
            continue
        kind = re.match(r"[^，。；]{2,20}?(?:工作机关|工作部门|组成部门|直属机构|办事机构|议事协调机构)", m.group("rest"))
        signs = re.findall(r"(?:加挂|挂)([^，。；]{2,40}?)牌子", clause)
        signs = [as_name(s) for s in signs if as_name(s)]
        # the committee reader gave the office's sign to the committee: the sign is the office's
        for u in ctx.units[first_unit:]:
            if ctx.full(u.unit.name) == committee and u.signs and set(map(ctx.full, u.signs)) <= set(map(ctx.full, signs)):
                u.signs = []
        ctx.units[first_unit:] = [u for u in ctx.units[first_unit:]
                                  if not (ctx.full(u.unit.name) == committee and not u.signs and not u.kind
                                          and not u.rank and not u.parent)]
        for e in ctx.events[first_event:]:
            # (whatever body the sign reader took for the clause's subject: the office is the subject)
            if e.type is EventType.ADD_SIGN and any(ctx.full(o.name) in map(ctx.full, signs) for o in e.outputs):
                e.inputs = [Mention(office)]
        if kind or signs:
            ctx.units.append(UnitStatement(Mention(office), ctx.prov(sent), kind=kind.group(0) if kind else None,
                                           signs=[ctx.full(s) for s in signs]))
