"""The ledger (台账) table format: record types, columns, aliases, enum values, row validation.

One definition serves every file format (csv, xlsx, json, yaml): a reader only turns its
file into raw rows ``{header: value}``; this module maps headers to columns and turns a raw
row into typed values, or into a list of ``(column, message)`` problems with Chinese messages.
``docs/table-schema.md`` documents the same tables for users; a test keeps both in step.

Typed values by column kind:

* ``text``   → ``str | None`` (stripped)
* ``names``  → ``list[str]`` (unit names or signs, separated by 、，,；;/newline)
* ``duties`` → ``list[tuple[str | None, str]]`` ((giver or None, duty phrase)), see ``split_duties``
* ``date``   → ``str | None`` in ``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD``
* ``int``    → ``int | None`` (≥ 0; Arabic or Chinese numerals)
* ``enum``   → ``str | None`` canonical value
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kg.dates import parse_partial
from kg.errors import InvalidDate
from kg.model import EVENT_SEMANTICS, RANKS, EventType
from kg.text import parse_cn_number

# ---------------------------------------------------------------- enum maps (spelling → value)

# the words a table may use for each event type: kg.model.EVENT_SEMANTICS
EVENT_TYPE_WORDS: dict[str, EventType] = {}
for _type, _meaning in EVENT_SEMANTICS.items():
    for _w in (*_meaning.words, _type.value):
        EVENT_TYPE_WORDS[_w] = _type

PARENT_RELATION_WORDS = {
    "管理": "管理", "由其管理": "管理", "managed": "管理", "managed_by": "管理",
    "代管": "代管", "entrusted": "代管",
    "所属": "所属", "直属": "所属", "下属": "所属", "affiliated": "所属", "belongs_to": "所属",
    "内设": "内设", "内设机构": "内设", "internal": "内设",
    "主管": "主管", "supervised": "主管",
    "领导": "领导", "led_by": "领导",
}

DUTY_CATEGORY_WORDS = {
    "主要职责": "主要职责", "main": "主要职责",
    "内设机构职责": "内设机构职责", "internal": "内设机构职责",
    "职能转变": "职能转变", "transformation": "职能转变",
}

DUTY_ROLE_WORDS = {
    "牵头": "牵头", "lead": "牵头",
    "参与": "参与", "participate": "参与",
    "配合": "配合", "assist": "配合", "support": "配合",
}

STAFFING_KIND_WORDS = {
    "行政编制": "行政编制", "机关行政编制": "行政编制", "行政编": "行政编制", "administrative": "行政编制",
    "事业编制": "事业编制", "事业编": "事业编制", "public_institution": "事业编制",
    "政法专项编制": "政法专项编制", "政法专项": "政法专项编制", "political_legal": "政法专项编制",
    "工勤编制": "工勤编制", "机关工勤编制": "工勤编制", "工勤人员编制": "工勤编制", "logistics": "工勤编制",
    "编制": "编制", "人员编制": "编制", "posts": "编制",
    "领导职数": "领导职数", "leadership": "领导职数",
    "内设机构": "内设机构", "内设机构数": "内设机构", "divisions": "内设机构",
}

STAFFING_CHANGE_WORDS = {
    "核定": "核定", "核准": "核定", "set": "核定",
    "核增": "核增", "增加": "核增", "increase": "核增",
    "核减": "核减", "减少": "核减", "精简": "核减", "decrease": "核减",
    "收回": "收回", "收回空编": "收回", "reclaim": "收回",
    "划转": "划转", "transfer": "划转",
    "划入": "划入", "调入": "划入", "transfer_in": "划入",
    "划出": "划出", "调出": "划出", "transfer_out": "划出",
    "周转": "周转", "周转使用": "周转", "借用周转编制": "周转", "lend": "周转",
    "归还": "归还", "周转归还": "归还", "return": "归还",
    "调剂": "调剂", "reallocate": "调剂",
    "实有": "实有", "实有人数": "实有", "在编": "实有", "actual": "实有",
}

FUNDING_WORDS = {
    "全额拨款": "全额拨款", "全额": "全额拨款", "财政全额拨款": "全额拨款", "full": "全额拨款",
    "差额拨款": "差额拨款", "差额": "差额拨款", "财政差额拨款": "差额拨款", "partial": "差额拨款",
    "自收自支": "自收自支", "self": "自收自支", "self_funded": "自收自支",
}

# 机构类别 stays as written; it is accepted when, after dropping a known qualifier in front
# ("县政府", "公益一类" …), what remains is a known kind.
KIND_BASES = (
    "党委工作机关", "党委工作部门", "工作机关", "工作部门", "组成部门", "职能部门", "办事机构", "派出机关",
    "直属特设机构", "直属机构", "部门管理机构", "议事协调机构", "决策议事协调机构", "派出机构",
    "事业单位", "事业机构", "内设机构", "下设机构", "乡镇", "乡", "镇", "街道", "街道办事处",
    "纪检监察机关", "纪律检查机关", "监察机关", "人大机关", "政协机关", "审判机关", "检察机关",
    "群团机关", "民主党派机关", "行政机关", "行政执法机构", "综合行政执法机构", "派驻机构",
)
KIND_QUALIFIERS = (
    "党中央", "中央", "国务院", "省委", "市委", "州委", "县委", "区委", "党委", "省政府", "市政府", "州政府",
    "县政府", "区政府", "政府", "省", "市", "县", "区", "公益一类", "公益二类", "生产经营类",
    "参照公务员法管理的", "参照公务员法管理", "参公管理", "参公", "承担行政职能的", "行政类", "全额拨款",
    "差额拨款", "自收自支",
)

_RANK_ALIASES = {"正处(县)级": "正处级", "副处(县)级": "副处级", "正厅(局)级": "正厅级", "副厅(局)级": "副厅级",
                 "正县处级": "正处级", "副县处级": "副处级", "正局级": "正局级"}


def canonical_rank(value: str) -> str | None:
    """'正处(县)级' → '正处级', '正科' → '正科级', '相当于正科级' → '正科级'; None if unknown."""
    text = unicodedata.normalize("NFKC", value).strip().replace(" ", "")
    text = text.removeprefix("相当于").removesuffix("规格")
    text = _RANK_ALIASES.get(text, text)
    text = re.sub(r"\(.*?\)", "", text)
    if not text.endswith("级"):
        text += "级"
    return text if text in RANKS else None


def known_kind(value: str) -> bool:
    text = unicodedata.normalize("NFKC", value).strip()
    changed = True
    while changed:
        if text in KIND_BASES:
            return True
        changed = False
        for q in sorted(KIND_QUALIFIERS, key=len, reverse=True):
            if text.startswith(q) and len(text) > len(q):
                text = text[len(q):]
                changed = True
                break
    return False


# ---------------------------------------------------------------- columns and record types


@dataclass(frozen=True, eq=False)
class Column:
    name: str  # canonical Chinese header
    kind: str  # text | names | duties | date | int | enum | kind | rank
    required: bool = False
    aliases: tuple[str, ...] = ()  # other accepted headers, Chinese and English
    values: Mapping[str, str] | None = None  # for enum: accepted spelling → value
    doc: str = ""


@dataclass(frozen=True)
class RecordType:
    key: str  # English key: units | duties | events | staffing | boundaries
    name: str  # Chinese name: sheet name / section key / "# 类型:" value
    aliases: tuple[str, ...]
    columns: tuple[Column, ...]
    _index: dict[str, Column] = field(default_factory=dict, compare=False, repr=False)

    def column(self, header: Any) -> Column | None:
        """The column a header names, or None when unknown."""
        if not self._index:
            for col in self.columns:
                for spelling in (col.name, *col.aliases):
                    self._index[header_key(spelling)] = col
        return self._index.get(header_key(header))

    @property
    def required(self) -> list[Column]:
        return [c for c in self.columns if c.required]


def header_key(header: Any) -> str:
    """How a header is compared: NFKC, no spaces or '*' marks, no trailing '(…)' hint, lower case."""
    text = unicodedata.normalize("NFKC", str(header or "")).strip()
    text = re.sub(r"[\s*＊]", "", text)
    text = re.sub(r"\(.*\)$", "", text)
    return text.lower()


_EVENT_TYPE_DOC = "组建/设立/新设→establish, 重新组建/整建制重组→re_form, 撤销/不再保留→abolish, …"

UNITS = RecordType("units", "单位", ("单位", "units", "unit", "机构", "单位名录", "机构名录"), (
    Column("名称", "text", True, ("单位名称", "机构名称", "name", "unit", "unit_name"),
           doc="the unit's name as the ledger writes it (local names such as 县自然资源局)"),
    Column("行政区划", "text", False, ("区划", "jurisdiction"),
           doc="the jurisdiction; empty = the file's own"),
    Column("机构类别", "kind", False, ("类别", "机构性质", "kind", "category"), doc="kind of unit"),
    Column("规格", "rank", False, ("级别", "机构规格", "rank"), doc="rank, e.g. 正科级"),
    Column("上级单位", "text", False, ("主管单位", "主管部门", "上级", "parent"), doc="parent unit"),
    Column("隶属关系", "enum", False, ("隶属", "relation", "parent_relation"), values=PARENT_RELATION_WORDS,
           doc="relation to the parent"),
    Column("加挂牌子", "names", False, ("牌子", "加挂", "signs", "sign"), doc="signs, 、-separated"),
    Column("简称/别名", "names", False, ("简称", "别名", "简称、别名", "曾用名", "aliases", "alias", "short_name"),
           doc="short and former names, 、-separated"),
    Column("成立日期", "date", False, ("设立日期", "组建日期", "established", "valid_from", "from"),
           doc="date the unit was set up"),
    Column("撤销日期", "date", False, ("不再保留日期", "abolished", "valid_to", "to"),
           doc="date the unit ended"),
))

DUTIES = RecordType("duties", "职责", ("职责", "duties", "duty", "主要职责", "职责清单"), (
    Column("单位", "text", True, ("单位名称", "机构名称", "unit"), doc="the unit holding the duty"),
    Column("职责", "text", True, ("职责内容", "duty", "text"), doc="one duty clause"),
    Column("序号", "int", False, ("项", "条目", "item", "no"), doc="item number in the 主要职责 list"),
    Column("类别", "enum", False, ("职责类别", "category"), values=DUTY_CATEGORY_WORDS,
           doc="主要职责 (default) / 内设机构职责 / 职能转变"),
    Column("角色", "enum", False, ("role",), values=DUTY_ROLE_WORDS, doc="牵头 / 参与 / 配合"),
    Column("起始日期", "date", False, ("日期", "valid_from", "from", "date"), doc="date the duty starts"),
))

EVENTS = RecordType("events", "事件", ("事件", "events", "event", "沿革", "机构沿革", "历史沿革"), (
    Column("类型", "enum", True, ("事件类型", "type", "event_type"), values=EVENT_TYPE_WORDS, doc=_EVENT_TYPE_DOC),
    Column("日期", "date", True, ("date",), doc="date of the event"),
    Column("来源单位", "names", False, ("原单位", "inputs", "sources", "from_units"), doc="input units"),
    Column("结果单位", "names", False, ("新单位", "outputs", "results", "to_units"), doc="output units"),
    Column("划转职责", "duties", False, ("职责", "duties", "moved_duties"), doc="duty phrases moved"),
    Column("规格", "rank", False, ("rank",), doc="new rank (升格/降格) or the new unit's rank"),
    Column("机构类别", "kind", False, ("类别", "kind"), doc="kind of the new unit / the new kind"),
    Column("隶属关系", "enum", False, ("relation",), values=PARENT_RELATION_WORDS, doc="relation to the parent"),
    Column("上级单位", "text", False, ("parent",), doc="parent of a new unit / new parent"),
    Column("牌子", "text", False, ("加挂牌子", "sign"), doc="the sign added or removed"),
    Column("依据", "text", False, ("来源", "文件", "source", "basis", "sentence"),
           doc="source sentence or document reference"),
))

STAFFING = RecordType("staffing", "编制", ("编制", "staffing", "编制台账", "人员编制"), (
    Column("单位", "text", False, ("单位名称", "unit"), doc="the unit; empty = the jurisdiction (e.g. the pool)"),
    Column("编制类型", "enum", True, ("类型", "kind", "post_kind"), values=STAFFING_KIND_WORDS, doc="kind of post"),
    Column("变动", "enum", True, ("变动类型", "事项", "change"), values=STAFFING_CHANGE_WORDS, doc="kind of change"),
    Column("数量", "int", True, ("数", "名额", "amount", "count"), doc="number of posts (≥ 0)"),
    Column("对方单位", "text", False, ("counterpart",), doc="the other side of a 划转/划入/划出"),
    Column("日期", "date", False, ("date",), doc="date of the figure"),
    Column("经费形式", "enum", False, ("经费", "funding"), values=FUNDING_WORDS, doc="funding of 事业编制"),
    Column("职级", "text", False, ("level",), doc="level of 领导职数"),
    Column("依据", "text", False, ("来源", "文件", "source", "basis", "sentence"),
           doc="source sentence or document reference"),
))

BOUNDARIES = RecordType("boundaries", "分工", ("分工", "职责分工", "boundaries", "boundary"), (
    Column("单位", "names", True, ("单位名称", "units", "unit"), doc="two or more units, 、-separated"),
    Column("内容", "text", True, ("分工内容", "text", "content"), doc="the 职责分工 statement"),
))

RECORD_TYPES: tuple[RecordType, ...] = (UNITS, DUTIES, EVENTS, STAFFING, BOUNDARIES)

META_KEYS = {
    "标题": "title", "title": "title", "名称": "title",
    "行政区划": "jurisdiction", "jurisdiction": "jurisdiction", "区划": "jurisdiction",
    "日期": "date", "date": "date",
    "发文单位": "issuer", "issuer": "issuer", "制表单位": "issuer",
    "文号": "number", "number": "number",
    "上级行政区划": "parent_jurisdiction", "parent_jurisdiction": "parent_jurisdiction",
}
META_SECTION_NAMES = ("说明", "文件", "meta", "document", "metadata")


def record_type_named(name: Any) -> RecordType | None:
    """The record type a sheet name, section key or '# 类型:' value names."""
    key = header_key(name)
    for rtype in RECORD_TYPES:
        if key in {header_key(a) for a in (rtype.name, rtype.key, *rtype.aliases)}:
            return rtype
    return None


def is_meta_section(name: Any) -> bool:
    return header_key(name) in {header_key(n) for n in META_SECTION_NAMES}


def detect_record_type(headers: list[Any]) -> tuple[RecordType | None, str]:
    """The record type whose required columns the headers hold, with the best coverage.
    Returns (None, reason) when none or several fit equally."""
    scored = []
    for rtype in RECORD_TYPES:
        cols = {rtype.column(h) for h in headers} - {None}
        if all(c in cols for c in rtype.required):
            scored.append((len(cols), rtype))
    if not scored:
        return None, "无法根据表头判断记录类型"
    scored.sort(key=lambda x: -x[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None, f"表头同时符合“{scored[0][1].name}”和“{scored[1][1].name}”"
    return scored[0][1], ""


# ---------------------------------------------------------------- value conversion

_EXCEL_ERRORS = {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"}
_LIST_SPLIT = re.compile(r"[、，,；;\n]+")
_DUTY_SPLIT = re.compile(r"[；;\n]+")
_DUTY_END = re.compile(r"(职责|职能|工作|任务)$")
_SOURCE_PREFIX = re.compile(r"^([^:：]{2,40})[:：](.+)$")


class CellProblem(Exception):
    """A cell value that cannot be used; the message is Chinese."""


def show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"“{value}”"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellProblem(f"{show(value)}不是文字")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, list | tuple | dict):
        raise CellProblem("应为一段文字，不能是列表")
    text = str(value).strip()
    if text in _EXCEL_ERRORS:
        raise CellProblem(f"单元格有公式错误（{text}）")
    return text or None


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list | tuple) else [value]
    out: list[str] = []
    for item in items:
        text = _text(item)
        if text is None:
            continue
        parts = [text] if isinstance(value, list | tuple) else _LIST_SPLIT.split(text)
        out.extend(p.strip() for p in parts if p.strip())
    return out


def split_duties(value: Any) -> list[tuple[str | None, str]]:
    """Duty phrases with their optional giver ("单位:职责").

    Items are separated by ；/;/newline, and by 、 where the part before it is a complete
    phrase (ends with 职责/职能/工作/任务) or the part after it names a giver. So
    "森林、湿地等资源调查和确权登记管理职责" stays one phrase, while
    "草原防火职责、森林防火职责" is two. A list value (JSON/YAML) gives one phrase per item.
    """
    if value is None:
        return []
    pieces: list[str] = []
    if isinstance(value, list | tuple):
        pieces = [t for t in (_text(v) for v in value) if t]
    else:
        text = _text(value) or ""
        for chunk in _DUTY_SPLIT.split(text):
            current = ""
            for part in chunk.split("、"):
                part = part.strip()
                if not part:
                    continue
                if current and (_DUTY_END.search(current) or _SOURCE_PREFIX.match(part)):
                    pieces.append(current)
                    current = part
                else:
                    current = f"{current}、{part}" if current else part
            if current:
                pieces.append(current)
    out: list[tuple[str | None, str]] = []
    for piece in pieces:
        m = _SOURCE_PREFIX.match(piece)
        if m:
            out.append((m.group(1).strip(), m.group(2).strip()))
        else:
            out.append((None, piece.strip()))
    return out


def parse_date(value: Any) -> str | None:
    """A cell as a partial date. Excel date cells arrive already converted by the reader
    (as 'YYYY-MM-DD' / 'YYYY-MM' / 'YYYY'); YAML gives ``date`` objects; years may be numbers."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        raise CellProblem(f"{show(value)}不是日期")
    if isinstance(value, float):
        if not value.is_integer():
            raise CellProblem(f"{show(value)}不是有效日期，请把该列设为文本格式后写成 2018-03")
        value = int(value)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    try:
        parsed = parse_partial(text)
    except InvalidDate:
        parsed = None
    if parsed is None or not 1900 <= int(parsed[:4]) <= 2100:
        raise CellProblem(f"{show(value)}不是有效日期，请写成 2018、2018-03、2018-03-21 或 2018年3月")
    return parsed


