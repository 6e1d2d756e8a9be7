"""Lists of bodies (fifteenth session, lists): a set-up list headed by 以下/下列 or by a count after 新设置, list
items closed by a note in brackets (a sign clause, a rank, a class, a short name), a counted list of new divisions
(新增了N个司，分别为…) and of a body's squads (内设N个中队，即…). Sentences are written for these tests in the
genre's wording; no corpus or trial document is used."""

from __future__ import annotations

import pytest

from ingest.extractors.common import names_in_list, split_names
from tests.test_constructions import events, facts_of, units


def _opened(f) -> set[str]:
    return {e[2][0] for e in events(f) if e[0] == "establish" and len(e[2]) == 1}


def _divisions(f) -> dict[str, str | None]:
    return {u.unit.name: (u.parent.name if u.parent else None) for u in f.units if u.kind == "内设机构"}


# --- a set-up list headed by its count after 新设置, or by 以下/下列 -----------------------------------------------


@pytest.mark.parametrize(("text", "opened"), [
    ("甲镇新设置5个机构：党政综合办公室、党建工作办公室、经济发展办公室、平安建设办公室、退役军人服务站。",
     {"党政综合办公室", "党建工作办公室", "经济发展办公室", "平安建设办公室", "退役军人服务站"}),
    ("按照中等规模乡镇标准，乙乡新设置3个机构：党政办公室、公共服务办公室和综合行政执法队。",
     {"党政办公室", "公共服务办公室", "综合行政执法队"}),
    ("根据改革方案，丙镇设立以下机构：党政办公室、经济发展办公室、社会事务办公室。",
     {"党政办公室", "经济发展办公室", "社会事务办公室"}),
    ("丁镇新设置下列机构：应急管理办公室、村镇规划建设办公室、便民服务中心。",
     {"应急管理办公室", "村镇规划建设办公室", "便民服务中心"}),
])
def test_a_set_up_list_headed_by_its_count_or_by_these(text, opened) -> None:
    assert _opened(facts_of(text, "某县")) == opened


def test_a_party_committees_bodies_set_up_under_these_take_the_class() -> None:
    f = facts_of("县委设立以下工作机关：县委办公室、县委组织部、县委宣传部。", "某县")
    assert _opened(f) == {"县委办公室", "县委组织部", "县委宣传部"}
    assert {n: v[0] for n, v in units(f).items()} == {n: "县委工作机关" for n in ("县委办公室", "县委组织部", "县委宣传部")}


@pytest.mark.parametrize("text", [
    "县教育局设立以下几项工作制度：例会制度、督办制度、考核制度。",  # rules, no bodies
    "会议决定设立以下机构：王某某、李某某、张某某。",  # people
    "县里设立以下机构：东片区、西片区、北片区。",  # places
    "领导小组设立以下工作机构：负责综合协调、负责督查督办、负责宣传报道。",  # duties
])
def test_a_these_list_of_what_is_no_body_opens_nothing(text) -> None:
    assert not _opened(facts_of(text, "某县"))


def test_set_up_without_new_is_still_no_counted_opening_by_sheer_description() -> None:
    # "设置" alone describes the bodies a 三定 gives; only 新设置 (or a count after 设立/新设…) opens them
    f = facts_of("县政府设置3个机构：县政府办公室、县发展和改革局、县财政局。", "某县")
    assert not _opened(f)


# --- list items closed by a note in brackets ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("党政综合办公室（挂党建工作办公室牌子）、经济发展办公室、社会事务办公室",
     ["党政综合办公室", "经济发展办公室", "社会事务办公室"]),
    ("县档案馆（参公）、县融媒体中心（公益一类）和县农业技术推广中心（全额拨款事业单位）",
     ["县档案馆", "县融媒体中心", "县农业技术推广中心"]),
    ("便民服务中心（正科级）、综治中心（副科级）", ["便民服务中心", "综治中心"]),
    ("县统计局（简称统计局）、县财政局", ["县统计局", "县财政局"]),
    ("应急管理办公室（加挂安全生产监督管理办公室、消防工作办公室牌子）、财政所", ["应急管理办公室", "财政所"]),
])
def test_a_note_closing_an_item_is_no_name_and_does_not_break_the_list(text, names) -> None:
    assert split_names(text) == names
    assert names_in_list(text) == names


def test_a_second_name_in_brackets_is_still_read() -> None:
    assert names_in_list("国家新闻出版署（国家版权局）、国家电影局") == ["国家新闻出版署", "国家版权局", "国家电影局"]


