"""The records of the graph.

Two layers, one per step of the data flow:

* Name-level statements (``Mention``, ``UnitStatement``, ``DutyStatement``, ``EventStatement``,
  ``StaffingStatement``, ``BoundaryStatement``) are what an ingester reads out of one
  document: units are still names as the document writes them. A ``DocumentFacts`` bundle
  holds them all for one document; it is stored as-is so the graph can be rebuilt.
* Resolved records (``Unit``, ``DutyClause``, ``Fact``, ``Ending``, ``Event``, ``Boundary``)
  are what the store holds after names were resolved to unit ids (``kg.apply``).

Everything that changes is a dated ``Fact`` (the one dated-value type): a subject, a
predicate, a value, ``valid_from``/``valid_to`` and its provenance. A later document does
not edit an earlier document's fact; it adds an ``Ending`` that closes it at a date. The
store derives the effective end (``Fact.valid_to``) from the endings, so deleting a
document's records reopens what it had closed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any, TypeVar

T = TypeVar("T")


class EventType(StrEnum):
    ESTABLISH = "establish"  # 组建/设立/新设
    RE_FORM = "re_form"  # 重新组建, 在X基础上组建, 整建制重组
    ABOLISH = "abolish"  # 不再保留/撤销
    MERGE_INTO = "merge_into"  # 并入
    RENAME = "rename"  # 更名
    TRANSFER_DUTY = "transfer_duty"  # 职责划入/划转
    TRANSFER_UNIT = "transfer_unit"  # 所属单位划入, 改由…管理
    ADD_SIGN = "add_sign"  # 加挂/保留牌子
    REMOVE_SIGN = "remove_sign"  # 不再保留牌子
    UPGRADE = "upgrade"  # 升格
    DOWNGRADE = "downgrade"  # 降格
    CHANGE_KIND = "change_kind"  # 由部门管理机构调整为直属机构
    CO_LOCATE = "co_locate"  # 合署办公
    STAFFING_CHANGE = "staffing_change"  # 核增/核减/划转/收回 编制




@dataclass(frozen=True)
class EventSemantics:
    """What an event type means, read by the applier (``kg.apply``), the table readers
    (``ingest.table_schema``), lineage (``queries.lineage``), event identity (``kg.identity``)
    and both stores. A new type is one entry here plus its ``_ev_<type>`` handler and tests.

    * ``whole``: inputs flow into the outputs as whole units (lineage follows them to any
      depth); a partial event moves only named duties (``named_sources`` for establish).
    * ``ends`` / ``starts``: what the event closes and opens (``exists``, ``name``, ``sign``,
      ``rank``, ``kind``, ``parent``, ``holds``, ``co_located``), for the documentation of
      the model and for readers that explain an event.
    * ``outputs``: how its outputs are found: ``new`` (resolved as units being established,
      ``for_new``), ``named`` (resolved as existing units), ``first_input`` (the renamed unit
      itself), ``none`` (a sign event: the sign is a name, not a unit).
    * ``relation``: the predicate it changes. ``duties_first``: applied before whole
      takeovers of the same day. ``family``: the type family duplicate counts group by.
    """

    label: str
    words: tuple[str, ...]
    whole: bool = False
    partial_inputs: bool = False
    ends: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    outputs: str = "named"
    relation: str | None = None
    duties_first: bool = False
    family: str = ""


EVENT_SEMANTICS: dict[EventType, EventSemantics] = {
    EventType.ESTABLISH: EventSemantics(
        "组建", ("组建", "设立", "新设", "成立", "增设", "新组建", "整合组建"), whole=True,
        starts=("exists", "name", "kind", "rank", "parent", "holds"), outputs="new", relation="exists",
        family="start"),
    EventType.RE_FORM: EventSemantics(
        "重新组建", ("重新组建", "整建制重组", "整合重组", "重组"), whole=True, ends=("exists", "holds"),
        starts=("exists", "name", "kind", "rank", "holds"), outputs="new", relation="exists", family="start"),
    EventType.ABOLISH: EventSemantics("不再保留", ("撤销", "不再保留", "不再设立"), ends=("exists",),
                                      relation="exists", family="end"),
    EventType.MERGE_INTO: EventSemantics("并入", ("并入", "合并", "整体并入"), whole=True, ends=("exists", "holds"),
                                         starts=("holds",), relation="exists", family="end"),
    EventType.RENAME: EventSemantics("更名", ("更名", "改名"), ends=("name",), starts=("name", "alias"),
                                     outputs="first_input", relation="name", family="rename"),
    EventType.TRANSFER_DUTY: EventSemantics(
        "职责划转", ("职责划转", "划入", "职责划入", "职责调整"), partial_inputs=True, ends=("holds",),
        starts=("holds",), relation="holds", duties_first=True, family="duty"),
    EventType.TRANSFER_UNIT: EventSemantics(
        "隶属调整", ("隶属调整", "划转单位", "单位划转", "隶属关系调整", "改变隶属关系"), ends=("parent",),
        starts=("parent",), relation="parent", family="parent"),
    EventType.ADD_SIGN: EventSemantics("加挂牌子", ("加挂牌子", "加挂", "对外保留牌子", "保留牌子"), starts=("sign",),
                                       outputs="none", relation="sign", family="sign"),
    EventType.REMOVE_SIGN: EventSemantics("摘除牌子", ("摘牌", "不再保留牌子", "摘除牌子", "撤销牌子"), ends=("sign",),
                                          outputs="none", relation="sign", family="sign"),
    EventType.UPGRADE: EventSemantics("升格", ("升格",), ends=("rank",), starts=("rank",), relation="rank",
                                      family="rank"),
    EventType.DOWNGRADE: EventSemantics("降格", ("降格",), ends=("rank",), starts=("rank",), relation="rank",
                                        family="rank"),
    EventType.CHANGE_KIND: EventSemantics("机构性质调整", ("性质调整", "机构性质调整", "类别调整"), ends=("kind", "parent"),
                                          starts=("kind", "parent"), relation="kind", family="kind"),
    EventType.CO_LOCATE: EventSemantics("合署办公", ("合署办公",), starts=("co_located",), relation="co_located",
                                        family="co_locate"),
    EventType.STAFFING_CHANGE: EventSemantics("编制调整", ("编制调整",), relation="staffing", family="staffing"),
}
assert set(EVENT_SEMANTICS) == set(EventType), "every event type has its semantics"

EVENT_LABELS = {t: s.label for t, s in EVENT_SEMANTICS.items()}

#: event types whose inputs flow whole into their outputs
WHOLE_EVENT_TYPES = frozenset(t for t, s in EVENT_SEMANTICS.items() if s.whole)


def partial_sources(event: Event) -> list[str]:
    """Inputs of ``event`` that gave only named duties, not their whole selves (lineage and
    both stores read it): every input of a partial type, else the named sources."""
    if EVENT_SEMANTICS[EventType(event.type)].partial_inputs:
        return list(event.inputs)
    return [str(u) for u in event.attrs.get("named_sources", [])]


class Predicate(StrEnum):
    EXISTS = "exists"  # the unit exists (value unused)
    NAME = "name"  # official name
    ALIAS = "alias"  # short name / other name
    SIGN = "sign"  # 牌子 (加挂 / 对外保留)
    RANK = "rank"  # 规格
    KIND = "kind"  # 机构类别
    PARENT = "parent"  # object = parent unit id, value = relation (管理/代管/所属/内设/主管)
    HOLDS = "holds"  # object = clause id, value = role (牵头/参与/None)
    STAFFING = "staffing"  # value = kind of post, amount = figure, extra['change']
    CO_LOCATED = "co_located"  # object = other unit


PARENT_RELATIONS = ("管理", "代管", "所属", "内设", "主管", "领导")
STAFFING_KINDS = ("行政编制", "事业编制", "政法专项编制", "工勤编制", "编制", "领导职数", "内设机构")
STAFFING_CHANGES = ("核定", "核增", "核减", "收回", "划转", "划入", "划出", "周转", "归还", "调剂", "实有")
#: kinds of post counted as quota (领导职数 and 内设机构 are counted apart)
POST_KINDS = ("行政编制", "事业编制", "政法专项编制", "工勤编制", "编制")
# counts of a place's bodies by class, kept as STAFFING rows on the owning body; not 编制 (tests/gold/README.md)
BODY_KINDS = ("政府工作部门", "党委机构", "党政机构")
#: changes that move posts in or out of a jurisdiction's pool (编制池)
POOL_CHANGES = ("收回", "周转", "归还", "调剂")
#: how a staffing row carries other reports of the same change inside its source sentence
ALSO_MARK = "\n另见："
RANKS = (
    "正部级", "副部级", "正厅级", "副厅级", "正局级", "副局级", "正处级", "副处级",
    "正县级", "副县级", "正科级", "副科级", "股级",
)


def stable_id(prefix: str, *parts: Any) -> str:
    """A short deterministic id, so re-ingesting a document produces the same ids."""
    digest = hashlib.blake2b("\x1f".join(str(p) for p in parts).encode("utf-8"), digest_size=8)
    return f"{prefix}_{digest.hexdigest()}"


@dataclass(frozen=True)
class Provenance:
    """Where a fact was read: the document, the character span and the sentence itself."""

    doc_id: str
    start: int = 0
    end: int = 0
    sentence: str = ""


# ---------------------------------------------------------------- name level (ingest output)


@dataclass(frozen=True)
class Mention:
    """A unit as a document names it. ``jurisdiction`` None means the document's own."""

    name: str
    jurisdiction: str | None = None


