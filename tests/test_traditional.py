"""Traditional-character text and the forms machine-converted copies of it take on the web
(kg/text.py, docs/extraction.md "Traditional text"). Every construction is tested in both
scripts; the sentences are written for these tests in the genre's wording."""

from __future__ import annotations

import pytest
import zhconv

from ingest.extractors import extract
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts
from kg.text import normalize_text, normalize_with_map


def facts_of(text: str, jurisdiction: str | None = "中央", title: str = "") -> DocumentFacts:
    raw = RawDocument("t.txt", text, {"title": title} if title else {})
    return extract(raw, Document(id="t", title=title or "t", date=None, jurisdiction=jurisdiction, text=text))


def events(f: DocumentFacts) -> set[tuple]:
    return {(e.type.value, tuple(m.name for m in e.inputs), tuple(m.name for m in e.outputs)) for e in f.events}


def both_scripts(text: str) -> list[str]:
    return [text, zhconv.convert(text, "zh-tw")]


@pytest.mark.parametrize(("text", "expected"), [
    ("國家數(shù)據(jù)局負責協(xié)調(diào)推進", "国家数据局负责协调推进"),  # Simplified form glossed
    ("組(zu)建(jian)生(sheng)態環境部,不再保留(liu)環境保護部", "组建生态环境部，不再保留环境保护部"),  # pinyin
    ("國家衛(wei)(wei)生(sheng)(sheng)健康委員會(hui)", "国家卫生健康委员会"),  # a gloss repeated
    ("中國(guó)鐵路(lù)總公司", "中国铁路总公司"),  # pinyin with tone marks
])
def test_a_character_gloss_of_a_converted_copy_is_dropped(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize("text", [
    "世界貿易組織(WTO)",  # an abbreviation in capitals
    "縣人民政府(縣政府)",  # a bracketed short form
    "領導(正)1名",  # one character that is no Simplified form of the one before
    "網址(www)見下",  # one lower-case bracket alone is no glossed text
])
def test_brackets_that_are_no_gloss_stay(text: str) -> None:
    assert "（" in normalize_text(text)


def test_a_dropped_gloss_keeps_offsets_into_the_original() -> None:
    original = "組(zu)建(jian)國家數(shù)據(jù)局"
    text, offsets = normalize_with_map(original)
    assert text == "组建国家数据局"
    assert [original[k] for k in offsets] == list("組建國家數據局")


def test_a_glossed_copy_gives_the_facts_of_the_plain_text() -> None:
    plain = "組建國家數據局，由國家發展和改革委員會管理。不再保留國家信息中心。"
    glossed = "組(zu)建國(guo)家數(shù)據(jù)局，由國家發(fā)展和改革委員會管理。不再保留國(guo)家信息中心。"
    assert events(facts_of(glossed)) == events(facts_of(plain))
    assert ("establish", (), ("国家数据局",)) in events(facts_of(glossed))


def units(f: DocumentFacts) -> dict[str, str | None]:
    return {u.unit.name: u.kind for u in f.units}


ROLE_LIST = ("改革后，甲镇党委、政府下设2个委员会和9个党政机构，具体如下：\n2个委员会：\n"
             "社会治理委员会，基层社会治理统一指挥协调工作平台，统筹负责辖区社会治理重大事项；\n"
             "民生服务委员会，民生服务事项统一指挥协调工作平台，统筹负责辖区民生服务重大事项。")


@pytest.mark.parametrize("text", both_scripts(ROLE_LIST))
def test_a_counted_list_of_bodies_with_their_roles_in_apposition(text: str) -> None:
    got = units(facts_of(text, "甲镇"))
    assert got == {"甲镇社会治理委员会": "统一指挥协调工作平台", "甲镇民生服务委员会": "统一指挥协调工作平台"}


@pytest.mark.parametrize("text", both_scripts(
    "乙县县委下设三个中心：\n1.县融媒体中心，全县新闻宣传工作的统一发布机构，负责…；\n"
    "2.县社会治理中心，全县矛盾纠纷调处的统一受理机构，负责…；\n3.县政务服务中心，全县政务服务事项的统一办理机构，负责…。"))
def test_numbered_role_items_under_a_heading_line_that_names_the_owner(text: str) -> None:
    got = units(facts_of(text, "乙县"))
    assert set(got) == {"县融媒体中心", "县社会治理中心", "县政务服务中心"}  # placed names as written
    assert set(got.values()) == {"机构"}  # the share of three different roles is their head noun only


@pytest.mark.parametrize("text", both_scripts("丙镇设1个委员会：\n综合执法委员会，综合行政执法工作统一指挥平台，统筹负责辖区执法事项。"))
def test_one_role_item_keeps_its_whole_role(text: str) -> None:
    assert units(facts_of(text, "丙镇")) == {"丙镇综合执法委员会": "综合行政执法工作统一指挥平台"}


@pytest.mark.parametrize("text", [
    # no counted heading: a name and a description in prose
    "社会治理委员会，基层社会治理统一指挥协调工作平台，统筹负责辖区社会治理重大事项。",
    # the count does not fit the list
    "甲镇下设5个委员会：\n社会治理委员会，基层社会治理统一指挥协调工作平台；\n民生服务委员会，民生服务统一指挥协调工作平台。",
])
def test_role_items_without_their_counted_heading_give_nothing(text: str) -> None:
    assert not units(facts_of(text, "甲镇"))


def posts(f: DocumentFacts) -> set[tuple]:
    return {(s.unit.name if s.unit else None, s.amount) for s in f.staffing if s.kind == "领导职数"}


@pytest.mark.parametrize("text", both_scripts(
    "根据《县档案局主要职责内设机构和人员编制规定》和《县档案馆主要职责内设机构和人员编制规定》，两个单位均为县委工作机关，"
    "领导职数均为一正两副。"))
def test_a_counted_anaphor_gives_each_body_named_before_its_kind_and_posts(text: str) -> None:
    f = facts_of(text, "甲县")
    assert units(f) == {"县档案局": "县委工作机关", "县档案馆": "县委工作机关"}
    assert posts(f) == {("县档案局", 1), ("县档案局", 2), ("县档案馆", 1), ("县档案馆", 2)}


@pytest.mark.parametrize("text", both_scripts("新组建县医疗保障局和县数据局。两局均为县政府工作部门，领导职数均按一正一副配备。"))
def test_the_pair_named_in_the_sentence_before(text: str) -> None:
    f = facts_of(text, "甲县")
    assert units(f) == {"县医疗保障局": "县政府工作部门", "县数据局": "县政府工作部门"}
    assert posts(f) == {("县医疗保障局", 1), ("县数据局", 1)}


@pytest.mark.parametrize("text", [
    "县医疗保障局、县数据局和县信访局两个部门均为县政府工作部门。",  # three named, two counted
    "县医疗保障局和县数据局两个部门均为本次改革的重点。",  # no kind of unit
])
def test_a_counted_anaphor_that_does_not_fit_gives_no_kind(text: str) -> None:
    assert not any(units(facts_of(text, "甲县")).values())


@pytest.mark.parametrize(("text", "abolished"), [
    ("不再保留市文化局（市新闻出版局）、市广播电视局。", {"市文化局", "市广播电视局"}),
    ("撤销县农业局（县畜牧局）和县林业局。", {"县农业局", "县林业局"}),
    ("组建县文化和旅游局，不再保留县文化局(县文物局)、县旅游局。", {"县文化局", "县旅游局"}),
])
def test_a_list_of_abolished_bodies_with_a_bracketed_sign(text: str, abolished: set[str]) -> None:
    for written in both_scripts(text):
        got = {e.inputs[0].name for e in facts_of(written, "甲市").events if e.type.value == "abolish"}
        assert got == abolished, written


def test_a_bracket_of_other_words_is_no_sign_of_a_listed_body() -> None:
    got = {e.inputs[0].name for e in facts_of("不再保留县爱卫会（及其办公室）、县旅游局。", "甲县").events
           if e.type.value == "abolish"}
    assert "县爱卫会（及其办公室）、县旅游局" not in got


@pytest.mark.parametrize("text", both_scripts("原与县人事局合署办公的县机构编制委员会办公室单独设置，仍列县委机构序列。"))
def test_listed_again_after_a_former_colocation(text: str) -> None:
    assert units(facts_of(text, "甲县")) == {"县机构编制委员会办公室": "县委机构"}


@pytest.mark.parametrize("text", both_scripts("原与县人事局合署办公的县编办单独设置，继续列县委机构序列。"))
def test_listed_again_with_jixu(text: str) -> None:
    assert units(facts_of(text, "甲县")) == {"县编办": "县委机构"}


def unit_rows(f: DocumentFacts) -> dict[str, tuple]:
    return {u.unit.name: (u.kind, u.parent.name if u.parent else None, u.parent_relation, tuple(u.signs)) for u in f.units}


@pytest.mark.parametrize("text", both_scripts(
    "将县动物卫生监督所由县政府工作部门调整为县农业农村局管理的部门管理机构，并更名为县畜牧兽医局，保留县动物卫生监督所牌子。"))
def test_a_kind_change_under_a_manager_then_a_rename_keeping_the_old_name(text: str) -> None:
    f = facts_of(text, "甲县")
    assert events(f) >= {
        ("change_kind", ("县动物卫生监督所",), ("县动物卫生监督所",)),
        ("transfer_unit", ("县动物卫生监督所",), ("县农业农村局",)),
        ("rename", ("县动物卫生监督所",), ("县畜牧兽医局",)),
        ("add_sign", ("县畜牧兽医局",), ("县动物卫生监督所",)),
    }
    assert unit_rows(f)["县畜牧兽医局"] == ("部门管理机构", "县农业农村局", "管理", ("县动物卫生监督所",))


@pytest.mark.parametrize("text", both_scripts("县物价局由县政府工作部门调整为县发展和改革局管理的部门管理机构。"))
def test_a_kind_written_with_its_manager(text: str) -> None:
    f = facts_of(text, "甲县")
    assert ("transfer_unit", ("县物价局",), ("县发展和改革局",)) in events(f)
    assert unit_rows(f)["县物价局"][:3] == ("部门管理机构", "县发展和改革局", "管理")


@pytest.mark.parametrize("text", both_scripts("将县广播电视局更名为县融媒体中心，保留县广播电视局牌子。"))
def test_a_renamed_body_keeps_its_old_name_as_a_sign(text: str) -> None:
    assert ("add_sign", ("县融媒体中心",), ("县广播电视局",)) in events(facts_of(text, "甲县"))


def dated(f: DocumentFacts) -> set[tuple]:
    return {(e.type.value, e.outputs[0].name if e.outputs else e.inputs[0].name, e.outputs[0].jurisdiction if e.outputs else None,
             e.date) for e in f.events}


@pytest.mark.parametrize("text", both_scripts(
    "2024年2月6日\n甘肃省数据局挂牌。在甘肃省数据局成立前，甘肃早已于2018年正式成立了省大数据管理中心，该中心系省政府直属事业单位。"))
def test_an_event_dated_in_its_own_clause_in_a_round_up(text: str) -> None:
    raw = RawDocument("t.txt", text, {"title": "盘点：多地省级数据局挂牌"})
    f = extract(raw, Document(id="t", title="盘点：多地省级数据局挂牌", date="2024-03-01", jurisdiction=None, text=text))
    assert ("establish", "省大数据管理中心", "甘肃省", "2018") in dated(f)


@pytest.mark.parametrize("text", both_scripts("2020年3月\n县里于2019年印发的方案提出，组建县医疗保障局。"))
def test_a_date_of_another_clause_does_not_date_the_event(text: str) -> None:
    f = facts_of(text, "甲县")
    assert all(e.date != "2019" for e in f.events)


def place_of(text: str, title: str) -> str | None:
    from ingest.extractors import detect_jurisdiction

    return detect_jurisdiction(RawDocument("a", text, {"title": title}))


@pytest.mark.parametrize(("title", "text", "expected"), [
    # 某 ("a certain") is a collector's stand-in for a place the text never names: no place
    ("某市人民政府办公室主要职责内设机构和人员编制规定（节录）", "（九）财务科\n负责机关财务管理工作。\n市政府办公室机关行政编制40名。", None),
    ("某縣人民政府辦公室主要職責內設機構和人員編制規定", "（九）財務科\n負責機關財務管理工作。\n縣政府辦公室機關行政編制40名。", None),
    # a mask hides a name the document had: it stays the place
    ("**市人民政府办公室主要职责内设机构和人员编制规定", "市政府办公室机关行政编制40名。", "**市"),
    ("x县机构改革方案", "组建县医疗保障局。", "x县"),
])
def test_a_placeholder_place_is_no_place_a_mask_is(title: str, text: str, expected: str | None) -> None:
    assert place_of(text, title) == expected


@pytest.mark.parametrize("script", [0, 1])
def test_the_body_of_a_placeholder_title_is_the_one_its_text_writes(script: int) -> None:
    title = "某市人民政府办公室主要职责内设机构和人员编制规定"
    text = ("三、内设机构\n（九）财务科\n负责机关财务管理工作。\n（十）人事科\n负责机关人事管理工作。\n四、人员编制\n"
            "市政府办公室机关行政编制40名。")
    if script:
        title, text = zhconv.convert(title, "zh-tw"), zhconv.convert(text, "zh-tw")
    raw = RawDocument("t.txt", text, {"title": title})
    f = extract(raw, Document(id="t", title=title, date=None, jurisdiction=place_of(text, title), text=text))
    hosts = {u.parent.name for u in f.units if u.kind == "内设机构" and u.parent}
    assert hosts == {"市政府办公室"}
    assert {(s.unit.name, s.amount) for s in f.staffing} == {("市政府办公室", 40)}


@pytest.mark.parametrize("text", both_scripts("县农业局、县畜牧局并为“县农业农村局”；县文化局及县旅游局整并为“县文化和旅游局”。"))
def test_a_merge_written_bingwei(text: str) -> None:
    got = events(facts_of(text, "甲县"))
    assert ("establish", ("县农业局", "县畜牧局"), ("县农业农村局",)) in got
    assert ("establish", ("县文化局", "县旅游局"), ("县文化和旅游局",)) in got


@pytest.mark.parametrize("text", ["县农业局并为企业提供技术服务。", "县农业局并为县政府工作部门。"])
def test_bing_then_wei_is_no_merge(text: str) -> None:
    assert not [e for e in facts_of(text, "甲县").events if e.type.value == "establish"]


def test_a_traditional_statement_opening_with_its_forming_verb_links_its_successor() -> None:
    """"組建Z。⏎…⏎不再保留A。" in Traditional: the statement opens at the 組建 line as it does at 组建 (the raw text is
    matched in its Simplified form), so A's successor is Z and not a unit formed in an earlier statement."""
    from ingest.extractors.links import statement_start

    text = "總則。\n組建縣醫療保障局。\n將縣人力資源和社會保障局的醫療保險職責劃入。\n不再保留縣醫療保險管理中心。"
    assert statement_start(text, text.index("不再保留"), set()) == text.index("組建")
    plain = zhconv.convert(text, "zh-cn")
    assert statement_start(plain, plain.index("不再保留"), set()) == plain.index("组建")


@pytest.mark.parametrize("text", both_scripts(
    "经研究，同意建立“县城北公园养护所”，为县园林管理处的下设机构，公益一类事业单位，核定事业编制12名。"))
def test_figures_of_an_approved_body_named_only_with_its_parent_in_both_scripts(text: str) -> None:
    """"同意设立X，为Y的下设机构，…，核定事业编制12名": the figure is X's, the check read on the normalized sentence (the
    provenance keeps the sentence as written, 編制 in a Traditional copy)."""
    assert {(s.unit.name, s.amount) for s in facts_of(text, "甲县").staffing} == {("县城北公园养护所", 12)}


@pytest.mark.parametrize("text", both_scripts("新组建的县市场监督管理局正式挂牌。值得一提的是，该局还设立了食品安全总监1名一职。"))
def test_a_post_the_body_sets_up_for_itself(text: str) -> None:
    assert posts(facts_of(text, "甲县")) == {("县市场监督管理局", 1)}


@pytest.mark.parametrize("text", both_scripts("县市场监督管理局正式挂牌。全县共设立食品安全总监1名。"))
def test_a_post_without_that_body_is_not_its(text: str) -> None:
    assert ("县市场监督管理局", 1) not in posts(facts_of(text, "甲县"))
