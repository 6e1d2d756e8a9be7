"""Each event type, applied to the graph and read back through the store and the unit page."""

from __future__ import annotations

from kg.dates import as_of
from kg.model import EventType, Predicate
from kg.store import GraphStore
from queries.unit_info import children_at, parent_chain, unit_profile, units_at
from tests.builders import apply_doc, doc, unit_id

# ---------------------------------------------------------------- helpers


def held_texts(store: GraphStore, uid: str, at: str | None) -> set[str]:
    return {d["text"] for d in unit_profile(store, uid, at)["duties"]}


def clause_of(store: GraphStore, uid: str, text: str, at: str) -> str:
    found = [d["clause_id"] for d in unit_profile(store, uid, at)["duties"] if d["text"] == text]
    assert len(found) == 1, f"{text!r} held {len(found)} times by {uid} at {at}"
    return found[0]


def holders(store: GraphStore, clause_id: str) -> list[tuple[str, str | None]]:
    """(holder, until) of one clause in order; each later holder starts when the one before
    it stops (when the first holder's duty began is the describing document's business)."""
    facts = sorted(store.facts(predicate=Predicate.HOLDS, object=clause_id),
                   key=lambda f: (f.valid_to is None, f.valid_to or ""))
    for before, after in zip(facts, facts[1:], strict=False):
        assert after.valid_from == before.valid_to, (before, after)
    return [(f.subject, f.valid_to) for f in facts]


def events_of(store: GraphStore, uid: str, type_: EventType) -> list:  # type: ignore[type-arg]
    return [e for e in store.events(uid) if e.type == type_]


def base_2008(store: GraphStore) -> None:
    apply_doc(store, doc("sanding2008", date="2008-07", title="2008年三定汇编")
              .unit("国土资源部", kind="国务院组成部门", rank="正部级")
              .duties("国土资源部", "承担保护与合理利用土地资源的责任", "负责规范国土资源管理秩序")
              .unit("国家发展和改革委员会", kind="国务院组成部门", rank="正部级")
              .duties("国家发展和改革委员会", "组织编制主体功能区规划并协调实施", "拟订并组织实施国民经济和社会发展战略")
              .unit("国家海洋局", kind="部门管理机构", rank="副部级", parent="国土资源部")
              .duties("国家海洋局", "负责海洋环境保护工作"))


PLAN = "深化党和国家机构改革方案"


def plan_2018(store: GraphStore):  # type: ignore[no-untyped-def]
    return apply_doc(store, doc("plan2018", date="2018-03", title=PLAN)
                     .establish("自然资源部", inputs=["国土资源部", "国家海洋局"], kind="国务院组成部门",
                                duties=[("国家发展和改革委员会", "组织编制主体功能区规划职责"),
                                        ("国土资源部", None), ("国家海洋局", None)])
                     .abolish("国土资源部", "国家海洋局"))


# ---------------------------------------------------------------- establish


