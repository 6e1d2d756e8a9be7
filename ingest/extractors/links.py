"""Links between the facts of one document, made at ingest so that queries read facts, not
sentences.

* A reform statement read as a link ("组建Z。……不再保留A、B。"): reform plans write each change
  as one statement (a numbered item, or a paragraph opened by "组建…"), the unit formed first,
  the units no longer kept last, often with no sentence moving A's duties into Z ("2、组建生态
  环境部。\\n不再保留环境保护部。", "——组建市住房和城乡建设局。不再保留市建设局、市房产管理局。").
  The abolish event of A then names Z as its successor (``EventStatement.successors``; the
  applier stores it as ``attrs["successors"]``, the unit with its forming event), read by
  lineage (``queries.reform_statements``):

  - the statement of an abolish event reaches back from its line to the nearest line that opens
    a statement (an item number: "3、", "（二十五）", "——", "(2)"; the forming verb: "组建…",
    "重新组建…", "设立…"; or the sentence of a forming event: "…并入新组建的…"), never past the
    start of the document;
  - the units formed in it (outputs of establish, re-form and merge-into events whose sentence
    lies between that start and the abolish sentence, itself included: "三、组建Z，不再保留A；")
    are its successors when they are one to three and in the abolished unit's jurisdiction;
    more is a list of reforms, not one statement, and links nothing;
  - only an abolish event with no output and no moved duty is linked, of a unit that no forming
    event of the document names (as an input or a duty's giver): an event already links those.

* The parent before a parent change, when the change's sentence writes it
  (``former_parent``): "A代管的X改由B代管", "将原由A管理的X改由B管理", "X由A管理调整为由B管理",
  "将A所属X划入B", "将X由A划归B代管", and in a 三定's list of duties given away "将代管X的职能
  交给B" (the giver of that duty: the 三定's own unit). A ``transfer_unit`` event carries it, so
  "X以前归谁管" is answered from the event (``queries.unit_info.former_parent``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.readers.text import unflatten_one_line
from kg.model import EventStatement, EventType, Mention
from kg.names import Gazetteer, builtin_gazetteer, display_name, one_place, place_name
from kg.text import normalize_text

from .common import as_name

# ------------------------------------------------------------------ reform statements

# a line that opens a numbered item of a plan, or opens with the forming verb ("组建市X局。将…")
_ITEM_HEAD = re.compile(r"^\s*(?:[（(][一二三四五六七八九十百零〇\d]+[)）]|[一二三四五六七八九十百]+、|\d+\s*[、.．](?!\d)|——|—|"
                        r"[①②③④⑤⑥⑦⑧⑨⑩]|(?:重新|新)?组建|设立|成立)")
_FORMING = (EventType.ESTABLISH, EventType.RE_FORM, EventType.MERGE_INTO)
# more units formed than this between a statement's start and its 不再保留: a list, not one statement
_MOST_FORMED = 3


def statement_start(text: str, pos: int, opening: set[int]) -> int:
    """Where the statement holding ``pos`` begins: the start of the nearest line at or before
    ``pos``'s that opens an item or begins with a forming sentence (``opening``: start offsets
    of forming sentences); the document's start when none does."""
    line_start = text.rfind("\n", 0, pos) + 1
    while True:
        line_end = text.find("\n", line_start)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        stripped = len(line) - len(line.lstrip())
        # the raw text as written: a Traditional line ("組建…") is matched in its Simplified form
        if _ITEM_HEAD.match(line) or _ITEM_HEAD.match(normalize_text(line)) or (line_start + stripped) in opening \
                or line_start == 0:
            return line_start
        line_start = text.rfind("\n", 0, line_start - 1) + 1


def _gazetteer(jurisdiction: str) -> Gazetteer:
    gazetteer = builtin_gazetteer().copy()
    if jurisdiction and jurisdiction != "中央":
        gazetteer.add(jurisdiction)
    return gazetteer


def _placed(jurisdiction: str) -> Callable[[Mention], tuple[str, str]]:
    """(place, full name) of a mention as the store will resolve it in this document."""
    gazetteer = _gazetteer(jurisdiction)

    def placed(m: Mention) -> tuple[str, str]:
        p = place_name(m.name, m.jurisdiction or jurisdiction or "中央", gazetteer)
        return p.jurisdiction, display_name(p.jurisdiction, p.local)
    return placed


