"""Score the extractor against the gold standard, dev and blind side by side (issue 10).

A gold file (tests/gold/*.yaml = dev, tests/gold/blind/*.yaml = blind; split in
tests/gold/split.yaml) lists what a careful reader finds in one document, with FULL resolved
names (the place included: 白城市自然资源局, not 市自然资源局). The document is read through the
real pipeline (``ingest.pipeline.parse_file``: readers, date and jurisdiction detection,
extraction); every predicted name is resolved the way the store resolves it
(``kg.names.place_name`` + ``display_name``) and compared whole:

* names match only when equal after normalization, or when one is a generic variant of the
  other (和 dropped, 委员会 → 委, a leading 国家 dropped: ``kg.names.name_variants``), or
  when they differ only in 人民政府 written 政府 (福建省政府 = 福建省人民政府); no
  containment, so "实施设置省农业农村厅" or "某县某县融媒体中心" never count as hits;
* units are keyed by (name, kind, rank, parent, signs); events by (type, inputs, outputs,
  date), a duty transfer by each (giver, receiver) pair (``event_rows``); a date matches when
  the two agree to the precision of the less precise one;
* every predicted row is matched at most once: a duplicate prediction counts against
  precision; a document that yields nothing adds no predictions but all its gold is missed;
* per-document recall over all fact types is printed (the worst ten), so no document hides
  behind the pooled figure.

Coverage: the share of sentences carrying establishment wording (a word list frozen here, not
the extractor's regex) that produced at least one fact.

Run ``python -m tests.gold_score`` for the tables without pytest.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from kg.divisions import divisions
from kg.model import BODY_KINDS, DocumentFacts, Mention
from kg.names import builtin_aliases, builtin_gazetteer, display_name, name_variants, place_name
from kg.paths import shared_dir
from kg.text import normalize_name, normalize_text

GOLD_DIR = Path(__file__).parent / "gold"
SPLIT_FILE = GOLD_DIR / "split.yaml"
BLIND_HASH_FILE = GOLD_DIR / "blind.sha256"
FACT_TYPES = ("events", "units", "duties", "staffing", "duty_moves", "boundaries", "jurisdiction", "date")
# Looser comparisons, printed below the strict table for dev and blind alike: they say which
# part of a fact fails (an event right but for its date; a unit named right but described
# wrong). Never scored, never used for floors; misses are not listed.
RELAXED = {"events~date": "events", "units~name": "units", "staffing~unit": "staffing", "staffing~place": "staffing"}

# Establishment wording, frozen for the coverage figure (deliberately NOT the extractor's regex:
# a narrower extractor regex must not be able to raise coverage).
ESTABLISHMENT_WORDS = (
    "组建", "划入", "划转", "划归", "划给", "牌子", "更名", "改称", "撤销", "不再保留", "不再设立", "合并", "并入",
    "升格", "降格", "核增", "核减", "收回", "调整为", "改为", "改建为", "新设", "增设", "设立", "成立", "挂牌",
    "揭牌", "整合", "重组", "合署", "代管", "改由", "归口管理", "核定", "设在", "派出机构", "主要职责",
)
_FIGURE = re.compile(r"编制\s*\d|\d+\s*名[^。]{0,6}编制|编制[^。]{0,8}\d+\s*名")


# ---------------------------------------------------------------------------
# Gold files and the split
# ---------------------------------------------------------------------------


def dev_files() -> list[Path]:
    return sorted(p for p in GOLD_DIR.glob("*.yaml") if p != SPLIT_FILE)


def blind_files() -> list[Path]:
    return sorted((GOLD_DIR / "blind").glob("*.yaml"))


def blind_hash(files: Iterable[Path] | None = None) -> str:
    """sha256 over the blind gold files (name and bytes), in name order."""
    digest = hashlib.sha256()
    for path in sorted(files if files is not None else blind_files()):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def load_gold(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------


_MASKED_PLACE = re.compile(r"^(?:某|[*＊xX]{1,3})(?=[省市县区州镇乡])")


def norm(name: str | None) -> str | None:
    """Normalized name; a masked place ("某市", "**市", "x市") is as unknown as a bare "市"."""
    return None if name is None else _MASKED_PLACE.sub("", normalize_name(normalize_text(name)))


def same_name(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    na, nb = norm(a), norm(b)
    if na == nb:
        return True
    assert na is not None and nb is not None
    if _GOVERNMENT.sub("政府", na) == _GOVERNMENT.sub("政府", nb):
        return True  # 福建省政府 is 福建省人民政府: the people's government is written both ways
    return na in name_variants(nb) or nb in name_variants(na)


_GOVERNMENT = re.compile(r"人民政府")


def same_names(xs: Iterable[str], ys: Iterable[str]) -> bool:
    left, right = list(xs), list(ys)
    if len(left) != len(right):
        return False
    for x in left:
        for k, y in enumerate(right):
            if same_name(x, y):
                del right[k]
                break
        else:
            return False
    return True


def same_date(gold: str | None, pred: str | None) -> bool:
    """The prediction agrees with the gold and is at least as precise ("2019-02-22" for a gold
    "2019" is right; "2019" for a gold "2019-02-22" is not)."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return str(pred).startswith(str(gold))


