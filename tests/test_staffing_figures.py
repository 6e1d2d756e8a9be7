"""Staffing figures (编制, 领导职数) and the unit that owns them, in sentences written for these tests in
the genre (news of a reform, 三定 texts, notices of the establishment office, profile pages)."""

from __future__ import annotations

import pytest

from ingest.extractors.common import find_names
from tests.test_extractors import run, staffing


def rows(text: str, title: str = "") -> set[tuple]:
    return staffing(run(text, title=title))


# ---------------------------------------------------------------------------
# A suffix character that opens an ordinary word ends no name
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, absent", [
    ("根据市委工作部署，核定青山县应急管理局行政编制12名。", "市委工作部"),
    ("按照省委决策部署，青山县数据局核定行政编制10名。", "省委决策部"),
    ("县委统战部署名的文件已下发。", "县委统战部署"),
    ("青山县农业技术推广中心为县农业农村局所属公益一类事业单位。", "县农业农村局所"),
    ("县财政局会同县人力资源和社会保障局制定办法。", "县财政局会"),
])
def test_a_suffix_opening_an_ordinary_word_ends_no_name(text: str, absent: str) -> None:
    assert absent not in [n for _, _, n in find_names(text)]


@pytest.mark.parametrize("text, name", [
    ("县委统战部负责联系民主党派。", "县委统战部"),
    ("青山县公安局派出所设在镇上。", "青山县公安局派出所"),
    ("青山县人民代表大会常务委员会办公室核定行政编制8名。", "青山县人民代表大会常务委员会办公室"),
])
def test_names_ending_in_those_characters_still_end_there(text: str, name: str) -> None:
    assert name in [n for _, _, n in find_names(text)]


def test_the_figure_after_a_work_plan_word_is_the_named_units() -> None:
    assert rows("根据市委工作部署，核定青山县应急管理局行政编制12名。") == {("青山县应急管理局", "行政编制", "核定", 12)}
    assert rows("青山县数据局按照省委决策部署，核定行政编制10名。") == {("青山县数据局", "行政编制", "核定", 10)}


# ---------------------------------------------------------------------------
# The owner of a figure
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("县委编办核定青山县医疗保障局行政编制15名。", {("青山县医疗保障局", "行政编制", "核定", 15)}),
    ("核定青山县应急管理局行政编制12名，内设股室5个。",
     {("青山县应急管理局", "行政编制", "核定", 12), ("青山县应急管理局", "内设机构", "核定", 5)}),
    ("青山县农业技术推广中心为县农业农村局所属公益一类事业单位，核定事业编制20名。",
     {("青山县农业技术推广中心", "事业编制", "核定", 20)}),
    ("县委编办同意为青山县人民医院核增事业编制30名。", {("青山县人民医院", "事业编制", "核增", 30)}),
    ("核减青山县林业局事业编制8名。", {("青山县林业局", "事业编制", "核减", 8)}),
    ("青山县融媒体中心揭牌成立。该中心为县委直属公益一类事业单位，核定事业编制40名，设主任1名、副主任2名。",
     {("青山县融媒体中心", "事业编制", "核定", 40), ("青山县融媒体中心", "领导职数", "核定", 1),
      ("青山县融媒体中心", "领导职数", "核定", 2)}),
    ("县委编委同意撤销青山县粮食局，核减其行政编制8名。", {("青山县粮食局", "行政编制", "核减", 8)}),
])
def test_the_unit_a_sentence_is_about_owns_its_figures(text: str, expected: set) -> None:
    assert rows(text) == expected


def test_a_sanding_machine_figure_and_its_chief_and_deputies_are_the_documents_units() -> None:
    title = "青山县自然资源局职能配置、内设机构和人员编制规定"
    text = ("第一条 青山县自然资源局是县政府工作部门，为正科级。\n"
            "第五条 机关行政编制18名。设局长1名，副局长3名；股级领导职数7名。")
    assert rows(text, title) == {("青山县自然资源局", "行政编制", "核定", 18), ("青山县自然资源局", "领导职数", "核定", 1),
                                 ("青山县自然资源局", "领导职数", "核定", 3), ("青山县自然资源局", "领导职数", "核定", 7)}


@pytest.mark.parametrize("text", [
    "一、青山县数据局\n组建青山县数据局，为县政府工作部门。核定行政编制8名。\n二、青山县医疗保障局\n组建青山县医疗保障局。核定行政编制10名。",
    "（一）青山县数据局\n核定行政编制8名。\n（二）青山县医疗保障局\n核定行政编制10名，内设股室3个。",
])
def test_a_heading_naming_one_unit_owns_its_sections_figures(text: str) -> None:
    got = rows(text, "青山县机构改革方案")
    assert ("青山县数据局", "行政编制", "核定", 8) in got
    assert ("青山县医疗保障局", "行政编制", "核定", 10) in got


def test_a_heading_gives_way_to_a_total_word() -> None:
    got = rows("（一）青山县数据局\n核定行政编制8名。\n（二）其他\n全县共精简编制20名。", "青山县机构改革方案")
    assert (None, "编制", "核减", 20) in got


def test_the_body_of_a_concurrent_post_in_brackets_owns_nothing() -> None:
    text = "市疾病预防控制局为市卫生健康委员会管理的行政机构，核定行政编制5名，设局长1名（由市卫生健康委员会副主任兼任），副局长1名。"
    facts = run(text)
    assert {s.unit.name for s in facts.staffing} == {"市疾病预防控制局"}
    assert sorted(s.level or "" for s in facts.staffing if s.kind == "领导职数") == ["副局长", "局长"]


@pytest.mark.parametrize("text, owner", [
    ("省疾控局机关行政编制28名，其中局长1名、副局长3名；处级领导职数10名。", "省疾控局"),
    ("县数据局核定行政编制9名；股级领导职数3名。", "县数据局"),
])
def test_a_later_semicolon_part_goes_on_with_the_one_owner(text: str, owner: str) -> None:
    assert {s.unit.name if s.unit else None for s in run(text).staffing} == {owner}


