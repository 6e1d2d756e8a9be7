"""The overlap list as an Excel workbook for review: one row per candidate pair with both
clauses and their sources, grade and reason, and an empty column for the reviewer's verdict;
groups, overlaps stated by reforms and their history on sheets of their own.

    name, data = overlaps_workbook(duplicated_functions(store, jurisdiction="示例县"))
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

PAIR_COLUMNS = ("序号", "单位A", "单位B", "等级", "置信度", "相似度", "共同词", "牵头/参与", "职责分工", "来源",
                "条文A", "依据A", "条文B", "依据B", "判断理由", "审核意见")


def _source(ev: dict[str, Any] | None) -> str:
    if not ev:
        return ""
    title = f"《{ev['title']}》" if ev.get("title") else (ev.get("document") or "")
    return f"{title} {ev.get('date') or ''}".strip()


def _roles(p: dict[str, Any]) -> str:
    roles = [r for r in p.get("roles") or [] if r]
    if p.get("lead_support"):
        return "牵头—参与" + (f"（{'、'.join(roles)}）" if roles else "")
    return "、".join(roles)


def _settled(p: dict[str, Any]) -> str:
    done = ["；".join(_source(s) + "：" + (s.get("text") or "") for s in p.get("settled_by") or [])] if p.get("settled") else []
    later = ["此后：" + _source(s) + "：" + (s.get("text") or "") for s in p.get("divided_later") or []]
    return "；".join(done + later)


def pair_rows(result: dict[str, Any]) -> list[list[Any]]:
    rows = []
    for n, p in enumerate(result["pairs"], 1):
        c = p["clauses"][0]
        rows.append([n, p["units"][0]["name"], p["units"][1]["name"], p["grade"], p["confidence"], round(p["score"], 4),
                     "、".join(p.get("shared_words") or []), _roles(p), _settled(p), p["source"],
                     c["a"]["text"], _source(c["a"]["evidence"]), c["b"]["text"], _source(c["b"]["evidence"]),
                     p["reason"], ""])
    return rows


def overlaps_workbook(result: dict[str, Any]) -> tuple[str, bytes]:
    """(file name, .xlsx bytes) of an overlap list (``duplicated_functions``'s result)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    info = wb.active
    assert info is not None
    info.title = "说明"
    place = result.get("jurisdiction") or "全部行政区划"
    for row in (
        ["职责交叉重叠候选清单"],
        ["行政区划", place],
        ["查询日期", result["at"]],
        ["置信度", f"{result['confidence']}及以上（相似度阈值 {result['min_score']:.2f}，模型 {result.get('model', '')}）"],
        ["候选单位对", result.get("total", len(result["pairs"]))],
        ["等级", "按美国政府问责署 GAO-15-49SP：重复（同一对象的同一活动）、交叉（相近的目标或活动）、分散（多个部门在同一大领域）"],
        ["来源", "检测：按条文相似度发现；职责分工：文件点名两单位并划分边界；文件所述：改革文件将多个部门的同类职责整合"],
        ["审核", "请在“候选单位对”表的“审核意见”列填写：属实 / 不属实 / 已理顺"],
    ):
        info.append(row)
    info["A1"].font = Font(bold=True, size=14)
    info.column_dimensions["A"].width = 14
    info.column_dimensions["B"].width = 100

    sheet = wb.create_sheet("候选单位对")
    sheet.append(list(PAIR_COLUMNS))
    for row in pair_rows(result):
        sheet.append(row)
    widths = (6, 22, 22, 6, 7, 8, 24, 12, 30, 8, 50, 30, 50, 30, 50, 14)
    for col, width in zip("ABCDEFGHIJKLMNOP", widths, strict=True):
        sheet.column_dimensions[col].width = width
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "B2"

    groups = wb.create_sheet("多单位组")
    groups.append(["序号", "主题", "单位", "等级", "判断理由"])
    for n, g in enumerate(result.get("groups") or [], 1):
        groups.append([n, g["topic"], "、".join(u["name"] for u in g["units"]), g["grade"], g["reason"]])

    for title, items in (("改革文件所述", result.get("stated") or []), ("历史", result.get("history") or [])):
        sheet = wb.create_sheet(title)
        sheet.append(["改革日期", "主题", "改革前承担的部门", "改革后", "等级", "说明", "判断理由", "依据"])
        for i in items:
            sheet.append([i["date"], i["topic"], "、".join(u["name"] for u in i["units"]), i["receiver"]["name"],
                          i["grade"], i["summary"], i["reason"], f"{_source(i['evidence'])}：{i['evidence'].get('text') or ''}"])
    buf = BytesIO()
    wb.save(buf)
    return f"职责交叉重叠_{place}_{result['at']}.xlsx", buf.getvalue()
