"""Units and their establishment in county and township texts (fourteenth session, units14): lists opened by their
count, a body's secondary bodies classed one clause each, groups of a body formed in the same sentence, signs in the
bracket after a new name, a kind owned by a level word, a township's 市. Sentences are written for these tests in the
genre's wording; no corpus or trial document is used."""

from __future__ import annotations

import pytest

from kg.model import Mention
from tests.gold_score import Resolver
from tests.test_constructions import events, facts_of, units


def _divisions(f) -> dict[str, str | None]:
    return {u.unit.name: (u.parent.name if u.parent else None) for u in f.units if u.kind == "内设机构"}


def _figures(f) -> set[tuple]:
    return {(s.unit.name if s.unit else None, s.kind, s.change, s.amount) for s in f.staffing}


# --- a count, then the divisions (内设N个K，包括/即/分别是 A、B…) --------------------------------------------


@pytest.mark.parametrize(("text", "place", "host", "items"), [
    ("目前，甲镇已完成机关内设机构调整。内设5个职能机构，包括党政办公室、经济发展局、社会事务局、建设管理局和财政局。",
     "甲镇", "甲镇人民政府", ["党政办公室", "经济发展局", "社会事务局", "建设管理局", "财政局"]),
    ("改革后，乙乡机关职能得到优化。内设3个职能机构，分别是综合办公室、农业农村办公室和平安建设办公室。",
     "乙乡", "乙乡人民政府", ["综合办公室", "农业农村办公室", "平安建设办公室"]),
    ("镇机关内设4个职能机构，即党政办公室、经济发展办公室、社会事务办公室、综合治理办公室。",
     "丙镇", "丙镇人民政府", ["党政办公室", "经济发展办公室", "社会事务办公室", "综合治理办公室"]),
])
def test_a_townships_counted_divisions_are_its_governments(text, place, host, items) -> None:
    f = facts_of(text, place)
    assert _divisions(f) == {host + i: host for i in items}
    assert _figures(f) == {(host, "内设机构", "核定", len(items))}  # one figure, owned, never a second unowned one


def test_a_count_first_division_list_in_a_countys_text_is_not_a_townships() -> None:
    f = facts_of("全县机构改革顺利推进。内设5个职能机构，包括党政办公室、经济发展局、社会事务局、建设管理局和财政局。", "某县")
    assert not any(u.parent and u.parent.name.endswith("人民政府") for u in f.units)


def test_a_bodys_counted_divisions_with_a_connective_and_no_colon() -> None:
    f = facts_of("县统计局内设3个科室，包括办公室、综合统计股和调查队管理股。", "某县")
    assert set(_divisions(f)) == {"县统计局办公室", "县统计局综合统计股", "县统计局调查队管理股"}


def test_divisions_of_the_organ_of_the_body_named_before() -> None:
    f = facts_of("根据上述职责，县水利局设科室情况：机关内设办公室（法规股）、水政股、工程建设股、农村水利股。", "某县")
    got = {n: s for n, (k, _r, p, _rel, s) in units(f).items() if k == "内设机构" and p == "县水利局"}
    assert got == {"县水利局办公室": ("法规股",), "县水利局水政股": (), "县水利局工程建设股": (), "县水利局农村水利股": ()}


# --- a counted set-up: items with notes in brackets, 和 before the last, 综合设置 -----------------------------------


def test_a_counted_set_up_whose_items_carry_territory_notes() -> None:
    f = facts_of("县政府决定按片区设立4个水利站，分别为：城关水利站、东河水利站（辖东河镇、南岭乡）、西山水利站和北湖水利站（辖北湖镇）。", "某县")
    opened = sorted(e[2][0] for e in events(f) if e[0] == "establish")
    assert opened == sorted(["城关水利站", "东河水利站", "西山水利站", "北湖水利站"])


def test_a_counted_set_up_with_a_wrong_count_opens_nothing() -> None:
    f = facts_of("县政府决定按片区设立6个水利站，分别为：城关水利站、东河水利站（辖东河镇、南岭乡）、西山水利站。", "某县")
    assert not [e for e in events(f) if e[0] == "establish"]


def test_institutions_set_up_together_in_a_township_reform() -> None:
    f = facts_of("根据工作需要，综合设置3个事业单位：农业综合服务中心、综合文化站、便民服务中心。", "甲镇")
    assert sorted(e[2][0] for e in events(f) if e[0] == "establish") == sorted(["农业综合服务中心", "综合文化站", "便民服务中心"])
    assert {n: k for n, (k, *_r) in units(f).items()} == {"农业综合服务中心": "事业单位", "综合文化站": "事业单位",
                                                          "便民服务中心": "事业单位"}