def test_a_semicolon_part_naming_another_body_is_its_own() -> None:
    got = rows("县数据局核定行政编制9名；县医疗保障局核定行政编制12名。")
    assert got == {("县数据局", "行政编制", "核定", 9), ("县医疗保障局", "行政编制", "核定", 12)}


@pytest.mark.parametrize("text, expected", [
    ("改革后，自治区政府工作部门由42个减少到39个，精简行政编制300名。", (None, "行政编制", "核减", 300)),
    ("青山县委机构改革后，精简行政编制50名。", (None, "行政编制", "核减", 50)),
    ("青山县人民政府此次共核减事业编制200名。", (None, "事业编制", "核减", 200)),
])
def test_a_places_government_owns_no_figure(text: str, expected: tuple) -> None:
    assert rows(text) == {expected}


# ---------------------------------------------------------------------------
# Figures in news prose
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("此次机构改革，全县共精简编制120名。", {(None, "编制", "核减", 120)}),
    ("此次改革共精简编制120名，其中行政编制20名。", {(None, "编制", "核减", 120)}),
    ("全县共核减科级领导职数55名，精简党政机构10个。", {(None, "领导职数", "核减", 55)}),
    ("2024年，县委编办共收回空余事业编制86名，统筹调剂编制45名用于教育、卫生等重点领域。",
     {(None, "事业编制", "收回", 86), (None, "编制", "调剂", 45)}),
    ("将青山县民政局行政编制5名划转至青山县委社会工作部。", {("青山县民政局", "行政编制", "划转", 5)}),
    ("改革后，市级党政机构精简10个，精简机关行政编制1200名，精简比例达10%。", {(None, "行政编制", "核减", 1200)}),
])
def test_figures_in_news_prose(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("改革后，青山县事业编制从3000多个减至341个。", (None, "事业编制", "核定", 341)),
    ("青山县事业编制总量由1200名调整为1050名。", (None, "事业编制", "核定", 1050)),
    ("全县行政编制数量从 820 名大幅压减至 700 名。", (None, "行政编制", "核定", 700)),
    ("青山县卫生健康局机关行政编制由原来的20名调整为18名。", ("青山县卫生健康局", "行政编制", "核定", 18)),
    ("领导职数由135名减至114名。", (None, "领导职数", "核定", 114)),
])
def test_a_quota_from_to_with_a_count_word_or_an_estimate_before(text: str, expected: tuple) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize("text, expected", [
    ("全州县级融媒体中心核定事业编制281名\n\n本报讯 近日，全州各县融媒体中心全部组建完成。", {(None, "事业编制", "核定", 281)}),
    ("青山县精简编制120名\n\n本报讯 近日，青山县机构改革工作基本完成。", {(None, "编制", "核减", 120)}),
    # the lead repeats the title's figure (in other words): one figure
    ("青山县数据局核定编制12名\n\n本报讯 近日，青山县数据局挂牌成立，核定行政编制12名。", {("青山县数据局", "行政编制", "核定", 12)}),
])
def test_a_news_title_stating_a_figure(text: str, expected: set) -> None:
    assert rows(text) == expected


def test_a_title_line_without_a_figure_states_none() -> None:
    assert rows("四、人员编制\n\n青山县数据局机关行政编制9名。", "青山县数据局职能配置、内设机构和人员编制规定") == \
        {("青山县数据局", "行政编制", "核定", 9)}


@pytest.mark.parametrize("text, expected", [
    ("县级党政机关编制由386人减为285人，精简101人。", {(None, "编制", "核定", 285), (None, "编制", "核减", 101)}),
    ("县级机关由42个减为28个，编制由620人减少到480人。", {(None, "编制", "核定", 480)}),
])
def test_a_quota_from_to_counted_in_people(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("县数据局行政编制调整为15名。", ("县数据局", "行政编制", "核定", 15)),
    ("县数据局事业编制核定为20名。", ("县数据局", "事业编制", "核定", 20)),
    ("县数据局行政编制增加到15名。", ("县数据局", "行政编制", "核定", 15)),
    ("县数据局领导职数减至3名。", ("县数据局", "领导职数", "核定", 3)),
])
def test_a_quota_written_as_the_result_of_a_change(text: str, expected: tuple) -> None:
    assert rows(text) == {expected}


def test_a_result_with_a_range_word_is_no_quota() -> None:
    assert rows("县数据局行政编制调整为15名左右。") == set()


@pytest.mark.parametrize("text, expected", [
    # the titles after 其中 under the quota are posts (README, Staffing: one 领导职数 per title; 定编 is 编制, thirteenth session)
    ("县农业局定编25人，其中局长1人、副局长2人。", {("县农业局", "编制", "核定", 25), ("县农业局", "领导职数", "核定", 1),
                                        ("县农业局", "领导职数", "核定", 2)}),
    ("1996年，县统计局定编12名。", {("县统计局", "编制", "核定", 12)}),
])
def test_dingbian_is_a_quota_of_posts(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("经研究，同意青山县数据局增加行政编制3名，增加后行政编制为12名。",
     {("青山县数据局", "行政编制", "核增", 3), ("青山县数据局", "行政编制", "核定", 12)}),
    ("核减青山县林业局事业编制5名，核减后事业编制为20名。",
     {("青山县林业局", "事业编制", "核减", 5), ("青山县林业局", "事业编制", "核定", 20)}),
])
def test_the_quota_after_an_increase_or_a_cut(text: str, expected: set) -> None:
    assert rows(text) == expected


# ---------------------------------------------------------------------------
# A township's own document
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("title, text", [
    ("青山县白石镇机关和事业单位编制实名制公示",
     "现将白石镇机关和事业单位编制实名制情况公示如下：\n一、镇机关（行政编制24名，实有23名）"),
    ("", "白石镇机构改革方案\n根据县委部署，制定本方案。\n镇机关核定行政编制24名。"),
])
def test_a_figure_of_the_township_named_as_the_documents_subject(title: str, text: str) -> None:
    assert ("白石镇", "行政编制", "核定", 24) in rows(text, title)


