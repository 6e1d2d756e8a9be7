"""Events of the thirteenth session: a list re-formed by one 重新组建, a matter held by the body that manages it
("A管理的工作交由B"), a ceremony for the bodies a reform touched (涉改单位), the reform of a year written after the
subject ("某县在2019年机构改革中，…"), and the items under a dated decision line. Sentences written here, in the genre."""

from __future__ import annotations

from tests.test_constructions import events, facts_of


def test_a_list_of_bodies_re_formed_by_one_verb() -> None:
    text = "在政府工作部门改革方面，重新组建市财政局、市审计局、市统计局；组建市文化旅游局。"
    got = events(facts_of(text, "某甲市"))
    for body in ("市财政局", "市审计局", "市统计局"):
        assert ("re_form", (f"某甲市{body[1:]}",), (f"某甲市{body[1:]}",), None) in got or \
            ("re_form", (body,), (body,), None) in got
    assert sum(1 for e in got if e[0] == "re_form") == 3
    assert any(e[0] == "establish" and e[2][0].endswith("文化旅游局") for e in got)


def test_a_single_body_re_formed_keeps_its_kind_clause() -> None:
    got = events(facts_of("重新组建县司法局，作为县政府工作部门。", "某乙县"))
    assert [e[0] for e in got] == ["re_form"]
    assert got[0][1] == got[0][2] and got[0][2][0].endswith("司法局")


def test_the_matter_a_body_manages_moves_with_its_giver() -> None:
    text = "撤销丙省建设委员会。丙省建设委员会管理的工作，分别交由丙省计划委员会和丙省交通厅管理。"
    assert len([e for e in events(facts_of(text, "丙省", date="1960")) if e[0] == "transfer_duty"]) == 2
    got = events(facts_of(text, "丙省", date="1960"))
    assert ("transfer_duty", ("丙省建设委员会",), ("丙省计划委员会",), None) in got  # undated: the document's date
    assert ("transfer_duty", ("丙省建设委员会",), ("丙省交通厅",), None) in got


def test_a_managed_duty_phrase_drops_the_managing_verb() -> None:
    f = facts_of("将丁县农业局所管理的农机安全监理工作划入丁县交通运输局。", "丁县")
    moves = [(e.type.value, m.source.name if m.source else None, m.text) for e in f.events for m in e.duties]
    assert moves == [("transfer_duty", "丁县农业局", "农机安全监理工作")]


def test_a_body_managed_by_another_is_not_a_duty_giver() -> None:
    # "由A管理的X划归B": X, a body, moves; A's managing is no duty phrase
    got = events(facts_of("由戊县农业局管理的戊县农机站划归戊县交通运输局。", "戊县"))
    assert ("transfer_unit", ("戊县农机站",), ("戊县交通运输局",), None) in got
    assert not any(e[0] == "transfer_duty" for e in got)


def test_a_ceremony_for_the_bodies_a_reform_touched_opens_none() -> None:
    text = ("4月2日，己县机构改革涉改单位集中揭牌仪式举行。县领导分别为县委社会工作部、县数据局、县农业农村和水利局等单位揭牌。")
    assert not any(e[0] == "establish" for e in events(facts_of(text, "己县", date="2024-04-03")))
    text = "庚市为涉改部门揭牌。市领导为市数据局、市医疗保障局揭牌。"
    assert not any(e[0] == "establish" for e in events(facts_of(text, "庚市", date="2024-04-03")))


def test_a_ceremony_for_named_bodies_still_opens_them() -> None:
    got = events(facts_of("4月2日，副县长为辛县数据局、辛县医疗保障局揭牌。", "辛县", date="2024-04-03"))
    assert ("establish", (), ("辛县数据局",), "2024-04-02") in got
    assert ("establish", (), ("辛县医疗保障局",), "2024-04-02") in got


def test_the_reform_of_a_year_written_after_the_subject() -> None:
    got = events(facts_of("壬县档案局在2001年的机构改革中更名为壬县档案史志局。", "壬县", date="2020"))
    assert ("rename", ("壬县档案局",), ("壬县档案史志局",), "2001") in got
    text = "这样的整合早有先例，癸县在2019年机构改革中，将癸县城市管理局的职能并入癸县住房和城乡建设局。"
    got = events(facts_of(text, "癸县", date="2023"))
    assert ("transfer_duty", ("癸县城市管理局",), ("癸县住房和城乡建设局",), "2019") in got
    # a reform named without its year dates nothing: the event keeps no date of its own (the document's applies)
    got = events(facts_of("子县在机构改革中将子县城市管理局的职能并入子县住房和城乡建设局。", "子县", date="2023"))
    assert ("transfer_duty", ("子县城市管理局",), ("子县住房和城乡建设局",), None) in got


def test_the_items_under_a_dated_decision_line_take_its_day() -> None:
    text = ("1961年3月2日第二届全国人民代表大会常务委员会第三十次会议通过《关于调整国务院所属机构的决议》：\n"
            "设立甲乙工业部，撤销甲丙工业总局。\n"
            "撤销甲丁委员会。")
    got = events(facts_of(text, "中央", date="2010"))
    assert ("establish", (), ("甲乙工业部",), "1961-03-02") in got
    assert ("abolish", ("甲丙工业总局",), (), "1961-03-02") in got
    assert ("abolish", ("甲丁委员会",), (), "1961-03-02") in got