class Resolver:
    """Predicted mention → the full name the store would show."""

    def __init__(self, jurisdiction: str | None) -> None:
        self.jurisdiction = jurisdiction or "中央"
        self.gazetteer = builtin_gazetteer().copy()
        if self.jurisdiction != "中央":
            self.gazetteer.add(self.jurisdiction)  # as the applier registers the document's place

    def full(self, mention) -> str | None:
        if mention is None:
            return None
        if mention.name.endswith("部门"):
            return mention.name  # a class of units (农业部门), kept as written by the gold convention
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?:乡|镇|街道)", mention.name) or divisions().level(mention.name) == "乡镇":
            return mention.name  # a township named as a body is the township itself (燎原乡)
        itself = divisions().division_itself(normalize_name(mention.name))
        if itself:
            return itself  # a division with or without its ancestors written: 山东省济宁地区 = 济宁地区
        jur = mention.jurisdiction or self.jurisdiction
        placed = place_name(mention.name, jur, self.gazetteer)
        # a short local stem the store expands (市食药监局 → 食品药品监督管理局, kg.short_forms)
        return display_name(placed.jurisdiction, builtin_aliases().full_local(placed.jurisdiction, placed.local))


# ---------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------


def _text(t: str | None) -> str:
    return re.sub(r"\s+", "", normalize_text(t or ""))


def _duty_text(t: str | None) -> str:
    """A duty clause without the separator that closes its item in a list ("一、负责…；二、…"): annotators
    copy an item ending in ；/; with and without it (eleventh session, tests/gold/README.md Duties)."""
    return _text(t).rstrip("；;")


def division_name(name: str, host: str | None) -> str:
    """An internal division's full name is its host's name + its own (the store's identity
    for 内设机构: 国家能源局综合司)."""
    return host + name if host and not name.startswith(host) else name


def event_rows(type_: str, inputs: tuple, outputs: tuple, date: str | None) -> list[tuple]:
    """An event's scored rows. A duty transfer is one row per (giver, receiver) pair: "将A、B的X职责划入C"
    states A→C and B→C, and whether a reader groups the givers into one event or writes one event
    per giver (annotators do both) says nothing about the facts; every pair must still be right."""
    if type_ == "transfer_duty" and (len(inputs) > 1 or len(outputs) > 1):
        return [(type_, i, o, date) for i in [(x,) for x in inputs] or [()] for o in [(x,) for x in outputs] or [()]]
    return [(type_, inputs, outputs, date)]