def test_an_item_with_a_sign_bracket_opens_with_the_others() -> None:
    f = facts_of("乙乡设立党政综合办公室（挂党建工作办公室牌子）、经济发展办公室、社会事务办公室等3个综合办事机构。", "某县")
    assert {"党政综合办公室", "经济发展办公室", "社会事务办公室"} <= _opened(f)
    assert ("add_sign", ("党政综合办公室",), ("党建工作办公室",), None) in events(f)


# --- counted lists of divisions: new ones, squads ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "host", "items"), [
    ("国家能源局设12个内设机构，新增了2个司，分别为电力安全监管司、资质管理司。", "国家能源局", ["电力安全监管司", "资质管理司"]),
    ("省生态环境厅新增3个处室，即应对气候变化处、海洋生态环境处和执法监督处。", "省生态环境厅",
     ["应对气候变化处", "海洋生态环境处", "执法监督处"]),
    ("市医保局增设2个科，分别是基金监管科、医药价格和招标采购科。", "市医保局", ["基金监管科", "医药价格和招标采购科"]),
])
def test_a_counted_list_of_new_divisions_opens_each(text, host, items) -> None:
    f = facts_of(text, "中央" if host.startswith("国家") else "某省")
    assert {host + i for i in items} <= set(_divisions(f))
    assert {host + i for i in items} == _opened(f)


def test_a_counted_list_of_standing_divisions_opens_none() -> None:
    f = facts_of("国家能源局内设12个机构，即办公室、综合司、法制和体制改革司。", "中央")
    assert set(_divisions(f)) == {"国家能源局办公室", "国家能源局综合司", "国家能源局法制和体制改革司"}
    assert not _opened(f)


def test_the_noun_internal_divisions_is_no_verb_before_a_later_count() -> None:
    # "设12个内设机构，新增了2个司": 内设 of 内设机构 opens no list "机构，新增了" (no 机构司, no 新增了司)
    f = facts_of("国家能源局设12个内设机构，新增了2个司，分别为电力安全监管司、资质管理司。", "中央")
    assert set(_divisions(f)) == {"国家能源局电力安全监管司", "国家能源局资质管理司"}


@pytest.mark.parametrize(("text", "host", "items"), [
    ("县公安局交警大队内设3个中队，即城区中队、高速中队和事故处理中队。", "县公安局交警大队",
     ["城区中队", "高速中队", "事故处理中队"]),
    ("县城市管理局下设4个执法中队，分别为：第一中队、第二中队、第三中队、第四中队。", "县城市管理局",
     ["第一中队", "第二中队", "第三中队", "第四中队"]),
    ("县交通运输局内设2个大队，分别是路政大队和运政大队。", "县交通运输局", ["路政大队", "运政大队"]),
])
def test_a_counted_list_of_squads(text, host, items) -> None:
    f = facts_of(text, "某县")
    assert {host + i: host for i in items}.items() <= _divisions(f).items()


def test_a_counted_list_of_people_is_no_list_of_squads() -> None:
    f = facts_of("县公安局有3个中队长，即王某某、李某某和张某某。", "某县")
    assert not _divisions(f)


# --- the day of a counted ceremony given a few sentences before the list ------------------------------------------


@pytest.mark.parametrize("ceremony", [
    "本报讯 6月12日，甲县乙乡举行4个新设置机构揭牌仪式。",
    "6月12日上午，甲县在乙乡对新设置的4个机构进行集中揭牌。",
    "6月12日，乙乡4个新机构正式挂牌。",
])
def test_a_set_up_list_takes_the_day_of_the_ceremony_of_as_many_bodies(ceremony) -> None:
    text = ceremony + "\n深化乡镇管理体制改革是一项重大部署。\n据悉，乙乡新设置4个机构：党政综合办公室、党建工作办公室、经济发展办公室、退役军人服务站。"
    f = facts_of(text, "乙乡", date="2022-06-15")
    opened = [e for e in events(f) if e[0] == "establish"]
    assert len(opened) == 4 and {e[3] for e in opened} == {"2022-06-12"}


@pytest.mark.parametrize("ceremony", [
    "本报讯 6月12日，甲县乙乡举行机构改革揭牌仪式。",  # no count: which bodies is not said
    "本报讯 6月12日，甲县乙乡举行11个新设置机构揭牌仪式。",  # another count
])
def test_a_ceremony_of_another_or_no_count_gives_the_list_no_day(ceremony) -> None:
    text = ceremony + "\n据悉，乙乡新设置4个机构：党政综合办公室、党建工作办公室、经济发展办公室、退役军人服务站。"
    f = facts_of(text, "乙乡", date="2022-06-15")
    assert {e[3] for e in events(f) if e[0] == "establish"} == {None}


