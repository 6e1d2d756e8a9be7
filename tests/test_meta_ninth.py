"""Document date and place constructions added in the ninth session (docs/extraction.md, document date/place rows).
Sentences are written for these tests in the genre, not copied from corpus files."""
from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.readers.base import RawDocument
from ingest.readers.meta import infer_meta
from kg.divisions import divisions


def _place_and_date(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    meta = infer_meta(text, {"title": title} if title else {})
    return detect_jurisdiction(RawDocument("a", text, meta)), meta.get("date")


# --- a breadcrumb is the page's path, not its title; a chain of places written together names the last one ----------

@pytest.mark.parametrize("text, expected", [
    ("您现在的位置：山西省 > 吕梁市 > 中阳县\n山西省吕梁市中阳县历史沿革\n西汉始置县。1958年10月并入邻县。1959年10月恢复建置。",
     "中阳县"),
    ("当前位置：首页 › 地方概况 › 建置沿革\n河北省保定市定兴县建置沿革\n明清属保定府。1958年并入徐水县，1961年复置。", "定兴县"),
    # Traditional script, down to a township whose name other counties bear too (东郭镇): the one under the district written
    ("您現在的位置 ： 山西省 > 運城市 > 鹽湖區 > 東郭鎮\n山西省運城市鹽湖區東郭鎮歷史沿革\n1961年，公社成立。1984年8月，改稱鎮。",
     "东郭镇"),
])
def test_a_breadcrumb_is_no_title_and_a_written_chain_names_its_last_place(text, expected):
    place, _ = _place_and_date(text)
    assert place == expected
    assert "位置" not in infer_meta(text).get("title", "")


def test_a_breadcrumb_of_one_level_changes_nothing():
    text = "首页 > 新闻中心 > 本地要闻\n某县召开机构改革推进会\n会议强调，要落实改革任务。"
    assert infer_meta(text)["title"] == "某县召开机构改革推进会"


# --- a party committee of the place ("中共X委员会") writes the place in full -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("【概况】 中共内蒙古自治区委员会机构编制委员会办公室是自治区党委机构编制委员会的办事机构。党中央确定内蒙古自治区为试点后，编办迅速行动。",
     "内蒙古自治区"),
    ("【机构设置】 中共遵义市委机构编制委员会办公室为市委工作机关。按照党中央部署，完成了事业单位改革。", "遵义市"),
])
def test_a_place_after_zhonggong_is_written_in_full(text, expected):
    place, _ = _place_and_date(text, "2021卷")
    assert place == expected


# --- a yearbook's volume line dates the entry by the book's year --------------------------------------------------------

@pytest.mark.parametrize("first, expected", [
    ("2021卷", "2021"),
    ("《某市年鉴》2019卷", "2019"),
    ("某省年鉴（2020）", "2020"),
])
def test_a_yearbook_volume_is_the_entrys_year(first, expected):
    text = f"{first}\n【机构改革】 截至2018年底，全市完成事业单位“三定”批复工作。2017年启动的试点基本完成。"
    assert infer_meta(text)["date"] == expected


def test_a_volume_word_inside_a_sentence_is_no_volume():
    text = "档案工作概况\n2016年，县档案馆接收案卷2019卷，整理文书档案300盒。"
    assert infer_meta(text).get("date") != "2019"


# --- a report on a year, published the next year: the publication day, not the year reported on -------------------------

@pytest.mark.parametrize("text, expected", [
    ("信息名称：某市机关事务管理局2020年工作总结\n生成日期：2021-01-26 公开日期：2021-01-26\n2020年，市机关事务管理局推进改革。",
     "2021-01-26"),
    ("某县委编办2018年度工作报告\n发布时间：2019-02-11\n2018年，县委编办完成机构改革任务。", "2019-02-11"),
    ("某区民政局2022年上半年工作总结\n2022年上半年，区民政局完成各项任务。\n某区民政局\n2022年7月5日", "2022-07-05"),
])
def test_a_report_on_a_year_is_dated_by_its_later_publication(text, expected):
    assert infer_meta(text)["date"] == expected


def test_a_plain_title_year_still_wins_over_a_later_repost_stamp():
    # not a report on a year: "2020年机构改革方案" reposted later keeps its own year
    text = "某县2020年机构改革方案\n发布时间：2023-05-04\n根据上级部署，结合本县实际，制定本方案。"
    assert infer_meta(text)["date"] == "2020"