def gold_rows(gold: dict) -> dict[str, list[tuple]]:
    """Gold names are full names already; they go through the same resolution as predictions,
    so that a written place chain ("揭阳市揭东区X") and its most specific place ("揭东区X") are
    one name on both sides."""
    rows: dict[str, list[tuple]] = {t: [] for t in FACT_TYPES}
    doc_date = gold.get("date")
    r = Resolver(gold.get("jurisdiction"))

    def n(name: str | None) -> str | None:
        return None if name is None else r.full(Mention(name))

    for u in gold.get("units") or []:
        name = division_name(u["name"], u.get("internal_of"))
        rows["units"].append((n(name), u.get("kind"), u.get("rank"), n(u.get("parent")),
                              tuple(n(x) for x in u.get("signs") or ())))
    for e in gold.get("events") or []:
        date = e.get("date") or doc_date
        outputs = tuple(e.get("outputs") or ())
        if e.get("relation") == "内设" and e.get("parent"):
            outputs = tuple(division_name(o, e["parent"]) for o in outputs)
        rows["events"] += event_rows(e["type"], tuple(n(x) for x in e.get("inputs") or ()), tuple(n(x) for x in outputs),
                                     None if date is None else str(date))
        for d in e.get("duties") or []:
            rows["duty_moves"].append((n(d.get("from")), _text(d.get("text"))))
    # a 内设机构's duties: the division keeps its own name in gold (办公室, host in internal_of), the
    # store's identity is host + name, as for its unit row
    hosts = {u["name"]: u.get("internal_of") for u in gold.get("units") or [] if u.get("internal_of")}
    for d in gold.get("duties") or []:
        rows["duties"].append((n(division_name(d["unit"], hosts.get(d["unit"]))), _duty_text(d["text"])))
    for s in gold.get("staffing") or []:
        rows["staffing"].append((n(s.get("unit")), s["kind"], s["change"], int(s["amount"])))
    for b in gold.get("boundaries") or []:
        rows["boundaries"].append((tuple(n(x) for x in b.get("units") or ()),))
    rows["jurisdiction"].append((gold.get("jurisdiction"),))
    rows["date"].append((None if doc_date is None else str(doc_date),))
    return rows


def pred_rows(facts: DocumentFacts) -> dict[str, list[tuple]]:
    doc = facts.document
    r = Resolver(doc.jurisdiction)
    rows: dict[str, list[tuple]] = {t: [] for t in FACT_TYPES}
    for u in facts.units:
        rows["units"].append((r.full(u.unit), u.kind, u.rank, r.full(u.parent),
                              tuple(r.full(Mention(sign)) for sign in u.signs)))
    for e in facts.events:
        rows["events"] += event_rows(e.type.value, tuple(r.full(m) for m in e.inputs),
                                     tuple(r.full(m) for m in e.outputs), e.date or doc.date)
        for d in e.duties:
            if d.whole and e.type.value != "transfer_duty":
                continue
            rows["duty_moves"].append((r.full(d.source), _text(d.text)))
    for d in facts.duties:
        if d.category not in ("主要职责", "内设机构职责"):
            continue  # a 职责分工 part (scored as the statement, boundaries) or a duty in prose: no 三定 item
        rows["duties"].append((r.full(d.unit), _duty_text(d.text)))
    for s in facts.staffing:
        if s.kind in BODY_KINDS:
            continue  # counts of a place's bodies: not 编制, not in the staffing gold (README, Staffing)
        rows["staffing"].append((r.full(s.unit), s.kind, s.change, s.amount))
    for b in facts.boundaries:
        rows["boundaries"].append((tuple(r.full(m) for m in b.units),))
    rows["jurisdiction"].append((doc.jurisdiction,))
    rows["date"].append((doc.date,))
    return rows


@cache
def _local(name: str) -> str:
    """A full name without its place: 湘潭县水利局 → 水利局 (diagnostics only)."""
    return norm(place_name(name, "中央", builtin_gazetteer()).local)


# a government's own sequence of bodies: "县人民政府工作部门", "县人民政府的工作部门" and "县政府工作部门" are one class
_GOVERNMENT_CLASS = re.compile(r"人民政府(?:的)?(?=(?:工作部门|组成部门|直属机构|直属特设机构|办事机构|部门管理机构|工作机构"
                               r"|派出机构)$)|(?<=政府)的(?=(?:工作部门|组成部门|直属机构|直属特设机构|办事机构|部门管理机构"
                               r"|工作机构|派出机构)$)")


def _kind(kind: str | None) -> str | None:
    """A kind as the pipeline reads it: the text is normalized (half-width brackets → full-width), a gold
    kind is typed as the document writes it ("市委工作(派出)机构"). A government's class is one class whether
    the government is written in full or short, with or without 的 ("旗人民政府工作部门" = "旗政府工作部门"); its
    level is not dropped (县政府工作部门 ≠ 政府工作部门 ≠ 市政府工作部门)."""
    if kind is None:
        return None
    kind = normalize_text(kind)
    return _GOVERNMENT_CLASS.sub(lambda m: "政府" if m.group(0).startswith("人民") else "", kind)


