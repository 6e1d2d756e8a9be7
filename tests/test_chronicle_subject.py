"""The body a chronicle paragraph is about (tenth session; docs/extraction.md, "Chronicle paragraphs").
Sentences are written for these tests in the genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from ingest.extractors.chronicle_subject import bracket_entry, glued_heading, heading_body, township_body
from tests.test_constructions import events, facts_of


def found(text: str, place: str = "某县", title: str = "") -> list[tuple]:
    return events(facts_of(text, place, title=title))


def typed(text: str, place: str = "某县", title: str = "") -> list[tuple]:
    return [e[:3] for e in found(text, place, title)]


# ---------------------------------------------------------------- where the body comes from


@pytest.mark.parametrize(("line", "body"), [
    ("县水产技术推广站", "县水产技术推广站"),
    ("12、石门镇", "石门镇"),
    ("湖北省某市甲山区石门镇的历史沿革", "石门镇"),
    ("丙河乡沿革", "丙河乡"),
    ("第五章 水利管理机构", None),
    ("历史沿革", None),
])
def test_a_heading_line_names_the_body_or_nothing(line: str, body: str | None) -> None:
    assert heading_body(line) == body


def test_a_name_glued_before_an_entry_and_a_bracket_list_line() -> None:
    assert glued_heading("蚕桑站1962年设县蚕桑站。") == ("蚕桑站", "1962年设县蚕桑站。")
    assert glued_heading("1962年设县蚕桑站。") is None
    assert bracket_entry("粮食局（1970年3月恢复）") == ("粮食局", "1970年3月恢复")
    assert bracket_entry("办公室（综合协调）") is None  # no dated history in the brackets


@pytest.mark.parametrize(("text", "expected"), [
    ("塘口区", True), ("红旗公社", True), ("丙河人民公社", True), ("开发区", False), ("该区", False), ("城区", False),
])
def test_a_commune_or_district_of_a_county(text: str, expected: bool) -> None:
    assert township_body(text) is expected


def test_the_heading_line_is_the_body_of_the_subjectless_entries_under_it() -> None:
    text = "县水产技术推广站\n1964年成立县水产技术推广站。1971年改称县水产站。1978年撤销。1980年5月恢复。"
    got = typed(text)
    assert ("rename", ("县水产技术推广站",), ("县水产站",)) in got
    assert ("abolish", ("县水产站",), ()) in got
    assert got.count(("establish", (), ("县水产站",))) == 1  # 恢复: the body as it was last named


def test_the_first_sentences_subject_carries_a_rename_chain() -> None:
    text = "1953年3月，设立县供销合作社。1958年改称县商业局。1962年更名为县商业科，1965年复称县商业局。"
    got = found(text)
    assert ("rename", ("县供销合作社",), ("县商业局",), "1958") in got
    assert ("rename", ("县商业局",), ("县商业科",), "1962") in got
    assert ("rename", ("县商业科",), ("县商业局",), "1965") in got


def test_a_title_naming_the_body() -> None:
    got = typed("1975年4月，该局撤销。1979年恢复。", title="县物价局")
    assert ("abolish", ("县物价局",), ()) in got
    assert ("establish", (), ("县物价局",)) in got


def test_a_name_glued_before_its_entries() -> None:
    got = found("农机站 1966年设县农机站。1973年改为县农机管理站。")
    assert ("establish", (), ("县农机站",), "1966") in got
    assert ("rename", ("县农机站",), ("县农机管理站",), "1973") in got


def test_a_bracket_list_line_is_the_bodys_history() -> None:
    got = found("县革命委员会工作部门\n物资局（1970年3月设，同年9月撤）\n劳动局（1973年5月恢复，与人事局合署）")
    assert ("establish", (), ("物资局",), "1970-03") in got
    assert ("abolish", ("物资局",), (), "1970-09") in got
    assert ("establish", (), ("劳动局",), "1973-05") in got
    assert ("co_locate", ("劳动局",), ("人事局",), "1973-05") in got


# ---------------------------------------------------------------- what moves the body


def test_after_a_merge_the_body_is_the_one_the_paragraph_was_about() -> None:
    text = "1957年，设立县文化站。1960年5月，县文化站并入县文教局。1962年3月，从县文教局分出，改称县文化馆。"
    got = typed(text)
    assert ("merge_into", ("县文化站",), ("县文教局",)) in got
    assert ("establish", ("县文教局",), ("县文化站",)) in got
    assert ("rename", ("县文化站",), ("县文化馆",)) in got


def test_a_merge_with_the_body_as_the_unnamed_partner() -> None:
    text = "1962年，成立县水利局。1970年，与县农业局合并组建县农水局。1976年撤销。"
    got = typed(text)
    assert ("establish", ("县水利局", "县农业局"), ("县农水局",)) in got
    assert ("abolish", ("县农水局",), ()) in got


def test_a_sentence_forming_several_bodies_leaves_no_one_body() -> None:
    got = typed("1960年，县农林局撤销，成立县农业局、县林业局。1963年改为县农业科。")
    assert not any(e[0] == "rename" for e in got)


def test_a_split_into_two_bodies() -> None:
    got = typed("1958年，设立县农林局。1972年，分设县农业局和县林业局。")
    assert ("establish", ("县农林局",), ("县农业局",)) in got
    assert ("establish", ("县农林局",), ("县林业局",)) in got


def test_a_split_with_a_shared_head_and_a_count() -> None:
    got = typed("丁桥区\n1953年，设丁桥区。1958年，划为红旗、东风2公社。")
    assert ("establish", ("丁桥区",), ("红旗公社",)) in got
    assert ("establish", ("丁桥区",), ("东风公社",)) in got


def test_that_body_stands_for_the_paragraphs_body() -> None:
    got = typed("1969年，成立县广播站。1975年，该站与县电影队合署办公。1981年，该站撤销。")
    assert ("co_locate", ("县广播站",), ("县电影队",)) in got
    assert ("abolish", ("县广播站",), ()) in got


def test_a_pair_of_characters_for_two_bodies_working_together() -> None:
    got = typed("1963年，设县档案馆。1965年，设县档案局，局、馆合署办公。")
    assert ("co_locate", ("县档案局",), ("县档案馆",)) in got


# ---------------------------------------------------------------- townships


def test_a_township_under_its_heading() -> None:
    text = "8、石门镇\n1951年，设石门乡。\n1958年，改为石门公社。\n1984年，公社改乡。\n1995年，撤乡设镇。"
    got = typed(text)
    assert ("establish", (), ("石门乡",)) in got
    assert ("rename", ("石门乡",), ("石门公社",)) in got
    assert ("rename", ("石门公社",), ("石门乡",)) in got
    assert ("abolish", ("石门乡",), ()) in got
    assert ("establish", (), ("石门镇",)) in got


def test_a_heading_names_the_township_today_not_its_old_name() -> None:
    got = typed("丙河镇的历史沿革\n1950年，改设丙河乡。\n1992年，乡改镇。")
    assert ("establish", (), ("丙河乡",)) in got  # not a rename of 丙河镇
    assert ("rename", ("丙河乡",), ("丙河镇",)) in got


def test_back_to_a_level_and_built_as_a_town() -> None:
    got = typed("丁山镇\n1958年，与石岭乡、青溪乡合建丁山公社。1984年复乡，1996年建镇。")
    assert ("establish", ("石岭乡", "青溪乡"), ("丁山公社",)) in got  # the heading (today's name) is no partner
    assert ("rename", ("丁山公社",), ("丁山乡",)) in got
    assert ("rename", ("丁山乡",), ("丁山镇",)) in got


# ---------------------------------------------------------------- what it leaves alone


@pytest.mark.parametrize("text", [
    "县政府设立县数据局，改为县政府工作部门。",  # no chronicle date: the constructions' reading only
    "各乡镇设立综合执法队。",
    "1987年，县农牧局设局长1人、副局长3人。",
])
def test_no_body_is_invented_outside_a_chronicle_entry(text: str) -> None:
    assert not any(e[0] == "rename" for e in typed(text))


def test_a_new_paragraph_of_another_kind_drops_the_body() -> None:
    text = "1962年，设立县气象站。\n县里先后召开多次会议。1970年改称县气象局。"
    assert not any(e[0] == "rename" for e in typed(text))


# ---------------------------------------------------------------- bodies named by a list, a level word, a structure


def test_bodies_merged_in_one_clause_form_the_body_of_the_next() -> None:
    got = typed("1964年5月，水利、电力、水产三局合并，成立县水电局。")
    assert ("establish", ("水利局", "电力局", "水产局"), ("县水电局",)) in [
        (t, tuple(n.removeprefix("县") if n != "县水电局" else n for n in i), o) for t, i, o in got]


def test_the_bodies_just_formed_merged_again() -> None:
    got = typed("甘溪镇\n1958年，划为红星、前进2公社。同年合并为红星公社。")
    assert ("establish", (), ("前进公社",)) in got  # the heading (today's name) is not the body split then
    assert ("re_form", ("前进公社", "红星公社"), ("红星公社",)) in got


def test_the_body_abolished_by_its_level_word_then_made_into_a_township() -> None:
    got = typed("甘溪镇\n1958年，成立甘溪公社。1984年撤销公社，改为甘溪乡。")
    assert ("abolish", ("甘溪公社",), ()) in got
    assert ("establish", ("甘溪公社",), ("甘溪乡",)) in got


def test_a_township_government_stands_for_the_township() -> None:
    got = typed("甘溪镇\n1984年，成立甘溪乡人民政府；2001年，撤乡建镇。")
    assert ("abolish", ("甘溪乡",), ()) in got
    assert ("establish", (), ("甘溪镇",)) in got


def test_bodies_split_off_a_ministry_with_notes_in_brackets() -> None:
    got = typed("第九工业部\n1960年6月，从第九工业部中分离出第十工业部（仪表）、第十一工业部（船舶）。", "中央")
    assert ("establish", ("第九工业部",), ("第十工业部",)) in got
    assert ("establish", ("第九工业部",), ("第十一工业部",)) in got


def test_a_governments_structure_names_the_body_a_later_clause_changes() -> None:
    got = typed("新中国成立后，县人民政府设文教科，1955年3月改为文化科。")
    assert ("rename", ("文教科",), ("文化科",)) in [(t, tuple(n.removeprefix("县") for n in i), tuple(n.removeprefix("县") for n in o))
                                                     for t, i, o in got]
    assert not any(e[0] == "establish" for e in got)  # the structure is no forming


def test_a_bracketed_note_of_a_later_change_is_read_about_the_body_before_it() -> None:
    got = found("石岭镇的历史沿革\n1950年分设为石岭镇（1953年改为乡）和青溪乡。")
    assert ("establish", (), ("石岭镇",), "1950") in got
    assert ("establish", (), ("青溪乡",), "1950") in got
    assert ("rename", ("石岭镇",), ("石岭乡",), "1953") in got
    got = found("1961年，县商业局中析出县供销社（后于1964年撤销）。")
    assert ("abolish", ("县供销社",), (), "1964") in got


def test_a_count_of_bodies_merged_is_the_last_ones_of_that_kind() -> None:
    got = typed("石岭镇的历史沿革\n1951年，分置石岭乡、青溪乡和白沙乡；1956年，3乡并为石岭乡。")
    assert ("re_form", ("石岭乡", "青溪乡", "白沙乡"), ("石岭乡",)) in got


def test_a_body_of_a_level_named_later() -> None:
    got = typed("5、青溪镇\n1951年，设青岗乡。\n1984年，设区。\n1988年，设乡。\n1990年，治所迁青溪，改为青溪乡。\n2005年，改青溪镇。")
    assert ("rename", ("青溪乡",), ("青溪镇",)) in got
    assert not any(e[0] == "rename" and e[1] == ("青岗乡",) for e in got)  # "设乡" is a body its name not written
