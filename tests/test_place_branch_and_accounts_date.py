"""A document's own place and date (thirteenth session, second wave): a township written after its city's stem in a
news title, a city body's branch for one of its districts, a year's final accounts with no later day, and a table of
bodies with their dates in brackets (a gazetteer's chart). Sentences written for these tests in the genre."""

from __future__ import annotations

import pytest

from tests.test_staff13 import _date, _place

# --- place: a township after its city's stem, a branch named for a district -------------------------------------------


@pytest.mark.parametrize("title, text, expected", [
    # a county-level city's stem right before its township in a local paper's title
    ("余姚泗门镇完成机构改革（余姚日报，2012-03-05）",
     "本报讯 日前，泗门镇召开大会。根据《关于余姚市泗门镇深化改革的决定》，泗门镇调整了机关内设机构。", "泗门镇"),
    ("义乌佛堂镇挂牌成立综合执法队", "佛堂镇根据义乌市委部署，设立了综合行政执法队。义乌市领导出席。", "佛堂镇"),
    ("慈溪周巷镇新设便民服务中心", "日前，周巷镇便民服务中心挂牌。慈溪市有关部门负责人参加。", "周巷镇"),
    # the township written in full after its city in full (the rule before this session)
    ("余姚市泗门镇完成机构改革", "泗门镇调整了机关内设机构。", "泗门镇"),
])
def test_a_township_after_its_citys_stem_in_the_title(title: str, text: str, expected: str) -> None:
    assert _place(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    ("青岛市公安局黄岛分局2020年部门预算", "一、基本情况\n青岛市公安局黄岛分局内设机构12个。", "黄岛区"),
    ("随州市公安局曾都区分局简介", "随州市公安局曾都区分局是随州市公安局的派出机构。", "曾都区"),
    ("宁波市自然资源和规划局北仑分局部门预算", "宁波市自然资源和规划局北仑分局是宁波市自然资源和规划局的派出机构。", "北仑区"),
    ("上海市规划和自然资源局浦东新区分局简介", "上海市规划和自然资源局浦东新区分局内设8个科室。", "浦东新区"),
])
def test_a_city_bodys_branch_for_a_district_is_of_that_district(title: str, text: str, expected: str) -> None:
    assert _place(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a branch for one township, named by the township's stem (a city without districts, an economic town)
    ("东莞市公安局长安分局2022年部门预算", "东莞市公安局长安分局是东莞市公安局的派出机构。", "长安镇"),
    ("湖州市公安局织里分局2020年度单位决算", "一、概况\n湖州市公安局织里分局内设机构6个。", "织里镇"),
    ("东莞市自然资源局虎门分局简介", "东莞市自然资源局虎门分局负责辖区自然资源管理工作。", "虎门镇"),
])
def test_a_city_bodys_branch_for_a_township_is_of_that_township(title: str, text: str, expected: str) -> None:
    assert _place(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a branch named for no place (a road, a line of work): the city's
    ("青岛市公安局交通警察支队高速公路分局简介", "青岛市公安局交通警察支队高速公路分局内设机构5个。", "青岛市"),
    # a district of another city named before 分局 is no part of this one
    ("随州市公安局江夏分局简介", "随州市公安局江夏分局内设机构5个。", "随州市"),
])
def test_a_branch_named_for_no_place_inside_keeps_the_citys_place(title: str, text: str, expected: str) -> None:
    assert _place(text, title) == expected


# --- date: a year's final accounts, a table of bodies with bracketed dates ---------------------------------------------


@pytest.mark.parametrize("title, text", [
    ("某县公安局2019年决算公开报告", "一、某县公安局基本情况\n（一）机构设置\n内设股级机构12个。"),
    ("某市档案馆2021年度部门决算", "第一部分 单位概况\n某市档案馆2021年决算收入300万元，2021年支出290万元。"),
    ("某区自然资源局2018年度单位决算公开", "一、部门职责\n负责自然资源管理。二、机构设置\n内设4个股室。"),
])
def test_a_years_final_accounts_with_no_later_day_are_undated(title: str, text: str) -> None:
    assert _date(text, title) is None


@pytest.mark.parametrize("title, text, expected", [
    ("某县公安局2019年决算公开报告", "某县公安局2019年决算公开报告\n发布日期：2020-08-10\n内设机构5个。", "2020-08-10"),
    ("某市档案馆2021年度部门决算", "某市档案馆2021年度部门决算\n收入300万元。\n某市档案馆\n2022年9月1日", "2022-09-01"),
])
def test_a_years_final_accounts_are_dated_by_their_later_day(title: str, text: str, expected: str) -> None:
    assert _date(text, title) == expected


def test_a_years_work_summary_keeps_its_year() -> None:
    # a summary may be written in the year it sums up: the title's year still dates it when nothing later does
    assert _date("2020年，本局精简内设机构2个。", "某局2020年工作总结") == "2020"


CHART = """某县革命委员会工作部门设置（县志）
1968年3月，成立县革命委员会，下设政治部、生产指挥部。
办公室（1968年3月设）
信访科（1980年10月设）
民政局（1972年2月恢复）
计划委员会（1975年7月设，1980年7月撤）
工商局（1971年6月恢复，1980年4月从商业局分出）
"""

CHART_2 = """某市人民政府工作部门沿革
秘书处（1985年设）
农业局（1979年恢复，1990年与林业局合并）
粮食局（1983年设，1990年撤）
物价局（1988年成立）
1990年，市政府工作部门调整为30个。1990年底，全市机构改革完成。
"""


@pytest.mark.parametrize("text", [CHART, CHART_2])
def test_a_table_of_bodies_with_bracketed_dates_is_a_chronicle(text: str) -> None:
    assert _date(text) is None


