"""The document's own place (detect_jurisdiction): a place named in the document, 中央 for central
bodies, None when the document names no place; sentences made up in the genre."""
from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.readers.base import RawDocument


def _place(text: str, title: str | None = None) -> str | None:
    return detect_jurisdiction(RawDocument("a", text, {"title": title} if title else {}))


@pytest.mark.parametrize("title, text", [
    # a pasted notice section that names no place and no central body
    (None, "各科室、各直属单位：\n经研究，决定将综合科更名为办公室，原职责不变。\n特此通知。"),
    ("关于调整内设机构的通知", "经局党组研究，撤销信息科，其职责划入办公室。请各科室做好衔接。"),
    # the same in Traditional characters
    ("關於調整內設機構的通知", "經局黨組研究，撤銷信息科，其職責劃入辦公室。請各科室做好銜接。"),
    # an essay on 县志 naming no place
    ("县志的体例与编纂", "县志是记载一县历史与现状的资料性文献，机构沿革一章记述县政府各部门的设置与变动。"),
])
def test_no_place_named_is_unknown(title, text):
    assert _place(text, title) is None


@pytest.mark.parametrize("title, text", [
    # a county chronicle whose 国家机关干部 / 国家公务人员 are cadres, not a central body
    ("【机构设置】", "民国时期，国家公务人员由县政府民政科管理。解放初期，国家机关干部任免由县委组织部承办。1953年设人事科。"),
    ("人事志", "国家干部的调配，1956年起由县人事科负责，1963年改人事科为人事局。"),
    ("劳动志", "1958年设县劳动科，负责国家职工的招收和调配，1970年并入县革委会生产指挥部。"),
])
def test_cadres_of_the_state_are_no_central_body(title, text):
    assert _place(text, title) is None


@pytest.mark.parametrize("title, text", [
    ("关于调整内设机构的通知", "根据国务院关于机构改革的部署，经研究，撤销信息科，其职责划入办公室。"),
    ("应急管理部已有司局亮相", "记者获悉，该部已设立办公厅、救援协调和预案管理局等司局。"),
    ("机关事务管理体制调整", "根据安排，国家机关事务管理局调整有关职责，由国家发展和改革委员会负责综合协调。"),
    ("民政部关于养老服务职责分工的函（2020年5月8日，致湖南省民政厅、江西省民政厅）",
     "经研究，现就有关职责分工函复如下。"),
])
def test_central_body_without_a_place_is_central(title, text):
    assert _place(text, title) == "中央"


@pytest.mark.parametrize("title, text", [
    ("盘点｜多地新组建数据局", "河北省数据局日前挂牌。随后，浙江省数据局、四川省数据局也相继揭牌，湖南省数据局正在筹建。"),
    ("多地试点合并县级部门", "去年，山西娄烦县将水务局并入农业农村局。今年，广东郁南县成立民政和退役军人事务局，河北黄骅市也跟进。"),
    ("五省完成乡镇机构改革", "甘肃省、青海省、陕西省、贵州省、云南省的乡镇机构改革均已完成，各乡镇设党政综合办公室。"),
])
def test_round_up_of_several_provinces_has_no_place(title, text):
    assert _place(text, title) is None


def test_round_up_title_within_one_province_keeps_a_place():
    text = "长沙县数据局日前挂牌，浏阳市、宁乡市也相继组建数据局。长沙县数据局为县政府工作部门。"
    assert _place(text, "多地组建数据局") is not None


@pytest.mark.parametrize("title, expected", [
    ("基于浙江省嵊州市乡镇治理的实践", "嵊州市"),
    ("甘肃省瓜州县乡镇机构改革实施方案", "瓜州县"),
    ("基於浙江省嵊州市鄉鎮治理的實踐", "嵊州市"),
    ("石门县志（湖南省地方志数据库）", "石门县"),
])
def test_a_province_written_before_its_county_names_the_county(title, expected):
    assert _place("本文记述乡镇机构的设置与变动。", title) == expected


def test_a_province_not_written_before_the_county_stays():
    # (an approval of the county's own matter, "湖南省人民政府关于同意调整长沙县部分乡镇行政区划的批复", is the county's:
    # tests/test_meta15.py, as the trial15 annotators read two such approvals)
    title = "湖南省人民政府关于推广长沙县乡镇机构改革经验的通知"
    assert _place("各市州人民政府：经研究，现将有关经验印发给你们，请结合实际学习借鉴。", title) == "湖南省"


@pytest.mark.parametrize("title, text, expected", [
    # a province or prefecture city named only by its stem, in the title (anywhere) or twice in the text
    ("清末江西书院考略", "本文考察清末书院的改制过程，兼及学堂的设立。", "江西省"),
    (None, "本文结合遵义实际，对乡镇机构设置进行研究。遵义各乡镇均设党政综合办公室。", "遵义市"),
    ("關於鄉鎮機構的調查", "本文結合遵義實際，對鄉鎮機構設置進行研究。遵義各鄉鎮均設黨政綜合辦公室。", "遵义市"),
])
def test_a_place_named_only_by_its_stem(title, text, expected):
    assert _place(text, title) == expected


