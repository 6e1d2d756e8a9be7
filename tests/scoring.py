"""Scoring /ask against the staff question set (tests/questions/, format in BRIEF.md).

A question is right when its units are right per ``expect`` and every ``contains`` string is
in the answer, for every part of a compound question:

* ``first``: the answer's first unit is one of ``units``;
* ``all``: the answer's units are exactly ``units``;
* ``includes``: every one of ``units`` is among the answer's units;
* ``none``: the answer names no unit.

A "您是不是要问…" reply (``suggestions``) is wrong for an answerable question. Unit names are
compared with every name the unit has had (official names with and without their place), so
a predecessor is found under its own name. Relative dates count from ``TODAY``.

The blind file is scored the same way and only its figures are reported, never its questions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kg.model import Predicate
from kg.names import place_forms
from kg.store import GraphStore
from kg.text import normalize_name

REPO = Path(__file__).resolve().parent.parent
QUESTIONS_DIR = REPO / "tests" / "questions"
TODAY = date(2026, 12, 1)

# filled by tests/test_ask_scoring.py, printed by conftest.pytest_terminal_summary
FIGURES: dict[str, Any] = {}


@dataclass
class Score:
    name: str
    total: int = 0
    right: int = 0
    unanswerable: int = 0
    unanswerable_right: int = 0
    misses: list[str] = field(default_factory=list)
    by_style: dict[str, list[int]] = field(default_factory=dict)

    def add(self, item: dict[str, Any], good: bool, why: str) -> None:
        self.total += 1
        self.right += good
        style = str(item.get("style") or "")
        self.by_style.setdefault(style, [0, 0])
        self.by_style[style][0] += good
        self.by_style[style][1] += 1
        if is_unanswerable(item):
            self.unanswerable += 1
            self.unanswerable_right += good
        if not good:
            self.misses.append(why)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    def line(self) -> str:
        if not self.total:
            return f"{self.name}：没有题目"
        un = (f"；无法回答的题 {self.unanswerable_right}/{self.unanswerable} 答“没有找到”"
              if self.unanswerable else "")
        return f"{self.name}：{self.right}/{self.total} = {self.accuracy:.1%}{un}"


def is_unanswerable(item: dict[str, Any]) -> bool:
    return item.get("style") == "unanswerable" or item.get("expect") == "none" and item.get("intent") == "not_found"


def load(path: Path) -> list[dict[str, Any]]:
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    assert isinstance(items, list), f"{path.name}: not a list"
    return [i for i in items if isinstance(i, dict) and i.get("q")]


class UnitNames:
    """Every name a unit has had, normalized, without its place and with it in each written
    form the product knows (``kg.names.place_forms``); a short name the product expands to one
    of them (``AliasRules.full_local``) counts as well."""

    def __init__(self, store: GraphStore):
        self.store = store
        self._cache: dict[str, set[str]] = {}

    def of(self, uid: str) -> set[str]:
        if uid not in self._cache:
            unit = self.store.get_unit(uid)
            names: set[str] = set()
            if unit is not None:
                raw = {unit.name} | {f.value for f in self.store.facts(uid, Predicate.NAME) if f.value}
                # a short name the product expands to one of these (紫阳县科技局 → 科学技术局) names the unit too
                rules = self.store.alias_rules()
                raw |= {f.value for f in self.store.facts(uid, Predicate.ALIAS)
                        if f.value and rules.full_local(unit.jurisdiction, f.value) in raw}
                gazetteer = self.store.gazetteer()
                for n in raw:
                    names.add(normalize_name(n))
                    # with its place, the place's stem, or the place path (揭阳市揭东区…): the product's notion
                    names |= {normalize_name(f) for f in place_forms(unit.jurisdiction, n, gazetteer)}
                names.add(normalize_name(self.store.name_at(uid)))
            self._cache[uid] = names
        return self._cache[uid]

    def matches(self, unit: dict[str, Any], gold: str) -> bool:
        return normalize_name(gold) in self.of(unit["id"]) or normalize_name(unit.get("name", "")) == normalize_name(gold)


def judge_part(part: dict[str, Any], answer: dict[str, Any], names: UnitNames) -> tuple[bool, str]:
    """(right, why not) for one part (or a whole simple question)."""
    units = answer.get("units") or []
    gold = [str(u) for u in part.get("units") or []]
    expect = part.get("expect") or ("none" if not gold else "first")
    text = answer.get("answer") or ""
    if expect != "none" and answer.get("suggestions"):
        return False, "反问“您是不是要问”"
    if expect == "none":
        ok = not units
        why = "" if ok else "应答“没有找到”，却给出单位"
    elif expect == "first":
        ok = bool(units) and any(names.matches(units[0], g) for g in gold)
        why = "" if ok else "第一个单位不对"
    elif expect == "all":
        hit = [any(names.matches(u, g) for u in units) for g in gold]
        extra = [u for u in units if not any(names.matches(u, g) for g in gold)]
        ok = all(hit) and not extra
        why = "" if ok else ("缺少单位" if not all(hit) else "多出单位")
    elif expect == "includes":
        ok = all(any(names.matches(u, g) for u in units) for g in gold)
        why = "" if ok else "缺少单位"
    else:
        return False, f"未知的 expect：{expect}"
    missing = [c for c in part.get("contains") or [] if str(c) not in text]
    if ok and missing:
        ok, why = False, "回答缺少“" + "”“".join(map(str, missing)) + "”"
    return ok, why


def judge(item: dict[str, Any], answer: dict[str, Any], names: UnitNames) -> tuple[bool, str]:
    parts = item.get("parts") or []
    if len(parts) <= 1:
        return judge_part(parts[0] if parts else item, answer, names)
    got = answer.get("parts") or []
    if len(got) < len(parts):
        return False, f"复合问题只回答了{max(len(got), 1)}部分（共{len(parts)}部分）"
    for i, (gold, part) in enumerate(zip(parts, got, strict=False), 1):
        ok, why = judge_part(gold, part, names)
        if not ok:
            return False, f"第{i}部分：{why}"
    return True, ""


def score(store: GraphStore, items: list[dict[str, Any]], name: str, ask: Any, *, keep_misses: bool = True) -> Score:
    names = UnitNames(store)
    result = Score(name)
    for item in items:
        answer = ask(store, str(item["q"]), today=TODAY)
        ok, why = judge(item, answer, names)
        got = [u["name"] for u in answer.get("units") or []][:4]
        result.add(item, ok, f"  {item['q']}｜期望 {item.get('expect')} {item.get('units')}｜得到 {answer['intent']} {got}｜{why}"
                   if keep_misses else "")
    if not keep_misses:
        result.misses = []
    return result
