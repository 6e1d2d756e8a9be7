"""Response and request schemas of the HTTP API.

They are the public contract and are kept apart from the domain model (``kg.model``): the
queries return plain dicts, the routes validate them against these models. Models allow
extra fields, so a query may add information without breaking the contract; the fields
listed here are the ones clients may rely on (add fields, never rename or remove them).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorDetail(_Open):
    code: str = Field(description="稳定的错误代码，如 unit_not_found、ambiguous_name、invalid_date")
    message: str = Field(description="中文错误说明")


class ErrorResponse(BaseModel):
    error: ErrorDetail


class Evidence(_Open):
    document: str | None = Field(None, description="文件编号")
    title: str | None = Field(None, description="文件标题")
    date: str | None = Field(None, description="文件日期")
    text: str | None = Field(None, description="原文句子")


class UnitRef(_Open):
    id: str
    name: str


class UnitListItem(_Open):
    id: str
    name: str
    jurisdiction: str
    kind: str | None = None
    rank: str | None = None
    parent: str | None = None
    exists: bool | None = Field(None, description="在查询日期是否存续（没有存续记录时为空）")
    matched: str | None = Field(None, description="搜索时命中的名称（全称、简称、曾用名或牌子）")


class UnitList(_Open):
    at: str
    total: int
    units: list[UnitListItem]


class DatedValue(_Open):
    value: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    period: str | None = None
    evidence: Evidence | None = None


class Duty(_Open):
    clause_id: str
    text: str
    category: str | None = None
    role: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    period: str | None = None
    evidence: Evidence | None = None


class UnitProfile(_Open):
    id: str
    name: str
    jurisdiction: str
    at: str
    exists: bool | None = None
    kind: str | None = None
    rank: str | None = None
    names: list[DatedValue] = []
    aliases: list[DatedValue] = []
    signs: list[DatedValue] = []
    ranks: list[DatedValue] = []
    kinds: list[DatedValue] = []
    parents: list[dict[str, Any]] = []
    parent_chain: list[dict[str, Any]] = []
    children: list[dict[str, Any]] = []
    duties: list[Duty] = []
    staffing: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    boundaries: list[dict[str, Any]] = []


class UnitDuties(_Open):
    unit: UnitRef
    at: str | None = Field(None, description="查询日期；history=true 时为空（列出曾经承担的全部职责）")
    duties: list[Duty]


class GraphNode(_Open):
    id: str
    type: Literal["unit", "event"]
    label: str


class GraphEdge(_Open):
    source: str
    target: str
    kind: str


class LineageGraph(_Open):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class Lineage(_Open):
    unit: dict[str, Any]
    at: str
    timeline: list[dict[str, Any]]
    ancestors: list[dict[str, Any]]
    descendants: list[dict[str, Any]]
    duties_in: list[dict[str, Any]]
    duties_out: list[dict[str, Any]]
    graph: LineageGraph


class MatchedClause(_Open):
    clause_id: str
    text: str
    role: str | None = None
    score: float
    evidence: Evidence | None = None
    earlier_holders: list[dict[str, Any]] = []
    later_holders: list[dict[str, Any]] = []


class Holder(_Open):
    id: str
    name: str
    jurisdiction: str
    score: float
    clauses: list[MatchedClause]


class WhoHandles(_Open):
    q: str
    at: str
    jurisdiction: str | None = None
    results: list[Holder]


class Overlaps(_Open):
    at: str
    jurisdiction: str | None = None
    min_score: float
    pairs: list[dict[str, Any]]
    groups: list[dict[str, Any]]


class OrgNode(_Open):
    id: str
    name: str
    kind: str | None = None
    rank: str | None = None
    relation: str | None = None
    children: list[OrgNode] = []


class OrgChart(_Open):
    at: str
    root: str | None = None
    jurisdiction: str | None = None
    tree: list[OrgNode]


class Diff(_Open):
    from_: str = Field(alias="from")
    to: str
    jurisdiction: str | None = None
    added: list[dict[str, Any]]
    abolished: list[dict[str, Any]]
    renamed: list[dict[str, Any]]
    moved: list[dict[str, Any]]
    rank_changed: list[dict[str, Any]]
    duties_moved: list[dict[str, Any]]
    staffing: list[dict[str, Any]]
    events: list[dict[str, Any]]

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class DocumentSummary(_Open):
    id: str
    title: str
    date: str | None = None
    jurisdiction: str
    issuer: str | None = None
    number: str | None = None
    kind: str | None = None
    path: str | None = None


class DocumentDetail(DocumentSummary):
    counts: dict[str, int] = {}
    text: str = ""
    meta: dict[str, str] = {}


class JurisdictionItem(_Open):
    id: str
    name: str
    level: str = ""
    parent: str | None = None
    units: int = 0


class Health(_Open):
    status: Literal["ok"]
    backend: str
    documents: int
    units: int
    revision: int
    writes_enabled: bool


class FileResultOut(_Open):
    file: str = Field(description="上传时的文件名")
    status: str = Field(description="成功 | 失败 | 无内容")
    doc_id: str | None = None
    title: str | None = None
    date: str | None = None
    jurisdiction: str | None = None
    counts: dict[str, int] = {}
    errors: list[str] = []
    reviews: list[str] = []
    unparsed: list[str] = []


class IngestResponse(_Open):
    results: list[FileResultOut]
    ok: int
    failed: int
    empty: int


class DeleteResponse(_Open):
    deleted: str
    message: str


class AskRequest(BaseModel):
    question: str = Field(description="中文问题，如“2017年谁负责草原防火？”")
    at: str | None = Field(None, description="查询日期 YYYY、YYYY-MM 或 YYYY-MM-DD；问题中写明的日期优先")

    model_config = ConfigDict(json_schema_extra={"examples": [{"question": "谁负责草原防火？"},
                                                              {"question": "自然资源部的前身是什么？", "at": "2020"}]})


class AskUnit(_Open):
    id: str
    name: str
    jurisdiction: str
    score: float


class AskEvidence(_Open):
    document: str | None = None
    title: str | None = None
    date: str | None = None
    text: str | None = None


class AskResponse(_Open):
    intent: Literal["who_handles", "lineage", "parent", "overlap", "unit_info", "staffing", "orgchart", "unknown"]
    answer: str
    units: list[AskUnit]
    evidence: list[AskEvidence]
    at: str