def test_one_body_with_its_founding_year_in_brackets_is_no_chronicle() -> None:
    text = "2021年，某县组建县数据局。县数据局（2021年设）为县政府工作部门。2021年底，全县机构改革完成。"
    assert _date(text) == "2021"


@pytest.mark.parametrize("text, expected", [
    # the branch named in the body only, the city never written for itself
    ("一、青岛市公安局黄岛分局概况\n（一）部门职责\n黄岛公安分局是主管公安工作的政府工作部门。\n二、青岛市公安局黄岛分局2019年度部门决算公开表",
     "黄岛区"),
    ("二、部门概况\n随州市公安局曾都区分局机关设8个大队、20个派出所。随州市公安局曾都区分局是一级预算单位。", "曾都区"),
    ("宁波市自然资源和规划局北仑分局是宁波市自然资源和规划局的派出机构，负责北仑区的自然资源管理。", "北仑区"),
])
def test_a_branch_named_in_the_body_is_of_its_district(text: str, expected: str) -> None:
    assert _place(text) == expected


def test_a_city_also_written_for_itself_keeps_its_place() -> None:
    text = ("随州市公安局曾都区分局、随州市公安局随县分局负责人参加。随州市召开全市公安工作会议，部署全市公安工作。"
            "随州市公安局局长讲话。")
    assert _place(text) == "随州市"


# --- staffing: a division's own count of its sub-divisions on a unit's page ---------------------------------------------
# (the figure names the division as written, as "离退休干部局领导职数4名" does; the store resolves it under its host)

from tests.test_staff13 import rows  # noqa: E402

POLICE_PAGE = """一、某县公安局基本情况
（一）机构、职能设置
执法勤务机构6个，内设股级机构12个。
1、办公室（加挂指挥中心牌子）
负责全局文秘、机要工作；负责接报警和指挥处警工作。内设2个中队，即文秘中队、通信中队。
2、治安管理大队
负责全县治安管理工作；负责户籍管理工作。内设3个中队，即一中队、二中队、三中队。
"""

TRAFFIC_PAGE = """二、机构设置
1、秩序管理科
负责全市道路交通秩序管理工作。下设2个组，即秩序组、宣传组。
2、事故处理大队
负责道路交通事故处理工作。设有4个中队。
3、车辆管理所
负责机动车登记工作。设有服务窗口8个。
"""


@pytest.mark.parametrize("title, text, expected, absent", [
    ("某县公安局2020年部门决算", POLICE_PAGE,
     {("办公室", "内设机构", "核定", 2), ("治安管理大队", "内设机构", "核定", 3),
      ("某县公安局", "内设机构", "核定", 12)}, set()),
    ("某市公安局交通警察支队2021年部门预算", TRAFFIC_PAGE,
     {("秩序管理科", "内设机构", "核定", 2), ("事故处理大队", "内设机构", "核定", 4)},
     {("车辆管理所", "内设机构", "核定", 8), ("某市公安局交通警察支队", "内设机构", "核定", 2)}),
])
def test_a_divisions_own_count_of_its_sub_divisions(title: str, text: str, expected: set, absent: set) -> None:
    got = rows(text, title)
    assert expected <= got
    assert not absent & got


# --- staffing: a gazetteer's body formed, then its groups counted ("X成立，下设A、B2个组") -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("1975年，县科委成立，下设综合、管理2个组。", ("县科委", "内设机构", "核定", 2)),
    ("1979年，县科委恢复，下设综合、科技管理2个股。", ("县科委", "内设机构", "核定", 2)),
    ("1962年，县人委成立，下设秘书、财贸、农林3个组。", ("县人委", "内设机构", "核定", 3)),
])
def test_a_body_formed_then_its_groups_counted(text: str, expected: tuple) -> None:
    assert expected in rows(text)


def test_groups_counted_after_another_clause_have_no_host() -> None:
    # the body named before is not the subject of the list: a place's meeting, then groups of no named body
    assert not {r for r in rows("1975年，县科委成立。同年召开会议，下设综合、管理2个组。") if r[0] == "县科委"}


# --- staffing: a bare figure right after the bodies a clause sets up is their total -------------------------------------

@pytest.mark.parametrize("text, total", [
    ("《国家某局职能配置、内设机构和人员编制规定》发布，国家某局是国务院管理的国家局。下设12个机构，机关行政编制300名。"
     "还跨地区设置10个监督专员办事处，行政编制200名。", ("行政编制", 200)),
    ("全县在各乡镇设立12个便民服务中心，核定事业编制60名。", ("事业编制", 60)),
    ("县市场监管局是县政府工作部门，设立3个派出所，行政编制40名。", ("行政编制", 40)),
])
def test_a_figure_after_bodies_set_up_is_their_total(text: str, total: tuple) -> None:
    got = rows(text)
    assert (None, total[0], "核定", total[1]) in got
    assert not any(r[0] and (r[1], r[3]) == total for r in got)


@pytest.mark.parametrize("text, expected", [
    # the host's own divisions (下设/内设) counted before its figure: the host's figure
    ("县市场监管局是县政府工作部门，下设5个市场监管所，行政编制40名。", ("县市场监管局", "行政编制", "核定", 40)),
    ("县市场监管局是县政府工作部门，内设5个股室，行政编制40名。", ("县市场监管局", "行政编制", "核定", 40)),
    # the figure's clause names its own body
    ("县里设立3个派出所，县公安局行政编制40名。", ("县公安局", "行政编制", "核定", 40)),
])
def test_a_figure_after_the_hosts_own_divisions_stays_the_hosts(text: str, expected: tuple) -> None:
    assert expected in rows(text)