@dataclass
class UnitStatement:
    """The document states a unit exists, with whichever attributes it gives."""

    unit: Mention
    prov: Provenance
    kind: str | None = None
    rank: str | None = None
    parent: Mention | None = None
    parent_relation: str | None = None
    signs: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    valid_from: str | None = None
    valid_to: str | None = None


@dataclass
class DutyStatement:
    """One duty clause (a sentence of a 主要职责 item) held by a unit."""

    unit: Mention
    text: str
    prov: Provenance
    item: int | None = None
    category: str = "主要职责"  # 主要职责 | 职能转变 | 内设机构职责 | 职责分工 (a party's part of a BoundaryStatement) | 职责表述 (prose)
    role: str | None = None  # 牵头 | 参与 | 配合 | None
    valid_from: str | None = None


@dataclass
class DutyMove:
    """A duty named in an event sentence ("A的X职责"), moving from ``source``."""

    source: Mention | None
    text: str
    whole: bool = False  # "A的职责" with no phrase: every duty of A moves


@dataclass
class EventStatement:
    type: EventType
    prov: Provenance
    inputs: list[Mention] = field(default_factory=list)
    outputs: list[Mention] = field(default_factory=list)
    duties: list[DutyMove] = field(default_factory=list)
    date: str | None = None  # None: the document's date
    rank: str | None = None  # upgrade/downgrade
    kind: str | None = None  # establish / change_kind: the kind given ("作为国务院直属机构")
    relation: str | None = None  # transfer_unit / establish with parent: 管理/代管/所属
    parent: Mention | None = None  # establish "由B管理"
    sign: str | None = None  # add_sign / remove_sign: the sign's name
    # abolish with no output: the units formed in the same reform statement ("组建Z。……不再保留A。"),
    # linked at ingest (``ingest.extractors.links``); not part of the event's identity
    successors: list[Mention] = field(default_factory=list)
    # transfer_unit: the parent before the change when the sentence writes it ("A代管的X改由B代管",
    # "X由A管理调整为由B管理", "将A所属X划入B") and how A held it (代管/管理/所属 …; None: not written)
    former_parent: Mention | None = None
    former_relation: str | None = None