def link_statements(events: list[EventStatement], raw_text: str, jurisdiction: str) -> None:
    """Set ``successors`` on each abolish event of the document whose reform statement formed
    one to three units (the rule in this module's docstring). ``events`` are the document's
    finished events (names canonical, duplicates merged); positions are their provenance starts
    in ``raw_text``."""
    abolishing = [e for e in events if e.type == EventType.ABOLISH and e.inputs and not e.outputs and not e.duties]
    forming = [e for e in events if e.type in _FORMING and e.outputs]
    if not abolishing or not forming:
        return
    text = unflatten_one_line(raw_text)  # a flattened web copy: its lines back (offsets hold)
    placed = _placed(jurisdiction)
    gazetteer = _gazetteer(jurisdiction)
    opening = {e.prov.start for e in forming}
    # a unit a forming event of the document already names (input, duty giver) is linked there
    named = {placed(m)[1] for e in forming for m in e.inputs}
    named |= {placed(d.source)[1] for e in forming for d in e.duties if d.source}
    for ab in abolishing:
        start = statement_start(text, ab.prov.start, opening)
        # forming sentences from the statement's start up to the abolish sentence, itself
        # included ("三、组建住房和城乡建设厅，不再保留建设厅；" is one sentence)
        inside = [f for f in forming if start <= f.prov.start <= ab.prov.start]
        formed = list(dict.fromkeys(placed(u)[1] for f in inside for u in f.outputs))
        if not formed or len(formed) > _MOST_FORMED:
            continue
        gone = [placed(m) for m in ab.inputs]
        if any(full in named for _, full in gone):
            continue
        successors: list[Mention] = []
        seen: set[str] = set()
        for f in inside:
            for new in f.outputs:
                place, full = placed(new)
                if full in seen or any(full == g or not one_place(place, p, gazetteer) for p, g in gone):
                    continue
                seen.add(full)
                successors.append(new)
        ab.successors = successors


# ------------------------------------------------------------------ former parents

_RELATION = r"代管|管理|主管|领导"
# "…A代管的X", "将原由A管理的X", "A所属(的)X", "A下属的X": the parent before the change, written before X
_OWNER_BEFORE = re.compile(rf"([^，。；：、]{{2,40}}?)(?:(?P<rel>{_RELATION})的|(?P<own>所属|下属)的?)$")
# "X由A管理调整为…", "X由A划归B", "X从A划入B": the parent before the change, written after X
_OWNER_AFTER = re.compile(rf"^(?:由|从)([^，。；：]{{2,40}}?)(?P<rel>{_RELATION})?(?:调整为|改为|划归|划入|划转|转隶|移交|交由|改由)")
_LEAD_WORDS = re.compile(r"^(?:将|把|原来|原|由|现|已)+")
# "将代管X的职能，交给B": the giver of that duty managed X on behalf
_MANAGED_DUTY = r"(?P<rel>代管|管理)(?P<unit>[^，。；的]{2,40})的(?:职能|职责|工作)"


# "(原)隶属A的X", "原属A的X": the parent before the change, the belonging verb first (sixteenth session)
_BELONGED_BEFORE = re.compile(r"(?:^|[，。；：、])(?:原来?)?(?:隶属于?|属于?)([^，。；：、的]{2,40}?)的$")


def _owner(text: str) -> tuple[str, str | None] | None:
    bm = _BELONGED_BEFORE.search(text)
    belonged = as_name(bm.group(1)) if bm else None
    if belonged:
        return belonged, "所属"
    m = _OWNER_BEFORE.search(text)
    if not m:
        return None
    name = as_name(_LEAD_WORDS.sub("", m.group(1)))
    if not name:
        return None
    return name, m.group("rel") or "所属"


def note_former_parents(sentence: str, events: list[EventStatement]) -> None:
    """Set ``former_parent`` on the parent changes of one sentence (``events``: those read from
    it, names as written) when the sentence names the parent X had before: right before X
    ("A代管的X", "原由A管理的X", "A所属X") or right after it ("X由A管理调整为…", "X由A划归B")."""
    for ev in events:
        if ev.type != EventType.TRANSFER_UNIT or ev.former_parent or len(ev.inputs) != 1 or not ev.outputs:
            continue
        unit, parent = ev.inputs[0].name, ev.outputs[0].name
        found = _written_owner(sentence, unit) or _handed_over(sentence, unit, events)
        if found and found[0] not in (unit, parent):
            ev.former_parent, ev.former_relation = Mention(found[0]), found[1]


def _written_owner(sentence: str, unit: str) -> tuple[str, str | None] | None:
    at = sentence.find(unit)
    while at >= 0:
        before = sentence[:at]
        found = _owner(before)
        if found:
            return found
        m = _OWNER_AFTER.match(sentence[at + len(unit):])
        if m:
            name = as_name(m.group(1))
            if name:
                return name, m.group("rel")
        at = sentence.find(unit, at + 1)
    return None


def _handed_over(sentence: str, unit: str, events: list[EventStatement]) -> tuple[str, str | None] | None:
    """"将代管X的职能，交给B": the giver of the duty "代管X的职能" (a transfer_duty of the same
    sentence) held X before."""
    for m in re.finditer(_MANAGED_DUTY, sentence):
        if as_name(m.group("unit")) != unit:
            continue
        for ev in events:
            if ev.type == EventType.TRANSFER_DUTY and ev.inputs and any(m.group("unit") in d.text for d in ev.duties):
                return ev.inputs[0].name, m.group("rel")
    return None
