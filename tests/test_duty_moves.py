"""Duty moves of reform sentences (ingest/extractors/reform.py): which duty went from which
unit to which unit. Every sentence here is written for the test, in the genre's wording."""

from __future__ import annotations

import pytest

from ingest.extractors.reform import parse_sources
from kg.model import EventType
from tests.test_extractors import run


def moves(text: str, title: str = "", place: str = "某县") -> set[tuple]:
    facts = run(text, title=title, jurisdiction=place)
    return {(d.source.name if d.source else None, d.text) for e in facts.events for d in e.duties
            if not d.whole or e.type == EventType.TRANSFER_DUTY}


def establish_inputs(text: str, place: str = "某县") -> list[tuple]:
    facts = run(text, jurisdiction=place)
    return [(tuple(m.name for m in e.inputs), tuple(m.name for m in e.outputs))
            for e in facts.events if e.type == EventType.ESTABLISH]


@pytest.mark.parametrize(("text", "inputs", "expected"), [
    ("将县委农村工作办公室（县政府农村工作办公室）和县农业委员会（县林业局、县畜牧局）的职责，以及县水利局的"
     "农田水利建设项目管理职责整合，组建县农业农村局，作为县政府工作部门。",
     ("县委农村工作办公室", "县农业委员会", "县水利局"), {("县水利局", "农田水利建设项目管理职责")}),
    ("将县文化局（县文物局）的职责、县旅游局的旅游推广职责整合，组建县文化和旅游局。",
     ("县文化局", "县旅游局"), {("县旅游局", "旅游推广职责")}),
])
def test_a_giver_written_with_its_signs_in_brackets(text: str, inputs: tuple, expected: set) -> None:
    """"A（B）和C（D、E）的职责": the bracketed signs are no givers and a 、 inside them starts none."""
    assert establish_inputs(text) == [(inputs, ("县农业农村局",) if "农业农村" in text else ("县文化和旅游局",))]
    assert moves(text) == expected


@pytest.mark.parametrize("holder", ["受委托承担的", "所承担的", "具体承担的", "承担的"])
def test_a_giver_with_the_verb_it_held_the_duty_by(holder: str) -> None:
    text = (f"将县市场监督管理局的职责，县商务局{holder}反垄断相关职责，县物价局的价格监督检查职责等整合，"
            "组建县市场监督管理局。")
    assert ("县商务局", "反垄断相关职责") in moves(text)
    assert ("县物价局", "价格监督检查职责") in moves(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("整合县农业局的职责，县发展和改革局的农业投资、县财政局的农业综合开发，县水利局的农田水利建设等管理职责组建"
     "县农业农村局，为县政府工作部门。",
     {("县发展和改革局", "农业投资"), ("县财政局", "农业综合开发"), ("县水利局", "农田水利建设等管理职责")}),
    ("根据方案，整合县文化局的职责、县旅游局的旅游推广职责，组建县文化和旅游局。", {("县旅游局", "旅游推广职责")}),
    ("整合县卫生局的职责、县人口和计划生育局的职责，组建县卫生和计划生育局。", set()),
])
def test_integrate_first_then_form(text: str, expected: set) -> None:
    """"整合A的职责，B的X、C的Y等管理职责组建Z" (no "，" before the verb) and "整合A、B的职责，组建Z。"
    (the sentence's 。 closing the clause)."""
    assert moves(text) == expected
    assert establish_inputs(text), "the body is formed with its givers"
    assert all(ins for ins, _ in establish_inputs(text))


@pytest.mark.parametrize("verb", ["整合组建而成", "整合而成", "进行整合组建而成"])
def test_a_body_that_took_the_duties_and_was_formed_of_them(verb: str) -> None:
    text = (f"新组建的县农业农村局将原县农业局的职责，以及县水利局的农田水利建设项目管理职责，县财政局的农业综合开发"
            f"项目管理职责等{verb}，作为县政府工作部门。")
    assert moves(text) == {("县水利局", "农田水利建设项目管理职责"), ("县财政局", "农业综合开发项目管理职责")}
    assert establish_inputs(text) == [(("县农业局", "县水利局", "县财政局"), ("县农业农村局",))]