@dataclass
class StaffingStatement:
    unit: Mention | None  # None: the figure is for the jurisdiction (e.g. city-wide 收回)
    kind: str
    change: str
    amount: int
    prov: Provenance
    counterpart: Mention | None = None
    date: str | None = None
    funding: str | None = None  # 全额拨款 / 差额拨款 / 自收自支
    level: str | None = None  # 领导职数 level


@dataclass
class BoundaryStatement:
    """A 职责分工 statement: how a duty is divided between named units."""

    units: list[Mention]
    text: str
    prov: Provenance


@dataclass
class Document:
    id: str
    title: str
    date: str | None = None
    jurisdiction: str | None = "中央"  # None: the document names no place (and no central body)
    issuer: str | None = None
    number: str | None = None
    kind: str | None = None  # sanding | plan | notice | news | report | table
    path: str | None = None
    sha256: str | None = None
    text: str = ""
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class DocumentFacts:
    """Everything one document states, before name resolution."""

    document: Document
    units: list[UnitStatement] = field(default_factory=list)
    duties: list[DutyStatement] = field(default_factory=list)
    events: list[EventStatement] = field(default_factory=list)
    staffing: list[StaffingStatement] = field(default_factory=list)
    boundaries: list[BoundaryStatement] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (alias, full name)
    unparsed: list[Provenance] = field(default_factory=list)  # sentences for human review

    def counts(self) -> dict[str, int]:
        return {
            "units": len(self.units),
            "duties": len(self.duties),
            "events": len(self.events),
            "staffing": len(self.staffing),
            "boundaries": len(self.boundaries),
        }

    def is_empty(self) -> bool:
        return not any(self.counts().values())