def test_a_body_renamed_before_the_list_is_not_opened_again() -> None:
    f = facts_of("原便民服务站更名为便民服务中心。根据工作需要，综合设置3个事业单位：农业综合服务中心、综合文化站、便民服务中心。", "甲镇")
    opened = [e[2][0] for e in events(f) if e[0] == "establish"]
    assert "便民服务中心" not in opened and "综合文化站" in opened


# --- a body's secondary bodies, classed one clause each ------------------------------------------------------------


def test_secondary_bodies_of_the_body_named_before_and_their_classes() -> None:
    f = facts_of("县水利局下属4个二级单位：县水利工程管理站、县水土保持站、县抗旱服务队、县水库管理所。"
                 "其中，县水土保持站是全额拨款事业单位，县抗旱服务队、县水库管理所是差额拨款事业单位。", "某县")
    got = {n: (k, p, rel) for n, (k, _r, p, rel, _s) in units(f).items()}
    assert got["县水利工程管理站"] == (None, "县水利局", "所属")
    assert got["县水土保持站"] == ("全额拨款事业单位", "县水利局", "所属")
    assert got["县抗旱服务队"] == ("差额拨款事业单位", "县水利局", "所属")
    assert got["县水库管理所"] == ("差额拨款事业单位", "县水利局", "所属")


def test_secondary_bodies_on_a_bodys_budget_page_with_no_owner_written() -> None:
    f = facts_of("3个二级单位：县林木种苗站、县国有青山林场、县森林防火指挥中心。", "某县", title="某县林业局2020年部门决算")
    got = {n: (p, rel) for n, (_k, _r, p, rel, _s) in units(f).items()}
    assert got == {"某县林木种苗站": ("某县林业局", None), "某县国有青山林场": ("某县林业局", None),
                   "某县森林防火指挥中心": ("某县林业局", None)} or \
        got == {"县林木种苗站": ("某县林业局", None), "县国有青山林场": ("某县林业局", None), "县森林防火指挥中心": ("某县林业局", None)}


def test_secondary_bodies_whose_count_is_not_the_list_give_nothing() -> None:
    f = facts_of("县水利局下属5个二级单位：县水利工程管理站、县水土保持站。", "某县")
    assert not any(p == "县水利局" for (_k, _r, p, _rel, _s) in units(f).values())


def test_classes_in_a_qizhong_sentence_need_whole_names() -> None:
    f = facts_of("其中，两个站是全额拨款事业单位，其余是差额拨款事业单位。", "某县")
    assert not f.units


# --- groups of a body formed in the same sentence ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "host", "items"), [
    ("1958年6月，工业、交通两局合并，称工交局，下设秘书、生产、计划3个组。", "工交局", ["秘书组", "生产组", "计划组"]),
    ("1968年9月成立县革命委员会生产指挥部，根据工作需要下设农业组、工业组、财贸组等三个组。",
     "县革命委员会生产指挥部", ["农业组", "工业组", "财贸组"]),
    ("1983年3月，县农业局改称县农牧局，下设农技、畜牧2股。", "县农牧局", ["农技股", "畜牧股"]),
])
def test_groups_of_the_body_the_sentence_formed(text, host, items) -> None:
    f = facts_of(text, "某县")
    assert _divisions(f) == {host + i: host for i in items}
    assert (host, "内设机构", "核定", len(items)) in _figures(f)


def test_groups_after_two_bodies_formed_have_no_host() -> None:
    f = facts_of("1958年6月，成立工业局和交通局，根据工作需要下设秘书、生产、计划3个组。", "某县")
    assert not _divisions(f)


# --- a sign in the bracket after a new name; a time before the old name ------------------------------------------


@pytest.mark.parametrize(("text", "place", "old", "new", "signs"), [
    ("调整后原便民服务站更名为便民服务中心（挂县政务服务中心甲镇分中心牌子），由镇内设机构调整为镇属事业单位。", "甲镇",
     "便民服务站", "便民服务中心", ["县政务服务中心甲镇分中心"]),
    ("改革后原农技站更名为农业综合服务中心（加挂县农机推广站乙乡分站、县畜牧站乙乡分站牌子）。", "乙乡",
     "农技站", "农业综合服务中心", ["县农机推广站乙乡分站", "县畜牧站乙乡分站"]),
])
def test_signs_bracketed_after_a_renamed_body_are_added(text, place, old, new, signs) -> None:
    f = facts_of(text, place)
    assert (("rename", (old,), (new,), None)) in events(f)
    assert sorted(e[2][0] for e in events(f) if e[0] == "add_sign" and e[1] == (new,)) == sorted(signs)


def test_a_sign_bracketed_after_a_formed_body_is_added() -> None:
    f = facts_of("组建县委社会工作部（加挂县委两新工委牌子）。", "某县")
    assert ("add_sign", ("县委社会工作部",), ("县委两新工委",), None) in events(f)