def test_givers_listed_over_commas_and_closed_by_deng() -> None:
    """"以及原A，B，原C等部门的X职责": bare names between "，" are items of the list the 等 closes."""
    sources = parse_sources("县林业局的职责，以及原县国土资源局，县住房和城乡建设局，原县环境保护局等部门的自然保护区、"
                            "风景名胜区管理职责等")
    assert sources == [(["县林业局"], None, None),
                       (["县国土资源局", "县住房和城乡建设局", "县环境保护局"], "自然保护区、风景名胜区管理职责", None)]
    # whole bodies listed over "，" with no duty after them stay whole
    assert parse_sources("县委农办，县农业局、县畜牧局") == [(["县委农办"], None, None), (["县农业局", "县畜牧局"], None, None)]
    # a list without 等 keeps its whole givers
    assert parse_sources("县林业局，县水利局的水资源调查职责")[0] == (["县林业局"], None, None)


@pytest.mark.parametrize("cls", ["相关机构", "有关部门", "其他单位"])
def test_a_class_of_bodies_names_no_giver(cls: str) -> None:
    """"B的X职责，相关机构的Y职责": Y has no named giver (never B's)."""
    text = f"将县畜牧兽医局的畜牧业管理职责，{cls}的农垦管理职责，县水利局的农田水利建设职责整合，组建县农业农村局。"
    assert moves(text) == {("县畜牧兽医局", "畜牧业管理职责"), (None, "农垦管理职责"), ("县水利局", "农田水利建设职责")}


@pytest.mark.parametrize(("text", "expected"), [
    ("将县林业局的职责划入县自然资源局。", {("县林业局", "职责")}),
    ("将县档案局的职责划入县委办公室，不再保留县档案局。", {("县档案局", "职责")}),
    ("将县林业局的职能划给县自然资源局。", {("县林业局", "职能")}),
    ("将县城市管理局的职能并入县住房和城乡建设局。", {("县城市管理局", "职能")}),
    ("将县交通局拟定公路发展规划的行政职责划入县交通运输局。", {("县交通局", "拟定公路发展规划的行政职责")}),
])
def test_one_reading_of_a_duty_handed_over(text: str, expected: set) -> None:
    """"将A的职责划入B": one move from A (the whole duty, written 职责 or 职能 as the text says), never a
    second one without a giver whose phrase is "A的职责"."""
    assert moves(text, title="某县机构改革方案") == expected


def test_a_transfer_stated_again_is_one_move() -> None:
    text = ("将县林业局的职责划入县自然资源局。\n"
            "会上宣读了改革方案：县林业局的职责划入县自然资源局，县自然资源局加挂县林业局牌子。")
    facts = run(text, title="某县机构改革", jurisdiction="某县")
    transfers = [e for e in facts.events if e.type == EventType.TRANSFER_DUTY]
    assert len(transfers) == 1
    # a different duty between the same units is another move
    text2 = "将县林业局的森林防火职责划入县应急管理局。\n将县林业局的林业有害生物防治职责划入县应急管理局。"
    assert len([e for e in run(text2, jurisdiction="某县").events if e.type == EventType.TRANSFER_DUTY]) == 2


@pytest.mark.parametrize(("text", "receiver", "duty"), [
    ("将城市客运管理职责移交县交通运输局承担。", "县交通运输局", "城市客运管理职责"),
    ("将城区地下水取水许可先期审核职责移交县水务局。", "县水务局", "城区地下水取水许可先期审核职责"),
    ("将城市道路交通设施（标志、标线、护栏）的建设、维护职责划给县公安局交警大队负责。", "县公安局交警大队",
     "城市道路交通设施（标志、标线、护栏）的建设、维护职责"),
])
def test_a_duty_handed_over_with_no_giver_named(text: str, receiver: str, duty: str) -> None:
    """"将X职责移交B(承担)": the phrase after 将 is the duty; no giver is written (`from` null)."""
    facts = run(text, title="某县住房和城乡建设局职能调整", jurisdiction="某县")
    got = [(tuple(m.name for m in e.outputs), [(d.source.name if d.source else None, d.text) for d in e.duties])
           for e in facts.events if e.type == EventType.TRANSFER_DUTY]
    assert ((receiver,), [(None, duty)]) in got