def test_establish_moves_named_and_whole_duties(store: GraphStore) -> None:
    base_2008(store)
    applied = plan_2018(store)
    assert applied.reviews == []
    mnr, ndrc, mlr = unit_id(store, "自然资源部"), unit_id(store, "国家发展和改革委员会"), unit_id(store, "国土资源部")

    assert not store.exists_at(mnr, as_of("2018-02"))
    assert store.exists_at(mnr, as_of("2018-03"))
    assert held_texts(store, mnr, "2019") == {
        "组织编制主体功能区规划并协调实施",  # named duty of another unit
        "承担保护与合理利用土地资源的责任", "负责规范国土资源管理秩序",  # whole unit
        "负责海洋环境保护工作",
    }
    # only the named duty left the NDRC
    assert held_texts(store, ndrc, "2017") == {"组织编制主体功能区规划并协调实施", "拟订并组织实施国民经济和社会发展战略"}
    assert held_texts(store, ndrc, "2019") == {"拟订并组织实施国民经济和社会发展战略"}
    assert held_texts(store, mlr, "2019") == set()

    # the moved clause is the same record before and after, held by one unit at a time
    moved = clause_of(store, ndrc, "组织编制主体功能区规划并协调实施", "2017")
    assert clause_of(store, mnr, "组织编制主体功能区规划并协调实施", "2019") == moved
    assert holders(store, moved) == [(ndrc, "2018-03"), (mnr, None)]

    (event,) = events_of(store, mnr, EventType.ESTABLISH)
    assert set(event.inputs) == {mlr, unit_id(store, "国家海洋局")}
    assert event.outputs == [mnr]
    assert {(m.source, m.target) for m in event.moves if m.clause_id == moved} == {(ndrc, mnr)}
    assert len(event.moves) == 4

    profile = unit_profile(store, mnr, "2019")
    assert profile["kind"] == "国务院组成部门"
    assert profile["exists"] is True
    (described,) = [e for e in profile["events"] if e["type"] == "establish"]
    assert described["evidence"]["title"] == PLAN
    assert "组建自然资源部" in described["evidence"]["text"]
    assert {m["text"] for m in described["moves"]} == held_texts(store, mnr, "2019")


def test_establish_from_whole_units_without_duty_list(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2013-03")
              .unit("国家质量监督检验检疫总局").duties("国家质量监督检验检疫总局", "负责产品质量监督")
              .unit("国家工商行政管理总局").duties("国家工商行政管理总局", "负责市场主体登记注册"))
    apply_doc(store, doc("p", date="2018-03")
              .establish("国家市场监督管理总局", inputs=["国家质量监督检验检疫总局", "国家工商行政管理总局"]))
    samr = unit_id(store, "国家市场监督管理总局")
    assert held_texts(store, samr, "2018-06") == {"负责产品质量监督", "负责市场主体登记注册"}
    assert held_texts(store, samr, "2018-02") == set()


def test_establish_with_parent_kind_and_rank(store: GraphStore) -> None:
    base_2008(store)
    plan_2018(store)
    apply_doc(store, doc("plan2018b", date="2018-03")
              .establish("国家林业和草原局", parent="自然资源部", relation="管理", kind="部门管理机构", rank="副部级"))
    forestry, mnr = unit_id(store, "国家林业和草原局"), unit_id(store, "自然资源部")
    day = as_of("2019")
    assert [c["id"] for c in parent_chain(store, forestry, day)] == [mnr]
    assert parent_chain(store, forestry, day)[0]["relation"] == "管理"
    assert [c["id"] for c in children_at(store, mnr, day)] == [forestry]
    profile = unit_profile(store, forestry, "2019")
    assert (profile["kind"], profile["rank"]) == ("部门管理机构", "副部级")
    assert profile["parent_chain"][0]["name"] == "自然资源部"


# ---------------------------------------------------------------- re-form


def test_re_form_on_the_base_of_another_unit(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2013-03")
              .unit("国家卫生和计划生育委员会").duties("国家卫生和计划生育委员会", "负责计划生育管理和服务工作"))
    apply_doc(store, doc("p", date="2018-03")
              .re_form("国家卫生健康委员会", inputs=["国家卫生和计划生育委员会"], kind="国务院组成部门"))
    old, new = unit_id(store, "国家卫生和计划生育委员会"), unit_id(store, "国家卫生健康委员会")
    assert old != new
    assert held_texts(store, new, "2019") == {"负责计划生育管理和服务工作"}
    assert held_texts(store, old, "2019") == set()
    # the unit it was re-formed from does not live on beside its successor
    assert store.exists_at(old, as_of("2017"))
    assert not store.exists_at(old, as_of("2019"))
    assert store.exists_at(new, as_of("2019"))
    (event,) = events_of(store, new, EventType.RE_FORM)
    assert (event.inputs, event.outputs) == ([old], [new])


