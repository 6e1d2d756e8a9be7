"""Document date and place: what dates and places a document and what does not (tenth session; docs/extraction.md,
"Document date and place, tenth session"). Sentences are written for these tests in the genre, not copied from any
real document."""
from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.readers.base import RawDocument
from ingest.readers.meta import infer_meta


def _place_and_date(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    meta = infer_meta(text, {"title": title} if title else {})
    return detect_jurisdiction(RawDocument("a", text, meta)), meta.get("date")


# --- dates that are not the document's own ----------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["2023年3月8日", "2023-03-08"])
def test_a_date_line_heading_an_entry_is_not_the_documents(heading):
    text = ("盘点：多地数据机构陆续挂牌\n时间：2023-05-10 08:00:00\n今年以来，多个省份相继组建数据机构，现整理如下：\n"
            f"{heading}\n甲省数据局挂牌，承担全省数据资源管理职责。\n乙省数据局随后挂牌。")
    assert infer_meta(text)["date"] == "2023-05-10"


def test_a_signing_date_under_its_body_still_dates_the_document():
    text = ("各县区人民政府：\n现将有关事项通知如下，请认真执行。\n某某市人民政府办公室\n2022年7月1日\n附件：任务分工表")
    assert infer_meta(text)["date"] == "2022-07-01"


@pytest.mark.parametrize("fields", [
    ("上传人:张**", "编号:102938", "2023-11-02", "12页", "45.1KB"),
    ("下载文档", "上传者：abc", "2022-01-15", "大小：2MB", "8页"),
])
def test_an_upload_stamp_among_a_file_pages_fields_dates_nothing(fields):
    text = "某县应急保障能力提升三年行动方案(2019-2021年).docx\n" + "\n".join(fields) + \
        "\n为提升突发事件应急保障能力，结合本县实际，制定本方案。"
    assert infer_meta(text).get("date") is None


@pytest.mark.parametrize("sentence", [
    "各市县机构改革在2019年3月底前基本完成。",
    "各项调整须于2020年6月30日前落实到位。",
    "新部门组建工作于2021年9月中旬前完成。",
])
def test_a_deadline_with_its_month_is_no_time_of_writing(sentence):
    text = f"某省推进机构改革情况\n10月12日，省委召开全会，部署改革任务。{sentence}"
    assert infer_meta(text).get("date") is None


def test_a_list_of_other_items_stamps_dates_nothing():
    text = ("某部印发地名备案办法\n某部今天印发办法，规范地名备案工作。\n相关新闻：\n- 2026年01月20日 10:01:02\n"
            "- 2026年01月19日 18:22:40")
    assert infer_meta(text).get("date") is None


@pytest.mark.parametrize("sentence", [
    "2022年全县户籍人口31200人。",
    "2021年末全市地区生产总值达到800亿元。",
])
def test_a_years_statistic_is_no_time_of_writing(sentence):
    text = f"某县完成机构优化\n7月8日，某县新组建机构全部挂牌到位。该县位于省境北部，辖4镇3乡。{sentence}"
    assert infer_meta(text).get("date") is None


def test_a_work_report_still_takes_its_latest_year():
    text = "近年来，县委编办盘活编制资源。2021年，共收回空编30名；2022年上半年又调剂编制12名，目前运行良好。"
    assert infer_meta(text)["date"] == "2022"


# --- what dates it ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("bracket, expected", [
    ("（2010年5月6日某省人民政府第9次常务会议通过 2010年5月20日某省人民政府令第88号公布）", "2010-05-20"),
    ("(2016年3月1日某市人大常委会会议通过 2016年4月2日批准)", "2016-03-01"),
])
def test_a_regulations_promulgation_bracket_beats_a_sites_stamp(bracket, expected):
    text = f"某省机构编制管理办法\n作者:资料网 时间:2024-02-02 10:11:12\n{bracket}\n第一条 为了规范机构编制管理，制定本办法。"
    assert infer_meta(text)["date"] == expected


