"""Events of the eleventh session: dates without their year in a chronicle (a line opening with a month or a
day after a dated line, a month glued to its entry under a year heading, a subjectless dated clause, a day
opening a sentence). Sentences written here, in the genre."""

from __future__ import annotations

from tests.test_constructions import events, facts_of


def test_a_line_opening_with_a_day_takes_the_year_and_month_of_the_line_before() -> None:
    text = ("1951年3月8日，某县解放。\n12日，某县人民政府财粮科成立。\n4月30日，某县人民政府财粮科改称某县粮食局。\n"
            "1953年6月，某县供销合作社成立。\n9月2日，恢复某县贸易公司。")
    got = events(facts_of(text, "某县", date="1990"))
    assert ("establish", (), ("某县人民政府财粮科",), "1951-03-12") in got
    assert ("rename", ("某县人民政府财粮科",), ("某县粮食局",), "1951-04-30") in got
    assert ("establish", (), ("某县贸易公司",), "1953-09-02") in got


def test_a_document_year_does_not_date_a_chronicle_line_without_its_year() -> None:
    # a page titled with another year (a ticket, a collection): the chronicle's own year, not the page's
    text = "1960年2月，甲县人民委员会设立甲县统计科。\n7月15日，甲县统计科改称甲县统计局。"
    got = events(facts_of(text, "甲县", date="1987"))
    assert ("rename", ("甲县统计科",), ("甲县统计局",), "1960-07-15") in got


def test_a_line_of_a_period_keeps_the_run_of_dated_lines() -> None:
    text = ("  1949年11月3日，乙县民主政府迁驻县城。\n  12月1日，乙县民主政府改称乙县人民政府。\n"
            "  12月至1950年3月，开展清匪工作。\n  12月，设立乙县税务局。")
    got = events(facts_of(text, "乙县", date="2004"))
    assert ("rename", ("乙县民主政府",), ("乙县人民政府",), "1949-12-01") in got
    assert ("establish", (), ("乙县税务局",), "1949-12") in got


def test_a_months_line_in_prose_takes_no_year_from_a_line_before_it() -> None:
    # a report: the line before is prose, not a dated entry; the month keeps the report's year
    text = "丙县于2012年设立丙县信息中心，运行良好。\n为加强数据工作，3月5日，丙县数据局正式挂牌成立。"
    got = events(facts_of(text, "丙县", date="2019-04-01"))
    assert ("establish", (), ("丙县数据局",), "2019-03-05") in got


def test_a_day_opening_a_sentence_after_a_month() -> None:
    text = "1949年10月11日，丁县人民办事处成立。12月，部队进驻县城。17日，成立丁县接管委员会。"
    got = events(facts_of(text, "丁县", date="2010"))
    assert ("establish", (), ("丁县接管委员会",), "1949-12-17") in got


def test_a_month_glued_to_its_entry_under_a_year_heading() -> None:
    # a 大事记 printed in columns: the spaces between the month and the entry are joined by normalization
    text = "大事记\n1950年\n3月     戊县公安检查站成立。\n8月中旬     戊县剿匪指挥部成立。\n11月份 全县开展冬训。"
    got = events(facts_of(text, "戊县", date="2021"))
    assert ("establish", (), ("戊县公安检查站",), "1950-03") in got
    assert ("establish", (), ("戊县剿匪指挥部",), "1950-08") in got  # 中旬 is no part of the name


def test_a_subjectless_clause_after_a_glued_month_takes_its_own_date() -> None:
    text = "大事记\n1949年\n12月     己县城关派出所成立；次年6月撤销。\n1950年\n3月上旬     己县检查站成立；9月撤销。"
    got = events(facts_of(text, "己县", date="2021"))
    assert ("establish", (), ("己县城关派出所",), "1949-12") in got
    assert ("abolish", ("己县城关派出所",), (), "1950-06") in got
    assert ("establish", (), ("己县检查站",), "1950-03") in got
    assert ("abolish", ("己县检查站",), (), "1950-09") in got


