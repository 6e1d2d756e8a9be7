"""Events of the twelfth session: a body opened with words between its name and 成立 (where it opened, 即于, 宣布,
相应, 第二次), a government written by its level alone (县人民政府, 县政府) as an event's unit, and a unit written
short (its tail, 革委会/人委) after the document named it in full. Sentences written here, in the genre."""

from __future__ import annotations

from ingest.extractors.event_names import named_in_full
from tests.gold_score import pred_rows
from tests.test_constructions import events, facts_of


def resolved_events(text: str, place: str) -> list[tuple]:
    """Events with their names resolved against the document's place, as the scorer and the store read them."""
    return pred_rows(facts_of(text, place, date="1990"))["events"]


def test_a_body_opened_at_a_place_written_before_its_verb() -> None:
    text = ("1949年7月2日，甲县人民政府在东山乡岭下村成立。\n"
            "8月，甲县公安局在县城关帝庙成立。\n"
            "1950年3月，甲县税务局在城关镇正式成立。")
    got = events(facts_of(text, "甲县", date="1990"))
    assert ("establish", (), ("甲县人民政府",), "1949-07-02") in got
    assert ("establish", (), ("甲县公安局",), "1949-08") in got
    assert ("establish", (), ("甲县税务局",), "1950-03") in got


def test_a_place_of_opening_is_never_a_host_body() -> None:
    # "在X局挂牌" hangs a sign at a host: no place of opening
    got = events(facts_of("乙县医疗保障局在乙县人力资源和社会保障局挂牌。", "乙县", date="2019-03-01"))
    assert not any(e[0] == "establish" for e in got)


def test_adverbs_of_announcing_between_the_name_and_its_verb() -> None:
    text = ("丙江省人民委员会即于1955年2月10日正式成立；同时，撤销丙江省人民政府。\n"
            "1949年11月1日，丙江省人民政府宣布成立。\n"
            "1968年5月4日，第二次成立丙江省革命委员会。")
    got = events(facts_of(text, "丙江省", date="1995"))
    assert ("establish", (), ("丙江省人民委员会",), "1955-02-10") in got
    assert ("establish", (), ("丙江省人民政府",), "1949-11-01") in got
    assert ("establish", (), ("丙江省革命委员会",), "1968-05-04") in got


def test_a_list_of_bodies_opened_in_step() -> None:
    got = events(facts_of("1950年1月，丁县财政科和丁县粮食科相应成立。", "丁县", date="1990"))
    assert ("establish", (), ("丁县财政科",), "1950-01") in got
    assert ("establish", (), ("丁县粮食科",), "1950-01") in got


def test_a_government_written_by_its_level_alone() -> None:
    text = ("1949年9月，县人民政府在西河村成立。\n"
            "1955年4月，经县第一届人民代表大会决定，县人民政府改称县人民委员会。\n"
            "1948年6月，县政府改称县人民政府。")
    got = resolved_events(text, "戊县")
    assert ("establish", (), ("戊县人民政府",), "1949-09") in got
    assert ("rename", ("戊县人民政府",), ("戊县人民委员会",), "1955-04") in got
    assert ("rename", ("戊县政府",), ("戊县人民政府",), "1948-06") in got


def test_a_government_approving_is_no_unit_of_the_change() -> None:
    got = events(facts_of("1952年3月，经县人民政府批准，撤销己县卫生科。", "己县", date="1990"))
    assert ("abolish", ("己县卫生科",), (), "1952-03") in got
    assert not any("己县人民政府" in e[1] + e[2] for e in got)


def test_a_tail_written_after_the_full_name() -> None:
    text = ("1967年，成立庚县公安机关军事管制小组。\n"
            "1970年8月，军事管制小组改为庚县人民保卫组。")
    got = events(facts_of(text, "庚县", date="1990"))
    assert ("rename", ("庚县公安机关军事管制小组",), ("庚县人民保卫组",), "1970-08") in got


def test_a_contraction_written_after_the_full_name() -> None:
    text = "1968年4月，辛县革命委员会成立。\n1980年12月，撤销县革委会，成立辛县人民政府。"
    got = events(facts_of(text, "辛县", date="1990"))
    assert ("abolish", ("辛县革命委员会",), (), "1980-12") in got


def test_a_tail_is_completed_only_from_one_owner_written_before() -> None:
    pool = {"壬县人民政府民政科", "壬县人民政府财政科"}
    text = "壬县人民政府民政科成立。后民政科改称民政局。"
    assert named_in_full("民政科", pool, text) == "壬县人民政府民政科"
    # two owners end with the tail: no guess
    two = {"壬县人民政府民政科", "壬县人民委员会民政科"}
    assert named_in_full("民政科", two, "壬县人民政府民政科、壬县人民委员会民政科。民政科改称民政局。") == "民政科"
    # a full name written only after the tail: not the one meant
    assert named_in_full("民政科", pool, "民政科改称民政局。壬县人民政府民政科成立。") == "民政科"
    # a place alone before a township's name: the place rule's business, the bare name stays
    assert named_in_full("东河镇", {"壬县东河镇"}, "壬县东河镇成立。东河镇改为东河乡。") == "东河镇"
    # a verb glued before a name in the pool is no owner
    assert named_in_full("档案事务中心", {"通报档案事务中心"}, "通报档案事务中心。档案事务中心成立。") == "档案事务中心"
