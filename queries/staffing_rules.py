"""Checks on the staffing ledger (超编, 超职数, 长期空编, 乡镇编制标准 …) and the review of a
request for more posts (初审), each rule written as data in ``kg/data/staffing_rules.yaml``.
An office points ``KG_STAFFING_RULES`` at its own copy to change figures and wording.

Every finding has the same shape: the unit, the rule (id, title, severity), a Chinese
message, the figures it was computed from, and the source sentences of those figures.

>>> [f["rule"] for f in run_checks(store, "示例县")["findings"]]   # doctest: +SKIP
['long_vacancy', 'long_vacancy']
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

from kg.dates import as_of, start_of
from kg.errors import KGError, UnitNotFound
from kg.model import Predicate
from kg.store import GraphStore
from queries.evidence import evidence
from queries.resolve import find_unit
from queries.staffing import (
    DIVISIONS,
    LEADERS,
    POST_KINDS,
    Bucket,
    compute_buckets,
    divisions_actual,
    ledger_mismatches,
    pool_account,
    pools,
    split_sentence,
    staffing_book,
    units_with_staffing,
)

DEFAULT_RULES = Path(__file__).resolve().parent.parent / "kg" / "data" / "staffing_rules.yaml"
ENV = "KG_STAFFING_RULES"

CHECK_TYPES = ("over_quota", "over_leader_posts", "over_divisions", "long_vacancy", "township_norm",
               "ledger_mismatch", "loan_overdue")
REVIEW_TYPES = ("vacancy_blocks_request", "supervisor_unresolved", "purchasable_service")
SEVERITIES = ("问题", "提示")


class StaffingRulesError(KGError):
    code = "staffing_rules_error"


@dataclass
class Rule:
    id: str
    type: str
    title: str
    message: str
    severity: str = "问题"
    enabled: bool = True
    params: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)

    def info(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "title": self.title, "severity": self.severity,
                "enabled": self.enabled, "params": self.params}


@dataclass
class RuleSet:
    checks: list[Rule]
    review: list[Rule]
    path: str

    def enabled(self, kind: str = "checks") -> list[Rule]:
        return [r for r in (self.checks if kind == "checks" else self.review) if r.enabled]


_DEFAULT_MESSAGES = {
    "over_quota": "{unit}{bucket}实有{actual}名，超过可用编制{usable}名，超编{excess}名",
    "over_leader_posts": "{unit}{bucket}实配{actual}名，超过核定职数{quota}名",
    "over_divisions": "{unit}内设机构{actual}个，超过核定的{quota}个",
    "long_vacancy": "{unit}{bucket}自{since}起持续空编，已{months}个月",
    "township_norm": "{unit}编制不符合乡镇核定标准",
    "ledger_mismatch": "{text}",
    "loan_overdue": "{unit}周转使用{bucket}{amount}名，已{months}个月未归还",
    "vacancy_blocks_request": "{unit}现有空编{vacant}名，申请增加编制不予受理",
    "supervisor_unresolved": "主管部门{supervisor}存在未整改到位的机构编制问题，不予受理",
    "purchasable_service": "新增公共服务职能适宜采取政府购买服务方式提供，不予受理",
}
_NUMBER_PARAMS = {"months": (1, 600), "min_vacant": (1, 100000), "tolerance": (0, 100000), "ratio": (0, 100)}


def load_rules(path: str | Path | None = None) -> RuleSet:
    """The rules at ``path``, else at ``$KG_STAFFING_RULES``, else the bundled ones.
    Raises StaffingRulesError (Chinese, naming the file and the rule) when they are unusable."""
    chosen = Path(path or os.environ.get(ENV) or DEFAULT_RULES)
    try:
        data = yaml.safe_load(chosen.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StaffingRulesError(f"编制检查规则文件不存在：{chosen}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise StaffingRulesError(f"无法读取编制检查规则文件 {chosen}：{exc}") from None
    except yaml.YAMLError as exc:
        raise StaffingRulesError(f"编制检查规则文件 {chosen} 格式错误：{exc}") from None
    return parse_rules(data, str(chosen))


def parse_rules(data: Any, source: str = "规则") -> RuleSet:
    if not isinstance(data, dict):
        raise StaffingRulesError(f"{source}：顶层应为映射，包含 checks（检查规则）和 review（初审规则）")
    seen: set[str] = set()

    def rules(section: str, types: tuple[str, ...]) -> list[Rule]:
        items = data.get(section) or []
        if not isinstance(items, list):
            raise StaffingRulesError(f"{source}：“{section}”应为规则列表")
        out = []
        for n, item in enumerate(items, start=1):
            where = f"{source} {section} 第{n}条"
            if not isinstance(item, dict):
                raise StaffingRulesError(f"{where}：应为“键: 值”形式的规则")
            rid, rtype = str(item.get("id") or "").strip(), str(item.get("type") or "").strip()
            if not rid:
                raise StaffingRulesError(f"{where}：缺少 id")
            if rid in seen:
                raise StaffingRulesError(f"{where}：规则编号“{rid}”重复")
            seen.add(rid)
            if rtype not in types:
                raise StaffingRulesError(f"{where}（{rid}）：未知的规则类型“{rtype}”，可选：{'、'.join(types)}")
            severity = str(item.get("severity") or "问题")
            if severity not in SEVERITIES:
                raise StaffingRulesError(f"{where}（{rid}）：severity 应为 问题 或 提示")
            params = {k: v for k, v in item.items() if k not in ("id", "type", "title", "message", "severity", "enabled")}
            for key, (lo, hi) in _NUMBER_PARAMS.items():
                if key in params:
                    value = params[key]
                    if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
                        raise StaffingRulesError(f"{where}（{rid}）：{key} 应为 {lo} 到 {hi} 之间的数字，当前为“{value}”")
            if rtype == "township_norm":
                classes = params.get("classes", {"一类": 37, "二类": 28})
                if not isinstance(classes, dict) or not all(isinstance(v, int) and v >= 0 for v in classes.values()):
                    raise StaffingRulesError(f"{where}（{rid}）：classes 应为“类别: 行政编制数”的映射，如 {{一类: 37, 二类: 28}}")
            message = str(item.get("message") or _DEFAULT_MESSAGES[rtype])
            for key in [k for k in params if k.startswith("message_")] + ["message"]:
                template = message if key == "message" else str(params[key])
                try:
                    list(string.Formatter().parse(template))
                except ValueError as exc:
                    raise StaffingRulesError(f"{where}（{rid}）：{key} 的占位符写法有误（{exc}）") from None
            out.append(Rule(rid, rtype, str(item.get("title") or rid), message, severity,
                            bool(item.get("enabled", True)), params))
        return out

    return RuleSet(rules("checks", CHECK_TYPES), rules("review", REVIEW_TYPES), source)


class _Keep(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, values: Mapping[str, Any]) -> str:
    return string.Formatter().vformat(template, (), _Keep({k: "" if v is None else v for k, v in values.items()}))


def months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return months


def round_half_up(value: float) -> int:
    return int(Decimal(str(value)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- checks


class _Checker:
    def __init__(self, store: GraphStore, rules: RuleSet, day: date, jurisdiction: str | None, unit: str | None,
                 township_classes: Mapping[str, str] | None):
        self.store = store
        self.rules = rules
        self.day = day
        self.jurisdiction = jurisdiction
        self.unit = unit
        self.township_classes = dict(township_classes or {})
        self.book = staffing_book(store)
        self.findings: list[dict[str, Any]] = []
        if unit:
            self.units = [unit]
        else:
            self.units = units_with_staffing(store, jurisdiction, day)
        self._buckets: dict[str, dict[tuple[str, str | None], Bucket]] = {}

    def buckets(self, uid: str) -> dict[tuple[str, str | None], Bucket]:
        if uid not in self._buckets:
            self._buckets[uid] = compute_buckets(self.store, self.book, uid, self.day)
        return self._buckets[uid]

    def unit_ref(self, uid: str | None) -> dict[str, Any] | None:
        if uid is None or self.store.get_unit(uid) is None:
            return None
        return {"id": uid, "name": self.store.name_at(uid, self.day), "jurisdiction": self.store.unit(uid).jurisdiction}

    def add(self, rule: Rule, uid: str | None, figures: dict[str, Any], evidences: Iterable[Any],
            template: str | None = None, **extra: Any) -> None:
        ref = self.unit_ref(uid)
        values = {**rule.params, **figures, "unit": ref["name"] if ref else figures.get("unit", "")}
        evs = []
        for ev in evidences:
            item = evidence(self.store, ev) if not isinstance(ev, dict) else ev
            if item not in evs:
                evs.append(item)
        self.findings.append({
            "unit": ref, "rule": rule.id, "title": rule.title, "type": rule.type, "severity": rule.severity,
            "message": fill(template or rule.message, values), "figures": figures, "evidence": evs, **extra,
        })

    def run(self) -> list[dict[str, Any]]:
        for rule in self.rules.enabled("checks"):
            getattr(self, f"_{rule.type}")(rule)
        return self.findings

    # -- 超编
    def _over_quota(self, rule: Rule) -> None:
        kinds = set(rule.get("kinds") or POST_KINDS)
        for uid in self.units:
            for b in self.buckets(uid).values():
                if b.kind not in kinds or b.quota is None or b.actual is None:
                    continue
                usable = b.quota + b.lent
                if b.actual > usable:
                    self.add(rule, uid, {"bucket": b.label, "kind": b.kind, "quota": b.quota, "lent": b.lent,
                                         "usable": usable, "actual": b.actual, "excess": b.actual - usable,
                                         "actual_date": b.actual_entry.date if b.actual_entry else None},
                             _bucket_evidence(b))

    # -- 超职数
    def _over_leader_posts(self, rule: Rule) -> None:
        for uid in self.units:
            for b in self.buckets(uid).values():
                if b.kind != LEADERS or b.quota is None or b.actual is None:
                    continue
                if b.actual > b.quota + b.lent:
                    self.add(rule, uid, {"bucket": b.label, "level": b.sub, "quota": b.quota, "actual": b.actual,
                                         "excess": b.actual - b.quota - b.lent}, _bucket_evidence(b))

    # -- 内设机构数
    def _over_divisions(self, rule: Rule) -> None:
        for uid in self.units:
            b = self.buckets(uid).get((DIVISIONS, None))
            if b is None or b.quota is None:
                continue
            named = divisions_actual(self.store, uid, self.day)
            actual = b.actual if b.actual is not None else len(named)
            if actual > b.quota:
                evs: list[Any] = _bucket_evidence(b)
                for c in named:
                    evs.extend(f.prov for f in self.store.facts_at(c["id"], Predicate.PARENT, self.day)[:1])
                self.add(rule, uid, {"quota": b.quota, "actual": actual, "excess": actual - b.quota,
                                     "divisions": [c["name"] for c in named]}, evs)

    # -- 长期空编
    def _long_vacancy(self, rule: Rule) -> None:
        months_needed = int(rule.get("months", 12))
        floor = int(rule.get("min_vacant", 1))
        for uid in self.units:
            for b in self.buckets(uid).values():
                if b.kind not in POST_KINDS:
                    continue
                points = [(d, None if q is None or a is None else q + lent - a) for d, q, lent, a in b.history]
                run: list[tuple[str | None, int]] = []
                for d, vacant in points:
                    if vacant is not None and vacant >= floor:
                        run.append((d, vacant))
                    else:
                        run = []
                if not run or run[0][0] is None:
                    continue
                since = run[0][0]
                assert since is not None
                months = months_between(start_of(since), self.day)
                if months < months_needed:
                    continue
                self.add(rule, uid, {"bucket": b.label, "since": since, "months": months,
                                     "always_vacant": min(v for _, v in run), "vacant": run[-1][1],
                                     "quota": b.quota, "lent": b.lent, "actual": b.actual}, _bucket_evidence(b),
                         candidate=min(v for _, v in run))

    # -- 乡镇编制标准
    def _township_norm(self, rule: Rule) -> None:
        classes: dict[str, int] = dict(rule.get("classes") or {"一类": 37, "二类": 28})
        ratio = float(rule.get("ratio", 1.2))
        tolerance = int(rule.get("tolerance", 0))
        kinds = tuple(rule.get("unit_kinds") or ("乡镇", "乡", "镇", "街道", "街道办事处"))
        configured = {**(rule.get("township_classes") or {}), **self.township_classes}
        norms = "、".join(f"{c}{n}名" for c, n in classes.items())
        for uid in self.units:
            if not self._is_township(uid, kinds):
                continue
            buckets = self.buckets(uid)
            admin_b = buckets.get(("行政编制", None))
            admin = admin_b.quota if admin_b else None
            career_bs = [b for k, b in buckets.items() if k[0] == "事业编制"]
            career = sum(b.quota or 0 for b in career_bs) if career_bs and all(b.quota is not None for b in career_bs) else None
            if not admin:  # no quota known, or every post moved away (the township was abolished)
                continue
            cls = self._township_class(uid, configured, classes)
            evs: list[Any] = _bucket_evidence(admin_b) if admin_b else []
            if cls is not None:
                norm = classes[cls]
                if abs(admin - norm) > tolerance:
                    self.add(rule, uid, {"township_class": cls, "norm": norm, "quota": admin, "aspect": "class"}, evs,
                             template=str(rule.get("message_class") or rule.message))
            elif not any(abs(admin - n) <= tolerance for n in classes.values()):
                self.add(rule, uid, {"quota": admin, "norms": norms, "aspect": "class"}, evs,
                         template=str(rule.get("message_unknown") or rule.message))
            if career is not None and ratio > 0:
                expected = round_half_up(admin * ratio)
                if abs(career - expected) > tolerance:
                    for b in career_bs:
                        evs.extend(_bucket_evidence(b))
                    self.add(rule, uid, {"admin": admin, "career": career, "ratio": ratio, "expected": expected,
                                         "aspect": "ratio"}, evs, template=str(rule.get("message_ratio") or rule.message))

    def _is_township(self, uid: str, kinds: tuple[str, ...]) -> bool:
        kind = self.store.value_at(uid, Predicate.KIND, self.day)
        if kind:
            return any(kind.endswith(k) for k in kinds)
        name = self.store.name_at(uid, self.day)
        return bool(re.search(r"(乡|镇|街道|街道办事处)(人民政府)?$", name))

    def _township_class(self, uid: str, configured: Mapping[str, str], classes: Mapping[str, int]) -> str | None:
        unit = self.store.unit(uid)
        names = {uid, unit.name, self.store.name_at(uid, self.day), self.store.name_at(uid)}
        for key in names:
            if key in configured and configured[key] in classes:
                return configured[key]
        pattern = re.compile("(" + "|".join(re.escape(c) for c in classes) + r")(?:乡镇|镇|乡|街道)")
        for e in self.book.entries(uid):
            m = pattern.search(split_sentence(e.prov.sentence)[0])
            if m:
                return m.group(1)
        return None

    # -- 台账不符
    def _ledger_mismatch(self, rule: Rule) -> None:
        found = ledger_mismatches(self.store, unit=self.unit, jurisdiction=None if self.unit else self.jurisdiction,
                                  at=self.day)
        for m in found:
            uid = m["unit"]["id"] if m.get("unit") else None
            if uid is not None and self.unit is None and uid not in self.units:
                continue  # a unit that no longer exists at the date
            figures = {k: m[k] for k in ("bucket", "date", "stated", "expected", "difference")}
            figures["text"] = m["message"]
            figures["mismatch"] = m["type"]
            if uid is None:
                figures["unit"] = m.get("jurisdiction") or ""
            self.add(rule, uid, figures, m["evidence"])

    # -- 周转超期
    def _loan_overdue(self, rule: Rule) -> None:
        months_needed = int(rule.get("months", 24))
        if self.unit:
            places = [self.store.unit(self.unit).jurisdiction]
        elif self.jurisdiction:
            places = [p for p in pools(self.store) if p == self.jurisdiction or self._under(p, self.jurisdiction)]
        else:
            places = pools(self.store)
        for place in places:
            account = pool_account(self.store, place, self.day)
            for loan in account["on_loan"]:
                uid = loan["unit"]["id"] if loan["unit"] else None
                if self.unit and uid != self.unit:
                    continue
                if not loan["since"]:
                    continue
                months = months_between(start_of(loan["since"]), self.day)
                if months >= months_needed:
                    figures = {"bucket": loan["bucket"], "amount": loan["amount"], "since": loan["since"],
                               "months": months}
                    if uid is None:
                        figures["unit"] = f"{place}（未列明单位）"
                    self.add(rule, uid, figures, [loan["evidence"]])

    def _under(self, place: str, ancestor: str) -> bool:
        return ancestor in self.store.gazetteer().ancestors(place)


def _bucket_evidence(b: Bucket) -> list[Any]:
    out: list[Any] = []
    if b.basis is not None:
        out.append(b.basis.prov)
    out.extend(e.prov for e in b.since)
    if b.actual_entry is not None:
        out.append(b.actual_entry.prov)
    return out


def run_checks(store: GraphStore, jurisdiction: str | None = None, at: str | date | None = None, *,
               unit: str | None = None, rules: RuleSet | None = None,
               township_classes: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Every enabled check over the units with staffing records in ``jurisdiction`` (or under
    it; all units when None) existing at ``at`` (today when None), or over one ``unit``.
    ``township_classes`` maps a township (id or name) to its class (一类, 二类 …).

    >>> run_checks(store, "示例县", "2025-12")["counts"]   # doctest: +SKIP
    {'long_vacancy': 2}
    """
    day = as_of(at)
    rules = rules or load_rules()
    findings = _Checker(store, rules, day, jurisdiction, unit, township_classes).run()
    counts: dict[str, int] = {}
    for f in findings:
        counts[f["rule"]] = counts.get(f["rule"], 0) + 1
    return {"jurisdiction": jurisdiction, "unit": unit, "at": day.isoformat(), "rules_file": rules.path,
            "rules": [r.info() for r in rules.checks], "findings": findings, "counts": counts,
            "summary": _summary(findings, jurisdiction, day)}