def test_two_townships_in_the_title_give_no_owner_to_a_bare_zhen() -> None:
    facts = run("镇机关核定行政编制24名。", title="白石镇机关、红岩乡机关编制情况", jurisdiction="青山县")
    assert staffing(facts) == {(None, "行政编制", "核定", 24)}
    facts = run("镇机关核定行政编制24名。", title="白石镇机关编制情况", jurisdiction="青山县")
    assert staffing(facts) == {("白石镇", "行政编制", "核定", 24)}


# ---------------------------------------------------------------------------
# More owners and figures of reform news
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("交通运输部内设机构由26个减少到20个，机关行政编制由580名调整为560名。",
     {("交通运输部", "内设机构", "核定", 20), ("交通运输部", "行政编制", "核定", 560)}),
    ("改革后，内设机构由16个精简为12个。", {(None, "内设机构", "核定", 12)}),
    ("县林业局内设股室从8个压减至5个。", {("县林业局", "内设机构", "核定", 5)}),
])
def test_a_division_count_from_to(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "新组建的县自然资源局整合了原县国土资源局、县规划局的职责，核定行政编制25名，内设股室8个。",
    "新成立的县自然资源局整合了县国土资源局和县规划局，核定行政编制25名，内设股室8个。",
])
def test_a_newly_formed_subject_owns_the_figure_after_its_objects(text: str) -> None:
    assert rows(text) == {("县自然资源局", "行政编制", "核定", 25), ("县自然资源局", "内设机构", "核定", 8)}


@pytest.mark.parametrize("text, owner", [
    ("省药品监督管理局为省市场监督管理局管理的部门管理机构，机关行政编制70名。局领导职数1正3副。", "省药品监督管理局"),
    ("县疾病预防控制局核定行政编制5名。领导职数按一正一副配备。", "县疾病预防控制局"),
])
def test_chief_and_deputies_in_the_sentence_after_a_bodys_figure(text: str, owner: str) -> None:
    posts = [s for s in run(text).staffing if s.kind == "领导职数"]
    assert len(posts) == 2 and {s.unit.name for s in posts} == {owner}


def test_chief_and_deputies_of_a_whole_place_stay_unowned() -> None:
    posts = [s for s in run("县数据局核定行政编制5名。全县各乡镇领导职数按一正三副配备。").staffing if s.kind == "领导职数"]
    assert all(s.unit is None or s.unit.name != "县数据局" for s in posts)


@pytest.mark.parametrize("text, giver, receiver", [
    ("将县水利局的水资源调查职责划入县自然资源局，相应划转行政编制2名。", "县水利局", "县自然资源局"),
    ("将县卫生健康局承担的食品安全职责划入县市场监督管理局，相应划转2名行政编制。", "县卫生健康局", "县市场监督管理局"),
])
def test_posts_following_a_moved_duty(text: str, giver: str, receiver: str) -> None:
    (s,) = run(text).staffing
    assert (s.unit.name, s.counterpart.name, s.change, s.amount) == (giver, receiver, "划转", 2)


def test_a_figure_after_a_moved_duty_naming_its_own_body_is_that_bodys() -> None:
    assert rows("将县民政局的救灾职责划入县应急管理局，县应急管理局核定行政编制10名。") == \
        {("县应急管理局", "行政编制", "核定", 10)}


@pytest.mark.parametrize("text, expected", [
    ("县数据局科级领导职数：正科级1名、副科级2名。", {("县数据局", "领导职数", "核定", 1), ("县数据局", "领导职数", "核定", 2)}),
    ("县数据局领导职数为正股级3名，副股级2名。", {("县数据局", "领导职数", "核定", 3), ("县数据局", "领导职数", "核定", 2)}),
])
def test_leadership_posts_listed_by_grade(text: str, expected: set) -> None:
    assert rows(text) == expected


def test_a_grade_outside_a_leadership_figure_is_no_post() -> None:
    assert rows("县数据局为正科级单位，核定行政编制9名。") == {("县数据局", "行政编制", "核定", 9)}


_BODY = "3月20日上午，挂牌仪式在县政府举行。据悉，核定行政编制5名，内设股室2个。"


@pytest.mark.parametrize("title, owner", [
    ("房县疾病预防控制局挂牌成立", "房县疾病预防控制局"),
    ("【机构改革】房县疾病预防控制局挂牌成立", "房县疾病预防控制局"),
    ("房县疾病预防控制局挂牌成立暨揭牌仪式举行", "房县疾病预防控制局"),
    ("房县疾病预防控制局挂牌成立 核定编制5名", "房县疾病预防控制局"),
    ("房县疾病预防控制局揭牌亮相", "房县疾病预防控制局"),
    ("房县组建疾病预防控制局", "房县疾病预防控制局"),
    ("我县疾病预防控制局正式挂牌成立", "县疾病预防控制局"),
])
def test_an_owner_in_a_news_title_written_in_its_variants(title: str, owner: str) -> None:
    assert {s.unit.name if s.unit else None for s in run(_BODY, title=title).staffing} == {owner}


def test_a_news_title_about_an_event_names_no_owner() -> None:
    assert {s.unit for s in run(_BODY, title="房县召开机构改革工作会议").staffing} == {None}


def test_figure_lines_without_punctuation_are_read() -> None:
    got = rows("青山县数据局简介\n青山县数据局为县政府工作部门\n行政编制12名\n内设机构3个")
    assert {(k, c, a) for _, k, c, a in got} >= {("行政编制", "核定", 12), ("内设机构", "核定", 3)}


@pytest.mark.parametrize("text, expected", [
    ("改革后，市政府设置工作部门42个；机关行政编制精简20%，共精简1200名。", {(None, "行政编制", "核减", 1200)}),
    ("1994年，县级机关行政编制由原来的420人减为325人，精简95人。",
     {(None, "行政编制", "核定", 325), (None, "行政编制", "核减", 95)}),
    ("县数据局事业编制调整为15名，共核增3名。", {("县数据局", "事业编制", "核定", 15), ("县数据局", "事业编制", "核增", 3)}),
])
def test_a_change_figure_takes_the_kind_of_the_part_before(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "全县机关行政编制保持不变，共精简富余人员120名。",
    "全县事业编制总量不变，共招录公务员45名。",
    "改革后，机关行政编制精简20%。",
])
def test_people_or_a_percentage_after_a_kind_are_no_figure(text: str) -> None:
    assert rows(text) == set()