# ---------------------------------------------------------------- resolved records (store)


@dataclass
class Jurisdiction:
    """A 行政区划: 中央 > 省 > 市 > 县 > 乡镇."""

    id: str  # the name itself, e.g. "白城市"; 中央 is "中央"
    name: str
    level: str = ""  # 中央 | 省 | 市 | 县 | 乡镇
    parent: str | None = None


@dataclass
class Unit:
    """A unit's identity: its jurisdiction and the name it was first known by.
    Everything else about it is a dated Fact."""

    id: str
    jurisdiction: str
    name: str


@dataclass
class DutyClause:
    """One duty sentence. Its holders over time are HOLDS facts, so a clause moved by a
    reform keeps its identity and its history."""

    id: str
    text: str
    prov: Provenance
    category: str = "主要职责"
    item: int | None = None


@dataclass
class Fact:
    id: str
    subject: str
    predicate: Predicate
    prov: Provenance
    value: str | None = None
    object: str | None = None
    amount: int | None = None
    valid_from: str | None = None
    valid_to: str | None = None  # stated end; the store folds endings into it on read
    event_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Ending:
    """Closes every fact of ``subject``/``predicate`` (matching ``object``/``value`` when
    given) that began before ``at``."""

    id: str
    subject: str
    predicate: Predicate
    at: str
    prov: Provenance
    value: str | None = None
    object: str | None = None
    event_id: str | None = None


@dataclass
class ClauseMove:
    clause_id: str
    source: str | None  # unit id
    target: str | None  # unit id


@dataclass
class Event:
    id: str
    type: EventType
    date: str | None
    prov: Provenance
    inputs: list[str] = field(default_factory=list)  # unit ids
    outputs: list[str] = field(default_factory=list)  # unit ids
    moves: list[ClauseMove] = field(default_factory=list)
    # rank, kind, sign, staffing …; on abolish "successors": [{"unit", "event"}] (the units its reform
    # statement formed, with the forming event of the same document); on transfer_unit
    # "former_parent" (unit id) and "former_relation"
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Boundary:
    id: str
    units: list[str]
    text: str
    prov: Provenance