# --- a kind owned by a level word; "新部门" -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place", "unit", "parent"), [
    ("甲镇便民服务中心由镇内设机构调整为镇属事业单位。", "甲镇", "甲镇便民服务中心", "镇人民政府"),
    ("县检验检测中心为县属公益一类事业单位。", "某县", "县检验检测中心", "县人民政府"),
])
def test_a_kind_owned_by_a_level_word(text, place, unit, parent) -> None:
    kind, _rank, got_parent, relation, _signs = units(facts_of(text, place))[unit]
    assert kind.endswith("事业单位") and not kind.startswith(("镇属", "县属"))
    assert (got_parent, relation) == (parent, "所属")


def test_a_new_department_is_no_kind() -> None:
    f = facts_of("某旗应急管理局是某旗机构改革组建的新部门，为旗人民政府工作部门。", "某旗")
    kinds = {k for (k, *_r) in units(f).values()}
    assert "新部门" not in kinds


# --- a township of a county-level city calls that city 市 ----------------------------------------------------------


def test_shi_in_a_township_of_a_county_level_city_is_that_city() -> None:
    assert Resolver("千灯镇").full(Mention("市行政服务中心千灯分中心")) == "昆山市行政服务中心千灯分中心"
    assert Resolver("黄兴镇").full(Mention("市自然资源局")) == "长沙市自然资源局"  # a county's township: the prefecture


# --- a figure over levels of a place -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "先后成立区退役军人服务中心、12个乡镇退役军人服务站，核定区乡两级事业编制共30个。",
    "县乡两级共核定行政编制120名。",
])
def test_a_figure_over_levels_has_no_unit(text) -> None:
    assert {s.unit for s in facts_of(text, "某区").staffing} == {None}


# --- one team on a unit's own page ---------------------------------------------------------------------------------


def test_one_team_on_the_page_of_one_of_the_two_keeps_it_the_body() -> None:
    text = ("省林业厅的前身是1950年成立的某省人民政府林业局。1955年改称省林业厅。"
            "2016年3月，省林业厅与中共某省委林区工作领导小组办公室实行一个机构、两块牌子。")
    assert units(facts_of(text, "某省"))["省林业厅"][4] == ("中共某省委林区工作领导小组办公室",)


def test_one_team_with_no_page_subject_keeps_the_party_body() -> None:
    text = "经研究，县农业农村局与中共某县委农村工作领导小组办公室实行一个机构、两块牌子。"
    assert units(facts_of(text, "某县"))["中共某县委农村工作领导小组办公室"][4] == ("县农业农村局",)


# --- institutions enumerated after their owner: a further sentence of an item -----------------------------------------


def test_a_further_sentence_of_an_item_does_not_end_the_enumeration() -> None:
    text = ("日前，县编办对县农业农村局所属事业单位机构编制事项作出批复。\n"
            "一是县农技推广中心为股级事业单位，经费来源为财政拨款。撤销县农业信息中心牌子。\n"
            "二是县农机修理站更名为县农机服务站，为股级事业单位。")
    got = units(facts_of(text, "某县"))
    assert got["县农技推广中心"][2:4] == ("县农业农村局", "所属")
    assert got["县农机服务站"][2:4] == ("县农业农村局", "所属")


def test_a_new_paragraph_after_the_items_ends_the_enumeration() -> None:
    text = ("日前，县编办对县农业农村局所属事业单位机构编制事项作出批复。\n"
            "一是县农技推广中心为股级事业单位。\n"
            "此外，县融媒体中心为正科级事业单位。")
    assert units(facts_of(text, "某县"))["县融媒体中心"][2] is None


# --- 三定 as a step of the work is no 三定 report -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "about"), [
    ("县委编办严格“三定”审核，印发事业单位“三定”规定模板。", False),
    ("县委编办统一制定“三定”规定模板，组织专班审核。", False),
    ("各部门上报的事业单位三定规定由专班逐一审核。", False),
    ("县卫生健康局“三定”规定近日印发。", True),
    ("拟定“三定”规定，严明机构编制纪律。", True),
])
def test_sanding_as_a_step_of_the_work(text, about) -> None:
    from ingest.extractors.sanding import is_about_sanding

    assert is_about_sanding("", text) is about


def test_a_sign_added_in_a_news_item_that_mentions_sanding_work() -> None:
    text = ("记者从县委编办获悉，全县事业单位清理规范工作全面完成，各部门事业单位“三定”规定经专班审核。"
            "如将原县农技站和原县土肥站整合，组建某县农业技术推广中心，增挂某县耕地质量监测站牌子。")
    f = facts_of(text, "某县")
    assert ("add_sign", ("某县农业技术推广中心",), ("某县耕地质量监测站",), None) in events(f)


# --- the division noun, then the count; a unit's own page; counted institutions of an owner ---------------------------