# --- a coordinated list whose bodies' functions and organs a 由 clause hands to a manager ---------------------------


@pytest.mark.parametrize(("text", "managed", "parent"), [
    ("甲区和乙区交通局与公路局的职能与机构，由市交通运输委员会统一管理。",
     {"甲区交通局", "甲区公路局", "乙区交通局", "乙区公路局"}, "市交通运输委员会"),
    ("市交通局、市公路局组成市交通运输委员会，甲区和乙区交通局与公路局的职能与机构，由市交通运输委员会统一管理，各区不再承担道路管养职责。",
     {"甲区交通局", "甲区公路局", "乙区交通局", "乙区公路局"}, "市交通运输委员会"),
    ("市档案局、市档案馆的机构和人员，由市委办公室统一管理。", {"市档案局", "市档案馆"}, "市委办公室"),
])
def test_the_bodies_of_a_list_whose_functions_and_organs_a_manager_takes(text, managed, parent) -> None:
    got = {n for n, v in units(facts_of(text, "某市")).items() if v[2] == parent}
    assert got == managed


def test_a_class_of_bodies_before_its_functions_names_no_body() -> None:
    f = facts_of("全市各级交通局的职能与机构，由市交通运输委员会统一管理。", "某市")
    assert not [u for u in f.units if u.parent]


# --- a list of pairs, each with its own verb -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("将甲县农业局更名为甲县农业农村局、甲县林业局更名为甲县林业和草原局。",
     [("rename", ("甲县农业局",), ("甲县农业农村局",)), ("rename", ("甲县林业局",), ("甲县林业和草原局",))]),
    ("部分内设部门更名，如“经济部”改为“经济金融部”、“公关部”改为“保安部”。",
     [("rename", ("经济部",), ("经济金融部",)), ("rename", ("公关部",), ("保安部",))]),
    ("将县档案局并入县委办公室、县地方志办公室并入县档案馆。",
     [("merge_into", ("县档案局",), ("县委办公室",)), ("merge_into", ("县地方志办公室",), ("县档案馆",))]),
])
def test_every_pair_of_a_list_of_pairs_is_read(text, expected) -> None:
    got = [e[:3] for e in events(facts_of(text, "某县"))]
    assert sorted(got) == sorted(expected)


def test_a_list_of_bodies_before_one_verb_is_no_list_of_pairs() -> None:
    got = [e[:3] for e in events(facts_of("将县农业局、县林业局并入县农业农村局。", "某县"))]
    assert sorted(got) == [("merge_into", ("县农业局",), ("县农业农村局",)), ("merge_into", ("县林业局",), ("县农业农村局",))]


# --- a set-up or abolition list whose items stand one a line under a counted colon line -----------------------------


@pytest.mark.parametrize(("text", "kind", "names"), [
    ("甲镇新设置3个机构：\n1.党政综合办公室\n2.党建工作办公室\n3.退役军人服务站",
     "establish", ["党政综合办公室", "党建工作办公室", "退役军人服务站"]),
    ("决定撤销以下单位：\n（一）县农业机械管理局\n（二）县乡镇企业局", "abolish", ["县农业机械管理局", "县乡镇企业局"]),
    ("新设立2个事业单位：\n县融媒体中心\n县农村经济服务中心", "establish", ["县融媒体中心", "县农村经济服务中心"]),
    ("新组建下列2个部门：\n县医疗保障局\n县退役军人事务局", "establish", ["县医疗保障局", "县退役军人事务局"]),
])
def test_items_one_a_line_under_a_counted_or_these_colon_line(text, kind, names) -> None:
    got = [e for e in events(facts_of(text, "某县")) if e[0] == kind]
    assert sorted(n for e in got for n in (e[1] or e[2])) == sorted(names)


@pytest.mark.parametrize("text", [
    "县政府设置以下机构：\n1.县政府办公室\n2.县发展和改革局",  # 设置 alone: the bodies described, none opened
    "新设立以下工作制度：\n1.例会制度\n2.督办制度",  # no class of bodies
])
def test_a_colon_line_of_no_set_up_of_bodies_opens_nothing(text) -> None:
    assert not events(facts_of(text, "某县"))


# --- a division list whose host is a coordinated list of places sharing one body -------------------------------------


