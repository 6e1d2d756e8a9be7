"""Lists of a body's subordinate bodies in prose (sixteenth session, lists): a list a web page wrapped after its
enumeration comma, a page's anti-scrape noise between its lines, the divisions a body has now (现设, a state and no
quota), a sign in a division item's bracket read once. Sentences are written for these tests in the genre's
wording; no corpus or trial document is used."""

from __future__ import annotations

import re

import pytest

from ingest.extractors.common import DocText, blank_scrape_noise
from tests.test_constructions import events, facts_of


def _divisions(f) -> dict[str, tuple]:
    return {u.unit.name: (u.parent.name if u.parent else None, tuple(u.signs)) for u in f.units if u.kind == "内设机构"}


def _figures(f) -> set[tuple]:
    return {(s.unit.name if s.unit else None, s.kind, s.change, s.amount) for s in f.staffing}


# --- anti-scrape noise -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("noise", ["k3.8Tb,;2xq7Pa", "Q9-4mR;7ub=2Lc", "e2:5Hs+8wn,1Yo?", "w7,.3Fa9;Bz0-Kd"])
def test_a_pages_noise_string_at_a_line_end_is_blanked(noise) -> None:
    text = f"县档案馆是县委直属事业单位。 {noise}\n内设办公室、保管股。"
    blanked = blank_scrape_noise(text)
    assert len(blanked) == len(text) and noise not in blanked and "县档案馆是县委直属事业单位。" in blanked


@pytest.mark.parametrize("token", ["www.gov.cn/xxgk", "2021-03-15)", "GB/T2260-2007", "Tel:0731-84012345",
                                  "(Revised,2019)", "ISBN7-5012-1234"])
def test_a_url_a_date_a_code_or_a_word_is_no_noise(token) -> None:
    text = f"资料来源 {token}\n"
    assert blank_scrape_noise(text) == text


# --- a list wrapped after its enumeration comma -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "host", "items"), [
    ("乙县民政局内设机构4个，分别是：办公室、社会救助股、\n养老服务股、社会事务股。", "乙县民政局",
     ["办公室", "社会救助股", "养老服务股", "社会事务股"]),
    ("甲市文化广电旅游局设有5个科室，即办公室、艺术科、 h4;2Kd7,Tx9=pa\n公共服务科、产业发展科、\n市场管理科。",
     "甲市文化广电旅游局", ["办公室", "艺术科", "公共服务科", "产业发展科", "市场管理科"]),
    ("丙区商务局内设综合股、外贸股、\n（内贸股）、电商股等4个股室。", "丙区商务局", ["综合股", "外贸股", "电商股"]),
])
def test_a_division_list_wrapped_after_a_comma_is_read_whole(text, host, items) -> None:
    got = _divisions(facts_of(text, "某市"))
    for item in items:
        assert got.get(host + item, (None,))[0] == host, item


def test_a_line_ending_with_a_comma_joins_only_prose() -> None:
    text = "县林业局内设机构：办公室、林政股、\n1、营林股负责造林。"
    dt = DocText.build(text)
    assert any(s.text.startswith("1、营林股") for s in dt.sentences)  # an item number opens its own line
    joined = DocText.build("县林业局内设机构：办公室、林政股、\n营林股。")
    assert len(joined.sentences) == 1


# --- divisions there are now: no quota ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "host", "quota"), [
    ("丁县政府办公室现设职能股（室）3个，分别为：秘书股、综合股、信息股。", "丁县政府办公室", None),
    ("丁县政府办公室设职能股（室）3个，分别为：秘书股、综合股、信息股。", "丁县政府办公室", 3),
    ("戊县卫生健康局目前设有督查股、医政股、疾控股3个股室。", "戊县卫生健康局", None),
    ("戊县卫生健康局设有督查股、医政股、疾控股3个股室。", "戊县卫生健康局", 3),
])
def test_the_divisions_a_body_has_now_are_no_quota(text, host, quota) -> None:
    f = facts_of(text, "某市")
    assert len([d for d, (p, _) in _divisions(f).items() if p == host]) == 3
    assert _figures(f) == ({(host, "内设机构", "核定", quota)} if quota else set())


