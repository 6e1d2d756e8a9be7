"""Unit-name recognizer (common.find_names, names_in_list, as_name), tenth session: the wording of genres
the corpus has few of (县志 and 机构志, yearbook 机构 sections, 事业单位 profiles and budget pages, notices and
批复 with their addressees, 三定 of zones, party bodies, 群团, Traditional text). Sentences written for these
tests in the genres' wording; none is copied from a document."""

from __future__ import annotations

import pytest

from ingest.extractors.common import as_name, find_names, names_in_list
from kg.text import normalize_text


def surfaces(text: str) -> list[str]:
    text = normalize_text(text)
    return [text[s:e] for s, e, _ in find_names(text)]


def names(text: str) -> list[str]:
    return [n for _, _, n in find_names(normalize_text(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("记者从湖州市民政局获悉，新方案已印发。", ["湖州市民政局"]),
    ("下属单位有县档案馆、县史志办公室。", ["县档案馆", "县史志办公室"]),
    ("请于5日内到县人社局办理手续。", ["县人社局"]),
    ("奉西南军政委员会令，各县照此办理。", ["西南军政委员会"]),
    ("经报请市直机关工委批准，成立机关党委。", ["市直机关工委"]),
    ("当年县政府组织临安县妇女救济总队，开展互助。", ["临安县妇女救济总队"]),
])
def test_a_verb_glued_before_a_placed_body_is_left_out(text, expected):
    assert names(text) == expected


def test_two_bodies_joined_by_a_verb_stay_two():
    assert names("县妇联受县委统战部委托开展调查。") == ["县妇联", "县委统战部"]


@pytest.mark.parametrize("text", ["县农机站列县委工作机关序列。", "此事呈报市政府审定。"])
def test_a_verb_before_a_bare_level_body_gives_no_name(text):
    assert not any(s.startswith(("列", "呈报")) for s in surfaces(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("滨州市人民政府办公厅印发《实施方案》。", "滨州市人民政府办公厅"),
    ("淄川区政府办公室《关于调整议事协调机构的通知》", "淄川区政府办公室"),
    ("县民政局要认真做好地名普查工作。", "县民政局"),
    ("县政府党组成员列席会议。", "县政府党组"),
    ("社区居委会开展入户走访。", None),
])
def test_what_follows_a_body_in_notices_ends_it(text, expected):
    found = names(text)
    if expected is None:
        assert "社区居委" not in found
    else:
        assert found[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("民国三十年，妇女队改称妇女会。", ["妇女队", "妇女会"]),
    ("1975年，县革命妇女委员会复称县妇联。", ["县革命妇女委员会", "县妇联"]),
    ("两办合署，改称县委县政府督查室。", ["县委县政府督查室"]),
    ("县纪委监委派出城南街道监察专员办公室。", ["县纪委监委", "城南街道监察专员办公室"]),
    ("2019年宣传股从党政办分离。", ["宣传股", "党政办"]),
])
def test_a_rename_or_a_body_sent_out_gives_both_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3.法规科。负责规范性文件审查。", "法规科"),
    ("12.政治安全科。负责维护政治安全。", "政治安全科"),
])
def test_an_item_number_opens_a_name(text, expected):
    assert names(text)[0] == expected


def test_a_body_setting_up_its_own_divisions():
    assert names("县文旅局设文物股和艺术股。") == ["县文旅局", "文物股", "艺术股"]


@pytest.mark.parametrize("text", ["（县政办发〔2023〕12号）", "依据市编办发〔2019〕3号文件"])
def test_the_code_of_a_document_number_is_no_body(text):
    assert not any(s in ("县政办", "市编办") for s in surfaces(text))


@pytest.mark.parametrize("text", ["市委各部委，市政府各部门，各人民团体：", "市属各开发区党工委、管委会："])
def test_a_class_written_with_ge_is_no_name(text):
    assert names(text) == []


def test_a_relation_inside_a_string_ends_the_name():
    assert names("经开区党工委组织关系隶属市委管理。") == ["经开区党工委"]


@pytest.mark.parametrize("text", ["同意调整三县部分行政区划。", "同意变更该市部分行政区划。"])
def test_part_of_a_phrase_is_no_branch(text):
    assert not any(s.endswith("部分行") for s in surfaces(text))


def test_a_name_never_runs_over_a_comma():
    assert names("县档案馆和设在县委办公室的县委党史研究室合署。") == ["县档案馆", "县委办公室", "县委党史研究室"]


def test_a_street_is_no_end_of_a_name_written_before_a_verb():
    assert names("区监察委员会派出花园街道监察专员办公室揭牌。")[-1] == "花园街道监察专员办公室"


@pytest.mark.parametrize(("text", "expected"), [
    ("省、州社会治安综合治理委员会办公室", ["省社会治安综合治理委员会办公室", "州社会治安综合治理委员会办公室"]),
    ("东城、西城、南城镇人民政府", ["东城镇人民政府", "西城镇人民政府", "南城镇人民政府"]),
    ("湖北、湖南省人民政府", ["湖北省人民政府", "湖南省人民政府"]),
    ("财政、税务两局", ["财政局", "税务局"]),
    ("又恢复了东山、西山两个区工作委员会", ["东山区工作委员会", "西山区工作委员会"]),
])
def test_items_sharing_a_place_or_a_head(text, expected):
    assert names_in_list(text) == expected


def test_a_host_setting_up_divisions_is_left_to_the_division_readers():
    assert names_in_list("县市场监管局设立综合、政策法规、审批三个科室") == []


@pytest.mark.parametrize("name", [
    "统一战线工作部", "直属机关党委", "市委直属机关党委", "县直机关工委", "行政审批服务科", "行政执法大队",
    "党政办", "潍坊军分区", "市委讲师团",
])
def test_names_of_these_genres_are_names(name):
    assert as_name(name) == name


@pytest.mark.parametrize("text", ["机关党委", "县直单位", "行政机构", "派驻纪检组", "统一领导小组"])
def test_classes_stay_classes(text):
    assert as_name(text) is None


def test_traditional_text_reads_the_same():
    assert names("1977年人事股撤銷，其工作併入黨政辦。") == ["人事股", "党政办"]