def parse_amount(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise CellProblem(f"{show(value)}不是整数")
    if isinstance(value, int):
        number: int | None = value
    elif isinstance(value, float):
        number = int(value) if value.is_integer() else None
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        text = re.sub(r"(名|人|个|项)$", "", text)
        if re.fullmatch(r"-\s*\d+", text):
            raise CellProblem(f"{show(value)}不能为负数")
        number = parse_cn_number(text)
    if number is None:
        raise CellProblem(f"{show(value)}不是整数")
    if number < 0:
        raise CellProblem(f"{show(value)}不能为负数")
    return number


def parse_enum(col: Column, value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    assert col.values is not None
    key = unicodedata.normalize("NFKC", text).replace(" ", "")
    found = col.values.get(key) or col.values.get(key.lower())
    if found is None:
        accepted = "、".join(dict.fromkeys(v for k, v in col.values.items() if not k.isascii()))
        if col.name == "类型" and col.values is EVENT_TYPE_WORDS:
            accepted = "、".join(w for w, t in EVENT_TYPE_WORDS.items() if not w.isascii())
        raise CellProblem(f"{show(text)}不是可用的值，可选：{accepted}")
    return str(found.value) if isinstance(found, EventType) else found


def convert(col: Column, value: Any) -> Any:
    """One cell to its typed value (see the module docstring); raises CellProblem."""
    if col.kind == "text":
        return _text(value)
    if col.kind == "names":
        return _names(value)
    if col.kind == "duties":
        return split_duties(value)
    if col.kind == "date":
        return parse_date(value)
    if col.kind == "int":
        return parse_amount(value)
    if col.kind == "enum":
        return parse_enum(col, value)
    if col.kind == "rank":
        text = _text(value)
        if text is None:
            return None
        rank = canonical_rank(text)
        if rank is None:
            raise CellProblem(f"{show(text)}不是可用的规格，可选：{'、'.join(RANKS)}")
        return rank
    if col.kind == "kind":
        text = _text(value)
        if text is None:
            return None
        if not known_kind(text):
            raise CellProblem(
                f"{show(text)}不是可识别的机构类别（如 党委工作机关、政府工作部门、事业单位、内设机构、乡镇、街道办事处）"
            )
        return text
    raise AssertionError(col.kind)


# ---------------------------------------------------------------- row validation

Problems = list[tuple[str | None, str]]  # (column name or None, Chinese message)


def validate_row(rtype: RecordType, raw: Mapping[Column, Any]) -> tuple[dict[str, Any], Problems]:
    """Typed values of one row (keyed by canonical column name) and its problems."""
    values: dict[str, Any] = {}
    problems: Problems = []
    for col in rtype.columns:
        try:
            values[col.name] = convert(col, raw.get(col))
        except CellProblem as exc:
            problems.append((col.name, str(exc)))
            values[col.name] = None
            continue
        if col.required and values[col.name] in (None, [], ""):
            problems.append((col.name, "必填，不能为空"))
    if not problems:
        problems.extend(_CHECKS[rtype.key](values))
    return values, problems


def _check_unit(v: dict[str, Any]) -> Problems:
    out: Problems = []
    if v["隶属关系"] and not v["上级单位"]:
        out.append(("上级单位", f"填写了隶属关系“{v['隶属关系']}”，但没有填写上级单位"))
    if v["成立日期"] and v["撤销日期"] and v["撤销日期"] < v["成立日期"]:
        out.append(("撤销日期", f"撤销日期{v['撤销日期']}早于成立日期{v['成立日期']}"))
    return out


def _check_duty(v: dict[str, Any]) -> Problems:
    return []


def _check_boundary(v: dict[str, Any]) -> Problems:
    if len(v["单位"]) < 2:
        return [("单位", "职责分工至少要有两个单位（用“、”分隔）")]
    return []


def _check_staffing(v: dict[str, Any]) -> Problems:
    if v["变动"] in ("划转", "划入", "划出") and v["对方单位"] and v["对方单位"] == v["单位"]:
        return [("对方单位", "对方单位不能与单位相同")]
    return []


def _check_event(v: dict[str, Any]) -> Problems:
    """Which columns each event type needs (see docs/table-schema.md)."""
    t = EventType(v["类型"])
    ins, outs = v["来源单位"], v["结果单位"]
    out: Problems = []

    def need(col: str, what: str) -> None:
        if not v[col]:
            out.append((col, f"“{EVENT_TYPE_LABEL[t]}”事件需要填写{what}"))

    def one(col: str, what: str) -> None:
        if len(v[col]) > 1:
            out.append((col, f"“{EVENT_TYPE_LABEL[t]}”事件只能有一个{what}，多个请分行填写"))

    if t in (EventType.ESTABLISH, EventType.RE_FORM):
        need("结果单位", "结果单位（新组建的单位）")
    elif t == EventType.ABOLISH:
        if not ins and not outs:
            need("来源单位", "来源单位（撤销的单位）")
    elif t == EventType.MERGE_INTO:
        need("来源单位", "来源单位（被并入的单位）")
        need("结果单位", "结果单位（并入的目标单位）")
        one("结果单位", "结果单位")
    elif t == EventType.RENAME:
        need("来源单位", "来源单位（原名称）")
        need("结果单位", "结果单位（新名称）")
        one("来源单位", "来源单位")
        one("结果单位", "结果单位")
    elif t == EventType.TRANSFER_DUTY:
        need("划转职责", "划转职责")
        need("结果单位", "结果单位（接收职责的单位）")
        one("结果单位", "结果单位")
    elif t == EventType.TRANSFER_UNIT:
        need("来源单位", "来源单位（调整隶属关系的单位）")
        if not outs and not v["上级单位"]:
            out.append(("上级单位", "“隶属调整”事件需要填写上级单位（新的上级单位）或结果单位"))
        elif outs and v["上级单位"] and outs != [v["上级单位"]]:
            out.append(("上级单位", "上级单位与结果单位不一致"))
        one("结果单位", "结果单位")
    elif t in (EventType.ADD_SIGN, EventType.REMOVE_SIGN):
        if not ins and not outs:
            need("来源单位", "来源单位（挂牌的单位）")
        elif not v["牌子"] and not (ins and len(outs) == 1):
            need("牌子", "牌子名称")
    elif t in (EventType.UPGRADE, EventType.DOWNGRADE):
        if not ins and not outs:
            need("来源单位", "来源单位")
        need("规格", "规格（调整后的规格）")
    elif t == EventType.CHANGE_KIND:
        if not ins and not outs:
            need("来源单位", "来源单位")
        need("机构类别", "机构类别（调整后的类别）")
    elif t == EventType.CO_LOCATE and len(set(ins) | set(outs)) < 2:
        out.append(("来源单位", "“合署办公”事件至少要有两个单位"))
    return out


_CHECKS = {
    "units": _check_unit,
    "duties": _check_duty,
    "events": _check_event,
    "staffing": _check_staffing,
    "boundaries": _check_boundary,
}

#: how a table names each type in its messages: the type's first table word
EVENT_TYPE_LABEL = {t: meaning.words[0] for t, meaning in EVENT_SEMANTICS.items()}