@pytest.mark.parametrize("text", ["将有关职责移交县民政局承担。", "将职责移交县民政局承担。"])
def test_a_phrase_pointing_elsewhere_is_no_duty_of_its_own(text: str) -> None:
    """"将有关职责移交B": the phrase names no duty of its own."""
    assert moves(text, title="某县住房和城乡建设局职能调整") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("森林防火职责由县林业局划转至县应急管理局。", ("县林业局", "县应急管理局", "森林防火职责")),
    ("救灾职责由县民政局划归县应急管理局承担。", ("县民政局", "县应急管理局", "救灾职责")),
    ("经研究，农药监管职责由县农业农村局移交县市场监督管理局。", ("县农业农村局", "县市场监督管理局", "农药监管职责")),
])
def test_a_duty_moved_from_a_giver_to_a_receiver_written_duty_first(text: str, expected: tuple) -> None:
    """"X职责由A划转至/划归/移交B" (no 将): X moves from A to B."""
    giver, receiver, duty = expected
    facts = run(text, jurisdiction="某县")
    got = {(tuple(m.name for m in e.inputs), tuple(m.name for m in e.outputs)) for e in facts.events
           if e.type == EventType.TRANSFER_DUTY}
    assert got == {((giver,), (receiver,))}
    assert moves(text) == {(giver, duty)}


@pytest.mark.parametrize(("text", "expected"), [
    ("县应急管理局承担原县民政局的救灾职责。", {("县民政局", "救灾职责")}),
    ("县自然资源局统一行使原县国土资源局职责，以及县水利局的水资源调查职责，县林业局的森林资源调查职责。",
     {("县国土资源局", "职责"), ("县水利局", "水资源调查职责"), ("县林业局", "森林资源调查职责")}),
    ("县医疗保障局还履行原县人力资源和社会保障局的生育保险职责。", {("县人力资源和社会保障局", "生育保险职责")}),
])
def test_a_receiver_named_before_the_former_holders(text: str, expected: set) -> None:
    """"B承担/(统一)行使/履行原A的X职责(，以及C的Y职责…)": B takes on X from A (原 marks the holder)."""
    assert moves(text) == expected


def test_a_receiver_formed_in_the_sentence_gets_the_givers() -> None:
    text = "新组建的县自然资源局统一行使原县国土资源局职责，以及县水利局的水资源调查职责，作为县政府工作部门。"
    assert (("县国土资源局", "县水利局"), ("县自然资源局",)) in establish_inputs(text)
    assert moves(text) == {("县水利局", "水资源调查职责")}


@pytest.mark.parametrize("text", [
    "县民政局不再承担救灾职责。",
    "县农业农村局承担县委农村工作领导小组的日常工作。",
    "县应急管理局负责全县应急管理工作，承担安全生产综合监管职责。",
    "承担被划转职责的相应编制和人员原则上一并随职责划转。",
    "如果部门间划出和划入的职责大体相当，其相应的编制和人员互不划转。",
])
def test_sentences_that_move_no_named_duty(text: str) -> None:
    """Negative cases: a duty given up without a receiver, a committee's work (read as 具体/日常工作 only with
    its own constructions), a standing duty, rules about posts that follow moved duties."""
    assert not {m for m in moves(text) if m[1] not in ("日常工作", "具体工作")}


@pytest.mark.parametrize(("text", "expected"), [
    ("县安监局职责、县民政局救灾职责",
     [(["县安监局"], None, None), (["县民政局"], "救灾职责", None)]),
    ("市发改委组织编制主体功能区规划职责、市水利局水资源调查和确权登记管理职责",
     [(["市发改委"], "组织编制主体功能区规划职责", None), (["市水利局"], "水资源调查和确权登记管理职责", None)]),
    ("县发展和改革局组织编制主体功能区规划职责，县住房和城乡建设局的城乡规划管理职责",
     [(["县发展和改革局"], "组织编制主体功能区规划职责", None), (["县住房和城乡建设局"], "城乡规划管理职责", None)]),
    # one giver's list of duties stays one phrase; a word that is no body starts no giver
    ("县民政局的救灾、优抚职责", [(["县民政局"], "救灾、优抚职责", None)]),
    ("县民政局的救灾职责、县级救灾物资储备职责", [(["县民政局"], "救灾职责、县级救灾物资储备职责", None)]),
    # 以及/和/及/与 between givers
    ("县民政局的救灾职责和县水利局的水旱灾害防治职责",
     [(["县民政局"], "救灾职责", None), (["县水利局"], "水旱灾害防治职责", None)]),
    ("县经济和信息化局的中小企业发展职责与县商务局的招商引资职责",
     [(["县经济和信息化局"], "中小企业发展职责", None), (["县商务局"], "招商引资职责", None)]),
    ("县安监局的职责以及县民政局的救灾职责", [(["县安监局"], None, None), (["县民政局"], "救灾职责", None)]),
])
def test_duty_phrase_boundaries(text: str, expected: list) -> None:
    """"A的X、Y职责" is one phrase of A; "A的X职责、B的Y职责" and "A X职责、B Y职责" (no 的: a placed body
    right before its phrase) are two givers."""
    assert parse_sources(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("县民政局和县水利局的有关职责", [(["县民政局", "县水利局"], "有关职责", None)]),
    ("县民政局、县水利局相关职责", [(["县民政局", "县水利局"], "相关职责", None)]),
    ("县规划局的全部职责", [(["县规划局"], None, None)]),
])
def test_some_duties_are_a_phrase_all_duties_are_whole(text: str, expected: list) -> None:
    """"A的有关职责/相关职责" names some of A's duties (a phrase, as "A有关职责" already was); "A的(全部)职责" all."""
    assert parse_sources(text) == expected