def test_size_classes_of_townships_own_no_figure() -> None:
    got = rows("其中，大镇核定行政编制45名，中等镇核定行政编制40名，小镇核定行政编制35名。")
    assert {u for u, _, _, _ in got} == {None}


@pytest.mark.parametrize("text", [
    "县数据局和县医疗保障局均为县政府工作部门，领导职数均为一正两副。",
    "县数据局、县医疗保障局领导职数都按一正两副配备。",
])
def test_the_same_chief_and_deputies_for_each_body_named(text: str) -> None:
    got = rows(text)
    assert got == {(u, "领导职数", "核定", n) for u in ("县数据局", "县医疗保障局") for n in (1, 2)}


def test_chief_and_deputies_without_jun_stay_with_the_last_body() -> None:
    got = rows("县数据局由县政务服务中心管理，领导职数按一正两副配备。")
    assert {u for u, _, _, _ in got} == {"县数据局"}


@pytest.mark.parametrize("text", [
    "根据规定，县应急管理局与县地震局合署办公，机关行政编制18名。",
    "方案明确，县应急管理局与县地震局合署办公，机关行政编制18名。",
    "根据《青山县机构改革方案》，县应急管理局与县地震局合署办公，核定行政编制18名。",
])
def test_a_source_phrase_before_the_subject(text: str) -> None:
    assert rows(text) == {("县应急管理局", "行政编制", "核定", 18)}


def test_a_sanding_news_report_gives_the_figures_to_its_unit() -> None:
    text = ("近日，《青山县应急管理局职能配置、内设机构和人员编制规定》正式印发。规定明确，将县安全生产监督管理局的职责，"
            "以及县民政局的救灾职责整合，组建县应急管理局。县应急管理局设6个内设机构，机关行政编制18名。")
    got = rows(text, "青山县应急管理局“三定”规定出台")
    assert got == {("青山县应急管理局", "内设机构", "核定", 6), ("青山县应急管理局", "行政编制", "核定", 18)}


def test_posts_moved_from_a_named_giver_after_its_duty_go_to_the_dutys_receiver() -> None:
    (s,) = run("青山县将县民政局的社会组织管理职责划入县委社会工作部，同步从县民政局划转行政编制2名。").staffing
    assert (s.unit.name, s.counterpart.name, s.change, s.amount) == ("县民政局", "县委社会工作部", "划转", 2)


def test_posts_from_another_giver_than_the_dutys_keep_no_receiver() -> None:
    (s,) = run("将县民政局的社会组织管理职责划入县委社会工作部，同步从县信访局划转行政编制2名。").staffing
    assert (s.unit.name, s.counterpart) == ("县信访局", None)


@pytest.mark.parametrize("text, expected", [
    ("县直机关人员编制由1990年的820人增至1995年的910人。", {(None, "编制", "核定", 910)}),
    ("1993年，县政府工作部门由38个减为26个，机关人员编制减少182人。", {(None, "编制", "核减", 182)}),
    ("县委办公室编制15人，实有18人。", {("县委办公室", "编制", "核定", 15)}),
    ("县计委编制12人，县经委编制10人。", {("县计委", "编制", "核定", 12), ("县经委", "编制", "核定", 10)}),
])
def test_gazetteer_figures_counted_in_people(text: str, expected: set) -> None:
    assert rows(text) == expected


def test_people_after_a_kind_change_are_no_figure() -> None:
    assert rows("县直机关行政编制增加5人员额。") == set()


@pytest.mark.parametrize("text, expected", [
    ("全县共核定乡镇行政编制520名、事业编制480名，分别较改革前减少20名、30名。",
     {(None, "行政编制", "核定", 520), (None, "事业编制", "核定", 480),
      (None, "行政编制", "核减", 20), (None, "事业编制", "核减", 30)}),
    ("县数据局核定行政编制8名、事业编制5名，分别增加2名、1名。",
     {("县数据局", "行政编制", "核定", 8), ("县数据局", "事业编制", "核定", 5),
      ("县数据局", "行政编制", "核增", 2), ("县数据局", "事业编制", "核增", 1)}),
])
def test_changes_listed_with_fenbie_after_figures_of_several_kinds(text: str, expected: set) -> None:
    assert rows(text) == expected


def test_fenbie_changes_that_do_not_match_the_kinds_are_not_read() -> None:
    assert rows("全县核定乡镇行政编制520名，分别较改革前减少20名、30名。") == {(None, "行政编制", "核定", 520)}


@pytest.mark.parametrize("text, expected", [
    ("此次改革涉及县农业局、县林业局等部门，共精简编制45名。", {(None, "编制", "核减", 45)}),
    ("县委编办对县人民医院等15家单位进行了编制核查，收回空编36名。", {(None, "编制", "收回", 36)}),
    ("县委编办为县疾控中心、县妇幼保健院等医疗卫生单位核增事业编制40名。", {(None, "事业编制", "核增", 40)}),
])
def test_a_list_closed_by_deng_is_a_set_with_no_one_owner(text: str, expected: set) -> None:
    assert rows(text) == expected


def test_a_body_named_after_a_deng_list_still_owns_its_figure() -> None:
    got = rows("撤销县农机局等单位，组建县农业农村局，核定行政编制20名。")
    assert got == {("县农业农村局", "行政编制", "核定", 20)}


def test_a_numbered_heading_of_another_matter_ends_the_units_section() -> None:
    text = "（一）青山县数据局\n核定行政编制8名。\n三、保障措施\n核减事业编制10名。"
    got = rows(text, "青山县机构改革方案")
    assert ("青山县数据局", "行政编制", "核定", 8) in got and (None, "事业编制", "核减", 10) in got


@pytest.mark.parametrize("text, title, place, owner", [
    ("街道办事处核定行政编制35名，事业编制28名。", "东城街道机构改革方案", "东城街道", "东城街道"),
    ("镇人民政府核定行政编制35名。", "白石镇机构改革方案", "青山县", "白石镇"),
    ("街道办事处核定行政编制35名。", "", "青山县", None),
])
def test_a_townships_office_or_government_written_bare(text: str, title: str, place: str, owner) -> None:
    facts = run(text, title=title, jurisdiction=place)
    assert {s.unit.name if s.unit else None for s in facts.staffing} == {owner}