def row_match(kind: str, g: tuple, p: tuple) -> bool:
    if kind == "events":
        return (g[0] == p[0] and same_names(g[1], p[1]) and same_names(g[2], p[2]) and same_date(g[3], p[3]))
    if kind in ("duty_moves", "duties"):
        return same_name(g[0], p[0]) and g[1] == p[1]
    if kind == "staffing":
        return same_name(g[0], p[0]) and g[1:] == p[1:]
    if kind == "units":
        return (same_name(g[0], p[0]) and _kind(g[1]) == _kind(p[1]) and g[2] == p[2] and same_name(g[3], p[3])
                and same_names(g[4], p[4]))
    if kind == "boundaries":
        return same_names(g[0], p[0])
    if kind == "events~date":  # type and units, any date
        return g[0] == p[0] and same_names(g[1], p[1]) and same_names(g[2], p[2])
    if kind == "units~name":
        return same_name(g[0], p[0])
    if kind == "staffing~unit":  # kind, change and figure right, any owner
        return g[1:] == p[1:]
    if kind == "staffing~place":  # the owner right but for its place (市水利局 for 湘潭县水利局), or both none
        return g[1:] == p[1:] and (g[0] is None) == (p[0] is None) and (g[0] is None or _local(g[0]) == _local(p[0]))
    if kind == "jurisdiction":
        return norm(g[0]) == norm(p[0])
    if kind == "date":
        return g[0] == p[0]
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    hit: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.hit / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.hit / self.gold if self.gold else 1.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.hit += other.hit
        self.misses.extend(other.misses)


def match(kind: str, gold: list[tuple], pred: list[tuple], stem: str) -> Score:
    """One-to-one matching: a predicted row serves at most one gold row."""
    score = Score(gold=len(gold), pred=len(pred))
    used = [False] * len(pred)
    for g in gold:
        for k, p in enumerate(pred):
            if not used[k] and row_match(kind, g, p):
                used[k] = True
                score.hit += 1
                break
        else:
            score.misses.append(f"  {stem} 缺少 {kind}: {g}")
    for k, p in enumerate(pred):
        if not used[k]:
            score.misses.append(f"  {stem} 多出 {kind}: {p}")
    return score


@dataclass
class DocScore:
    stem: str
    by_type: dict[str, Score]
    covered: int = 0
    wording: int = 0
    failed: str | None = None

    @property
    def recall(self) -> float:
        gold = sum(self.by_type[t].gold for t in FACT_TYPES if t not in ("jurisdiction", "date"))
        hit = sum(self.by_type[t].hit for t in FACT_TYPES if t not in ("jurisdiction", "date"))
        return hit / gold if gold else 1.0

    @property
    def gold_facts(self) -> int:
        return sum(self.by_type[t].gold for t in FACT_TYPES if t not in ("jurisdiction", "date"))


def _parse(path: Path) -> DocumentFacts:
    from ingest.pipeline import Overrides, parse_file

    return parse_file(path, Overrides()).facts


def _coverage(facts: DocumentFacts) -> tuple[int, int]:
    """(sentences with establishment wording that produced a fact, such sentences)."""
    from kg.text import split_sentences

    text = facts.document.text
    produced = set()
    for group in (facts.units, facts.duties, facts.events, facts.staffing, facts.boundaries):
        for item in group:
            prov = item.prov
            if prov.end > prov.start:
                produced.add((prov.start, prov.end))
    covered = wording = 0
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if not (any(w in sentence for w in ESTABLISHMENT_WORDS) or _FIGURE.search(sentence)):
            continue
        wording += 1
        if any(s < end and e > start for s, e in produced):
            covered += 1
    return covered, wording


@cache
def score_doc(gold_path: str) -> DocScore:
    path = Path(gold_path)
    try:
        gold = load_gold(path)
        source = shared_dir() / gold["file"]
    except Exception as exc:  # noqa: BLE001 - a broken gold file is reported (test_gold_files_parse fails on it)
        return DocScore(path.stem, {k: Score() for k in FACT_TYPES}, failed=f"金标文件无法读取：{exc}")
    g_rows = gold_rows(gold)
    try:
        facts = _parse(source)
    except Exception as exc:  # noqa: BLE001 - a failing document scores zero, the report says why
        by_type = {k: match(k, g_rows[k], [], path.stem) for k in FACT_TYPES}
        by_type.update({loose: match(loose, g_rows[strict], [], path.stem) for loose, strict in RELAXED.items()})
        return DocScore(path.stem, by_type, failed=f"{type(exc).__name__}: {exc}")
    p_rows = pred_rows(facts)
    by_type = {k: match(k, g_rows[k], p_rows[k], path.stem) for k in FACT_TYPES}
    for loose, strict in RELAXED.items():
        by_type[loose] = match(loose, g_rows[strict], p_rows[strict], path.stem)
    covered, wording = _coverage(facts)
    return DocScore(path.stem, by_type, covered, wording)