def test_duties_gathered_and_handed_to_one_body() -> None:
    """"将X、Y等执法职责整合，统一交由B承担": the gathered duties move to B, no giver written."""
    text = "将分散的道路运政、水路运政、港口行政等执法职责整合，统一交由县交通运输综合行政执法大队承担。"
    facts = run(text, jurisdiction="某县")
    got = [(tuple(m.name for m in e.outputs), [(d.source.name if d.source else None, d.text) for d in e.duties])
           for e in facts.events if e.type == EventType.TRANSFER_DUTY]
    assert got == [(("县交通运输综合行政执法大队",), [(None, "分散的道路运政、水路运政、港口行政等执法职责")])]


@pytest.mark.parametrize(("text", "expected"), [
    ("组建县城乡交通运输委员会，整合县交通运输局全部职责、县市政公用事业局城市道路建设管理职责、县经济和信息化局"
     "涉及交通运输的相关职责，不再保留县交通运输局。",
     {("县市政公用事业局", "城市道路建设管理职责"), ("县经济和信息化局", "涉及交通运输的相关职责")}),
    ("组建县城乡交通运输委员会，同时整合县交通局的职责、县公路局的公路养护职责。", {("县公路局", "公路养护职责")}),
])
def test_a_body_formed_then_fed_in_the_next_clause(text: str, expected: set) -> None:
    """"组建X，整合A全部职责、B Y职责…": the clause after the new body lists its givers (as "，承担…" does);
    "A全部职责" is all of A."""
    assert moves(text) == expected
    (inputs, outputs), = establish_inputs(text)
    assert outputs == ("县城乡交通运输委员会",) and len(inputs) == 3 - ("同时" in text)


@pytest.mark.parametrize(("text", "title", "receiver", "expected"), [
    ("一、划入的职责：划入原县交通局、原县公路局的职责；划入原县城市管理局的市政道路、桥梁的维护职责。",
     "某县交通运输局主要职责内设机构和人员编制规定", "某县交通运输局",
     {("县交通局", "职责"), ("县公路局", "职责"), ("县城市管理局", "市政道路、桥梁的维护职责")}),
    ("新组建的县市场监督管理局由原县工商局、原县质监局整合而成，同时划入原县物价局、县商务局部分职能。", "",
     "县市场监督管理局", {("县物价局", "部分职能"), ("县商务局", "部分职能")}),
])
def test_duties_taken_in_by_a_clause_opening_with_huaru(text: str, title: str, receiver: str, expected: set) -> None:
    """"划入原A、原B的职责；划入原C的X职责" (a 三定's 职责调整: the receiver its own unit) / "新组建的X由…整合
    而成，同时划入原C、D部分职能" (the receiver the body the sentence opens with); 部分 is no 部."""
    facts = run(text, title=title, jurisdiction="某县")
    transfers = [e for e in facts.events if e.type == EventType.TRANSFER_DUTY]
    assert transfers and {m.name for e in transfers for m in e.outputs} == {receiver}
    assert {(d.source.name, d.text) for e in transfers for d in e.duties} == expected


def test_huaru_without_givers_moves_nothing() -> None:
    assert moves("划入后由县民政局统一管理。") == set()
    assert moves("县应急管理局成立后，划入人员编制12名。") == set()


def test_a_subjectless_clause_takes_on_duties_for_the_body_described_before_it() -> None:
    """"X作为县政府工作部门，统一行使原A职责，以及B的Y职责": the clause's receiver is the body the sentence
    describes; X announced as formed in the document gets an `establish` with the givers."""
    text = ("3月20日，县自然资源局正式揭牌成立。据悉，县自然资源局作为县人民政府的工作部门，统一行使原县国土资源局职责，"
            "以及县发展和改革局组织编制主体功能区规划职责，县水利局的水资源调查职责。")
    assert moves(text) == {("县发展和改革局", "组织编制主体功能区规划职责"), ("县水利局", "水资源调查职责")}
    assert (("县国土资源局", "县发展和改革局", "县水利局"), ("县自然资源局",)) in establish_inputs(text)
    # no description before the clause: no receiver
    assert moves("会议指出，统一行使原县国土资源局职责，以及县水利局的水资源调查职责。") == set()


