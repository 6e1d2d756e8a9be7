"""Events of the twelfth session, second branch: a subjectless clause "(date)与B合并组建(为)新的X" (X, keeping its
name, is formed again with B: a re_form of X from X and B, whatever body the text spoke of before), an establish
whose body is among its own inputs read as that re_form, the date glued to such a clause ("1995年与B合并…"), and a
；-clause opening with its own year dated by it. Sentences written here, in the genre."""

from __future__ import annotations

from tests.test_constructions import events, facts_of


def test_merged_with_a_partner_under_the_name_it_kept() -> None:
    text = "甲县图书馆成立于1958年，是全县唯一的公共图书馆。1979年与甲县文化馆合并组建新的甲县图书馆。"
    got = events(facts_of(text, "甲县", date="1990"))
    assert ("re_form", ("甲县图书馆", "甲县文化馆"), ("甲县图书馆",), "1979") in got


def test_merged_with_a_partner_after_a_description_naming_no_body() -> None:
    # the sentence before describes the body without a name: the new name written with 新的 is the subject
    text = "学院创办于1956年，是本省建立最早的师范院校之一。1998年同乙市教育学院合并组建为新的乙市师范学院。"
    got = events(facts_of(text, "乙市", date="2005"))
    assert ("re_form", ("乙市师范学院", "乙市教育学院"), ("乙市师范学院",), "1998") in got


def test_several_partners_and_a_month() -> None:
    text = "1976年，成立丙县农业技术推广站。1985年6月，与丙县植保站、丙县土肥站合并组建新的丙县农业技术推广中心。"
    got = events(facts_of(text, "丙县", date="1990"))
    assert any(e[0] == "re_form" and e[2] == ("丙县农业技术推广中心",) and "丙县植保站" in e[1] and "丙县土肥站" in e[1]
               and e[3] == "1985-06" for e in got)


def test_a_semicolon_clause_opening_with_its_own_year_is_dated_by_it() -> None:
    text = "1962年，更名为丁县卫生防疫站；1973年，与丁县妇幼保健所合并组建新的丁县卫生防疫站。"
    got = events(facts_of(text, "丁县", date="1990"))
    assert ("re_form", ("丁县卫生防疫站", "丁县妇幼保健所"), ("丁县卫生防疫站",), "1973") in got


def test_a_new_body_of_another_name_is_no_re_form() -> None:
    # "与B合并组建C" with C a name of its own: C is established (its other input the body spoken of before)
    text = "1983年，戊县计划委员会成立。1990年与戊县统计局合并组建戊县计划统计委员会。"
    got = events(facts_of(text, "戊县", date="1995"))
    assert not any(e[0] == "re_form" for e in got)
    assert ("establish", ("戊县计划委员会", "戊县统计局"), ("戊县计划统计委员会",), "1990") in got


def test_a_predecessor_founded_in_a_year_is_formed_and_carried_into_the_merger() -> None:
    text = ("这是一所市属公办高职院校，其前身是创办于1984年的己市职工大学。1999年，经省政府批准，"
            "与己市电视大学、己市卫生学校合并为己市职业技术学院。")
    got = events(facts_of(text, "己市", date="2005"))
    assert ("establish", (), ("己市职工大学",), "1984") in got
    assert ("establish", ("己市职工大学", "己市电视大学", "己市卫生学校"), ("己市职业技术学院",), "1999") in got


def test_a_predecessor_written_with_its_year_first() -> None:
    got = events(facts_of("庚县文化馆的前身是1952年建立的庚县人民文化馆。", "庚县", date="1990"))
    assert ("establish", (), ("庚县人民文化馆",), "1952") in got
