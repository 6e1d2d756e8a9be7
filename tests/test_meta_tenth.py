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


# --- what dates a document and what does not ------------------------------------------------------------------------

_ROUND_UP = "盘点：多地数据机构陆续挂牌\n时间：2023-05-10 08:00:00\n今年以来，多个省份相继组建数据机构，现整理如下：\n"
_FILE_PAGE = "某县应急保障能力提升三年行动方案(2019-2021年).docx\n"
_FILE_BODY = "\n为提升突发事件应急保障能力，结合本县实际，制定本方案。"
_REFORM_NEWS = "某省推进机构改革情况\n10月12日，省委召开全会，部署改革任务。"
_COUNTY_NEWS = "某县完成机构优化\n7月8日，某县新组建机构全部挂牌到位。该县位于省境北部，辖4镇3乡。"
_REGULATION = "某省机构编制管理办法\n作者:资料网 时间:2024-02-02 10:11:12\n"
_ARTICLE = "\n第一条 为了规范机构编制管理，制定本办法。"
_SAR_LAW = "某某特别行政区\n"
_SAR_BODY = "\n某局的组织及运作\n第一条 本行政法规订定某局的组织。"

DATES = [
    # a date line heading an entry of a round-up (a sentence above it, one below, no signer above) is not the page's
    (_ROUND_UP + "2023年3月8日\n甲省数据局挂牌，承担全省数据资源管理职责。\n乙省数据局随后挂牌。", "2023-05-10"),
    (_ROUND_UP + "2023-03-08\n甲省数据局挂牌，承担全省数据资源管理职责。", "2023-05-10"),
    # a signing date under its body still dates the document
    ("各县区人民政府：\n现将有关事项通知如下，请认真执行。\n某某市人民政府办公室\n2022年7月1日\n附件：任务分工表", "2022-07-01"),
    # an upload stamp among a file-sharing page's fields
    (_FILE_PAGE + "上传人:张**\n编号:102938\n2023-11-02\n12页\n45.1KB" + _FILE_BODY, None),
    (_FILE_PAGE + "下载文档\n上传者：abc\n2022-01-15\n大小：2MB\n8页" + _FILE_BODY, None),
    # a deadline with its month is no time of writing
    (_REFORM_NEWS + "各市县机构改革在2019年3月底前基本完成。", None),
    (_REFORM_NEWS + "各项调整须于2020年6月30日前落实到位。", None),
    (_REFORM_NEWS + "新部门组建工作于2021年9月中旬前完成。", None),
    # the stamps of other items listed below the text
    ("某部印发地名备案办法\n某部今天印发办法，规范地名备案工作。\n相关新闻：\n- 2026年01月20日 10:01:02\n"
     "- 2026年01月19日 18:22:40", None),
    # a year's statistic glued to its figure
    (_COUNTY_NEWS + "2022年全县户籍人口31200人。", None),
    (_COUNTY_NEWS + "2021年末全市地区生产总值达到800亿元。", None),
    # a work report still takes its latest year
    ("近年来，县委编办盘活编制资源。2021年，共收回空编30名；2022年上半年又调剂编制12名，目前运行良好。", "2022"),
    # a regulation's promulgation bracket beats the copying site's stamp
    (_REGULATION + "（2010年5月6日某省人民政府第9次常务会议通过 2010年5月20日某省人民政府令第88号公布）" + _ARTICLE,
     "2010-05-20"),
    (_REGULATION + "(2016年3月1日某市人大常委会会议通过 2016年4月2日批准)" + _ARTICLE, "2016-03-01"),
    # the issuer and its date on one line at the top
    ("某市概览 机构设置 某市人民政府新闻办公室 2016年5月 |\n某市政府由各工作部门组成。2020年起，各部门实行新的架构。", "2016-05"),
    ("政府机构一览 某某特别行政区政府新闻处 2019年10月\n政府由各决策局组成。2020年起实行新的架构。", "2019-10"),
    # a number with its year after a slash
    (_SAR_LAW + "第7/2020号行政法规" + _SAR_BODY, "2020"),
    (_SAR_LAW + "第12/2018号法律" + _SAR_BODY, "2018"),
]


@pytest.mark.parametrize("text, expected", DATES)
def test_what_dates_a_document_and_what_does_not(text, expected):
    assert infer_meta(text).get("date") == expected


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


@pytest.mark.parametrize(("text", "expected"), [
    ("金門縣政府是中華民國福建省金門縣的地方行政機關，其自治監督機關為行政院內政部。\n行政沿革\n民國四十二年設縣政府，下設民政科、財政科。",
     "金门县"),
    ("澎湖縣政府組織沿革\n澎湖縣政府受行政院督導，配合部會組織改造，於民國一百年調整內部單位。", "澎湖县"),
])
def test_a_county_under_the_taiwan_executive_keeps_its_county(text, expected):
    # the executive supervising a county does not make the county's own page the island's
    assert _place_and_date(text)[0] == expected


def test_a_mainland_annal_naming_the_old_executive_is_not_taiwans():
    text = "1947年，行政院核准设立县政府社会科。1950年，县人民政府设民政科，国务院批准改设局。"
    assert _place_and_date(text)[0] != "台湾省"


def test_a_round_up_announced_below_the_sites_name():
    text = ("NEWS CENTER\n新闻中心\n盘点 | 多省数据局揭牌成立\n"
            "江苏省数据局、四川省数据局、湖南省数据局、广东省政务服务和数据管理局相继挂牌。")
    assert _place_and_date(text)[0] is None