# --- an opening span of days in one month dates the item by the month --------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("2024年8月5日-9日，省委编办评估组一行到某市开展机构改革评估。", "2024-08"),
    ("2019年3月5日至7日，市委编办对各县编制使用情况进行督查。", "2019-03"),
    ("2023年6月12日—16日，调研组深入各乡镇实地查看。", "2023-06"),
])
def test_an_opening_span_of_days_gives_the_month(body, expected):
    text = f"某地开展机构改革评估工作\n{body}\n评估组对改革成效给予肯定。"
    assert infer_meta(text)["date"] == expected


# --- banners: everyday short forms -----------------------------------------------------------------------------------

@pytest.mark.parametrize("form, standard", [
    ("达茂旗", "达尔罕茂明安联合旗"),
    ("达茂联合旗", "达尔罕茂明安联合旗"),
    ("科右中旗", "科尔沁右翼中旗"),
    ("土右旗", "土默特右旗"),
])
def test_a_banner_short_form_is_a_place(form, standard):
    assert divisions().get(form)[0].name == standard


def test_two_character_banner_forms_are_not_places():
    assert not divisions().is_place("达旗")
    assert not divisions().is_place("准旗")


def test_a_report_of_our_banner_by_its_short_form():
    text = ("自2014年7月我旗启动机构改革以来，旗编委制定了《达茂联合旗机构改革方案》，上报包头市委、市政府，"
            "经包头市编委审核同意后印发。作为包头市改革进程较快的地区，我旗向上级作了汇报。")
    place, _ = _place_and_date(text)
    assert divisions().get(place)[0].name == "达尔罕茂明安联合旗"


# --- Republican-era years (民国N年): chronicle entries, event dates, a signing date -------------------------------------

def _events(text: str):
    import pathlib
    import tempfile

    from ingest.pipeline import Overrides, parse_file

    path = pathlib.Path(tempfile.mkdtemp()) / "doc.txt"
    path.write_text(text, encoding="utf-8")
    facts = parse_file(path, Overrides()).facts
    return facts.document.date, {(e.type.value if hasattr(e.type, "value") else str(e.type),
                                  (e.outputs or e.inputs)[0].name): e.date for e in facts.events}


@pytest.mark.parametrize("opener, expected", [
    ("民国二十七年（1938年）7月，", "1938-07"),   # glossed with the Western year
    ("民国16年（1927），", "1927"),              # a gloss without 年
    ("民国二十八年三月，", "1939-03"),            # no gloss: 1911 + N, a month in Chinese numerals
    ("民国30年6月5日，", "1941-06-05"),          # a full day
    ("民國二十年，", "1931"),                   # Traditional script
])
def test_a_republican_year_dates_a_chronicle_entry(opener, expected):
    text = f"某县机构沿革\n{opener}撤销县建设局。1949年10月，设立县财政科。1953年，设立县卫生科。\n"
    _, events = _events(text)
    assert events[("abolish", "县建设局")] == expected


def test_a_page_of_republican_entries_is_a_chronicle_not_dated_by_its_last_year():
    text = ("某县政府沿革\n民国16年（1927），撤销县公署。民国29年，县政府内设三室六科。民国31年，设立县社会科。\n"
            "1950年4月，设立县财政科。1956年6月，设立县农业局。\n")
    assert "date" not in infer_meta(text)


def test_a_republican_signing_date():
    text = "某县政府训令\n兹决定设立县合作指导室，此令。\n县长 王某\n中华民国二十五年三月十日\n"
    assert infer_meta(text)["date"] == "1936-03-10"


def test_a_republican_year_out_of_the_era_is_none():
    from ingest.readers.meta import MINGUO_YEAR, minguo_year

    assert minguo_year(MINGUO_YEAR.match("民国45年")) == ""  # no such Republican year on the mainland count
    assert minguo_year(MINGUO_YEAR.match("民国元年")) == "1912"


# --- a clause dated by the year (and month) written straight before its subject, and a bare month after it -------------

