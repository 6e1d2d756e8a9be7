"""Duty moves as news reports them (fourteenth session): the move is what an act or a ceremony marks ("…，标志着由A承担的
X职能移交至B"), or its verb is written with an adverb of the news ("A的X职责正式划转至B"). Sentences written here."""

from __future__ import annotations

import pytest

from tests.test_constructions import events, facts_of


def _moves(text: str, place: str) -> list[tuple]:
    f = facts_of(text, place)
    return [(e.inputs[0].name if e.inputs else None, e.outputs[0].name, m.text)
            for e in f.events if e.type.value == "transfer_duty" for m in e.duties]


@pytest.mark.parametrize("text", [
    "3月2日，甲县召开职能划转交接会，县领导出席会议，标志着由甲县住建局承担的园林绿化管理职能移交至甲县城管局。",
    "会议的召开，标志着甲县住建局的园林绿化管理职能划转至甲县城管局。",
    "这标志着由甲县住建局承担的园林绿化管理职能正式移交甲县城管局。",
    "此举意味着甲县住建局的园林绿化管理职能划入甲县城管局。",
])
def test_a_move_an_act_marks(text: str) -> None:
    assert _moves(text, "甲县") == [("甲县住建局", "甲县城管局", "园林绿化管理职能")]


@pytest.mark.parametrize("text", [
    "乙市水务局的城市排水管理职责正式划转至乙市城管局。",
    "由乙市水务局承担的城市排水管理职责已正式移交给乙市城管局。",
    "乙市水务局的城市排水管理职责顺利移交乙市城管局。",
])
def test_a_move_written_with_an_adverb_of_the_news(text: str) -> None:
    assert _moves(text, "乙市") == [("乙市水务局", "乙市城管局", "城市排水管理职责")]


def test_a_ceremony_that_marks_nothing_moved_gives_no_move() -> None:
    text = "丙县召开机构改革动员大会，标志着丙县机构改革工作全面启动。"
    assert not [e for e in events(facts_of(text, "丙县")) if e[0] == "transfer_duty"]


_ABOUT_B = "中国机构编制网公布《国家甲乙局职能配置、内设机构和人员编制规定》，明确国家甲乙局为副部级。"


@pytest.mark.parametrize("move", [
    "通知将制定甲乙规划、监测甲乙目录等多项职责，划入国家甲乙局。",
    "通知将制定甲乙规划等职责划入国家甲乙局。",
    "将制定甲乙规划等职责交给国家甲乙局。",
])
def test_a_duty_moved_into_the_body_a_text_is_about_has_no_giver(move: str) -> None:
    got = [(g, r) for g, r, _ in _moves(_ABOUT_B + move, "中央")]
    assert got == [(None, "国家甲乙局")]


def test_a_duty_the_body_gives_away_still_names_it() -> None:
    got = _moves(_ABOUT_B + "将甲乙宣传职责划给国家丙丁局。", "中央")
    assert [(g, r) for g, r, _ in got] == [("国家甲乙局", "国家丙丁局")]


def test_a_duty_moved_into_the_body_with_its_giver_written_keeps_it() -> None:
    text = ("戊县卫生局主要职责内设机构和人员编制规定\n职能调整\n"
            "（一）将戊县药品监督管理局综合协调药品安全、组织查处药品安全事故的职责划入戊县卫生局。\n"
            "主要职责\n（一）负责全县卫生工作。\n")
    got = _moves(text, "戊县")
    assert [(g, r) for g, r, _ in got] == [("戊县药品监督管理局", "戊县卫生局")]


@pytest.mark.parametrize(("move", "receiver", "signs"), [
    ("将应急值守职责划给己市人民防空办公室（己市民防局、己市应急管理办公室）。", "己市人民防空办公室",
     ("己市民防局", "己市应急管理办公室")),
    ("将公务员管理职责划入己市人力资源和社会保障局（己市公务员局）。", "己市人力资源和社会保障局", ("己市公务员局",)),
])
def test_names_in_brackets_after_a_receiver_are_its_signs(move: str, receiver: str, signs: tuple) -> None:
    text = f"己市人民政府办公室主要职责内设机构和人员编制规定\n职责调整\n{move}\n主要职责\n（一）负责市政府会务工作。\n"
    f = facts_of(text, "己市")
    assert [(g, r) for g, r, _ in _moves(text, "己市")] == [("己市人民政府办公室", receiver)]
    assert any(u.unit.name == receiver and tuple(u.signs) == signs for u in f.units)