@pytest.mark.parametrize("text, expected", [
    ("给予县数据局行政编制12名。", {("县数据局", "行政编制", "核定", 12)}),
    ("县数据局编制规模为12名。", {("县数据局", "编制", "核定", 12)}),
    ("县数据局行政、事业编制各6名。", {("县数据局", "行政编制", "核定", 6), ("县数据局", "事业编制", "核定", 6)}),
    ("县数据局核定行政编制和事业编制各6名。", {("县数据局", "行政编制", "核定", 6), ("县数据局", "事业编制", "核定", 6)}),
    ("为县数据局核增行政、事业编制各2名。", {("县数据局", "行政编制", "核增", 2), ("县数据局", "事业编制", "核增", 2)}),
])
def test_more_ways_to_write_a_bodys_figure(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, name", [
    ("给予县数据局表彰。", "县数据局"),
    ("关于县数据局机构编制事项的通知", "县数据局"),
    ("对于县数据局提出的意见。", "县数据局"),
])
def test_a_name_after_a_two_character_preposition_keeps_no_part_of_it(text: str, name: str) -> None:
    assert [n for _, _, n in find_names(text)] == [name]


def test_a_yearbook_entry_head_in_brackets_owns_its_figures() -> None:
    text = "【县数据局】2020年，内设股室3个，核定行政编制8名。\n【县档案馆】核定事业编制6名。"
    assert rows(text, "青山年鉴2021") == {("县数据局", "内设机构", "核定", 3), ("县数据局", "行政编制", "核定", 8),
                                         ("县档案馆", "事业编制", "核定", 6)}


@pytest.mark.parametrize("text, names", [
    ("【县档案馆】核定事业编制6名。", ["县档案馆"]),
    ("【机构改革】县档案馆核定事业编制6名。", ["县档案馆"]),
    ("【概况】2020年，核定事业编制6名。", []),
])
def test_names_in_and_after_a_bracketed_entry_head(text: str, names: list) -> None:
    assert [n for _, _, n in find_names(text)] == names


def test_a_divisions_heading_is_no_section_owner() -> None:
    got = rows("（一）综合科\n核定行政编制3名。", "青山县数据局机构编制方案")
    assert all(u != "综合科" for u, _, _, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("縣數據局行政編制調整為15名。", ("县数据局", "行政编制", "核定", 15)),
    ("改革後，全縣事業編制從3000多個減至341個。", (None, "事业编制", "核定", 341)),
    ("【縣檔案館】核定事業編制6名。", ("县档案馆", "事业编制", "核定", 6)),
    ("根據市委工作部署，核定青山縣應急管理局行政編制12名。", ("青山县应急管理局", "行政编制", "核定", 12)),
])
def test_traditional_script_variants(text: str, expected: tuple) -> None:
    assert rows(text) == {expected}


def test_a_county_level_city_calls_itself_shi() -> None:
    from kg.names import builtin_gazetteer, place_name

    assert place_name("市疾控局", "汉川市", builtin_gazetteer()).jurisdiction == "汉川市"
    assert place_name("市疾控局", "江岸区", builtin_gazetteer()).jurisdiction == "武汉市"  # a district: its city
    facts = run("汉川市疾病预防控制局正式挂牌。市疾控局核定行政编制20名。")
    assert [s.unit.name for s in facts.staffing] == ["汉川市疾病预防控制局"]


@pytest.mark.parametrize("full, short", [
    ("汉川市市场监督管理局", "市市监局"),
    ("厦门市地方金融监督管理局", "市金融局"),
    ("汉川市医疗保障局", "市医保局"),
])
def test_a_figure_of_a_bodys_usual_short_form_is_the_bodys(full: str, short: str) -> None:
    assert [s.unit.name for s in run(f"{full}正式挂牌。{short}核定行政编制20名。").staffing] == [full]


@pytest.mark.parametrize("full, short", [
    ("汉川市应急管理局", "汉川市应急局"), ("汉川市退役军人事务局", "汉川市退役军人局"), ("汉川市行政审批服务局", "汉川市审批局"),
    ("汉川市市场监督管理局", "汉川市市监局"), ("厦门市地方金融监督管理局", "厦门市金融局"),
])
def test_local_short_forms_of_reform_era_bodies(full: str, short: str) -> None:
    from kg.abbrev import abbreviations

    assert short in abbreviations(full)


# ---------------------------------------------------------------------------
# Ninth session: counts in Chinese numerals, 车辆编制, gazetteer 计 (sentences written here)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("县档案馆内设二十一个科室。", {("县档案馆", "内设机构", "核定", 21)}),
    ("青山县档案馆内设十二个职能科室。", {("青山县档案馆", "内设机构", "核定", 12)}),
    ("县统计局机关内设办公室、综合股、普查股等三个股室。", {("县统计局", "内设机构", "核定", 3)}),
    # the quota, not the count at present ("实际设有" is a state, as 实有人数)
    ("根据编制方案,县委党校内设十一个职能科室,目前实际设有九个职能科室。", {("县委党校", "内设机构", "核定", 11)}),
    ("县委党校内设十一个科室，目前实际设有九个科室。", {("县委党校", "内设机构", "核定", 11)}),
])
def test_a_division_count_in_chinese_numerals_is_read_whole(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("本部门机构数为1个,车辆编制1个。", set()),
    ("县统计局总编制16人,车辆编制2辆。", {("县统计局", "编制", "核定", 16)}),
    ("县林业局车编制3辆，核定行政编制9名。", {("县林业局", "行政编制", "核定", 9)}),
])
def test_vehicle_quotas_are_no_posts(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1987年县人民政府县级人员编制计986人。", {(None, "编制", "核定", 986)}),
    ("县档案馆人员编制计15人。", {("县档案馆", "编制", "核定", 15)}),
    ("1950年县级干部编制(政府)计4人。", {(None, "编制", "核定", 4)}),
])
def test_gazetteer_totals_written_with_ji(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("县志办编制人数12人,行政编制人数10人,机关工勤2人。", {("县志办", "编制", "核定", 12)}),
    ("县档案馆总编制数20名，行政编制8名、事业编制12名。", {("县档案馆", "编制", "核定", 20)}),
    ("县林业局编制总数30名，行政编制25名，另核定县林业站事业编制12名。",
     {("县林业局", "编制", "核定", 30), ("县林业站", "事业编制", "核定", 12)}),
    # no total written first: each kind is a figure of its own
    ("县档案馆行政编制8名、事业编制12名。", {("县档案馆", "行政编制", "核定", 8), ("县档案馆", "事业编制", "核定", 12)}),
])
def test_kinds_listed_after_a_total_without_qizhong_are_its_parts(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, name", [
    ("青山县档案馆编制人数20人。", "青山县档案馆"),
    ("青山县档案馆总编制数20名。", "青山县档案馆"),
    ("县档案馆编制人数小计20人。", "县档案馆"),
    ("县档案馆人员编制计15人。", "县档案馆"),
])
def test_a_name_before_a_budget_pages_count_of_posts(text: str, name: str) -> None:
    assert [n for _, _, n in find_names(text)] == [name]


