"""Synthetic establishment data at scale: many counties, each with the same kinds of units
and near-copies of the same duty clauses (as real county 三定 are), plus planted overlaps.

Records are built directly (no text extraction), one document per county, so a million
clauses load in minutes. Clause texts come from a pool of a few thousand unique sentences,
which is how real data looks and what the embedding cache exploits.

``generate(..., reforms=True)`` also gives every complete county four reform events (records
shaped as ``kg.apply`` makes them), so lineage has something to walk; see ``REFORMS``.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from typing import Any

from kg.model import (
    EVENT_LABELS,
    ClauseMove,
    Document,
    DocumentFacts,
    DutyClause,
    Ending,
    Event,
    EventType,
    Fact,
    Jurisdiction,
    Predicate,
    Provenance,
    Records,
    Unit,
    stable_id,
)

UNITS = [
    "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局",
    "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局",
    "农业农村局", "商务局", "文化和旅游局", "卫生健康局", "退役军人事务局", "应急管理局", "审计局",
    "市场监督管理局", "统计局", "医疗保障局", "林业局", "城市管理局", "信访局", "数据局", "机关事务服务中心",
    "投资促进服务中心", "融媒体中心", "不动产登记中心", "农业技术推广中心", "疾病预防控制中心",
    "综合行政执法局", "乡村振兴服务中心", "供销合作社", "档案馆", "地方志编纂中心", "公共资源交易中心",
]
TOPICS = [
    "国土空间规划", "自然资源调查监测", "不动产登记", "耕地保护", "矿产资源管理", "森林资源保护", "草原防火",
    "森林防火", "防汛抗旱", "安全生产监督管理", "食品安全监督管理", "药品零售监督管理", "价格监督检查",
    "反不正当竞争", "知识产权保护", "义务教育均衡发展", "职业教育", "科技成果转化", "中小企业发展",
    "社会救助", "养老服务", "婚姻登记", "法律援助", "人民调解", "预算编制", "国有资产管理", "政府采购监督",
    "就业创业", "社会保险", "人才引进", "生态环境监测", "大气污染防治", "水污染防治", "城乡规划建设",
    "住房保障", "建筑市场监管", "公路建设养护", "道路运输管理", "水资源管理", "河湖长制", "农田水利建设",
    "农村宅基地管理", "农产品质量安全", "动物防疫", "招商引资", "对外贸易", "文物保护", "旅游市场监管",
    "医疗卫生服务", "疾病预防控制", "爱国卫生运动", "退役军人安置", "审计监督", "统计调查", "医疗保障基金监管",
    "城市管理综合执法", "信访事项办理", "数据资源共享", "政务服务", "公共资源交易", "档案管理", "地方志编纂",
]
TEMPLATES = [
    "负责全县{t}工作。", "拟订{t}政策措施并组织实施。", "承担{t}的监督管理职责。", "指导全县{t}工作。",
    "组织开展{t}，建立健全相关制度。", "负责{t}的统计分析和信息发布。", "牵头协调{t}中的重大问题。",
    "参与{t}相关工作。", "配合有关部门做好{t}。", "组织编制{t}规划并监督实施。",
    "负责{t}领域执法检查和案件查处。", "承担{t}应急处置的具体工作。", "推进{t}信息化建设。",
    "监督检查{t}法律法规的执行情况。", "负责{t}有关审批事项的办理。",
]


def text_pool() -> list[str]:
    return [tpl.format(t=t) for t in TOPICS for tpl in TEMPLATES]


def generate(clauses: int, *, clauses_per_unit: int = 25, seed: int = 1,
             reforms: bool = False) -> Iterator[tuple[DocumentFacts, Records]]:
    """Yield (facts, records) per county until ``clauses`` clauses were made; with
    ``reforms``, each complete county also gets the events of ``REFORMS``."""
    rng = random.Random(seed)
    made = 0
    county = 0
    while made < clauses:
        county += 1
        place = f"合成{county:05d}县"
        doc_id = f"synth-{county:05d}"
        doc = Document(id=doc_id, title=f"{place}机构职能合成数据", date="2019-03", jurisdiction=place, kind="table")
        records = Records(jurisdictions=[Jurisdiction(id=place, name=place, level="县", parent=None)])
        counter = itertools.count(1)
        held: dict[str, list[tuple[str, str | None]]] = {}  # unit id -> [(clause id, role)]

        for u, name in enumerate(UNITS):
            # each kind of unit has its own topics (two neighbours overlap, as real ones do)
            topics = [TOPICS[(u * 2 + k) % len(TOPICS)] for k in range(3)]
            unit_pool = [tpl.format(t=t) for t in topics for tpl in TEMPLATES]
            if made >= clauses:
                break
            uid = stable_id("u", place, name)
            records.units.append(Unit(id=uid, jurisdiction=place, name=name))
            prov = Provenance(doc_id, 0, 0, f"{place}{name}")
            records.facts.append(Fact(stable_id("f", doc_id, next(counter)), uid, Predicate.EXISTS, prov, valid_from="2019-03"))
            records.facts.append(Fact(stable_id("f", doc_id, next(counter)), uid, Predicate.NAME, prov, value=name, valid_from="2019-03"))
            held[uid] = []
            for _ in range(min(clauses_per_unit, clauses - made)):
                text = rng.choice(unit_pool)
                role = "牵头" if text.startswith("牵头") else ("参与" if text.startswith(("参与", "配合")) else None)
                cid = stable_id("c", doc_id, next(counter), text)
                cprov = Provenance(doc_id, 0, 0, text)
                records.clauses.append(DutyClause(id=cid, text=text, prov=cprov))
                records.facts.append(Fact(stable_id("f", doc_id, next(counter)), uid, Predicate.HOLDS, cprov, object=cid, value=role, valid_from="2019-03"))
                held[uid].append((cid, role))
                made += 1
        if reforms:
            add_reforms(records, place, doc_id, held)
        yield DocumentFacts(document=doc), records


# (type, date, source kind, target kind or new name): a two-step merge chain into 自然资源局
# (ancestors at depth 1 and 2), its rename, and one duty moved out of it.
REFORMS = [
    (EventType.MERGE_INTO, "2019-05", "不动产登记中心", "林业局"),
    (EventType.MERGE_INTO, "2019-06", "林业局", "自然资源局"),
    (EventType.RENAME, "2020-01", "自然资源局", "自然资源和规划局"),
    (EventType.TRANSFER_DUTY, "2021-01", "自然资源局", "应急管理局"),
]
REFORM_KINDS = list(dict.fromkeys(k for _, _, src, dst in REFORMS for k in (src, dst) if k in UNITS))


def reform_units(place: str) -> list[str]:
    """Ids of the units the reform events of ``place`` touch."""
    return [stable_id("u", place, k) for k in REFORM_KINDS]


def add_reforms(records: Records, place: str, doc_id: str, held: dict[str, list[tuple[str, str | None]]]) -> None:
    """Append the ``REFORMS`` events of one county to its records, with the facts and endings
    ``kg.apply`` would write for them. Skipped when the county lacks one of the units."""
    uid = {k: stable_id("u", place, k) for k in UNITS}
    if not all(uid[k] in held for k in REFORM_KINDS):
        return
    ids = itertools.count(1)

    def fact(subject: str, predicate: Predicate, prov: Provenance, **kw: Any) -> None:
        records.facts.append(Fact(stable_id("rf", doc_id, next(ids)), subject, predicate, prov, **kw))

    def end(subject: str, predicate: Predicate, at: str, prov: Provenance, **kw: Any) -> None:
        records.endings.append(Ending(stable_id("re", doc_id, next(ids)), subject, predicate, at, prov, **kw))

    for n, (etype, at, src_kind, dst) in enumerate(REFORMS):
        src = uid[src_kind]
        prov = Provenance(doc_id, 0, 0, f"{at}，{place}{src_kind}{EVENT_LABELS[etype]}{dst}。")
        event = Event(id=stable_id("ev", doc_id, n), type=etype, date=at, prov=prov, inputs=[src])
        fact(src, Predicate.EXISTS, prov, event_id=event.id)  # an input existed before the event
        if etype == EventType.RENAME:
            event.outputs = [src]
            end(src, Predicate.NAME, at, prov, value=src_kind, event_id=event.id)
            fact(src, Predicate.NAME, prov, value=dst, valid_from=at, event_id=event.id)
            fact(src, Predicate.ALIAS, prov, value=src_kind, valid_to=at, event_id=event.id)
            event.attrs.update({"old_name": src_kind, "new_name": dst})
        else:
            target = uid[dst]
            event.outputs = [target]
            if etype == EventType.MERGE_INTO:
                end(src, Predicate.EXISTS, at, prov, event_id=event.id)
                moving, held[src] = held[src], []
            else:  # one duty, the last one the source took over
                moving = held[src][-1:]
                del held[src][-1:]
            for cid, role in moving:
                end(src, Predicate.HOLDS, at, prov, object=cid, event_id=event.id)
                fact(target, Predicate.HOLDS, prov, object=cid, value=role, valid_from=at, event_id=event.id)
                event.moves.append(ClauseMove(cid, src, target))
            held[target].extend(moving)
        records.events.append(event)
