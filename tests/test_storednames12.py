"""Twelfth session: stored names (docs/extraction.md "Twelfth session: stored names").

Sentences written for these tests in the genre of 三定 regulations and chronicles.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ingest.extractors.common import find_names, is_unit_name, name_at_end, split_names
from kg.text import normalize_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from make_short_stems import JOINT_HOSTS  # noqa: E402
from name_audit import defects  # noqa: E402


# --- a purpose clause's verb before the body it is about: the verb is not part of the name
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("第一条 为了规范长沙县财政局", "长沙县财政局"),
        ("第一条 为规范乌鲁木齐市统计局", "乌鲁木齐市统计局"),
        ("为进一步规范延吉市生态环境局", "延吉市生态环境局"),
        ("为了完善长沙县水利局", "长沙县水利局"),
        ("为理顺临沂市商务局", "临沂市商务局"),
        ("为健全某市住房和城乡建设局", "某市住房和城乡建设局"),
        ("为了强化宜宾市应急管理局", "宜宾市应急管理局"),
        ("为履行法定职责，依法规范宜宾市人民政府", "宜宾市人民政府"),
    ],
)
def test_purpose_verb_stays_outside_the_name(text: str, name: str) -> None:
    assert name_at_end(text) == name


def test_purpose_verb_in_a_sentence_and_traditional() -> None:
    text = normalize_text("第一條 為了規範宜賓市交通運輸局職能配置、內設機構和人員編制，制定本規定。")
    assert [n for _, _, n in find_names(text)][0] == "宜宾市交通运输局"
    text = "为做好某县医疗保障局（以下简称县医保局）机构编制工作"
    assert [n for _, _, n in find_names(text)][0] == "某县医疗保障局"


@pytest.mark.parametrize("name", ["规范长沙县财政局", "完善县水利局", "理顺市商务局", "健全市民政局", "提高县统计局",
                                  "依法规范县人民政府", "依法规范市政府办公室"])
def test_purpose_verb_opens_no_name(name: str) -> None:
    assert not is_unit_name(name)


def test_a_name_opening_with_the_word_itself_stays() -> None:
    assert name_at_end("规范化建设办公室") == "规范化建设办公室"
    assert is_unit_name("某县规范化建设办公室")


# --- two names run together: the whole opening written again after a unit's suffix
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("中央人民政府情报总署中央人民政府新闻总署", ["中央人民政府情报总署", "中央人民政府新闻总署"]),
        ("中华人民共和国商业部中华人民共和国粮食部", ["中华人民共和国商业部", "中华人民共和国粮食部"]),
        ("临沂市财政局临沂市税务局", ["临沂市财政局", "临沂市税务局"]),
        ("长沙县民政局、长沙县水利局长沙县林业局", ["长沙县民政局", "长沙县水利局", "长沙县林业局"]),
    ],
)
def test_names_run_together_are_read_apart(text: str, names: list[str]) -> None:
    assert not is_unit_name(text.split("、")[-1])
    assert split_names(text) == names


@pytest.mark.parametrize(
    "name",
    ["长沙县长沙县财政局", "国家林业和草原局国家公园管理办公室", "临沂市财政局临沂分局", "中央人民政府政务院"],
)
def test_an_opening_written_once_or_doubled_stays_one_name(name: str) -> None:
    assert is_unit_name(name)
    assert split_names(name) == [name]


# --- the short-stem table leaves out joint bodies of two hosts
@pytest.mark.parametrize(
    ("stem", "joint"),
    [
        ("中共某市委、某市人民政府信访办公室", True),
        ("委市政府信访办公室", True),
        ("委县人民政府督查室", True),
        ("委网络安全和信息化委员会办公室", False),
        ("人力资源和社会保障局", False),
    ],
)
def test_joint_hosts_left_out_of_short_stems(stem: str, joint: bool) -> None:
    assert bool(JOINT_HOSTS.search(stem)) is joint


# --- the audit's defect classes
@pytest.mark.parametrize(
    ("name", "sentence", "defect"),
    [
        ("县委编办", "", "short"),
        ("市发改委", "", "short"),
        ("县民政局、县财政局", "", "joined"),
        ("县文化局和县体育局", "", "joined"),
        ("规范某市自然资源局", "", "verb"),
        ("某市规范某市自然资源局", "", "place"),
        ("县有关部门", "", "class"),
        ("县财政局", "县财政局长出席会议", "cut"),
    ],
)
def test_audit_defects(name: str, sentence: str, defect: str) -> None:
    assert defect in defects(name, sentence)


@pytest.mark.parametrize("name", ["县财政局", "人力资源和社会保障局", "住房和城乡建设厅", "中央人民政府政务院"])
def test_audit_passes_names(name: str) -> None:
    assert defects(name, f"{name}负责全县有关工作。") == []
