"""Short local names expanded to the full standard name: 食药监局 → 食品药品监督管理局.

A local document often writes a body by its everyday short name only ("市食药监局",
"省卫健委", "白城市住建局"). Staff, and every other document, name the same body in full
(淮安市食品药品监督管理局). The construction: the *stem* of the name (the name without
its place, ``kg.names.place_name``) is looked up in a table short stem → full stem, and the
body is the full one; the short name stays its alias.

The table (``kg/data/short_stems.yaml``) is generated, never written by hand:
``scripts/make_short_stems.py`` collects the full stems the corpus documents write and the
local counterparts of the central names (X部 → X厅, X局; 国家X委员会 → X委员会; 国家X总局 →
X局), derives each one's short forms by ``kg.abbrev`` and inverts (``short_stem_table``):

* a short stem with two candidate full stems is left out (ambiguous: 文旅局 is
  文化和旅游局 or 文化广电和旅游局);
* a short stem that only cuts whole words off the end of the full one is a name of its
  own, not a contraction (交通局 was a body before 交通运输局, 农业局 before
  农业农村局, 数据局 beside 数据管理局), unless what is cut is 行政管理, the two generic
  words that mark "the administration of" a line of work (工商局 = 工商行政管理局).

Expansion is a pure function of the stem, so the graph does not depend on the order in
which documents arrive. A document that gives the full form itself wins: its extractor
already rewrites its short names to the full form it states (``ingest.extractors._Canon``).

Class names (食品药品监管部门, 工商部门, 农业行政主管部门) name the bodies of a line of work
at every level, not one body: they are not in the table and are never expanded at ingest (an
answer names the one body of that line a place has at the day asked: ``queries.class_bodies``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import yaml

from kg.abbrev import abbreviations
from kg.text import normalize_name

# suffixes a stem ends with, longest first: the body is what stands before
_SUFFIXES = ("委员会办公室", "领导小组办公室", "委员会", "办公室", "总局", "局", "厅", "委", "办", "部")
# words whose omission does not change the body (工商局 = 工商行政管理局); a single 管理 or
# 事务 does: 数据局 and 数据管理局, 规划局 and 规划管理局 are each an official name somewhere
_GENERIC_TAIL = ("行政管理",)


def _body(stem: str) -> tuple[str, str]:
    for suffix in _SUFFIXES:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            return stem[: -len(suffix)], suffix
    return stem, ""


# a class of units: the bodies of a line of work ("食品药品监管部门", "农业行政主管部门")
CLASS_HEAD = re.compile(r"(?:行政)?(?:主管)?部门$")
_CLASS_NAME = re.compile(r"^[\u4e00-\u9fff()（）]{2,16}?部门$")
UNIT_END = re.compile(r"(?:局|厅|委员会|委|办公室|办)$")


def abbreviates(short: str, full: str) -> bool:
    """``short`` keeps ``full``'s first character and an ordered subset of the rest (食品药品监管
    ⊂ 食品药品监督管理局, 农业 ⊂ 农业农村局)."""
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def class_stems(party: str) -> list[str]:
    """The matter a class of units names ("食品药品监管部门" → 食品药品监管; "县农业部门" → 农业, and
    县农业: a first 市 may be a level word or a word's, 市场监管部门), none for a unit's own name."""
    head = CLASS_HEAD.search(party)
    if not head or not _CLASS_NAME.match(party):
        return []
    stem = party[:head.start()]
    stems = [stem, stem[1:]] if stem[:1] in "省市县区" else [stem]
    return [s for s in stems if len(s) >= 2]


def cuts_whole_words(short: str, full: str) -> bool:
    """Whether ``short`` only drops whole two-character words from the end of ``full``'s
    body (交通局 ← 交通运输局), what is dropped not being a generic administrative word.

    >>> cuts_whole_words("交通局", "交通运输局"), cuts_whole_words("工商局", "工商行政管理局")
    (True, False)
    >>> cuts_whole_words("数据局", "数据管理局")
    True
    >>> cuts_whole_words("食药监局", "食品药品监督管理局")
    False
    """
    body_s, _ = _body(short)
    body_f, _ = _body(full)
    rest = body_f[len(body_s):]
    if not body_s or not body_f.startswith(body_s) or not rest or len(rest) % 2:
        return False  # 农委 ← 农业委员会 keeps one character of a word: a contraction
    return rest not in _GENERIC_TAIL


def short_stem_table(full_stems: Iterable[str]) -> dict[str, str]:
    """Short stem → full stem, from the full stems given, by ``kg.abbrev``'s rules inverted:
    ambiguous short stems and whole-word cuts are left out (see the module docstring).

    >>> table = short_stem_table(["住房和城乡建设局", "文化和旅游局", "文化广电和旅游局", "交通运输局"])
    >>> table["住建局"], "文旅局" in table, "交通局" in table
    ('住房和城乡建设局', False, False)
    """
    fulls = {normalize_name(s) for s in full_stems if s}
    candidates: dict[str, set[str]] = defaultdict(set)
    for full in sorted(fulls):
        for short in abbreviations(full, min_len=2):
            candidates[short].add(full)
    table: dict[str, str] = {}
    for short, found in sorted(candidates.items()):
        if len(found) != 1:
            continue
        (full,) = found
        if cuts_whole_words(short, full):
            continue
        table[short] = full
    return table


@lru_cache(maxsize=1)
def builtin_table() -> dict[str, str]:
    """The generated table (``kg/data/short_stems.yaml``)."""
    text = resources.files("kg.data").joinpath("short_stems.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    return {normalize_name(str(k)): normalize_name(str(v)) for k, v in data.items()}


def expand_short_stem(local: str, table: dict[str, str] | None = None) -> str | None:
    """The full stem of a short local stem (食药监局 → 食品药品监督管理局), None when
    ``local`` is not a known short stem. Only for local names: a central name stands alone."""
    return (builtin_table() if table is None else table).get(normalize_name(local))