def test_a_class_of_bodies_after_a_comma_of_enumeration() -> None:
    """"A的X职责、相关机构的Y、Z等职责": the class opens a phrase of its own, with no giver."""
    assert parse_sources("县卫生计生局的职责、县安全生产监督管理局的职业安全健康监督管理职责、相关机构的医药卫生体制改革工作、"
                         "老龄工作等职责") == [
        (["县卫生计生局"], None, None), (["县安全生产监督管理局"], "职业安全健康监督管理职责", None),
        ([], "医药卫生体制改革工作、老龄工作等职责", None)]


@pytest.mark.parametrize("whole", ["机构和职责", "机构及职能", "职责和机构"])
def test_bodies_and_duties_are_all_of_a_giver(whole: str) -> None:
    """"整合了原A、B的机构和职责": all of A and B, no phrase."""
    text = f"新成立的县卫生和计划生育局为县政府工作部门，主要整合了原县卫生局、县人口和计划生育局的{whole}。"
    assert moves(text) == set()
    assert parse_sources(f"县卫生局、县人口和计划生育局的{whole}") == [(["县卫生局", "县人口和计划生育局"], None, None)]


@pytest.mark.parametrize("joiner", ["，", "，以及", "、"])
def test_several_givers_handed_to_one_receiver_give_one_move_each(joiner: str) -> None:
    """"将A的职责，B的X职责，C的Y职责划入D" in a 三定: one move per giver, and never a move of A whose phrase
    runs over the other givers ("职责，B的X职责，…", read by a family that takes all after 将 as A's)."""
    text = ("县应急管理局是县人民政府工作部门，为正科级。\n"
            f"将县安全生产监督管理局的职责{joiner}县人民政府办公室的应急管理职责，县民政局的救灾职责划入县应急管理局。")
    got = moves(text, title="某县应急管理局职能配置、内设机构和人员编制规定")
    assert got == {("县安全生产监督管理局", "职责"), ("县人民政府办公室", "应急管理职责"), ("县民政局", "救灾职责")}


def test_a_vague_restatement_adds_no_move_beside_the_named_phrases() -> None:
    """A report that restates the plan ("新组建的X整合了A、B的相关职责") after naming A's and B's phrases: the
    vague phrase summarises them; a giver named only vaguely keeps its "相关职责"."""
    text = ("根据方案，将县人力资源和社会保障局的生育保险职责，县民政局的医疗救助职责整合，组建县医疗保障局。\n"
            "新组建的县医疗保障局整合了县人力资源和社会保障局、县民政局、县卫生健康局的相关职责。")
    assert moves(text) == {("县人力资源和社会保障局", "生育保险职责"), ("县民政局", "医疗救助职责"),
                           ("县卫生健康局", "相关职责")}


