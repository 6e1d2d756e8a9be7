"""One reform statement read as a link: "组建Z。……不再保留A、B。" makes Z the successor of A
and B, and A and B the predecessors of Z.

Reform plans write each change as one statement (a numbered item, or a paragraph opened by
"组建…"): the unit formed first, the units no longer kept last, often with no sentence that
moves A's duties into Z ("2、组建生态环境部。\\n不再保留环境保护部。", "——组建国家新闻出版广播
电影电视总局。不再保留国家广播电影电视总局、国家新闻出版总署。"). The graph then holds an
establish event of Z and an abolish event of A with nothing between them; this module pairs
them from where their sentences stand in the document:

* the statement of an abolish event reaches back from its line to the nearest line that opens
  a statement (an item number: "3、", "（二十五）", "——", "(2)"; the forming verb: "组建…",
  "重新组建…", "设立…"; or the sentence of a forming event: "…并入新组建的…"), never past the
  start of the document;
* the units formed in it (outputs of establish, re-form and merge-into events whose sentence
  lies between that start and the abolish sentence) are the successors of the units it no
  longer keeps, when they are one to three in the same jurisdiction; more is a list of
  reforms, not one statement, and links nothing.

Events that already link A to Z (inputs, outputs, duty moves) need none of this: only an
abolish event with no output and no moved duty is read here, of a unit that no forming event
of the document names; and lineage reads these links only for a unit no event links.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from kg.identity import merged_events
from kg.model import Event, EventType
from kg.revcache import RevisionCache

# a line that opens a numbered item of a plan, or opens with the forming verb ("组建市X局。将…")
_ITEM_HEAD = re.compile(r"^\s*(?:[（(][一二三四五六七八九十百零〇\d]+[)）]|[一二三四五六七八九十百]+、|\d+\s*[、.．](?!\d)|——|—|"
                        r"[①②③④⑤⑥⑦⑧⑨⑩]|(?:重新|新)?组建|设立|成立)")
_FORMING = (EventType.ESTABLISH, EventType.RE_FORM, EventType.MERGE_INTO)
# more units formed than this between a statement's start and its 不再保留: a list, not one statement
_MOST_FORMED = 3


@dataclass(frozen=True)
class StatementLink:
    abolished: str  # unit id
    formed: str  # unit id
    abolish_event: Event  # merged events (as lineage shows them)
    forming_event: Event


def successors_by_statement(store: Any, unit: str) -> list[StatementLink]:
    """Links whose abolished unit is ``unit``: the units its reform statement formed."""
    return _links(store)[0].get(unit, [])


def predecessors_by_statement(store: Any, unit: str) -> list[StatementLink]:
    """Links whose formed unit is ``unit``: the units its reform statement no longer keeps."""
    return _links(store)[1].get(unit, [])


def statement_start(text: str, pos: int, opening: set[int]) -> int:
    """Where the statement holding ``pos`` begins: the start of the nearest line at or before
    ``pos``'s that opens an item or begins with a forming sentence (``opening``: start offsets
    of forming sentences); the document's start when none does."""
    line_start = text.rfind("\n", 0, pos) + 1
    while True:
        line_end = text.find("\n", line_start)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        stripped = len(line) - len(line.lstrip())
        if _ITEM_HEAD.match(line) or (line_start + stripped) in opening or line_start == 0:
            return line_start
        line_start = text.rfind("\n", 0, line_start - 1) + 1


def _build_links(store: Any) -> tuple[dict[str, list[StatementLink]], dict[str, list[StatementLink]]]:
    merged_of: dict[str, Event] = {}
    for event in merged_events(store):
        for source in event.attrs.get("sources", []):
            merged_of[source["event_id"]] = event
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for event in store.events():
        by_doc[event.prov.doc_id].append(event)
    forward: dict[str, list[StatementLink]] = defaultdict(list)
    backward: dict[str, list[StatementLink]] = defaultdict(list)
    for doc_id, events in by_doc.items():
        abolishing = [e for e in events if e.type == EventType.ABOLISH and e.inputs and not e.outputs and not e.moves]
        forming = [e for e in events if e.type in _FORMING and e.outputs]
        if not abolishing or not forming:
            continue
        text = store.document(doc_id).text
        opening = {e.prov.start for e in forming}
        # a unit a forming event of the document already names (input, duty giver) is linked there
        named = {u for e in forming for u in e.inputs} | {m.source for e in forming for m in e.moves if m.source}
        for ab in abolishing:
            start = statement_start(text, ab.prov.start, opening)
            # forming sentences from the statement's start up to the abolish sentence, itself
            # included ("三、组建住房和城乡建设厅，不再保留建设厅；" is one sentence)
            inside = [f for f in forming if start <= f.prov.start <= ab.prov.start]
            formed = list(dict.fromkeys(u for f in inside for u in f.outputs))
            if not formed or len(formed) > _MOST_FORMED:
                continue
            for gone in ab.inputs:
                if gone in named:
                    continue
                for f in inside:
                    for new in f.outputs:
                        if new == gone or new in ab.inputs or not _same_place(store, gone, new):
                            continue
                        link = StatementLink(gone, new, merged_of.get(ab.id, ab), merged_of.get(f.id, f))
                        if link not in forward[gone]:
                            forward[gone].append(link)
                            backward[new].append(link)
    return dict(forward), dict(backward)


_links = RevisionCache(_build_links).get  # the links of one store, rebuilt when its revision moves


def _same_place(store: Any, a: str, b: str) -> bool:
    ua, ub = store.get_unit(a), store.get_unit(b)
    return ua is not None and ub is not None and ua.jurisdiction == ub.jurisdiction
