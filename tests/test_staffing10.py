"""Whose figure is it (tenth session): the owner of a staffing figure and the change its words make, in
sentences written for these tests in the genre (三定 texts and their news, unit pages, 编办 reports)."""

from __future__ import annotations

import pytest

from tests.test_extractors import run, staffing


def rows(text: str, title: str = "") -> set[tuple]:
    return staffing(run(text, title=title))


# ---------------------------------------------------------------------------
# Ownership: the division of an item, the title's body, the part after ；
# ---------------------------------------------------------------------------


def test_a_division_owns_the_figures_of_its_own_item() -> None:
    text = ("青山县档案馆设下列内设机构：\n"
            "（一）综合股：事业编制3名，设股长1名、副股长1名。承担馆内日常运转工作。\n"
            "（二）保管利用股，事业编制2名，设股长1名。承担档案保管和利用工作。\n")
    got = rows(text, title="青山县档案馆")
    assert ("综合股", "事业编制", "核定", 3) in got
    assert ("保管利用股", "事业编制", "核定", 2) in got
    assert ("综合股", "领导职数", "核定", 1) in got
    assert not any(u == "青山县档案馆" and k == "事业编制" for u, k, _, _ in got)


def test_a_division_named_right_before_its_kind_owns_the_figure() -> None:
    text = ("青山市民政局设下列内设机构：办公室、社会救助科、离退休干部科。\n"
            "青山市民政局机关行政编制30名。设局长1名，副局长3名，离退休干部科领导职数2名。")
    got = rows(text)
    assert ("离退休干部科", "领导职数", "核定", 2) in got
    assert ("青山市民政局", "领导职数", "核定", 3) in got


def test_names_in_a_bracket_of_what_a_figure_includes_own_nothing() -> None:
    text = ("青山市林业局机关行政编制40名。"
            "设局长1名，副局长3名，科级领导职数12名（含青山市绿化委员会办公室专职副主任1名），老干部科领导职数1名。")
    got = rows(text)
    assert ("青山市林业局", "领导职数", "核定", 3) in got
    assert ("青山市林业局", "领导职数", "核定", 12) in got
    assert not any(u == "青山市绿化委员会办公室" for u, _, _, _ in got)


def test_a_chiefs_title_names_the_body_it_heads() -> None:
    text = ("青山县城市管理局行政编制15名，青山县城市管理执法大队事业编制60名，"
            "其中：局长1名，副局长2名；正股级领导职数6名。")
    got = rows(text)
    assert ("青山县城市管理局", "领导职数", "核定", 1) in got
    assert ("青山县城市管理局", "领导职数", "核定", 2) in got
    assert ("青山县城市管理局", "领导职数", "核定", 6) in got  # the posts go on after ；
    assert ("青山县城市管理执法大队", "事业编制", "核定", 60) in got
    assert not any(u == "青山县城市管理执法大队" and k == "领导职数" for u, k, _, _ in got)


def test_a_bodys_sent_out_bodies_own_their_figures_unnamed() -> None:
    got = rows("青山县纪委、监委派驻（出）纪检监察机构的人员编制3名，其中纪检组长1名。")
    assert (None, "编制", "核定", 3) in got
    assert not any(u for u, _, _, _ in got)
    got = rows("青山市水利局在下游设立4个河道管理站，作为青山市水利局的派出机构，行政编制36名。")
    assert (None, "行政编制", "核定", 36) in got
    # a sent-out body named as the subject owns its figures
    got = rows("青山县公安局城关分局为青山县公安局的派出机构，核定政法专项编制20名。")
    assert ("青山县公安局城关分局", "政法专项编制", "核定", 20) in got


@pytest.mark.parametrize("text", [
    "青山县水文系统人员编制核定为40名。",
    "全省供销系统机关事业编制核定为300名。",
])
def test_a_system_of_bodies_is_a_class(text: str) -> None:
    assert {u for u, _, _, _ in rows(text)} == {None}


def test_a_name_after_a_class_of_levels_is_a_class() -> None:
    got = rows("为加强基层执法，向各县（市）区政府执法局下放行政编制30名。", title="青山市编办工作总结")
    assert got == {(None, "行政编制", "划转", 30)}


def test_quoted_chief_and_deputies_given_as_examples_are_no_figure() -> None:
    text = ("青山省交通运输厅80名、青山省水利厅70名。"
            "领导职数也作了调整，出现“一正三副”、“一正四副”等多种情况。")
    got = rows(text)
    assert not any(k == "领导职数" for _, k, _, _ in got)


# ---------------------------------------------------------------------------
# Change words
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, row", [
    ("近三年，共向乡镇调整下放编制120名。", (None, "编制", "划转", 120)),
    ("结合区划调整，向两个新区调整下划行政编制25名。", (None, "行政编制", "划转", 25)),
    ("三年来，全县共调剂使用编制260名，有力保障了重点工作。", (None, "编制", "调剂", 260)),
    ("全市统筹使用事业编制90名用于教育卫生领域。", (None, "事业编制", "调剂", 90)),
])
def test_posts_given_down_or_moved_between_bodies(text: str, row: tuple) -> None:
    assert row in rows(text)


def test_a_balance_after_a_percentage_takes_no_verb_of_an_earlier_part() -> None:
    got = rows("全县共调剂使用编制200名，其中从收回的编制内支出的占60.5%,节余编制30名。")
    assert (None, "编制", "调剂", 200) in got
    assert not any(c == "收回" for _, _, c, _ in got)


def test_a_figure_written_with_shi() -> None:
    got = rows("二、人员情况 县科协是事业正科级单位。编制数是8人，另外退休6人。", title="青山县科学技术协会2019年部门预算")
    assert ("青山县科学技术协会", "编制", "核定", 8) in got
