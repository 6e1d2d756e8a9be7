"""Terse builders for name-level document facts, so tests state a reform in a few lines.

    facts = (doc("plan2018", date="2018-03", jurisdiction="中央")
             .establish("自然资源部", inputs=["国土资源部"],
                        duties=[("国家发展和改革委员会", "组织编制主体功能区规划职责")])
             .abolish("国土资源部")
             .build())
    applied = apply_doc(store, facts)

Every statement gets its own Chinese source sentence (``Provenance.sentence``) and its span
in the document text, so tests can check that answers cite where they came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from kg.apply import Applied, Applier
from kg.model import (
    BoundaryStatement,
    Document,
    DocumentFacts,
    DutyMove,
    DutyStatement,
    EventStatement,
    EventType,
    Mention,
    Provenance,
    StaffingStatement,
    UnitStatement,
)
from kg.names import AliasRules
from kg.store import GraphStore

NameLike = str | Mention
# (source, phrase): the phrase of the source's duty that moves; phrase None = all its duties
DutyLike = tuple[NameLike | None, str | None]


def _m(name: NameLike | None) -> Mention | None:
    if name is None or isinstance(name, Mention):
        return name
    return Mention(name)


def _ms(names: NameLike | Iterable[NameLike] | None) -> list[Mention]:
    if names is None:
        return []
    if isinstance(names, str | Mention):
        names = [names]
    return [m for m in (_m(n) for n in names) if m is not None]


def _moves(duties: Sequence[DutyLike] | None) -> list[DutyMove]:
    out = []
    for source, phrase in duties or []:
        if phrase is None:
            out.append(DutyMove(_m(source), f"{_label(source)}的职责", whole=True))
        else:
            out.append(DutyMove(_m(source), phrase))
    return out


def _label(name: NameLike | None) -> str:
    if name is None:
        return ""
    return name.name if isinstance(name, Mention) else name


class DocBuilder:
    """Accumulates statements of one document. Methods return ``self`` for chaining."""

    def __init__(self, doc_id: str, *, date: str | None = None, jurisdiction: str = "中央",
                 title: str | None = None, kind: str | None = None, number: str | None = None,
                 meta: dict[str, str] | None = None):
        self.document = Document(id=doc_id, title=title or f"测试文件{doc_id}", date=date,
                                 jurisdiction=jurisdiction, kind=kind, number=number, meta=dict(meta or {}))
        self.facts = DocumentFacts(document=self.document)
        self._text: list[str] = []
        self._offset = 0

    # -- provenance
    def _prov(self, sentence: str) -> Provenance:
        start = self._offset
        self._text.append(sentence)
        self._offset += len(sentence)
        return Provenance(self.document.id, start, start + len(sentence), sentence)

    # -- units and duties
    def unit(self, name: NameLike, *, kind: str | None = None, rank: str | None = None,
             parent: NameLike | None = None, relation: str | None = None, signs: Sequence[str] = (),
             aliases: Sequence[str] = (), valid_from: str | None = None, valid_to: str | None = None,
             sentence: str | None = None) -> DocBuilder:
        label = _label(name)
        text = sentence or f"{label}是{kind or '机构'}" + (f"，为{rank}" if rank else "") + "。"
        self.facts.units.append(UnitStatement(
            unit=_m(name), prov=self._prov(text), kind=kind, rank=rank, parent=_m(parent),  # type: ignore[arg-type]
            parent_relation=relation, signs=list(signs), aliases=list(aliases),
            valid_from=valid_from, valid_to=valid_to))
        return self

    def duty(self, unit: NameLike, text: str, *, item: int | None = None, role: str | None = None,
             category: str = "主要职责", valid_from: str | None = None) -> DocBuilder:
        self.facts.duties.append(DutyStatement(
            unit=_m(unit), text=text, prov=self._prov(text), item=item, category=category,  # type: ignore[arg-type]
            role=role, valid_from=valid_from))
        return self

    def duties(self, unit: NameLike, *texts: str) -> DocBuilder:
        for i, text in enumerate(texts, 1):
            self.duty(unit, text, item=i)
        return self

    def alias(self, alias: str, full: str) -> DocBuilder:
        self.facts.aliases.append((alias, full))
        return self

    # -- events
    def event(self, type_: EventType, sentence: str, *, inputs: NameLike | Iterable[NameLike] | None = None,
              outputs: NameLike | Iterable[NameLike] | None = None, duties: Sequence[DutyLike] | None = None,
              date: str | None = None, rank: str | None = None, kind: str | None = None,
              relation: str | None = None, parent: NameLike | None = None, sign: str | None = None) -> DocBuilder:
        self.facts.events.append(EventStatement(
            type=type_, prov=self._prov(sentence), inputs=_ms(inputs), outputs=_ms(outputs),
            duties=_moves(duties), date=date, rank=rank, kind=kind, relation=relation, parent=_m(parent),
            sign=sign))
        return self

    def establish(self, name: NameLike, *, inputs: NameLike | Iterable[NameLike] | None = None,
                  duties: Sequence[DutyLike] | None = None, kind: str | None = None, rank: str | None = None,
                  parent: NameLike | None = None, relation: str | None = None, date: str | None = None) -> DocBuilder:
        parts = [f"{_label(s)}的{p}" if p else f"{_label(s)}的职责" for s, p in duties or []]
        parts += [_label(u) for u in _ms(inputs) if _label(u) not in {_label(s) for s, _ in duties or []}]
        lead = f"将{'，'.join(parts)}整合，" if parts else ""
        tail = f"，由{_label(parent)}{relation or '管理'}" if parent else ""
        tail += f"，作为{kind}" if kind else ""
        return self.event(EventType.ESTABLISH, f"{lead}组建{_label(name)}{tail}。", inputs=inputs, outputs=name,
                          duties=duties, date=date, kind=kind, rank=rank, parent=parent, relation=relation)

    def re_form(self, name: NameLike, *, inputs: NameLike | Iterable[NameLike] | None = None,
                duties: Sequence[DutyLike] | None = None, kind: str | None = None, rank: str | None = None,
                date: str | None = None) -> DocBuilder:
        ins = "、".join(_label(u) for u in _ms(inputs))
        sentence = f"在{ins}基础上重新组建{_label(name)}。" if ins else f"重新组建{_label(name)}。"
        return self.event(EventType.RE_FORM, sentence, inputs=inputs, outputs=name, duties=duties, date=date,
                          kind=kind, rank=rank)

    def abolish(self, *names: NameLike, date: str | None = None) -> DocBuilder:
        return self.event(EventType.ABOLISH, f"不再保留{'、'.join(_label(n) for n in names)}。", inputs=names,
                          date=date)

    def merge_into(self, inputs: NameLike | Iterable[NameLike], target: NameLike, *,
                   duties: Sequence[DutyLike] | None = None, date: str | None = None) -> DocBuilder:
        ins = "、".join(_label(u) for u in _ms(inputs))
        return self.event(EventType.MERGE_INTO, f"将{ins}并入{_label(target)}。", inputs=inputs, outputs=target,
                          duties=duties, date=date)

    def rename(self, old: NameLike, new: NameLike, *, date: str | None = None) -> DocBuilder:
        return self.event(EventType.RENAME, f"{_label(old)}更名为{_label(new)}。", inputs=old, outputs=new, date=date)

    def transfer_duty(self, source: NameLike | None, phrase: str | None, target: NameLike | None, *,
                      date: str | None = None) -> DocBuilder:
        what = f"{_label(source)}的{phrase or '职责'}" if source else (phrase or "")
        sentence = f"将{what}划入{_label(target)}。" if target else f"取消{what}。"
        return self.event(EventType.TRANSFER_DUTY, sentence, inputs=[source] if source else [],
                          outputs=[target] if target else [], duties=[(source, phrase)], date=date)

    def transfer_unit(self, units: NameLike | Iterable[NameLike], parent: NameLike, *,
                      relation: str = "管理", date: str | None = None) -> DocBuilder:
        ins = "、".join(_label(u) for u in _ms(units))
        return self.event(EventType.TRANSFER_UNIT, f"{ins}改由{_label(parent)}{relation}。", inputs=units,
                          outputs=parent, relation=relation, date=date)

    def add_sign(self, unit: NameLike, sign: str, *, date: str | None = None) -> DocBuilder:
        return self.event(EventType.ADD_SIGN, f"在{_label(unit)}加挂{sign}牌子。", inputs=unit, sign=sign, date=date)

    def remove_sign(self, unit: NameLike, sign: str, *, date: str | None = None) -> DocBuilder:
        return self.event(EventType.REMOVE_SIGN, f"{_label(unit)}不再保留{sign}牌子。", inputs=unit, sign=sign,
                          date=date)

    def upgrade(self, unit: NameLike, rank: str, *, date: str | None = None) -> DocBuilder:
        return self.event(EventType.UPGRADE, f"{_label(unit)}升格为{rank}。", inputs=unit, rank=rank, date=date)

    def downgrade(self, unit: NameLike, rank: str, *, date: str | None = None) -> DocBuilder:
        return self.event(EventType.DOWNGRADE, f"{_label(unit)}降格为{rank}。", inputs=unit, rank=rank, date=date)

    def change_kind(self, unit: NameLike, kind: str, *, parent: NameLike | None = None, relation: str | None = None,
                    date: str | None = None) -> DocBuilder:
        return self.event(EventType.CHANGE_KIND, f"{_label(unit)}调整为{kind}。", inputs=unit, kind=kind,
                          parent=parent, relation=relation, date=date)

    def co_locate(self, *units: NameLike, date: str | None = None) -> DocBuilder:
        return self.event(EventType.CO_LOCATE, f"{'、'.join(_label(u) for u in units)}合署办公。", inputs=units,
                          date=date)

    def staffing(self, unit: NameLike | None, kind: str, change: str, amount: int, *,
                 counterpart: NameLike | None = None, date: str | None = None, funding: str | None = None,
                 level: str | None = None, sentence: str | None = None) -> DocBuilder:
        text = sentence or f"{_label(unit) or '全市'}{change}{kind}{amount}名。"
        self.facts.staffing.append(StaffingStatement(
            unit=_m(unit), kind=kind, change=change, amount=amount, prov=self._prov(text),
            counterpart=_m(counterpart), date=date, funding=funding, level=level))
        return self

    def boundary(self, units: Iterable[NameLike], text: str) -> DocBuilder:
        self.facts.boundaries.append(BoundaryStatement(units=_ms(units), text=text, prov=self._prov(text)))
        return self

    def unparsed(self, sentence: str) -> DocBuilder:
        self.facts.unparsed.append(self._prov(sentence))
        return self

    # -- result
    def build(self) -> DocumentFacts:
        self.document.text = "".join(self._text)
        return self.facts


def doc(doc_id: str, **kwargs) -> DocBuilder:  # type: ignore[no-untyped-def]
    return DocBuilder(doc_id, **kwargs)


def apply_doc(store: GraphStore, facts: DocumentFacts | DocBuilder, *, aliases: AliasRules | None = None) -> Applied:
    """Resolve one document against the store and write it (raises on any error)."""
    if isinstance(facts, DocBuilder):
        facts = facts.build()
    applied = Applier(store, aliases).apply(facts)
    store.replace_document(facts, applied.records)
    return applied


def apply_docs(store: GraphStore, *docs: DocumentFacts | DocBuilder,
               aliases: AliasRules | None = None) -> list[Applied]:
    return [apply_doc(store, d, aliases=aliases) for d in docs]


# ------------------------------------------------------------------ store inspection helpers


def unit_id(store: GraphStore, name: str, *, jurisdiction: str | None = None, at: str | None = None) -> str:
    from queries.resolve import find_unit

    return find_unit(store, name, jurisdiction=jurisdiction, at=at)


def snapshot(store: GraphStore) -> dict[str, object]:
    """Everything the store holds, as comparable sets (for before/after comparisons)."""
    from kg.model import to_dict

    def ids(items: Iterable) -> set[str]:  # type: ignore[type-arg]
        return {x.id for x in items}

    return {
        "documents": ids(store.documents()),
        "units": {(u.id, u.jurisdiction, u.name) for u in store.units()},
        "clauses": ids(store.clauses()),
        "facts": {(f.id, f.subject, str(f.predicate), f.object, f.value, f.valid_from, f.valid_to)
                  for f in store.facts()},
        "events": ids(store.events()),
        "boundaries": ids(store.boundaries()),
        "endings": {e.id for u in store.units() for e in store.endings(u.id)},
        "jurisdictions": {str(to_dict(j)) for j in store.jurisdictions()},
    }


def write_facts_file(path: Path, facts: DocumentFacts) -> Path:
    """Serialize a bundle as JSON (for subprocess tests)."""
    import json

    from kg.model import to_dict

    path.write_text(json.dumps(to_dict(facts), ensure_ascii=False), encoding="utf-8")
    return path