def test_re_form_under_the_same_name(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2008-03")
              .unit("科学技术部", kind="国务院组成部门", rank="正部级").duties("科学技术部", "拟订国家创新驱动发展战略方针")
              .unit("国家外国专家局").duties("国家外国专家局", "负责引进国外智力工作"))
    apply_doc(store, doc("p", date="2018-03")
              .re_form("科学技术部", inputs=["科学技术部", "国家外国专家局"], kind="国务院组成部门"))
    most, safea = unit_id(store, "科学技术部"), unit_id(store, "国家外国专家局")
    assert len([u for u in store.units() if u.name == "科学技术部"]) == 1  # the same unit, a new period
    periods = store.facts(most, Predicate.EXISTS)
    # two periods: every existence begun before the re-formation ends at it (the 三定's
    # and the one the event itself records for its input), the new one starts there
    assert {f.valid_to for f in periods if f.valid_to} == {"2018-03"}
    assert [f.valid_from for f in periods if f.valid_to is None] == ["2018-03"]
    for at in ("2010", "2018-02", "2018-03", "2020"):
        assert store.exists_at(most, as_of(at)), at
    assert held_texts(store, most, "2019") == {"拟订国家创新驱动发展战略方针", "负责引进国外智力工作"}
    assert not store.exists_at(safea, as_of("2019"))
    (event,) = events_of(store, most, EventType.RE_FORM)
    assert most in event.inputs and event.outputs == [most]


# ---------------------------------------------------------------- abolish, merge, rename


def test_abolish(store: GraphStore) -> None:
    base_2008(store)
    plan_2018(store)
    mlr = unit_id(store, "国土资源部")
    assert store.exists_at(mlr, as_of("2018-02"))
    assert not store.exists_at(mlr, as_of("2018-03"))
    assert mlr in {u["id"] for u in units_at(store, "2017")}
    assert mlr not in {u["id"] for u in units_at(store, "2019")}
    profile = unit_profile(store, mlr, "2019")
    assert profile["exists"] is False
    assert profile["existence"][0]["valid_to"] == "2018-03"
    (abolished,) = [e for e in profile["events"] if e["type"] == "abolish"]
    assert abolished["label"] == "不再保留"
    assert "不再保留国土资源部" in abolished["evidence"]["text"]
    assert abolished["date"] == "2018-03"


def test_merge_into(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2010", jurisdiction="白城市")
              .unit("市政府法制办公室").duties("市政府法制办公室", "承担政府立法工作", "负责行政复议工作")
              .unit("市司法局").duties("市司法局", "负责普法宣传"))
    apply_doc(store, doc("p", date="2019-01", jurisdiction="白城市").merge_into("市政府法制办公室", "市司法局"))
    legal, justice = unit_id(store, "白城市政府法制办公室"), unit_id(store, "白城市司法局")
    assert not store.exists_at(legal, as_of("2019"))
    assert store.exists_at(justice, as_of("2019"))
    assert held_texts(store, justice, "2019") == {"承担政府立法工作", "负责行政复议工作", "负责普法宣传"}
    moved = clause_of(store, legal, "负责行政复议工作", "2018")
    assert holders(store, moved) == [(legal, "2019-01"), (justice, None)]
    (event,) = events_of(store, legal, EventType.MERGE_INTO)
    assert (event.inputs, event.outputs) == ([legal], [justice])
    described = [e for e in unit_profile(store, justice)["events"] if e["type"] == "merge_into"][0]
    assert described["label"] == "并入"
    assert {m["from"] for m in described["moves"]} == {"白城市政府法制办公室"}


