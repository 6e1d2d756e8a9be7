"""The one table of what a question can ask: the ``Intent`` enum, each intent's Chinese label,
the slot it needs, its modes (which part of the answer is wanted) with the words that select
them, and the reading offered when a question is not understood well enough.

Read by the router (``queries.ask.routing``), the answerers (``queries.ask.answers``
registers one per intent), the API schema (``api.schemas.AskResponse``), the CLI, the web
page (``GET /ask/intents``) and the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Intent(StrEnum):
    WHO_HANDLES = "who_handles"
    LINEAGE = "lineage"
    PARENT = "parent"
    UNIT_INFO = "unit_info"
    STAFFING = "staffing"
    ORGCHART = "orgchart"
    OVERLAP = "overlap"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class IntentSpec:
    label: str  # shown to users
    needs: str  # "unit" | "place" (a unit or a place) | "topic" | "none"
    modes: tuple[tuple[str, tuple[str, ...]], ...]  # (mode, cue words), first match wins
    default_mode: str
    reading: str  # the question offered in "您是不是要问…" ({u}: the unit, {t}: the topic)


WHEN_CUES = ("什么时候", "啥时候", "哪年", "哪一年", "何时", "几几年", "什么时间", "哪天", "成立时间", "成立于", "挂牌时间",
             "揭牌时间", "哪月", "几月", "哪一天", "几号", "哪号", "哪日",
             # thirteenth session: the founding's time as a noun ("X 组建时间", "X设立日期")
             "组建时间", "设立时间", "成立日期", "组建日期", "设立日期", "挂牌日期", "揭牌日期",
             # sixteenth session: the time of its end as a noun ("X撤销时间", "X撤并日期")
             "撤销时间", "撤销日期", "撤并时间", "撤并日期", "合并时间", "撤销于", "撤并于")

# "X在哪挂牌": where X is a sign, not when it was founded (挂牌成立, 挂牌时间)
PLACE_OF_SIGN = ("在哪挂牌", "在哪里挂牌", "在哪儿挂牌", "哪个部门挂牌", "哪个单位挂牌", "哪个机构挂牌", "哪个局挂牌")
# "X和哪个局合署办公": the units sharing X's office (one office, two names)
CO_LOCATED_CUES = ("合署",)
# "X挂在谁下面", "X挂靠哪", "X在谁名下": the unit over X (挂在 alone asks where a sign hangs)
UNDER_CUES = ("下面", "底下", "名下", "挂靠", "之下")
# "A和B是什么关系": how two named bodies stand to each other (one body and its sign, 合署, parent)
RELATION_CUES = ("什么关系", "啥关系", "何关系", "关系是什么", "是啥关系", "有什么关系", "有啥关系", "关系如何",
                 # eleventh session: the same asked formally or as a yes-no of one body
                 "何种关系", "哪种关系", "什么样的关系", "怎样的关系", "关系怎样", "关系怎么样", "是一个机构吗", "是一个单位吗",
                 "是不是一个机构", "是不是一个单位", "是一回事吗", "是不是一回事", "是一家吗", "是不是一家")
# "X是单独的机构吗": a body of its own, or a sign another unit carries
SEPARATE_CUES = ("单独的机构", "单独机构", "单独设置", "单独设立", "独立的机构", "独立机构", "独立设置", "实体机构",
                 "单独的单位", "独立的单位",
                 # 单设 asked of X ("X单设吗", "X还单设吗"), not "单设的X" naming the body
                 "单设吗", "单设么", "单设了吗", "是单设", "是否单设", "是不是单设", "单设还是", "单设的吗", "还单设")

# "X什么经费形式 / 经费怎么来 / 是全额拨款吗": how a public institution is funded (全额拨款, 差额拨款, 自收自支)
FUNDING_CUES = ("经费", "拨款", "自收自支", "财政供养", "财政补助", "差额补助", "财政保障")

# "X前身的前身", "X的前身再往前呢", "X更早的前身": the roots of X's own roots (one step further back)
EARLIER_ROOT_CUES = re.compile(r"前身的前身|前身(?:又|还)?再往前|再往前(?:的前身|是|呢)|更早的前身|前身之前|前身以前(?:的|是)")

# "济阳县计划统计机构的沿革": the history of a place's bodies of one line of work (no one unit named)
CLASS_HISTORY_CUES = ("机构的沿革", "机构沿革", "机构的历史", "机构的变迁", "机构变迁", "机构的演变", "机构演变", "部门的沿革",
                      "部门沿革", "部门的历史沿革", "部门的变迁", "机构历史沿革", "机构的历史沿革")

SPECS: dict[Intent, IntentSpec] = {
    Intent.WHO_HANDLES: IntentSpec("谁负责", "topic", (), "topic", "谁负责{t}？"),
    Intent.LINEAGE: IntentSpec("历史沿革", "unit", (
        ("class", CLASS_HISTORY_CUES),
        ("when", WHEN_CUES),
        ("old_name", ("原来叫", "原名", "曾用名", "以前叫", "过去叫", "之前叫", "旧称", "老名字", "改名前", "更名前", "原先叫",
                      "当时叫", "那时叫", "那时候叫", "那会儿叫", "那会叫", "之前叫")),
        ("to", ("后来", "现在叫", "现名", "如今叫", "目前叫", "改名", "更名为", "改叫", "改称", "去哪", "去向", "并入", "合并到", "合并进",
                "整合到", "并到", "归并", "取代", "替代", "接替", "还在吗", "还存在", "还有吗", "还保留", "是否存在", "撤销了",
                "撤了", "取消了", "没了", "变成", "划给", "划到", "划入了哪", "转给", "继承", "后继", "现在是哪个", "哪去了",
                "接的班", "接班", "承接", "接手", "接管", "撤销后", "撤销以后", "撤了以后", "撤掉", "取消以后", "取消后",
                "不再保留后", "以后由", "之后由", "后由", "组建了什么", "归哪了", "并进", "并入了", "去了哪", "给了谁",
                "交给", "整合进", "改成", "改组成", "改组为", "改组后", "后来是", "怎么样了", "怎样了", "什么情况", "啥情况", "咋样了", "还用吗", "还在用",
                "还叫吗", "新组建的", "新组建了", "新设的是", "组建的是")),
        ("from", ("前身", "组建", "由哪些", "由哪几个", "哪些单位合并", "怎么来的", "咋来的", "如何来的", "来源", "来自", "源自",
                  "基础上", "合并了哪", "整合了哪", "从哪", "由来", "整合来的", "合并来的", "整合而来", "合并而来", "哪来的", "组成", "重组而", "改组", "改过来", "合起来", "哪两个",
                  "哪几个部门合", "哪几个局合", "整合了哪些", "划过来", "哪些部门的职责", "怎么组建", "如何组建", "合并的",
                  "合并而", "组建时", "整合组建", "改设", "改建而", "改建的", "撤乡设", "撤镇设",
                  # "X整合的是哪几个局的职能": the bodies whose duties X took
                  "整合的是", "合并的是", "哪几个局的职", "哪几个单位的职", "哪几个部门的职", "哪几家单位的职",
                  # "X是撤销哪些机构后建立的": the bodies ended to set X up (fifteenth session)
                  "撤销哪些", "撤销哪几", "撤并哪些", "撤并哪几", "撤掉哪些", "撤掉哪几")),
    ), "history", "{u}的历史沿革是什么？"),
    Intent.PARENT: IntentSpec("隶属", "unit", (
        ("sign", ("牌子", "加挂", "对外保留")),
        ("parent", UNDER_CUES),  # "X挂在谁下面 / 挂靠哪": the unit over X, not where a sign hangs
        ("sign", ("挂在哪", "挂在", "挂哪", "挂到", "挂于", *PLACE_OF_SIGN)),
        ("relation", RELATION_CUES),
        ("co_located", CO_LOCATED_CUES),
        ("separate", SEPARATE_CUES),
    ), "parent", "{u}由哪个部门管理？"),
    Intent.UNIT_INFO: IntentSpec("单位情况", "unit", (
        ("sign", ("牌子", "加挂", "对外保留")),
        ("profile", UNDER_CUES),
        ("sign", ("挂在", "挂到", "挂于", *PLACE_OF_SIGN)),
        ("relation", RELATION_CUES),
        ("co_located", CO_LOCATED_CUES),
        ("separate", SEPARATE_CUES),
        ("when", WHEN_CUES),
        ("exists", ("还在吗", "还存在", "还有吗", "还保留", "是否存在", "存在吗", "在不在", "还有没有", "撤没撤", "撤销了吗",
                    "是不是撤", "是否撤", "撤了没", "撤销没", "存在不",
                    "撤了吗", "取消了吗", "没了吗", "还用吗",
                    "还在用", "还设吗", "还叫吗", "保留还是", "还是撤", "还是保留", "撤并了吗", "并掉了吗", "保留了吗",
                    # thirteenth session: the tag question typed short or with 么/嘛 ("X还有没", "X还在不")
                    "还有没", "还在不", "还在么", "还有么", "还在嘛", "还有嘛", "还存在么", "还保留不", "还保留没",
                    "还留着吗", "还留着没", "还有这个", "还有这家",
                    # sixteenth session: whether X was ended, asked with 有没有 / 是否 / 被 ("X有没有被撤销",
                    # "X被合并了吗", "X是否已撤销")
                    "有没有被撤", "有没有撤", "有无撤", "是否被撤", "是否已撤", "是否已被撤", "已经撤销了吗", "已撤销了吗",
                    "被撤销了吗", "被撤了吗", "被撤并了吗", "被撤掉了吗", "被合并了吗", "被合并了没", "有没有被合并",
                    "有没有合并", "是否被合并", "是否已合并", "被取消了吗", "有没有被取消", "是否被取消", "被并掉了吗")),
        ("rank", ("级别", "规格", "几级", "什么级", "啥级", "哪一级", "哪级", "正部", "副部", "正厅", "副厅", "正处", "副处",
                  "正科", "副科", "股级", "级的")),
        ("funding", FUNDING_CUES),
        ("kind", ("性质", "类别", "类型", "什么机构", "什么单位", "哪类", "啥单位", "啥机构", "什么部门", "序列")),
        ("duties", ("职责", "职能", "干什么", "干啥", "做什么", "做啥", "管什么", "管啥", "负责什么", "负责哪些", "负责啥",
                    "任务", "工作内容", "管哪些")),
    ), "profile", "{u}是什么级别？"),
    Intent.STAFFING: IntentSpec("编制", "place", (
        ("pool", ("编制池", "周转编制", "周转池", "编制周转")),
        ("over", ("超编", "超职数", "超出编制", "超过编制", "超员", "超配")),
        ("vacancy", ("空编", "空余编制", "空缺编制", "缺编", "还剩", "剩多少", "剩余", "空着")),
        ("leaders", ("职数", "领导职位", "领导岗位", "几个领导", "多少领导", "领导", "几正几副", "正副职",
                     # "X有几个副职 / 正职配几个": the posts of its heads (sixteenth session)
                     "副职", "正职",
                     # "几个副局长", "局长几名": the posts of its heads
                     "副局长", "局长", "副部长", "部长", "副厅长", "厅长", "副主任", "副处长", "处长", "副科长", "科长")),
        ("divisions", ("内设机构", "处室", "科室", "司局", "股室", "内设", "几个司", "几个处", "几个科", "几个股", "多少个司",
                       "多少个处", "多少个科", "多少个股")),
    ), "posts", "{u}有多少编制？"),
    Intent.ORGCHART: IntentSpec("机构设置", "place", (), "orgchart", "{u}有哪些内设机构？"),
    Intent.OVERLAP: IntentSpec("职责交叉", "none", (), "overlap", "{u}与哪些单位职责交叉？"),
    Intent.UNKNOWN: IntentSpec("未能理解", "none", (), "unknown", ""),
}

LABELS: dict[str, str] = {intent.value: spec.label for intent, spec in SPECS.items()}


# "哪些部门的职责整合进来了 / 把哪几个局并进来": 进来 points at the unit asked about, so the
# units moved are where it came from, not where it went (整合进 alone is a "to" cue)
_INWARD = re.compile(r"(?:整合|合并|归并|并|划|转|纳)(?:了)?进来")


def inward_as_from(text: str) -> str:
    """``text`` with each verb of moving into the unit asked about written as a "from" cue."""
    return _INWARD.sub("划过来", text)


def mode_of(intent: Intent, text: str) -> str:
    """The mode of ``intent`` a question asks for: the first mode one of whose words it
    contains, else the intent's default."""
    spec = SPECS[intent]
    if intent is Intent.LINEAGE:
        # "X由哪些单位重新组建的": 重新组建 asks where X came from; its "新组建的" is no "to" cue
        text = text.replace("重新组建", "重组建")
        text = inward_as_from(text)
        if EARLIER_ROOT_CUES.search(text):
            return "from2"  # "X前身的前身", "X的前身再往前是什么": the roots of X's roots
    for mode, cues in spec.modes:
        if any(c in text for c in cues):
            return mode
    return spec.default_mode


HELP = ("可以这样问：“谁负责草原防火？”“2017年谁负责出入境检验检疫？”“自然资源部的前身是什么？”"
        "“国家药品监督管理局由哪个部门管理？”“国家海洋局牌子挂在哪？”“国家卫生健康委员会有多少编制？”"
        "“哪些单位职责交叉？”")
