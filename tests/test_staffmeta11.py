"""Document date and place, eleventh session (docs/extraction.md, "Document date and place, eleventh session").
Sentences are written for these tests in the genre, not copied from any real document."""
from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.readers.base import RawDocument
from ingest.readers.meta import infer_meta


def _place_and_date(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    meta = infer_meta(text, {"title": title} if title else {})
    return detect_jurisdiction(RawDocument("a", text, meta)), meta.get("date")


def _date(text: str, title: str | None = None) -> str | None:
    return infer_meta(text, {"title": title} if title else {}).get("date")


# --- a year the text names once is a year it passes through, not its own ------------------------------------------

@pytest.mark.parametrize("text", [
    # a unit's profile: founded in one year, reorganised in another, each named once
    "某县图书馆位于县城中心，前身为县文化馆图书室，1978年单独建馆，2006年迁入新址，现有藏书20万册。",
    # a study naming the year a city was set up, once, as the cause of today's figures
    "某市编制总量偏小，主要是由于1994年才撤地设市，市级机构起步较晚，行政编制基数低于周边城市。",
    # a round-up of measures naming the start and end of one task
    "某市推进培训中心清理。从2016年5月开始，全市对事业单位培训中心逐一清理，于2017年底全部完成。",
    # a cited document's number is another document's year, however often it comes
    "按照《关于调整城市管理体制的意见》（某政发〔2015〕12号）和某政发〔2015〕30号文件，2013年以来，各区先后设立城管局。",
    # the same profile in Traditional characters
    "某縣檔案館位於縣政府大院內，1959年正式成立，2010年增掛某縣史志辦公室牌子，核定事業編制8名。",
])
def test_a_year_named_once_gives_no_date(text):
    assert _date(text) is None


@pytest.mark.parametrize("text, expected", [
    # a work report dwells on its own year
    ("2022年，市委编办紧扣中心工作，统筹编制资源。2022年共为重点领域调剂编制120名，办理事项60件。", "2022"),
    # its own year said once as a year, once inside a campaign's name ("2021年度" and "2021专项行动" count)
    ("2021年，县委编办结合“优化营商2021专项行动”清理事业单位30家，在年度考核中被评为优秀单位。", "2021"),
    # the latest year named twice wins over an earlier year named more often
    ("2020年，某县开展编制核查。2020年底完成实名制台账。2021年，县委编办推进乡镇改革，2021年全面完成。", "2021"),
])
def test_the_year_a_report_dwells_on_dates_it(text, expected):
    assert _date(text) == expected


# --- a document number bracketed on its own line under the title ---------------------------------------------------

@pytest.mark.parametrize("title, text, expected", [
    ("某市人民政府关于调整部门职责分工的通知", "某市人民政府关于调整部门职责分工的通知\n（某市政发〔2008〕17号）\n各县区人民政府：\n"
     "经研究，现将有关事项通知如下。", "2008"),
    ("某县人民政府办公室关于明确安全监管职责的通知", "某县人民政府办公室关于明确安全监管职责的通知\n(某县政办发[2016]5号)\n"
     "各乡镇人民政府，县直各单位：\n为落实监管责任，现就有关事项通知如下。", "2016"),
])
def test_a_bracketed_number_under_the_title_dates_the_document(title, text, expected):
    assert _date(text, title) == expected


def test_a_bracketed_citation_in_a_sentence_is_not_the_documents_number():
    text = ("某县人民政府关于明确职责的通知\n各乡镇人民政府：\n根据《某省安全生产条例》（某政发〔2011〕7号）精神，"
            "现将有关事项通知如下。")
    assert _date(text, "某县人民政府关于明确职责的通知") is None


# --- a disclosure table whose label and value run together ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("某区人民政府关于设立街道的批复\nhttp://www.example.gov.cn/a.html发文字号 某政发〔2021〕3号 发布日期 2021-03-05 10:20\n"
     "某镇人民政府：\n你镇的请示收悉。", "2021-03-05"),
    ("某县人民政府关于撤销某乡的批复\n索引号 001/2019-01 成文日期 2019-06-12\n某乡人民政府：\n经研究，批复如下。", "2019-06-12"),
])
def test_a_date_label_without_its_colon_dates_the_page(text, expected):
    assert _date(text) == expected


def test_a_founding_label_without_its_colon_is_not_the_page_date():
    text = "某县气象站简介\n建站时间 1958年\n某县气象站承担地面观测任务，内设测报股。"
    assert _date(text) is None


# --- a local author's 我省/我市 with no place named is of no known place, not central -------------------------------

@pytest.mark.parametrize("text", [
    "本报讯 今年3月，我省启动新一轮机构改革，省政府各部门“三定”工作原则上与国务院对口。",
    "本报讯 近日，我市召开机构改革推进会，传达国务院有关精神，市政府工作部门调整为32个。",
    "本報訊 近日，我縣新組建的機構集中掛牌，縣政府工作部門按照國務院部署調整到位。",
])
def test_our_province_or_city_unnamed_with_central_bodies_is_unknown(text):
    place, _ = _place_and_date(text)
    assert place is None


def test_our_city_with_its_name_keeps_that_place():
    text = "本报讯 近日，我市召开机构改革推进会。会议传达了国务院有关精神，某某市政府工作部门调整为32个。"
    place, _ = _place_and_date(text.replace("某某市", "洛阳市"))
    assert place == "洛阳市"


def test_a_central_text_without_our_place_is_still_central():
    place, _ = _place_and_date("国务院办公厅近日印发通知，部署各地区各部门做好机构编制管理工作。")
    assert place == "中央"


# --- a speech run into one line: its bracketed day before the salutation -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("在全县机构改革推进会上的讲话\n在全县机构改革推进会上的讲话王某（2019年3月8日）同志们：今天召开会议，部署改革任务。",
     "2019-03-08"),
    ("在全市编制工作会议上的讲话 李某(2021年1月15日) 各位领导：现在我讲三点意见。", "2021-01-15"),
])
def test_a_speech_day_before_its_salutation_dates_the_speech(text, expected):
    assert _date(text) == expected


def test_a_bracketed_day_inside_a_sentence_is_no_speech_day():
    text = "某县编办工作动态\n县委编办召开会议（2020年5月6日），研究乡镇编制调整。会议要求各乡镇抓好落实。"
    assert _date(text) is None


# --- a history in sections headed by their years is a chronicle --------------------------------------------------

def test_sections_headed_by_years_make_a_chronicle():
    text = ("某市机构改革\n某市人民政府自1983年设立以来，经历了多次机构改革。\n改革初期——1984年\n"
            "1. 1984年6月市政府决定撤销市二轻局。\n1988年至1998年\n改革中期——1990年\n1. 1990年3月市政府设立市物价局。")
    assert _date(text) is None


def test_a_work_report_with_one_year_heading_keeps_its_year():
    text = ("某县编办工作总结\n2021年主要工作\n2021年，县委编办完成乡镇机构改革。2021年共调剂编制40名。\n"
            "下一步工作\n继续深化事业单位改革。")
    assert _date(text) == "2021"