# --- a sign in a division item's bracket: read once, the division's ---------------------------------------------


@pytest.mark.parametrize(("text", "host", "division", "sign"), [
    ("己市人民政府办公室现设科（室）3个，分别为：秘书一科（挂督查科牌子）、会议科、信息科。",
     "己市人民政府办公室", "秘书一科", "督查科"),
    ("庚县林业局内设办公室（加挂行政审批股牌子）、林政股、造林股等3个股室。", "庚县林业局", "办公室", "行政审批股"),
])
def test_a_sign_of_a_listed_division_is_the_divisions_alone(text, host, division, sign) -> None:
    f = facts_of(text, "某市")
    assert _divisions(f)[host + division] == (host, (sign,))
    assert not [u for u in f.units if u.unit.name == division]  # no bare body bearing the sign
    assert not [e for e in events(f) if e[0] == "add_sign" and e[1] == (division,)]


def test_a_sign_of_a_body_outside_a_list_stays() -> None:
    f = facts_of("辛县档案馆（挂辛县地方志办公室牌子）为县委直属事业单位。", "某市")
    assert any(u.unit.name == "辛县档案馆" and u.signs for u in f.units)


# --- a division's own divisions, in its paragraph or under its heading -------------------------------------------


@pytest.mark.parametrize(("text", "host", "items"), [
    ("（一）综合室（加挂应急值守中心牌子）\n负责文电、会务工作。内设2个中队，即文秘中队、值班中队。", "综合室",
     ["文秘中队", "值班中队"]),
    ("（二）治安管理大队\n负责社会治安管理。下设3个中队，分别是巡逻中队、特勤中队、户政中队。", "治安管理大队",
     ["巡逻中队", "特勤中队", "户政中队"]),
])
def test_a_divisions_own_divisions_under_its_heading(text, host, items) -> None:
    got = _divisions(facts_of(text, "某县"))
    for item in items:
        assert got.get(host + item, (None,))[0] == host, item


def test_a_count_of_a_class_is_no_body_of_its_name() -> None:
    f = facts_of("县城管执法局下设4个执法中队，分别为：东城中队、西城中队、南城中队、北城中队。", "某县")
    assert not [u for u in f.units if u.unit.name in ("执法中队", "中队")]
    assert len([u for u in f.units if u.kind == "内设机构"]) == 4


# --- one institution after its count ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "owner", "items"), [
    ("县档案局所属事业单位1个，为县档案馆。", "县档案局", ["县档案馆"]),
    ("县科协下属事业单位一个，即县科技馆。", "县科协", ["县科技馆"]),
    ("县林业局所属事业单位2个，分别为县林业站、县国有林场。", "县林业局", ["县林业站", "县国有林场"]),
    ("县农业农村局局属事业单位有：县农机监理站、县良种繁育场。", "县农业农村局", ["县农机监理站", "县良种繁育场"]),
])
def test_institutions_after_their_count(text, owner, items) -> None:
    f = facts_of(text, "某县")
    got = {u.unit.name: u.parent.name for u in f.units if u.parent}
    assert {i: got.get(i) for i in items} == {i: owner for i in items}


def test_a_count_of_one_beside_two_names_is_no_single_institution() -> None:
    f = facts_of("县档案局所属事业单位1个，为县档案馆和县方志馆的前身。", "某县")
    assert not [u for u in f.units if u.unit.name.startswith("县档案馆和")]


# --- words sharing one class head ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "host", "names"), [
    ("1978年，县财税局成立，下设城关、东河、西河财税所。", "县财税局", ["城关财税所", "东河财税所", "西河财税所"]),
    ("县工商局下设城关、新集两个工商所。", "县工商局", ["城关工商所", "新集工商所"]),
    ("县农机局下设东关、西关、南关3个农机安全监理分所和县农机修造厂。", "县农机局",
     ["东关农机安全监理分所", "西关农机安全监理分所", "南关农机安全监理分所"]),
    ("县水利局下设红旗（城关）、胜利（东河）水利站。", "县水利局", ["红旗水利站", "胜利水利站"]),
])
def test_words_sharing_a_head_are_bodies_each(text, host, names) -> None:
    f = facts_of(text, "某县")
    got = {u.unit.name: u.parent.name for u in f.units if u.parent}
    assert {n: got.get(n) for n in names} == {n: host for n in names}