@dataclass
class SetScore:
    name: str
    docs: list[DocScore]

    def total(self, kind: str) -> Score:
        s = Score()
        for d in self.docs:
            s.add(d.by_type.get(kind, Score()))
        return s

    @property
    def coverage(self) -> float:
        wording = sum(d.wording for d in self.docs)
        return sum(d.covered for d in self.docs) / wording if wording else 1.0


def score_set(name: str, files: list[Path]) -> SetScore:
    return SetScore(name, [score_doc(str(p)) for p in files])


def report(dev: SetScore, blind: SetScore, *, misses: bool = False) -> str:
    other = blind.name
    lines = ["", f"抽取评分（dev {len(dev.docs)} 份文件 | {other} {len(blind.docs)} 份文件；名称按完整解析名比较）",
             f"{'事实类型':<12} {'dev金标':>7} {'预测':>5} {'命中':>5} {'精确率':>6} {'召回率':>6}   |"
             f" {other + '金标':>8} {'预测':>5} {'命中':>5} {'精确率':>6} {'召回率':>6}"]
    for kind in FACT_TYPES:
        d, b = dev.total(kind), blind.total(kind)
        lines.append(f"{kind:<14} {d.gold:>7} {d.pred:>5} {d.hit:>5} {d.precision:6.3f} {d.recall:6.3f}   |"
                     f" {b.gold:>8} {b.pred:>5} {b.hit:>5} {b.precision:6.3f} {b.recall:6.3f}")
    for kind in RELAXED:
        d, b = dev.total(kind), blind.total(kind)
        lines.append(f"{kind:<14} {d.gold:>7} {d.pred:>5} {d.hit:>5} {d.precision:6.3f} {d.recall:6.3f}   |"
                     f" {b.gold:>8} {b.pred:>5} {b.hit:>5} {b.precision:6.3f} {b.recall:6.3f}")
    lines.append("  events~date = 类型与单位对、日期不论；units~name = 名称对、类别规格上级牌子不论；staffing~unit = 编制类别、变动与数目对、单位不论；staffing~place = 单位除地名外对（仅作诊断）")
    lines.append(f"{'coverage':<14} {dev.coverage:>37.3f}   | {blind.coverage:>38.3f}")
    lines.append("  coverage = 含机构编制用语的句子中产生了事实的比例（用语表固定在 tests/gold_score.py）")
    for s in (dev,):  # per-document figures of a blind or fresh set are never listed
        ranked = sorted((d for d in s.docs if d.gold_facts), key=lambda d: (d.recall, d.stem))[:10]
        lines.append(f"{s.name} 召回率最低的十份文件：")
        lines.extend(f"  {d.recall:5.2f}  {d.stem}{'  （读取失败：' + d.failed + '）' if d.failed else ''}"
                     for d in ranked)
    if misses:
        shown = (dev, blind) if blind.name == "trial" else (dev,)  # blind misses are never listed
        for s in shown:
            lines.append(f"{s.name} 不一致：")
            lines.extend(sorted(m for k in FACT_TYPES for m in s.total(k).misses))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """``--misses``: list dev misses (and trial misses with ``--trial``). ``--trial DIR``: score
    the gold files in DIR (a fresh set of real documents whose gold gives their absolute path)
    beside dev, in place of blind."""
    dev = score_set("dev", dev_files())
    if "--trial" in argv:
        where = Path(argv[argv.index("--trial") + 1])
        print(report(dev, score_set("trial", sorted(where.glob("*.yaml"))), misses="--misses" in argv))
        return 0
    blind = score_set("blind", blind_files())
    # misses are listed for dev only: blind misses are never read while changing extraction
    print(report(dev, blind, misses="--misses" in argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
