"""Routing as staff ask (tenth session): which kind of question is asked, pinned for borderline
phrasings of each kind, with the rule that decided (``queries.ask.routing.RULES``; "classifier"
when no pinned rule did). Every question here is written for this test in staff's own words:
谁负责 / 归谁管 / 哪个部门管; 沿革 / 以前叫啥 / 还在吗; 啥级别 / 几个编制 / 内设哪些; 职责交叉 /
谁和谁都管; "A的X职责划给了谁"; "X政府办公厅"; a compound question's later part without a
question word.

The documents are written here in the genre and go through the real ingest pipeline."""

from __future__ import annotations

import pytest

from queries.ask import ask
from queries.ask.parsing import parse, split_compound
from queries.ask.routing import RULES, route
from tests.test_ask_data import ingested_store

_SANDING = """# title: 安顺市医疗保障局职能配置、内设机构和人员编制规定（2019年3月10日）
安顺市医疗保障局职能配置、内设机构和人员编制规定（2019年3月10日）
第一条 根据《安顺市机构改革方案》，制定本规定。
第二条 市医疗保障局是市政府工作部门，为正县级。
第三条 市医疗保障局负责全市医疗保障基金监督管理，负责全市医疗救助工作，负责药品和医疗服务价格管理工作。
第四条 职责调整。将市民政局的医疗救助职责，市物价局的药品和医疗服务价格管理职责，划入市医疗保障局。
第五条 市医疗保障局设下列内设机构：办公室、待遇保障科、基金监管科。
第六条 市医疗保障局机关行政编制15名。
"""

_PLAN = """# title: 安顺市机构改革方案实施情况（2019年3月12日）
安顺市机构改革方案实施情况（2019年3月12日）
组建市自然资源局。将市国土资源局的职责，以及市住房和城乡建设局的乡村规划职责整合，组建市自然资源局，作为市政府工作部门。不再保留市国土资源局。
市林业局加挂市草原管理局牌子。
组建市园林和风景名胜区管理局。将市住房和城乡建设局、市水务局的风景名胜区管理职责整合，组建市园林和风景名胜区管理局，作为市政府工作部门。
市民政局负责全市社会救助工作。
市农业农村局负责全市食用农产品种植养殖环节质量安全监督管理。
市市场监督管理局负责全市食用农产品进入批发零售市场后的质量安全监督管理。
"""

_OFFICE = """# title: 安顺市人民政府办公室职能配置、内设机构和人员编制规定（2019年3月15日）
安顺市人民政府办公室职能配置、内设机构和人员编制规定（2019年3月15日）
第一条 根据《安顺市机构改革方案》，制定本规定。
第二条 市人民政府办公室是市政府工作部门，为正县级。
第三条 市人民政府办公室负责市政府会议的组织工作，负责市政府公文的审核工作。
第四条 职责调整。将市人民政府办公室的金融服务协调职责划入市地方金融监督管理局。
第五条 市地方金融监督管理局负责全市金融服务协调工作。
"""

_TOWNSHIPS = """# title: 普定县乡镇区划和机构调整情况（2011年1月6日）
普定县乡镇区划和机构调整情况（2011年1月6日）
2011年1月5日，撤销普定县马场乡，并入普定县城关镇；撤销普定县猴场乡，并入普定县白岩镇。
2011年1月5日，撤销普定县农机局，其职责划入普定县农业局。
"""

