"""The duty asked about in 谁负责X, however staff phrase whose job it is
(``queries.ask.parsing.topic_of``):

* "X是哪个部门的活(儿)" — whose job X is;
* "X是哪个局发的 / 哪家批的 / 哪个部门审批的" — who issues or approves X (the verb after the
  question word goes with it; a verb before X stays in the topic: "谁审批建设项目");
* "<place>那边/这边X谁管" — the place's side;
* "X该找哪个衙门 / 归哪个厅管 / 哪个部负责" — colloquial and one-character organization words.

Questions written here in the genre; the county is the hand-made 样例县 (tests/test_ask_data.py).
"""

from __future__ import annotations

import pytest

from queries.ask import ask
from queries.ask.parsing import parse
from queries.ask.routing import route


@pytest.mark.parametrize(("question", "topic"), [
    ("森林防火是哪个部门的活？", "森林防火"),
    ("草原防火是哪个单位的活儿", "草原防火"),
    ("取水许可证是哪个局发的？", "取水许可证"),
    ("采矿许可是哪家批的", "采矿许可"),
    ("建设工程规划许可证由哪个部门审批的", "建设工程规划许可证"),
    ("执业医师证书是哪个部门颁发的？", "执业医师证书"),
    ("样例县那边森林防火谁管？", "森林防火"),
    ("样例县这边草原防火归哪个部门", "草原防火"),
    ("草原防火该找哪个衙门", "草原防火"),
    ("森林防火归哪个局管", "森林防火"),
    ("谁审批建设项目用地", "审批建设项目用地"),
    ("谁负责发放退休金", "发放退休金"),
    ("居民生活用水谁负责", "居民生活用水"),
    # pointing words inside the matter are no part of it
    ("网吧这些经营场所的消防谁管", "网吧经营场所的消防"),
    ("农家乐之类的食品安全归哪个部门", "农家乐的食品安全"),
    ("此类采砂许可由哪个局审批", "采砂许可"),
])
def test_the_topic(county, question: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    routed = route(parse(county, question))
    assert routed.intent.value == "who_handles", routed
    assert routed.topic == topic


@pytest.mark.parametrize("question", ["样例县森林防火是哪个部门的活？", "样例县那边森林防火归哪个局管", "样例县森林防火该找哪个衙门"])
def test_answered_like_the_plain_question(county, question: str) -> None:  # type: ignore[no-untyped-def]
    plain = ask(county, "样例县谁负责森林防火？")
    result = ask(county, question)
    assert plain["units"], plain["answer"]
    assert [u["id"] for u in result["units"]][:1] == [u["id"] for u in plain["units"]][:1], result["answer"]


# ---------------------------------------------------------------- "…谁负责？Y呢？": the same question of another duty


@pytest.mark.parametrize(("question", "parts"), [
    ("样例县森林防火谁负责？那草原防火呢？", ["样例县森林防火谁负责", "样例县草原防火谁负责"]),
    ("样例县森林防火由哪个部门管？草原防火呢", ["样例县森林防火由哪个部门管", "样例县草原防火由哪个部门管"]),
    ("样例县森林防火以前归谁？现在呢？", ["样例县森林防火以前归谁", "样例县森林防火现在归谁"]),  # a time: the same duty
    # not a 谁负责 question, so no duty: the follow-up names another unit, asked the same (askunknown12)
    ("自然资源部的前身是什么？国家林草局呢？", ["自然资源部的前身是什么", "国家林草局的前身是什么"]),
])
def test_a_follow_up_naming_another_duty(question: str, parts: list[str]) -> None:
    from queries.ask.parsing import split_compound

    assert split_compound(question) == parts


def test_the_follow_up_is_answered_in_the_same_place(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "样例县森林防火谁负责？草原防火呢？")
    assert len(result["parts"]) == 2, result["answer"]
    alone = ask(county, "样例县草原防火谁负责")
    assert [u["id"] for u in result["parts"][1]["units"]] == [u["id"] for u in alone["units"]], result["answer"]


# ---------------------------------------------------------------- building or running a kind of body is a duty


@pytest.mark.parametrize(("question", "topic"), [
    ("便民服务中心建设谁负责？", "便民服务中心建设"),
    ("样例县党群服务中心的运行归哪个部门管", "党群服务中心的运行"),
    ("乡镇综合文化站的规划布局由谁负责", "乡镇综合文化站的规划布局"),
])
def test_building_a_kind_of_body_is_a_duty(county, question: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    parsed = parse(county, question)
    assert parsed.unknown == [], parsed
    routed = route(parsed)
    assert routed.intent.value == "who_handles", routed
    assert routed.topic == topic


def test_a_body_nobody_knows_is_still_not_found(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "样例县党群服务中心归谁管？")
    assert result["units"] == [] and "没有找到" in result["answer"], result["answer"]


# ---------------------------------------------------------------- "X原来在A，现在哪个部门管"


@pytest.mark.parametrize(("question", "parts"), [
    ("样例县森林防火以前归林业局管，现在归谁？", ["样例县森林防火现在归谁"]),
    ("草原防火原来在农业部，现在哪个部门负责", ["草原防火现在哪个部门负责"]),
    ("市老年人体育协会原来由卫健委代管，那现在归哪个部门", ["市老年人体育协会现在归哪个部门"]),
    ("样例县森林防火以前归谁？现在呢？", ["样例县森林防火以前归谁", "样例县森林防火现在归谁"]),  # two questions stay two
])
def test_where_it_was_is_the_setting(question: str, parts: list[str]) -> None:
    from queries.ask.parsing import split_compound

    assert split_compound(question) == parts


def test_the_setting_question_is_answered_now(county) -> None:  # type: ignore[no-untyped-def]
    result = ask(county, "样例县草原防火原来在农业局，现在哪个部门管？")
    now = ask(county, "样例县草原防火现在哪个部门管？")
    assert now["units"], now["answer"]
    assert [u["id"] for u in result["units"]] == [u["id"] for u in now["units"]], result["answer"]