@pytest.mark.parametrize("title, text", [
    # a stem named once in the text, two different stems, a stem that starts another word, a stem that is a word
    (None, "本文结合遵义实际，对乡镇机构设置进行研究。"),
    ("城市街道执法的比较", "成都的做法与杭州的做法不同。成都设综合执法中心，杭州设执法队。"),
    ("关于中山大学附属医院的说明", "该院核定床位一千张，中山大学负责管理。"),
    ("会议纪要", "各位来宾：会议由办公室主持，来宾代表发言。"),
])
def test_no_place_by_stem(title, text):
    assert _place(text, title) is None


def _place_and_date(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    from ingest.readers.meta import infer_meta

    meta = infer_meta(text, {"title": title} if title else {})
    return detect_jurisdiction(RawDocument("a", text, meta)), meta.get("date")


@pytest.mark.parametrize("title, text, expected", [
    # a city named only in the title; the text speaks of 省委/党中央/国务院 as any city's report does
    ("遵义市2019年政府工作报告", "各位代表：\n现在，我代表市人民政府向大会报告工作。\n过去一年，在党中央、国务院和省委的坚强领导下，"
     "全市上下认真贯彻国务院决策部署。", "遵义市"),
    # the issuing body signing above the date
    ("关于印发《乡镇机构改革实施方案》的通知", "各乡镇人民政府，县直各单位：\n经县政府同意，现将《方案》印发给你们。\n"
     "石门县人民政府办公室\n2019年3月12日\n", "石门县"),
    # a city's notice citing central documents is the city's, not 中央
    (None, "根据《国务院关于某事的决定》和《中共中央关于某事的意见》，按照党中央、国务院部署，结合我市实际，现通知如下。\n"
     "白城市人民政府\n2020年5月6日", "白城市"),
    # a place right after the date that opens the line
    (None, "（2021年1月20日白城市第八届人民代表大会第五次会议通过）\n会议听取和审议了市长所作的政府工作报告。", "白城市"),
])
def test_the_documents_own_place_from_title_signer_and_opening(title, text, expected):
    assert _place(text, title) == expected


@pytest.mark.parametrize("text, expected", [
    # a township office signing a notice that cites its city's plans
    ("根据《中山市某专项方案》（某办发〔2018〕1号）和《中山市某行动指引》，经镇主要领导同意，成立工作督查领导小组。\n"
     "大涌镇党政办公室\n2018年12月10日", "大涌镇"),
    ("各村、镇直各单位：\n经镇党委研究，决定成立镇综合行政执法队。\n康仙庄镇人民政府\n2021年5月8日", "康仙庄镇"),
    # the signer and the date on one line
    ("根据《中山市某专项方案》和《中山市某行动指引》，经研究，成立工作督查领导小组。中山市各镇同步推进。\n大涌镇党政办公室 2018年12月10日",
     "大涌镇"),
    # Traditional characters
    ("根據《中山市某專項方案》，經鎮主要領導同意，成立工作督查領導小組。中山市各鎮同步推進。\n大涌鎮黨政辦公室\n2018年12月10日", "大涌镇"),
])
def test_a_township_signing_under_its_city_is_the_place(text, expected):
    assert _place(text) == expected


def test_a_signer_outside_the_place_found_changes_nothing():
    # the signer's place is not inside the place the document writes: the written place stands
    text = "湖南省人民政府关于某事的批复\n长沙市人民政府：\n你市《关于某事的请示》收悉。经研究，同意。\n湖南省人民政府\n2019年5月6日"
    # (the title names no matter of the city's: an approval of the city's own matter is the city's, tests/test_meta15.py)
    assert _place(text, "湖南省人民政府关于某事的批复") == "湖南省"


@pytest.mark.parametrize("title, text, expected", [
    ("省人民政府关于进一步优化营商环境的若干意见", "鄂政发〔2018〕26号\n各市、州、县人民政府，省政府各部门：\n为全面落实党中央、国务院决策部署，"
     "加快把湖北打造成为全国营商环境高地，现提出如下意见。", "湖北省"),
    ("省人民政府办公厅关于某事的通知", "黔府办发〔2019〕24号\n各市、自治州人民政府，省政府各部门：\n根据《国务院办公厅关于某事的通知》"
     "（国办发〔2018〕5号）精神，结合贵州实际，现就有关事项通知如下。", "贵州省"),
    ("省人民政府關於某事的意見", "鄂政發〔2018〕26號\n各市、州、縣人民政府：\n為全面落實黨中央、國務院決策部署，加快把湖北打造成為高地。", "湖北省"),
])
def test_a_provinces_document_known_by_its_number(title, text, expected):
    assert _place(text, title) == expected


def test_a_number_prefix_not_confirmed_by_the_text_is_not_a_province():
    # 青政发 is also 青岛's, 宁政发 南京's: without 青海/宁夏 in the text no province is taken from the number
    text = "宁政发〔2019〕24号\n各区人民政府，市府各委办局：\n根据国务院有关规定，现就有关事项通知如下。"
    assert _place(text, "市政府关于某事的通知") == "中央"


def test_a_township_name_borne_in_many_counties_needs_its_county():
    # 城区街道 is in ten counties: without one of them (or its city) named it is no place of the document
    text = "随着经济社会的发展，城区街道办事处的职能定位发生了变化。现将城区街道的机构设置情况报告如下。"
    assert _place(text) is None
    # 凤岗镇 is in four counties; 东莞 named by its stem anchors it
    assert _place("東莞鳳崗鎮召開機構改革大會。鳳崗鎮設立黨政綜合辦公室。") == "凤岗镇"


@pytest.mark.parametrize("title, text, expected", [
    ("浏阳市2021年乡镇机构改革纪实", "本报讯（记者 王五）3月5日，浏阳市委编办召开会议，部署乡镇机构改革工作。", ("浏阳市", "2021-03-05")),
    (None, "本报讯（记者 王五）3月5日，浏阳市委编办召开会议。2016年撤县设市时，全市设12个乡镇。", ("浏阳市", None)),
    (None, "新华社北京3月21日电 近日，中共中央印发了《深化党和国家机构改革方案》。2018年，机构改革全面推开。", ("中央", "2018-03-21")),
])
def test_place_and_date_from_a_dateline(title, text, expected):
    assert _place_and_date(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    ("我市召开机构编制工作会议", "时间：2021-03-05 作者：白城市委编办\n3月4日，我市召开机构编制工作会议，部署全年工作。", "白城市"),
    ("我县完成乡镇机构改革", "来源：石门县委编办\n近日，我县乡镇机构改革全面完成，各乡镇设立综合便民服务中心。", "石门县"),
    # a level the text does not name in full: unknown
    ("我县完成乡镇机构改革", "近日，我县乡镇机构改革全面完成。", None),
])
def test_a_report_of_our_place_is_of_the_one_place_of_that_level_named(title, text, expected):
    assert _place(text, title) == expected