_PLANNING = """# title: 安顺市发展和改革委员会挂牌成立（2004年9月20日）
安顺市发展和改革委员会挂牌成立（2004年9月20日）
2004年9月20日，安顺市发展和改革委员会挂牌成立。将安顺市发展计划委员会改组为安顺市发展和改革委员会，不再保留安顺市发展计划委员会。
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("kg"),
                       {"sanding.txt": _SANDING, "plan.txt": _PLAN, "office.txt": _OFFICE,
                        "townships.txt": _TOWNSHIPS, "planning.txt": _PLANNING})
    yield s
    s.close()


def _route(store, question: str):  # type: ignore[no-untyped-def]
    return route(parse(store, question))


# (question, intent, the rule that decides it); "classifier" = no pinned rule fired
_CASES = [
    # 谁负责 / 归谁管 / 哪个部门管: a duty, no unit asked about
    ("安顺医疗救助归谁管", "who_handles", "classifier"),
    ("安顺市医疗救助现在是哪个部门管", "who_handles", "classifier"),
    ("安顺那边药品价格管理归哪个局", "who_handles", "classifier"),
    ("安顺乡村规划该找哪个部门", "who_handles", "classifier"),
    ("安顺市社会救助这块谁负责", "who_handles", "classifier"),
    ("安顺医保基金监管是哪个单位的事", "who_handles", "classifier"),
    # 归谁管 of a unit: its parent
    ("安顺市医疗保障局归谁管", "parent", "classifier"),
    ("安顺市医保局上面是哪个部门", "parent", "classifier"),
    ("安顺市医疗保障局是不是市政府管的", "parent", "parent_yes_no"),
    ("安顺市医疗保障局归市政府管吗", "parent", "parent_yes_no"),
    ("安顺市医疗保障局是哪个市的", "unit_info", "classifier"),
    # A的X职责划给了谁: who took X (never A's history, parent or overlaps)
    ("安顺市民政局的医疗救助职责划给了谁", "who_handles", "duty_handed"),
    ("安顺市物价局的药品和医疗服务价格管理职责划到哪个局了", "who_handles", "duty_handed"),
    ("安顺市住建局的乡村规划职责交给哪个部门了", "who_handles", "duty_handed"),
    ("安顺市民政局原来的医疗救助职能现在转给谁了", "who_handles", "duty_handed"),
    ("安顺市物价局药价管理职责划到哪里去了", "who_handles", "duty_handed"),
    ("安顺市政府办公室的金融服务协调职责移交给哪个部门了", "who_handles", "duty_handed"),
    ("安顺市物价局的药品和医疗服务价格管理职责后来给了哪个部门", "who_handles", "duty_handed"),
    ("安顺市民政局管的医疗救助现在划给谁了", "who_handles", "duty_handed"),
    # 沿革 / 以前叫啥 / 怎么来的
    ("安顺市自然资源局的前身是啥", "lineage", "classifier"),
    ("安顺市自然资源局是哪几个局合起来的", "lineage", "classifier"),
    ("安顺自然资源局的沿革", "lineage", "classifier"),
    ("安顺市国土资源局后来变成哪个局了", "lineage", "classifier"),
    ("安顺市自然资源局以前叫啥", "lineage", "classifier"),
    ("安顺市民政局的职责划给谁了", "lineage", "classifier"),  # no duty named: where A's duties went
    # 还在吗 / 撤了没
    ("安顺国土局还在吗", "unit_info", "exists_words"),
    ("安顺市国土资源局现在还有没有", "unit_info", "classifier"),
    ("安顺市国土资源局是不是撤了", "unit_info", "classifier"),
    ("安顺市国土资源局并入自然资源局了吗", "unit_info", "merged_yes_no"),
    # 啥级别 / 什么性质
    ("安顺市医保局啥级别", "unit_info", "classifier"),
    ("安顺市医疗保障局是什么规格的", "unit_info", "classifier"),
    ("安顺市医疗保障局属于市政府工作部门吗", "unit_info", "kind_asked"),
    ("安顺市医疗保障局是哪年单独设立的", "unit_info", "when_set_up_alone"),
    # 几个编制 / 内设哪些
    ("安顺市医保局几个编制", "staffing", "classifier"),
    ("安顺市医疗保障局行政编制有多少", "staffing", "classifier"),
    ("安顺市医保局内设几个科室", "staffing", "classifier"),
    ("安顺市医疗保障局内设哪些科室", "orgchart", "classifier"),
    ("安顺市医保局科室", "orgchart", "terse_divisions"),
    ("安顺市医疗保障局内设机构有哪些", "orgchart", "terse_divisions"),
    # 职责交叉 / 谁和谁都管
    ("食用农产品质量安全监管哪些部门都管", "overlap", "classifier"),
    ("安顺食用农产品监管农业和市场监管谁和谁都管", "overlap", "classifier"),
    ("安顺市医保局和民政局职责有没有交叉", "overlap", "classifier"),
    ("哪些单位职责有重叠", "overlap", "classifier"),
    # a sign
    ("安顺市草原管理局的牌子挂在哪", "parent", "classifier"),
]


@pytest.mark.parametrize(("question", "intent", "rule"), _CASES)
def test_the_kind_asked_and_the_rule_that_decides(store, question: str, intent: str, rule: str) -> None:  # type: ignore[no-untyped-def]
    routed = _route(store, question)
    assert (routed.intent.value, routed.rule) == (intent, rule), routed


def test_every_rule_is_named() -> None:
    assert {rule for _, _, rule in _CASES} <= set(RULES)


@pytest.mark.parametrize(("question", "duty"), [
    ("安顺市民政局的医疗救助职责划给了谁", "医疗救助"),
    ("安顺市物价局的药品和医疗服务价格管理职责划到哪个局了", "药品和医疗服务价格管理"),
    ("安顺市住建局原有的乡村规划相关工作交给哪个部门了", "乡村规划"),
    ("安顺市民政局管的医疗救助现在划给谁了", "医疗救助"),
])
def test_the_duty_handed_is_the_topic(store, question: str, duty: str) -> None:  # type: ignore[no-untyped-def]
    assert _route(store, question).topic == duty


@pytest.mark.parametrize("question", [
    "安顺市民政局的医疗救助职责划给了谁",
    "安顺民政局的医疗救助职能划到哪个局了",
])
def test_who_took_the_duty_in_the_givers_place(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "who_handles"
    assert [u["name"] for u in result["units"]][:1] == ["安顺市医疗保障局"], result["answer"]


@pytest.mark.parametrize("question", [
    "安顺市政府办公室是什么级别",
    "安顺市政府办啥级别",
    "安顺市政府办公室负责什么",
])
def test_a_governments_own_office_written_with_zhengfu(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert [u["name"] for u in result["units"]][:1] == ["安顺市人民政府办公室"], result["answer"]


@pytest.mark.parametrize(("question", "second"), [
    ("安顺市医疗保障局哪年成立的，性质", "安顺市医疗保障局的性质"),
    ("安顺市医疗保障局什么级别，主要职责呢", "安顺市医疗保障局的主要职责呢"),
    ("安顺市医疗保障局编制多少，内设机构", "安顺市医疗保障局的内设机构"),
    ("安顺市医疗保障局前身是啥，上级部门", "安顺市医疗保障局的上级部门"),
])
def test_a_later_part_naming_only_what_it_asks(question: str, second: str) -> None:
    parts = split_compound(question)
    assert len(parts) == 2 and parts[1] == second, parts


@pytest.mark.parametrize("question", [
    "安顺市医疗救助、社会救助归谁管",  # a list of duties stays one question
    "安顺市医疗保障局的职责",  # one part
])
def test_a_bare_noun_alone_is_no_second_part(question: str) -> None:
    assert split_compound(question) == [question]


@pytest.mark.parametrize("question", ["普定县2011年撤并了哪些乡？", "2011年普定县撤销了哪几个乡"])
def test_townships_a_place_ended_in_a_year(store, question: str) -> None:  # type: ignore[no-untyped-def]
    routed = _route(store, question)
    assert (routed.intent.value, routed.rule) == ("lineage", "place_events")
    result = ask(store, question)
    assert {u["name"] for u in result["units"]} == {"普定县马场乡", "普定县猴场乡"}, result["answer"]


@pytest.mark.parametrize("question", ["安顺市计委2004年改组成了什么？", "安顺市计委后来改组为哪个单位"])
def test_jiwei_is_the_planning_commission_and_what_it_became(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert [u["name"] for u in result["units"]][:1] == ["安顺市发展和改革委员会"], result["answer"]


@pytest.mark.parametrize("question", ["安顺风景名胜区管理以前哪些部门都在管", "安顺市风景名胜区管理原来是哪几个部门在管"])
def test_the_holders_before_the_reform_when_earlier_is_said(store, question: str) -> None:  # type: ignore[no-untyped-def]
    names = {u["name"] for u in ask(store, question)["units"]}
    assert {"安顺市住房和城乡建设局", "安顺市水务局"} <= names, names
    assert "安顺市园林和风景名胜区管理局" not in names, names
