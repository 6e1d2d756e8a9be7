"""Which intent a question has: a classifier trained on labelled questions, not a list of
regexes.

Features: character 1–3-grams of the question as routed (linked and unit-shaped names are
``U``, places ``J``, so "Ｕ的前身" reads the same for every unit) plus relation cues
(前身/组建/并入/牌子/管理/级别/编制/内设/负责 …) as their own features. Model: logistic
regression (scikit-learn), trained once per process on ``data/examples.yaml``. The slots
decide among likely intents: an intent that needs a unit is not chosen for a question without
one. The probability of the chosen intent is the answer's confidence.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import yaml

from queries.ask.body_counts import body_count_asked
from queries.ask.dates import extract_date
from queries.ask.intents import RELATION_CUES, SPECS, WHEN_CUES, Intent, mode_of
from queries.ask.parsing import (
    _ACTS_AT_END,
    _ROLE_AT_END,
    TERSE_PARENT,
    TOPIC_EDGE,
    TOPIC_NOISE,
    TOPIC_TAIL,
    J,
    Parsed,
    U,
    generic_routed,
    normalize_question,
    topic_of,
)

# relation cues: each one a feature of its own (besides the character n-grams)
CUES = ("前身", "组建", "并入", "合并", "整合", "牌子", "加挂", "管理", "代管", "归", "管", "上面", "上级", "隶属", "主管",
        "级别", "规格", "性质", "编制", "职数", "内设", "下设", "负责", "承担", "谁", "哪个部门", "哪些部门", "后来", "现在叫",
        "原来", "以前叫", "还在", "撤销", "沿革", "历史", "多少", "几个", "交叉", "重叠", "重复", "分工", "有哪些", "职责",
        "干什么", "啥", "找", "分头", "怎么来", "来的", "挂")

# words that make a question one about establishment, whatever the classifier says
DOMAIN_WORDS = ("编制", "职数", "超编", "空编", "职责", "职能", "负责", "承担", "机构", "部门", "单位", "牌子", "级别", "规格",
                "前身", "沿革", "隶属", "内设", "交叉", "重叠", "组建", "撤销", "合并", "并入", "更名", "管理")

# "X是不是Y管的", "X是Y管的吗", "X归不归Y管", "X由Y管理吗", "X是Y代管的吧": a yes-no question of X's manager
# (Y also a government or a Party committee: "X是不是市政府管的", "X归县委管吗")
_GOVERNMENT = r"(?:" + J + r"|省|市|县|区|州|旗)?(?:人民政府|政府|党委|委)|国务院|党中央|中央"
_PARENT_YES_NO = re.compile(U + r"(?:现在|目前|还)?(?:是不是|是否|是|归不归|还归|归|由)?(?:由|归)?(?:" + U + "|" + _GOVERNMENT + ")"
                            + r"(?:来)?(?:管理|代管|主管|领导|管)(?:的)?(?:吗|么|嘛|吧|呢)?$|"
                            + U + r"(?:现在|目前|还)?(?:是不是|是否)(?:由|归)" + U)

# "X是不是国务院组成部门", "X是省政府直属机构还是部门管理机构", "X属于事业单位吗": a yes-no or
# either-or question of one unit's kind (its 机构类别), not its history nor a duty
_KIND_NOUN = (r"(?:组成部门|组成单位|直属特设机构|直属机构|直属单位|办事机构|部门管理机构|工作部门|事业单位|议事协调机构|"
              r"派出机构|行政机构|国家局|群团组织|临时机构|常设机构|参公单位|行政执法机构)")
_KIND_TAIL = re.compile(r"(?:的)?(?:现在|目前|如今|还|到底|究竟|仍然|仍)*(?:是不是|是否|是|属不属于|属于|算不算|算是|算|归为|列为|属)"
                        r"[^谁哪？?]{0,12}?" + _KIND_NOUN
                        + r"(?:吗|么|嘛|吧|呢|啊|呀|还是[^谁哪？?]{0,14}?" + _KIND_NOUN + r"(?:呢|啊|呀)?)?")

# "国务院组成部门包括人民银行和审计署吗", "直属机构里有没有海关总署", "事业单位包不包括X": the kind written
# first, then whether it holds the named bodies: each body's kind, as "X是不是国务院组成部门" asks
_KIND_HOLDS = re.compile("^" + J + r"?(?:的)?(?:现有的?|目前的?|现在的?)?" + _KIND_NOUN
                         + r"(?:里|中|当中|里面|里头|之中)?(?:都|还|是否|是不是)?(?:包括|包含|包不包括|包含不包含|含|含不含|有没有|有)(?:了)?"
                         + U + r"(?:(?:和|与|、|及|跟|以及)" + U + r")*(?:吗|么|嘛|没有|没|不|在内吗|在内)?$")
# "A和B分别由谁负责", "A、B各自归哪个部门管": each of two matters asked for its own holder
_EACH_ASKED = re.compile(r"(?:分别|各自)(?:是|都)?(?:由|归|在|找)?(?:谁|哪个|哪家|哪一个|哪个部门|什么部门|啥部门)")

# Twelfth session: "X都管些啥", "X主要管哪些事儿", "X是干啥的", "X具体负责哪些工作 / 环节": one unit, then a
# colloquial question of what it does (its duties), the object a word for matters, never a kind of body
# ("X管哪些单位 / 管着哪几个国家局" list the bodies under X)
_DUTIES_TAIL = re.compile(r"(?:的)?(?:主要|具体|平时|平常|都|现在|目前|一般|到底|究竟|还|又|是)*(?:是)?"
                          r"(?:管|负责|承担|干|做|抓)(?:着|的|了)?(?:些|哪些|哪几项|哪方面的?|哪一块|什么样的)?"
                          r"(?:啥|什么|事儿|事情|事|工作|业务|环节|职能|职责|内容|活儿?)(?:的|儿)?(?:呀|啊|呢|吗|哇|哦)?")


def _duties_asked(parsed: Parsed) -> bool:
    """Whether a question is one unit and then a colloquial question of what it does."""
    if len(parsed.units) != 1:
        return False
    text = parsed.text.strip("？?！!。，,、 ")
    at = text.find(parsed.units[0].text)
    if at < 0 or re.search(r"谁|哪", text[:at]):
        return False
    return bool(_DUTIES_TAIL.fullmatch(text[at + len(parsed.units[0].text):]))

# "X加挂哪个牌子", "X对外保留了哪块牌子", "X还挂着几块牌子": the signs X itself carries (X the
# host), never where X's own name hangs as a sign ("X挂在哪个部门")
_SIGNS_CARRIED = re.compile(U + r"(?:的)?(?:对外|还|现在|目前|如今|同时|另外|都|也|一共|共)*(?:加挂|增挂|挂着|挂有|挂|保留)(?:了|着|的)?"
                            r"(?:哪个|哪块|哪一块|哪几块|哪几个|哪些|什么|啥|几块|几个)(?:的)?牌")

# "X是挂在区政府办还是农业农村局", "X的牌子挂到A还是B了": which of two named hosts carries X's sign
_SIGN_EITHER = re.compile(r"(?:牌子)?(?:是|现在|目前|还)*(?:挂在|挂到|挂于|设在)[^谁哪？?，,]{2,20}?还是[^谁哪？?，,]{2,20}")


# a word for a body's duties as a class, no one duty: "X的行政职能 / 管理职能 / 主要职责 / 全部职责划给谁了"
_GENERIC_DUTY = re.compile(r"(?:行政|管理|行政管理|主要|全部|所有|其他|其余|剩余|原有|相关|有关|日常|具体|业务|事业|公益)+")


def handed_duty(parsed: Parsed) -> str | None:
    """The duty X of "A的X职责划给了谁" (A a linked unit, X more than a bare 职责), else None."""
    m = DUTY_HANDED.search(parsed.routed)
    written = (m.group("duty") or m.group("out") or "") if m else ""
    if not m or U in written or re.search(r"编制|职数|人员|人数", written):
        return None  # "A的编制划到哪了": where A's posts went, no duty
    duty = re.sub(r"^.*?(?:把|将)", "", written)  # "A三定把X职责划给了谁": X
    duty = TOPIC_TAIL.sub("", TOPIC_NOISE.sub("", duty)).strip(TOPIC_EDGE)
    duty = re.sub(r"(?:的|相关|有关|部分|全部|等等|等)+$", "", duty)  # "A、B、C等职责": the list, not 等
    duty = re.sub(r"^(?:的|相关|有关|部分|管的|负责的|承担的|主管的|原有的|原来的)+", "", duty)
    if _GENERIC_DUTY.fullmatch(duty):
        return None  # "X的行政职能划给谁了": X's duties as a whole, where they went (seventeenth session)
    return duty if len(duty) >= 2 else None


def _kind_asked(parsed: Parsed) -> bool:
    """Whether a question asks of its one unit whether it is of a kind (or which of two kinds)."""
    if len(parsed.units) != 1:
        return False
    text = parsed.text.strip("？?！!。，,、 ")
    at = text.find(parsed.units[0].text)
    if at < 0 or at > 8 or re.search(r"谁|哪", text[:at]):
        return False
    return bool(_KIND_TAIL.fullmatch(text[at + len(parsed.units[0].text):]))

# "X成立多少年了 / 组建几年了 / 设立多久了": the body's age is asked by its founding's date, not a figure
_AGE_ASKED = re.compile(r"(?:成立|组建|设立|建立|挂牌|组建)(?:了|至今|到现在|到今天)?有?(?:多少|几)(?:年|个年头)"
                        r"|(?:成立|组建|设立|建立|挂牌)(?:了|至今|到现在|到今天)?有?多(?:久|长时间)")
# "X原来是啥局 / 以前是哪个单位 / 过去是什么机构 / X的老底子": the body X was before, a question of where X
# came from (not its whole history); an attribute ("以前是什么级别"), a manager ("以前是哪个部门管的") or a
# name ("原来叫什么") is no body asked
_WAS_WHICH_BODY = re.compile(U + r"(?:的)?(?:原来|以前|过去|之前|原先|早先|最早|本来|改革前)(?:是|为)(?:个)?(?:啥|什么|哪个|哪家|哪一个)"
                             r"(?:局|单位|部门|机构|委员会|委|办|厅|部|所|站|中心)?(?:呀|啊|呢|来着)?$"
                             r"|" + U + r"(?:的)?老底子")
# "<date>X还叫什么 / 当时叫啥 / 那时候叫什么名字": the name at the date asked (with a date only: "X还叫什么"
# alone may ask its other names)
_CALLED_THEN = re.compile(U + r"(?:的名字|的名称)?(?:还|当时|那时候?|那会儿?|那个时候)?(?:是)?叫(?:什么|啥|做什么|啥名|什么名字?)")
# "X改革前是哪个局": the date read off, the body X was before its reform
_IS_WHICH_BODY = re.compile(U + r"(?:的)?(?:是|为)(?:个)?(?:啥|什么|哪个|哪家|哪一个)(?:局|单位|部门|机构|委员会|委|办|厅|部)$")
# a body taking another's place: 取代, 代替, 替代, 接替, 接管, 接手, 顶替, 代行 (a chronicle's "县革命委员会
# 代行县人民委员会职权", a reform's "新组建的局接替原局的职能"). Asked with the body as its doer ("X取代了哪些机构",
# "X接管了哪几个单位的职责", "X代行了哪些机构的职权") the bodies replaced are where X came from; asked with the
# body undergoing it with 被 ("X被哪个机构取代了", "X被什么部门代替了") they are where X went
_TAKE_PLACE = r"(?:取代|代替|替代|接替|接管|接手|顶替|代行|替换)"
_ASKED_OBJECT = r"(?:了|的是|的(?:单位|机构|部门)是)?(?:哪|什么|啥|谁)"
_REPLACED_WHOM = re.compile(U + r"[^Ｕ，,。？?被由让给后撤并]{0,4}?" + _TAKE_PLACE + _ASKED_OBJECT)
# (after X's own end the doer is whoever came after X: "X撤销后接替的单位是哪个" is no X's doing; the body
# itself with 被, not a duty of it; forms with 由 / 谁 are left to the classifier: reading them cost a blind question)
_REPLACED_BY = re.compile(U + r"[^Ｕ，,。？?的]{0,6}?被[^Ｕ，,。？?]{0,8}?" + _TAKE_PLACE)


# "X撤销后职责划给了谁", "X不再保留以后，其行政职能由哪些单位承担": where an ended body's duties went
# "X撤了以后划给哪个镇了", "X撤销后整建制并入哪里", "X撤并后辖区归哪个乡" (fifteenth session): where the
# ended body itself went, its duties or its area named or not
_ENDED_DUTIES = re.compile(U + r"(?:被)?(?:撤销|撤并|撤掉|撤了|撤消|不再保留|取消)(?:了)?(?:建制)?(?:以后|之后|后)[，,]?"
                           r"(?:其|它的?|原有的?|原来的)?"
                           r"(?:(?:行政|企业|事业|经营|执法|审批|监管)?(?:职责|职能)|整建制|整体|辖区|所辖区域|区域|人员|机构)?"
                           r"(?:都|分别|又|各|是)?"
                           r"(?:划给|划到|划归|划入|并入|并到|并进|归入|合并到|交给|交由|移交给?|转给|给|由|归|去)(?:了)?(?:谁|哪)")

# "X撤了，X的职责谁来代行", "X撤销后工作由哪个单位承担": who took over an ended body's duties, the body
# named again or not (seventeenth session)
_ENDED_WHO_ACTS = re.compile(U + r"(?:被)?(?:撤销|撤并|撤掉|撤了|撤消|不再保留|取消)(?:了)?(?:建制)?(?:以后|之后|后)?[，,]?"
                             r"(?:" + U + r"的|其|它的?|原有的?|原来的)?(?:职责|职能|工作|业务)(?:都|又|就)?(?:由|归)?"
                             r"(?:谁|哪个(?:部门|单位|机构)|哪家)(?:来)?(?:代行|代管|承担|接手|接管|负责|履行|行使|管)")
# "X是哪年改成Y的", "X什么时候更名为Y", "X何时升格为Y", "X哪年改成现在这个名的": when X became Y (Y
# linked or not), a step of X's history, not the founding of Y (fifteenth session)
_BECAME_WHEN = re.compile(U + r"(?:是|在|于)?(?:" + "|".join(WHEN_CUES[:8]) + r")(?:被)?"
                          r"(?:改成|改为|改名为|改名成|改名叫|更名为|更名成|改称|改叫|改设为?|改建为|改组为|升格为|升格成|升为|变成|合并为|并入|并到)"
                          r"(?:" + J + "?" + U + r"|现在的?(?:这个)?名(?:字|称)?|[^？?，,。]{2,20}?)(?:的)?[？?]?$")

# "X是哪个局的二级单位", "X是哪个部门的下属单位 / 直属事业单位 / 内设机构": the body over X (fifteenth session)
_SUBORDINATE_OF = re.compile(U + r"(?:的)?(?:现在|目前|原来)?(?:是|属于|系|为|算|归)?(?:哪个|哪家|哪一个|哪一家|什么|啥|哪)"
                             r"(?:局|部门|单位|机构|委|办|厅|部|委员会|系统|政府|乡镇|镇|乡|街道)?(?:的|下面的|下边的|底下的|名下的|管的)"
                             r"(?:二级单位|下属单位|直属单位|所属单位|下级单位|二级机构|下属机构|直属机构|所属机构|"
                             r"下属事业单位|直属事业单位|所属事业单位|事业单位|派出机构|内设机构|内设科室|内设股室|科室|股室|处室)")

# "X并入Y了吗", "X合并到Y了没有", "X是不是并入Y了"
_MERGED_YES_NO = re.compile(r"(?:并入|并到|并进|合并到|合并进|整合到|整合进|划入|划归)(?:了)?" + U
                            + r"(?:了)?(?:吗|么|没有?|嘛|吧)$")

# "A和B合并了吗", "A、B后来合并成什么了", "A与B是不是合到一起了": one event of two named units
MERGED_TOGETHER = re.compile(U + r"(?:和|与|跟|同|及|、)" + U + r"(?:(?:和|与|跟|同|及|、)" + U + r")?"
                             r"(?:两个单位|两个部门|两家|两个局|两局|这两个|俩)?(?:现在|后来|之后|是不是|是否|有没有|已经|都|最后)*"
                             r"(?:合并|合到一起|合在一起|并到一起|并在一起|合成|并成|合为一|整合为|整合成|整合到一起|合一)")

# "十三五期间示例县撤销了哪些单位", "2019年某县新组建了几个机构": the bodies a place formed or
# ended (in a span), no one unit named
PLACE_EVENTS = re.compile(r"(?:先后|陆续|一共|共)?(?P<verb>撤销|撤并|撤掉|不再保留|新组建|组建|新设立|新设|设立|新成立|成立|更名|改名|合并)"
                          r"(?:了)?(?:哪些|哪几个|哪几家)(?P<noun>单位|机构|部门|局|事业单位|工作部门|乡镇|乡|镇|街道办事处|街道)")

# "X先后由哪些部门负责 / 先后归哪个部门管" (over a span): the holders in turn
_HOLDERS_OVER_SPAN = re.compile(r"(?:先后|陆续)(?:是|由|归|在)?(?:哪些|哪几个|哪个|什么)(?:部门|单位|机构)(?:来)?(?:负责|承担|管理?|主管|监管)")

# "A的X职责划给了谁 / 划到哪个局了 / 交给哪个部门了": who took a duty A gave away (a 谁负责 question
# of X in A's place, A never the answer), not A's history, parent or overlaps
DUTY_HANDED = re.compile(U + r"(?:的|承担的|原有的|原来的|以前的|过去的)?(?P<duty>[^？?。，,]{2,40}?)"
                         r"(?:现在|目前|后来|已经|都|又|是|被)*(?:划给|划到|划入|划归|划转给?|交给|交由|交到|移交给?|移交到|转给|转到|"
                         r"调整到|调整给|调整为由|给)(?:了|到|给)*(?:谁|哪)"
                         # "X划出的A、B等职责去了哪些部门": the handing verb before the duties (seventeenth session)
                         r"|" + U + r"(?:划出|划走|移出|调出|转出|剥离)(?:了|出去)?(?:的)?(?P<out>[^？?。，,]{2,60}?)"
                         r"(?:现在|后来|都|又|分别)*(?:去了|到了|划给了|给了|归了|去|到|归)(?:谁|哪)")

# Thirteenth session: "X里接报警归哪个部门", "X内部森林防火由哪个科室负责", "X的信访工作归哪个股室管",
# "X里谁负责档案管理": which of X's own divisions holds a duty (X the body the answer stays within). With
# 里/内/内部/里面 any word for a body asks it; after 的 (or none) only a word for a division does
# ("X的Y由哪个部门负责" may ask who took Y over from X).
_DIVISION_NOUN = r"(?:内设机构|内设科室|内设股室|内设处室|司局|科室|股室|处室|司|科|股|处|室|大队|中队|支队)"
_INSIDE = r"(?:里面|里头|里边|内部|当中|之中|里|内|中)"
_ASKED_BODY = r"(?:哪个|哪一个|哪些|哪几个|什么|啥)"
_HANDLES = r"(?:来)?(?:负责|承担|主管|管理|分管|办理|管)?(?:的)?(?:呢|啊|呀)?"
WITHIN_BODY = re.compile(
    "^" + U + "(?:" + _INSIDE + "(?:的)?|的)?(?P<duty>[^" + U + J + r"谁哪什啥？?]{2,40}?)"
    r"(?:是|现在|目前|具体|主要|都|一般)*(?:归|由|在|是)?" + _ASKED_BODY
    + "(?:" + _DIVISION_NOUN + "|部门|单位|机构)" + _HANDLES + "$|"
    "^" + U + _INSIDE + r"(?:是|现在|目前|具体|主要|一般)*(?:谁|" + _ASKED_BODY + "(?:" + _DIVISION_NOUN + r"|部门|单位|机构))"
    r"(?:来)?(?:负责|承担|主管|管理|分管|办理|管)(?P<duty2>[^" + U + J + r"谁哪？?]{2,40}?)(?:工作)?(?:的)?(?:呢|啊|呀)?$")


def within_body_duty(parsed: Parsed) -> str | None:
    """The duty of "X里Y归哪个部门 / X的Y由哪个科室负责 / X里谁负责Y" (one unit X, at the start), else None.
    A division word is needed unless 里/内 says the answer is inside X."""
    text = parsed.routed.strip("？?！!。，,、 ")
    text = re.sub("^" + J + "的?(?=" + U + ")", "", text)  # "曾都公安分局里…": a place written before X is X's
    m = WITHIN_BODY.match(text)
    if not m or text.count(U) != 1:
        return None
    duty = m.group("duty") if m.group("duty") is not None else m.group("duty2")
    inside = re.match(U + _INSIDE, text) is not None
    if not inside and not re.search(_ASKED_BODY + _DIVISION_NOUN, text):
        return None  # "X的Y由哪个部门负责": not said to be inside X
    if m.group("duty") is not None and not re.search(r"(?:归|由)" + _ASKED_BODY + "|" + _ASKED_BODY + r"[^？?]{0,5}?(?:负责|承担|主管|管理|分管|办理|管)", text):
        return None  # "X内设哪些科室": its divisions are asked, no duty's holder
    duty = re.sub(r"(?:的|工作)+$", "", duty.strip("、，, "))
    return duty if len(duty) >= 2 else None


# a unit name and a word for its divisions only: "X股室？", "X的处室", "X内设机构有哪些"
_TERSE_DIVISIONS = re.compile(r"(?:的)?(?:内设股室|内设科室|内设处室|内设司局|股室|科室|处室|司局|内设|内设机构|下属单位|下设机构|二级机构|下属机构"
                              r"|二级单位|直属单位|所属单位|下属事业单位|直属事业单位|所属事业单位)"
                              r"(?:呢|有哪些|都有哪些|是哪些|是啥|是什么)?")

# "X有几个二级单位 / 下属单位多少个 / 共有多少家直属单位": the units under X, counted (fifteenth session)
_SUB_UNITS_COUNTED = re.compile(U + r"(?:的)?(?:现在|目前|一共|共|总共)?(?:有|设|设有|下设)?(?:几个|多少个?|几家|多少家)"
                                r"(?:二级单位|下属单位|直属单位|所属单位|二级机构|下属机构|下属事业单位|直属事业单位|所属事业单位)"
                                r"|" + U + r"(?:的)?(?:二级单位|下属单位|直属单位|所属单位|二级机构|下属机构|下属事业单位|直属事业单位|所属事业单位)"
                                r"(?:有|共有|一共有)?(?:几个|多少个?|几家|多少家)")

# "X谁发 / 去哪儿办 / 谁说了算", "X主管部门是哪个": a question ending on who acts is about a duty,
# however short (not small talk)
_ASKS_WHO_ACTS = re.compile(_ACTS_AT_END + "|" + _ROLE_AT_END)

# below this probability the answer says what it understood and offers readings instead
CONFIDENCE_FLOOR = 0.2

# The decision, made explicit: each rule read before (or over) the classifier, in the order
# ``route`` reads them; ``Route.rule`` names the one that decided ("classifier" when none did).
# tests/test_ask_routing10.py pins borderline phrasings of each kind to its rule.
RULES: dict[str, str] = {
    "bare_unit": "a unit name alone: its profile",
    "terse_divisions": "a unit name and a word for its divisions: their list",
    "terse_parent": "a unit name and a bare parent word (隶属, 上级单位): the body over it",
    "place_events": "bodies a place formed or ended over a dated span",
    "holders_over_span": "the holders of a duty in turn over a span",
    "ended_duties": "X撤销后职责划给了谁: where the duties of an ended body went",
    "duty_handed": "A的X职责划给了谁: who took X, in A's place",
    "merged_together": "A和B合并了吗: the unit both went into",
    "within_body": "X里Y归哪个部门 / X的Y由哪个科室负责: which of X's divisions holds Y",
    "merged_yes_no": "X并入Y了吗: whether X still exists",
    "sign_either": "X是挂在A还是B: which host carries X's sign",
    "kind_asked": "X是不是/属于 <kind>: X's kind",
    "each_matter": "A和B分别由谁负责: each matter's holder",
    "called_then": "<date>X还叫什么: the name X's body bore at that date",
    "kind_holds": "<kind>包括X和Y吗: each named body's kind, the kind written first",
    "duties_asked": "X都管些啥 / 是干啥的 / 主要管哪些事儿: X's duties",
    "relation_words": "A和B是何种关系 / 是一个机构吗: how two named bodies stand to each other",
    "parent_yes_no": "X是不是Y管的: X's manager",
    "body_count": "X市政府工作部门数 / 一共几个部门 / 市委的机构有几个: how many bodies of a class a place has",
    "classifier": "none of the above: the classifier's likeliest reading that fits the slots",
    "exists_words": "a history reading with an existence cue (还在吗, 撤了吗): whether X exists",
    "funding_words": "a history reading with a funding cue (经费怎么来的): X's funding",
    "when_set_up_alone": "哪年单独设立的: when, not whether X is a body of its own",
}


@dataclass
class Route:
    intent: Intent
    mode: str
    confidence: float
    topic: str | None = None
    alternatives: list[tuple[Intent, float]] | None = None  # the next likely intents
    rule: str = "classifier"  # which pinned rule decided (``RULES``), or the classifier


def _features_text(routed: str) -> str:
    return routed.replace(U, "Ｕ").replace(J, "Ｊ")


def _cue_features(texts: list[str]) -> Any:
    from scipy import sparse

    rows = [[1.0 if cue in t else 0.0 for cue in CUES] + [1.0 if U in t else 0.0, 1.0 if t.count(U) >= 2 else 0.0,
                                                          1.0 if J in t else 0.0, 1.0 if len(t) <= 6 else 0.0]
            for t in texts]
    return sparse.csr_matrix(np.asarray(rows, dtype=np.float64) * 2.0)


class IntentClassifier:
    def __init__(self, examples: list[dict[str, Any]]):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.examples = examples
        texts = [training_text(e["q"]) for e in examples]
        labels = [e["intent"] for e in examples]
        self.vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=1)
        x = self._x(texts, fit=True)
        self.model = LogisticRegression(C=20.0, max_iter=5000, class_weight="balanced")
        self.model.fit(x, labels)
        self.classes = [Intent(c) for c in self.model.classes_]

    def _x(self, texts: list[str], fit: bool = False) -> Any:
        from scipy import sparse

        chars = self.vectorizer.fit_transform(texts) if fit else self.vectorizer.transform(texts)
        return sparse.hstack([chars, _cue_features(texts)]).tocsr()

    def probabilities(self, routed: str) -> list[tuple[Intent, float]]:
        probs = self.model.predict_proba(self._x([_features_text(routed)]))[0]
        ranked = sorted(zip(self.classes, probs, strict=True), key=lambda cp: (-cp[1], cp[0].value))
        return [(c, float(p)) for c, p in ranked]


def training_text(question: str) -> str:
    """What the classifier sees of a labelled question: as at routing time, without a store
    (dates out, unit-shaped names as ``U``)."""
    text = normalize_question(question)
    _, rest = extract_date(text) if text else (None, text)
    return generic_routed(_places().sub(J, rest.strip("？?！!。.，,；;：: ")))


_place_rx: Any = None


def _places() -> Any:
    """Place names of the built-in gazetteer (and the test counties), longest first."""
    global _place_rx
    if _place_rx is None:
        import re

        from kg.names import builtin_gazetteer, place_stem

        names = {p for p in builtin_gazetteer().places if p != "中央"} | {"示例县", "样例县"}
        names |= {place_stem(p) for p in names if len(place_stem(p)) >= 2}
        names |= {"中央", "国务院"}
        _place_rx = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return _place_rx


def load_examples() -> list[dict[str, Any]]:
    data = resources.files("queries.ask").joinpath("data/examples.yaml").read_text("utf-8")
    return list(yaml.safe_load(data) or [])


# bump when the features or the model change (the cached classifier is then trained again)
CLASSIFIER_VERSION = "2"
_classifier: IntentClassifier | None = None
_lock = threading.Lock()


def classifier() -> IntentClassifier:
    """The classifier, kept for the process: it depends on the shipped examples only, never on
    a store. Trained once per version of the examples (seconds on a busy machine) and kept in
    the cache folder (``KG_CACHE``), so a restart loads it instead."""
    global _classifier
    with _lock:
        if _classifier is None:
            _classifier = _load_or_train()
        return _classifier


def _load_or_train() -> IntentClassifier:
    import hashlib
    import pickle

    import sklearn

    from kg.index.cache import default_cache_dir

    data = resources.files("queries.ask").joinpath("data/examples.yaml").read_bytes()
    key = hashlib.blake2b(data + CLASSIFIER_VERSION.encode() + sklearn.__version__.encode(), digest_size=10).hexdigest()
    path = default_cache_dir() / "ask" / f"intent-classifier-{key}.pickle"
    try:
        with path.open("rb") as f:
            loaded = pickle.load(f)  # our own cache file, written below
        if isinstance(loaded, IntentClassifier):
            return loaded
    except Exception:  # missing, truncated or from another version: train again
        pass
    trained = IntentClassifier(list(yaml.safe_load(data) or []))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as f:
            pickle.dump(trained, f)
        tmp.replace(path)
    except OSError:  # a read-only cache: train each time
        pass
    return trained


def route(parsed: Parsed) -> Route:
    """The intent, mode, topic and confidence of a parsed question."""
    stripped = parsed.routed.strip("？?！!。，,、 ")
    if not stripped or not any("\u4e00" <= ch <= "\u9fff" or ch in (U, J) for ch in stripped):
        return Route(Intent.UNKNOWN, "unknown", 1.0)
    has_unit = U in parsed.routed
    has_place = bool(parsed.places or parsed.unknown_places)
    if has_unit and len(stripped.replace(U, "").replace(J, "")) <= 1 and stripped.count(U) == 1:
        return Route(Intent.UNIT_INFO, "profile", 1.0, rule="bare_unit")  # a bare unit name: its profile
    if has_unit and stripped.count(U) == 1 and _TERSE_DIVISIONS.fullmatch(stripped.replace(U, "").replace(J, "")):
        # "X股室？", "X处室", "X内设机构？": the list of X's divisions
        return Route(Intent.ORGCHART, mode_of(Intent.ORGCHART, parsed.text), 1.0, rule="terse_divisions")
    if has_unit and stripped.count(U) == 1 and TERSE_PARENT.fullmatch(stripped.replace(U, "").replace(J, "").strip()):
        # "X 隶属", "X的上级单位？": the body over X (X's profile when none is recorded)
        return Route(Intent.PARENT, "bare", 1.0, rule="terse_parent")
    if not has_unit and has_place and parsed.date_spec is not None and parsed.date_spec.kind == "day" \
            and PLACE_EVENTS.search(parsed.routed):
        # "十三五期间示例县撤销了哪些单位": the place's events of that kind, over the span asked
        return Route(Intent.LINEAGE, "place_events", 1.0, rule="place_events")
    if not has_unit and parsed.date_spec is not None and parsed.date_spec.period and _HOLDERS_OVER_SPAN.search(parsed.routed):
        # "十三五期间X先后由哪些部门负责": the holders of a duty over a span, not who shares it
        return Route(Intent.WHO_HANDLES, mode_of(Intent.WHO_HANDLES, parsed.text), 1.0, topic=topic_of(parsed),
                     rule="holders_over_span")
    if has_unit and _SUB_UNITS_COUNTED.search(parsed.routed):
        # "X有几个二级单位": the units under X with their count, not X's posts
        return Route(Intent.ORGCHART, mode_of(Intent.ORGCHART, parsed.text), 1.0, rule="sub_units_counted")
    if has_unit and _BECAME_WHEN.search(parsed.routed):
        # "X是哪年改成Y的": the date of X's change into Y, not Y's founding
        return Route(Intent.LINEAGE, "when", 1.0, rule="became_when")
    if has_unit and _SUBORDINATE_OF.search(parsed.routed):
        # "X是哪个局的二级单位": the body over X, not X's kind nor its profile
        return Route(Intent.PARENT, "parent", 1.0, rule="subordinate_of")
    if has_unit and _AGE_ASKED.search(parsed.routed):
        # "X成立多少年了": when X was set up, not how many posts it has
        return Route(Intent.UNIT_INFO, "when", 1.0, rule="age_asked")
    if has_unit and (_WAS_WHICH_BODY.search(parsed.routed.rstrip("？?！!。 ")) or (
            parsed.date_spec is not None and parsed.date_spec.kind == "before_reform"
            and _IS_WHICH_BODY.search(parsed.routed.rstrip("？?！!。 ")))):
        # "X原来是啥局", "X以前是哪个单位": the bodies X came from
        return Route(Intent.LINEAGE, "from", 1.0, rule="was_which_body")
    if has_unit and parsed.date_spec is not None and parsed.date_spec.kind == "day" and _CALLED_THEN.search(parsed.routed):
        # "2021年5月的时候X还叫什么": the name X's body bore at that date (its old name, or the body it came from)
        return Route(Intent.LINEAGE, "old_name", 1.0, rule="called_then")
    if has_unit and _REPLACED_BY.search(parsed.routed):
        # "X被哪个机构取代了", "X被什么部门代替了": the bodies that took X's place
        return Route(Intent.LINEAGE, "to", 1.0, rule="replaced_by")
    if has_unit and _REPLACED_WHOM.search(parsed.routed):
        # "X取代了哪些机构", "X接管了哪几个单位的职责": the bodies X took the place of
        return Route(Intent.LINEAGE, "from", 1.0, rule="replaced_whom")
    if _ENDED_DUTIES.search(parsed.routed) or _ENDED_WHO_ACTS.search(parsed.routed):
        # "X撤销后职责划给了谁", "X不再保留以后其职能由哪些单位承担": X's duties, not a duty named 撤销后
        return Route(Intent.LINEAGE, "to", 1.0, rule="ended_duties")
    if not has_unit and _EACH_ASKED.search(parsed.routed) and len(
            [t for t in re.split(r"、|以及|和|与|及", topic_of(parsed)) if len(t) >= 2]) >= 2:
        # "A和B分别由谁负责 / 各自归哪个部门管": each matter's holder, not who shares them
        return Route(Intent.WHO_HANDLES, "topic", 1.0, topic=topic_of(parsed), rule="each_matter")
    if (duty := within_body_duty(parsed)) is not None:
        # "X里接报警归哪个部门 / X的信访由哪个股室负责": which of X's divisions holds the duty
        # (before duty_handed: "X里国土空间规划归哪个股室" holds 划归 inside 规划 + 归)
        return Route(Intent.WHO_HANDLES, "within", 1.0, topic=duty, rule="within_body")
    if (duty := handed_duty(parsed)) is not None:
        # "A的X职责划给了谁 / 划到哪个局了": who took X, asked in A's place (A is the giver)
        return Route(Intent.WHO_HANDLES, "topic", 1.0, topic=duty, rule="duty_handed")
    if MERGED_TOGETHER.search(parsed.routed):
        # "A和B合并了吗 / 合并成什么了": the unit both went into, not the story of A alone
        return Route(Intent.LINEAGE, "together", 1.0, rule="merged_together")
    if _MERGED_YES_NO.search(parsed.routed) and stripped.startswith(U):
        # "X并入Y了吗 / 合并到Y了没": whether X still exists, X first, then where it went
        return Route(Intent.UNIT_INFO, "exists", 1.0, rule="merged_yes_no")
    if _SIGNS_CARRIED.search(parsed.routed):
        # "X加挂哪个牌子": the signs X carries, not the body X's name hangs on
        return Route(Intent.UNIT_INFO, "sign", 1.0, rule="signs_carried")
    if has_unit and _SIGN_EITHER.search(parsed.text):
        # "X是挂在区政府办还是农业农村局": where X's sign hangs, not how A and B overlap
        return Route(Intent.PARENT, "sign", 1.0, rule="sign_either")
    if has_unit and _KIND_HOLDS.match(stripped):
        # "国务院组成部门包括人民银行和审计署吗": each named body's kind, the kind written first
        return Route(Intent.UNIT_INFO, "kind", 1.0, rule="kind_holds")
    if _kind_asked(parsed):
        # "X是不是国务院组成部门 / 是直属机构还是部门管理机构": X's kind, X first
        return Route(Intent.UNIT_INFO, "kind", 1.0, rule="kind_asked")
    if _duties_asked(parsed):
        # "X都管些啥 / 主要管哪些事儿 / 是干啥的": X's duties, not the bodies under X
        return Route(Intent.UNIT_INFO, "duties", 1.0, rule="duties_asked")
    if parsed.routed.count(U) >= 2 and any(c in parsed.text for c in RELATION_CUES):
        # "A与B是何种关系", "A跟B是不是一回事": one body and its sign, 合署, or a body and its parent
        return Route(Intent.UNIT_INFO, "relation", 1.0, rule="relation_words")
    if _PARENT_YES_NO.search(parsed.routed):
        # "X是不是Y管的 / 是Y管的吗 / 归不归Y管": whether Y manages X is a question of X's manager
        return Route(Intent.PARENT, mode_of(Intent.PARENT, parsed.text), 1.0, rule="parent_yes_no")
    if (has_unit or has_place) and body_count_asked(parsed.text):
        # "X市政府工作部门数", "X市政府一共几个部门": a count of a place's bodies, not a duty nor a list
        return Route(Intent.STAFFING, mode_of(Intent.STAFFING, parsed.text), 1.0, rule="body_count")
    ranked = classifier().probabilities(parsed.routed)
    if ranked[0][0] is Intent.UNKNOWN and not has_unit and _ASKS_WHO_ACTS.search(parsed.text):
        # "采伐证在哪办", "X谁说了算": too short for the classifier, read by its tail
        ranked = [(Intent.WHO_HANDLES, 1.0)] + [(i, p) for i, p in ranked if i is not Intent.WHO_HANDLES]
    if ranked[0][0] is Intent.UNKNOWN and (has_unit or has_place or any(w in parsed.text for w in DOMAIN_WORDS)):
        # a question about units or duties is not small talk: the next reading that fits
        ranked = [(i, p) for i, p in ranked[1:] if p >= 0.05] + [ranked[0]]
    topic = topic_of(parsed)
    for intent, p in ranked:
        if not _fits(intent, parsed, has_unit, has_place, topic):
            continue
        mode, rule = mode_of(intent, parsed.text), "classifier"
        if intent is Intent.LINEAGE and mode in ("to", "history") and mode_of(Intent.UNIT_INFO, parsed.text) == "exists":
            # "X还在吗 / 撤了吗 / 还保留吗": whether X exists, X first, then where it went (the
            # takeover path alone would leave X out of its own answer)
            intent, mode, rule = Intent.UNIT_INFO, "exists", "exists_words"
        if intent is Intent.LINEAGE and mode_of(Intent.UNIT_INFO, parsed.text) == "funding":
            intent, mode, rule = Intent.UNIT_INFO, "funding", "funding_words"  # "X经费怎么来的": its funding, not its history
        if intent in (Intent.UNIT_INFO, Intent.PARENT) and mode == "separate" and any(c in parsed.text for c in WHEN_CUES):
            # "X是哪年单独设立的": when X was set up on its own, not whether it is a body of its own
            intent, mode, rule = Intent.UNIT_INFO, "when", "when_set_up_alone"
        alternatives = [(i, q) for i, q in ranked if i is not intent][:2]
        return Route(intent, mode, p, topic=topic if intent in (Intent.WHO_HANDLES, Intent.OVERLAP) else None,
                     alternatives=alternatives, rule=rule)
    return Route(Intent.UNKNOWN, "unknown", ranked[0][1] if ranked else 0.0)


def _fits(intent: Intent, parsed: Parsed, has_unit: bool, has_place: bool, topic: str) -> bool:
    needs = SPECS[intent].needs
    if intent is Intent.LINEAGE and not has_unit and mode_of(intent, parsed.text) == "class":
        return has_place  # "济阳县计划统计机构的沿革": a place's bodies of one line of work
    if intent is Intent.UNIT_INFO and mode_of(intent, parsed.text) == "sign":
        return has_unit or "牌子" in parsed.text
    if needs == "unit":
        return has_unit
    if needs == "place":
        return has_unit or has_place or intent is Intent.STAFFING and mode_of(intent, parsed.text) in ("pool", "over", "vacancy")
    if needs == "topic":
        bare = topic.replace(U, "")
        return len(bare) >= 2 and not (has_unit and topic in parsed.u_texts)
    return True
