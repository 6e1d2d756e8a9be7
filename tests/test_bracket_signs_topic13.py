"""A bracketed sign note after a renamed or formed body ("A更名为X（挂B牌子），并由K1调整为K2") does not
hide X as the body of the subjectless clauses after it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_constructions import events, facts_of, units


# 镇属/县属事业单位 is read as kind 事业单位 under the government (所属, fourteenth session, units14); a kind naming its
# organ (县政府直属事业单位, 县委直属事业单位) is kept as worded
@pytest.mark.parametrize(("place", "text", "body", "kind", "parent"), [
    ("某县", "县行政服务中心更名为县政务服务中心（加挂县公共资源交易中心牌子），并由县政府办公室内设机构调整为县政府直属事业单位。",
     "县政务服务中心", "县政府直属事业单位", None),
    ("某镇", "调整后，原便民服务中心更名为综合服务中心（挂市行政服务中心某镇分中心、市公共资源交易中心某镇分中心牌子），"
     "并由镇内设机构调整为镇属事业单位。", "综合服务中心", "事业单位", "镇人民政府"),
    ("某县", "组建县融媒体中心（挂县广播电视台牌子），由县委宣传部内设机构调整为县委直属事业单位。",
     "县融媒体中心", "县委直属事业单位", None),
    ("某县", "县行政服务中心更名为县政务服务中心（增挂县12345热线办公室牌子），同时由县政府办公室内设机构调整为县政府直属事业单位。",
     "县政务服务中心", "县政府直属事业单位", None),
])
def test_kind_change_after_a_bracketed_sign_note_is_the_named_body(place, text, body, kind, parent) -> None:
    f = facts_of(text, place)
    assert ("change_kind", (body,), (body,), None) in events(f)
    assert units(f)[body][0] == kind and units(f)[body][2] == parent
    assert all(e[0] != "change_kind" or e[1] == (body,) for e in events(f))  # never the old name nor a sign


def test_two_bodies_formed_in_one_clause_leave_no_subject() -> None:
    # two bodies formed: which one the subjectless clause is about is not said
    f = facts_of("组建县融媒体中心（挂县广播电视台牌子）和县档案馆，由县委宣传部内设机构调整为县委直属事业单位。", "某县")
    assert not [e for e in events(f) if e[0] == "change_kind"]


def test_a_bracket_that_is_no_sign_note_still_blocks() -> None:
    # a bracket naming another body (not a sign note) keeps two names: no topic is guessed
    f = facts_of("县行政服务中心更名为县政务服务中心（县公共资源交易中心），并由县政府办公室内设机构调整为县政府直属事业单位。", "某县")
    ck = [e for e in events(f) if e[0] == "change_kind"]
    assert all(e[1] != ("县公共资源交易中心",) for e in ck)


def test_a_later_abolition_after_a_bracketed_sign_note_is_the_renamed_body() -> None:
    f = facts_of("市行政审批服务局更名为市数据和政务服务局（加挂市大数据中心牌子），并于2020年撤销。", "某市")
    assert ("abolish", ("市数据和政务服务局",), (), "2020") in events(f)
    assert not [e for e in events(f) if e[0] == "abolish" and e[1] != ("市数据和政务服务局",)]
