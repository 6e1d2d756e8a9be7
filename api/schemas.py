"""Response and request schemas of the HTTP API.

They are the public contract and are kept apart from the domain model (``kg.model``): the
queries return plain dicts, the routes validate them against these models. Models allow
extra fields, so a query may add information without breaking the contract; the fields
listed here are the ones clients may rely on (add fields, never rename or remove them).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from queries.ask.intents import Intent


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


class DuplicateUnit(_Open):
    id: str
    name: str
    jurisdiction: str
    periods: str = Field(description="已知存续时期")


class DuplicateEvidence(_Open):
    kind: str = Field(description="依据类别：同名、名称变体、简称、地名限定、牌子、时期")
    text: str = Field(description="中文说明")


class DuplicatePair(_Open):
    a: DuplicateUnit
    b: DuplicateUnit
    evidence: list[DuplicateEvidence]
    score: int


class DuplicateList(_Open):
    pairs: list[DuplicatePair]
    total: int


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
    min_score: float = Field(description="列出的最低相似度（所选置信度的阈值）")
    confidence: str = Field("中", description="列出的最低置信度：高、中、低")
    model: str | None = Field(None, description="嵌入模型（阈值按模型设定）")
    bars: dict[str, float] = Field(default_factory=dict, description="各置信度的相似度阈值")
    total: int = Field(0, description="候选单位对总数（limit 之前）")
    pairs: list[dict[str, Any]] = Field(description="候选单位对：相似度、共同词、双方条文及出处、牵头/参与、职责分工、"
                                                    "等级（重复/交叉/分散，GAO-15-49SP）及理由、置信度、来源（检测/职责分工）")
    groups: list[dict[str, Any]] = Field(description="三个及以上单位在同一主题上的组（分散）")
    stated: list[dict[str, Any]] = Field(default_factory=list,
                                         description="改革文件所述、在查询日期成立的职责分散（改革在查询日期之后）")
    history: list[dict[str, Any]] = Field(default_factory=list,
                                          description="查询日期及以前的改革所整合的职责分散（历史）")


class OverlapHistory(_Open):
    at: str
    unit: UnitRef | None = None
    jurisdiction: str | None = None
    items: list[dict[str, Any]] = Field(description="改革文件所述的职责分散：改革前承担的部门、主题、等级、说明、原文")


class OverlapAnswer(_Open):
    kind: Literal["topic", "pair", "unit", "all", "before_reform"] = Field(
        description="topic：哪些部门都管X；pair：两个单位有没有交叉；unit：一个单位与哪些部门交叉；"
                    "all：未给主题和单位时，哪些部门之间有交叉；before_reform：改革前由哪些部门承担")
    at: str
    answer: str = Field(description="中文回答")
    topic: str | None = None
    units: list[UnitRef] = Field(default_factory=list)
    holders: list[dict[str, Any]] = Field(default_factory=list, description="职责涉及该主题的部门及条文")
    pairs: list[dict[str, Any]] = Field(default_factory=list)
    groups: list[dict[str, Any]] = Field(default_factory=list)
    stated: list[dict[str, Any]] = Field(default_factory=list)
    history: list[dict[str, Any]] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


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
    jurisdiction: str | None = Field(None, description="文件所涉地方（中央或地方名）；文件没有写明地方时为空")
    issuer: str | None = None
    number: str | None = None
    kind: str | None = None
    file: str | None = Field(None, description="原文件名（只有文件名，不含服务器上的路径）")


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
    warmup_seconds: float | None = Field(None, description="启动时加载模型和检索索引用了多少秒")
    warmup_error: str | None = Field(None, description="启动加载失败时的原因")
    warmup_steps: dict[str, float] = Field({}, description="启动加载各步用时（秒）：模型、检索索引、问题分类器、第一个问题")


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
    at: str | None = Field(None, description="查询日期 YYYY、YYYY-MM 或 YYYY-MM-DD；问题中写明的日期优先；空白即今天")

    @field_validator("at")
    @classmethod
    def _blank_at_is_today(cls, value: str | None) -> str | None:
        """A blank date means today, as on every GET route (GET /who-handles?at=)."""
        return value if value is None or len(value) > 40 or value.strip() else None

    # unknown fields are refused (the OpenAPI document says additionalProperties: false), so
    # what the server accepts is exactly what the document describes
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"question": "谁负责草原防火？"},
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


class AskPart(_Open):
    question: str = Field(description="复合问题拆出的一问")
    intent: Intent
    answer: str
    units: list[AskUnit]
    evidence: list[AskEvidence]
    at: str


class AskResponse(_Open):
    intent: Intent = Field(description="问题类型（取值见 GET /ask/intents）")
    answer: str
    units: list[AskUnit]
    evidence: list[AskEvidence]
    at: str
    confidence: float = Field(0.0, description="对问题类型判断的把握（0–1）；把握不足时 suggestions 给出可点击的问法")
    suggestions: list[str] = Field([], description="“您是不是要问…”：可直接提问的问题")
    parts: list[AskPart] = Field([], description="复合问题的各部分的回答（单一问题时为空）")


class IntentItem(_Open):
    intent: Intent
    label: str


# ---------------------------------------------------------------- staffing (编制台账)


class StaffingUnitRef(_Open):
    id: str
    name: str
    jurisdiction: str | None = None


class StaffingEntry(_Open):
    id: str
    date: str | None = Field(None, description="日期；空 = 记录开始以前")
    kind: str = Field(description="编制类型")
    bucket: str = Field(description="台账科目：类型加经费形式或职级，如 全额拨款事业编制、副科级领导职数")
    change: str = Field(description="核定、核增、核减、收回、划转、划入、划出、周转、归还、调剂、退二补一、实有")
    amount: int
    delta: int | None = Field(None, description="对本单位编制数的增减（核定、实有、周转为空）")
    balance: int | None = Field(None, description="该科目记账后的编制数（尚无核定数、或被同日核定数包含时为空）")
    counterpart: StaffingUnitRef | None = None
    other_side: str | None = Field(None, description="另一方：单位名称，或“编制池”（收回、周转、归还、从编制池调剂）")
    evidence: Evidence | None = None


class StaffingBucket(_Open):
    kind: str
    label: str = Field(description="如 行政编制、全额拨款事业编制、副科级领导职数")
    quota: int | None = Field(None, description="查询日期的编制数（职数）；没有核定数时为空")
    lent: int = Field(0, description="从编制池周转使用、尚未归还的编制")
    actual: int | None = Field(None, description="最近一次实有人数")
    vacant: int | None = Field(None, description="空编 = 编制数 + 周转 − 实有")
    over: int = Field(0, description="超编数")
    text: str = Field(description="中文说明")


class StaffingUnit(_Open):
    unit: StaffingUnitRef
    at: str
    posts: list[StaffingBucket]
    totals: dict[str, Any]
    leaders: list[StaffingBucket]
    divisions: dict[str, Any]
    mismatches: list[dict[str, Any]] = Field(description="与台账推算不符的核定数")
    ledger: list[StaffingEntry]
    summary: str


class StaffingFinding(_Open):
    unit: StaffingUnitRef | None = None
    rule: str = Field(description="规则编号（kg/data/staffing_rules.yaml）")
    title: str
    severity: str = Field(description="问题 或 提示")
    message: str
    figures: dict[str, Any]
    evidence: list[Evidence]


class StaffingChecks(_Open):
    jurisdiction: str | None = None
    at: str
    findings: list[StaffingFinding]
    counts: dict[str, int]
    rules: list[dict[str, Any]]
    summary: str


class StaffingPool(_Open):
    jurisdiction: str
    at: str
    has_records: bool
    balances: list[dict[str, Any]] = Field(description="按类型：入池、出池、余额、周转借出未归还")
    total: dict[str, int]
    on_loan: list[dict[str, Any]] = Field(description="周转借出未归还：单位、数量、起始日期、依据")
    movements: list[dict[str, Any]]
    mismatches: list[dict[str, Any]]
    summary: str


class StaffingReviewFinding(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")

    unit: str = Field(max_length=200, description="有问题的单位（名称或编号）")
    issue: str = Field("", max_length=500, description="问题")
    resolved: bool = Field(False, description="是否已整改到位")


class StaffingReviewRequest(BaseModel):
    unit: str = Field(min_length=1, max_length=200, description="申请增加编制的单位（名称或编号）")
    jurisdiction: str | None = Field(None, max_length=100)
    kind: str | None = Field(None, max_length=20, description="申请的编制类型，如 行政编制")
    amount: int | None = Field(None, ge=0, le=100000)
    supervisor: str | None = Field(None, max_length=200, description="主管部门（默认为单位当时的上级）")
    purchasable: bool = Field(False, description="新增公共服务职能是否适宜政府购买服务")
    at: str | None = Field(None, max_length=40, description="审查日期（默认今天）")
    findings: list[StaffingReviewFinding] = Field([], max_length=200, description="已知的机构编制问题及整改情况")

    @field_validator("amount", mode="before")
    @classmethod
    def _whole_number(cls, value: Any) -> Any:
        """JSON has one number type: 2.0 is the whole number 2 (the schema's "integer" says so
        too); 2.5, true and "2" stay refused."""
        if type(value) is float and value.is_integer():
            return int(value)
        return value

    model_config = ConfigDict(strict=True, extra="forbid", json_schema_extra={"examples": [{"unit": "县自然资源局", "jurisdiction": "示例县",
                                                                            "kind": "行政编制", "amount": 2}]})


class StaffingReview(_Open):
    unit: StaffingUnitRef | None = None
    at: str
    accepted: bool
    decision: Literal["受理", "不予受理"]
    reasons: list[StaffingFinding]
    notes: list[str]
    summary: str