def test_our_place_with_several_places_of_that_level_is_unknown():
    from ingest.extractors import _our_place

    assert _our_place("我市召开机构编制工作会议", "我市与长春市、吉林市交流机构改革经验。") is None
    # a partner or a destination is not our place
    assert _our_place("我市召开机构编制工作会议", "我市与长春市交流机构改革经验。") is None
    assert _our_place("我市召开机构编制工作会议", "作者：长春市委编办\n我市赴外地交流机构改革经验。") == "长春市"


@pytest.mark.parametrize("title, text, expected", [
    # the visiting county is not the report's place; the host is
    ("外县来我县考察乡镇综合行政执法改革", "本报讯 3月23日，武乡县委编办、县司法局联合组成的考察组来我县考察。"
     "考察组先后深入石门县易家渡镇综合行政执法队观摩。石门县委编办介绍了改革情况。", "石门县"),
    ("兄弟县区莅临我区调研", "5月6日，长沙县委编办一行莅临我区调研机构编制工作。", None),
])
def test_a_visitor_coming_to_our_place_is_not_the_place(title, text, expected):
    assert _place(text, title) == expected


# A zone sharing one government with a district or county (一套班子两块牌子): the bracketed place
@pytest.mark.parametrize("title, text, place", [
    ("乌鲁木齐经济技术开发区（头屯河区）应急管理局关于印发2023年工作要点的通知",
     "各街道、乡镇：\n现将乌鲁木齐市应急管理工作要点印发给你们，请结合实际抓好落实。", "头屯河区"),
    # the bracket writes the city first
    (None, "乌鲁木齐经济技术开发区（乌鲁木齐市头屯河区）人民政府关于调整部分机构的通知\n区属各单位：\n"
     "经乌鲁木齐市委研究，撤销区信息中心。", "头屯河区"),
    # a county
    ("兰州新区（永登县）机构编制委员会办公室2022年工作总结", "今年以来，我办在兰州市委编办指导下完成各项任务。", "永登县"),
    # half-width brackets
    ("乌鲁木齐经济技术开发区(头屯河区)财政局关于加强预算管理的意见", "各部门：为加强预算管理，现提出如下意见。", "头屯河区"),
    # Traditional characters
    ("烏魯木齊經濟技術開發區（頭屯河區）應急管理局關於調整內設機構的通知", "經研究，撤銷信息科。", "头屯河区"),
    # the zone's everyday short forms, with or without the city
    ("高新区（新市区）人力资源和社会保障局关于开展职称评审的通知", "各单位：乌鲁木齐市职称评审工作即将开始。", "新市区"),
    ("乌鲁木齐经开区（头屯河区）市场监督管理局2023年工作总结", "今年以来，在乌鲁木齐市市场监管局指导下……", "头屯河区"),
])
def test_zone_with_bracketed_district_is_the_district(title, text, place):
    assert _place(text, title) == place


