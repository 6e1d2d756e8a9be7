"""The bundled sample ledger (samples/示例县): it reads cleanly in both forms, is big and
varied enough to exercise the queries, and its staffing figures add up."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from ingest.tables import read_table
from kg.dates import sort_key
from kg.model import DocumentFacts, EventType, StaffingStatement, to_dict

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "示例县"
YAML = SAMPLE.parent / "source" / "示例县" / "示例县机构编制台账.yaml"
XLSX = SAMPLE / "示例县机构编制台账.xlsx"
CITY = "示例市"


@pytest.fixture(scope="module")
def facts() -> DocumentFacts:
    result = read_table(YAML)
    assert result.errors == [] and result.warnings == []
    return result.facts


def _statements(f: DocumentFacts) -> str:
    data = to_dict(f)
    data.pop("document")
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace(f.document.id, "DOC")


def test_yaml_and_xlsx_give_the_same_facts(facts: DocumentFacts) -> None:
    result = read_table(XLSX)
    assert result.errors == [] and result.warnings == []
    book = result.facts
    assert book.counts() == facts.counts()
    assert _statements(book) == _statements(facts)
    for attr in ("title", "jurisdiction", "date", "issuer", "number"):
        assert getattr(book.document, attr) == getattr(facts.document, attr)
    assert book.document.meta["上级行政区划"] == facts.document.meta["上级行政区划"] == CITY


def test_size_and_variety(facts: DocumentFacts) -> None:
    assert len(facts.units) >= 35
    assert len({d.unit.name for d in facts.duties}) >= 20
    assert len(facts.events) >= 25
    types = Counter(e.type for e in facts.events)
    assert len(types) >= 10
    assert EventType.STAFFING_CHANGE not in types
    assert len(facts.staffing) >= 30
    assert len(facts.boundaries) >= 1
    assert {s.change for s in facts.staffing} >= {"核定", "核增", "核减", "收回", "划转", "周转", "归还", "实有"}
    assert {s.kind for s in facts.staffing} >= {"行政编制", "事业编制", "领导职数", "内设机构"}
    assert {d.role for d in facts.duties} >= {"牵头", "参与", "配合"}
    assert all("2015" <= (e.date or "") <= "2025-12-31" for e in facts.events)
    kinds = {u.kind for u in facts.units}
    assert {"内设机构", "乡镇", "街道办事处", "公益一类事业单位"} <= kinds


def _declared(facts: DocumentFacts) -> tuple[set[str], set[str]]:
    """(names and aliases of the file's own units, names of units in the city)."""
    own, city = set(), set()
    for u in facts.units:
        target = city if u.unit.jurisdiction == CITY else own
        target.add(u.unit.name)
        target.update(u.aliases)
    return own, city


def test_every_named_unit_is_declared_or_in_the_city(facts: DocumentFacts) -> None:
    own, city = _declared(facts)
    known = own | city
    unknown = []
    for ev in facts.events:
        for m in [*ev.inputs, *ev.outputs, *(d.source for d in ev.duties if d.source)]:
            if m.name not in known and not m.name.startswith("市"):
                unknown.append((ev.prov.start, m.name))
        if ev.parent and ev.parent.name not in known:
            unknown.append((ev.prov.start, ev.parent.name))
    for d in facts.duties:
        if d.unit.name not in known:
            unknown.append((d.prov.start, d.unit.name))
    for s in facts.staffing:
        for m in (s.unit, s.counterpart):
            if m is not None and m.name not in known:
                unknown.append((s.prov.start, m.name))
    for u in facts.units:
        if u.parent and u.parent.name not in known:
            unknown.append((u.prov.start, u.parent.name))
    for b in facts.boundaries:
        unknown.extend((b.prov.start, m.name) for m in b.units if m.name not in known)
    assert not unknown
    # city units carry their jurisdiction wherever they are named
    for ev in facts.events:
        for m in [*ev.inputs, *ev.outputs]:
            assert (m.jurisdiction == CITY) == (m.name in city), m


# ---------------------------------------------------------------- staffing arithmetic

_PLUS = {"核增", "划入", "调剂"}
_MINUS = {"核减", "划出", "划转", "收回"}


def _quota(rows: list[StaffingStatement], unit: str, kind: str) -> int | None:
    """The quota of ``unit`` after ``rows`` (in ledger order), from 核定 and the permanent
    changes; None before any 核定."""
    balance: int | None = None
    for r in rows:
        if r.kind != kind:
            continue
        if r.unit is not None and r.unit.name == unit:
            if r.change == "核定":
                balance = r.amount
            elif r.change in _PLUS:
                balance = (balance or 0) + r.amount
            elif r.change in _MINUS:
                balance = (balance or 0) - r.amount
        elif r.counterpart is not None and r.counterpart.name == unit:
            if r.change in ("划转", "划出"):
                balance = (balance or 0) + r.amount
            elif r.change == "划入":
                balance = (balance or 0) - r.amount
    return balance


def _ledger(facts: DocumentFacts) -> list[StaffingStatement]:
    return sorted(facts.staffing, key=lambda s: sort_key(s.date))  # stable: rows of a date keep their order


def test_stated_totals_match_the_ledger(facts: DocumentFacts) -> None:
    ledger = _ledger(facts)
    stated = [(i, s) for i, s in enumerate(ledger) if "调整后" in s.prov.sentence]
    assert stated, "the sample states at least one total after an adjustment"
    for i, row in stated:
        assert row.unit is not None and row.change == "核定"
        figure = int(re.findall(r"(\d+)名", row.prov.sentence)[-1])
        assert figure == row.amount
        before = ledger[:i]
        entries = [r for r in before if r.kind == row.kind and (
            (r.unit and r.unit.name == row.unit.name) or (r.counterpart and r.counterpart.name == row.unit.name))]
        assert len(entries) >= 2, "the total follows earlier entries"
        assert _quota(before, row.unit.name, row.kind) == figure, row.prov.sentence


def test_no_unit_is_over_its_quota(facts: DocumentFacts) -> None:
    ledger = _ledger(facts)
    for i, row in enumerate(ledger):
        if row.change != "实有":
            continue
        assert row.unit is not None
        quota = _quota(ledger[:i], row.unit.name, row.kind)
        assert quota is not None and row.amount <= quota, row.prov.sentence


def test_pool_reclaims_add_up(facts: DocumentFacts) -> None:
    """A jurisdiction-wide 收回 equals the 收回 of single units on that date."""
    totals = [s for s in facts.staffing if s.unit is None and s.change == "收回"]
    assert totals
    for total in totals:
        parts = [s for s in facts.staffing if s.unit is not None and s.change == "收回" and s.date == total.date
                 and s.kind == total.kind and s.funding == total.funding]
        assert sum(p.amount for p in parts) == total.amount


def test_lent_posts_are_returned_or_still_out(facts: DocumentFacts) -> None:
    lent = Counter()
    for s in _ledger(facts):
        if s.change == "周转":
            lent[s.unit.name if s.unit else ""] += s.amount
        elif s.change == "归还":
            lent[s.unit.name if s.unit else ""] -= s.amount
            assert lent[s.unit.name if s.unit else ""] >= 0, "returned more than was lent"
    assert any(s.change == "归还" for s in facts.staffing)


def test_sample_applies_to_the_graph(tmp_path: Path, facts: DocumentFacts) -> None:
    """The sample resolves without creating a unit twice (renamed units listed under their
    first name, later names as aliases)."""
    from kg.apply import Applier
    from kg.stores.networkx_store import NetworkxStore

    store = NetworkxStore(tmp_path / "kg")
    try:
        applied = Applier(store).apply(facts)
        names = Counter((u.jurisdiction, u.name) for u in applied.records.units)
        assert [n for n, c in names.items() if c > 1] == []
        assert len(applied.records.units) == len(facts.units)
    finally:
        store.close()