@pytest.mark.parametrize("sentence, key, expected", [
    # "，2013年8月国务院批准设立X": a year and month straight before the clause's subject (no comma)
    ("2009年5月省政府批复同意调整甲区行政区域，2013年8月省政府批准设立甲区综合保税区管理局。",
     ("establish", "甲区综合保税区管理局"), "2013-08"),
    # a year alone before the subject
    ("1990年地委决定开发乙县，1992年行署批复同意设立乙县开发区管委会。", ("establish", "乙县开发区管委会"), "1992"),
    # a bare month clause after a dated clause takes that clause's year; 改为 renames
    ("1984年10月，青石乡改为青石镇，1985年2月，白沙乡改为白沙镇，4月，红土乡改为红土镇。", ("rename", "红土镇"), "1985-04"),
])
def test_a_clause_takes_the_date_written_at_its_start(sentence, key, expected):
    _, events = _events(f"某县乡镇沿革\n{sentence}\n")
    assert events[key] == expected


def test_a_period_word_after_the_year_is_no_clause_date():
    # "，2019年以来…" opens no dated clause: the event keeps the sentence's own date
    _, events = _events("某县机构沿革\n2018年10月，设立县医疗保障局，2019年以来运行平稳。\n")
    assert events[("establish", "县医疗保障局")] == "2018-10"


# --- a city opened by its stem in the title, districts of it in the body; a place after 于 written in full ------------

def test_a_title_opening_with_a_city_stem_beats_its_districts_in_the_body():
    text = ("遵义经开区管理体制调整会议召开\n"
            "8月8日上午，遵义经开区管理体制调整会议召开。红花岗区委书记出席会议，汇川区委书记出席会议。"
            "根据调整通知，两个乡镇划归红花岗区管辖，三个乡镇划归汇川区管辖，经开区仍作为派出机构。红花岗区、汇川区负责人作表态发言。")
    place, _ = _place_and_date(text)
    assert place == "遵义市"


def test_a_title_stem_outside_the_place_named_changes_nothing():
    # the title's stem city (遵义) does not contain the district the body names (an unrelated 岳麓区): the body's place stays
    text = ("遵义客商考察团来访\n7月2日，岳麓区召开招商推介会。岳麓区委书记出席会议，岳麓区发改局作推介。岳麓区有关部门参加。")
    place, _ = _place_and_date(text)
    assert place == "岳麓区"


@pytest.mark.parametrize("sentence, expected", [
    ("会议书面听取《关于汝州市2019年财政预算执行情况的报告》，审议《关于汝州市2019年国民经济计划执行情况的报告》。", "汝州市"),
    ("该园区位于临湘市东部，园区管委会设在临湘市工业园。", "临湘市"),
])
def test_a_place_after_yu_is_written_in_full(sentence, expected):
    text = f"市委常委会会议召开\n7月18日上午，市委常委会会议召开。{sentence}会议强调，要开好两会。"
    place, _ = _place_and_date(text)
    assert place == expected


# --- a signing date of month precision; a place named only by the signing body -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("关于调整县编委组成人员的通知\n各乡镇：\n经研究，决定调整县编委组成人员。\n中共某县委机构编制委员会\n（2020年6月）", "2020-06"),
    ("关于调整县编委组成人员的通知\n各乡镇：经研究，决定调整。\n县委机构编制委员会办公室\n2019年3月\n", "2019-03"),
    ("某县机构改革实施方案\n（2019年2月）\n根据上级部署，结合本县实际，制定本方案。", "2019-02"),
])
def test_a_month_precision_signing_line(text, expected):
    assert infer_meta(text)["date"] == expected


def test_a_bare_month_heading_at_the_top_is_no_signing_date():
    # a 大事记 opening with a bare month heading: its entries' time, not the page's (no brackets, not at the end)
    text = "某县大事记\n2019年3月\n县医疗保障局挂牌。\n2019年5月\n县退役军人事务局挂牌。\n2019年7月\n县信访局挂牌。\n2020年1月\n县数据局挂牌。\n本页由县档案馆整理。\n更新于档案馆网站。\n欢迎查阅。"
    assert infer_meta(text).get("date") != "2019-03"


@pytest.mark.parametrize("signer, expected", [
    ("中共青川县委机构编制委员会", "青川县"),
    ("凤岗镇人民政府", None),            # a township borne in several counties, its county never named: no place
    ("临湘市人民政府办公室", "临湘市"),
])
def test_a_place_named_only_by_the_signing_body(signer, expected):
    text = f"关于调整议事协调机构的通知\n各有关单位：\n经研究，决定撤销信息化工作领导小组。\n{signer}\n2021年5月6日"
    place, _ = _place_and_date(text)
    assert place == expected