def test_a_sanding_handing_in_another_bodys_duties_names_that_body_as_the_giver() -> None:
    """In a 三定's 职责调整, "将市接待办公室的职责划入市政府办公室": the giver is 市接待办公室 (all its duties), not
    the 三定's own unit with the phrase "市接待办公室的职责"; "将X职责划给B" keeps the own unit as giver."""
    text = ("一、职责调整\n（一）将市政府法制工作职责划给市政府法制办公室。\n（二）将市接待办公室的职责划入市人民政府办公室。\n"
            "（三）将联系驻外办事处的职能划给市发展和改革委员会。")
    facts = run(text, title="某市人民政府办公室主要职责内设机构和人员编制规定", jurisdiction="某市")
    got = {(tuple(m.name for m in e.inputs), d.source.name if d.source else None, d.text)
           for e in facts.events if e.type == EventType.TRANSFER_DUTY for d in e.duties}
    assert (("市接待办公室",), "市接待办公室", "职责") in got
    assert not any(text.startswith("市接待办公室") for _, _, text in got)
    assert any(src == "某市人民政府办公室" and text == "市政府法制工作职责" for _, src, text in got)
    assert any(src == "某市人民政府办公室" and text == "联系驻外办事处的职能" for _, src, text in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("将县文化局的文物保护职责改由县文物局承担。", ("县文化局", "县文物局", "文物保护职责")),
    ("县林业局职责整体划入县自然资源局。", ("县林业局", "县自然资源局", "职责")),
    ("县民政局的优抚安置职责一并划入县退役军人事务局。", ("县民政局", "县退役军人事务局", "优抚安置职责")),
    ("将县卫生局的食品安全监管职责及相应编制划入县市场监督管理局。", ("县卫生局", "县市场监督管理局", "食品安全监管职责")),
    ("将县农业局承担的农机安全监理职能划转县交通运输局。", ("县农业局", "县交通运输局", "农机安全监理职能")),
    ("将县水利局的水资源调查职责划到县自然资源局。", ("县水利局", "县自然资源局", "水资源调查职责")),
])
def test_the_verbs_and_adverbs_of_a_handover(text: str, expected: tuple) -> None:
    """改由…承担, 划转 (bare), 划到/划至; 整体/一并/全部/统一 before the verb; "职责及相应编制" (the posts follow the
    duty and are no part of it)."""
    giver, receiver, duty = expected
    facts = run(text, jurisdiction="某县")
    got = [(tuple(m.name for m in e.inputs), tuple(m.name for m in e.outputs)) for e in facts.events
           if e.type == EventType.TRANSFER_DUTY]
    assert got == [((giver,), (receiver,))]
    assert moves(text) == {(giver, duty)}


@pytest.mark.parametrize("text", [
    "中国老龄协会改由县民政局代管。",
    "将县卫生局的5名行政编制划入县医疗保障局。",
    "从县卫生局划转人员编制3名到县医疗保障局。",
    "将县卫生局的人员编制划入县医疗保障局。",
])
def test_a_parent_change_or_posts_moved_is_no_duty_move(text: str) -> None:
    assert moves(text) == set()


@pytest.mark.parametrize("name", ["市政府经济体制改革办公室", "市政府经贸办公室", "县政府经济研究中心"])
def test_jing_of_jingji_is_no_boundary_inside_a_name(name: str) -> None:
    """"市政府经济体制改革办公室" is one body: the 经 of 经济/经贸/经营/经信/经开 is no "经(批准)" between two names."""
    from ingest.extractors.common import split_names
    assert split_names(name) == [name]
    assert split_names("县编办经县政府批准") is None


def test_a_sanding_moving_another_bodys_named_duty_written_without_de() -> None:
    """"将原市政府经济体制改革办公室调研职能划给市政府调研室" in a 三定's 职责调整: the office gives 调研职能 (no 的
    between giver and phrase); the 三定's own unit is no giver of it."""
    text = "一、职能调整\n（二）划入的职能：\n将原市政府经济体制改革办公室调研职能划给市政府调研室。"
    got = moves(text, title="某市人民政府办公室职能配置内设机构和人员编制规定", place="某市")
    assert got == {("市政府经济体制改革办公室", "调研职能")}


@pytest.mark.parametrize(("text", "expected"), [
    ("1984年，撤销县计委，其职责由县经委承担。", ("县计委", "县经委", "职责")),
    ("县档案局不再保留，其行政职能由县委办公室承担。", ("县档案局", "县委办公室", "行政职能")),
    ("县林业局的森林防火职责由县应急管理局承担。", ("县林业局", "县应急管理局", "森林防火职责")),
    ("县文化局的文物保护职责改由县文物局负责。", ("县文化局", "县文物局", "文物保护职责")),
])
def test_a_duty_borne_by_another_body_from_now_on(text: str, expected: tuple) -> None:
    """"(其|A的)X职责(改)由B承担/负责/行使/履行": A's duty moves to B (其: the body of the clause before)."""
    giver, receiver, duty = expected
    facts = run(text, jurisdiction="某县")
    got = [(tuple(m.name for m in e.inputs), tuple(m.name for m in e.outputs)) for e in facts.events
           if e.type == EventType.TRANSFER_DUTY]
    assert got == [((giver,), (receiver,))]
    assert moves(text) == {(giver, duty)}


@pytest.mark.parametrize("text", [
    "食用农产品进入批发市场后的监管职责由县市场监督管理局承担，县农业农村局不再承担。",
    "其职责由县民政局承担。",
    "具体工作由县民政局承担。",
])
def test_a_duty_borne_with_no_named_giver_moves_nothing(text: str) -> None:
    """A 职责分工 part ("…后的监管职责由B承担") or a 其 with nobody named before it names no giver."""
    assert moves(text) == set()