@pytest.mark.parametrize("line, expected", [
    ("某市概览 机构设置 某市人民政府新闻办公室 2016年5月 |", "2016-05"),
    ("政府机构一览 某某特别行政区政府新闻处 2019年10月", "2019-10"),
])
def test_an_issuer_and_its_date_on_one_line(line, expected):
    text = f"{line}\n某市政府由各工作部门组成。2020年起，各部门实行新的架构。"
    assert infer_meta(text)["date"] == expected


@pytest.mark.parametrize("number, expected", [("第7/2020号行政法规", "2020"), ("第12/2018号法律", "2018")])
def test_a_number_with_its_year_after_a_slash(number, expected):
    text = f"某某特别行政区\n{number}\n某局的组织及运作\n第一条 本行政法规订定某局的组织。"
    assert infer_meta(text)["date"] == expected


# --- what does not place it -------------------------------------------------------------------------------------------

def test_an_address_is_not_the_documents_place():
    text = ("某某委员会办公厅关于企业简称调整的公示\n近日，某集团向国务院某某委员会提出变更简称。"
            "请于10个工作日内函告办公厅（地址：天津市和平区某路12号，邮编：300000）。")
    assert _place_and_date(text)[0] == "中央"


def test_a_central_author_of_a_cited_document_does_not_make_a_provincial_annal_central():
    text = ("第二节 机构编制管理\n根据国家编委1964年5月2日《关于划分编制的意见》精神，各级机关编制统一管理。"
            "统一机构设置：中央人民政府1951年3月1日颁发了《关于统一编制的草案》。据此，各区统一规定了工作部门的设置。")
    assert _place_and_date(text)[0] is None


def test_a_central_document_citing_another_stays_central():
    text = "根据《某某方案》，制定本规定。第二条 某某部是国务院组成部门，为正部级。"
    assert _place_and_date(text)[0] == "中央"


# --- what places it ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("内容出处:\n《晋江市志》", "晋江市"),
    ("内容出处: 《邵阳县志 1978—2002》 图书", "邵阳县"),
])
def test_an_excerpt_is_of_its_books_place_not_of_the_librarys(line, expected):
    text = f"泉州市图书馆\n泉州市图书馆\n首页\n{line}\n内容\n1950年6月改划为12个区公所，区以下设若干乡。"
    assert _place_and_date(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("秀山网讯 5月9日，县市场监督管理局正式挂牌。全县市场监管工作进入新阶段。", "秀山土家族苗族自治县"),
    ("浙江產經 浙江樓市\n武義:新建社区服务中心\n信息來源:武義新聞網\n昨天，我縣召開推進會。", "武义县"),
])
def test_a_county_outlets_own_report(text, expected):
    assert _place_and_date(text)[0] == expected


def test_an_outlet_stem_of_several_counties_names_no_place():
    # 城关 is no unique county stem: the report stays without a place rather than guess
    assert _place_and_date("城关网讯 5月9日，县市场监督管理局正式挂牌。全县市场监管工作进入新阶段。")[0] is None


@pytest.mark.parametrize("text", [
    "行政院組織改造推動情形\n行政院組織法修正公布，各部會籌備小組已展開籌備工作，法案函送立法院審議。",
    "政院組織調整將設22個部會，新設海洋事務部，僑委會存廢兩案並陳。",
])
def test_a_text_of_the_taiwan_executive(text):
    assert _place_and_date(text)[0] == "台湾省"


def test_a_mainland_annal_naming_the_old_executive_is_not_taiwans():
    text = "1947年，行政院核准设立县政府社会科。1950年，县人民政府设民政科，国务院批准改设局。"
    assert _place_and_date(text)[0] != "台湾省"


def test_a_round_up_announced_below_the_sites_name():
    text = ("NEWS CENTER\n新闻中心\n盘点 | 多省数据局揭牌成立\n"
            "江苏省数据局、四川省数据局、湖南省数据局、广东省政务服务和数据管理局相继挂牌。")
    assert _place_and_date(text)[0] is None