@pytest.mark.parametrize("sentence, key, expected", [
    # a date glued after the sentence's subject gives its year to the bare month clause after it
    ("县人民政府1949年5月23日随军进驻县城，6月18日成立县公安局。", ("establish", "县公安局"), "1949-06-18"),
    ("县委于1950年3月迁驻新城，10月设立县委宣传部。", ("establish", "县委宣传部"), "1950-10"),
])
def test_a_date_glued_after_the_subject_dates_the_month_clause_after_it(sentence, key, expected):
    _, events = _events(f"某县沿革\n{sentence}\n")
    assert events[key] == expected


def test_a_cited_basis_date_is_no_glued_date():
    # "根据省委2019年3月的批复": the cited document's month; the later month clause is not dated by it
    _, events = _events("某县沿革\n根据省委2019年3月的批复，县里调整机构，5月组建县医疗保障局。\n")
    assert events[("establish", "县医疗保障局")] != "2019-03"


def test_a_month_in_a_tables_last_cell_is_no_signing_date():
    text = ("某市人民政府公报2020年第2号\n目录\n市人民政府关于印发某办法的通知\n重点工作\n（一）加强财税支持\n"
            "市税务局等，各县、市、区政府，某高新区管委会\n2020年12月")
    assert infer_meta(text).get("date") != "2020-12"


def test_a_sentence_mentioning_a_source_is_no_byline():
    text = "某县政府\n此条目需要补充更多来源。 （2023年10月16日） |\n某县政府是该县的行政机关。\n民国18年（1929年），县公署改为县政府。\n"
    assert infer_meta(text).get("date") != "2023-10-16"
    assert infer_meta("某县召开推进会\n来源：某县融媒体中心 2019年01月11日 15:01\n会议强调，要落实改革任务。")["date"] == "2019-01-11"


@pytest.mark.parametrize("line, expected", [
    ("2018年8月17日23:55:20乡镇职能定位研究报告已关闭评论", "2018-08-17"),
    ("2021年3月2日 09:15 来源：某县政府网", "2021-03-02"),
])
def test_a_chinese_day_glued_to_its_clock_is_a_pages_stamp(line, expected):
    text = f"乡镇职能定位研究报告\n{line}\n乡镇政权是农村最基层的政权。2006年以来，乡镇职能逐步转变。"
    assert infer_meta(text)["date"] == expected


@pytest.mark.parametrize("text, key, expected", [
    ("某县机构沿革\n1927年设县建设局，民国二十九年（1940年）撤销县建设局。\n1950年4月，设立县财政科。\n", ("abolish", "县建设局"), "1940"),
    ("某县机构沿革\n县政府于民国十七年（公元1928年）成立县建设局。1950年4月，设立县财政科。\n", ("establish", "县建设局"), "1928"),
])
def test_a_republican_year_inside_a_sentence_dates_its_clause(text, key, expected):
    _, events = _events(text)
    assert events[key] == expected


def test_a_title_naming_the_district_by_its_stem_keeps_the_district():
    # "岳阳楼…" opens with the city's stem (岳阳) but names the district 岳阳楼区 the body writes most
    text = ("岳阳楼机构改革推进会召开\n7月2日，岳阳楼区召开街道机构改革推进会。岳阳楼区委书记出席会议，"
            "岳阳楼区委编办作部署。岳阳楼区各街道负责人参加会议。")
    place, _ = _place_and_date(text)
    assert place == "岳阳楼区"


def test_a_local_report_citing_the_party_centre_is_of_the_city_it_names_by_stem():
    text = ("市委编办一行来遵义高新区调研\n近日，市委编办副主任一行来遵义高新区调研事业单位机构编制工作。"
            "会上，市委编办对遵义高新区管理体制改革以来的运行情况予以肯定，指出评估工作是党中央、市委的要求。")
    place, _ = _place_and_date(text)
    assert place == "遵义市"


def test_a_central_text_naming_a_city_by_stem_stays_central():
    # a central notice printed by a local journal: its 党中央/国务院 outnumber any local committee
    text = ("关于加强某项工作的通知\n各省、自治区、直辖市人民政府，国务院各部委：\n根据党中央、国务院部署，现就有关事项通知如下。"
            "国务院同意在遵义试点，遵义试点经验由国务院办公厅总结推广。")
    place, _ = _place_and_date(text)
    assert place == "中央"
