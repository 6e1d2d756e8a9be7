"""职责交叉重叠: units valid at the same date and place whose clauses say the same thing.

Candidates come from approximate nearest neighbours over clause embeddings and from
MinHash for copy-paste clauses; there is no all-pairs loop. A pair is not reported when
the two units are one and its own internal division; pairs where one unit leads (牵头) and
the other takes part (参与/配合) are kept apart from true duplicates. Pairs that a 职责分工
statement names are candidates themselves (the document says their duties touch) and mark
the detected pairs they settle. Two clauses read out of one sentence (a reform moving
several units' duties) are not compared: that sentence is history, stated by the document
(``queries.overlap_history``), listed beside the detected pairs, never as one of them.

Every pair and group is graded on the scale the US GAO uses for the same work
(GAO-15-49SP): 重复 (duplication: the same activity for the same people), 交叉 (overlap:
similar goals or activities), 分散 (fragmentation: several units in one broad area), with
the reason; and given a level of confidence from the model's bars (``queries.overlap_bars``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np

from kg.dates import as_of, holds_at
from kg.index.clause_index import ClauseIndex, default_registry
from kg.model import Boundary, DutyClause, Predicate
from kg.store import GraphStore
from kg.text import normalize_name
from queries.boundaries import statement_date
from queries.clause_scope import each_its_own, each_its_own_field, residual
from queries.evidence import evidence
from queries.overlap_bars import LEVELS, Bars, overlap_bars
from queries.overlap_history import overlap_history, stated_overlaps
from queries.scope import alive, in_jurisdiction
from queries.unit_info import parent_chain

LEAD = {"牵头"}
SUPPORT = {"参与", "配合", "协助", "协同"}
NEIGHBOURS = 10
MOVED = "划转职责"  # the category of a clause read out of a reform sentence
GATHERED = "改革整合"  # a clause pair of two units whose duties a later reform gathered into one
COMMON = "共同事项"  # a clause pair of two units doing different work on one rare matter (价格管理, 就业创业)

# words that every clause of a place has: they say nothing about what two clauses share
_PLACE_WORDS = re.compile(r"^(?:全县|全市|全省|全区|全国|本县|本市|本级|县|市|省|区|乡镇|街道|国家|我县|我市)$")


def duplicated_functions(
    store: GraphStore,
    at: str | date | None = None,
    jurisdiction: str | None = None,
    min_score: float | None = None,
    *,
    index: ClauseIndex | None = None,
    include_lead_support: bool = True,
    limit: int | None = 200,
    confidence: str = "中",
    topic: str | None = None,
    units: list[str] | None = None,
) -> dict[str, Any]:
    """Ranked candidate pairs and groups of units whose duty clauses valid at ``at`` say the
    same thing, with the overlaps reform documents state for that date and the history of
    overlaps cured by reforms up to it.

    ``confidence`` is the lowest level listed (高/中/低; 中 is the model's default bar);
    ``min_score`` overrides that level's bar. ``topic`` keeps what is about a duty ("森林防火"),
    ``units`` what involves those unit ids (two ids: pairs between them, lead/support kept).

    >>> duplicated_functions(store, jurisdiction="示例县")["pairs"][0]["units"]   # doctest: +SKIP
    [{'id': ..., 'name': '示例县自然资源局'}, {'id': ..., 'name': '示例县林业局'}]
    """
    if confidence not in LEVELS:
        raise ValueError(f"confidence must be one of {LEVELS}")
    day = as_of(at)
    index = index or default_registry().index_for(store)
    bars = overlap_bars(index.embedder.name)
    threshold = bars.floor(confidence) if min_score is None else min_score
    if units and len(units) >= 2:
        include_lead_support = True
    holders = _active_holders(store, index, day, jurisdiction)
    topical = _topical(store, index, holders, topic, day) if topic else set()
    pairs = _detected(store, index, day, jurisdiction, threshold, bars, include_lead_support, topic, holders, topical)
    pairs = _with_boundaries(store, index, day, jurisdiction, pairs, bars, include_lead_support)
    stated = stated_overlaps(store, day, jurisdiction)
    pairs = _with_reform_statements(store, index, day, pairs, stated, holders, bars)
    shown = [p for p in pairs if p["source"] == "职责分工" or p["settled"] or p.get("divided_later") or p.get("named")
             or p.get("on_topic")
             or (p.get("gathered_by") and LEVELS.index(p["confidence"]) <= LEVELS.index(confidence))
             or (p.get("role_pair") and LEVELS.index(p["confidence"]) <= LEVELS.index(confidence))
             or (p.get("common") and LEVELS.index(p["confidence"]) <= LEVELS.index(confidence))
             or p["score"] >= threshold]
    if topic:
        relevant = {index.ids[pos] for pos in topical}
        words = _topic_words(topic)
        shown = [p for p in shown if any(c["a"]["clause_id"] in relevant or c["b"]["clause_id"] in relevant
                                         or _text_about(c["a"]["text"], topic, words)
                                         or _text_about(c["b"]["text"], topic, words)
                                         or _statement_about(c, topic, words) for c in p["clauses"])]
    if units:
        wanted = set(units[:2])
        shown = [p for p in shown if wanted <= {u["id"] for u in p["units"]}] if len(wanted) >= 2 else \
            [p for p in shown if wanted & {u["id"] for u in p["units"]}]
    if topic:
        # the topic view ranks, within a level of confidence, by how close both clauses are
        # to the topic (the question is about the topic), then by how close they are to each other
        fit = _topic_fit(index, topic)
        shown.sort(key=lambda p: (LEVELS.index(p["confidence"]), -fit(p) - p["score"], *_rank(p)[1:]))
    else:
        shown.sort(key=_rank)
    groups = _groups(shown)
    history = overlap_history(store, day, jurisdiction)
    if topic:
        stated = [i for i in stated if _item_about(i, topic)]
        history = [i for i in history if _item_about(i, topic)]
    if units:
        wanted = set(units[:2])
        stated = [i for i in stated if wanted <= {u["id"] for u in i["units"]}]
        history = [i for i in history if wanted <= {u["id"] for u in i["units"]} | {i["receiver"]["id"]}]
    total = len(shown)
    if limit is not None:
        shown = shown[:limit]
    return {"at": day.isoformat(), "jurisdiction": jurisdiction, "min_score": threshold, "confidence": confidence,
            "model": index.embedder.name, "bars": {"高": bars.high, "中": bars.medium, "低": bars.low},
            "total": total, "pairs": shown, "groups": groups, "stated": stated, "history": history}


def _statement_about(c: dict[str, Any], topic: str, words: list[str]) -> bool:
    """A 职责分工 clause pair is about a topic when its statement is: "省里明确了食品安全监管各部门的职责：
    农业部门负责…；质检部门负责…" puts every part it divides under 食品安全, though no part says it."""
    return c["match"] == "职责分工" and _text_about(c["a"]["evidence"]["text"] or "", topic, words)


def _topic_fit(index: ClauseIndex, topic: str) -> Callable[[dict[str, Any]], float]:
    """A pair's closeness to a topic: over its clause pairs, the best of the lower of the two
    clauses' query-to-clause cosines (a clause not in the index counts as the best, 1.0)."""
    query = index.query_vector(topic)

    def cos(cid: str | None) -> float:
        pos = index.position.get(cid) if cid else None
        return 1.0 if pos is None else float(index.vectors[pos] @ query)

    def fit(p: dict[str, Any]) -> float:
        return max(min(cos(c["a"]["clause_id"]), cos(c["b"]["clause_id"])) for c in p["clauses"])

    return fit


def _rank(p: dict[str, Any]) -> tuple[Any, ...]:
    return (LEVELS.index(p["confidence"]), -p["score"], [u["name"] for u in p["units"]])


def _detected(store: GraphStore, index: ClauseIndex, day: date, jurisdiction: str | None, floor: float, bars: Bars,
              include_lead_support: bool, topic: str | None = None,
              holders: dict[int, list[tuple[str, str | None]]] | None = None,
              topical: set[int] | None = None) -> list[dict[str, Any]]:
    if holders is None:
        holders = _active_holders(store, index, day, jurisdiction)
    if topic and topical is None:
        topical = _topical(store, index, holders, topic, day)
    # Overlap is a question inside one jurisdiction (the same clause in two counties is
    # no overlap), so candidates are generated per jurisdiction: small blocks, no global ANN.
    by_place: dict[str, set[int]] = defaultdict(set)
    place_of = {u.id: u.jurisdiction for u in store.units()}
    for pos, held in holders.items():
        for uid, _ in held:
            by_place[place_of[uid]].add(pos)
    found: list[tuple[int, int, float, str]] = []
    for place in sorted(by_place):
        found.extend(_candidates(index, np.array(sorted(by_place[place]), dtype=np.int64), floor))
    on_topic: set[tuple[int, int]] = set()
    if topic:
        # a topic view: any two units holding clauses about the topic share the area, whatever
        # their clauses' score (the topic is the filter; the score ranks them)
        by_place_topic: dict[str, list[int]] = defaultdict(list)
        for pos in sorted(holders):
            if pos in (topical or ()):
                for place in sorted({place_of[u] for u, _ in holders[pos]}):
                    by_place_topic[place].append(pos)
        seen = {(i, j) for i, j, _, _ in found}
        for positions in by_place_topic.values():
            for n, i in enumerate(positions):
                for j in positions[n + 1:]:
                    on_topic.add((i, j))
                    if (i, j) not in seen:
                        found.append((i, j, float(index.centered[i] @ index.centered[j]), "同一主题"))
    # two clauses sharing a rare matter (价格管理, 就业创业) whatever their score: the same object,
    # each unit's own activity on it (共同事项); a pair the neighbours found below the 中 bar is one too
    where: dict[tuple[int, int], int] = {(i, j): n for n, (i, j, _, _) in enumerate(found)}
    known = _name_table(store)  # one pass over the name facts, for this source and the naming one
    for i, j in _common_matters(known, index, holders, place_of):
        at_k = where.get((i, j))
        if at_k is None:
            found.append((i, j, float(index.centered[i] @ index.centered[j]), COMMON))
        elif found[at_k][3] in ("语义相近", "同一主题") and found[at_k][2] < bars.medium:
            found[at_k] = (i, j, found[at_k][2], COMMON)
    boundaries = _boundary_pairs(store)
    unit_pairs: dict[tuple[str, str], dict[str, Any]] = {}
    internal_cache: dict[tuple[str, str], bool] = {}
    clause_cache: dict[str, DutyClause] = {}
    cores: dict[str, str] = {}
    for i, j, score, how in sorted(found):
        ca_, cb_ = _clauses(store, index, (i, j), clause_cache)
        if _one_sentence(ca_, cb_) or (ca_.category == MOVED and cb_.category == MOVED):
            continue  # a reform sentence naming several units' duties is history, not a finding
        if _mirrored(ca_.text, cb_.text) or each_its_own(ca_.text, cb_.text):
            continue  # the same service to two organs (县委 / 县政府), or to two units' own houses: each its own
        for ua, role_a in holders.get(i, []):
            for ub, role_b in holders.get(j, []):
                if ua == ub or place_of[ua] != place_of[ub]:
                    continue
                a, b = sorted((ua, ub))
                key = (a, b)
                if key not in internal_cache:
                    internal_cache[key] = _internal(store, a, b, day)
                if internal_cache[key]:
                    continue
                for u in (ua, ub):
                    if u not in cores:
                        cores[u] = _name_core(store, u, day)
                if each_its_own_field(ca_.text, cores[ua], cb_.text, cores[ub]):
                    continue  # one activity, each unit for its own field (林业 / 水利 发展规划)
                lead_support = bool(({role_a, role_b} & LEAD) and ({role_a, role_b} & SUPPORT))
                if how == COMMON and {role_a, role_b} & (LEAD | SUPPORT):
                    # a clause held in a role on the shared matter: a lead/support pair, as the role source reads it
                    lead_support = not {role_a, role_b} <= LEAD
                if lead_support and not include_lead_support:
                    continue
                (ca, ra), (cb, rb) = ((ca_, role_a), (cb_, role_b)) if a == ua else ((cb_, role_b), (ca_, role_a))
                entry = unit_pairs.get(key)
                if entry is None:
                    entry = unit_pairs[key] = _pair_entry(store, a, b, day, key, boundaries)
                entry["score"] = max(entry["score"], score)
                entry["lead_support"] = entry["lead_support"] or lead_support
                entry["on_topic"] = entry.get("on_topic", False) or (i, j) in on_topic
                pair = _clause_pair(store, ca, ra, cb, rb, score, how, bars)
                if how == COMMON:
                    entry["common"] = True
                    pair["confidence"] = min(pair["confidence"], "中", key=LEVELS.index)
                    pair["matters"] = list(_shared_matters(ca.text, cb.text))
                entry["clauses"].append(pair)
    for n, (i, u, role_u, j, v, role_v) in enumerate(_named_partners(known, index, holders, place_of)):
        a, b = sorted((u, v))
        key = (a, b)
        if _internal(store, a, b, day):
            continue
        if not include_lead_support and {role_u, role_v} & LEAD and {role_u, role_v} & SUPPORT:
            continue
        ci, cj = _clauses(store, index, (i, j), clause_cache)
        score = float(index.centered[i] @ index.centered[j])
        (ca, ra), (cb, rb) = ((ci, role_u), (cj, role_v)) if a == u else ((cj, role_v), (ci, role_u))
        entry = unit_pairs.get(key)
        if entry is None:
            entry = unit_pairs[key] = _pair_entry(store, a, b, day, key, boundaries)
        entry["named"] = True
        entry["lead_support"] = entry["lead_support"] or bool({role_u, role_v} & (LEAD | SUPPORT))
        entry["score"] = max(entry["score"], score)
        _add_clause(entry, dict(_clause_pair(store, ca, ra, cb, rb, score, "条文点名", bars), confidence="高", order=n))
    if include_lead_support:
        for i, u, role_u, j, v, role_v in _role_partners(index, holders, place_of):
            a, b = sorted((u, v))
            key = (a, b)
            if _internal(store, a, b, day):
                continue
            ci, cj = _clauses(store, index, (i, j), clause_cache)
            score = float(index.centered[i] @ index.centered[j])
            (ca, ra), (cb, rb) = ((ci, role_u), (cj, role_v)) if a == u else ((cj, role_v), (ci, role_u))
            entry = unit_pairs.get(key)
            if entry is None:
                entry = unit_pairs[key] = _pair_entry(store, a, b, day, key, boundaries)
            entry["role_pair"] = True
            # two leads of one matter are no lead/support pair: they are compared as equals
            entry["lead_support"] = entry["lead_support"] or not {role_u, role_v} <= LEAD
            entry["score"] = max(entry["score"], score)
            pair = _clause_pair(store, ca, ra, cb, rb, score, "牵头参与", bars)
            _add_clause(entry, dict(pair, confidence=min(pair["confidence"], "中", key=LEVELS.index)))
    for p in unit_pairs.values():
        # named clauses first, in the order the naming clause's words chose them; then by
        # confidence (a lead/support clause pair is 中 whatever its score) and score
        p["clauses"].sort(key=lambda c: (c["match"] != "条文点名", c.get("order", 0), LEVELS.index(c["confidence"]),
                                         -c["score"], c["a"]["clause_id"], c["b"]["clause_id"]))
        _finish(p, bars)
    return list(unit_pairs.values())


def _add_clause(entry: dict[str, Any], pair: dict[str, Any]) -> None:
    """Add a clause pair found by a partner or role source; the same two clauses found by a shared
    matter alone take the more specific finding (条文点名, 牵头参与)."""
    for n, c in enumerate(entry["clauses"]):
        if c["a"]["clause_id"] == pair["a"]["clause_id"] and c["b"]["clause_id"] == pair["b"]["clause_id"]:
            if c["match"] == COMMON:
                entry["clauses"][n] = pair
            return
    entry["clauses"].append(pair)


# The organ a clause serves: the party committee (县委、党委、党中央) or the government (县政府、
# 国务院), written as the organ itself rather than as part of a body under it (县委…委员会办公室).
_BODY = r"(?![^，。；、]{0,14}?(?:委员会|领导小组|指挥部))"
_PARTY_ORGAN = re.compile(r"(?:(?<!全)[县市省区州旗乡镇]委(?!员)|党委|党中央)" + _BODY)
_GOVERNMENT_ORGAN = re.compile(r"(?:(?<!全)[县市省区州旗乡镇](?:人民)?政府|国务院)" + _BODY)


def _organs(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in (("党委", _PARTY_ORGAN), ("政府", _GOVERNMENT_ORGAN))
                     if pattern.search(text))


def _mirrored(a: str, b: str) -> bool:
    """Two clauses doing the same service for two different organs: one serves only the party
    committee, the other only the government ("县委领导同志日常工作的服务保障" / "县政府领导同志
    日常工作的服务保障"; 文电、会务、督查). The 县委办公室 and the 县政府办公室 each do it for their
    own organ: the same words, no overlap (the labelling rule "the same service for different
    principals")."""
    oa, ob = _organs(a), _organs(b)
    return len(oa) == len(ob) == 1 and oa != ob


# a word of a matter (地质灾害, 防汛抗旱: four characters or more) that at most one clause in
# ROLE_WORD_SHARE of the place uses (at least 3 clauses allowed, at most ROLE_WORD_MOST) names the
# matter; 安全、应急、组织协调 do not
ROLE_WORD_SHARE = 30
ROLE_WORD_MOST = 8
ROLE_WORD_LEN = 4


@lru_cache(maxsize=20_000)
def _template_word(word: str) -> bool:
    """A word made of template words only (组织协调 = 组织 + 协调; 监督管理): says nothing of a matter."""
    from kg.index.lexical import STOPWORDS

    if not word:
        return True
    return any(word[:k] in STOPWORDS and _template_word(word[k:]) for k in range(1, len(word) + 1))


def _role_partners(index: ClauseIndex, holders: dict[int, list[tuple[str, str | None]]],
                   place_of: dict[str, str]) -> list[tuple[int, str, str | None, int, str, str | None]]:
    """A clause held in a role (牵头, or 参与/配合/协助/协同) says other units work on the same matter:
    "参与指导全县地质灾害应急救援工作" joins the unit holding 地质灾害 work. Its partners are the
    clauses of other units of the place sharing a word of a matter with it (four characters or
    more, used by few clauses of the place: 地质灾害, not 安全 or 管理工作), whatever their score:
    a lead/support pair, 交叉, listed at 中."""
    from kg.index.lexical import tokenize

    by_place: dict[str, list[int]] = defaultdict(list)
    for pos in sorted(holders):
        for place in sorted({place_of[u] for u, _ in holders[pos]}):
            by_place[place].append(pos)
    out: list[tuple[int, str, str | None, int, str, str | None]] = []
    for positions in by_place.values():
        roled = [pos for pos in positions if any(r in LEAD | SUPPORT for _, r in holders[pos])]
        if not roled:
            continue
        words_of = {pos: set(tokenize(index.texts[pos])) for pos in positions}
        used: dict[str, int] = defaultdict(int)
        for words in words_of.values():
            for w in words:
                used[w] += 1
        rare = min(ROLE_WORD_MOST, max(3, len(positions) // ROLE_WORD_SHARE))
        for pos in roled:
            for u, role_u in holders[pos]:
                if role_u not in LEAD | SUPPORT:
                    continue
                for other in positions:
                    if other == pos:
                        continue
                    shared = _shared_words(index.texts[pos], index.texts[other])
                    if not any(len(w) >= ROLE_WORD_LEN and used.get(w, 0) <= rare and not _template_word(w)
                               for w in shared):
                        continue
                    for v, role_v in holders[other]:
                        if v != u and place_of[v] == place_of[u]:
                            out.append((pos, u, role_u, other, v, role_v))
    return out


# words of activity, manner and level (统筹规划, 督促检查, 方针政策, 县级): a phrase made of them and of
# template words names no matter
_GENERIC = frozenset((
    "统筹", "规划", "协调", "综合", "督促", "检查", "审查", "审核", "监测", "预警", "执法", "政策", "措施", "方针",
    "日常", "运转", "县级", "市级", "省级", "编制", "查处", "调查", "研究", "指导", "处置", "保障", "建设", "发展",
    "宏观", "重大", "全面", "依法", "具体", "重要", "主要", "统一", "办法", "制度", "体系", "机制", "方案",
    "标准", "规范", "事项", "情况", "信息", "业务", "项目", "资金", "公共", "社会", "行政", "技术", "支撑", "支持",
    "决策", "部署", "决定", "文件", "规定", "法规", "法律", "地方", "政府", "人民", "党委", "县委", "市委", "省委",
    "县政府", "市政府", "省政府", "人员", "活动", "事务", "问题", "基础", "能力", "领域", "目标", "任务", "要求",
    "提出", "承办", "草案", "规章", "起草", "及其", "机关", "办公室", "领导", "同志", "合理", "开发", "利用", "评价", "评估", "处理", "报告", "提供", "做好",
    "加强", "促进", "推动", "维护", "保护", "办理", "受理", "管控", "调度", "分析", "统计", "指挥", "实施方案",
    "职能", "全县", "全市", "全省", "本级", "有偿", "使用", "专项", "总体", "详细",
    # the links of a supply chain say where, not what (生产环节, 进入批发零售市场, 生产加工企业, 质量安全)
    "进行", "监管", "环节", "进入", "批发", "零售", "市场", "企业", "生产", "加工", "质量",
))


@lru_cache(maxsize=20_000)
def _generic(word: str) -> bool:
    """A word made only of template, activity, manner and place words (统筹规划, 督促检查, 县级)."""
    from kg.index.lexical import STOPWORDS

    if not word:
        return True
    return any((word[:k] in STOPWORDS or word[:k] in _GENERIC or _PLACE_WORDS.match(word[:k]))
               and _generic(word[k:]) for k in range(1, len(word) + 1))


_LOCAL_NAME = re.compile(r"^(?:省|市|县|区|乡|镇|地方)")
MATTER_CHARS = 4  # a matter says four characters of its own at least (价格+服务, 就业创业; not 救助工作, 保险工作)
_CJK = re.compile(r"^[\u4e00-\u9fff]{2,}$")


@lru_cache(maxsize=200_000)
def _matters(text: str) -> frozenset[str]:
    """The matters a clause names: a word, or two words in a row (服务+价格, 就业+创业), holding four
    characters or more beyond template, activity and place words (not 保险+工作, 事业单位, 行业+管理)."""
    from kg.index.lexical import _jieba

    words = _jieba().lcut(text)
    out = set()
    for k, w in enumerate(words):
        if not _CJK.match(w) or _PLACE_WORDS.match(w):
            continue
        if _content(w) >= MATTER_CHARS:
            out.add(w)
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if _CJK.match(nxt) and not _PLACE_WORDS.match(nxt) and _content(w) + _content(nxt) >= MATTER_CHARS:
            out.add(w + nxt)
    return frozenset(out)


def _content(word: str) -> int:
    """The characters of a word that name a matter: none for a template, activity or place word; a word's
    template ends cut off (事业单位 → 事业, 公共卫生 → 卫生, 安置工作 → 安置)."""
    from kg.index.lexical import STOPWORDS

    if _generic(word):
        return 0
    cut = True
    while cut:
        cut = False
        for k in (2, 3):
            if len(word) > k and (word[-k:] in STOPWORDS or word[-k:] in _GENERIC):
                word, cut = word[:-k], True
            elif len(word) > k and (word[:k] in STOPWORDS or word[:k] in _GENERIC):
                word, cut = word[k:], True
    return len(word)


def _shared_matters(a: str, b: str) -> list[str]:
    both = _matters(a) & _matters(b)
    return sorted((m for m in both if not any(m != n and m in n for n in both)), key=lambda m: (-len(m), m))


def _common_matters(known: dict[str, set[str]], index: ClauseIndex, holders: dict[int, list[tuple[str, str | None]]],
                    place_of: dict[str, str]) -> list[tuple[int, int]]:
    """Clause pairs of two units of one place naming one matter (价格管理; 就业创业) that few clauses of the
    place name (at most max(3, 1/30 of its clauses), never more than 8: the rarity of the role-word
    source): "负责全县药品和医疗服务价格管理工作" and "负责拟订全县价格管理办法" are two units' work on one object.
    The names of the place's units are no matter ("市动物卫生监督所负责…" / "与市动物卫生监督所共同…": the
    named partner is the 条文点名 source's)."""
    by_place: dict[str, list[int]] = defaultdict(list)
    for pos in sorted(holders):
        for place in sorted({place_of[u] for u, _ in holders[pos]}):
            by_place[place].append(pos)
    local = {uid for uid, place in place_of.items() if place == "中央"
             and any(_LOCAL_NAME.match(n) for n in known.get(uid, ())) and not any(
                 not _LOCAL_NAME.match(n) for n in known.get(uid, ()))}
    out: set[tuple[int, int]] = set()
    for place, positions in by_place.items():
        # a body named by its level alone (省卫生厅, 市工商局) that a national text describes is no body of
        # the centre: its work on a matter is no overlap with a ministry's
        positions = [pos for pos in positions if not all(u in local for u, _ in holders[pos])]
        forms = sorted({f for pos in positions for u, _ in holders[pos] if place_of[u] == place
                        for f in known.get(u, ())}, key=lambda f: (-len(f), f))
        names = re.compile("|".join(map(re.escape, forms))) if forms else None
        naming: dict[str, list[int]] = defaultdict(list)
        for pos in positions:
            text = names.sub("，", index.texts[pos]) if names else index.texts[pos]
            for m in _matters(text):
                naming[m].append(pos)
        rare = min(ROLE_WORD_MOST, max(3, len(positions) // ROLE_WORD_SHARE))
        for m in sorted(naming):
            held = naming[m]
            if len(held) < 2 or len(held) > rare:
                continue
            for n, i in enumerate(held):
                units_i = {u for u, _ in holders[i]}
                for j in held[n + 1:]:
                    if units_i != {u for u, _ in holders[j]}:
                        out.add((min(i, j), max(i, j)))
    return sorted(out)


NAMED_CLAUSES = 3
_PARTNER_VERBS = re.compile(r"配合|协助|会同|协同|参与|牵头|依据|支持")


def _named_partners(known: dict[str, set[str]], index: ClauseIndex, holders: dict[int, list[tuple[str, str | None]]],
                    place_of: dict[str, str]) -> list[tuple[int, str, str | None, int, str, str | None]]:
    """A clause that names another unit of its place with a verb of joint work ("配合县应急管理局
    做好防汛抗旱工作") says the two units' duties touch: the pair is a candidate whatever the
    score, shown with the named unit's clause closest to it."""
    named_in: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
    for pos in sorted(holders):
        if _PARTNER_VERBS.search(index.texts[pos]):
            for uid, role in holders[pos]:
                named_in[place_of[uid]].append((pos, uid, role))
    if not named_in:
        return []
    held_by: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
    for pos, held in holders.items():
        for uid, role in held:
            held_by[uid].append((pos, role))
    units_of: dict[str, list[str]] = defaultdict(list)
    for uid in sorted(held_by):
        units_of[place_of[uid]].append(uid)
    out = []
    for place, naming in sorted(named_in.items()):
        owner: dict[str, str] = {}  # a name form -> its unit (a form two units share names neither)
        for uid in units_of[place]:
            for form in known.get(uid, set()):
                owner[form] = uid if form not in owner else ""
        forms = sorted((f for f, u in owner.items() if u), key=lambda f: (-len(f), f))
        if not forms:
            continue
        pattern = re.compile("|".join(map(re.escape, forms)))
        for pos, u, role_u in naming:
            text = index.texts[pos]
            for v in sorted({owner[m] for m in pattern.findall(text)} - {u}):
                # the partner's clause sharing most of what the naming clause says beyond the
                # partner's own name, then the closest by meaning
                said = pattern.sub("", text)
                theirs = sorted(held_by[v])
                sims = index.centered[[p for p, _ in theirs]] @ index.centered[pos]
                overlap = [sum(len(w) for w in _shared_words(said, index.texts[p])) for p, _ in theirs]
                ranked = sorted(range(len(theirs)), key=lambda k: (-overlap[k], -float(sims[k]), k))
                # the closest clause, and up to two more that share words with the naming clause
                for rank, k in enumerate(ranked[:NAMED_CLAUSES]):
                    if rank and not overlap[k]:
                        break
                    j, role_v = theirs[k]
                    out.append((pos, u, role_u, j, v, role_v))
    return out


@lru_cache(maxsize=100_000)
def _normal_name(name: str) -> str:
    # one unit name recurs in every query of the list: normalise it once
    return normalize_name(name)


def _name_table(store: GraphStore) -> dict[str, set[str]]:
    """Every unit's names as a clause writes them (local names, three characters or more),
    read in one pass over the name facts."""
    table: dict[str, set[str]] = defaultdict(set)
    for unit in store.units():
        table[unit.id].add(_normal_name(unit.name))
    for f in store.facts(predicate=Predicate.NAME):
        if f.value:
            table[f.subject].add(_normal_name(f.value))
    return {uid: {n for n in names if len(n) >= 3} for uid, names in table.items()}


def _pair_entry(store: GraphStore, a: str, b: str, day: date, key: tuple[str, str],
                boundaries: dict[tuple[str, str], list[Boundary]]) -> dict[str, Any]:
    """A pair's record; ``settled_by`` holds the 职责分工 statements naming both units written by
    ``day``, ``divided_later`` those written after it (the overlap they divide was there, not
    yet settled)."""
    settled_by, later = _written_by(store, boundaries.get(key, []), day)
    return {
        "units": [{"id": a, "name": store.name_at(a, day)}, {"id": b, "name": store.name_at(b, day)}],
        "jurisdiction": store.unit(a).jurisdiction, "score": 0.0, "lead_support": False, "source": "检测",
        "settled": bool(settled_by), "settled_by": [dict(evidence(store, x.prov), boundary=x.text) for x in settled_by],
        "divided_later": [dict(evidence(store, x.prov), boundary=x.text) for x in later],
        "clauses": [],
    }


def _written_by(store: GraphStore, statements: list[Boundary], day: date) -> tuple[list[Boundary], list[Boundary]]:
    """The statements written on or before ``day`` (or of unknown date), and those written after."""
    dates = [statement_date(store, s) for s in statements]
    return ([s for s, when in zip(statements, dates, strict=True) if when is None or when <= day],
            [s for s, when in zip(statements, dates, strict=True) if when is not None and when > day])


def _finish(p: dict[str, Any], bars: Bars) -> None:
    """Shared words, topic, confidence, roles and GAO grade of a pair, from its best clauses."""
    best = p["clauses"][0]
    p["shared_words"] = best["shared_words"]
    p["topic"] = best["shared_words"][0] if best["shared_words"] else None
    p["confidence"] = ("高" if p["source"] != "检测" or p.get("named") or p["settled"] or p.get("divided_later")
                       else best["confidence"])
    p["roles"] = [best["a"]["role"], best["b"]["role"]]
    p["grade"], p["reason"] = _grade(p, bars)
    if p["source"] != "职责分工" and not p["settled"] and p.get("divided_later"):
        p["reason"] += f"{_year(p['divided_later'][0].get('date'))}职责分工文件划分了两单位在这方面的职责（文件所述）。"
    if p.get("gathered_by") and best["match"] != GATHERED:
        g = p["gathered_by"][0]
        p["reason"] += f"{g['date'][:4]}年改革将两单位的这方面职责整合到{g['receiver']['name']}（{g['topic']}，文件所述）。"


def _year(day: str | None) -> str:
    """'2016年' of a document date, '' when unknown."""
    return f"{day[:4]}年" if day else ""


# the grades of GAO-15-49SP, as each reason ends
_GAO = {"交叉": "（GAO-15-49SP 所称“交叉”：相近的目标或活动）。",
        "分散": "（GAO-15-49SP 所称“分散”：多个部门在同一大领域）。",
        "重复": "（GAO-15-49SP 所称“重复”：同一对象的同一活动）。"}


def _grade(p: dict[str, Any], bars: Bars) -> tuple[str, str]:
    best = p["clauses"][0]
    words = "、".join(best["shared_words"][:4])
    common = f"共同词：{words}" if words else "没有共同词，按语义判断"
    if p["source"] == "职责分工":
        if not p["settled"]:
            year = _year(p["divided_later"][0].get("date"))
            return "交叉", (f"{year}职责分工文件点名两单位在同一事项上的职责相互关联；此时尚未划分边界"
                           + _GAO["交叉"])
        return "交叉", ("职责分工文件点名两单位在同一事项上的职责相互关联，并划分了边界"
                       + _GAO["交叉"])
    if p.get("named") and best["match"] == "条文点名":
        return "交叉", (f"一方的职责条文点名另一方共同承担同一事项（{common}），两单位职责相互关联"
                       + _GAO["交叉"])
    if p["lead_support"]:
        return "交叉", (f"一方牵头、一方参与同一事项（{common}），目标相同、分工不同"
                       "（GAO-15-49SP 所称“交叉”）。")
    if best["match"] == GATHERED:
        item = best["reform"]
        return item["grade"], (f"{item['date'][:4]}年改革将两单位的这方面职责整合到{item['receiver']['name']}"
                               f"（{item['topic']}），两条职责即改革前各自承担的部分"
                               + _GAO["交叉" if item["grade"] == "交叉" else "分散"])
    if best["match"] == COMMON:
        matters = "、".join(best.get("matters") or [])
        return "交叉", (f"两单位的职责针对同一事项（{matters}），各自的活动不同（相似度 {best['score']:.2f}）"
                       + _GAO["交叉"])
    if best["match"] == "文字雷同" or best["score"] >= bars.high:
        how = "文字几乎相同" if best["match"] == "文字雷同" else "意思相同"
        return "重复", (f"两条职责{how}（{common}，相似度 {best['score']:.2f}）：同一事项由两个单位承担"
                       + _GAO["重复"])
    return "交叉", (f"两条职责相近（{common}，相似度 {best['score']:.2f}）"
                   + _GAO["交叉"])


def _clauses(store: GraphStore, index: ClauseIndex, positions: tuple[int, int],
             cache: dict[str, DutyClause]) -> tuple[DutyClause, DutyClause]:
    ids = [index.ids[p] for p in positions]
    missing = [i for i in ids if i not in cache]
    if missing:
        for c in store.clauses(missing):
            cache[c.id] = c
    return cache[ids[0]], cache[ids[1]]


def _one_sentence(a: DutyClause, b: DutyClause) -> bool:
    return (a.prov.doc_id, a.prov.start, a.prov.sentence) == (b.prov.doc_id, b.prov.start, b.prov.sentence) \
        and bool(a.prov.sentence)


def _active_holders(store: GraphStore, index: ClauseIndex, day: date, jurisdiction: str | None) -> dict[int, list[tuple[str, str | None]]]:
    holders: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    ok_unit: dict[str, bool] = {}
    for h in store.facts(predicate=Predicate.HOLDS):
        if h.object is None or not holds_at(h.valid_from, h.valid_to, day):
            continue
        pos = index.position.get(h.object)
        if pos is None or residual(index.texts[pos]):
            continue  # "完成县委、县政府交办的其他任务" names no matter: no side of any pair
        if h.subject not in ok_unit:
            ok_unit[h.subject] = alive(store, h.subject, day) and in_jurisdiction(store, h.subject, jurisdiction)
        if ok_unit[h.subject]:
            holders[pos].append((h.subject, h.value))
    return holders


def _candidates(index: ClauseIndex, positions: np.ndarray, threshold: float) -> list[tuple[int, int, float, str]]:
    """Clause pairs of one jurisdiction that may say the same thing, from nearest neighbours
    over centered vectors and MinHash over wording. Work is done per unique text."""
    if len(positions) < 2:
        return []
    from kg.index.minhash import candidate_pairs, estimated_jaccard
    from kg.index.vectors import VectorIndex

    texts, inverse = np.unique(index.text_of_clause[positions], return_inverse=True)
    members: dict[int, list[int]] = defaultdict(list)
    for pos, t in zip(positions.tolist(), inverse.tolist(), strict=True):
        members[t].append(pos)
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for group in members.values():  # the very same text held twice
        for a_i, a in enumerate(group):
            for b in group[a_i + 1 :]:
                best[(min(a, b), max(a, b))] = (1.0, "文字雷同")
    if len(texts) >= 2:
        centered = index.text_centered[texts]
        nbr, sims = VectorIndex(centered).neighbours(NEIGHBOURS)
        text_pairs: dict[tuple[int, int], tuple[float, str]] = {}
        rows, cols = np.nonzero(sims >= threshold)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            key = (min(r, int(nbr[r, c])), max(r, int(nbr[r, c])))
            text_pairs[key] = max(text_pairs.get(key, (0.0, "")), (float(sims[r, c]), "语义相近"))
        sig = index.text_signatures[texts]
        pairs = candidate_pairs(sig)
        for (r, c), jv in zip(pairs.tolist(), estimated_jaccard(sig, pairs).tolist(), strict=True):
            if jv < 0.6:
                continue
            score = float(centered[r] @ centered[c])
            if jv >= 0.8:  # near-identical wording says more than any cosine
                text_pairs[(r, c)] = (max(score, text_pairs.get((r, c), (0.0, ""))[0]), "文字雷同")
            elif score >= threshold:
                text_pairs[(r, c)] = max(text_pairs.get((r, c), (0.0, "")), (score, "语义相近"))
        for (r, c), found in text_pairs.items():
            for a in members[r]:
                for b in members[c]:
                    best[(min(a, b), max(a, b))] = found
    return [(i, j, score, how) for (i, j), (score, how) in best.items()]


def _internal(store: GraphStore, a: str, b: str, day: date) -> bool:
    """One unit is (transitively) an internal division or sub-unit of the other."""
    chain_a = {c["id"] for c in parent_chain(store, a, day)}
    chain_b = {c["id"] for c in parent_chain(store, b, day)}
    return b in chain_a or a in chain_b


def _boundary_pairs(store: GraphStore) -> dict[tuple[str, str], list[Boundary]]:
    out: dict[tuple[str, str], list[Boundary]] = defaultdict(list)
    for b in sorted(store.boundaries(), key=lambda x: x.id):
        for x in b.units:
            for y in b.units:
                if x < y:
                    out[(x, y)].append(b)
    return out


def _with_boundaries(store: GraphStore, index: ClauseIndex, day: date, jurisdiction: str | None,
                     pairs: list[dict[str, Any]], bars: Bars, include_lead_support: bool) -> list[dict[str, Any]]:
    """Pairs a 职责分工 statement names are real overlaps, settled by the statement: listed
    whatever their clauses' scores, with each unit's part of the statement as its clause
    (beside the detected clauses when the pair was detected too)."""
    have = {tuple(u["id"] for u in p["units"]): p for p in pairs}
    out = list(pairs)
    for key, statements in sorted(_boundary_pairs(store).items()):
        a, b = key
        stated_first: list[dict[str, Any]] = []
        if store.unit(a).jurisdiction != store.unit(b).jurisdiction:
            continue
        if not all(in_jurisdiction(store, u, jurisdiction) and alive(store, u, day) for u in key):
            continue
        if _internal(store, a, b, day):
            continue
        # a statement written after the date still names an overlap of the two units then: it
        # divides duties that touched (listed, not yet settled: ``divided_later``)
        dated, later = _written_by(store, statements, day)
        entry = have.get(key)
        detected = entry is not None
        if entry is None:
            entry = _pair_entry(store, a, b, day, key, {key: statements})
            entry["source"] = "职责分工"
            out.append(entry)
        elif all(c["match"] == COMMON for c in entry["clauses"]):
            # a pair found only by a shared matter: the statement dividing it says more (its parts
            # first, the source the statement's); the shared-matter clauses follow
            entry["source"], detected = "职责分工", False
            stated_first = entry["clauses"]
        stated = []
        for s in dated + later:
            part_a, part_b = _part(store, s.text, a, b), _part(store, s.text, b, a)
            ev = evidence(store, s.prov)
            stated.append({
                "score": 1.0, "match": "职责分工", "confidence": "高", "shared_words": _shared_words(part_a, part_b)[:8],
                "a": {"clause_id": None, "text": part_a, "role": None, "evidence": ev},
                "b": {"clause_id": None, "text": part_b, "role": None, "evidence": ev},
            })
        # a detected pair keeps its detected clauses first (the finding); the statement follows
        entry["clauses"] = entry["clauses"] + stated if detected else stated + (
            stated_first if entry["source"] == "职责分工" and stated_first else [])
        if not detected:
            entry["score"] = 1.0
        _finish(entry, bars)
    return out


def _with_reform_statements(store: GraphStore, index: ClauseIndex, day: date, pairs: list[dict[str, Any]],
                            stated: list[dict[str, Any]], holders: dict[int, list[tuple[str, str | None]]],
                            bars: Bars) -> list[dict[str, Any]]:
    """Pairs of units whose duties a later reform gathered into one unit ("将A的X职责、B的X职责
    整合，组建D"): the reform says that until then they held parts of one area, so they are
    overlaps at least of the grade 分散, whatever their clauses' score. Each unit's clause is its
    own duty clause closest to the duty the reform moved from it (to the area, when the reform
    moved the unit whole), so the list shows the two units' own statements, never the reform
    sentence; a unit with no own clause about the matter (below the low bar) adds no pair."""
    have = {tuple(u["id"] for u in p["units"]): p for p in pairs}
    out = list(pairs)
    held: dict[str, list[int]] = defaultdict(list)
    for pos, owners in holders.items():
        for uid, _ in owners:
            held[uid].append(pos)
    clause_cache: dict[str, DutyClause] = {}
    for item in stated:
        best = {u["id"]: _closest_own(store, index, held.get(u["id"], []), item, u, bars, clause_cache)
                for u in item["units"]}
        ids = sorted(uid for uid, found in best.items() if found)
        for n, a in enumerate(ids):
            for b in ids[n + 1:]:
                if _internal(store, a, b, day):
                    continue
                key = (a, b)
                entry = have.get(key)
                if entry is None:
                    entry = have[key] = _pair_entry(store, a, b, day, key, {})
                    out.append(entry)
                reform = {k: item[k] for k in ("event_id", "date", "receiver", "topic", "grade", "summary", "evidence")}
                if not any(g["event_id"] == item["event_id"] and g["topic"] == item["topic"]
                           for g in entry.get("gathered_by", [])):
                    entry.setdefault("gathered_by", []).append(reform)
                ca, cb = best[a][0], best[b][0]
                found = [c for c in entry["clauses"] if c["a"]["clause_id"] == ca.id and c["b"]["clause_id"] == cb.id]
                if found:
                    # the finding stands, its reason now names the reform too; the reform lists it at
                    # 中 at least, as it lists the pair it adds (ahead of low-confidence clauses)
                    c = found[0]
                    c["confidence"] = min(c["confidence"], "中", key=LEVELS.index)
                    if LEVELS.index(entry["clauses"][0]["confidence"]) > LEVELS.index("中"):
                        entry["clauses"].remove(c)
                        entry["clauses"].insert(0, c)
                    _finish(entry, bars)
                    continue
                score = float(index.centered[index.position[ca.id]] @ index.centered[index.position[cb.id]])
                entry["score"] = max(entry["score"], score)
                pair = dict(_clause_pair(store, ca, None, cb, None, score, GATHERED, bars), confidence="中", reform=reform)
                # a finding stays first; a reform-gathered pair leads only over low-confidence clauses
                first = entry["clauses"] and LEVELS.index(entry["clauses"][0]["confidence"]) <= LEVELS.index("中")
                entry["clauses"].insert(len(entry["clauses"]) if first else 0, pair)
                _finish(entry, bars)
    return out


def _closest_own(store: GraphStore, index: ClauseIndex, positions: list[int], item: dict[str, Any],
                 unit: dict[str, Any], bars: Bars, cache: dict[str, DutyClause]) -> list[DutyClause]:
    """A unit's own clauses (not read out of a reform sentence) closest to what a reform moved
    from it, best first; empty when none reaches the low bar."""
    moved = [index.position[c] for c in unit.get("duty_ids") or [] if c in index.position]
    if moved:  # closeness of clause to clause, on the centred vectors the bars are for
        targets = index.centered[np.array(moved, dtype=np.int64)]
        scored = [(float(np.max(targets @ index.centered[pos])), pos) for pos in positions]
    else:  # given whole: its clause closest to the area the reform gathered
        query = index.query_vector(item["topic"])
        scored = [(float(index.vectors[pos] @ query), pos) for pos in positions]
    for score, pos in sorted(scored, key=lambda x: (-x[0], x[1])):
        if moved and score < bars.low:
            break
        clause = _clauses(store, index, (pos, pos), cache)[0]
        if clause.category == MOVED:
            continue
        return [clause]
    return []


def _part(store: GraphStore, text: str, unit_id: str, other_id: str) -> str:
    """The part of a 职责分工 statement about one unit: the sentences (split at ；。) that
    name it before the other unit; all of it when none does."""
    parts = [x for x in re.split(r"(?<=[；。])", text) if x.strip()]

    def first(uid: str, part: str) -> int:
        spots = [part.find(n) for n in _name_forms(store, uid) if n in part]
        return min(spots) if spots else len(part) + 1

    mine = [x for x in parts if first(unit_id, x) < first(other_id, x)]
    return "".join(mine) or text


def _name_forms(store: GraphStore, unit_id: str) -> set[str]:
    unit = store.unit(unit_id)
    names = {normalize_name(unit.name)} | {normalize_name(f.value or "") for f in store.facts(unit_id, Predicate.NAME)}
    stems = {re.sub(r"(?:局|部|委员会|委|厅|办公室|中心)$", "", n) for n in names}
    return {n for n in names | stems if len(n) >= 2}


def _shared_words(a: str, b: str) -> list[str]:
    """Words both clauses use, beyond the template (负责、组织、监督管理…) and place words;
    a word inside a longer shared word is left out. In the order of the first clause."""
    return list(_shared_words_cached(a, b))


@lru_cache(maxsize=200_000)
def _shared_words_cached(a: str, b: str) -> tuple[str, ...]:
    # county 三定 are near-copies: the same two texts meet in thousands of places
    from kg.index.lexical import tokenize

    ta = [w for w in tokenize(a) if len(w) >= 2 and not _PLACE_WORDS.match(w)]
    tb = set(tokenize(b))
    shared = list(dict.fromkeys(w for w in ta if w in tb))
    return tuple(w for w in shared if not any(w != v and w in v for v in shared))


def _clause_pair(store: GraphStore, a: DutyClause, ra: str | None, b: DutyClause, rb: str | None,
                 score: float, how: str, bars: Bars) -> dict[str, Any]:
    return {
        "score": round(score, 4), "match": how, "confidence": bars.level(score, same_words=how == "文字雷同") or "低",
        "shared_words": _shared_words(a.text, b.text),
        "a": {"clause_id": a.id, "text": a.text, "role": ra, "evidence": evidence(store, a.prov)},
        "b": {"clause_id": b.id, "text": b.text, "role": rb, "evidence": evidence(store, b.prov)},
    }


def _groups(pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Three or more units on one topic: the units linked by pairs whose best clauses share a
    word (分散: several units in one area). A group inside a larger one is left out."""
    import networkx as nx

    by_word: dict[str, nx.Graph] = defaultdict(nx.Graph)
    names: dict[str, str] = {}
    for p in pairs:
        if p["lead_support"]:
            continue
        a, b = p["units"]
        names[a["id"]], names[b["id"]] = a["name"], b["name"]
        for word in p["shared_words"]:
            by_word[word].add_edge(a["id"], b["id"], score=p["score"])
    found: list[dict[str, Any]] = []
    groups_of: dict[str, list[int]] = defaultdict(list)  # unit -> the groups holding it
    for word in sorted(by_word, key=lambda w: (-len(w), w)):
        g = by_word[word]
        for comp in sorted(nx.connected_components(g), key=lambda c: sorted(c)):
            if len(comp) < 3:
                continue
            first = min(comp)
            if any(comp <= found[i]["members"] for i in groups_of[first]):
                continue
            score = max(d["score"] for _, _, d in g.subgraph(comp).edges(data=True))
            for u in comp:
                groups_of[u].append(len(found))
            found.append({"members": set(comp), "topic": word, "score": round(score, 4)})
    groups = []
    for g in sorted(found, key=lambda x: (-len(x["members"]), -x["score"], x["topic"], sorted(x["members"]))):
        units = sorted(({"id": u, "name": names[u]} for u in g["members"]), key=lambda x: (x["name"], x["id"]))
        groups.append({"units": units, "topic": g["topic"], "score": g["score"], "grade": "分散", "source": "检测",
                       "reason": f"{len(units)}个单位的职责都涉及“{g['topic']}”，同一领域分散在多个单位"
                                 + _GAO["分散"]})
    return groups


def _topic_words(topic: str) -> list[str]:
    from kg.index.lexical import tokenize

    words = list(dict.fromkeys(tokenize(topic)))
    return [w for w in words if len(w) >= 2] or words


def _text_about(text: str, topic: str, words: list[str]) -> bool:
    """A text is about a topic when it says the topic, or at least half of its words (and one)."""
    if _mentions(text, topic):
        return True
    return bool(words) and sum(w in text for w in words) * 2 >= len(words)


def _about(index: ClauseIndex, topic: str) -> set[str]:
    """Clauses about a topic: among the search hits, those that say it in words
    (``_text_about``) or in meaning (the query-to-clause cosine at or above the model's
    relevance floor, the bar who-handles uses for the same question)."""
    from kg.index.calibration import relevance_floor

    words = _topic_words(topic)
    if not words:
        return set()
    floor = relevance_floor(index.embedder.name)
    out: set[str] = set()
    for hit in index.search(topic, k=500):
        if (hit.lexical > 0 and _text_about(index.unique_texts[hit.text_index], topic, words)) or hit.dense >= floor:
            out.update(hit.clause_ids)
    return out


# clauses of a place ranked by meaning that count as about a topic the place holds: at most a
# tenth of the place's clauses, and at most TOPIC_NEAREST
TOPIC_NEAREST = 12
TOPIC_SHARE = 10


def _topical(store: GraphStore, index: ClauseIndex, holders: dict[int, list[tuple[str, str | None]]],
             topic: str, day: date | None = None) -> set[int]:
    """Positions of the held clauses about a topic: those that say it (``_about``), and, in a
    place where some clause says it or a word of it, the place's clauses closest to the topic in
    meaning (the nearest tenth, at most ``TOPIC_NEAREST``, within the model's margin of the
    closest: ``kg.index.calibration.topic_margin``). Query-to-clause cosines crowd together
    (e5: related 0.85-0.95, unrelated 0.83-0.86), so an absolute floor misses the clauses that
    say the topic in other words (新型农村合作医疗 for 基本医疗保险, 主体功能区规划 for 空间规划);
    their rank among the place's clauses does not."""
    from kg.index.calibration import topic_margin

    about, words = _about(index, topic), _topic_words(topic)
    if not holders:
        return set()
    margin = topic_margin(index.embedder.name)
    place_of = {u.id: u.jurisdiction for u in store.units()}
    by_place: dict[str, list[int]] = defaultdict(list)
    for pos in sorted(holders):
        for place in sorted({place_of[u] for u, _ in holders[pos]}):
            by_place[place].append(pos)
    said = {pos for pos in holders if index.ids[pos] in about or _text_about(index.texts[pos], topic, words)}
    out = set(said)
    query = index.query_vector(topic)
    for positions in by_place.values():
        if not any(pos in said or any(w in index.texts[pos] for w in words) for pos in positions):
            continue  # no clause of the place says the topic or a word of it: nothing near it counts
        out.update(_rare_topic_word_clauses(index, positions, words))
        cos = index.vectors[positions] @ query
        keep = min(TOPIC_NEAREST, -(-len(positions) // TOPIC_SHARE))
        nearest = sorted(range(len(positions)), key=lambda k: (-float(cos[k]), positions[k]))[:keep]
        best = float(cos[nearest[0]])
        out.update(positions[k] for k in nearest if best - float(cos[k]) <= margin)
    out.update(_named_for(store, index, holders, topic, query, day))
    return out


def _rare_topic_word_clauses(index: ClauseIndex, positions: list[int], words: list[str]) -> set[int]:
    """A topic of several matters ("低收入人口救助帮扶": 救助, 帮扶) is held by the clauses that name one of
    its words that few clauses of the place use (at most max(3, 1/30 of its clauses), never more than 8:
    the rarity of the shared-matter source), though they say no half of the topic: "统筹城乡低保和特困人员
    救助供养" and "组织开展防止返贫动态监测和帮扶" are both about it. Template, activity and place words
    (管理, 监督, 县级) and the pieces of a longer word of the topic (收入 in 低收入) say no matter."""
    if len(words) < 2:
        return set()  # one word: a clause that uses it says the topic (_text_about)
    own = [w for w in words if len(w) >= 2 and not _generic(w) and not any(w != v and w in v for v in words)]
    rare = min(ROLE_WORD_MOST, max(3, len(positions) // ROLE_WORD_SHARE))
    out: set[int] = set()
    for w in own:
        held = [pos for pos in positions if w in index.texts[pos]]
        if len(held) <= rare:
            out.update(held)
    return out


_NAME_CORE = re.compile(r"(?:人民政府|委员会|管理局|办公室|服务中心|中心|局|委|办|厅|部|署|站|所|院)$")
NAMED_FOR_CLAUSES = 8  # a unit named for the matter: its clauses nearest the topic, at most eight


def _named_for(store: GraphStore, index: ClauseIndex, holders: dict[int, list[tuple[str, str | None]]],
               topic: str, query: np.ndarray, day: date | None = None) -> set[int]:
    """Clauses of the units named for the topic's matter (乡村振兴局 for "乡村振兴与三农", 医疗保障局
    for "基本医疗保障"): such a unit holds the matter whatever words its clauses use ("巩固拓展脱贫攻坚
    成果" is 乡村振兴 work); its clauses nearest the topic in meaning count as about it."""
    plain = normalize_name(re.sub(r"[“”\"‘’「」]", "", topic))
    if len(plain) < 2:
        return set()
    units = {u.id: u for u in store.units()}
    own: dict[str, list[int]] = defaultdict(list)
    for pos, held in holders.items():
        for uid, _ in held:
            own[uid].append(pos)
    out: set[int] = set()
    for uid, positions in own.items():
        if uid not in units:
            continue
        core = _name_core(store, uid, day)  # the name at the day asked (扶贫开发办公室 became 乡村振兴局)
        if len(core) < 2 or not (core in plain or plain in core):
            continue
        positions = sorted(positions)
        cos = index.vectors[positions] @ query
        nearest = sorted(range(len(positions)), key=lambda k: (-float(cos[k]), positions[k]))[:NAMED_FOR_CLAUSES]
        out.update(positions[k] for k in nearest)
    return out


def _name_core(store: GraphStore, uid: str, day: date | None) -> str:
    """A unit's name at the day without its place, level word and ending (样本县林业局 → 林业; 县农业农村局 → 农业农村)."""
    unit = store.unit(uid)
    name = store.name_at(uid, day)
    name = name[len(unit.jurisdiction):] if unit.jurisdiction and name.startswith(unit.jurisdiction) else name
    return normalize_name(_NAME_CORE.sub("", name.lstrip("省市县区")))


def _mentions(text: str, topic: str) -> bool:
    return bool(topic) and normalize_name(topic) in normalize_name(text)


def _item_about(item: dict[str, Any], topic: str) -> bool:
    words = _topic_words(topic)
    texts = [item["topic"]] + [d for u in item["units"] for d in u.get("duties", [])]
    return any(_text_about(t, topic, words) for t in texts)


# ---------------------------------------------------------------- questions


def overlaps_about(
    store: GraphStore,
    *,
    topic: str | None = None,
    units: list[str] | None = None,
    at: str | date | None = None,
    jurisdiction: str | None = None,
    before_reform: bool = False,
    index: ClauseIndex | None = None,
    limit: int = 5,
) -> dict[str, Any]:
    """One answer for the three overlap questions, from the overlap list itself:

    * "哪些部门都管X？" → ``topic="X"``: the units whose duties at ``at`` are about X, the
      candidate pairs and groups among them, and what reforms state about X;
    * "X和Y职责有没有交叉？" → ``units=[x_id, y_id]``: the pairs between the two units (牵头/参与
      and 职责分工 included), and the overlaps reforms state for both;
    * "改革前X是哪几个部门在管？" → ``topic="X", before_reform=True``: the overlaps reforms cured
      on X ("2018年改革前，X分散在A、B两个部门"), with the sentence.

    ``answer`` is the Chinese sentence; ``evidence`` the sources it cites.

    >>> overlaps_about(store, topic="森林防火", jurisdiction="示例县", at="2019")["answer"]   # doctest: +SKIP
    '2019-12-31示例县有2个部门的职责涉及“森林防火”：……'
    """
    day = as_of(at)
    index = index or default_registry().index_for(store)
    listed = duplicated_functions(store, at=day, jurisdiction=jurisdiction, index=index, topic=topic, units=units,
                                  limit=None, include_lead_support=True)
    history = overlap_history(store, None if before_reform and at is None else day, jurisdiction)
    if topic:
        history = [i for i in history if _item_about(i, topic)]
    if units:
        history = [i for i in history if set(units[:2]) <= {u["id"] for u in i["units"]} | {i["receiver"]["id"]}]
    out: dict[str, Any] = {
        "kind": _question_kind(topic, units, before_reform),
        "at": day.isoformat(), "jurisdiction": jurisdiction, "topic": topic,
        "units": [{"id": u, "name": store.name_at(u, day)} for u in units or []],
        "holders": _holders(store, index, day, jurisdiction, topic) if topic and not before_reform else [],
        "pairs": listed["pairs"][:limit], "total": listed["total"], "groups": listed["groups"],
        "stated": listed["stated"], "history": history,
    }
    out["answer"], out["evidence"] = _answer(out, before_reform)
    return out


def _holders(store: GraphStore, index: ClauseIndex, day: date, jurisdiction: str | None,
             topic: str) -> list[dict[str, Any]]:
    active = _active_holders(store, index, day, jurisdiction)
    topical = _topical(store, index, active, topic, day)
    about, words, query = _about(index, topic), _topic_words(topic), index.query_vector(topic)
    # a unit's clauses that say the topic first, then the closest in meaning
    order = {index.ids[pos]: (not (index.ids[pos] in about or _text_about(index.texts[pos], topic, words)),
                              -float(index.vectors[pos] @ query)) for pos in topical}
    by_unit: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for pos, held in sorted(active.items()):
        cid = index.ids[pos]
        if pos in topical:
            for uid, role in held:
                by_unit[uid].append((cid, role))
    found = {c.id: c for c in store.clauses(sorted({cid for held in by_unit.values() for cid, _ in held}))}
    out = []
    for uid, held in by_unit.items():
        rows = [{"text": found[cid].text, "role": role, "clause_id": cid, "evidence": evidence(store, found[cid].prov)}
                for cid, role in sorted(held, key=lambda h: (order[h[0]], h))]
        out.append({"id": uid, "name": store.name_at(uid, day), "jurisdiction": store.unit(uid).jurisdiction,
                    "clauses": rows})
    out.sort(key=lambda u: (-len(u["clauses"]), u["name"]))
    return out


def _question_kind(topic: str | None, units: list[str] | None, before_reform: bool) -> str:
    """before_reform | pair (two units) | unit (one unit, no topic) | topic | all (nothing
    named: which units overlap at all)."""
    if before_reform:
        return "before_reform"
    if units and len(units) >= 2:
        return "pair"
    if topic:
        return "topic"
    return "unit" if units else "all"


def _pair_line(p: dict[str, Any]) -> str:
    a, b = (u["name"] for u in p["units"])
    return f"{a}与{b}（{p['grade']}{_division_note(p)}）"


def _division_note(p: dict[str, Any]) -> str:
    """"，已有职责分工规定" for a settled pair, "，2017年职责分工文件此后划分了两者职责" for a pair a
    later statement divides, "" otherwise."""
    if p["settled"]:
        return "，已有职责分工规定"
    if p.get("divided_later"):
        return f"，{_year(p['divided_later'][0].get('date'))}职责分工文件此后划分了两者职责"
    return ""


def _answer(r: dict[str, Any], before_reform: bool) -> tuple[str, list[dict[str, Any]]]:
    cites: list[dict[str, Any]] = []
    topic = r["topic"]
    place = r["jurisdiction"] or ""
    about = f"“{topic}”" if topic else "相关职责"
    if before_reform:
        if not r["history"]:
            return f"没有找到改革文件说明{place}{about}在改革前由哪些部门承担。", cites
        lines = []
        for item in r["history"][:3]:
            cites.append(item["evidence"])
            lines.append(f"{item['summary']}（改革后由{item['receiver']['name']}承担，{item['grade']}）")
        return "；".join(lines) + "。", cites
    parts: list[str] = []
    if r["kind"] == "pair":
        a, b = (u["name"] for u in r["units"][:2])
        if r["pairs"]:
            p = r["pairs"][0]
            a, b = (u["name"] for u in p["units"])
            c = p["clauses"][0]
            cites += [c["a"]["evidence"], c["b"]["evidence"]] + (p["settled_by"] or p.get("divided_later") or [])[:1]
            parts.append(f"{a}与{b}职责有交叉（{p['grade']}，{p['confidence']}置信）：“{c['a']['text']}”与“{c['b']['text']}”"
                         f"{_division_note(p)}")
        else:
            parts.append(f"在{r['at']}没有发现{a}与{b}职责交叉重叠")
    elif r["kind"] in ("unit", "all"):
        who = r["units"][0]["name"] if r["kind"] == "unit" else f"{place}各部门之间"
        if r["pairs"]:
            parts.append(f"在{r['at']}{who}有{r['total']}处职责可能交叉重叠，最相近的是："
                         + "；".join(_pair_line(p) for p in r["pairs"][:3]))
            cites += [c for p in r["pairs"][:3] for c in (p["clauses"][0]["a"]["evidence"], p["clauses"][0]["b"]["evidence"])]
        else:
            parts.append(f"在{r['at']}没有发现{who}职责交叉重叠")
    else:
        holders = r["holders"]
        if not holders:
            parts.append(f"在{r['at']}没有找到{place}职责涉及“{topic}”的部门")
        else:
            named = "、".join(f"{h['name']}（“{h['clauses'][0]['text']}”）" for h in holders[:6])
            parts.append(f"在{r['at']}{place}有{len(holders)}个部门的职责涉及“{topic}”：{named}")
            cites += [h["clauses"][0]["evidence"] for h in holders[:6]]
            for p in r["pairs"][:3]:
                note = _division_note(p).lstrip("，")
                parts.append(f"其中{p['units'][0]['name']}与{p['units'][1]['name']}职责{p['grade']}"
                             + (f"（{note}）" if note else ""))
    for item in (r["stated"] + r["history"])[:2]:
        cites.append(item["evidence"])
        parts.append(f"改革文件所述：{item['summary']}")
    return "；".join(parts) + "。", cites