def test_a_decision_title_line_without_a_colon_dates_the_line_under_it() -> None:
    text = ("1959年4月28日第二届全国人民代表大会第一次会议通过《关于调整国务院所属组织机构的决定》\n"
            "撤销甲戊委员会。甲戊委员会管理的工作，交由甲己委员会管理。")
    got = events(facts_of(text, "中央", date="2010"))
    assert ("abolish", ("甲戊委员会",), (), "1959-04-28") in got
    assert ("transfer_duty", ("甲戊委员会",), ("甲己委员会",), "1959-04-28") in got


def test_a_dated_item_under_a_decision_keeps_its_own_date() -> None:
    text = ("1961年3月2日会议通过《关于调整国务院所属机构的决议》：\n"
            "设立甲乙工业部。\n"
            "1962年5月，撤销甲乙工业部。")
    got = events(facts_of(text, "中央", date="2010"))
    assert ("establish", (), ("甲乙工业部",), "1961-03-02") in got
    assert ("abolish", ("甲乙工业部",), (), "1962-05") in got


def test_the_leading_day_of_a_chronicle_paragraph_dates_its_later_sentences() -> None:
    got = events(facts_of("1985年6月12日，撤销县二轻局。县手工业联社的工作交由县经济委员会承担。", "丑县", date="1990"))
    assert ("abolish", ("县二轻局",), (), "1985-06-12") in got
    assert ("transfer_duty", ("县手工业联社",), ("县经济委员会",), "1985-06-12") in got


def test_a_partner_clause_after_a_body_formed_with_a_time_before_its_verb() -> None:
    text = "该局的历史可以追溯至1980年，当时成立了寅县文化局，随后在1997年增设寅县新闻出版局，与寅县文化局合署办公。"
    got = events(facts_of(text, "寅县", date="2020"))
    assert ("establish", (), ("寅县新闻出版局",), "1997") in got
    assert ("co_locate", ("寅县新闻出版局",), ("寅县文化局",), "1997") in got
    got = events(facts_of("1985年成立卯县档案局，后于2001年组建卯县档案史志局，与卯县档案馆合署办公。", "卯县", date="2020"))
    assert ("establish", (), ("卯县档案史志局",), "2001") in got
    assert ("co_locate", ("卯县档案史志局",), ("卯县档案馆",), "2001") in got


def test_a_history_that_can_be_traced_back_is_no_modal() -> None:
    got = events(facts_of("辰县图书馆的历史可以追溯至1950年，当年成立辰县文化馆图书室。", "辰县", date="2020"))
    assert any(e[0] == "establish" for e in got)
    # a real permission still blocks the clauses after it
    assert not events(facts_of("辰县可以设立辰县数据中心。", "辰县", date="2020"))


def test_a_chronicle_year_glued_to_a_short_subject_or_clause() -> None:
    text = "1964年巳地区特区成立。1973年文教分开，成立巳地区文化局。1978年政治处改为政工科。1980年局内增设巳地区档案室。"
    got = events(facts_of(text, "巳地区", date="2000"))
    assert ("establish", (), ("巳地区文化局",), "1973") in got
    assert ("rename", ("政治处",), ("政工科",), "1978") in got
    assert ("establish", (), ("巳地区档案室",), "1980") in got


def test_a_year_before_a_period_word_or_a_budget_glues_no_date() -> None:
    got = events(facts_of("2019年以来，午县成立午县数据局。", "午县", date="2023"))
    assert ("establish", (), ("午县数据局",), None) in got


def test_every_body_of_a_class_forming_its_own_forms_no_one_body() -> None:
    for text in ("同年县内各乡镇和县直各单位均成立新闻报道小组。", "2019年，县直各部门都设立机关党委。",
                 "全市各街道相继成立综合执法队。"):
        assert not any(e[0] == "establish" for e in events(facts_of(text, "未县", date="2020"))), text
    got = events(facts_of("2019年，县委决定成立未县数据局。", "未县", date="2020"))
    assert ("establish", (), ("未县数据局",), "2019") in got


def test_a_split_said_in_so_many_words_in_an_approval() -> None:
    got = events(facts_of("经研究，同意申街道拆分成申街道和酉街道。", "某戌市", date="2015"))
    assert ("establish", ("申街道",), ("酉街道",), None) in got
    assert not any(e[0] == "establish" and e[2] == ("申街道",) for e in got)  # the split body goes on
    got = events(facts_of("同意将亥街道拆分为甲子街道和乙丑街道。", "某戌市", date="2015"))
    assert ("establish", ("亥街道",), ("甲子街道",), None) in got
    assert ("establish", ("亥街道",), ("乙丑街道",), None) in got


def test_a_split_into_a_class_word_is_no_event() -> None:
    # 划为 outside a chronicle is a classing ("划为公益一类"), not a split
    assert not any(e[0] == "establish" for e in events(facts_of("县图书馆划为公益一类事业单位。", "某县", date="2020")))