def test_a_month_with_a_period_word_is_no_opener() -> None:
    text = "大事记\n2019年\n3月份以来，庚县推进机构改革。\n5月，庚县医疗保障局挂牌成立。"
    got = events(facts_of(text, "庚县", date="2020"))
    assert ("establish", (), ("庚县医疗保障局",), "2019-05") in got


def test_a_part_split_off_then_formed_into_a_new_body() -> None:
    text = "某部沿革\n1954年6月，从甲工业部中分离出机床管理局，组建乙工业部，主要负责机床生产。"
    got = events(facts_of(text, "中央", date="2010"))
    assert ("establish", ("甲工业部",), ("乙工业部",), "1954-06") in got
    assert not any(e[2] == ("机床管理局",) for e in got)  # the part is no body of its own


def test_a_part_split_off_then_a_body_formed_with_bing() -> None:
    text = "某县机构沿革\n1983年5月，从县农业局中分离出畜牧股，并以此为基础成立县畜牧局。"
    got = events(facts_of(text, "某县", date="2010"))
    assert ("establish", ("县农业局",), ("县畜牧局",), "1983-05") in got


def test_bodies_split_off_another_with_chaifenchu_and_chaichu() -> None:
    text = "某县机构沿革\n1960年从县农业局拆分出县林业局。\n1963年先后从县农业局拆出县畜牧局、县水产局和县农机局。"
    got = events(facts_of(text, "某县", date="2010"))
    assert ("establish", ("县农业局",), ("县林业局",), "1960") in got
    for body in ("县畜牧局", "县水产局", "县农机局"):
        assert ("establish", ("县农业局",), (body,), "1963") in got


def test_a_part_split_off_without_a_new_body_stays_a_body_formed() -> None:
    text = "某县机构沿革\n1963年9月，从县文教局中分离出县文化局（文化工作）、县教育局（教育工作）。"
    got = events(facts_of(text, "某县", date="2010"))
    assert ("establish", ("县文教局",), ("县文化局",), "1963-09") in got
    assert ("establish", ("县文教局",), ("县教育局",), "1963-09") in got


def test_a_year_straight_before_jiang_dates_the_merge() -> None:
    text = "某县机构沿革\n1958年将县商业局、县粮食局、县供销社合并为新的县商业局，县服务局改称县饮食服务公司。"
    got = events(facts_of(text, "某县", date="2010"))
    assert any(e[0] == "re_form" and e[2] == ("县商业局",) and e[3] == "1958" for e in got)
    assert ("rename", ("县服务局",), ("县饮食服务公司",), "1958") in got


def test_a_full_day_glued_to_its_entry_dates_the_paragraph() -> None:
    # a 大事记 entry "1950年3月2日  奉…令，…" printed with a space, joined by normalization
    text = "1950年3月2日  奉专署令，辛县人民政府成立。4月，辛县人民政府宣布成立城关、河口2个区人民政府。"
    got = events(facts_of(text, "辛县", date="2005"))
    assert ("establish", (), ("辛县人民政府",), "1950-03-02") in got
    assert all(e[3] == "1950-04" for e in got if e[2] and e[2][0].endswith("区人民政府"))


def test_a_dateline_is_no_chronicle_opener() -> None:
    text = "2019年3月5日电，壬县医疗保障局正式挂牌成立。"
    got = events(facts_of(text, "壬县", date="2019-03-06"))
    assert got and all(e[3] != "2019-03" for e in got)  # a news dateline's day opens no chronicle paragraph


def test_a_point_the_chronicle_reached_with_dao() -> None:
    text = ("某部沿革\n1950年设立癸省交通厅。\n到1956年9月，原癸省交通厅改为癸省交通运输厅，继续行使原来的职责。\n"
            "一直到1962年4月，癸省航运局从癸省交通运输厅分出来，改为省政府直属局。")
    got = events(facts_of(text, "癸省", date="2010"))
    assert ("rename", ("癸省交通厅",), ("癸省交通运输厅",), "1956-09") in got
