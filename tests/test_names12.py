"""Twelfth session: names glued to an event verb (tests/gold misses of the name measure,
scripts/name_recall.py). Sentences written for these tests, in the genre."""

import pytest

from ingest.extractors.common import find_names, is_unit_name
from kg.text import normalize_text


def names(text: str) -> list[str]:
    return [n for _s, _e, n in find_names(normalize_text(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # a sign hung on a body: "X挂Y牌子", "X挂Y和Z牌子", "X不再挂Y牌子", Traditional
    ("县自然资源局挂县林业局牌子。", ["县自然资源局", "县林业局"]),
    ("市卫生健康委员会挂市中医药管理局和市老龄工作委员会办公室牌子。",
     ["市卫生健康委员会", "市中医药管理局", "市老龄工作委员会办公室"]),
    ("區文化和旅遊局不再掛區文物局牌子。", ["区文化和旅游局", "区文物局"]),
    ("内设综合科（挂审批科牌子）。", ["综合科", "审批科"]),
    # duties handed from one body to another: 划给 / 划入 / 划转
    ("将监督检查职责由市商务局划给市市场监督管理局；", ["市商务局", "市市场监督管理局"]),
    ("把县粮食局划入县发展和改革局。", ["县粮食局", "县发展和改革局"]),
    ("其档案由区档案局划转区档案馆。", ["区档案局", "区档案馆"]),
    # a reason between two bodies: "X因与Y…"
    ("县监察局因与县纪委合署办公，不单列。", ["县监察局", "县纪委"]),
    # a verb written straight before the name: 重组 / 撤并 / 复名 / 包含原
    ("整合重组高新区管委会，", ["高新区管委会"]),
    ("撤并农机局、乡企局等机构。", ["农机局", "乡企局"]),
    ("1981年，复名为县档案馆。", ["县档案馆"]),
    ("新组建的市经济和信息化局，包含原市经济委员会、市信息产业局的职责。",
     ["市经济和信息化局", "市经济委员会", "市信息产业局"]),
    # a chronicle's founding verb: 始建 / 复建 / 创办 / 兴办 / 筹建 (始建于 after a name stays its follower)
    ("1958年，始建县档案馆。", ["县档案馆"]),
    ("1980年12月，复建县档案局，与县档案馆合署办公。", ["县档案局", "县档案馆"]),
    ("同年创办县农业技术学校。", ["县农业技术学校"]),
    ("兴办县农业科学研究所，筹建县文化馆。", ["县农业科学研究所", "县文化馆"]),
    ("县文化馆始建于1953年。", ["县文化馆"]),
    # 合署 is never inside a name: "局、馆合署办公" names no 馆合署办
    ("局、馆合署办公，共5人。", []),
])
def test_event_verb_is_never_inside_a_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("name", ["县国有企业改革重组办公室", "省国土空间规划局", "市规划和自然资源局"])
def test_names_holding_the_characters_stay_names(name):
    assert is_unit_name(name)
