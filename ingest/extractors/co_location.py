"""Two bodies working together (合署办公) in chronicle entries (fourteenth session).

Under two signs:

Chronicles write a co-location and its signs in one entry, the subject often left out: "1985年12月又恢复，与县档案馆
合署办公，两块牌子，一班人员" / "与县志办合署办公，一套人马、两块牌子". The co-location is an event (``co_locate``);
the two signs say the two bodies are one body carrying the other's name. When the sentence that read one co-location
A → B also says "两块牌子" and gave no body its signs, A carries B as its sign, by the genre's rule for "A与B一个机构两块
牌子" (the first-written body, unless the other is a party body: ``constructions._one_team_host``).

Separated again: "与Y合署，…从Y分出" ends the co-location (``separated_again``), no body formed from Y.
"""

from __future__ import annotations

import re

from kg.model import EventStatement, EventType, Mention, UnitStatement

from .common import Ctx, Sentence, names_in_list

_TWO_SIGNS = re.compile(r"[两二]块牌子")
# "从Y分出" / "与Y分开": the body leaves the body it worked with
_SEPARATED = re.compile(r"从(?P<y>[^，。；（()）]{2,30}?)(?:中)?(?:分出|分离出来|分离|分开|析出)")


def co_located_signs(sent: Sentence, ctx: Ctx, first_event: int, first_unit: int) -> None:
    """After a sentence is read: its one co-location and "两块牌子" give the first body the other's sign."""
    if not _TWO_SIGNS.search(sent.text) or ctx.sanding:
        return
    co = [e for e in ctx.events[first_event:] if e.type is EventType.CO_LOCATE and len(e.inputs) == 1 and len(e.outputs) == 1]
    if len(co) != 1 or any(u.signs for u in ctx.units[first_unit:]):
        return  # several, or the one-team readers gave the signs already
    from .constructions import _one_team_host
    from .reform import _in_bearers_place

    host, signs = _one_team_host(co[0].inputs[0].name, [co[0].outputs[0].name])
    sign = _in_bearers_place(host, signs[0])  # "攸县X与县Y合署办公，两块牌子": 攸县Y (seventeenth session)
    if ctx.full(host) == ctx.full(sign):
        return
    ctx.units.append(UnitStatement(Mention(ctx.full(host)), ctx.prov(sent), signs=[ctx.full(sign)]))


# "成立A、B，合署办公" / "设立A和B，实行合署办公": the two bodies one clause forms, then a bare 合署办公 clause
_FORMED_PAIR = re.compile(r"(?:成立|设立|组建|建立|设置|恢复)(?P<pair>[^，。；]{4,60}?)[，,]\s*(?:并|且)?(?:实行)?合[署属]办公"
                          r"(?=$|[，。；,])")


def formed_together(sent: Sentence, ctx: Ctx, first_event: int) -> None:
    """"1962年3月，成立甲县档案局、甲县档案馆，合署办公": the two bodies formed in the clause before a bare 合署办公
    work together (inputs [A], outputs [B], as "A与B合署办公"), dated as their forming (seventeenth session)."""
    m = _FORMED_PAIR.search(sent.text)
    if not m:
        return
    new = ctx.events[first_event:]
    if any(e.type is EventType.CO_LOCATE for e in new):
        return
    formed = {ctx.full(e.outputs[0].name): e for e in new
              if e.type is EventType.ESTABLISH and len(e.outputs) == 1 and not e.inputs}
    pair = [ctx.full(n) for n in names_in_list(m.group("pair"))]
    if len(pair) != 2 or pair[0] == pair[1] or any(n not in formed for n in pair):
        return
    a, b = formed[pair[0]], formed[pair[1]]
    ctx.events.append(EventStatement(type=EventType.CO_LOCATE, inputs=[a.outputs[0]], outputs=[b.outputs[0]],
                                     prov=a.prov, date=a.date))


def separated_again(sent: Sentence, ctx: Ctx, first_event: int) -> None:
    """"工商行政管理局（1971年6月恢复，与商业局合署，1979年4月从商业局分出）": a body that worked together with Y and
    later "从Y分出" ends the co-location; it is not a new body formed from Y (as "分开" gives no event)."""
    new = ctx.events[first_event:]
    co = {(e.inputs[0].name, e.outputs[0].name) for e in new
          if e.type is EventType.CO_LOCATE and len(e.inputs) == 1 and len(e.outputs) == 1}
    if not co or not _SEPARATED.search(sent.text):
        return
    drop = [e for e in new if e.type is EventType.ESTABLISH and len(e.inputs) == 1 and len(e.outputs) == 1
            and (e.outputs[0].name, e.inputs[0].name) in co]
    for e in drop:
        ctx.events.remove(e)


__all__ = ["co_located_signs", "formed_together", "separated_again"]