@pytest.mark.parametrize("text", [
    "县政府下辖城关、东河、西河3个镇。",  # places
    "县林业局设立城关、东河两个片区。",  # no class of bodies
    "县人社局设有张华、李明两名副局长。",  # people
    "县文旅局负责城关、东河、西河景区管理处的监管。",  # a duty, no verb of setting up
    "县税务局下设城关、东河、西河4个税务所。",  # the count is not the number of words
    "县人民医院设内科、外科、儿科门诊部。",  # divisions' words, no class of bodies
])
def test_what_shares_no_head_of_bodies(text) -> None:
    f = facts_of(text, "某县")
    assert not [u for u in f.units if u.parent and re.search(r"(?:所|站|处|部)$", u.unit.name)]


# --- lists of divisions: a colon after the class, a head word closing the list ---------------------------------------


@pytest.mark.parametrize(("text", "host", "items"), [
    ("县林业局内设科室：办公室、林政股、营林股。", "县林业局", ["办公室", "林政股", "营林股"]),
    ("县审计局下设股室有：办公室、财政审计股。", "县审计局", ["办公室", "财政审计股"]),
    ("县统计局是县政府工作部门。局内设办公室、综合股、调查股等3个股（室）。", "县统计局", ["办公室", "综合股", "调查股"]),
    ("县审计局机关设办公室、审计股两个科。", "县审计局", ["办公室", "审计股"]),
    ("1975年，县计委成立，下设计划、统计2个组。", "县计委", ["计划组", "统计组"]),
])
def test_more_division_lists(text, host, items) -> None:
    got = _divisions(facts_of(text, "某县"))
    assert {host + i: got.get(host + i, (None,))[0] for i in items} == {host + i: host for i in items}
    assert not [d for d in got if d.endswith(("股科", "统组"))]


# --- a government's or party committee's own list, its count and class after it ----------------------------------


@pytest.mark.parametrize(("text", "kind", "names"), [
    ("1984年，县政府设计委、经委、财政局、民政局4个工作部门。", "县政府工作部门", ["县计委", "县经委", "县财政局", "县民政局"]),
    ("县委设办公室、组织部、宣传部、统战部4个工作部门。", "县委工作部门", ["县委办公室", "县委组织部", "县委宣传部", "县委统战部"]),
    ("1992年，市政府设计委、经委等26个工作部门。", "市政府工作部门", ["市计委", "市经委"]),
])
def test_a_governments_list_then_its_class(text, kind, names) -> None:
    got = {u.unit.name: u.kind for u in facts_of(text, "某县").units}
    assert {n: got.get(n) for n in names} == {n: kind for n in names}


@pytest.mark.parametrize("text", [
    "县政府设计委、经委、财政局、民政局10个工作部门。",  # no 等: the count must be the number of items
    "县政府设城关、东河等12个乡镇。",  # places, no class of bodies
    "县政府设立学习、宣传、督查3个工作组。",  # groups, no listable class
])
def test_no_list_then_class(text) -> None:
    assert not [u for u in facts_of(text, "某县").units if u.kind and "工作部门" in u.kind]


# --- a township's own offices, a list ending before its next clause ---------------------------------------------------


