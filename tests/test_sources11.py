"""The sources of a merger or a forming, eleventh session (docs/extraction.md "Eleventh session: the sources of a
merger or a forming"): stems sharing one head, a place written once, places merged keeping a name, sources in
brackets, a body split for a new one, a quoted merged body, the forming a merger's bodies belong to. Sentences
written here, in the genre."""

from __future__ import annotations

from ingest.extractors.common import headed_list, names_in_list
from tests.test_constructions import events, facts_of


def test_stems_written_bare_before_one_head_share_it() -> None:
    assert names_in_list("财政、税务局") == ["财政局", "税务局"]
    assert names_in_list("文化、广播、体育局") == ["文化局", "广播局", "体育局"]
    assert headed_list("县委、县政府办公室") == []  # each item a name of its own
    assert headed_list("城市规划、市容市貌、水务执法大队等3个执法大队") == ["城市规划大队", "市容市貌大队", "水务执法大队"]


def test_a_named_place_on_the_first_item_is_every_items() -> None:
    assert names_in_list("长沙县财政、税务两局") == ["长沙县财政局", "长沙县税务局"]
    assert names_in_list("长沙县财政、税务局") == ["长沙县财政局", "长沙县税务局"]


def test_stems_sharing_a_head_merged_into_a_new_body() -> None:
    got = events(facts_of("1972年，财政、税务局合并成立财税局。", "某县"))
    assert ("establish", ("财政局", "税务局"), ("财税局",), "1972") in got
    got = events(facts_of("1983年5月，文化、广播两局合并，称文化广播局。", "某县"))
    assert ("establish", ("文化局", "广播局"), ("文化广播局",), "1983-05") in got


def test_a_short_form_glued_after_the_merged_body_ends_its_name() -> None:
    got = events(facts_of("1972年至1978年，财政、税务局合并成立财政税务局简称财税局。", "某县"))
    assert ("establish", ("财政局", "税务局"), ("财政税务局",), "1972") in got


def test_places_merged_keeping_one_name_are_a_re_form() -> None:
    got = events(facts_of("1958年12月，长沙县与望城县合并，仍称长沙县。", None))
    assert ("re_form", ("长沙县", "望城县"), ("长沙县",), "1958-12") in got


def test_divisions_merged_under_a_place_written_once_keep_the_first_name() -> None:
    got = events(facts_of("1992年，长沙市东区、北区两区合并为东区。", "湖南省"))
    assert ("re_form", ("长沙市东区", "长沙市北区"), ("长沙市东区",), "1992") in got


def test_bodies_merged_into_a_new_one_in_brackets() -> None:
    got = events(facts_of("1931年增设某县财务局（某县财政所、某县税捐处并入）。", "某县"))
    assert ("establish", ("某县财政所", "某县税捐处"), ("某县财务局",), "1931") in got
    assert ("merge_into", ("某县财政所",), ("某县财务局",), "1931") in got
    assert ("merge_into", ("某县税捐处",), ("某县财务局",), "1931") in got


def test_a_forerunner_in_brackets_is_the_source() -> None:
    got = events(facts_of("1935年，设立某县卫生院（前身为某县施医所）。", "某县"))
    assert ("establish", ("某县施医所",), ("某县卫生院",), "1935") in got


def test_a_body_split_for_a_new_one() -> None:
    got = events(facts_of("1950年2月，析某县建设科，成立某县水利局。", "某县"))
    assert ("establish", ("某县建设科",), ("某县水利局",), "1950-02") in got


def test_a_part_split_off_and_a_new_body_both_come_from_the_body_before() -> None:
    text = "1962年5月，县农业站与县畜牧站合并，成立县农牧站，1975年析出县种子站，设立县兽医站。"
    got = events(facts_of(text, "某县"))
    assert ("establish", ("县农业站", "县畜牧站"), ("县农牧站",), "1962-05") in got
    assert ("establish", ("县农牧站",), ("县种子站",), "1975") in got
    assert ("establish", ("县农牧站",), ("县兽医站",), "1975") in got
    assert not any(e[2] == ("县兽医站",) and "县农业站" in e[1] for e in got)


def test_a_quoted_body_after_its_description_is_merged() -> None:
    text = "1954年，地区派驻某县的“血防工作组”与某县卫生院防疫股合并，成立某县血吸虫病防治站。"
    got = events(facts_of(text, "某县"))
    assert ("establish", ("血防工作组", "某县卫生院防疫股"), ("某县血吸虫病防治站",), "1954") in got


def test_a_count_after_whole_names_closes_the_list() -> None:
    got = events(facts_of("2001年，某县文化局、某县体育局两局合并为某县文化体育局。", "某县"))
    assert ("establish", ("某县文化局", "某县体育局"), ("某县文化体育局",), "2001") in got
    from ingest.extractors.common import counted_list_tail
    assert counted_list_tail("某市公安局三处") == "某市公安局三处"  # a division's name, not a count


def test_the_bodies_of_an_earlier_merger_set_apart_again() -> None:
    text = "1969年5月，财政、税务两局合并，称财税局。1979年3月，财政、税务又分成两个局。"
    got = events(facts_of(text, "某县"))
    assert ("establish", ("财税局",), ("财政局",), "1979-03") in got
    assert ("establish", ("财税局",), ("税务局",), "1979-03") in got
    got = events(facts_of("1968年，财政、税务局合并成立财政税务局。1980年2月，财政、税务局分设。", "某县"))
    assert ("establish", ("财政税务局",), ("财政局",), "1980-02") in got
    # no merger of those stems before: nothing is read
    assert events(facts_of("1980年2月，财政、税务局分设。", "某县")) == []


def test_a_body_and_a_place_merged_together() -> None:
    text = "1958年10月，某市工业委员会与某县合并，成立处级的某市人民公社筹备委员会。"
    got = events(facts_of(text, "某市"))
    assert ("establish", ("某市工业委员会", "某县"), ("某市人民公社筹备委员会",), "1958-10") in got