def _by_host(f) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for u in f.units:
        if u.kind == "内设机构" and u.parent:
            out.setdefault(u.parent.name, set()).add(u.unit.name[len(u.parent.name):])
    return out


@pytest.mark.parametrize(("text", "hosts", "items"), [
    ("中宁县、海原县气象局内设办公室、气象台、气象科技服务中心。", ["中宁县气象局", "海原县气象局"], {"办公室", "气象台", "气象科技服务中心"}),
    ("甲区和乙区交通局下设综合科、路政科2个科室。", ["甲区交通局", "乙区交通局"], {"综合科", "路政科"}),
    ("丙县、丁县及戊县林业局内设办公室、资源管理股和造林股。", ["丙县林业局", "丁县林业局", "戊县林业局"], {"办公室", "资源管理股", "造林股"}),
])
def test_each_place_of_a_coordinated_host_has_the_divisions(text, hosts, items) -> None:
    assert _by_host(facts_of(text, "某市")) == {h: items for h in hosts}


def test_a_single_host_keeps_its_divisions_alone() -> None:
    assert _by_host(facts_of("县发展和改革局内设办公室、价格股。", "某县")) == {"县发展和改革局": {"办公室", "价格股"}}


# --- each item's own rank in its bracket ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "ranks"), [
    ("县政府新设立3个事业单位：县融媒体中心（正科级）、县档案馆（副科级）、县农技中心（股级）。",
     {"县融媒体中心": "正科级", "县档案馆": "副科级", "县农技中心": "股级"}),
    ("甲镇新设置2个机构：党政综合办公室（正科级）、退役军人服务站（股级）。",
     {"党政综合办公室": "正科级", "退役军人服务站": "股级"}),
])
def test_a_set_up_lists_items_take_their_own_ranks(text, ranks) -> None:
    f = facts_of(text, "某县")
    assert {u.unit.name: u.rank for u in f.units if u.rank} == ranks
    assert _opened(f) == set(ranks)


def test_a_set_up_list_without_ranks_gives_none() -> None:
    f = facts_of("甲镇新设置2个机构：党政综合办公室、退役军人服务站。", "某县")
    assert not [u for u in f.units if u.rank]


# --- a counted class of bodies set up, with a sign note in brackets, made a body's agencies --------------------------


@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("省林业局跨地区设置6个森林资源监督专员办事处（加挂省野生动物保护办公室××办事处牌子），作为省林业局的派出机构。",
     "森林资源监督专员办事处", "省林业局"),
    ("市生态环境局在各县设立5个生态环境分局，作为市生态环境局的派出机构。", "生态环境分局", "市生态环境局"),
])
def test_a_counted_class_set_up_as_agencies_is_the_subject_not_its_sign(text, unit, parent) -> None:
    got = {n: (v[0], v[2]) for n, v in units(facts_of(text, "某省")).items() if v[0] == "派出机构"}
    assert got == {unit: ("派出机构", parent)}


def test_a_named_subject_with_a_second_name_in_brackets_is_still_the_agency() -> None:
    got = units(facts_of("县综合行政执法大队（县城市管理局）作为县政府的派出机构。", "某县"))
    assert got["县综合行政执法大队"][0] == "派出机构"


# --- a body's institutions listed first, their count and class after --------------------------------------------


@pytest.mark.parametrize(("text", "owner", "kind", "names"), [
    ("县林业局所属县林业技术推广站、县森林病虫害防治站等2个全额拨款事业单位。", "县林业局", "全额拨款事业单位",
     {"县林业技术推广站", "县森林病虫害防治站"}),
    ("县水利局下设县水土保持站、县水文站、县灌溉试验站3个事业单位。", "县水利局", "事业单位",
     {"县水土保持站", "县水文站", "县灌溉试验站"}),
    ("柳市镇设农业综合服务中心、退役军人服务站等2个事业站所。", "柳市镇人民政府", "事业站所", {"农业综合服务中心", "退役军人服务站"}),
])
def test_institutions_listed_before_their_count_and_class(text, owner, kind, names) -> None:
    got = {n: (v[0], v[2]) for n, v in units(facts_of(text, "某县")).items() if v[0] == kind}
    assert got == {n: (kind, owner) for n in names}


@pytest.mark.parametrize("text", [
    "县里共有张三、李四2个事业单位负责人。",  # people, and the class is no list's
    "县林业局下设县林业技术推广站、县森林病虫害防治站3个事业单位。",  # the count is not the number of items
])
def test_a_list_not_matching_its_count_or_of_no_bodies_gives_no_institutions(text) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.kind and "事业" in u.kind]