@pytest.mark.parametrize(("text", "place", "host", "items"), [
    ("镇设党政办公室、经济发展办公室、社会事务办公室等3个办公室。", "丙镇", "丙镇人民政府",
     ["党政办公室", "经济发展办公室", "社会事务办公室"]),
    ("改革后，大荆镇内设党建工作办公室、经济发展办公室、平安建设办公室，设立农业农村服务中心、社会事务服务中心。", "乐清市",
     "大荆镇人民政府", ["党建工作办公室", "经济发展办公室", "平安建设办公室"]),
    ("县人民委员会下设民政科、财粮科和文教科，另设县人民法院。", "某县", "县人民委员会", ["民政科", "财粮科", "文教科"]),
    ("县林业局内设办公室、林政股，负责全县林业工作。", "某县", "县林业局", ["办公室", "林政股"]),
])
def test_divisions_up_to_the_next_clause(text, place, host, items) -> None:
    got = _divisions(facts_of(text, place))
    assert {host + i: got.get(host + i, (None,))[0] for i in items} == {host + i: host for i in items}
    assert not [d for d in got if "设立" in d or "负责" in d or "法院" in d]


# --- a class heading on its line, then its members -----------------------------------------------------------------


def test_a_class_heading_then_its_members() -> None:
    text = ("县统计局机构设置\n一、内设机构\n办公室、综合股、调查股。\n二、直属事业单位\n县统计普查中心、县经济调查队。\n"
            "三、下属单位：\n1.县统计信息站\n2.县统计服务所\n四、人员编制\n核定行政编制8名。")
    f = facts_of(text, "某县")
    got = {u.unit.name: (u.kind, u.parent.name if u.parent else None, u.parent_relation) for u in f.units}
    for d in ("办公室", "综合股", "调查股"):
        assert got["县统计局" + d] == ("内设机构", "县统计局", "内设")
    for i in ("县统计普查中心", "县经济调查队"):
        assert got[i] == ("事业单位", "县统计局", "直属")
    for i in ("县统计信息站", "县统计服务所"):
        assert got[i] == (None, "县统计局", "所属")


@pytest.mark.parametrize("text", [
    "县统计局\n一、内设机构\n负责全县统计工作的组织实施。",  # prose, no members
    "县统计局\n二、直属事业单位\n张华、李明、王强",  # people
    "县统计局\n内设机构\n城关、东河、西河",  # places
])
def test_a_class_heading_over_no_names(text) -> None:
    f = facts_of(text, "某县")
    assert not [u for u in f.units if u.parent and u.parent.name == "县统计局"]


# --- a township's divisions in a county's text, and the institutions listed after them -----------------------------


@pytest.mark.parametrize(("text", "host", "divisions", "institutions"), [
    ("柳市镇设置党政办公室、经济发展办公室、社会事务办公室3个内设机构和农业综合服务中心、文化服务中心2个事业单位。",
     "柳市镇人民政府", ["党政办公室", "经济发展办公室", "社会事务办公室"], ["农业综合服务中心", "文化服务中心"]),
    ("改革后，大荆镇设置党政办公室、平安建设办公室等5个内设机构，设置农业农村服务中心、退役军人服务站等3个事业站所。",
     "大荆镇人民政府", ["党政办公室", "平安建设办公室"], ["农业农村服务中心", "退役军人服务站"]),
    ("县林业局内设办公室、林政股2个股室和县林业站、县木材检查站2个事业单位。",
     "县林业局", ["办公室", "林政股"], ["县林业站", "县木材检查站"]),
])
def test_institutions_after_the_hosts_divisions(text, host, divisions, institutions) -> None:
    f = facts_of(text, "乐清市")
    got = _divisions(f)
    assert {host + d: got.get(host + d, (None,))[0] for d in divisions} == {host + d: host for d in divisions}
    owned = {u.unit.name: u.parent.name for u in f.units if u.parent and u.kind != "内设机构"}
    assert {i: owned.get(i) for i in institutions} == {i: host for i in institutions}


@pytest.mark.parametrize("text", [
    "全市各镇设置党政办公室、经济发展办公室2个内设机构。",  # a class of townships, no one township
    "柳市镇设置党政办公室、经济发展办公室2个内设机构和张华、李明2个事业单位负责人。",  # people
])
def test_no_township_list_or_institutions(text) -> None:
    f = facts_of(text, "乐清市")
    assert not [u for u in f.units if u.parent and u.parent.name.startswith("全市")]
    assert not [u for u in f.units if u.unit.name in ("张华", "李明")]
