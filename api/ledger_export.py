"""Export of a unit's or a jurisdiction's staffing ledger as an Excel workbook, in the layout
``ingest.ledger_xlsx`` reads back (export → import into a fresh store → export gives the
same ledger sheets), plus computed report sheets (编制情况, 编制池余额, 检查结果).

    name, data = export_workbook(store, jurisdiction="示例县")
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ingest.ledger_xlsx import Report, sheet_for, write_ledger_workbook
from kg.dates import as_of, start_of
from kg.errors import KGError
from kg.store import GraphStore
from queries.evidence import evidence
from queries.scope import in_jurisdiction
from queries.staffing import (
    Entry,
    StaffingBook,
    jurisdiction_staffing,
    pool_account,
    pools,
    split_sentence,
    staffing_book,
    unit_staffing,
)
from queries.staffing_rules import run_checks


def _entries(store: GraphStore, book: StaffingBook, unit: str | None, jurisdiction: str | None) -> list[Entry]:
    """The recorded entries (not the implied receiving sides) an export carries."""
    chosen: dict[str, Entry] = {}

    def take(e: Entry) -> None:
        chosen.setdefault(e.fact_id, e)

    if unit:
        for e in book.own.get(unit, []):
            take(e)
        for e in book.incoming.get(unit, []):  # the giver's 划转 keeps the inflow on re-import
            if e.source is not None:
                take(e.source)
        for e in book.own.get(unit, []):
            if e.paired and e.source is not None:
                take(e.source)
    else:
        assert jurisdiction is not None
        for subject, rows in book.own.items():
            if store.get_unit(subject) is None:
                if subject != jurisdiction:
                    continue
                for e in rows:
                    if e.scope == "jurisdiction":
                        take(e)
                continue
            if in_jurisdiction(store, subject, jurisdiction):
                for e in rows:
                    take(e)
            else:
                for e in rows:
                    if e.counterpart and e.change == "划转" and in_jurisdiction(store, e.counterpart, jurisdiction):
                        take(e)
    return sorted(chosen.values(), key=lambda e: e.order)


def _start_ok(e: Entry, day: date) -> bool:
    return e.date is None or start_of(e.date) <= day


def ledger_rows(store: GraphStore, *, unit: str | None = None, jurisdiction: str | None = None,
                at: str | date | None = None) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    """(the workbook's jurisdiction, rows per ledger sheet)."""
    if bool(unit) == bool(jurisdiction):
        raise KGError("请指定一个单位或一个行政区划（二选一）")
    book = staffing_book(store)
    day = as_of(at) if at else None
    named = as_of(at)  # units are written with their full name at the export date
    place = store.unit(unit).jurisdiction if unit else jurisdiction
    assert place is not None
    rows: dict[str, list[dict[str, Any]]] = {}
    for e in _entries(store, book, unit, jurisdiction):
        if day is not None and not _start_ok(e, day):
            continue
        subject_unit = store.get_unit(e.subject) if e.scope == "unit" else None
        cp_unit = store.get_unit(e.counterpart) if e.counterpart else None
        sentence, also = split_sentence(e.prov.sentence)
        others = [also] if also else []
        for p in e.also:
            ev = evidence(store, p)
            text = split_sentence(p.sentence)[0]
            others.append(f"《{ev['title']}》：{text}" if ev.get("title") else text)
        row = {
            "单位": store.name_at(e.subject, named) if subject_unit else None,
            "行政区划": subject_unit.jurisdiction if subject_unit and subject_unit.jurisdiction != place else None,
            "编制类型": e.kind,
            "经费形式": e.funding,
            "职级": e.level,
            "变动": e.change,
            "数量": e.amount,
            "对方单位": store.name_at(e.counterpart, named) if cp_unit and e.counterpart else None,
            "对方行政区划": cp_unit.jurisdiction if cp_unit and cp_unit.jurisdiction != place else None,
            "日期": e.date,
            "依据": sentence,
            "其他来源": "\n".join(others) if others else None,
        }
        sheet = sheet_for(e.kind, e.change, has_unit=subject_unit is not None, has_counterpart=bool(e.counterpart))
        rows.setdefault(sheet, []).append(row)
    return place, rows


def export_workbook(store: GraphStore, *, unit: str | None = None, jurisdiction: str | None = None,
                    at: str | date | None = None, with_reports: bool = True,
                    now: datetime | None = None) -> tuple[str, bytes]:
    """(file name, xlsx bytes) of a unit's or a jurisdiction's staffing ledger and report."""
    place, rows = ledger_rows(store, unit=unit, jurisdiction=jurisdiction, at=at)
    day = as_of(at)
    parent = next((j.parent for j in store.jurisdictions() if j.id == place), None)
    who = store.name_at(unit, day) if unit else place
    title = f"{who}编制台账"
    meta: list[tuple[str, Any]] = [("标题", title), ("行政区划", place)]
    if parent:
        meta.append(("上级行政区划", parent))
    meta += [("截至日期", day.isoformat()), ("导出范围", "单位" if unit else "行政区划"),
             ("导出时间", (now or datetime.now()).strftime("%Y-%m-%d %H:%M")), ("格式", "编制台账工作簿")]
    reports = _reports(store, unit, jurisdiction or place, day) if with_reports else []
    return f"{title}_{day.isoformat()}.xlsx", write_ledger_workbook(meta, rows, reports)


def _reports(store: GraphStore, unit: str | None, place: str, day: date) -> list[Report]:
    out = []
    summary_rows: list[list[Any]] = []
    if unit:
        figures = [unit_staffing(store, unit, day)]
        units = [{"unit": f["unit"], "posts": f["posts"], "leaders": f["leaders"],
                  "divisions": f["divisions"]["quota"]} for f in figures]
    else:
        units = jurisdiction_staffing(store, place, day)["units"]
    for u in units:
        for p in u["posts"] + u["leaders"]:
            summary_rows.append([u["unit"]["name"], p["label"], p["quota"], p["lent"] or None, p["actual"],
                                 p["actual_date"], p["vacant"] if p["actual"] is not None else None,
                                 p["over"] or None, p["text"]])
        if u.get("divisions") is not None:
            summary_rows.append([u["unit"]["name"], "内设机构", u["divisions"], None, None, None, None, None,
                                 f"内设机构{u['divisions']}个"])
    out.append(Report("编制情况", ["单位", "类型", "核定", "周转使用", "实有", "实有日期", "空编", "超编", "说明"], summary_rows,
                      [28, 18, 7, 9, 7, 11, 7, 7, 80]))
    if not unit and place in pools(store):
        account = pool_account(store, place, day)
        pool_rows: list[list[Any]] = [[b["bucket"], b["in"], b["out"], b["balance"], b["on_loan"]] for b in account["balances"]]
        pool_rows.append([])
        pool_rows.append(["周转借出未归还", "单位", "数量", "起始日期", "依据"])
        for loan in account["on_loan"]:
            pool_rows.append([loan["bucket"], loan["unit"]["name"] if loan["unit"] else "（未列明单位）", loan["amount"],
                              loan["since"], loan["evidence"]["text"]])
        out.append(Report("编制池余额", ["类型", "入池", "出池", "余额", "周转借出未归还"], pool_rows, [24, 20, 8, 12, 60]))
    checks = run_checks(store, None if unit else place, day, unit=unit)
    out.append(Report("检查结果", ["规则", "性质", "单位", "说明", "依据"],
                      [[f["title"], f["severity"], f["unit"]["name"] if f["unit"] else "", f["message"],
                        "\n".join(e.get("text") or "" for e in f["evidence"][:4])] for f in checks["findings"]],
                      [16, 6, 26, 70, 70]))
    return out


__all__ = ["export_workbook", "ledger_rows"]
