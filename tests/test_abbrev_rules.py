"""Short forms derived from full names (kg.abbrev) the way the genre and staff shorten them,
and how the question router's name index treats a derived form two bodies share
(queries.resolve.NameIndex): it names neither, so the question goes to the low-confidence
path instead of being answered for one of them. Names below are written for the test, in
the genre (not copied from a corpus document)."""

from __future__ import annotations

import pytest

from kg.abbrev import abbreviations
from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.resolve import name_index
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


def _forms(name: str) -> frozenset[str]:
    return abbreviations(name, min_len=2)


# ---------------------------------------------------------------- the rules


@pytest.mark.parametrize(("full", "short"), [
    # the office of a committee named for a project: the project's name + 办; the committee: + 建委
    ("国务院三峡工程建设委员会办公室", "国务院三峡办"),
    ("国务院南水北调工程建设委员会办公室", "南水北调办"),
    ("引江济淮工程建设委员会办公室", "引江济淮办"),
    ("国务院三峡工程建设委员会", "三峡建委"),
    ("省引汉济渭工程建设委员会", "省引汉济渭建委"),
    # a 委员会 of a two-character line keeps its first character
    ("计划委员会", "计委"),
    ("经济委员会", "经委"),
    # 体制改革: 体改 for the economy, the line's first character + 改 for another line
    ("经济体制改革委员会", "体改委"),
    ("国家经济体制改革委员会", "国家体改委"),
    ("国务院经济体制改革办公室", "国务院体改办"),
    ("深化医药卫生体制改革领导小组办公室", "医改办"),
    ("国务院深化医药卫生体制改革领导小组办公室", "国务院医改办"),
    ("国务院深化医药卫生体制改革领导小组办公室", "医改领导小组办公室"),
    ("司法体制改革领导小组办公室", "司改办"),
    # a 工作委员会: its first character + 工委; a two-character line also keeps the word whole
    ("法制工作委员会", "法工委"),
    ("教育工作委员会", "教育工委"),
    ("关心下一代工作委员会", "关工委"),
    ("国家语言文字工作委员会", "国家语委"),
    # the movement word after the line is not its core
    ("体育运动委员会", "体委"),
    ("国家体育运动委员会", "国家体委"),
    # 事务 after a two-character line; a 国务院 office of two characters is also 国X办
    ("国家民族事务委员会", "国家民委"),
    ("台湾事务办公室", "台办"),
    ("国务院台湾事务办公室", "国台办"),
    ("国务院侨务办公室", "国侨办"),
    ("港澳事务办公室", "港澳办"),
    # a committee's office named by a two-character line keeps the word whole
    ("中央审计委员会办公室", "审计办"),
    ("中央全面深化改革委员会办公室", "中央深改办"),
    ("中央全面深化改革委员会办公室", "改革办"),
    ("中央全面依法治国委员会办公室", "中央法治办"),
    ("中央全面依法治国委员会", "中央依法治国委"),
    ("中央军民融合发展委员会办公室", "军民融合办"),
    ("国务院金融稳定发展委员会", "金融委"),
    # 监督管理委员会: the financial regulators named 中国X are X监会, the others X监委
    ("中国证券监督管理委员会", "证监会"),
    ("中国银行保险监督管理委员会", "银保监会"),
    ("中国银行业监督管理委员会", "银监会"),
    ("中国银行保险监督管理委员会", "中国银保监会"),
    ("国家认证认可监督管理委员会", "认监委"),
    # a 指挥部 and its office
    ("防汛抗旱指挥部", "防指"),
    ("防汛抗旱指挥部办公室", "防办"),
    ("防汛抗旱指挥部办公室", "防汛办"),
    ("森林防火指挥部", "森防指"),
    # a usual phrase of the genre
    ("江苏省政务服务管理办公室", "江苏省政务办"),
    ("县委社会工作部", "县委社工部"),
    ("揭东区工业信息化和科技局", "揭东区工信局"),
    ("区工业信息化和科技局", "区工信科技局"),
    # 计划生育 → 计生 on its own, after a head kept whole (fourteenth session, second wave)
    ("县卫生和计划生育局", "县卫生和计生局"),
    ("镇计划生育办公室", "镇计生办"),
    ("县人口和计划生育局", "县人口和计生局"),
])
def test_a_short_form_the_genre_uses(full: str, short: str) -> None:
    assert short in _forms(full)


@pytest.mark.parametrize(("full", "not_short"), [
    ("体育局", "体局"),                         # a 局 keeps its line whole
    # 计委 is the 计划委员会: a chronicle's 县计委 before its rename to 县发展计划委员会 is not that body
    ("发展计划委员会", "计委"),
    ("国家体育总局", "体总局"),
    ("教育工作委员会", "教委"),                  # that is the 教育委员会
    ("爱国卫生运动委员会", "爱工委"),            # 工委 only where 工作 was left out
    ("国务院三峡工程建设委员会办公室", "三工建办"),  # no character per word of a project
    ("深化医药卫生体制改革领导小组办公室", "深医卫体改办"),
    ("国防科学技术工业办公室", "国科技工办"),      # the phrase's contraction replaces one per word
    ("中国证券监督管理委员会", "证监委"),
    ("国家认证认可监督管理委员会", "认监会"),
    ("人民工作委员会", "人民工委"),
])
def test_no_form_nobody_uses(full: str, not_short: str) -> None:
    assert not_short not in _forms(full)


def test_a_name_without_a_contraction_gets_none() -> None:
    assert abbreviations("自然资源部") == frozenset()
    assert abbreviations("体育局", min_len=2) == frozenset()


# ---------------------------------------------------------------- a form two bodies share


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    # two bodies of one city both contract to 文旅局 (文化和旅游局, 文化广电和旅游局), both alive
    apply_doc(s, doc("city-plan", date="2019-05", jurisdiction="东湖市")
              .unit("文化和旅游局", kind="市政府工作部门", valid_from="2019")
              .unit("文化广电和旅游局", kind="市政府工作部门", valid_from="2019"))
    # one body's own contraction, nobody else's
    apply_doc(s, doc("central", date="2009-03", jurisdiction="中央")
              .unit("国务院深化医药卫生体制改革领导小组办公室", kind="国务院议事协调机构的办事机构", valid_from="2009")
              .unit("国家语言文字工作委员会", kind="部委管理的国家局", valid_from="1985"))
    yield s
    s.close()


def test_a_form_two_bodies_share_names_neither(store) -> None:  # type: ignore[no-untyped-def]
    index = name_index(store)
    assert index.lookup("东湖市文旅局") == [] and index.lookup("文旅局") == []
    assert index.lookup("东湖市文化和旅游局") and index.lookup("东湖市文化广电和旅游局")
    assert index.lookup("东湖市文广旅局")  # the form only one of them has still names it
    result = ask(store, "东湖市文旅局是什么级别？")
    assert result["units"] == []  # not one of the two


def test_a_form_of_one_body_links_it(store) -> None:  # type: ignore[no-untyped-def]
    index = name_index(store)
    (office, _), = index.lookup("医改办")
    assert store.unit(office).name == "国务院深化医药卫生体制改革领导小组办公室"
    (commission, _), = index.lookup("国家语委")
    assert store.unit(commission).name == "国家语言文字工作委员会"