@pytest.mark.parametrize("text, title, expected", [
    ("一、基本概况\n人员编制\n12\n实有人数\n11\n职能职责概述\n负责全县档案工作。", "青山县档案馆2023年部门预算",
     {("青山县档案馆", "编制", "核定", 12)}),
    ("部门(单位)名称:  青山县城市管理监督指挥中心\n评价方式:部门(单位)绩效自评\n人员编制\n\n21\n\n实有人数\n\n21", "",
     {("青山县城市管理监督指挥中心", "编制", "核定", 21)}),
    ("行政编制（人）\n8\n事业编制（人）\n5\n内设机构\n3", "青山县城管指挥中心2019年绩效自评报告",
     {("青山县城管指挥中心", "行政编制", "核定", 8), ("青山县城管指挥中心", "事业编制", "核定", 5),
      ("青山县城管指挥中心", "内设机构", "核定", 3)}),
    ("人员编制\n21\n实有人数\n21", "", set()),  # no page of one unit: no owner, no figure
    ("指 标\n机构数\n271\n实有床位数\n57455", "各类医院基本情况", set()),
])
def test_a_forms_cells_one_a_line_on_one_units_page(text: str, title: str, expected: set) -> None:
    assert rows(text, title) == expected


@pytest.mark.parametrize("text, expected", [
    ("县统计局核定领导职数3名，实际配备领导职数2名。", {("县统计局", "领导职数", "核定", 3)}),
    ("县档案馆核定事业编制12名，实际使用编制10名。", {("县档案馆", "事业编制", "核定", 12)}),
    ("目前已启用的6个街道,由于合署办公等原因,实际设置领导职数20正25副。", set()),
    ("县统计局领导职数按一正两副配备，实际配备一正一副。", {("县统计局", "领导职数", "核定", 1), ("县统计局", "领导职数", "核定", 2)}),
])
def test_posts_filled_now_are_a_state_and_no_quota(text: str, expected: set) -> None:
    assert rows(text) == expected


def test_a_second_chief_and_deputies_figure_of_the_sentence_is_read() -> None:
    facts = run("各街道领导职数应设置为4正4副,按8个街道计算,领导职数共计32正32副。")
    assert sorted(s.amount for s in facts.staffing) == [4, 4, 32, 32]


@pytest.mark.parametrize("text, title, expected", [
    ("局机关内设办公室、法制股、人民参与和促进法治股和社区矫正股等4个股室;下设参公事业单位县法律援助中心。",
     "青山县司法局2022年部门预算", {("青山县司法局", "内设机构", "核定", 4)}),
    ("局机关内设办公室、法制股、社区矫正股等3个股室。", "青山县司法局2022年部门预算", {("青山县司法局", "内设机构", "核定", 3)}),
    ("经省编委批准,2017年院机关本级内设办公室、技术处、法警总队等内设机构30个。",
     "青山省人民检察院2017年度部门整体支出绩效评价报告", {("青山省人民检察院", "内设机构", "核定", 30)}),
    ("院机关内设办公室、技术处等内设机构12个。", "青山县人民检察院2017年部门预算", {("青山县人民检察院", "内设机构", "核定", 12)}),
    ("局机关内设办公室、法制股等2个股室。", "", set()),  # no body named, no page of one unit
])
def test_a_bare_heads_division_count_on_its_units_own_page(text: str, title: str, expected: set) -> None:
    assert rows(text, title) == expected


@pytest.mark.parametrize("text, expected", [
    ("县统计局设局长1人，副局长2人。", {("县统计局", "领导职数", "核定", 1), ("县统计局", "领导职数", "核定", 2)}),
    ("县统计局编制8人，其中局长1人，副局长2人。",
     {("县统计局", "编制", "核定", 8), ("县统计局", "领导职数", "核定", 1), ("县统计局", "领导职数", "核定", 2)}),
    ("1950年县级干部编制计4人，县长1人，副县长3人。",
     {(None, "编制", "核定", 4), (None, "领导职数", "核定", 1), (None, "领导职数", "核定", 3)}),
    ("县统计局现有局长1人，副局长2人，工作人员5人。", set()),  # people at work, no posts
    ("会议由局长1人主持。", set()),
])
def test_post_titles_counted_in_people(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, title, expected", [
    ("我院隶属于青山县民政局,为独立核算的股级事业单位,编制人数10人,实有人员8人。院内共设置有3个部门,分别是行政组、护理组、后勤组。",
     "青山县社会福利院2018年部门预算说明",
     {("青山县社会福利院", "编制", "核定", 10), ("青山县社会福利院", "内设机构", "核定", 3)}),
    ("我局为县政府工作部门，核定行政编制9名。", "青山县统计局2019年部门预算", {("青山县统计局", "行政编制", "核定", 9)}),
    ("馆内设5个部室，现有编制12名。", "青山县图书馆2020年部门预算",
     {("青山县图书馆", "编制", "核定", 12), ("青山县图书馆", "内设机构", "核定", 5)}),
    ("全县共设置有3个部门。", "", set()),
])
def test_the_speakers_own_body_and_its_divisions_after_nei(text: str, title: str, expected: set) -> None:
    assert rows(text, title) == expected