@dataclass
class Records:
    """The resolved records of one document, written to the store in one transaction."""

    units: list[Unit] = field(default_factory=list)
    jurisdictions: list[Jurisdiction] = field(default_factory=list)
    clauses: list[DutyClause] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    endings: list[Ending] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    boundaries: list[Boundary] = field(default_factory=list)

    def items(self) -> Iterator[tuple[str, Any]]:
        """(kind, record) for every record a document owns: clause, fact, ending, event,
        boundary (units and jurisdictions are shared, not owned)."""
        for kind, items in (("clause", self.clauses), ("fact", self.facts), ("ending", self.endings),
                            ("event", self.events), ("boundary", self.boundaries)):
            for item in items:
                yield kind, item

    def unit_refs(self) -> set[str]:
        """Every unit these records refer to."""
        refs: set[str] = set()
        for kind, item in self.items():
            refs |= record_unit_refs(kind, item)
        return refs


def event_units(event: Any) -> set[str]:
    """The units an event concerns (inputs, outputs, duty givers and takers): the units whose
    events list it, in every backend. A unit an event only names in its attrs (a former parent,
    a successor) is kept alive by it (``record_unit_refs``) but does not list it."""
    refs = set(event.inputs) | set(event.outputs)
    for move in event.moves:
        refs.update(x for x in (move.source, move.target) if x)
    return refs


def record_unit_refs(kind: str, item: Any) -> set[str]:
    """Unit ids a resolved record refers to: the units a document keeps alive. Every backend
    uses this to find the units a deleted or replaced document leaves orphaned. ``kind`` is
    one of clause, fact, ending, event, boundary."""
    if kind in ("fact", "ending"):
        refs: set[str] = set()
        extra = getattr(item, "extra", None) or {}
        if extra.get("scope") != "jurisdiction":  # a figure for a whole 行政区划, not a unit
            refs.add(item.subject)
        if item.object and item.predicate in (Predicate.PARENT, Predicate.CO_LOCATED):
            refs.add(item.object)
        if extra.get("counterpart"):
            refs.add(extra["counterpart"])
        return refs
    if kind == "event":
        refs = event_units(item)
        attrs = getattr(item, "attrs", None) or {}
        if attrs.get("former_parent"):
            refs.add(attrs["former_parent"])
        refs.update(s["unit"] for s in attrs.get("successors", []))
        return refs
    if kind == "boundary":
        return set(item.units)
    return set()


# ---------------------------------------------------------------- (de)serialization


def to_dict(obj: Any) -> Any:
    """Dataclass → JSON-ready dict (enums become their values)."""
    if hasattr(obj, "__dataclass_fields__"):
        return {k: to_dict(v) for k, v in asdict(obj).items()}
    if isinstance(obj, StrEnum):
        return obj.value
    if isinstance(obj, list | tuple):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Inverse of ``to_dict`` for the record types of this module."""
    hints = {f.name: f.type for f in fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for name, value in data.items():
        if name not in hints:
            continue
        kwargs[name] = _convert(str(hints[name]), value)
    return cls(**kwargs)


_TYPES: dict[str, type] = {}


def _convert(hint: str, value: Any) -> Any:
    if value is None:
        return None
    for type_name, type_ in _TYPES.items():
        if hint == type_name or hint.startswith(type_name + " |"):
            return from_dict(type_, value) if not issubclass(type_, StrEnum) else type_(value)
        if hint in (f"list[{type_name}]",):
            return [from_dict(type_, v) for v in value]
    if hint.startswith("list[tuple"):
        return [tuple(v) for v in value]
    return value


_TYPES.update(
    {
        "Provenance": Provenance,
        "Mention": Mention,
        "DutyMove": DutyMove,
        "UnitStatement": UnitStatement,
        "DutyStatement": DutyStatement,
        "EventStatement": EventStatement,
        "StaffingStatement": StaffingStatement,
        "BoundaryStatement": BoundaryStatement,
        "Document": Document,
        "ClauseMove": ClauseMove,
        "EventType": EventType,
        "Predicate": Predicate,
    }
)