@pytest.mark.parametrize(("text", "title", "host"), [
    ("县统计局内设机构4个：办公室、综合股、农村股、工业股。", "", "县统计局"),
    ("县统计局机关内设科室4个，分别是办公室、综合股、农村股和工业股。", "", "县统计局"),
    ("本单位内设4个科室，分别是：办公室、综合股、农村股、工业股。", "某县统计局2021年部门决算", "某县统计局"),
])
def test_divisions_counted_after_their_noun_or_on_the_units_page(text, title, host) -> None:
    f = facts_of(text, "某县", title=title)
    assert _divisions(f) == {host + d: host for d in ("办公室", "综合股", "农村股", "工业股")}
    assert (host, "内设机构", "核定", 4) in _figures(f)
    assert not any(k and "内设" in k and k != "内设机构" for (k, *_r) in units(f).values())


@pytest.mark.parametrize(("text", "place", "parent", "relation", "rank"), [
    ("县林业局下属3个事业单位：县林业站、县苗圃、县森林防火中心。", "某县", "县林业局", "所属", None),
    ("县林业局直属3个正股级事业单位，分别是县林业站、县苗圃和县森林防火中心。", "某县", "县林业局", "直属", "正股级"),
    ("镇政府下设3个事业单位，即县林业站、县苗圃、县森林防火中心。", "甲镇", "镇人民政府", "所属", None),
])
def test_institutions_counted_before_their_class(text, place, parent, relation, rank) -> None:
    got = units(facts_of(text, place))
    for name in ("县林业站", "县苗圃", "县森林防火中心"):
        assert got[name][:4] == ("事业单位", rank, parent, relation)


def test_institutions_counted_wrong_give_no_parent() -> None:
    got = units(facts_of("县林业局下属4个事业单位：县林业站、县苗圃、县森林防火中心。", "某县"))
    assert all(v[2] != "县林业局" for v in got.values())


@pytest.mark.parametrize(("text", "place", "opened"), [
    ("甲镇设立3个事业单位，即农业综合服务中心、综合文化站、便民服务中心。", "甲镇", True),
    ("设置镇属事业单位3个，分别是农业综合服务中心、综合文化站和便民服务中心。", "甲镇", False),
])
def test_a_counted_list_with_a_connective_and_no_colon(text, place, opened) -> None:
    f = facts_of(text, place)
    assert {n: k for n, (k, *_r) in units(f).items()} == {n: "事业单位" for n in ("农业综合服务中心", "综合文化站", "便民服务中心")}
    assert bool([e for e in events(f) if e[0] == "establish"]) is opened  # 设立 opens them, 设置 describes a structure


def test_working_groups_listed_without_a_colon_open_nothing() -> None:
    f = facts_of("县里成立2个工作专班，即资产清查专班、人员安置专班。", "某县")
    assert not [e for e in events(f) if e[0] == "establish"]


# --- a body of a class set up in each township named ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "县委、县政府决定，在东河镇、西岭镇、南湖乡设立农业机械管理站。",
    "在东河、西岭、南湖3个乡镇分别设立便民服务分中心。",
    "在原东河、西岭二镇区域内分别设立办事处，作为镇政府的派出机构。",
])
def test_a_class_set_up_in_each_township_named_is_no_one_body(text) -> None:
    assert not [e for e in events(facts_of(text, "某县")) if e[0] == "establish"]


def test_a_body_set_up_in_one_township_keeps_its_name() -> None:
    f = facts_of("在东河镇设立县农机站东河分站。", "某县")
    assert [e[2] for e in events(f) if e[0] == "establish"] == [("县农机站东河分站",)]


@pytest.mark.parametrize(("text", "place", "host"), [
    ("甲镇设置党政综合办公室、党建工作办公室、经济发展办公室、社会事务办公室4个内设机构。", "甲镇", "甲镇人民政府"),
    ("机构改革后，镇机关设置党政综合办公室、党建工作办公室、经济发展办公室、社会事务办公室等4个内设机构。", "乙镇", "乙镇人民政府"),
    ("黄兴镇内设党政综合办公室、党建工作办公室、经济发展办公室、社会事务办公室4个内设机构。", "长沙县", "黄兴镇人民政府"),
])
def test_a_township_setting_its_named_internal_offices(text, place, host) -> None:
    f = facts_of(text, place)
    assert _divisions(f) == {host + d: host for d in ("党政综合办公室", "党建工作办公室", "经济发展办公室", "社会事务办公室")}
    assert (host, "内设机构", "核定", 4) in _figures(f)


def test_a_township_setting_its_working_bodies_keeps_their_class() -> None:
    f = facts_of("甲镇设置党政综合办公室、社会事务办公室、综合行政执法队等3个镇政府工作机构。", "某县")
    assert not _divisions(f)