def _summary(findings: list[dict[str, Any]], jurisdiction: str | None, day: date) -> str:
    where = jurisdiction or "全部单位"
    if not findings:
        return f"截至{day.isoformat()}，{where}未发现编制问题。"
    by_title: dict[str, int] = {}
    for f in findings:
        by_title[f["title"]] = by_title.get(f["title"], 0) + 1
    listed = "，".join(f"{t}{n}项" for t, n in by_title.items())
    return f"截至{day.isoformat()}，{where}发现{len(findings)}项：{listed}。"


# ---------------------------------------------------------------- review of a request


def review_request(store: GraphStore, request: Mapping[str, Any], *, findings: Iterable[Mapping[str, Any]] = (),
                   at: str | date | None = None, rules: RuleSet | None = None) -> dict[str, Any]:
    """初审 of a request for more posts. ``request``: ``unit`` (id or name, required),
    ``jurisdiction``, ``kind`` (行政编制 …, optional), ``amount``, ``supervisor`` (the 主管部门;
    default the unit's parent at the date), ``purchasable`` (the new function suits 政府购买服务).
    ``findings``: known problems, each ``{unit, issue, resolved}``; unresolved ones of the
    supervisor or of units it manages block the request.

    >>> review_request(store, {"unit": "县自然资源局", "kind": "行政编制"})["decision"]   # doctest: +SKIP
    '不予受理'
    """
    from queries.unit_info import parent_at

    day = as_of(at)
    rules = rules or load_rules()
    name = str(request.get("unit") or "").strip()
    if not name:
        raise UnitNotFound("申请中没有写明单位")
    jurisdiction = request.get("jurisdiction") or None
    uid = find_unit(store, name, jurisdiction=jurisdiction, at=day)
    kind = request.get("kind") or None
    book = staffing_book(store)
    buckets = compute_buckets(store, book, uid, day)
    unit_label = store.name_at(uid, day)
    reasons: list[dict[str, Any]] = []
    notes: list[str] = []
    checker = _Checker(store, rules, day, None, uid, None)

    def reason(rule: Rule, figures: dict[str, Any], evs: Iterable[Any], who: str | None = uid) -> None:
        checker.add(rule, who, figures, evs)
        reasons.append(checker.findings[-1])

    for rule in rules.enabled("review"):
        if rule.type == "vacancy_blocks_request":
            floor = int(rule.get("min_vacant", 2))
            considered = [b for k, b in buckets.items() if k[0] in POST_KINDS and (not kind or b.kind == kind)]
            known = [b for b in considered if b.vacant is not None]
            if not known:
                notes.append(f"没有{unit_label}{kind or ''}实有人数的记录，无法判断空编情况")
                continue
            vacant = sum(max(b.vacant or 0, 0) for b in known)
            if vacant >= floor:
                evs: list[Any] = []
                for b in known:
                    evs.extend(_bucket_evidence(b))
                reason(rule, {"vacant": vacant, "min_vacant": floor, "kind": kind or "编制",
                              "buckets": {b.label: b.vacant for b in known}}, evs)
        elif rule.type == "supervisor_unresolved":
            sup_name = request.get("supervisor")
            sup: str | None
            if sup_name:
                sup = find_unit(store, str(sup_name), jurisdiction=jurisdiction or store.unit(uid).jurisdiction, at=day)
            else:
                parent = parent_at(store, uid, day)
                sup = parent.object if parent and parent.object else None
            if sup is None:
                notes.append(f"没有{unit_label}主管部门的记录，未核对主管部门整改情况")
                continue
            open_issues = [f for f in findings if not f.get("resolved") and _managed_by(store, f.get("unit"), sup, day)]
            if open_issues:
                issues = "；".join(str(f.get("issue") or f.get("message") or f.get("text") or "未写明问题")
                                  for f in open_issues)
                reason(rule, {"supervisor": store.name_at(sup, day), "issues": issues,
                              "findings": [dict(f) for f in open_issues]}, [])
        elif rule.type == "purchasable_service" and request.get("purchasable"):
            reason(rule, {}, [])
    accepted = not reasons
    return {
        "unit": checker.unit_ref(uid), "at": day.isoformat(), "request": {k: v for k, v in request.items()},
        "accepted": accepted, "decision": "受理" if accepted else "不予受理", "reasons": reasons, "notes": notes,
        "summary": (f"{unit_label}的申请可以受理。" if accepted
                    else f"{unit_label}的申请不予受理：" + "；".join(r["message"] for r in reasons) + "。"),
    }


def _managed_by(store: GraphStore, who: Any, supervisor: str, day: date) -> bool:
    """Whether a finding's unit is the supervisor itself or a unit it manages (at ``day``)."""
    from queries.unit_info import parent_chain

    if isinstance(who, Mapping):
        who = who.get("id") or who.get("name")
    if not who:
        return False
    uid = str(who)
    if store.get_unit(uid) is None:
        try:
            uid = find_unit(store, uid, jurisdiction=store.unit(supervisor).jurisdiction, at=day)
        except KGError:
            return False
    if uid == supervisor:
        return True
    return any(c["id"] == supervisor for c in parent_chain(store, uid, day))


__all__ = ["Rule", "RuleSet", "StaffingRulesError", "load_rules", "parse_rules", "review_request", "run_checks"]
