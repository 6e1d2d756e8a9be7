"""Unit facts read from lists (thirteenth session): a list closed by its count and class, the short forms
bracketed inside a sign list, a sign quoted inside a bracket. Sentences are written for these tests in the
genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from tests.test_constructions import events, facts_of, units


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("机构改革后，撤并整合为党政综合办公室、党建工作办公室、综合行政执法办公室、经济发展办公室共4个工作机构。",
     "某镇", {"党政综合办公室", "党建工作办公室", "综合行政执法办公室", "经济发展办公室"}),
    ("甲镇设置党政综合办公室、社会事务办公室、综合行政执法队等3个镇政府工作机构。",
     "某县", {"甲镇党政综合办公室", "甲镇社会事务办公室", "甲镇综合行政执法队"}),
    ("改革后，设置党建工作办公室、平安建设办公室、农业农村办公室3个工作机构，运转协调。",
     "乙乡", {"党建工作办公室", "平安建设办公室", "农业农村办公室"}),
])
def test_counted_list_gives_each_name_its_class(text, place, expected) -> None:
    f = facts_of(text, place)
    got = {name: kind for name, (kind, *_rest) in units(f).items()}
    assert set(got) == expected
    assert len(set(got.values())) == 1 and next(iter(got.values())).endswith("工作机构")
    assert not [e for e in events(f) if e[0] == "abolish"]  # 撤并整合为: the list is what they became


def test_counted_list_of_divisions_is_left_to_the_division_readers() -> None:
    f = facts_of("县编办下设综合股、机构编制股、事业单位登记股3个内设机构。", "某县")
    assert all(u.parent is not None for u in f.units if u.kind == "内设机构")  # never a parentless 内设机构


def test_counted_list_of_a_bare_class_gives_no_kind() -> None:
    f = facts_of("全镇共设置党政办公室、财政所等2个机构。", "某镇")
    assert not any(u.kind in ("机构", "部门", "单位") for u in f.units)


def test_count_below_the_names_is_no_list() -> None:
    f = facts_of("改革后，设置甲办公室、乙办公室、丙办公室2个工作机构。", "某镇")
    assert not any(u.kind == "工作机构" for u in f.units)


def test_abolished_list_still_reads_a_plain_merger() -> None:
    f = facts_of("撤并甲、乙、丙3个乡。", "某县")
    assert sorted(e[1][0] for e in events(f) if e[0] == "abolish") == sorted(["甲乡", "乙乡", "丙乡"])


@pytest.mark.parametrize(("text", "unit", "signs"), [
    ("某市自然资源和规划局（简称市自然资源和规划局）是市政府工作部门，为正科级，加挂某市林业局、某市海洋局（简称市林业局、市海洋局）牌子。",
     "某市自然资源和规划局", ("某市林业局", "某市海洋局")),
    ("某县农业农村局（简称县农业农村局）是县政府工作部门，为正科级，加挂某县乡村振兴局（以下简称县乡村振兴局）牌子。",
     "某县农业农村局", ("某县乡村振兴局",)),
])
def test_short_forms_in_a_sign_list_add_no_sign(text, unit, signs) -> None:
    assert units(facts_of(text, "某地"))[unit][4] == signs


@pytest.mark.parametrize(("text", "unit", "sign"), [
    ("建立市委农村工作委员会（同时挂“市政府农村经济委员会”牌子），领导乡镇工作。", "市委农村工作委员会", "市政府农村经济委员会"),
    ("组建县委社会工作部（挂“县委两新工委”牌子）。", "县委社会工作部", "县委两新工委"),
    ("组建县委社会工作部（挂县委两新工委牌子）。", "县委社会工作部", "县委两新工委"),
])
def test_quoted_sign_in_a_bracket(text, unit, sign) -> None:
    assert units(facts_of(text, "某地"))[unit][4] == (sign,)


@pytest.mark.parametrize(("text", "expected"), [
    ("设置工作部门30个，部门管理机构2个（市粮食局由市商务局管理、市港口管理局由市交通运输局管理）。",
     {"市粮食局": ("部门管理机构", "市商务局", "管理"), "市港口管理局": ("部门管理机构", "市交通运输局", "管理")}),
    ("另设部门管理机构2个（省能源局由省发展和改革委员会管理；省监狱管理局由省司法厅管理）。",
     {"省能源局": ("部门管理机构", "省发展和改革委员会", "管理"), "省监狱管理局": ("部门管理机构", "省司法厅", "管理")}),
    ("县政府设直属事业单位3个（县融媒体中心、县档案馆、县机关事务服务中心）。",
     {"县融媒体中心": ("直属事业单位", None, None), "县档案馆": ("直属事业单位", None, None),
      "县机关事务服务中心": ("直属事业单位", None, None)}),
])
def test_counted_class_with_its_members_in_brackets(text, expected) -> None:
    got = {n: (k, p, r) for n, (k, _rank, p, r, _signs) in units(facts_of(text, "某地")).items()}
    for name, want in expected.items():
        assert got[name] == want


@pytest.mark.parametrize("text", [
    "设置工作部门3个（含直属特设机构1个）。",  # a note on the count, no members
    "部门管理机构3个（市粮食局由市商务局管理、市港口管理局由市交通运输局管理）。",  # the count is not the items
])
def test_counted_class_bracket_that_is_no_member_list(text) -> None:
    assert not any(u.kind == "部门管理机构" or u.kind == "工作部门" for u in facts_of(text, "某市").units)


@pytest.mark.parametrize(("text", "unit", "other"), [
    ("据了解，新组建的某县融媒体中心，将县新闻中心和县广播电视台进行了合并，属县政府直属正科级事业单位。",
     "某县融媒体中心", "县广播电视台"),
    ("新组建的某县融媒体中心，整合了县广播电视台，为县委直属正科级事业单位。", "某县融媒体中心", "县广播电视台"),
    ("某县融媒体中心整合了县广播电视台、县新闻中心，是县委直属正科级事业单位。", "某县融媒体中心", "县新闻中心"),
])
def test_description_after_clauses_the_body_acts_in(text, unit, other) -> None:
    got = units(facts_of(text, "某县"))
    assert got[unit][:2] == ("事业单位", "正科级")
    assert other not in got  # the bodies taken in are not described



@pytest.mark.parametrize(("text", "office", "other"), [
    ("将市委网络安全和信息化领导小组改为市委网络安全和信息化委员会，作为市委议事协调机构。市委网络安全和信息化委员会办公室"
     "为市委网络安全和信息化委员会的办事机构，承担网络安全协调等职责，作为市委工作机关，对外加挂市互联网信息办公室牌子。",
     "市委网络安全和信息化委员会办公室", "市委网络安全和信息化委员会"),
    ("组建县委社会工作部，作为县委职能部门。县委社会工作部办公室是县委社会工作部的办事机构，同时挂县委两新工委牌子。",
     "县委社会工作部办公室", "县委社会工作部"),
])
def test_sign_after_a_sentences_own_description_is_its_subjects(text, office, other) -> None:
    got = units(facts_of(text, "某市"))
    assert got[office][4] and not (other in got and got[other][4])  # never the body formed the sentence before


@pytest.mark.parametrize(("title", "text", "host", "divisions"), [
    ("2023年某县农村公路服务所部门预算说明", "（二）机构设置\n我所设办公室、养护股、财务股、工程股。",
     "某县农村公路服务所", ["办公室", "养护股", "财务股", "工程股"]),
    ("某县审计局2022年部门预算", "本局设综合股、执法股。", "某县审计局", ["综合股", "执法股"]),
    ("2022年度某县档案馆部门决算", "我馆设办公室、保管利用股。", "某县档案馆", ["办公室", "保管利用股"]),
])
def test_own_page_divisions_after_我_or_本(title, text, host, divisions) -> None:
    got = units(facts_of(text, "某县", title=title))
    for d in divisions:
        assert got[host + d][:4] == ("内设机构", None, host, "内设")


def test_我局设立_is_no_division_list() -> None:
    assert not facts_of("我局设立了便民服务窗口、投诉受理点。", "某县", title="某县审计局2022年部门预算").units


@pytest.mark.parametrize(("text", "office", "host"), [
    ("组建市农业农村局，市委农村工作领导小组办公室设在市农业农村局。", "市委农村工作领导小组办公室", "市农业农村局"),
    ("整合县民政局的养老服务职责，组建县老龄工作委员会，县老龄工作委员会办公室设在县卫生健康局。",
     "县老龄工作委员会办公室", "县卫生健康局"),
])
def test_hosted_office_after_a_forming_clause(text, office, host) -> None:
    got = units(facts_of(text, "某地"))
    assert got[office][2] == host


def test_a_place_after_设在_is_still_no_parent() -> None:
    got = units(facts_of("组建市农业农村局，市农业农村局设在城关镇。", "某市"))
    assert not any(v[2] for v in got.values())


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("改革后，镇设党政综合办公室、经济发展办公室、社会事务办公室3个综合办事机构。", "某镇",
     {"党政综合办公室", "经济发展办公室", "社会事务办公室"}),
    ("本乡设置党建工作办公室、平安建设办公室2个综合办事机构。", "某乡", {"党建工作办公室", "平安建设办公室"}),
])
def test_a_townships_own_list_after_its_level_word(text, place, expected) -> None:
    got = units(facts_of(text, place))
    assert {n for n, v in got.items() if v[0] == "综合办事机构"} == expected


@pytest.mark.parametrize("text", [
    "乡镇设置党政综合办公室、经济发展办公室、社会事务办公室3个综合办事机构。",
    "各乡镇设置党政综合办公室、经济发展办公室2个综合办事机构。",
])
def test_a_rule_for_every_township_names_no_body(text) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.kind == "综合办事机构"]
    assert not [u for u in facts_of(text, "某镇").units if u.kind == "综合办事机构"]


def test_镇_alone_outside_a_townships_document_is_no_township() -> None:
    assert not [u for u in facts_of("改革后，镇设党政综合办公室、经济发展办公室2个综合办事机构。", "某县").units
                if u.kind == "综合办事机构"]


@pytest.mark.parametrize(("text", "unit"), [
    ("某市疾病预防控制局作为市卫生健康委员会管理的副处级行政机构，加挂市卫生健康监督所牌子。", "某市疾病预防控制局"),
    ("组建某市疾病预防控制局，作为市卫生健康委员会管理的副处级行政机构。", "某市疾病预防控制局"),
])
def test_作为_a_managed_administrative_body(text, unit) -> None:
    assert units(facts_of(text, "某市"))[unit][:3] == ("行政机构", "副处级", "市卫生健康委员会")


def test_作为_a_role_is_no_kind() -> None:
    assert not facts_of("某市卫生健康委员会作为牵头单位，负责统筹协调。", "某市").units


@pytest.mark.parametrize(("text", "expected"), [
    ("县农业农村局所属事业单位有：县农业技术推广中心（副科级）、县动物疫病预防控制中心（股级）。",
     {"县农业技术推广中心": ("副科级", ()), "县动物疫病预防控制中心": ("股级", ())}),
    ("县文化和旅游局下属事业单位：县图书馆（县古籍保护中心）、县文化馆、县博物馆（参公）。",
     {"县图书馆": (None, ("县古籍保护中心",)), "县文化馆": (None, ()), "县博物馆": (None, ())}),
    ("县政府直属事业单位：县融媒体中心（正科级）、县档案馆（副科级）、县城市建设服务中心（股级）。",
     {"县融媒体中心": ("正科级", ()), "县档案馆": ("副科级", ()), "县城市建设服务中心": ("股级", ())}),
])
def test_a_rank_or_a_note_in_an_items_bracket_is_no_sign(text, expected) -> None:
    got = units(facts_of(text, "某县"))
    for name, (rank, signs) in expected.items():
        assert (got[name][1], got[name][4]) == (rank, signs)


@pytest.mark.parametrize(("text", "unit", "signs"), [
    ("县委统战部（县民族宗教事务局、县侨务办公室），正科级。", "县委统战部", ("县民族宗教事务局", "县侨务办公室")),
    ("县委组织部（县委老干部局），正科级；县委宣传部（县新闻出版局），正科级。", "县委组织部", ("县委老干部局",)),
])
def test_bracketed_signs_before_a_rank_clause(text, unit, signs) -> None:
    got = units(facts_of(text, "某县"))
    assert got[unit][1:] == ("正科级", None, None, signs)
