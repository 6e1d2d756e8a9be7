"""A party body written short ("县委秘书处", "东湖区委组织部") takes the full form 中共…X the document writes only
when nothing but places stands between 中共 and the short form; a sentence ("中共某县委将县委秘书处改为…") is no
full form. Sentences made up in the genre."""
from __future__ import annotations

import pytest

from ingest.extractors import _Canon


@pytest.mark.parametrize("text, place, short, full", [
    ("中共南昌市东湖区委组织部印发通知。东湖区委组织部负责干部工作。", "东湖区", "东湖区委组织部", "中共南昌市东湖区委组织部"),
    ("中共江西省南昌市东湖区委组织部印发通知。东湖区委组织部负责干部工作。", "东湖区", "东湖区委组织部",
     "中共江西省南昌市东湖区委组织部"),
    ("中共某市某县委组织部印发通知。某县委组织部负责干部工作。", "某县", "某县委组织部", "中共某市某县委组织部"),
    ("中共甲市乙区委社会工作部揭牌。乙区委社会工作部为区委职能部门。", "乙区", "乙区委社会工作部", "中共甲市乙区委社会工作部"),
])
def test_full_form_with_places_between(text, place, short, full):
    assert _Canon(text, place).get(short) == full


@pytest.mark.parametrize("text, place, short", [
    ("1956年，中共丽水县委将县委秘书处改为县委办公室。", "丽水县", "县委秘书处"),
    ("中共宁乡县委决定，县委宣传部与县文化局合署办公。", "宁乡县", "县委宣传部"),
    ("中共平江县委研究同意县委政法委加挂县综治办牌子。", "平江县", "县委政法委"),
])
def test_a_sentence_between_is_no_full_form(text, place, short):
    assert not _Canon(text, place).get(short).startswith("中共")
