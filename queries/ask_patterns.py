"""The patterns and example questions ``queries.ask`` routes by.

Routing works on the question after dates were taken out and linked names were replaced by
placeholders: ``U`` (a unit name, or a sign's name) and ``J`` (a jurisdiction). So
"2017年样例县谁负责草原防火？" is routed as "J谁负责草原防火", and "县林业局牌子挂在哪" as
"U牌子挂在哪". A rule fires when its regex matches *and* the slots it needs are there (a unit
for 沿革/隶属/级别; a topic for 谁负责), so "今天天气怎么样" never reaches a query.

Rules are tried in order; the first that fires wins. Questions no rule takes go to the
example questions below, compared with the embedder (``queries.ask._similar_intent``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

U = "Ｕ"  # placeholder of a linked unit (or sign) name
J = "Ｊ"  # placeholder of a linked jurisdiction

_QW = r"(?:谁|哪个|哪些|哪一个|哪一些|哪几个|哪家|哪|什么|啥)"
_ORG = r"(?:部门|单位|机构|机关|部委|委办局|局|处|科|股)?"
_HANDLE = r"(?:负责|承担|主管|管理|管|牵头|履行|分管|主抓|处理|办理|受理|监管|统筹|抓)"


@dataclass(frozen=True)
class Rule:
    intent: str
    mode: str
    pattern: re.Pattern[str]
    needs: str  # "unit" | "place" (unit or jurisdiction) | "topic" | "sign" | "none"


def _r(intent: str, mode: str, pattern: str, needs: str) -> Rule:
    return Rule(intent, mode, re.compile(pattern), needs)


RULES: list[Rule] = [
    # 职责交叉重叠
    _r("overlap", "overlap", r"交叉|重叠|重复|多头|重合|职责冲突|职能冲突|扯皮|打架", "none"),
    # 编制、领导职数、内设机构数
    _r("staffing", "pool", r"编制池|周转编制|周转池|人才编制池|编制周转", "none"),
    _r("staffing", "over", r"超编|超职数|超出编制|超过编制|超员|超配", "none"),
    _r("staffing", "vacancy", r"^(?!.*(?:收回|回收|收编)).*(?:空编|空余编制|空缺编制|缺编|编制(?:还)?(?:剩|空)(?:余|下|多少|几))", "place"),
    _r("staffing", "leaders", r"职数|领导(?:职位|岗位)(?:数|有几|有多少)", "place"),
    _r("staffing", "divisions", r"(?:多少|几)个?(?:内设机构|处室|科室|司局|股室)|(?:内设机构|处室|科室|股室)(?:数|数量|的数量|有多少|有几|共几|一共)", "place"),
    _r("staffing", "posts", r"^(?=.*(?:编制|人员|名额)).*(?:多少|几|数量|数额|情况|核定|核增|核减|收回|划转|划出|划入|调剂|周转|空编|超编|还剩|剩余|规模|定额|有编)", "place"),
    _r("staffing", "posts", r"(?:行政|事业|政法专项|工勤)编制", "place"),
    # 牌子
    _r("unit_info", "sign", r"牌子|加挂|挂牌|对外保留|挂在", "sign"),
    # 历史沿革: where from
    _r("lineage", "old_name", r"原来叫|原名|曾用名|以前叫|过去叫|之前叫|旧称|老名字|改名前|更名前叫", "unit"),
    _r("lineage", "from", r"前身|由" + _QW + r"(?:单位|部门|机构)?(?:合并|整合|组建|组成|重组|并成|改建)|(?:是)?(?:怎么|如何|怎样|由什么)(?:来的|组建|成立|形成|产生)"
       r"|(?:职责|职能)(?:是)?(?:从|来自|来源|源自|由来)|来源于|从哪(?:里|儿)?来|(?:合并|整合|组建)了" + _QW
       + r"|" + _QW + r"(?:单位|部门|机构)(?:合并|整合|组建|并入|组成)|在" + _QW + r"(?:基础上|之上)", "unit"),
    # 历史沿革: where to
    _r("lineage", "to", r"后来(?:怎么|怎样|如何|去|变|呢|的)|现在叫|现名|如今叫|目前叫|改名为?" + _QW + r"|更名为?" + _QW
       + r"|去哪|(?:并入|合并到|合并进|整合到|整合进|并到|归并到)(?:了)?" + _QW + r"|被" + _QW + r".{0,6}(?:取代|替代|合并|整合|接替)"
       + r"|还(?:存在|在|有|保留)吗|是否(?:还)?(?:存在|保留|撤销)|(?:撤销|撤并|取消)了吗|现在还有|继承|接替|后继|变成了?" + _QW
       + r"|(?:职责|职能)(?:都)?(?:划给|划入|划到|交给|转给|转到|去)了?" + _QW, "unit"),
    _r("lineage", "history", r"沿革|历史|演变|变迁|来龙去脉|变化过程|发展历程|改革历程|经历了" + _QW + r"|变化", "unit"),
    # 隶属
    _r("parent", "moved", r"划入(?:了)?" + _QW + r"|划归(?:了)?" + _QW + r"|改由" + _QW + r"|转隶", "unit"),
    _r("parent", "parent", r"(?:由|归|受)" + _QW + _ORG + r"(?:来)?(?:管理|管|领导|主管|代管|负责管理|统管)|上级|主管(?:部门|单位|机关)|隶属|归属"
       + r"|属于" + _QW + r"|是" + _QW + _ORG + r"的?(?:下属|所属|管理|直属|代管)|归口|挂靠|" + _QW + r"(?:部门|单位)?(?:来)?(?:管理|管|代管|领导)" + U
       + r"|" + U + r"(?:的)?(?:上级|主管)", "unit"),
    # a unit's own duties
    _r("unit_info", "duties", U + r"的?(?:主要|具体)?(?:职责|职能|任务|工作内容)(?!.*" + _QW + r"(?:部门|单位|机构))"
       + r"|" + U + r"(?:主要|具体)?(?:负责|承担|管|干|做)(?:哪些|什么|啥)|" + U + r"是(?:干|做)(?:什么|啥)的", "unit"),
    # 谁负责X (topic rules: the named group t is the topic)
    _r("who_handles", "topic", r"^(?P<t>.+?)(?:的)?(?:工作|职责|职能|事项|业务|事务|事情|事)?(?:现在|目前|当时|当前)?(?:是|应|应该|都)?(?:由|归|属于|是|在)"
       + _QW + _ORG + r"(?:来|在)?(?:具体)?(?:负责|承担|主管|管理|管|牵头|履行|分管|处理|办理|的职责|的事|职责|的|监管|统筹)?(?:的)?$", "topic"),
    _r("who_handles", "topic", _QW + _ORG + r"(?:来|在|主要|具体|现在|目前)?" + _HANDLE + r"(?P<t>.+)$", "topic"),
    _r("who_handles", "topic", r"(?:负责|承担|主管|分管|牵头|管理|管)(?P<t>.+?)(?:工作|职责|事项)?的(?:是|有)?" + _QW, "topic"),
    _r("who_handles", "topic", r"^(?P<t>.+?)(?:该|应|应该)?(?:找|问|去|向)" + _QW, "topic"),
    _r("who_handles", "topic", r"^(?P<t>.+?)(?:是)?" + _QW + r"(?:部门|单位|机构)的?(?:职责|职能|事|工作)", "topic"),
    # 级别、类别、存续、概况
    _r("unit_info", "rank", r"级别|规格|什么级|几级|哪一级|正部级|副部级|正厅|副厅|正处|副处|正科|副科|股级", "unit"),
    _r("unit_info", "kind", r"性质|类别|什么(?:类型|样)的?(?:机构|单位|部门)|是什么(?:机构|单位|部门)|属于什么|机构类型|哪类", "unit"),
    _r("unit_info", "profile", r"简介|介绍|基本情况|概况|是什么|什么情况|怎么样|有关情况|信息", "unit"),
    # 组织架构
    _r("orgchart", "orgchart", r"架构|机构设置|机构图|组织图|组织结构|下设|内设机构|内设|(?:有|包括|设|设置了?)" + _QW + r"(?:部门|单位|机构|处室|科室|司局|股室|下属单位|所属单位|直属单位|事业单位|政府工作部门|工作部门)"
       + r"|下属|所属(?:单位|事业单位|机构)|直属(?:单位|机构)|" + _QW + r"(?:政府工作部门|工作部门|事业单位)", "place"),
    # last resort: "X在哪个部门"
    _r("who_handles", "topic", r"^(?P<t>.+?)(?:在|由|归)?" + _QW + r"(?:部门|单位|机构)", "topic"),
]

# Words stripped from a who-handles topic ("请问现在草原防火工作由谁负责" → "草原防火").
TOPIC_PREFIX = re.compile(r"^(?:请问|我想知道|想知道|想问一下|想问|问一下|咨询一下|咨询|请告诉我|告诉我|麻烦问一下|你好|您好)+")
TOPIC_NOISE = re.compile(r"现在|目前|当前|如今|现阶段|眼下|当时")
TOPIC_TAIL = re.compile(r"(?:的)?(?:相关)?(?:工作|职责|职能|事项|业务|事务|事情|事|问题|方面|领域|这块|这一块|这项|这件事)+$")
TOPIC_EDGE = "的是了呢吗啊呀么？?！!。，,、；;：:“”\"' "

# Example questions per intent for the similarity fallback. 某单位 stands for a linked unit,
# 某县 for a jurisdiction, so examples compare on the wording of the question only.
EXAMPLES: dict[str, list[str]] = {
    "who_handles": [
        "谁负责草原防火", "森林防火由哪个部门负责", "哪个单位承担安全生产监督管理", "不动产登记归哪个部门管",
        "食品安全监管是哪个部门的职责", "办理营业执照找哪个部门", "负责防汛抗旱的是哪个单位",
        "水资源调查由谁来管", "某县的城乡规划谁在管", "出入境检验检疫现在是哪里管",
        "哪个部门管地质灾害防治", "矿山安全监察是谁的事",
    ],
    "lineage": [
        "某单位的前身是什么", "某单位是由哪些单位组建的", "某单位的职责来自哪里", "某单位后来怎样了",
        "某单位现在叫什么", "某单位原来叫什么名字", "某单位的历史沿革", "某单位是怎么来的",
        "某单位合并到哪里去了", "某单位还存在吗", "某单位经历了哪些变化", "某单位被谁取代了",
    ],
    "parent": [
        "某单位由哪个部门管理", "某单位归谁管", "某单位划入了哪个部门", "某单位的上级是谁",
        "某单位隶属于哪个部门", "某单位的主管部门", "某单位是哪个部门的下属单位", "谁代管某单位",
    ],
    "unit_info": [
        "某单位牌子挂在哪", "某单位是什么级别", "某单位是什么性质的机构", "某单位的规格",
        "某单位的主要职责有哪些", "某单位是干什么的", "介绍一下某单位", "某单位的基本情况",
    ],
    "staffing": [
        "某单位有多少编制", "某单位有多少个内设机构", "某单位的领导职数", "某单位行政编制多少名",
        "某县收回了多少编制", "某单位编制还剩多少", "某单位核定了多少事业编制",
    ],
    "overlap": [
        "哪些单位职责交叉", "森林防火方面有哪些部门职责重叠", "某单位和某单位职责是否重叠",
        "有没有多头管理的情况", "哪些部门的职能重复",
    ],
    "orgchart": [
        "某单位下设哪些机构", "某单位的组织架构", "某县有哪些政府工作部门", "某单位的内设机构有哪些",
        "某县的机构设置", "某单位有哪些所属事业单位",
    ],
}

# Cosine an example must reach for the fallback to trust it, by embedder-name prefix.
SIMILARITY_FLOOR = {"hash-": 0.55}
SIMILARITY_FLOOR_DEFAULT = 0.88

# What the answer says when nothing fits.
HELP = ("可以这样问：“谁负责草原防火？”“2017年谁负责出入境检验检疫？”“自然资源部的前身是什么？”"
        "“国家药品监督管理局由哪个部门管理？”“国家海洋局牌子挂在哪？”“国家卫生健康委员会有多少编制？”"
        "“哪些单位职责交叉？”")