@pytest.mark.parametrize("text, expected", [
    ("成立青山县文物管理局，核定事业编制12名，所需人员编制从县文化局文化站现有编制中划转。",
     {("青山县文物管理局", "事业编制", "核定", 12), ("县文化局文化站", "事业编制", "划转", 12)}),
    ("成立青山县文物管理局，核定事业编制12名，其中局长1名。所需人员编制从县文化局文化站现有编制中划转。",
     {("青山县文物管理局", "事业编制", "核定", 12), ("青山县文物管理局", "领导职数", "核定", 1),
      ("县文化局文化站", "事业编制", "划转", 12)}),
])
def test_posts_drawn_from_a_givers_present_posts(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("full, short", [
    ("中国共产党上犹县委员会党校", "上犹县委党校"),
    ("中国共产党上犹县委员会党校", "中共上犹县委党校"),
    ("中国共产党青山市委员会宣传部", "青山市委宣传部"),
])
def test_a_party_committees_body_written_short(full: str, short: str) -> None:
    from kg.abbrev import abbreviations

    assert short in abbreviations(full)


def test_a_figure_of_a_party_schools_short_form_is_the_full_forms() -> None:
    text = "青山县委党校是参照公务员法管理事业单位。所属预算单位包括:中国共产党青山县委员会党校。编制人数小计20人。"
    assert {u for u, _, _, _ in rows(text)} == {"中国共产党青山县委员会党校"}


@pytest.mark.parametrize("text, expected", [
    ("青山市公安局交通管理局（简称市交管局）是全市道路交通安全的主管机关，下设12个职能部门，直管5个交通大队。",
     {("青山市公安局交通管理局", "内设机构", "核定", 12)}),
    ("县统计局下设3个业务科室。", {("县统计局", "内设机构", "核定", 3)}),
    ("青山县人民政府下设25个职能部门。", set()),  # a government's departments are bodies
    ("全县下设18个职能部门。", set()),
])
def test_a_bureaus_own_functional_departments(text: str, expected: set) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("下辖14个乡镇司法所,机构规格为副科级,各所设所长一名。", {(None, "领导职数", "核定", 1)}),
    ("各乡镇司法所设所长1名。", {(None, "领导职数", "核定", 1)}),
    ("县司法局下辖5个司法所，各所设所长1名、副所长2名。", {(None, "领导职数", "核定", 1), (None, "领导职数", "核定", 2)}),
])
def test_the_same_posts_in_each_body_of_a_class(text: str, expected: set) -> None:
    assert rows(text) == expected


def test_the_speakers_body_named_in_a_later_sentence() -> None:
    text = "我院为青山市民政局下属公益一类事业单位,人员编制24人。青山市社会福利院隶属于青山市民政局,是独立核算的事业单位。"
    assert rows(text) == {("青山市社会福利院", "编制", "核定", 24)}


@pytest.mark.parametrize("text, expected", [
    ("8个街道办事处的处级职数均设置为2正5副,即书记1名、主任1名、副书记3名、副主任2名。", [(None, 2), (None, 5)]),
    ("县统计局领导职数为1正2副，即局长1名、副局长2名。", [("县统计局", 1), ("县统计局", 2)]),
])
def test_titles_after_ji_restate_the_chief_and_deputies(text: str, expected: list) -> None:
    assert sorted((s.unit.name if s.unit else None, s.amount) for s in run(text).staffing) == expected


@pytest.mark.parametrize("text, title, expected", [
    ("单位名称 | 青山县档案馆 | |\n人员编制 | 12 | 实有人数 | 11 |\n内设机构 | 3 |", "青山县档案馆2023年部门预算",
     {("青山县档案馆", "编制", "核定", 12), ("青山县档案馆", "内设机构", "核定", 3)}),
    ("单位名称 | 青山县档案馆 | |\n人员编制 | 12 | 实有人数 | 11 |", "", {("青山县档案馆", "编制", "核定", 12)}),
    ("单位名称 | 青山县档案馆 | |\n从业人数 | 5 |", "青山县档案馆2023年度报告", set()),  # people, no posts
    ("人员编制 | 12 | 实有人数 | 11 |", "", set()),  # no page of one unit
])
def test_a_table_row_with_pipes_on_one_units_page(text: str, title: str, expected: set) -> None:
    assert rows(text, title) == expected


@pytest.mark.parametrize("text, title, expected", [
    ("单位名称:青山县档案馆(本级)\n根据(青办字[2022]6号),本单位有内设机构5个,即:办公室、利用科。\n"
     "本部门行政编制0人,实有人数0人;事业编制30人,实际25人。", "",
     {("青山县档案馆", "内设机构", "核定", 5), ("青山县档案馆", "事业编制", "核定", 30)}),
    ("(二)机构设置。我馆内设办公室、组织人事处、档案收集整理处、档案管理处等8个职能处室。", "青山市档案馆2019年度部门决算情况说明",
     {("青山市档案馆", "内设机构", "核定", 8)}),
    ("单位无下属预算单位,下设0个处室。", "青山市政务服务中心2023年度部门决算", set()),
    ("青山县林业局(含13个林业站所)总编制134名,其中:行政编制22名,事业编制112名。", "",
     {("青山县林业局", "编制", "核定", 134)}),
    ("珠海市人民政府办公厅主要职能是协助市政府处理日常工作。"
     "市政府办公厅部门预算系统共设1办10处,下属单位1家,行政编制135人,行政事务编制18人,雇员编制11人,临时聘用编制8人。",
     "珠海市人民政府办公厅2011年部门预算",
     {("珠海市人民政府办公厅", "行政编制", "核定", 135), ("珠海市人民政府办公厅", "编制", "核定", 18)}),
])
def test_budget_page_details(text: str, title: str, expected: set) -> None:
    assert rows(text, title) == expected