def test_rename(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2008", jurisdiction="镇赉县").unit("县农业局", kind="政府工作部门"))
    apply_doc(store, doc("r", date="2019-02", jurisdiction="镇赉县").rename("县农业局", "县农业农村局"))
    uid = unit_id(store, "镇赉县农业农村局")
    assert unit_id(store, "镇赉县农业局") == uid
    assert store.name_at(uid, as_of("2018")) == "镇赉县农业局"
    assert store.name_at(uid, as_of("2019-02")) == "镇赉县农业农村局"
    assert store.name_at(uid) == "镇赉县农业农村局"
    profile = unit_profile(store, uid, "2019")
    assert [(n["value"], n["valid_to"]) for n in profile["names"]] == [("农业局", "2019-02"), ("农业农村局", None)]
    assert profile["names"][1]["period"] == "2019-02 起"
    assert [(a["value"], a["valid_to"]) for a in profile["aliases"]] == [("农业局", "2019-02")]
    (event,) = events_of(store, uid, EventType.RENAME)
    assert event.attrs == {"old_name": "农业局", "new_name": "农业农村局"}
    # a later document that still uses the old name means the same unit
    apply_doc(store, doc("n", date="2020", jurisdiction="镇赉县").duty("县农业局", "负责种植业管理"))
    assert held_texts(store, uid, "2021") == {"负责种植业管理"}


def test_rename_of_a_unit_known_only_by_a_mention(store: GraphStore) -> None:
    apply_doc(store, doc("r", date="2015-06", jurisdiction="镇赉县")
              .duty("县畜牧局", "负责畜牧业管理").rename("县畜牧局", "县畜牧业管理局"))
    uid = unit_id(store, "镇赉县畜牧业管理局")
    assert store.name_at(uid, as_of("2014")) == "镇赉县畜牧局"
    assert store.name_at(uid, as_of("2016")) == "镇赉县畜牧业管理局"


# ---------------------------------------------------------------- duties and units moving


def test_transfer_duty_keeps_the_clause(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2008-07")
              .unit("农业部").duties("农业部", "负责草原防火工作", "负责种植业管理")
              .unit("国家林业局").unit("应急管理部"))
    apply_doc(store, doc("t1", date="2013-03").transfer_duty("农业部", "草原防火职责", "国家林业局"))
    apply_doc(store, doc("t2", date="2018-03").transfer_duty("国家林业局", "草原防火职责", "应急管理部"))
    moa, forestry, mem = unit_id(store, "农业部"), unit_id(store, "国家林业局"), unit_id(store, "应急管理部")
    clause = clause_of(store, moa, "负责草原防火工作", "2012")
    assert clause_of(store, forestry, "负责草原防火工作", "2015") == clause
    assert clause_of(store, mem, "负责草原防火工作", "2019") == clause
    assert holders(store, clause) == [(moa, "2013-03"), (forestry, "2018-03"), (mem, None)]
    assert held_texts(store, moa, "2014") == {"负责种植业管理"}
    assert held_texts(store, forestry, "2019") == set()
    (event,) = events_of(store, mem, EventType.TRANSFER_DUTY)
    assert [(m.clause_id, m.source, m.target) for m in event.moves] == [(clause, forestry, mem)]
    described = [e for e in unit_profile(store, mem)["events"] if e["type"] == "transfer_duty"][0]
    assert described["moves"][0]["text"] == "负责草原防火工作"
    assert (described["moves"][0]["from"], described["moves"][0]["to"]) == ("国家林业局", "应急管理部")


def test_transfer_of_a_duty_known_only_from_the_transfer_sentence(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2010").unit("水利部").unit("应急管理部"))
    apply_doc(store, doc("t", date="2018-03").transfer_duty("水利部", "水旱灾害防治相关职责", "应急管理部"))
    mwr, mem = unit_id(store, "水利部"), unit_id(store, "应急管理部")
    clause = clause_of(store, mem, "水旱灾害防治相关职责", "2019")
    assert clause_of(store, mwr, "水旱灾害防治相关职责", "2017") == clause
    assert holders(store, clause) == [(mwr, "2018-03"), (mem, None)]
    assert [f.valid_from for f in store.facts(mwr, Predicate.HOLDS)] == [None]  # since before the record
    (c,) = store.clauses([clause])
    assert c.prov.doc_id == "t" and "划入应急管理部" in c.prov.sentence


def test_transfer_unit(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2008")
              .unit("民政部").unit("国家卫生健康委员会")
              .unit("中国老龄协会", parent="民政部", relation="代管"))
    apply_doc(store, doc("t", date="2018-03").transfer_unit("中国老龄协会", "国家卫生健康委员会", relation="代管"))
    cnca, mca, nhc = unit_id(store, "中国老龄协会"), unit_id(store, "民政部"), unit_id(store, "国家卫生健康委员会")
    assert [c["id"] for c in parent_chain(store, cnca, as_of("2017"))] == [mca]
    assert [c["id"] for c in parent_chain(store, cnca, as_of("2019"))] == [nhc]
    assert [c["id"] for c in children_at(store, mca, as_of("2017"))] == [cnca]
    assert children_at(store, mca, as_of("2019")) == []
    parents = unit_profile(store, cnca)["parents"]
    assert [(p["parent"], p["value"], p["valid_to"]) for p in parents] == [
        ("民政部", "代管", "2018-03"), ("国家卫生健康委员会", "代管", None)]
    assert parents[1]["period"] == "2018-03 起"
    assert "改由国家卫生健康委员会代管" in parents[1]["evidence"]["text"]


# ---------------------------------------------------------------- signs, rank, kind, co-location


def test_add_and_remove_sign(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2010", jurisdiction="白城市").unit("市自然资源局"))
    apply_doc(store, doc("a", date="2019-01", jurisdiction="白城市").add_sign("市自然资源局", "市林业局"))
    uid = unit_id(store, "白城市自然资源局")
    signs = unit_profile(store, uid)["signs"]
    assert [(s["value"], s["valid_from"], s["valid_to"]) for s in signs] == [("林业局", "2019-01", None)]
    # the sign's name finds the unit that carries it (user search and later documents)
    assert unit_id(store, "白城市林业局") == uid
    apply_doc(store, doc("d", date="2019-06", jurisdiction="白城市").duty("市林业局", "负责森林防火工作"))
    assert held_texts(store, uid, "2020") == {"负责森林防火工作"}
    assert len(store.units()) == 1
    apply_doc(store, doc("r", date="2021-01", jurisdiction="白城市").remove_sign("市自然资源局", "市林业局"))
    signs = unit_profile(store, uid)["signs"]
    assert [(s["value"], s["valid_from"], s["valid_to"]) for s in signs] == [("林业局", "2019-01", "2021-01")]
    (removed,) = events_of(store, uid, EventType.REMOVE_SIGN)
    assert removed.attrs["sign"] == "市林业局"


def test_upgrade_and_downgrade(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2010", jurisdiction="瓜州县").unit("县投资促进中心", rank="副科级", kind="事业单位"))
    apply_doc(store, doc("u", date="2016-05", jurisdiction="瓜州县").upgrade("县投资促进中心", "正科级"))
    apply_doc(store, doc("d", date="2020-01", jurisdiction="瓜州县").downgrade("县投资促进中心", "副科级"))
    uid = unit_id(store, "瓜州县投资促进中心")
    ranks = {at: unit_profile(store, uid, at)["rank"] for at in ("2015", "2016-04", "2016-05", "2019", "2020")}
    assert ranks == {"2015": "副科级", "2016-04": "副科级", "2016-05": "正科级", "2019": "正科级", "2020": "副科级"}
    history = [(r["value"], r["valid_to"]) for r in unit_profile(store, uid)["ranks"]]
    assert history == [("副科级", "2016-05"), ("正科级", "2020-01"), ("副科级", None)]
    assert [r["period"] for r in unit_profile(store, uid)["ranks"][1:]] == ["2016-05 至 2020-01", "2020-01 起"]
    assert [e.type for e in sorted(store.events(uid), key=lambda e: e.date)] == [EventType.UPGRADE, EventType.DOWNGRADE]


def test_change_kind_with_new_parent(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2013")
              .unit("国家质量监督检验检疫总局").unit("国家认证认可监督管理委员会", kind="部门管理机构",
                                                   parent="国家质量监督检验检疫总局")
              .unit("国家市场监督管理总局"))
    apply_doc(store, doc("c", date="2018-03").change_kind("国家认证认可监督管理委员会", "直属机构",
                                                        parent="国家市场监督管理总局", relation="管理"))
    uid = unit_id(store, "国家认证认可监督管理委员会")
    assert unit_profile(store, uid, "2017")["kind"] == "部门管理机构"
    assert unit_profile(store, uid, "2019")["kind"] == "直属机构"
    assert [c["name"] for c in unit_profile(store, uid, "2017")["parent_chain"]] == ["国家质量监督检验检疫总局"]
    assert [c["name"] for c in unit_profile(store, uid, "2019")["parent_chain"]] == ["国家市场监督管理总局"]


def test_co_locate(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2010", jurisdiction="白城市").unit("市纪委").unit("市监察委员会"))
    apply_doc(store, doc("c", date="2018-02", jurisdiction="白城市").co_locate("市纪委", "市监察委员会"))
    a, b = unit_id(store, "白城市纪委"), unit_id(store, "白城市监察委员会")
    assert a != b
    day_before, day_after = as_of("2018-01"), as_of("2018-02")
    assert [f.object for f in store.facts_at(a, Predicate.CO_LOCATED, day_after)] == [b]
    assert [f.object for f in store.facts_at(b, Predicate.CO_LOCATED, day_after)] == [a]
    assert store.facts_at(a, Predicate.CO_LOCATED, day_before) == []
    (event,) = events_of(store, a, EventType.CO_LOCATE)
    assert set(event.inputs) == {a, b}


# ---------------------------------------------------------------- staffing and boundaries


def test_staffing(store: GraphStore) -> None:
    apply_doc(store, doc("s", date="2019-03", jurisdiction="白城市", title="白城市自然资源局三定")
              .unit("市自然资源局").unit("市林业局")
              .staffing("市自然资源局", "行政编制", "核定", 58)
              .staffing("市自然资源局", "领导职数", "核定", 5, level="局长1名、副局长4名")
              .staffing("市自然资源局", "行政编制", "划入", 6, counterpart="市林业局", date="2019-06")
              .staffing(None, "编制", "收回", 146, date="2019-12"))
    uid, forestry = unit_id(store, "白城市自然资源局"), unit_id(store, "白城市林业局")
    rows = [(s["date"], s["kind"], s["change"], s["amount"], s["counterpart"]) for s in unit_profile(store, uid)["staffing"]]
    assert sorted(rows) == [("2019-03", "行政编制", "核定", 58, None), ("2019-03", "领导职数", "核定", 5, None),
                            ("2019-06", "行政编制", "划入", 6, "白城市林业局")]
    leader = [s for s in unit_profile(store, uid)["staffing"] if s["kind"] == "领导职数"][0]
    assert leader["level"] == "局长1名、副局长4名"
    assert leader["evidence"]["title"] == "白城市自然资源局三定"
    # a city-wide figure belongs to the jurisdiction, not to a unit
    (citywide,) = store.facts("白城市", Predicate.STAFFING)
    assert (citywide.amount, citywide.extra["change"], citywide.valid_from) == (146, "收回", "2019-12")
    assert store.get_unit("白城市") is None
    assert unit_profile(store, forestry)["staffing"] == []


def test_boundary(store: GraphStore) -> None:
    text = "自然资源部负责海域使用管理，生态环境部负责海洋环境保护的统一监督管理，双方建立协调机制。"
    apply_doc(store, doc("s", date="2018-09").unit("自然资源部").unit("生态环境部")
              .boundary(["自然资源部", "生态环境部"], text))
    mnr, mee = unit_id(store, "自然资源部"), unit_id(store, "生态环境部")
    (b,) = unit_profile(store, mnr)["boundaries"]
    assert b["units"] == ["自然资源部", "生态环境部"]
    assert b["text"] == text and b["evidence"]["text"] == text
    assert [x.id for x in store.boundaries(mee)] == [x.id for x in store.boundaries(mnr)]