def test_zone_bracket_not_a_place_changes_nothing():
    # an abbreviation in the bracket is no place
    assert _place("乌鲁木齐市各有关单位：现印发要点。", "乌鲁木齐经济技术开发区（经开区）应急管理局关于印发工作要点的通知") != "经开区"


def test_zone_name_is_not_placed_twice():
    from kg.names import builtin_gazetteer, display_name, place_name
    g = builtin_gazetteer()
    for name, place in [("乌鲁木齐经济技术开发区（头屯河区）应急管理局", "头屯河区"),
                        ("乌鲁木齐经济技术开发区（乌鲁木齐市头屯河区）人民政府", "头屯河区"),
                        ("兰州新区（永登县）机构编制委员会办公室", "永登县")]:
        for doc_place in (place, "乌鲁木齐市", "中央"):
            placed = place_name(name, doc_place, g)
            assert placed.jurisdiction == place
            assert display_name(placed.jurisdiction, placed.local) == name


@pytest.mark.parametrize("text, place", [
    # a body whose name opens with 民 or 政 right after its place: the place is still written whole
    ("金堂县民政局“三定”规定\n第二条 县民政局是县政府工作部门，为正科级。", "金堂县"),
    ("宁乡县民族宗教事务局主要职责\n县民族宗教事务局负责全县民族宗教工作。", "宁乡县"),
    ("关于设立宜春市政务服务中心的批复\n同意设立宜春市政务服务中心，为市政府直属事业单位。", "宜春市"),
    ("平江县政协办公室机构设置\n县政协办公室为县政协的办事机构。", "平江县"),
])
def test_place_before_a_name_opening_with_min_or_zheng(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    "平江县民众踊跃参与，县里新修了文化广场。",
    "宜春市政工程管理处负责道路维护。",
])
def test_a_word_after_the_place_is_no_place_of_the_text(text):
    # "县民众" and "市政工程" are words: the place written before them is not read from that spot
    from ingest.extractors import _place_candidates
    assert not any(p in ("平江县", "宜春市") for p in _place_candidates(text))


# fifteenth session (h15-near): the centre approving a local change ("国务院批准，撤销…地区", "经国务院批复同意") is
# the approver, not the subject; a province's chronicle of its prefectures citing it at every step stays the province's
@pytest.mark.parametrize("title, text, expected", [
    ("第三节 地区行署机构设置",
     "第三节 地区行署机构设置\n一、1980-1990年地区行署机构设置\n(一)概况\n1980年以前,江西省政府共设6个地区行政公署。\n1983年,江西省进行地区一级机构改革。7月1日,国务院批准,撤销九江地区,"
     "设立地级九江市。1992年5月,国务院批复,撤销吉安地区。2000年,经国务院批准,撤销赣州地区,设立地级赣州市。"
     "同年国务院批准撤销宜春地区。2003年国务院批复同意撤销抚州地区。", "江西省"),
    ("二、县级行政区划调整",
     "二、县级行政区划调整\n(一)撤县设市\n1.沿革\n改革开放后,河北省政府对县级区划作了调整。1986年3月,经国务院批准,撤销泊头县,设立泊头市。1989年8月,国务院批准撤销任丘县,"
     "设立任丘市。1990年,河北省又报请国务院审批,国务院批准撤销河间县,设立河间市。1993年,经国务院批复,撤销黄骅县。",
     "河北省"),
    ("第一章 建置",
     "第一章 建置\n第二节 区划\n一、市县\n1988年前后,浙江省行政区划有较大变动。经国务院批准,撤销余杭县,设立余杭市;国务院同意撤销萧山县,设立萧山市;"
     "国务院批复撤销临安县,设立临安市。以上均由浙江省直辖,杭州市代管。", "浙江省"),
])
def test_the_centre_approving_a_local_change_is_not_the_documents_place(title, text, expected):
    assert _place(text, title) == expected


@pytest.mark.parametrize("title, text", [
    ("国务院机构设置", "国务院设立办公厅和组成部门。国务院批准设立国家市场监督管理总局,为国务院直属机构。"
                       "国务院决定设立国家医疗保障局。国务院批准国家发展和改革委员会的主要职责。"),
])
def test_a_central_text_citing_approvals_stays_central(title, text):
    assert _place(text, title) == "中央"