@pytest.mark.parametrize("text, expected", [
    ("为县统计局增配副局长1名。", {("县统计局", "领导职数", "核增", 1)}),
    ("县统计局增配1名副局长。", {("县统计局", "领导职数", "核增", 1)}),
    ("各街道增配1名人大工作室主任。", {(None, "领导职数", "核增", 1)}),
    ("县统计局核减副局长职数1名。", {("县统计局", "领导职数", "核减", 1)}),
    ("县统计局设局长1名、副局长2名。", {("县统计局", "领导职数", "核定", 1), ("县统计局", "领导职数", "核定", 2)}),
])
def test_posts_added_or_cut_by_title(text: str, expected: set) -> None:
    assert rows(text) == expected


# ---------------------------------------------------------------------------
# A place's bodies of one class (place + bare class head) own no figure
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, title", [
    ("按照改革意见，23个街道办事处的处级职数均设置为2正4副。", "关于青山市东区街道办事处机构编制情况的调研报告"),
    ("各乡镇共核定行政编制300名。", "关于安平县乡镇机构编制管理情况的报告"),
    ("12个街道办事处共核定行政编制240名。", "关于青山市东区街道办事处机构设置情况的调研"),
])
def test_a_figure_for_a_class_of_a_places_bodies_has_no_owner(text: str, title: str) -> None:
    got = rows(text, title=title)
    assert got and all(unit is None for unit, *_ in got), got


@pytest.mark.parametrize("text, owner", [
    ("青山市东区兴华街道办事处核定行政编制40名。", "青山市东区兴华街道办事处"),
    ("青山市东区兴华街道核定行政编制30名。", "青山市东区兴华街道"),
])
def test_a_named_street_office_or_township_still_owns_its_figure(text: str, owner: str) -> None:
    assert {unit for unit, *_ in rows(text)} == {owner}


# ---------------------------------------------------------------------------
# One count shared by each post of a list ("设局长、副局长各1名", "有镇长和副镇长各1名", "正、副馆长各一人")
# ---------------------------------------------------------------------------


def _posts(text: str) -> list[tuple]:
    return sorted((s.unit.name if s.unit else None, s.kind, s.amount, s.level) for s in run(text).staffing)


@pytest.mark.parametrize("text, expected", [
    ("青山县统计局设局长、副局长各1名。", [("青山县统计局", "领导职数", 1, "副局长"), ("青山县统计局", "领导职数", 1, "局长")]),
    ("青山县林业站设站长和副站长各1名,技术员3名。",
     [("青山县林业站", "领导职数", 1, "副站长"), ("青山县林业站", "领导职数", 1, "站长")]),
    ("县档案馆设正、副馆长各一人。", [("县档案馆", "领导职数", 1, "副馆长"), ("县档案馆", "领导职数", 1, "馆长")]),
    ("青山县民政局下设3个科室，设局长、副局长及纪检组长各1名。",
     [("青山县民政局", "内设机构", 3, None), ("青山县民政局", "领导职数", 1, "副局长"),
      ("青山县民政局", "领导职数", 1, "局长"), ("青山县民政局", "领导职数", 1, "纪检组长")]),
])
def test_one_count_for_each_post_of_a_list(text: str, expected: list) -> None:
    assert _posts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("各中心设主任、副主任各1名。", [(None, "领导职数", 1, "主任"), (None, "领导职数", 1, "副主任")]),
    ("乡设乡公所，有乡长和副乡长各1名。", [(None, "领导职数", 1, "乡长"), (None, "领导职数", 1, "副乡长")]),
])
def test_posts_of_each_body_of_a_class_listed_with_ge(text: str, expected: list) -> None:
    assert sorted(_posts(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text", [
    "县长、副县长各1名出席会议。",  # people present, no posts set
    "青山县档案馆配备正、副馆长各一人参加培训。",  # the count goes on into another verb
    "乡公所设在老街，有乡长、副乡长各1名。",  # a bare head naming no body we know of
])
def test_a_list_of_titles_with_ge_outside_a_setting_is_no_figure(text: str) -> None:
    assert run(text).staffing == []


def test_a_bare_level_and_its_verb_open_no_name() -> None:
    assert find_names("镇设镇公所，有镇长1名。") == []
    assert "青山镇人民政府" in [n for _, _, n in find_names("青山镇人民政府设党政办公室。")]


# ---------------------------------------------------------------------------
# A title with an alias or grade in brackets before its count; posts of a class by grade (一类/二类乡镇)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("青山县农业农村局设局长1名，副局长（兼）2名。", [("青山县农业农村局", "领导职数", 1, "局长"), ("青山县农业农村局", "领导职数", 2, "副局长")]),
    ("青山县融媒体中心设主任（总编辑）1名、副主任（副总编辑）3名。",
     [("青山县融媒体中心", "领导职数", 1, "主任"), ("青山县融媒体中心", "领导职数", 3, "副主任")]),
])
def test_a_bracketed_alias_or_grade_between_title_and_count(text: str, expected: list) -> None:
    assert _posts(text) == expected


def test_bracketed_titles_under_a_posts_total_are_its_parts() -> None:
    text = "青山县人民政府办公室科级领导职数9名，其中科长（主任）5名，副科长（副主任）4名。"
    assert _posts(text) == [("青山县人民政府办公室", "领导职数", 9, "科级")]


def test_a_bracketed_title_qualified_by_a_division_is_no_figure_of_that_division() -> None:
    text = "青山县人民政府办公室设主任1名，副主任3名，督查室主任（副科级）1名。"
    assert all(s.unit and s.unit.name == "青山县人民政府办公室" for s in run(text).staffing)


@pytest.mark.parametrize("text, expected", [
    # (the two classes' equal chief counts are one fact of the sentence: the graph keeps one)
    ("一类乡镇人民政府设乡镇长1人、副乡镇长4人，二类乡镇人民政府设乡镇长1人、副乡镇长3人。",
     {(None, "领导职数", 1, "乡镇长"), (None, "领导职数", 3, "副乡镇长"), (None, "领导职数", 4, "副乡镇长")}),
    ("三类乡镇设乡镇长（主任）1名、副乡镇长（副主任）2名。", {(None, "领导职数", 1, "乡镇长"), (None, "领导职数", 2, "副乡镇长")}),
])
def test_posts_of_a_class_of_townships_by_grade(text: str, expected: set) -> None:
    assert set(_posts(text)) == expected
