"""Unit descriptions outside a 三定 (docs/extraction.md, "Unit descriptions outside a 三定"): news items,
notices, yearbook and profile pages describe a body's kind, rank, parent and signs in the same wording as a
三定's 第二条. Sentences are written for these tests in the genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from ingest.extractors import extract
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts


def facts_of(text: str, jurisdiction: str | None = "某县") -> DocumentFacts:
    return extract(RawDocument("t.txt", text, {}), Document(id="t", title="t", date=None, jurisdiction=jurisdiction,
                                                             text=text))


def described(text: str, jurisdiction: str | None = "某县") -> dict[str, tuple]:
    """name → (kind, rank, parent, signs), the statements of one name united as the store unites them."""
    out: dict[str, list] = {}
    for u in facts_of(text, jurisdiction).units:
        row = out.setdefault(u.unit.name, [None, None, None, []])
        row[0] = row[0] or u.kind
        row[1] = row[1] or u.rank
        row[2] = row[2] or (u.parent.name if u.parent else None)
        row[3] += [s for s in u.signs if s not in row[3]]
    return {k: (v[0], v[1], v[2], tuple(v[3])) for k, v in out.items()}


# --- places sharing the bodies the last place carries ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("甲区和乙区交通局、公路局为区政府工作部门。",
     {"甲区交通局", "甲区公路局", "乙区交通局", "乙区公路局"}),
    ("甲镇、乙镇农业综合服务中心为镇政府所属事业单位。", {"甲镇农业综合服务中心", "乙镇农业综合服务中心"}),
    ("东湖区、西湖区交通运输局为区政府工作部门，正科级。", {"东湖区交通运输局", "西湖区交通运输局"}),
])
def test_places_sharing_their_bodies_are_each_described(text: str, expected: set[str]) -> None:
    u = described(text, "某市")
    assert set(u) == expected
    assert len({v[0] for v in u.values()}) == 1 and next(iter(u.values()))[0]


def test_two_whole_names_still_share_one_description() -> None:
    u = described("县农业农村局、县水利局为县政府工作部门，正科级。")
    assert u["县农业农村局"] == u["县水利局"] == ("县政府工作部门", "正科级", None, ())


def test_a_list_of_three_whole_names_is_not_read_as_places() -> None:
    u = described("县档案馆（县地方志办公室）、县图书馆、县文化馆，为公益一类事业单位。")
    assert u["县档案馆"] == ("公益一类事业单位", None, None, ("县地方志办公室",))
    assert set(u) == {"县档案馆", "县图书馆", "县文化馆"}


# --- one team, several signs, then a description -------------------------------------------------------------

@pytest.mark.parametrize(("text", "host", "expected"), [
    ("县委社会工作部与县信访局实行一套班子、两块牌子，为县委工作部门，正科级。", "县委社会工作部",
     ("县委工作部门", "正科级", None, ("县信访局",))),
    ("县退役军人事务局、县退役军人服务中心实行一个机构两块牌子，是县政府工作部门。", "县退役军人事务局",
     ("县政府工作部门", None, None, ("县退役军人服务中心",))),
    ("县委组织部与县公务员局、县委老干部局实行一套班子、三块牌子。", "县委组织部",
     (None, None, None, ("县公务员局", "县委老干部局"))),
])
def test_one_team_with_signs_and_its_description(text: str, host: str, expected: tuple) -> None:
    u = described(text)
    assert u[host] == expected
    assert set(u) == {host}  # the signs are no bodies described on their own


# --- parents written inside the description ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("县城市管理综合执法大队是县城市管理局下设的副科级事业单位。", "县城市管理综合执法大队",
     ("事业单位", "副科级", "县城市管理局", ())),
    ("县城市管理综合执法大队是县城市管理局所属的副科级事业单位。", "县城市管理综合执法大队",
     ("事业单位", "副科级", "县城市管理局", ())),
    ("县图书馆系县文化旅游广电体育局下属正科级公益一类事业单位。", "县图书馆",
     ("公益一类事业单位", "正科级", "县文化旅游广电体育局", ())),
    ("县档案馆为县委办公室管理的副科级公益一类事业单位，加挂县地方志办公室牌子。", "县档案馆",
     ("公益一类事业单位", "副科级", "县委办公室", ("县地方志办公室",))),
    ("县融媒体中心由县委宣传部归口管理，为正科级公益一类事业单位。", "县融媒体中心",
     ("公益一类事业单位", "正科级", "县委宣传部", ())),
    ("县大数据中心系县政府直属正科级公益一类事业单位，加挂县电子政务中心牌子。", "县大数据中心",
     ("公益一类事业单位", "正科级", "县人民政府", ("县电子政务中心",))),
])
def test_parent_written_inside_the_description(text: str, name: str, expected: tuple) -> None:
    u = described(text)
    assert u[name] == expected
    assert set(u) == {name}  # "县图书馆系县…局下属正科" is no second name


def test_two_owners_give_no_parent_but_keep_the_kind() -> None:
    u = described("中共某县委党校、某县行政学校是县委、县政府直属的正科级事业单位。")
    assert u["中共某县委党校"] == u["某县行政学校"] == ("事业单位", "正科级", None, ())


# --- 派出机构 --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("县工业园区管理委员会作为县委、县政府的派出机构，为正科级。", "县工业园区管理委员会",
     ("派出机构", "正科级", None, ())),
    ("县工业园区管理委员会作为县人民政府的派出机构，为正科级。", "县工业园区管理委员会",
     ("派出机构", "正科级", "县人民政府", ())),
    ("某镇市场监管所是县市场监督管理局在某镇设立的派出机构。", "某镇市场监管所",
     ("派出机构", None, "县市场监督管理局", ())),
    ("县公安局城关派出所是县公安局派驻城关镇的派出机构。", "县公安局城关派出所",
     ("派出机构", None, "县公安局", ())),
])
def test_a_body_sent_out_by_its_owner(text: str, name: str, expected: tuple) -> None:
    assert described(text)[name] == expected


def test_a_role_is_no_kind_after_zuowei() -> None:
    assert described("县工业园区管理委员会作为县委、县政府的牵头单位。") == {}


# --- the body named after a role, or after a verb ------------------------------------------------------------

def test_a_name_after_a_role_noun_is_the_body_described() -> None:
    u = described("县林业局的主管单位县自然资源局是县政府工作部门，为正科级。")
    assert u == {"县自然资源局": ("县政府工作部门", "正科级", None, ())}


def test_gongjian_never_opens_a_name() -> None:
    f = facts_of("2014年，某大学与某市共建某大学某市研究院（以下简称研究院）。研究院加挂某市创新中心牌子。", "某市")
    assert not any("共建" in u.unit.name for u in f.units)


# --- a body handed over, then managed ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "parent"), [
    ("1987年，将南京某工业学校下放至江苏省，由江苏省电子工业厅归口管理。", "南京某工业学校", "江苏省电子工业厅"),
    ("将县档案馆下放至县委办公室，由县委办公室管理。", "县档案馆", "县委办公室"),
    ("2019年，将县城乡规划设计院整体移交县自然资源局，由县自然资源局统一管理。", "县城乡规划设计院", "县自然资源局"),
])
def test_a_body_handed_over_is_managed_by_the_body_named_after(text: str, name: str, parent: str) -> None:
    assert described(text, None)[name][2] == parent


def test_guikou_guanli_alone() -> None:
    assert described("县退役军人服务中心由县退役军人事务局归口管理。")["县退役军人服务中心"][2] == "县退役军人事务局"


# --- renamed with 变更为, then described ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "县纤维检验所于2019年8月变更为县纤维质量监测中心，属公益一类事业单位，机构规格为正科级。",
    "“县纤维检验所”于2019年8月变更为“县纤维质量监测中心”，属公益一类事业单位，机构规格为正科级。",
])
def test_a_body_renamed_with_biangengwei_is_the_one_described(text: str) -> None:
    f = facts_of(text)
    assert ("rename", ("县纤维检验所",), ("县纤维质量监测中心",)) in [
        (e.type.value, tuple(m.name for m in e.inputs), tuple(m.name for m in e.outputs)) for e in f.events]
    u = described(text)
    assert u["县纤维质量监测中心"][:2] == ("公益一类事业单位", "正科级")
    assert "县纤维检验所" not in u


@pytest.mark.parametrize("text", ["县农机站的经费形式变更为全额拨款。", "县农机站的隶属关系变更为县农业农村局。"])
def test_biangengwei_of_something_else_renames_nothing(text: str) -> None:
    assert not [e for e in facts_of(text).events if e.type.value == "rename"]


# --- what already read right stays right ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("某县自然资源和规划局（简称县自然资源和规划局）是县政府工作部门，为正科级，加挂某县林业局、某县矿产资源局牌子。",
     "某县自然资源和规划局", ("县政府工作部门", "正科级", None, ("某县林业局", "某县矿产资源局"))),
    ("县行政审批服务局为县政府工作部门，正科级，同时挂县政务服务中心牌子。", "县行政审批服务局",
     ("县政府工作部门", "正科级", None, ("县政务服务中心",))),
    ("县乡村振兴领导小组办公室设在县农业农村局。", "县乡村振兴领导小组办公室", (None, None, "县农业农村局", ())),
    ("县城乡规划设计院为县自然资源局管理的副科级事业单位。", "县城乡规划设计院",
     ("事业单位", "副科级", "县自然资源局", ())),
])
def test_the_common_wordings(text: str, name: str, expected: tuple) -> None:
    assert described(text)[name] == expected


def test_a_description_of_this_body_in_a_news_item() -> None:
    u = described("近日，县便民服务中心正式揭牌。该中心系县政府直属正科级公益一类事业单位。")
    assert u["县便民服务中心"] == ("公益一类事业单位", "正科级", "县人民政府", ())


def test_the_province_keeps_its_direct_institution() -> None:
    u = described("保留某省地质调查中心，为省政府直属正厅级事业单位。", "某省")
    assert u["某省地质调查中心"] == ("事业单位", "正厅级", "省人民政府", ())


# --- a government as owner, written short -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "jurisdiction", "name", "expected"), [
    ("某省科学院是某省政府直属事业单位。", "某省", "某省科学院", ("事业单位", None, "某省人民政府", ())),
    ("合山市档案馆是合山市政府直属事业单位。", "合山市", "合山市档案馆", ("事业单位", None, "合山市人民政府", ())),
    ("县档案馆是县政府所属事业单位。", "某县", "县档案馆", ("事业单位", None, "县人民政府", ())),
    ("县档案馆是县政府所属正科级公益一类事业单位。", "某县", "县档案馆", ("公益一类事业单位", "正科级", "县人民政府", ())),
    ("县统计局是县政府直属机构。", "某县", "县统计局", ("县政府直属机构", None, None, ())),
])
def test_a_government_owner_is_written_in_full(text: str, jurisdiction: str, name: str, expected: tuple) -> None:
    assert described(text, jurisdiction)[name] == expected


# --- a heading names the body, the next line describes it ------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("某县机构改革\n（一）县自然资源局\n是县政府工作部门，为正科级，加挂县林业局牌子。",
     "县自然资源局", ("县政府工作部门", "正科级", None, ("县林业局",))),
    ("某县年鉴\n【县档案馆】\n为县委办公室管理的副科级公益一类事业单位，加挂县地方志办公室牌子。",
     "县档案馆", ("公益一类事业单位", "副科级", "县委办公室", ("县地方志办公室",))),
    ("某县机构\n1. 县统计局\n为县政府工作部门，正科级。", "县统计局", ("县政府工作部门", "正科级", None, ())),
])
def test_a_heading_names_the_body_the_next_line_describes(text: str, name: str, expected: tuple) -> None:
    u = described(text)
    assert u[name] == expected
    assert "县委办公室" not in u  # a parent after 为 bears no sign


@pytest.mark.parametrize("text", [
    "某县机构\n县档案馆工作\n是全县重点工作。",  # no name alone on the line before
    "某县机构\n县统计局成立。县档案馆\n为县政府工作部门。",  # the line before is not a heading of its own
    "某县机构\n县统计局\n为全县统计工作作出贡献。",  # no kind, no rank
])
def test_a_line_after_something_else_describes_nothing(text: str) -> None:
    assert not any(v[0] == "县政府工作部门" or v[0] for v in described(text).values())


# --- an approval's wording and clauses of their own ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("经县编委研究，同意将县融媒体中心明确为正科级公益一类事业单位。", ("公益一类事业单位", "正科级", None, ())),
    ("县融媒体中心核定为正科级公益一类事业单位。", ("公益一类事业单位", "正科级", None, ())),
    ("县融媒体中心机构规格定为正科级。", (None, "正科级", None, ())),
    ("县融媒体中心的机构规格为正科级，性质为公益一类事业单位。", ("公益一类事业单位", "正科级", None, ())),
    ("县融媒体中心是县委宣传部的直属事业单位。", ("事业单位", None, "县委宣传部", ())),
    ("经研究，同意县融媒体中心为正科级公益一类事业单位，由县委宣传部归口管理。",
     ("公益一类事业单位", "正科级", "县委宣传部", ())),
])
def test_an_approvals_wording_describes_the_body(text: str, expected: tuple) -> None:
    assert described(text)["县融媒体中心"] == expected


def test_a_quota_fixed_with_hedingwei_describes_no_body() -> None:
    assert described("县融媒体中心编制核定为15名。") == {}


# --- bodies counted, then described; a body listed again in its class ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("根据《某市甲局主要职责内设机构和人员编制规定》和《某市乙局主要职责内设机构和人员编制规定》，两个部门均为市政府工作部门。",
     {"某市甲局": "市政府工作部门", "某市乙局": "市政府工作部门"}),
    ("县文化馆、县图书馆挂牌成立，两个单位均为公益一类事业单位。",
     {"县文化馆": "公益一类事业单位", "县图书馆": "公益一类事业单位"}),
    ("县文化馆、县图书馆、县博物馆挂牌成立，两个单位均为公益一类事业单位。", {}),  # the count must fit
    ("今年全县新设两个部门，均为县政府工作部门。", {}),  # no body named
])
def test_bodies_counted_then_described(text: str, expected: dict) -> None:
    assert {n: v[0] for n, v in described(text, "某市").items() if v[0]} == expected


@pytest.mark.parametrize("text", [
    "原与市人事局合署办公的市机构编制委员会办公室单独设置，仍列市委机构序列。",
    "原挂靠市人事局的市机构编制委员会办公室单独设置，列市委机构序列。",
])
def test_a_body_set_apart_keeps_its_class(text: str) -> None:
    assert described(text, "某市")["市机构编制委员会办公室"][0] == "市委机构"


# --- a kind changed and the body renamed in one sentence ------------------------------------------------------

def test_what_a_renaming_sentence_says_is_said_of_the_new_name() -> None:
    u = described("将市甲监督管理局由市政府工作部门调整为市农业委员会管理的部门管理机构，并更名为市乙局，保留市甲监督管理局牌子。",
                  "某市")
    assert u == {"市乙局": ("部门管理机构", None, "市农业委员会", ("市甲监督管理局",))}


def test_a_class_managed_by_ministries_stays_a_kind() -> None:
    u = described("将国家某某局由国务院直属机构调整为部委管理的国家局。", "中央")
    assert u["国家某某局"][:3] == ("部委管理的国家局", None, None)


# --- the kind written before the name of a body formed --------------------------------------------------------

@pytest.mark.parametrize(("text", "jurisdiction", "name", "expected"), [
    ("新设县委工作机关县委社会工作部。", "某县", "县委社会工作部", ("县委工作机关", None, None, ())),
    ("组建县政府工作部门县数据局，加挂县政务服务管理局牌子。", "某县", "县数据局",
     ("县政府工作部门", None, None, ("县政务服务管理局",))),
    ("设立县政府直属事业单位县大数据中心，正科级。", "某县", "县大数据中心", ("事业单位", "正科级", "县人民政府", ())),
    ("县人民政府决定设立直属事业单位县大数据中心。", "某县", "县大数据中心", ("事业单位", None, "县人民政府", ())),
    ("1954年，国务院设立直属机构国家统计局。", "中央", "国家统计局", ("国务院直属机构", None, None, ())),
])
def test_the_kind_written_before_a_new_bodys_name(text: str, jurisdiction: str, name: str, expected: tuple) -> None:
    assert described(text, jurisdiction) == {name: expected}


# --- a rank in brackets, an owned body with no kind, one team after a co-location -----------------------------

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("县档案馆（正科级）隶属县委办公室。", "县档案馆", (None, "正科级", "县委办公室", ())),
    ("县档案馆（正科级）由县委办公室管理。", "县档案馆", (None, "正科级", "县委办公室", ())),
    ("县档案馆为县委直属正科级单位。", "县档案馆", (None, "正科级", "县委", ())),
    ("县档案馆为县政府直属单位。", "县档案馆", (None, None, "县人民政府", ())),
    ("县档案局与县档案馆合署办公，一个机构两块牌子，为县委直属正科级单位。", "县档案局",
     (None, "正科级", "县委", ("县档案馆",))),
])
def test_rank_in_brackets_and_owned_bodies(text: str, name: str, expected: tuple) -> None:
    assert described(text)[name] == expected


@pytest.mark.parametrize("text", [
    "县文化旅游局加挂县文物局牌子和县体育局牌子。",
    "县文化旅游局加挂“县文物局”“县体育局”牌子。",
    "县文化旅游局挂县文物局、县体育局两块牌子。",
])
def test_signs_each_with_its_own_paizi_or_quotes(text: str) -> None:
    assert described(text)["县文化旅游局"][3] == ("县文物局", "县体育局")


@pytest.mark.parametrize(("text", "expected"), [
    ("据悉，新成立的县数据局将作为县政府工作部门。", ("县政府工作部门", None, None, ())),
    ("县数据局拟为正科级。", (None, "正科级", None, ())),
])
def test_a_description_to_come(text: str, expected: tuple) -> None:
    assert described(text)["县数据局"] == expected


def test_a_purpose_to_come_describes_nothing() -> None:
    assert described("县数据局将为全县提供数据服务。") == {}


# --- a body's own bodies listed; 该X in a one-team phrase; words that open no name ---------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("县民政局的直属单位有县社会福利院、县救助管理站。", None),
    ("县民政局直属事业单位包括：县社会福利院、县救助管理站。", "事业单位"),
    ("县民政局下属事业单位有县社会福利院、县救助管理站。", "事业单位"),
])
def test_a_bodys_own_bodies_listed(text: str, kind: str | None) -> None:
    u = described(text)
    assert u == {"县社会福利院": (kind, None, "县民政局", ()), "县救助管理站": (kind, None, "县民政局", ())}


def test_this_body_in_a_one_team_phrase() -> None:
    u = described("县里新建了县康复中心。该中心与县残疾人康复医院，是一套人马、两块牌子。")
    assert u == {"县康复中心": (None, None, None, ("县残疾人康复医院",))}


def test_one_team_in_quotes() -> None:
    u = described('国家烟草专卖局与中国烟草总公司实行"一套人马、两块牌子"。', "中央")
    assert u == {"国家烟草专卖局": (None, None, None, ("中国烟草总公司",))}


@pytest.mark.parametrize(("text", "name"), [
    ("县里新建了县康复中心。", "县康复中心"),
    ("除了县聋儿康复中心，县残联的直属机构还有县康复研究中心。", "县康复研究中心"),
])
def test_words_that_open_no_name(text: str, name: str) -> None:
    from ingest.extractors.common import find_names

    found = [n for _, _, n in find_names(text)]
    assert name in found and not any(n.startswith(("有", "除了", "县里")) or "还有" in n for n in found)


# --- a body turned into an institution ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("县林业局不再作为县政府工作部门，改为县自然资源局管理的副科级事业单位。", ("事业单位", "副科级", "县自然资源局", ())),
    ("将县林业局改为县自然资源局管理的副科级事业单位。", ("事业单位", "副科级", "县自然资源局", ())),
    ("县林业局改设为县自然资源局所属事业单位。", ("事业单位", None, "县自然资源局", ())),
])
def test_a_body_turned_into_an_institution(text: str, expected: tuple) -> None:
    assert described(text)["县林业局"] == expected


def test_a_body_renamed_with_gaiwei_is_not_turned_into_anything() -> None:
    assert "县林业局" not in described("县林业局改为县林业和草原局，为县政府工作部门。")


# --- townships and bodies sent out --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("设立镇综合行政执法队，为镇政府所属事业单位。", "镇综合行政执法队", ("事业单位", None, "镇人民政府", ())),
    ("镇农业综合服务中心为镇政府直属事业单位。", "镇农业综合服务中心", ("事业单位", None, "镇人民政府", ())),
])
def test_a_townships_own_institution(text: str, name: str, expected: tuple) -> None:
    u = described(text, None)
    assert u[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("城南街道办事处是区人民政府的派出机关。", "城南街道办事处", ("派出机关", None, "区人民政府", ())),
    ("县工业园区管委会是县委、县政府派出机构，为副县级。", "县工业园区管委会", ("派出机构", "副县级", None, ())),
    ("县工业园区管理委员会为县政府派出机构。", "县工业园区管理委员会", ("派出机构", None, "县人民政府", ())),
])
def test_bodies_sent_out(text: str, name: str, expected: tuple) -> None:
    assert described(text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("1984年3月，县档案局与县档案馆合并，实行一个机构两块牌子，为县委直属机构。", "县档案局",
     ("县委直属机构", None, None, ("县档案馆",))),
    ("2001年，县档案馆列为县委直属正科级事业单位。", "县档案馆", ("事业单位", "正科级", "县委", ())),
])
def test_a_chronicles_descriptions(text: str, name: str, expected: tuple) -> None:
    assert described(text)[name] == expected


@pytest.mark.parametrize("text", [
    "县文化旅游局（正科级，加挂县文物局牌子）为县政府工作部门。",
    "县文化旅游局（正科级，县文物局）为县政府工作部门。",
])
def test_a_bracket_with_rank_and_sign(text: str) -> None:
    assert described(text)["县文化旅游局"] == ("县政府工作部门", "正科级", None, ("县文物局",))


@pytest.mark.parametrize("text", [
    "县食品检验所为县市场监督管理局正股级公益二类事业单位，承担食品检验工作。",
    "县食品检验所，属县市场监督管理局正股级公益二类事业单位。",
])
def test_an_owner_written_straight_before_the_rank(text: str) -> None:
    u = described(text)
    assert u["县食品检验所"] == ("公益二类事业单位", "正股级", "县市场监督管理局", ())
    assert not any(n.startswith("属") for n in u)


def test_a_body_named_after_its_role_is_described_with_its_parent() -> None:
    u = described("县林业站的主管单位县林业局是县自然资源局在某镇设立的派出机构。")
    assert u["县林业局"] == ("派出机构", None, "县自然资源局", ())


def test_a_body_under_its_leader() -> None:
    assert described("县统计科属县计委领导。")["县统计科"] == (None, None, "县计委", ())
    assert described("在县委领导下，县统计局开展工作。") == {}


@pytest.mark.parametrize("text", [
    "县档案馆是县委办公室直属的正科级事业单位。",
    "县档案馆为县委办公室管辖的正科级事业单位。",
    "县档案馆系县委办公室领导下的正科级事业单位。",
])
def test_the_owner_before_de(text: str) -> None:
    assert described(text)["县档案馆"] == ("事业单位", "正科级", "县委办公室", ())


@pytest.mark.parametrize("text", ["1956年成立县统计科，属县人民委员会领导。", "1956年3月成立县统计科，隶属县人民委员会。"])
def test_a_body_formed_in_a_dated_clause_then_placed_under(text: str) -> None:
    assert described(text)["县统计科"][2] == "县人民委员会"


# --- shared head in a list (docs/extraction.md, "shared head in a list") -------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("整合组建了城市规划、市容市貌、环境保护、水务执法大队等4个执法大队，为副科级建制，隶属县综合执法局管理。",
     {"城市规划大队", "市容市貌大队", "环境保护大队", "水务执法大队"}),
    ("县里组建了交通运输、农业农村等2个执法大队，为副科级建制，隶属县综合执法局管理。",
     {"交通运输执法大队", "农业农村执法大队"}),
    ("新设立东城、西城和南城三个服务中心，为正股级，隶属县综合执法局。",
     {"东城服务中心", "西城服务中心", "南城服务中心"}),
])
def test_a_list_sharing_one_head(text: str, expected: set[str]) -> None:
    u = described(text)
    for name in expected:
        assert name in u, (name, u)
        assert u[name][1] in ("副科级", "正股级") and u[name][2] == "县综合执法局"


@pytest.mark.parametrize(("text", "expected"), [
    ("县市场监管局设立综合、政策法规、审批三个科室。", {"县市场监管局综合科", "县市场监管局政策法规科", "县市场监管局审批科"}),
    ("县人社局设置办公、就业和社保3个股室。", {"县人社局办公股", "县人社局就业股", "县人社局社保股"}),
])
def test_divisions_sharing_the_counted_class_noun(text: str, expected: set[str]) -> None:
    u = described(text)
    assert expected <= set(u), u
    assert all(u[n][0] == "内设机构" for n in expected)


def test_a_counted_list_of_plain_kinds_names_no_body() -> None:
    from ingest.extractors.common import headed_list
    assert headed_list("甲、乙2个部门") == []
    assert headed_list("全县、各乡3个执法大队") == []
    assert headed_list("综合科、审批科2个科室") == []  # every item whole already: the ordinary list path


def test_givers_before_a_list_sharing_one_head() -> None:
    text = ("将县农业执法大队、县水政监察大队和县林业稽查队等3个部门的3个执法机构，整合组建了农业、水务执法大队等2个执法大队，"
            "为副科级建制，隶属县综合执法局管理。")
    events = [e for e in facts_of(text).events if e.type.value == "establish"]
    outs = {e.outputs[0].name: {i.name for i in e.inputs} for e in events if len(e.outputs) == 1}
    givers = {"县农业执法大队", "县水政监察大队", "县林业稽查队"}
    assert outs.get("农业大队") == givers and outs.get("水务执法大队") == givers, outs


# --- a mass organisation described (ninth session, trial9 diagnosis) -------------------------------------------

@pytest.mark.parametrize(("text", "name", "kind"), [
    ("甲县科学技术协会（简称县科协）是全县科技工作者的群众组织，是中共甲县委员会领导下的人民团体，是县委联系科技工作者的桥梁。",
     "甲县科学技术协会", "人民团体"),
    ("甲县总工会是县委领导下的人民团体。", "甲县总工会", "人民团体"),
    ("甲县妇女联合会是中国共产党领导下的人民团体，是党和政府联系妇女群众的纽带。", "甲县妇女联合会", "人民团体"),
    ("甲县科学技术普及协会是全县科学技术工作者的群众团体。", "甲县科学技术普及协会", "群众团体"),
])
def test_a_mass_organisation_is_described_with_no_owner(text: str, name: str, kind: str) -> None:
    u = described(text, "甲县")
    assert u[name] == (kind, None, None, ())


def test_a_member_of_the_political_consultative_conference_is_no_kind() -> None:
    u = described("甲县残疾人联合会是县政协的参加单位。", "甲县")
    assert "甲县残疾人联合会" not in u or u["甲县残疾人联合会"][0] is None


# --- a unit's page: a 内设机构 heading over numbered division lines (t9ext) ------------------------------------

def _page(text: str, title: str) -> DocumentFacts:
    return extract(RawDocument("t.txt", text, {}), Document(id="t", title=title, date=None, jurisdiction="甲县", text=text))


def test_division_headings_under_a_divisions_heading_on_a_units_page() -> None:
    text = ("甲县残疾人联合会\n\n机构简介\n\n甲县残疾人联合会是县委领导下的人民团体。\n\n主要职责\n\n"
            "(一)开展残疾人康复工作。\n(二)维护残疾人合法权益。\n\n内设机构\n\n(一)办公室\n负责机关日常运转。\n"
            "(二)康复部\n收集整理康复信息，组织康复服务。\n\n领导信息\n\n(一)张三\n")
    f = _page(text, "甲县残疾人联合会")
    divisions = {u.unit.name for u in f.units if u.kind == "内设机构"}
    assert divisions == {"甲县残疾人联合会办公室", "甲县残疾人联合会康复部"}
    assert all(u.parent.name == "甲县残疾人联合会" for u in f.units if u.kind == "内设机构")
    # one item alone under the heading (a page cut short) is still a division
    text = "甲县档案馆\n\n主要职责\n\n(一)收集保管档案。\n\n内设科室\n\n(一)保管利用科\n接收、保管馆藏档案。\n"
    assert {u.unit.name for u in _page(text, "甲县档案馆").units if u.kind == "内设机构"} == {"甲县档案馆保管利用科"}
    # no heading: numbered lines are no divisions
    text = "甲县档案馆\n\n主要职责\n\n(一)收集保管档案。\n\n(一)保管利用科\n接收档案。\n"
    assert not [u for u in _page(text, "甲县档案馆").units if u.kind == "内设机构"]


def test_gaihui_points_back_to_the_association_just_formed() -> None:
    # "该会" (an association, a committee) as 该局/该中心 (t9ext)
    u = described("1958年5月成立甲县科学技术普及协会。该会是全县科技工作者的群众团体。", "甲县")
    assert u["甲县科学技术普及协会"][0] == "群众团体"
    u = described("1984年成立甲县老龄工作委员会。该会为县政府议事协调机构。", "甲县")
    assert u["甲县老龄工作委员会"][0]
