"""Local news and work reports, and every figure about posts (编制) in any document.

Staffing figures ("核定编制18名", "核减机关行政编制4名", "收回空余全额拨款事业编制146名",
"下达周转编制56名", "划转人员编制16名", "分别核增…28名、12名、10名", "将A4名行政编制划入B",
"调整后，X机关行政编制N名", "内设机构19个", "司局级领导职数81名", "局长1名，副局长4名",
"调整副科级领导职数1名至X") become StaffingStatements; figures for no single unit (city-wide
收回) have unit None. Rank changes ("并升格为正科级机构", "将A所属正科级事业单位B降格为副科级")
become upgrade/downgrade events. New units ("新设市投资促进事务中心") are read by reform.py.
"""

from __future__ import annotations

import re

from kg.model import EventStatement, EventType, Mention, StaffingStatement, UnitStatement

from .common import (
    CN_NUM,
    FUNDING_RE,
    GOVERNING,
    PLACE_CLASS,
    RANK_RE,
    Ctx,
    Sentence,
    as_name,
    cn_int,
    event_date,
    figure_year,
    find_names,
    name_at_start,
    norm_rank,
    sentence_date,
    split_kind_prefix,
    strip_item_number,
)
from .reference import referred_body
from .sanding_openings import posts_after_description

_KIND = (
    r"(?:机关)?(?:(?:全额拨款|差额拨款|自收自支)?(?:行政|事业|政法专项|工勤)编制|事业单位编制|"
    r"空余(?:全额拨款|差额拨款|自收自支)?(?:行政|事业)?编制|空编|人员编制|周转编制|(?<!车辆)(?<!车)(?<!雇员)(?<!聘用)编制|领导职数|定编)"  # "定编25人": 编制; 车辆编制 counts cars
)
# 个 counts posts only when nothing follows it ("编制12个，其中…"): "编制3个专项规划", "编制5个项目报告"
# use 编制 as the verb "draw up", and "N个单位/乡镇" count bodies
_UNIT_WORD = r"(?:名|人|个(?![\u4e00-\u9fff]))"
# "1万名", "82 万名", "1.3万名": a figure written in 万 (never "8.3万余名", an estimate: 余 breaks the match)
_NUM = rf"(?:\d+(?:\.\d+)?\s*万|{CN_NUM})"
_NUMS = rf"{_NUM}\s*{_UNIT_WORD}(?:\s*、\s*{_NUM}\s*{_UNIT_WORD})*"
# "编制数为15名", "编制12个" (a count of posts written with 个, as yearbooks do)
# "编制人数小计14人" (a budget page's posts: 人数 after 编制 is still a count of posts, unlike 在编人数)
# "人员编制计986人", "干部编制(政府)计4人": 计 totals in gazetteers; a short bracket note after the kind
_F_KIND_FIRST = re.compile(rf"(?P<kind>{_KIND})(?:数|总数|数额|人数|总量|规模)?\s*(?:[（(][^（()）]{{1,6}}[）)])?\s*(?:小计|合计|总计)?"
                           rf"(?:为|是|共计|共|总数为|总计|合计|计|达|各)?(?P<nums>{_NUMS})")  # "…核定行政编制各30名": per body of a class
# "核增编制28名", also "458个专项编制" / "306个事业编制" (个 right before the kind: a count of posts)
_F_NUM_FIRST = re.compile(rf"(?P<num>{_NUM})\s*(?:名(?P<desc>[^，。；、\d]{{0,8}}?)|个(?P<gdesc>专项)?(?=(?:全额拨款|差额拨款)?"
                          rf"(?:行政|事业|工勤)?编制))(?P<kind>{_KIND})")
# the posts a leadership figure is written with ("局长1名", "馆长1名", "总编辑1名", "总工程师1名")
_TITLES = (r"(?:(?:部|厅|局)长助理|部长|局长|署长|主任|厅长|司长|处长|科长|股长|所长|站长|秘书长|主席|委员长|院长|书记|馆长|总编辑|(?:大|中|支)?队长|台长|"
           r"乡镇长|县长|区长|市长|乡长|镇长|"  # "县长1人,副县长3人" (a government's posts, gazetteers)
           r"社长|会长|组长|总工程师|总经济师|总会计师|政委|检察长|(?<=[\u4e00-\u9fff]{2})总监)")
_F_TITLE = re.compile(
    rf"(?P<title>(?:专职)?(?:正副|正|副)?{_TITLES})(?:职数)?"  # "正副司长职数58名": the posts of both grades at once
    r"(?P<alias>\s*[（(][^（）()\d]{1,8}[）)])?"  # "乡镇长（主任）1人", "主任（副县级）1名": an alias or grade in brackets
    rf"(?P<num>{CN_NUM})(?:名|人(?![员数次]))"  # "局长1人,副局长2人": posts counted in people (older texts)
)
# "设党政综合办公室、经济发展办公室3个综合办事机构": the offices a body sets up, never the owner of its figures
# (also the count after the noun: "内设办公室、技术处、法警总队等内设机构30个")
_SET_UP_LIST = re.compile(rf"(?:设置|设立|下设|内设|设有|共设|设)(?P<list>[^，。；：]{{2,400}}?)(?:(?:等)?(?:共|计)?(?<![零〇一二两三四五六七八九十百千万\d]){CN_NUM}个"
                          rf"[^，。；]{{0,8}}?(?:机构|站所|部门|中心|办公室|股室|科室|处室|部室)|"
                          rf"等(?:内设)?(?:机构|股室|科室|处室|部室)(?:共)?{CN_NUM}个)")
_F_DIVISIONS = re.compile(
    rf"(?:内设(?:行政|职能)?(?:(?:正|副)?(?:股|科|处)级)?(?:机构|司局|处室|科室|股室|部室)?(?:数|总数|数量)?(?:定为|共有|共|为|有|总数为)?(?P<n1>{CN_NUM})个|"
    rf"(?:设置|设立|设有|共设|设)了?(?P<n2>{CN_NUM})个内设机构|"
    # "中心共设职能股室10个", "局机关设有业务科室6个": a division noun, then its count
    rf"(?:共设|设有|共设有)(?:职能|业务|行政|内设)?(?:股室|科室|处室|部室)(?:共)?(?P<n4>{CN_NUM})个|"
    rf"(?P<verb>增加|减少|增设|新增|核增|核减|精简|压减|撤并)了?(?P<n3>{CN_NUM})个内设机构|"
    # "院内共设置有3个部门", "馆内设5个部室": 内 right after a body's head, then the count of its divisions
    rf"(?<=[院局馆站所队心])内(?:共)?(?:设置|设立|设)(?:有|了)?(?P<n5>{CN_NUM})个(?:职能|业务|内设)?(?:部门|科室|股室|处室|部室|组)|"
    # "X交管局…，下设17个职能部门": a bureau's own departments (a government's 职能部门 are bodies: no figure)
    rf"下设(?P<n6>{CN_NUM})个(?:职能|业务)(?:部门|处室|科室|股室)|"
    # "市国规委设置了26个处室", "该局设有8个科室": a body's count of its offices, the noun after the count
    rf"(?:设置|设立|设有|共设|设)了?(?P<n7>{CN_NUM})个(?:职能|业务|内设)?(?:处室|科室|股室|部室)(?![\u4e00-\u9fff]))"
)
# "行政编制增加了20名" / "行政编制比改革前减少10名": the kind, then the change, then the figure
_F_KIND_CHANGE = re.compile(
    rf"(?P<kind>{_KIND})(?:比|较)?(?:改革前|原来|调整前|以前)?(?P<verb>增加|减少|新增|核增|核减|精简|压减|削减)了?"
    rf"(?P<num>{_NUM})\s*[名人](?![\u4e00-\u9fff]{{0,1}}员)"
)
_RANGE_AFTER = re.compile(r"^(?:以上|以下|左右|以内|多|余)")
_RANGE_BEFORE = re.compile(r"(?:约|近|超过|不少于|不超过|余)$")
_LEVEL = re.compile(rf"((?:司局|厅局|处|科|厅|局|县处|乡科)级|{RANK_RE.pattern})$")

_VERBS = [
    (re.compile(r"核增|增核|增加|新增|追加|净增"), "核增"),
    (re.compile(r"核减|减少|精简|压减|削减|净减"), "核减"),
    (re.compile(r"收回|回收|收编"), "收回"),
    (re.compile(r"划转|划入|划出|下沉|划拨|转隶|下放|下划"), "划转"),  # "向县区调整下放编制60名": posts given down
    (re.compile(r"周转"), "周转"),
    (re.compile(r"调剂|拿出|调配|调整|统筹"), "调剂"),
    (re.compile(r"核定|核给|定编|定为"), "核定"),
]


def _last_verb(text: str) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for pattern, change in _VERBS:
        for m in pattern.finditer(text):
            if best is None or m.start() >= best[0]:
                best = (m.start(), change)
    return best


def _kind_of(text: str) -> str:
    text = re.sub(r"\s+", "", text)  # a kind broken by a hard line wrap ("事业单位编\n制574人")
    if "领导职数" in text:
        return "领导职数"
    if "工勤" in text:
        return "工勤编制"  # "工勤人员编制", "机关工勤编制"
    for kind in ("政法专项编制", "行政编制", "事业编制", "工勤编制"):
        if kind in text:
            return kind
    if "事业单位编制" in text:
        return "事业编制"  # "核定事业单位编制44人": the posts of an institution are 事业编制
    return "编制"


def _clause_bounds(text: str, pos: int, seps: str) -> tuple[int, int]:
    start = max(text.rfind(ch, 0, pos) for ch in seps) + 1
    ends = [i for i in (text.find(ch, pos) for ch in seps) if i != -1]
    return start, min(ends) if ends else len(text)


_APPROVER = re.compile(r"(?:编办|编委|机构编制委员会(?:办公室)?)$")
_APPROVES = re.compile(r"^(?:经)?(?:研究|会议|审核)?(?:同意|决定|批准|批复|核定|核增|核减|下达|为|给|向|将)")


# "县委编办行政编制8名" / "市编委办机关核定…": the office's own posts, the kind right after its name
_OWN_FIGURE = re.compile(r"^(?:机关)?(?:(?:全额拨款|差额拨款)?(?:行政|事业|政法专项|工勤)?编制|内设|领导职数)")


def _is_approver(text: str, end: int, name: str) -> bool:
    """"县委编办核定该局行政编制15名", "市编委同意为X核增…": the establishment office grants the
    figure; it is not the unit the figure is for. Nor when it is the actor of a sentence that moves
    posts ("县委编办陆续开展…清理，收回闲置事业编制410名", "省委编办…重新核定市县编制总量82万名"):
    an office of establishment owns a figure only when the kind follows its name. A name the
    recognizer cut before 编办 ("某县委" + "编办") is the office too."""
    rest = text[end:]
    if re.match(r"^(?:编办|编委|机构编制委员会)", rest):
        rest = re.sub(r"^(?:编办|编委(?:办公室|办)?|机构编制委员会(?:办公室)?)", "", rest)
    elif not _APPROVER.search(name):
        return False
    return not _OWN_FIGURE.match(rest)


# "加挂A、B牌子" / "对外保留“C”牌子": the names a sign clause carries are signs, never a figure's owner
_SIGN_CLAUSE = re.compile(r"(?:加挂|增挂|挂|对外保留|保留)了?(?P<signs>[^，。；]{2,120}?)(?:等)?"
                          r"(?:[一二两三四五六七八九十\d]+块)?牌子")


def in_sign_clause(text: str, start: int, end: int) -> bool:
    """Whether the name at start:end is one a sign clause carries ("加挂“X”、“Y”牌子")."""
    return any(m.start("signs") <= start and end <= m.end("signs") for m in _SIGN_CLAUSE.finditer(text))


_BODY_COUNT_ITEM = re.compile(rf"(?:部门|机构|单位|局|委|办|乡镇|街道)\s*{CN_NUM}\s*(?:个|家)\s*、")
# "全州县级融媒体中心", "全市各乡镇卫生院": every body of a class across a place, never one unit
# "县级疾控局", "设区市疾控局" (a level's class of bodies, in a provincial text) are no one unit either
_COLLECTIVE = re.compile(r"全(?:省|市|县|区|州|盟|旗|镇|乡)(?:县级|市级|区级|乡级|镇级|各|所有)|^各|"
                         r"^(?:省级|市级|县级|区级|乡级|乡镇级|镇级|设区的?市|县（市、区）|县\(市、区\))|"
                         # "大镇核定…，中等镇核定…": a size class of townships, no one township
                         r"^(?:大|中|小|中等|较大|较小|一般|重点|特大|经济发达)(?:型|规模)?的?(?:镇|乡|街道|乡镇)$")
# "核定10个林业局总编制1427名", "为全市12个乡镇核增编制30名": a figure for a counted set of bodies
# ("3个8万人口以下的乡镇", "5个1万人以上的街道": a size written in figures of 万/千 may qualify the set)
_COUNTED_BODIES = re.compile(rf"{CN_NUM}\s*(?:个|家|所)(?:[^，。；、\d]|\d+(?:\.\d+)?[万千])"
                             r"{0,16}?(?:局|厅|委|办|单位|部门|中心|乡镇|乡|镇|街道|"
                             r"机构|站|所|院|馆|队|场|学校|医院|卫生院)")


# a clause setting up a counted set of bodies ("跨地区设置15个…办事处", "在各乡镇设立12个便民服务中心")
_SET_UP_BODIES = re.compile(rf"(?<!内)(?<!下)(?:设置|设立|组建|成立)了?\s*(?P<num>{CN_NUM})\s*个[^，。；、\d]{{0,20}}?"
                            r"(?:办事处|分局|中心|站|所|队|院|馆)$")

_EMPTY = re.match("", "")
# a word for a body the recognizer did not take as a name ("县级疾控局", "乡镇卫生院"): the figure may be theirs
_UNIT_HEAD_WORD = re.compile(r"局|厅|委|办|院|馆|站|所|队|中心|处|科|股|室|单位|机构|部门|乡镇|街道")
# "局机关核定…", "中心现有编制15名", "馆内设3个部室": a bare head, then the figure's words
_BARE_HEAD_FIGURE = re.compile(r"(?P<head>中心|局|委|办|院|馆|站|队)(?:机关)?(?:本级)?(?=核定|现有|共有|有|内设|下设|设有|共设|人员编制|编制|"
                               r"行政编制|事业编制|领导职数)")
# a news title about one body: "某县医疗保障局挂牌成立", "某县行政审批局组建到位", "某中心正式揭牌"
_NEWS_TITLE = re.compile(r"^(?P<unit>[^，。；：:\s]{2,40}?)(?:正式|顺利|今日|今天|近日|日前)?(?:挂牌成立|揭牌成立|挂牌运行|"
                         r"挂牌|揭牌|成立|组建到位|组建完成|正式组建|对外办公|正式运行|运行|揭牌亮相|挂牌亮相|亮相)"
                         r"(?:(?:暨|，|,|：|:|\s|——|！|!|(?=核定|编制|内设|整合|下设)).*)?$")  # "X挂牌成立暨…", "X挂牌成立 核定编制5名"
# "房县组建疾病预防控制局", "某市新组建市数据局": a place forms the body
_NEWS_TITLE_FORMS = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,10}?[省市县区旗])(?:新|正式|挂牌)?组建(?:了)?"
                               r"(?P<unit>[^，。；：:\s]{2,40}?)(?:(?:暨|，|,|：|:|\s|——).*)?$")


def _news_title_unit(title: str) -> str | None:
    """The body a news title is about: "X挂牌成立", "【机构改革】X揭牌", "我县X正式挂牌成立", "X挂牌成立暨揭牌仪式举行",
    "房县组建疾病预防控制局" (the place written before 组建 is the body's)."""
    title = re.sub(r"^\s*(?:【[^】]{1,12}】|\[[^\]]{1,12}\])\s*", "", (title or "").strip())
    title = re.sub(r"^我(?=[省市县区镇乡旗])", "", title)  # "我县X": the document's own place
    m = _NEWS_TITLE.match(title)
    name = as_name(m.group("unit")) if m else None
    if name and name == m.group("unit"):
        return name
    fm = _NEWS_TITLE_FORMS.match(title)
    if fm:
        unit = fm.group("unit")
        unit = unit if re.match(r"[省市县区]", unit) and len(unit) > 3 else fm.group("place") + unit
        name = as_name(unit)
        return name if name == unit else None
    return None


# a clause's opening words before its subject: a date or a report word ("3月5日，", "据悉，", "目前")
_SUBJECT_LEAD = re.compile(r"\s*(?:据悉|据了解|据介绍|目前|同时|此外|另外|其中|经研究|"
                           # "根据规定，X与Y合署办公，…", "方案明确，X…": a source word before the subject
                           r"(?:根据|按照|依据)(?:规定|方案|《[^》]{1,60}》)|(?:规定|方案|文件|通知|批复)(?:明确|规定|指出)|"
                           # "根据国务院规定，X设…", "按照省委要求，X…": a source named before its rule word
                           r"(?:根据|按照|依据)[^，,。；《》]{1,12}?(?:规定|要求|精神)|"
                           # "截至2024年3月，中心设…", "到2020年底，…": the time the figures hold at
                           r"(?:截至|截止到|截止|到)(?:目前|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末)?)|"
                           # "机构改革后，局内设…", "调整后，中心核定…", "组建以后，…": the state after the change told
                           r"(?:(?:此次|这次|本次)?(?:机构)?改革|调整|整合|组建|重组|合并|挂牌|改制)(?:后|以后|之后)|"
                           r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午)?)"
                           r"\s*[，,：:]?")
# a bare or anaphoric head opening the clause: "中心成立了…", "该局由…", "本中心内设…"
_SUBJECT_HEAD = re.compile(r"(?:该|本|这个|新组建的|新成立的)?(?P<head>中心|局|委|办|所|站|院|馆|队|厅)(?![\u4e00-\u9fff]{0,1}(?:长|主任|书记))")
# the subject's verb or preposition, after a few words of time or manner ("于2019年", "主要", "共")
_SUBJECT_VERB = re.compile(r"[^，；。]{0,10}?(?:由|与|同(?!时)|在|以|经|依托|整合了?|合并了?|成立了|设立了|下设|设有|内设|承担|负责|加挂|挂(?!牌)|为|是|系|隶属|"
                           r"归口|管理|指导|联系|包括)")

# a place's government or party committee: the figures it is named with are the place's totals
_PLACE_GOVERNMENT = re.compile(r"(?:人民政府|政府|(?<!机关)党委|^(?:中共)?[\u4e00-\u9fff]{0,8}[省市县区州旗]委)$")


# "某县雨过铺镇机关和事业单位编制实名制公示", "某镇机构改革方案": a township named as the document's subject
_TOWNSHIP_SUBJECT = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:镇|乡|街道))(?=机关|党委|人民政府|政府|办事处|机构|编制|实名制|"
                               r"事业单位|和事业|内设|党政)")
_NO_TOWNSHIP = re.compile(r"^(?:乡镇|城镇|各镇|各乡|全镇|全乡|本镇|该镇|我镇|城乡|县乡|下乡)$")


def _document_township(ctx: Ctx) -> str | None:
    """The one township a document's title and opening lines name as their subject ("…雨过铺镇机关和事业单位
    编制实名制公示"): a township's own document even when its place was read as the county's, or as none."""
    lines = ctx.dt.text.lstrip().split("\n", 1)
    for head in (ctx.title or "", lines[0] if lines else ""):  # the title, else the first line
        found = set()
        for m in _TOWNSHIP_SUBJECT.finditer(head):
            name = re.split(r"(?<=[省市县区旗州])", m.group(1))[-1]  # "蒙自县雨过铺镇" → 雨过铺镇
            if len(name) > 2 and not _NO_TOWNSHIP.match(name):
                found.add(name)
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _is_parent_mention(text: str, start: int, end: int) -> bool:
    """"由X管理", "为X所属…", "X管理的…": X is a parent, not the unit a figure is for."""
    before, after = text[max(0, start - 2) : start + 1], text[end : end + 4]
    if "由" in before and re.match(r"^(?:统一|直接|归口)?(?:管理|代管|领导|主管)", after):  # "由X统一领导和管理"
        return True
    if re.search(r"(?:隶属(?:于)?|归口)[\u4e00-\u9fff]{0,6}$", text[max(0, start - 12) : start]):  # "我院隶属于Y,…编制10人": Y is the parent
        return True
    return bool(re.match(r"^(?:所属|直属|下属|管理的|代管的|主管的)", after)) and ("为" in before or "是" in before)


# "作为X的派出机构", "X派驻（出）纪检监察机构", "A、B派出的工作机构": a body sent out by X (X never owns its figures)
_SENT_OUT = re.compile(r"^(?:、[\u4e00-\u9fff]{1,6}?)*(?:的)?(?:派驻|派出)(?:[（(]出[)）])?")  # "A、监委派驻…": A sends too
_SENT_BODY = re.compile(r"(?:派驻|派出)(?:[（(]出[)）])?(?:的)?[\u4e00-\u9fff]{0,8}?机构")


def _senders(text: str, found: list[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """The spans of the bodies that send out another ("X的派出机构"), with the bodies listed before them
    by 、/和 ("市纪委、监察局派驻…")."""
    out: set[tuple[int, int]] = set()
    for s, e, _ in reversed(found):
        if _SENT_OUT.match(text[e:]) or any(text[e:s2].strip() in ("、", "和", "及") for s2, _ in out):
            out.add((s, e))
    return out


# "综合科：事业编制3名，设科长1名", "（二）志书编修科，事业编制2名": a division's item, opened by its name
_DIVISION_ITEM = re.compile(r"^\s*(?P<name>[^，,：:。；（(]{2,20}?)\s*[：:，,]")
# "市局机关内设机构科级领导职数6名" after "某市国家气象系统人员编制…": a system of bodies is a class, no one body
_SYSTEM_BEFORE = re.compile(r"系统(?:内|的)?(?:人员|机关)?$")
# the body a post title heads: 局长 a 局, 队长 a 队 …
_TITLE_HEAD = re.compile(r"(局|厅|部|署|司|处|科|股|所|站|馆|院|队|台|社)长$")


_SIZE_STANDARD = re.compile(rf"(?:编制|人员|人数)(?:在|为|达)?\s*{CN_NUM}\s*(?:名|人)(?:以下|以上|以内|及以下|及以上)?(?:的)?"
                            rf"[^，。；,;\d]{{0,8}}?(?:可)?(?:设|核定|配备|配)(?:领导)?(?:职数|{CN_NUM}正)[^，。；;]*|"
                            # "编制在5名以下的，可设科长1名": a condition closed by 的, then what a body of that size gets
                            rf"(?:编制|人员|人数)(?:在|为|达)?\s*{CN_NUM}\s*(?:名|人)(?:以下|以上|以内|及以下|及以上)的\s*[，,]?"
                            r"\s*(?:可|应|一般)?(?:设|核定|配备|配)[^。；;]*")


class _Figures:
    """Collects the figures of one sentence, then attributes them to units."""

    def __init__(self, sent: Sentence, ctx: Ctx) -> None:
        self.sent, self.ctx = sent, ctx
        self.text = strip_item_number(sent.text)
        listed = [m.span("list") for m in _SET_UP_LIST.finditer(self.text)]
        listed += [m.span("signs") for m in _SIGN_CLAUSE.finditer(self.text)]
        # "设局长1名（由市卫生健康委员会副主任兼任）": the body of a concurrent post is no owner of the figures
        listed += [m.span() for m in re.finditer(r"[（(][^（()）]*兼[^（()）]*[)）]", self.text)]
        # "机关行政编制429名（含两委人员编制4名）", "…职数58名（含A专职副主任1名）": what a figure includes, no owner
        listed += [m.span() for m in re.finditer(r"[（(](?:含|包括|包含)[^（()）]*[)）]", self.text)]
        found = find_names(self.text)
        # "离退休干部局领导职数4名", "（一）综合科：事业编制3名": a division named as its own figure's owner
        self.division_mentions = [(s, e, n) for s, e, n in found if any(d.endswith(n) for d in ctx.divisions)]
        # "作为X的派出机构", "A、B派驻（出）…机构的人员编制": X, A, B send the body; the figures are the sent body's
        self.senders = _senders(self.text, found)
        # "设大队长1名": a name ending inside a post title ("设大队" + 长) is the title, no body
        titles = [m.span("title") for m in _F_TITLE.finditer(self.text)]
        found = [(s, e, n) for s, e, n in found if not any(ts < e < te for ts, te in titles)]
        ends = {e for _, e, _ in found}
        self.mentions = [
            (s, e, n) for s, e, n in found
            # "（京通办字[2022]6号）": a document number's issuer code is no body
            if not re.match(r"\s*(?:字|发|函)\s*[\[〔（(【]\s*(?:19|20)\d{2}", self.text[e:e + 10])
            if not (s > 0 and self.text[s - 1] in "（(" and s - 1 in ends)  # "X（Y）核定…": Y is X's sign
            and not any(d.endswith(n) for d in ctx.divisions) and not _is_parent_mention(self.text, s, e)
            and not _is_approver(self.text, e, n)
            and not any(s < b and e > a for a, b in listed)  # "设A、B、C3个综合办事机构，核定…": items, no owner
            and not _COLLECTIVE.search(n) and (s, e) not in self.senders
            # "向各县（市）区政府食安办下放…": the recognizer took the name after the class's levels; a class still
            and not re.search(r"各[县市区乡镇街道（）()、]{1,10}$", self.text[max(0, s - 12) : s])
        ]
        # "实际配备领导职数2名", "实际使用编制10名": the posts filled or used now, a state and no quota (as 实有)
        self.taken: list[tuple[int, int]] = [m.span() for m in re.finditer(
            r"实际(?:配备|设置|配置|使用|占用|设有|有|在岗|到位)[^，,。；;]*", self.text)]
        # "处（室）编制3人设领导职数1名；4至7人设1正1副": a standard by size (the posts a body of that size may have),
        # neither figure a quota of any body
        self.taken += [m.span() for m in _SIZE_STANDARD.finditer(self.text)]
        self.kinds: list[str] = []  # kinds of the figures read so far (sub-counts after 其中)
        self.read: list[tuple[int, str]] = []  # (end, kind) of each figure read, parts included
        self.changes: list[str] = []  # and their changes
        self.carried = ctx.last_figure  # the figure of the sentence before ("…N名。其中：…")
        self.asked: int | None = None  # the position unit_for was last asked about
        self.unowned_at: int | None = None  # … when it found no owner at all
        self.owned: list[tuple[int, str]] = []  # (position, owner) of figures owned through unit_for
        self.owned_posts: list[tuple[int, str]] = []  # … of those that are leadership posts
        self.unowned: list[tuple[int, StaffingStatement]] = []

    def sub_count(self, pos: int, kind: str) -> bool:
        """A part of a total already read in the sentence, not a figure of its own (sub-counts are not
        recorded): "事业编制15名，其中全额拨款事业编制10名"; "人员编制115名，其中：参照公务员法管理事业编制71名，
        事业编制44名" (every figure after 其中, up to the next ；, is a part of a generic total);
        "总编制1427名（行政编制1240名，工勤编制187名）" (a bracket opened right after the total)."""
        comma_start, _ = _clause_bounds(self.text, pos, "，；")
        if self.text[comma_start:pos].startswith("其中") and kind in self.kinds:
            return True
        text = self.text
        opened = max(text.rfind("（", 0, pos), text.rfind("(", 0, pos))
        if opened != -1 and not re.search(r"[)）。]", text[opened:pos]) and \
                any(text[e:opened].strip() == "" for e, _ in self.read):
            return True  # inside a bracket opened right after a figure
        at = text.rfind("其中", 0, pos)
        if at == -1 or re.search(r"[。；]", text[at:pos]):
            return False
        totals = [k for e, k in self.read if e <= at and not re.search(r"[。；]", text[e:at])]
        return bool(totals) and (totals[-1] == "编制" or totals[-1] == kind)

    def neighbor_mentions(self) -> list[tuple[int, int, str]]:
        """Names in the next and previous sentence ("“…我中心…。”X中心负责人说")."""
        out = []
        sentences = self.ctx.dt.sentences
        for k in (self.sent.index + 1, self.sent.index - 1):
            if 0 <= k < len(sentences):
                out.extend(find_names(sentences[k].text))
        return out

    def overlaps(self, s: int, e: int) -> bool:
        return any(s < te and e > ts for ts, te in self.taken)

    def nearest_before(self, pos: int, lo: int) -> str | None:
        best = None
        for s, e, n in self.mentions:
            if lo <= s and e <= pos:
                best = n
        return best

    def closes_a_set(self, pos: int, lo: int) -> bool:
        """The body named last before the figure ends a list closed by 等 ("A、B等部门", "A等15家单位")."""
        last = [(s, e, n) for s, e, n in self.mentions if lo <= s and e <= pos]
        if not last:
            return False
        s, e, name = last[-1]
        written = self.text[s:e]  # the recognizer may have taken "等部门" into the span ("县林业局等部门")
        tail = written[written.find(name) + len(name):] if name in written else ""
        return bool(re.match(rf"等(?:{CN_NUM}\s*(?:个|家|所))?[^，。；、]{{0,8}}?(?:部门|单位|机构|医院|学校|乡镇|站所)?",
                             tail + self.text[e:pos]))

    def counted_set(self, pos: int) -> bool:
        """"林业集团公司核定10个林业局总编制1427名", "为全市12个乡镇核增编制30名": the figure's clause counts
        the bodies it is for, so it is a total for a set of bodies (unit null), not one named body's."""
        comma_start, _ = _clause_bounds(self.text, pos, "，；")
        # "X局（含13个林业站所）总编制134名": the bracket says what the body's total includes, no set of bodies
        clause = re.sub(r"[（(]含[^（()）]*[)）]", lambda b: "　" * len(b.group(0)), self.text[comma_start:pos])
        if any("内设" not in m.group(0) and "内设" not in clause[max(0, m.start() - 2) : m.start()]
               for m in _COUNTED_BODIES.finditer(clause)):
            return True
        # "还跨地区设置15个森林资源监督专员办事处，行政编制304名": a bare figure right after the bodies a clause sets up
        # (never the host's own 内设/下设 divisions) is their total
        if comma_start >= 2 and self.text[comma_start - 1] in "，," and \
                re.fullmatch(r"\s*(?:共|合计|共计)?(?:核定)?(?:机关)?", clause):
            prev_start, _ = _clause_bounds(self.text, comma_start - 1, "，,；;。")
            if _SET_UP_BODIES.search(self.text[prev_start : comma_start - 1]):
                return True
        # "精简市政府工作部门2个、部门管理机构2个、内设机构41个、编制239名": an item of a list of counts of
        # bodies is a total of the place, whoever is named before the list
        return any("内设" not in clause[max(0, m.start() - 3) : m.start() + 2] for m in _BODY_COUNT_ITEM.finditer(clause))

    def unit_for(self, pos: int, end: int) -> str | None:
        self.asked, self.unowned_at = pos, None
        if self.counted_set(pos):
            return None
        text = self.text
        semi_start, _ = _clause_bounds(text, pos, "；")
        comma_start, comma_end = _clause_bounds(text, pos, "，；")
        before = text[comma_start:pos]
        division = self.division_owner(pos, semi_start)
        if division:
            return division
        listed_host = self.list_host(pos, comma_start)
        if listed_host:
            return listed_host
        if self.sent_out(pos, semi_start) or _SYSTEM_BEFORE.search(before):
            return None
        # "下设的12个司法所，每所核定政法专项编制3名", "每个乡镇核定行政编制30名": the same figure for each body of a
        # class, no one body's
        if re.search(r"(?:^|[，,；;\s])每(?![年月日天周季次届])(?:个|所|家|座|一个|一所)?[\u4e00-\u9fff]{0,8}?$", before) or \
                re.search(r"每(?:个|所|家|座)", before):
            return None
        # "核定区乡两级事业编制共23个", "县乡村三级共核定编制40名": a figure over levels of a place, no one body's (units14)
        if re.search(r"[省市县区乡镇村街]{2,3}(?:两|二|三|四)级(?:的)?(?:[\u4e00-\u9fff]{0,6}?)$", before) or \
                re.search(r"(?:两|二|三|四)级(?:共|合计)?(?:核定|核增|核减)?$", before):
            return None
        # "A与B共核定行政编制20名": a figure shared by the bodies named together, no one body's
        named = [(s_, e_) for s_, e_, _ in self.mentions if comma_start <= s_ and e_ <= pos]
        if len(named) >= 2 and re.match(r"^\s*(?:共|共同|合计|总共)", text[named[-1][1]:pos]) and \
                re.search(r"^\s*(?:与|和|及|、|同)\s*$", text[named[-2][1]:named[-1][0]]):
            return None
        # "县医疗保障局核定行政编制9名，全县共精简内设机构3个": a part naming the whole place and no body is a
        # total of the place, whoever the clause named before
        if re.search(r"全(?:省|市|县|区|州|盟|旗|国|镇|乡)", before) and \
                not any(comma_start <= s_ and e_ <= pos for s_, e_, _ in self.mentions):
            return None
        # "同意你单位增设X股，核增行政编制2名" in a notice to one body: the addressee (the notice's unit),
        # never the division it sets up
        ym = re.search(r"你(单位|局|中心|委|办|所|站|院|厅|部|队|馆|社)", text[semi_start:pos])
        if ym:
            addressee = self.ctx.focus if self.ctx.focus and (ym.group(1) == "单位" or self.ctx.focus.endswith(ym.group(1))) \
                else self.referent(ym.group(1), semi_start + ym.start())
            if addressee:
                return addressee
        # "本单位有内设机构5个", "我单位核定编制12名" on a page of one unit: that unit
        if re.search(r"(?:本|我)单位", text[semi_start:pos]) and not self.nearest_before(pos, semi_start):
            own = self.ctx.focus or _report_unit(self.ctx.title) or _named_field_unit(self.ctx.dt.text)
            if own:
                return own
        # "为该局核定行政编制9名", "给本中心核增…": the body 该/本 refers to, after the preposition naming whom
        pm = re.search(r"(?:为|给|对|向)(?:该|本|我)(中心|局|委|办|所|站|院|厅|队|馆|社)(?![\u4e00-\u9fff]?(?:长|主任|书记))", before)
        if pm:
            referent = self.referent(pm.group(1), comma_start + pm.start(1) - 1)
            if referent:
                return referent
        # "核增我中心3名编制": the speaker's own unit, named in the same sentence.
        m = re.search(r"(?:我|本|该)(中心|局|委|办|所|站|院|部|厅|队|馆|社|室|会|镇|乡|街道)(?:\d|[一二三四五六七八九十]|$)", before)
        if m:
            bodies = [n for _, _, n in self.mentions + self.neighbor_mentions()]
            speaker = referred_body(self.ctx, m.group(1), [bodies, "focus"])
            if speaker:
                return speaker
        # "X正式挂牌。该局为县政府工作部门，核定行政编制9名" / "该局核定…" / "据了解，该中心…": the clause's
        # subject refers back to the last body named with that ending (this sentence first, then the ones before)
        am = re.match(r"^\s*(?:[^，。；]{0,6}[，,])?\s*(?:该|本|我|这个|新组建的|新成立的)(中心|局|委|办|所|站|院|部|厅|队|馆|社|室|会)"
                      r"(?![\u4e00-\u9fff]{0,1}(?:长|主任|书记))", text[semi_start:pos])
        if am and not self.nearest_before(pos, semi_start):
            anchor = semi_start + am.start(1)
            earlier = [n for s, e, n in self.mentions if e <= anchor][::-1] + self.recent_bodies()[::-1]
            referent = referred_body(self.ctx, am.group(1), [earlier])
            if not referent and "我" in am.group(0):
                referent = self.named_later(am.group(1))
            if referent:
                return referent
        # "局机关核定行政编制9名", "中心现有编制15名": a bare head opening the clause is the body just described
        # or the document's own
        bm = _BARE_HEAD_FIGURE.match(text, (_SUBJECT_LEAD.match(text, semi_start) or _EMPTY).end() or semi_start)
        if bm and not self.nearest_before(pos, semi_start):
            referent = self.referent(bm.group("head"), bm.start())
            if referent:
                return referent
        subject = self.subject_owner(pos, semi_start, comma_start)
        if subject:
            return subject
        township = self.ctx.jurisdiction if re.search(r"(?:镇|乡|街道)$", self.ctx.jurisdiction or "") else \
            _document_township(self.ctx)
        own = re.match(r"^\s*(?:我|本|该|全)?(镇|乡|街道)(?:办事处|人民政府|政府|党委|党工委)?(?=设|下设|内设|共设|核定|机关|行政编制|事业编制|领导职数|[，,])", text)
        if township and (own or m) and township.endswith((own or m).group(1)) and not self.nearest_before(pos, semi_start):
            return township  # "镇设A、B3个办公室，核定行政编制30名" / "该镇核定…" in the township's own document
        # "调整…1名至X"
        m = re.match(r"^\s*(?:调整|调剂|划转|划入)?(?:至|到|给)(.{2,40}?)(?=[，。；]|$)", text[end:])
        if m and as_name(m.group(1)):
            return as_name(m.group(1))
        name = self.nearest_before(pos, semi_start)
        if name and self.closes_a_set(pos, semi_start):
            # "涉及A、B等部门，共精简编制45名", "对A等15家单位…收回空编36名": a total for the set, no one body's
            self.unowned_at = pos
            return None
        if name:
            return name
        if self.ctx.notice or self.ctx.sanding or (self.ctx.profile and not self.mentions):
            return self.ctx.focus  # a profile page's figures without a unit of their own are its unit's
        if self.ctx.about_sanding and (re.search(r"机关", before) or not self.mentions):
            return self.ctx.focus
        own_report = _report_unit(self.ctx.title) or _named_field_unit(self.ctx.dt.text)
        if own_report and not re.search(r"全(?:省|市|县|区|州|国)|各", text[semi_start:pos]):
            return own_report  # a unit's own budget / final-account page: its figures without a unit are its own
        heading = self.ctx.heading_unit
        if heading and not self.mentions and heading[0] > self.ctx.described_at and not \
                re.search(r"全(?:省|市|县|区|州|国)|各|共|总|合计|累计", text[semi_start:pos]):
            # "（二）县医疗保障局" (a heading line that is one name) … "核定行政编制10名。": its section's figures
            return heading[1]
        if not self.mentions and self.ctx.described and self.sent.index > 0:
            # "X是县政府工作部门，为正科级。核定行政编制12名…": the unit just described
            return self.ctx.described
        last = self.carried
        if last and last[0] == self.sent.index - 1 and (re.match(r"^\s*其中", text) or not self.nearest_before(pos, 0)):
            # "X机关行政编制79名。其中：主任1名，副主任3名…" / "…。设局长1名，副局长3名。": parts of the
            # figure just read, or the next figures of the same unit
            return last[1]
        from .sanding import titled_unit  # noqa: PLC0415 - sanding imports this module

        page = titled_unit(self.ctx.title or "")
        if page and not self.mentions and not GOVERNING.search(page) and \
                not re.search(r"全(?:省|市|县|区|州|国)|各|合计|累计", text[semi_start:pos]):
            # an encyclopedia entry or a unit's page titled by its name alone ("庄河市档案局" … "定编15人，…"):
            # its figures naming no body are its own
            return self.ctx.canon(page) if self.ctx.canon else page
        news_unit = _news_title_unit(self.ctx.title)
        lead_words = re.sub(_KIND + r"|内设|\d+\s*(?:名|个)", "", text[semi_start:pos])
        if news_unit and not self.mentions and not re.search(r"全(?:省|市|县|区|州|国)|各|共|总|合计|累计", lead_words) \
                and not _UNIT_HEAD_WORD.search(lead_words):
            return news_unit  # "X挂牌成立" (title) … "核定行政编制9名，内设股室4个。": the body the news is about
        self.unowned_at = pos
        return None

    def list_host(self, pos: int, comma_start: int) -> str | None:
        """"…；内设办公室、法规处、保管处，编制74名": a figure whose clause names no body, right after a clause listing
        divisions (内设/下设/设有 first), is the host's, never the last division listed (seventeenth session)."""
        text = self.text
        if comma_start <= 0 or any(comma_start <= s and e <= pos for s, e, _ in self.mentions):
            return None
        prev = text[:comma_start - 1]
        clause = prev[max(prev.rfind("，"), prev.rfind("；"), prev.rfind("。")) + 1:]
        if not re.match(r"\s*(?:[其该]?(?:机关)?)(?:内设|下设|设有)", clause):
            return None
        start = self.ctx.prov(self.sent).start
        hosts = [u.parent.name for u in self.ctx.units if u.kind == "内设机构" and u.parent and u.prov.start == start]
        if not hosts:  # the divisions listed were read before ("现设9个处室，即…" earlier): their host
            at = comma_start - 1 - len(clause)
            listed = {n for s, e, n in self.division_mentions if at <= s and e <= comma_start}
            hosts = [u.parent.name for u in self.ctx.units if u.kind == "内设机构" and u.parent
                     and any(u.unit.name.endswith(n) for n in listed)]
        return hosts[-1] if hosts and len(set(hosts)) == 1 else None

    def division_owner(self, pos: int, semi_start: int) -> str | None:
        """A division owns the figures of its own item ("（一）综合科：事业编制3名，设科长1名", the item opened
        by its name, no other body named before the figure) and a figure whose kind follows its name
        ("离退休干部局领导职数4名")."""
        text = self.text
        for s, e, n in self.division_mentions:
            if semi_start <= s and e <= pos and _OWN_FIGURE.match(text[e:]) and \
                    not any(e <= s2 < pos for s2, _, _ in self.mentions):
                return n
        m = _DIVISION_ITEM.match(text)
        if not m or m.end() > pos or any(m.end() <= s < pos for s, _, _ in self.mentions):
            return None
        name = m.group("name")
        return name if any(d.endswith(name) for d in self.ctx.divisions) or \
            any(s == m.start("name") and e == m.end("name") for s, e, _ in self.division_mentions) else None

    def headed_body(self, title: str, pos: int) -> str | None:
        """"A局行政编制18名，B支队…事业编制224名，其中：局长1名，副局长3名": a chief's title names the kind of
        body it heads; when the body named last before does not end so, the last one before that does."""
        hm = _TITLE_HEAD.search(title)
        before = [n for s, e, n in self.mentions if e <= pos]
        if not hm or not before or before[-1].endswith(hm.group(1)):
            return None
        return next((n for n in reversed(before) if n.endswith(hm.group(1))), None)

    def sent_out(self, pos: int, semi_start: int) -> bool:
        """"作为X的派出机构，行政编制304名", "A、B派驻（出）纪检监察机构的人员编制2名": the figures are the
        sent body's; it has no name of its own here unless the part opens with one (then that name owns them)."""
        sm = [m for m in _SENT_BODY.finditer(self.text, semi_start, pos)]
        if not sm:
            return False
        named = [n for s, e, n in self.mentions if semi_start <= s and e <= sm[-1].start()]
        return not named or bool(_COUNTED_BODIES.search(self.text, semi_start, pos))

    def named_later(self, head: str) -> str | None:
        """"我院为Y下属…事业单位，人员编制24人。…X社会福利院隶属于Y…": the speaker's body, named only in the
        next few sentences of its own page (the first body there with that ending that is no parent)."""
        for sent in self.ctx.dt.sentences[self.sent.index + 1 : self.sent.index + 6]:
            for s, e, n in find_names(sent.text):
                if n.endswith(head) and n != head and not _is_parent_mention(sent.text, s, e) and not GOVERNING.search(n):
                    return self.ctx.full(n)
        return None

    def recent_bodies(self) -> list[str]:
        """The names of the sentences before, but those named only as a sign ("加挂“X局”牌子"): "该局" after
        "…为市政府工作部门，加挂“A”、“B局”牌子。" is the bearer, not its last sign."""
        ctx = self.ctx
        return [n for n in ctx.recent if n not in ctx.named_as_sign or n in ctx.named_plainly]

    def referent(self, head: str, anchor: int) -> str | None:
        """The body a bare or anaphoric head ("中心", "该局") stands for: the last body named before with
        that ending (this sentence, then the ones before), else the document's own unit."""
        title = (self.ctx.title or "").strip()
        page = title if title and as_name(title) == title else None  # a page titled by its body's name alone
        own = [u for u in (self.ctx.described, self.ctx.focus, _report_unit(self.ctx.title), page) if u]
        earlier = [n for s, e, n in self.mentions if e <= anchor][::-1] + self.recent_bodies()[::-1]
        # a lead word glued to a head by the recognizer ("目前中心") is no body
        earlier = [n for n in earlier if not re.match(r"(?:目前|现在|如今|当前|同时|此外|其中|据悉|据了解|另外)", n)]
        # a bare head is the document's own body (the one just described, the page's unit) before any other
        order = [earlier, own] if re.match(r"该|本|这个|新", self.text[anchor:anchor + 1]) else [own, earlier]
        return referred_body(self.ctx, head, order)

    def subject_owner(self, pos: int, semi_start: int, comma_start: int) -> str | None:
        """"县融媒体中心整合了A和B，核定事业编制60名", "该局由原A、B的相关职责整合组建，核定…", "X为县政府工作部门，
        与Y合署办公，核定…", "中心成立了党支部和工会，内设…，现有编制18名": the clause opens with its subject (a
        name, 该局/本中心, or a bare head 中心/局 standing for the document's body), then a verb or preposition;
        the bodies named after it are its objects (what it merged, whom it works with, what it set up inside),
        never the owner of a figure written later in the same clause without a body of its own. Not when the
        subject sets others up (县政府, 县委编办 …: then the body it forms is the owner), nor when a later comma
        part names a body outside the subject's first part (", 同时组建Y，核定…": Y's)."""
        text = self.text
        if any(comma_start <= s and e <= pos for s, e, _ in self.mentions):
            return None  # the figure's own part names its body
        between = [(s, e, n) for s, e, n in self.mentions if semi_start <= s and e <= pos]
        lead = _SUBJECT_LEAD.match(text, semi_start)
        start = lead.end() if lead and not any(s < lead.end() for s, _, _ in between) else semi_start
        start += len(text[start:pos]) - len(text[start:pos].lstrip())
        # "新组建的县自然资源局整合了原A、B的职责，核定…": a word for a body just formed comes before its name
        fm = re.match(r"(?:新组建的|新成立的|新设立的|重新组建的|组建后的|改革后的)", text[start:pos])
        if fm and any(s == start + fm.end() for s, _, _ in between):
            start += fm.end()
        # the name itself opens the clause (a span may carry a function word before it: "将A更名为B" has no subject)
        named = next(((s, e, n) for s, e, n in between if s == start and text.startswith(n, s)), None)
        if named:
            if GOVERNING.search(named[2]) or named[2] == self.ctx.jurisdiction:
                return None
            subj_end, owner = named[1], named[2]
        else:
            am = _SUBJECT_HEAD.match(text, start)
            if not am:
                return None
            subj_end, owner = am.end("head"), self.referent(am.group("head"), start)
            if not owner:
                return None
        if not _SUBJECT_VERB.match(text, subj_end):
            return None
        objects = [m for m in between if m[0] >= subj_end]
        if not objects:
            return None  # nothing stands between: the nearest name (or the anaphora rule) is right
        first_end = _clause_bounds(text, subj_end, "，；")[1]
        for s, _, _ in objects:
            if s < first_end:
                continue  # an object in the subject's own part
            part_start, _ = _clause_bounds(text, s, "，；")
            if not re.match(r"\s*(?:并|同时|还)?(?:与|同(?!时)|和|跟|由|从|为|下设|内设|设有|下辖|管理|指导|加挂|承担|负责)", text[part_start:s + 1]):
                return None  # "，同时组建Y，核定…": a body of another part, maybe the owner
            # (a part going on with the subject's own description, "，下设A等4个事业单位", "，与B合署办公", is its)
        return owner

    def add(self, unit: str | None, kind: str, change: str, amount: int, *, level=None, funding=None,
            counterpart: str | None = None) -> None:
        if amount <= 0:
            self.asked = self.unowned_at = None
            return  # "行政编制0人", "下设0个处室": no posts of that kind, no figure
        if unit and _PLACE_GOVERNMENT.search(unit) and not counterpart:
            unit = None  # "自治区政府工作部门由42个减少到39个，精简行政编制300名": the place's total, no body's
        if unit and PLACE_CLASS.fullmatch(unit):
            unit = None  # "X市Y区街道办事处…调研" … "31个街道办事处的处级职数均设置为2正5副": a class, no one body
        self.kinds.append(kind)
        self.changes.append(change)
        if unit:
            self.ctx.last_figure = (self.sent.index, unit)
        statement = StaffingStatement(Mention(unit) if unit else None, kind, change, amount, self.ctx.prov(self.sent),
                                      counterpart=Mention(counterpart) if counterpart else None, funding=funding,
                                      level=level, date=event_date(self.text, self.ctx.doc_date) or figure_year(self.text))
        self.ctx.staffing.append(statement)
        if unit and self.asked is not None:
            self.owned.append((self.asked, unit))
            if kind == "领导职数":
                self.owned_posts.append((self.asked, unit))
        elif not unit and self.unowned_at is not None:
            self.unowned.append((self.unowned_at, statement))
        self.asked = self.unowned_at = None
        self.ctx.mark(self.sent)

    def share_owners(self) -> None:
        """"核定该局机关行政编制9名，内设股室3个": a figure in a later part that names no body (and no total
        word) is the body's whose figure opened the clause, read before it in the same clause (a figure read
        first by another family is given its owner here, whatever the order the families ran in)."""
        for pos, statement in self.unowned:
            # "X机关行政编制28名，其中局长1名、副局长3名；处级领导职数10名": a later ；-part naming no body still
            # goes on with the body of the sentence's figures, when only one body owns them
            owners = {u for p, u in self.owned if p < pos}
            before = [(p, u) for p, u in self.owned if p < pos and (not re.search(r"[；。]", self.text[p:pos])
                                                                     or len(owners) == 1)]
            if not before and statement.kind == "领导职数":
                # "A…18名，B…224名，其中：局长1名，副局长3名；正科级领导职数11名": one body's list of posts goes on
                # after ；, whoever else owns the sentence's other figures
                before = [(p, u) for p, u in self.owned_posts if p < pos and not re.search(r"。", self.text[p:pos])]
            if not before:
                continue
            p, owner = max(before)
            comma_start, _ = _clause_bounds(self.text, pos, "，；")
            if any(p < s and e <= pos for s, e, _ in self.mentions) or \
                    re.search(r"全(?:省|市|县|区|州|国)|各|共|总|合计|累计|其中", self.text[comma_start:pos]):
                continue
            statement.unit = Mention(owner)


# "某县史志研究室2024年部门预算", "某局2018年度整体支出绩效评价报告", "某中心2021年部门决算": a unit's own
# budget or account page, which opens with the unit's posts ("编制人数小计14人，其中…")
_REPORT_TITLE = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?)?(?P<unit>[^，。；\s]{2,40}?)\s*(?:(?:19|20)\d{2}\s*年度?)?\s*(?:部门|单位)?"
                           r"(?:预算|决算|整体支出绩效|绩效评价|绩效自评|概况$|简介$|基本情况$)")
# "单位名称：某县档案馆" (a form's field line): the page is that unit's
# (also a budget form's "部门(单位)名称:  X")
_NAME_FIELD = re.compile(r"^\s*(?:部门\s*[（(]\s*单位\s*[)）]|单位\s*[（(]\s*部门\s*[)）]|部门|单位|机构)名称\s*(?:[：:]|\|)\s*"
                         r"(?P<unit>[^\s，。；：:|（(]{2,40})\s*(?:[（(]本级[)）])?\s*(?:\|[\s|]*)?$", re.M)
# (also a table row "单位名称 | X | |"; "单位名称:X(本级)": X)


def _named_field_unit(text: str) -> str | None:
    m = _NAME_FIELD.search(text[:3000])
    name = as_name(m.group("unit")) if m else None
    if name and name == m.group("unit"):
        return name
    return _signed_budget_unit(text)


_SIGNING_DATE = re.compile(r"^(?:(?:19|20)\d{2}|[〇零○Oo一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月"
                           r"\s*[\d〇零一二三四五六七八九十]{1,3}\s*日$")


def _signed_budget_unit(text: str) -> str | None:
    """A budget or account page ("…预算单位…", "部门预算") signed at its end by one body above the date line
    ("盘龙区人大常委会办公室⏎2017年3月23日"): the page is that body's own."""
    if not re.search(r"预算|决算", text[:3000]):
        return None
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()][-6:]
    for signer, date in zip(lines, lines[1:], strict=False):
        name = as_name(signer)
        if name and name == signer and _SIGNING_DATE.match(date) and not GOVERNING.search(name):
            return name
    return None


def _report_unit(title: str) -> str | None:
    m = _REPORT_TITLE.match((title or "").strip())
    if not m:
        return None
    name = as_name(m.group("unit"))
    return name if name and m.group("unit").endswith(name) else None


def staffing_facts(sent: Sentence, ctx: Ctx) -> None:
    figs = _Figures(sent, ctx)
    text = figs.text
    if not re.search(r"\d|[一二三四五六七八九十]", text):
        if _DRAWN_FROM.match(text.strip()):
            _figure_drawn_from(figs)  # "所需人员编制从X划转": no number of its own, the sentence before's figure
        return
    first = len(ctx.staffing)
    _divisions(figs)
    _kind_change(figs)
    _kind_first(figs)
    _num_first(figs)
    _titles_each(figs)
    _titles(figs)
    _two_kinds_each(figs)
    _each_change(figs)
    _carried_kind(figs)
    _carried_quota(figs)
    _bracket_change(figs, first)
    _unit_list(figs)
    _figure_drawn_from(figs)
    figs.share_owners()
    _parts_after_a_total(text, ctx, first)


# "编制人数50人,行政编制人数45人,机关工勤2人,事业编制人数3人", "总编制数20名，行政编制8名、事业编制12名": a total
# of posts (编制人数/总编制/编制总数/编制数/人员编制) followed, in its sentence, by the figures of each kind without
# 其中 — the kinds are parts of the total (README: sub-counts are not recorded) when they add up to it or less
_TOTAL_POSTS = re.compile(rf"(?:总编制|编制(?:人数|总数|数)|人员编制)(?:数)?\s*(?:小计|合计|总计)?(?:为|共|共计|计)?"
                          rf"(?P<num>{_NUM})\s*(?:名|人|个)")
_PART_KINDS = ("行政编制", "事业编制", "工勤编制", "政法专项编制")


def _parts_after_a_total(text: str, ctx: Ctx, first: int) -> None:
    m = _TOTAL_POSTS.search(text)
    new = ctx.staffing[first:]
    if not m or len(new) < 2:
        return
    total_n = cn_int(m.group("num"))
    totals = [s for s in new if s.kind == "编制" and s.amount == total_n and s.change == "核定"]
    if not totals:
        return
    tail = re.split(r"实有|实际|在职|在编|离退休|退休|[。；;]", text[m.end():])[0]
    said = {cn_int(n) for n in re.findall(rf"{_NUM}(?=\s*(?:名|人|个))", tail)}
    unit = totals[0].unit.name if totals[0].unit else None
    parts = [s for s in new if s.kind in _PART_KINDS and s.change == "核定" and s.amount in said
             and (s.unit.name if s.unit else None) == unit]
    if parts and sum(s.amount for s in parts) <= (total_n or 0):
        for s in parts:
            ctx.staffing.remove(s)


_LIST_ITEM = re.compile(rf"(?P<name>[^、，。；：:\d（）()]{{2,40}}?)\s*(?P<num>{_NUM})\s*名(?=\s*(?:[、。；，]|$))")


def _unit_list(figs: _Figures) -> None:
    """"多数部门的机关行政编制核定在100名以内：省交通运输厅76名、省水利厅89名、省民政厅80名" / "编制超过100名
    的有：A195名、B125名": after a colon, a list of bodies each with its own figure; the kind is the
    last one written before the colon (编制 when none), the change the verb there (核定 when none). Every
    item must be a whole name; a list after 其中 is the parts of a total and is not read."""
    text = figs.text
    for colon in re.finditer(r"[：:]", text):
        head = text[: colon.start()]
        if "其中" in head[max(head.rfind("，"), head.rfind("；"), head.rfind("。")) + 1 :]:
            continue
        end = min([i for i in (text.find(ch, colon.end()) for ch in "。；") if i != -1] or [len(text)])
        region = text[colon.end() : end]
        items = [x for x in re.split(r"[、，]", region) if x.strip()]
        parsed = []
        for item in items:
            m = _LIST_ITEM.fullmatch(item.strip())
            name = as_name(m.group("name").strip()) if m else None
            if not m or not name or name != m.group("name").strip():
                break
            parsed.append((name, cn_int(m.group("num"))))
        if len(parsed) < 2 or len(parsed) != len(items) or any(a is None for _, a in parsed):
            continue
        kinds = list(re.finditer(_KIND, head))
        kind = _kind_of(kinds[-1].group(0)) if kinds else "编制"
        if kind == "领导职数":
            continue
        verb = _last_verb(head[max(head.rfind("。"), 0) :])
        start = colon.end()
        if figs.overlaps(start, end):
            continue
        figs.taken.append((start, end))
        # a quota list, unless a change verb opens it (调整 there is no move of posts between the items)
        for name, amount in parsed:
            figs.add(name, kind, verb[1] if verb and verb[1] != "调剂" else "核定", amount)


_DRAWN_FROM = re.compile(r"(?:所核|所需|所定|上述|以上)(?:的)?(?:人员)?编制(?:均|全部|一律)?(?:从|由)(?P<src>[^，。；]{2,40}?)"
                         r"(?:现有|原有)?(?:的)?(?:人员|事业|行政)?(?:编制)?(?:中|内)?(?P<verb>划转|划入|调剂|调入)")
# ("所需人员编制从X现有编制中划转": the giver's present posts)


def _figure_drawn_from(figs: _Figures) -> None:
    """"核定事业编制12名，所需编制从某市苗圃划转": the figure just granted comes out of the giver's posts
    (a 划转/调剂 of the same amount from the giver, the receiver its counterpart)."""
    m = _DRAWN_FROM.search(figs.text)
    src = (as_name(m.group("src")) or (m.group("src") if re.fullmatch(r"[\u4e00-\u9fff]{2,30}(?:场|厂|苗圃|公司)", m.group("src"))
                                         and not re.search(r"[的和及与在将]", m.group("src")) else None)) if m else None
    if not src:  # a giver may be an enterprise (某市国营林场): its posts come out of it
        return
    start = figs.ctx.prov(figs.sent).start
    granted = [s for s in figs.ctx.staffing if s.prov.start == start and s.change == "核定" and s.kind != "领导职数"
               and s.unit and s.unit.name != src]
    if not granted and m.start() < 3 and figs.sent.index > 0:
        # "…核定事业编制15名,其中局长1名…。所需人员编制从X现有编制中划转": the figure granted in the sentence before
        before = figs.ctx.prov(figs.ctx.dt.sentences[figs.sent.index - 1]).start
        granted = [s for s in figs.ctx.staffing if s.prov.start == before and s.change == "核定" and s.kind != "领导职数"
                   and s.unit and s.unit.name != src]
    if len(granted) != 1:
        return
    g = granted[0]
    figs.add(src, g.kind, "调剂" if m.group("verb") == "调剂" else "划转", g.amount, counterpart=g.unit.name)


_DIV_VERBS = r"增加|减少|增设|新增|核增|核减|精简|压减|撤并|撤销|净增|净减"


def _division_change(verb: str) -> str:
    """The change a verb makes to a division count: 增设/新增/增加 核增, 撤并/撤销/精简/减少 核减."""
    if re.search(r"增设|新增|增加|核增|净增", verb):
        return "核增"
    return "核减"


# "内设机构由26个减少到20个", "内设处室从16个精简为12个": the count after the change is the 内设机构 quota
_F_DIVISIONS_FROM_TO = re.compile(
    rf"内设(?:机构|司局|处室|科室|股室|部室)(?:数|总数|数量)?\s*(?:由|从)\s*(?:原来的|原有的|原|改革前的)?{CN_NUM}\s*个"
    rf"\s*(?:调整|增加|减少|精简|压减|缩减|压缩|撤并|增|减)?(?:为|到|至)\s*(?P<n>{CN_NUM})\s*个|"
    # "局机关6个科室精简为4个", "内设股室8个压减至5个": the count first, then what it became (no 由)
    rf"(?<![\d零〇一二两三四五六七八九十百])(?:{CN_NUM})\s*个(?:内设机构|(?:职能|业务|内设)?(?:处室|科室|股室|部室))"
    rf"\s*(?:精简|压减|缩减|压缩|整合|合并|调整|减少|撤并)(?:为|到|至)\s*(?P<n2>{CN_NUM})\s*个"
)


def _divisions(figs: _Figures) -> None:
    for m in _F_DIVISIONS_FROM_TO.finditer(figs.text):
        amount = cn_int(m.group("n") or m.group("n2"))
        if amount is None or figs.overlaps(*m.span()):
            continue
        figs.taken.append(m.span())
        figs.add(figs.unit_for(m.start(), m.end()), "内设机构", "核定", amount)
    for m in _F_DIVISIONS.finditer(figs.text):
        amount = cn_int(m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("n6")
                        or m.group("n7"))
        if amount is None or figs.overlaps(*m.span()):
            continue
        comma_start, _ = _clause_bounds(figs.text, m.start(), "，；")
        if "其中" in figs.text[comma_start : m.start()]:
            continue
        figs.taken.append(m.span())
        # "与改革前相比增加了4个内设机构": a change against the count before; "精简内设机构1694个",
        # "新增内设机构3个": the verb written before the kind
        change = "核定" if not m.group("verb") else _division_change(m.group("verb"))
        vm = re.search(rf"({_DIV_VERBS})了?\s*$", figs.text[comma_start : m.start()])
        if change == "核定" and vm:
            change = _division_change(vm.group(1))
        lm = re.search(rf"({_DIV_VERBS})了?(?!后)[^，；。]*、\s*$", figs.text[comma_start : m.start()])
        if change == "核定" and lm:  # "精简A2个、B2个、内设机构41个": the verb opening the list of counts
            change = _division_change(lm.group(1))
        unit = figs.unit_for(m.start(), m.end())
        if (m.group("n6") or m.group("n7")) and (not unit or GOVERNING.search(unit)):
            continue  # "县政府下设25个职能部门": counts of bodies, no division count (README)
        figs.add(unit, "内设机构", change, amount)


# "行政编制由20名调整为25名": the figure after the change is the quota
# "事业编制数量从3000多个锐减至341个", "编制总量由1200名调整为1050名": a count word after the kind, the old
# figure an estimate or written with 个, an adverb before the verb (锐减, 大幅压减) — the new figure is the quota
_YEAR_OF = r"(?:19|20)\d{2}\s*年(?:底|末|初)?的?"  # "由1990年的820人增至1995年的910人"
_F_FROM_TO = re.compile(
    rf"(?P<kind>{_KIND})(?:数|总数|数量|总量|数额)?\s*(?:由|从)\s*(?:原来的|原有的|原|改革前的|{_YEAR_OF})?(?P<old>{CN_NUM})\s*(?:多|余)?\s*(?:名|人|个)"
    rf"\s*(?:(?:锐|骤|大幅|分别)?(?:调整|增加|减少|核增|核减|增至|减至|精简|压减|缩减|压缩|下降|降|增|减))?(?:为|到|至)?\s*(?:{_YEAR_OF})?(?P<num>{CN_NUM})\s*(?:名|人|个(?![\u4e00-\u9fff]))"
)


# "机关行政编制精简20%，共精简1200名": a change figure with no kind of its own, the kind named in the part before
_F_VERB_NUM = re.compile(rf"(?:共|累计|合计|总计)?(?P<verb>精简|核减|减少|压减|收回|核增|增加)了?\s*(?P<num>{_NUM})\s*(?:名|人)(?=[，。；]|$)")


# "核定乡镇行政编制520名、事业编制480名，分别较改革前减少20名、30名": one change per kind listed before
_F_EACH_CHANGE = re.compile(rf"分别(?:较|比)?(?:改革前|原来|调整前|以前)?(?P<verb>减少|增加|精简|核减|核增|压减|收回)了?"
                            rf"(?P<nums>{_NUM}\s*[名人](?:\s*、\s*{_NUM}\s*[名人])+)(?=[，。；]|$)")


# "行政、事业编制各6名", "行政编制和事业编制各6名": the same figure for two kinds (the second read as usual)
_F_TWO_KINDS_EACH = re.compile(rf"(?P<first>行政|事业|工勤|政法专项)(?:编制)?(?:、|和|及|与)(?:行政|事业|工勤|政法专项)编制各"
                               rf"(?P<num>{_NUM})\s*[名人]")


def _two_kinds_each(figs: _Figures) -> None:
    for m in _F_TWO_KINDS_EACH.finditer(figs.text):
        amount = cn_int(m.group("num").replace(" ", ""))
        change = _change_for(figs, m.start(), m.end(), m.group(0), verb_required=False)
        if amount is None or change is None:
            continue
        figs.add(figs.unit_for(m.start(), m.end()), m.group("first") + "编制", change, amount)


def _part_and_previous(text: str, pos: int) -> tuple[int, int]:
    """Where the clause before the one holding ``pos`` starts, and where that one starts (parts cut at ，；)."""
    part_start, _ = _clause_bounds(text, pos, "，；")
    prev_start, _ = _clause_bounds(text, max(part_start - 1, 0), "，；")
    return prev_start, part_start


def _each_change(figs: _Figures) -> None:
    text = figs.text
    for m in _F_EACH_CHANGE.finditer(text):
        if figs.overlaps(*m.span()):
            continue
        prev_start, part_start = _part_and_previous(text, m.start())
        kinds = [k.group("kind") for k in _F_KIND_FIRST.finditer(text[prev_start : part_start])]
        amounts = [cn_int(n.replace(" ", "")) for n in re.findall(rf"{_NUM}(?=\s*[名人])", m.group("nums"))]
        if part_start == 0 or len(kinds) != len(amounts) or None in amounts:
            continue
        figs.taken.append(m.span())
        for kind, amount in zip(kinds, amounts, strict=True):
            figs.add(figs.unit_for(m.start(), m.end()), _kind_of(kind), _last_verb(m.group("verb"))[1], amount)


# "共核定行政编制27名（比改革前增加3名）", "事业编制20名（较原来减少5名）": the change against the figure before, written in
# a bracket right after the figure — a figure of the same kind and owner
_F_BRACKET_CHANGE = re.compile(rf"[（(]\s*(?:比|较|与)(?:改革前|原来|调整前|以前|原有|上年|改革前相比|原来相比)?"
                               rf"(?:相比)?\s*(?P<verb>增加|减少|核增|核减|精简|压减|增|减)了?\s*(?P<num>{_NUM})\s*(?:名|人)\s*[）)]")


def _bracket_change(figs: _Figures, first: int) -> None:
    for m in _F_BRACKET_CHANGE.finditer(figs.text):
        before = [kind for end, kind in figs.read if end <= m.start() and figs.text[end:m.start()].strip() == ""]
        amount = cn_int(m.group("num").replace(" ", ""))
        if not before or amount is None or figs.overlaps(*m.span()):
            continue
        read = [st for st in figs.ctx.staffing[first:] if st.kind == before[-1]]
        if not read:
            continue
        figs.taken.append(m.span())
        owner = read[-1].unit.name if read[-1].unit else None
        figs.asked = figs.unowned_at = None
        figs.add(owner, before[-1], "核减" if m.group("verb") in ("减少", "核减", "精简", "压减", "减") else "核增", amount)


def _carried_kind(figs: _Figures) -> None:
    text = figs.text
    for m in _F_VERB_NUM.finditer(text):
        if figs.overlaps(*m.span()):
            continue
        prev_start, part_start = _part_and_previous(text, m.start())
        if part_start == 0 or find_names(text[part_start : m.start()]) or \
                re.search(r"人员|干部|职工|公务员|人才|富余", text[part_start : m.start()]):
            continue
        kinds = list(re.finditer(_KIND, text[prev_start : part_start - 1]))
        amount = cn_int(m.group("num").replace(" ", ""))
        if not kinds or amount is None or kinds[-1].group(0) == "领导职数" and "职数" not in text[part_start:m.end()]:
            continue
        figs.taken.append(m.span())
        figs.add(figs.unit_for(m.start(), m.end()), _kind_of(kinds[-1].group(0)), _last_verb(m.group("verb"))[1], amount)


# "A类乡镇核定事业编制44人；B类乡镇核定40人；C类乡镇核定34人": parallel quotas in a row, a later one written without
# its kind: the kind of the figure the part before gave (a quota by class of bodies, each part one class)
_F_BARE_QUOTA = re.compile(rf"(?:核定|定编|核编)(?:为)?\s*(?P<num>{_NUM})\s*(?:名|人)(?=\s*[，。；]|\s*$)")


def _carried_quota(figs: _Figures) -> None:
    text = figs.text
    for m in _F_BARE_QUOTA.finditer(text):
        if figs.overlaps(*m.span()):
            continue
        prev_start, part_start = _part_and_previous(text, m.start())
        if part_start == 0 or re.search(r"人员|干部|职工|公务员|人才|富余|实有|在编", text[part_start : m.start()]):
            continue
        before = [kind for end, kind in figs.read if prev_start < end <= part_start]
        amount = cn_int(m.group("num").replace(" ", ""))
        if not before or amount is None or before[-1] == "领导职数":
            continue
        figs.taken.append(m.span())
        figs.read.append((m.end(), before[-1]))  # the next part in the row carries it on
        figs.add(figs.unit_for(m.start(), m.end()), before[-1], "核定", amount)


# "行政编制调整为15名", "事业编制核定为20名", "编制增加到15名", "领导职数减至5名": the quota after the change
_F_KIND_TO = re.compile(
    rf"(?P<kind>{_KIND})(?:数|总数|数量|总量|数额)?\s*(?:调整|核定|确定|增加|增|减少|减|核增|核减|压减|精简|缩减|下调|上调|重新核定)"
    rf"(?:为|到|至)\s*(?P<num>{_NUM})\s*(?:名|人|个(?![\u4e00-\u9fff]))"
)


def _kind_change(figs: _Figures) -> None:
    for m in _F_KIND_TO.finditer(figs.text):
        amount = cn_int(m.group("num").replace(" ", ""))
        if amount is None or figs.overlaps(*m.span()) or _RANGE_AFTER.match(figs.text[m.end():]):
            continue
        figs.taken.append(m.span())
        figs.add(figs.unit_for(m.start(), m.end()), _kind_of(m.group("kind")), "核定", amount)
    for m in _F_FROM_TO.finditer(figs.text):
        amount = cn_int(m.group("num"))
        if amount is None or figs.overlaps(*m.span()):
            continue
        figs.taken.append(m.span())
        figs.add(figs.unit_for(m.start(), m.end()), _kind_of(m.group("kind")), "核定", amount)
    for m in _F_KIND_CHANGE.finditer(figs.text):
        if figs.overlaps(*m.span()):
            continue
        amount = cn_int(m.group("num"))
        if amount is None or _RANGE_AFTER.match(figs.text[m.end():]):
            continue
        figs.taken.append(m.span())
        figs.add(figs.unit_for(m.start(), m.end()), _kind_of(m.group("kind")), _last_verb(m.group("verb"))[1], amount)


def _change_for(figs: _Figures, start: int, end: int, kind_text: str, *, verb_required: bool) -> str | None:
    text = figs.text
    if "周转" in kind_text:
        return "周转"
    comma_start, comma_end = _clause_bounds(text, start, "，；")
    if re.search(r"(?:调剂|统筹)(?:使用|用于)$", text[comma_start:start]):
        return "调剂"  # "市直共调剂使用编制100名": posts moved between bodies, not posts filled
    if re.search(r"(?:使用|占用|动用|用于)(?:空余|空)?$", text[comma_start:start]):
        return None  # "核准使用编制312名用于招聘": posts filled (用编), not a quota
    if re.search(r"(?:调整|核定|改革|增加|核增|减少|核减|精简|划转|整合)后", text[comma_start:start]):
        return "核定"  # "调整后行政编制为15名", "增加后行政编制为12名": the quota after the change
    verb = _last_verb(text[comma_start:start])
    if verb:
        return verb[1]
    if re.match(r"^\s*其中", text[comma_start:start]) and figs.changes:
        return figs.changes[-1]  # "收回空余编制120名，其中行政编制20名": a part of the total, moved the same way
    after = text[end:comma_end]
    # "将A的2名事业编制调剂给B": the verb after the figure, its receiver after it
    am = re.search(r"(划入|划出|划转|划给|调整至|调剂至|调剂给|调剂到|调配给|调配至|调配到|调整给|调整到|调至|下沉)", after)
    if am:
        return "调剂" if am.group(1).startswith(("调整", "调剂", "调配", "调至")) else "划转"
    semi_start, _ = _clause_bounds(text, start, "；")
    if re.search(r"调整后|核定后|改革后", text[semi_start:start]):
        return "核定"
    lead = text[comma_start:start].rstrip()
    if re.search(r"(?:共有|现有|拥有|保障|配备)$", lead):
        return "核定"  # "县政府采购中心共有11个编制", "为X保障16个行政编制": the posts a body has
    if re.search(r"(?:名|个)[^，；。]{0,10}编制(?:和|及|以及|、)$", lead) and figs.changes:
        return figs.changes[-1]  # "保障16个行政编制和53个事业编制": the second figure of a pair
    if verb_required:
        return None
    if re.search(r"(?:如果|若|凡|如)", text[comma_start:start]):
        return None
    return "核定"


def _kind_first(figs: _Figures) -> None:
    text = figs.text
    for m in _F_KIND_FIRST.finditer(text):
        if figs.overlaps(*m.span()):
            continue
        if _RANGE_AFTER.match(text[m.end() :]) or _RANGE_BEFORE.search(m.group("nums").split("名")[0]):
            continue
        kind_text = m.group("kind")
        comma_start, _ = _clause_bounds(text, m.start(), "，；")
        desc = text[comma_start : m.start()]
        change = _change_for(figs, m.start(), m.end(), kind_text, verb_required=False)
        if change is None or (change == "核定" and re.match(r"(?:空编|空余)", kind_text)):
            continue  # "现有空编3名": vacancies (quota minus staff) are a state, not a quota; "收回空编89名" is read
        amounts = [a for a in (cn_int(x) for x in re.findall(_NUM, m.group("nums"))) if a is not None]
        if not amounts:
            continue
        figs.taken.append(m.span())
        kind = _kind_of(desc[-2:] + kind_text if desc.endswith("工勤") else kind_text)
        part = kind != "领导职数" and figs.sub_count(m.start(), kind)
        figs.read.append((m.end(), kind))
        if part:
            continue
        funding_m = FUNDING_RE.search(kind_text) or FUNDING_RE.search(desc[-8:])
        funding = funding_m.group(1) if funding_m else None
        level: str | None = None
        if kind == "领导职数":
            lm = _LEVEL.search(desc)
            level = (norm_rank(lm.group(1)) or lm.group(1)) if lm else None
        # "为A、B、C分别核增…28名、12名、10名"
        listed = re.search(r"为(.{2,200}?)分别", text[: m.start()])
        # "A、B分别核定行政编制10名、45名": the bodies listed as the clause's subject, each whole
        bare_list = re.search(r"(?:^|[，；。：:])\s*(?:同时|另外|其中)?[，,]?\s*([^，；。：:为给对]{4,200}?)分别[^，；。]*$", text[: m.start()])
        if len(amounts) > 1 and not listed and bare_list:
            whole = _names(bare_list.group(1))
            if "".join(whole) == re.sub(r"[、和及与\s]", "", bare_list.group(1)):
                listed = bare_list
        if len(amounts) > 1 and listed:
            listed_units = _names(listed.group(1))
            if len(listed_units) == len(amounts):
                for listed_unit, amount in zip(listed_units, amounts, strict=True):
                    figs.add(listed_unit, kind, change, amount, level=level, funding=funding)
                continue
        # "为A、B各核增编制10名" / "A、B各核定事业编制5名": the same figure for each body listed
        each = re.search(r"^(?:为|给|对)?(?P<list>[^，；。]{4,160}?)(?:统一)?各(?:核增|核减|核定|增加|减少|收回|下达)?",
                         text[comma_start : m.start()])
        each_units = _names(each.group("list")) if each and len(amounts) == 1 else []
        if len(each_units) > 1 and "".join(each_units) == re.sub(r"[、和及与]", "", each.group("list")):
            for each_unit in each_units:
                figs.add(each_unit, kind, change, amounts[0], level=level, funding=funding)
            continue
        unit, counterpart = _giver_receiver(text, m.start(), m.end())
        if not unit:
            unit, counterpart = _posts_following_a_duty(text, m.start())
        elif not counterpart:  # "…职责划入B，同步从A划转行政编制2名": B receives
            duty_giver, duty_receiver = _posts_following_a_duty(text, m.start(), named=True)
            counterpart = duty_receiver if duty_giver == unit else None
        if not unit and re.search(r"(?:^|[，；、])\s*(?:将)?其(?:原有的|原)?$", text[: m.start()]):
            # "撤销A，其行政编制5名划入B" / "将其…划转至B": 其 is the body just named (the giver), B receives
            counterpart = _receiver(text, m.end())
            unit = figs.nearest_before(m.start(), 0) if counterpart else None
        unit = unit or figs.unit_for(m.start(), m.end())
        if counterpart == unit:
            counterpart = None
        for amount in amounts:
            figs.add(unit, kind, change, amount, level=level, funding=funding, counterpart=counterpart)


def _names(text: str) -> list[str]:
    from .common import names_in_list

    return names_in_list(text)


_RECEIVED_BY = r"(?:划入|划给|划转至|划转到|划转给|调整至|调整给|调整到|调剂至|调剂给|调剂到|调配至|调配给|调配到|调至|调入|到|至|给)"


def _receiver(text: str, end: int) -> str | None:
    """The body posts are moved to, written after the figure ("…划入B", "…到B")."""
    rm = re.match(rf"^\s*{_RECEIVED_BY}(.{{2,40}}?)(?=[，。；、]|$)", text[end:]) or \
        re.search(r"(?:划入|划给|划转至|划转到|划转给|调整至|调剂至|调剂给|调至)(.{2,40}?)(?=[，。；]|$)", text[end:]) or \
        re.search(rf"(?<=编制){_RECEIVED_BY}(.{{2,40}}?)(?=[，。；]|$)", text[end:])
    return as_name(rm.group(1)) if rm and as_name(rm.group(1)) else None


def _giver_receiver(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """Giver and receiver of posts moved between two named bodies (giver None when not named):
    "将A4名行政编制划入B", "从A划转N名…到B", "A划转3名行政编制到B", "从A划转行政编制3名至B",
    "B从A划入行政编制3名" — the giver is the figure's unit, the receiver its counterpart."""
    seg_start = max(text.rfind(ch, 0, start) for ch in "，；、") + 1
    before = text[seg_start:start]
    receiver = _receiver(text, end)
    giver = None
    gm = (re.search(r"将([^将从]{2,40}?)(?:的|所属的?)?$", before)  # "将A的事业编制5名划转至B": A gives
          or re.search(r"从([^将从]{2,40}?)(?:中)?(?:划转|划出|调剂|调出|收回|调整|划入|调入)?$", before))
    if gm and as_name(gm.group(1)):
        giver = as_name(gm.group(1))
        om = re.match(r"^\s*(?:同步|同时|并)?([^从]{2,40}?)从", before)  # "B从A划入…": B receives
        if receiver is None and om and as_name(om.group(1)):
            receiver = as_name(om.group(1))
    else:
        sm = re.match(r"^\s*(?:同步|同时|并)?([^，；、]{2,40}?)(?:划转|划出|调出|调剂)$", before)  # "A划转3名…到B"
        if sm and as_name(sm.group(1)) and receiver:
            giver = as_name(sm.group(1))
    if giver and receiver == giver:
        receiver = None
    return (giver, receiver) if giver else (None, None)


_DUTY_MOVED = re.compile(r"将(?P<giver>[^将，；。]{2,80}?)(?:职责|职能)[^，；。]*?(?:划入|划转至|划转到|划转给|划给|划归|交由)"
                         r"(?P<receiver>[^，；。]{2,40}?)(?:承担|负责|管理)?$")


def _posts_following_a_duty(text: str, start: int, *, named: bool = False) -> tuple[str | None, str | None]:
    """"将A的X职责划入B，相应划转行政编制2名": the posts follow the duty moved in the part before (giver A,
    receiver B), when the figure's own part opens with 相应/随之/一并/同步 and names no body (``named``: it may
    name the giver, "同步从A划转行政编制2名", and B is still the receiver)."""
    part_start = max(text.rfind(ch, 0, start) for ch in "，；") + 1
    if part_start <= 0 or not re.match(r"\s*(?:并|同时)?(?:相应|随之|一并|同步)", text[part_start:start]) or \
            (not named and find_names(text[part_start:start])):
        return None, None
    prev_start = max(text.rfind(ch, 0, part_start - 1) for ch in "，；。") + 1
    m = _DUTY_MOVED.search(text[prev_start : part_start - 1])
    giver, receiver = (name_at_start(m.group("giver")), as_name(m.group("receiver"))) if m else (None, None)
    return (giver, receiver) if giver and receiver and giver != receiver else (None, None)


def _num_first(figs: _Figures) -> None:
    text = figs.text
    for m in _F_NUM_FIRST.finditer(text):
        if figs.overlaps(*m.span()):
            continue
        kind_text = (m.group("desc") or m.group("gdesc") or "") + m.group("kind")
        change = _change_for(figs, m.start(), m.end(), kind_text, verb_required=True)
        if change is None:
            continue
        amount = cn_int(m.group("num"))
        if amount is None:
            continue
        figs.taken.append(m.span())
        kind = _kind_of(kind_text)
        part = kind != "领导职数" and figs.sub_count(m.start(), kind)
        figs.read.append((m.end(), kind))
        if part:
            continue
        funding_m = FUNDING_RE.search(kind_text)
        level = None
        if kind == "领导职数":
            lm = _LEVEL.search(m.group("desc") or "")
            level = (norm_rank(lm.group(1)) or lm.group(1)) if lm else None
        unit, counterpart = _giver_receiver(text, m.start(), m.end())
        if unit and not counterpart:  # "…职责划入B，同步从A划转2名行政编制": B receives
            duty_giver, duty_receiver = _posts_following_a_duty(text, m.start(), named=True)
            counterpart = duty_receiver if duty_giver == unit else None
        comma_start, comma_end = _clause_bounds(text, m.start(), "，；")
        if not unit and "将" in text[comma_start : m.start()] and figs.taken:
            # the second figure of "将A N名…、M名…划入B": same giver as the first
            gm2 = re.search(r"将(.{2,40}?)(?:\d|[一二三四五六七八九十])", text[comma_start:])
            if gm2 and as_name(gm2.group(1)):
                unit, counterpart = as_name(gm2.group(1)), _receiver(text, m.end())
        if not unit:
            unit, counterpart = _posts_following_a_duty(text, m.start())  # "…职责划入B，相应划转2名行政编制"
        if unit is None:
            unit = figs.unit_for(m.start(), m.end())
        figs.add(unit, kind, change, amount, level=level, funding=funding_m.group(1) if funding_m else None,
                 counterpart=counterpart)


def _titles(figs: _Figures) -> None:
    text = figs.text
    parts = bool(figs.carried and figs.carried[0] == figs.sent.index - 1
                 and (re.match(r"^\s*其中", text) or not figs.mentions))
    posts = re.match(r"^\s*(?:另|并)?设(?:有)?" + _F_TITLE.pattern, text)  # "设主任1名、副主任4名。": posts of a body
    # "县图书馆设馆长1名、副馆长2名": the body named first, then the posts it is given
    lead = find_names(text)
    posts = posts or (lead and lead[0][0] <= 1 and re.match(r"^\s*(?:另|并)?设(?:有)?" + _F_TITLE.pattern, text[lead[0][1]:]))
    # "国家疾控局为副部级，设局长1名、副局长4名": the body's description, then its posts (fourteenth session)
    posts = posts or (lead and lead[0][0] <= 1 and posts_after_description(text[lead[0][1]:]))
    # "根据国务院规定，文化部设部长1名，副部长4名": the body opens its clause after a source or time lead
    opening = _SUBJECT_LEAD.match(text)
    posts = posts or (opening and opening.end() > 0 and any(
        s_ == opening.end() + len(text[opening.end():]) - len(text[opening.end():].lstrip())
        and re.match(r"^\s*(?:另|并)?设(?:有)?" + _F_TITLE.pattern, text[e_:]) for s_, e_, _ in lead))
    # "X配备局长1名，副局长4名": posts a notice gives the body it forms
    posts = posts or re.search(r"(?:配备|配置)(?:有)?" + _F_TITLE.pattern, text)
    # "该局还设立了食品药品安全总监1名一职": a post the body just named sets up for itself
    posts = posts or re.search(r"(?:该|本)(?:局|委|厅|办|中心|部)(?:还|另|也|并)?(?:设立|设置|增设|设)(?:了|有)?"
                               r"[\u4e00-\u9fff]{0,10}?" + _F_TITLE.pattern, text)
    # "各所设所长1名", "下辖5个司法所，各所设所长1名、副所长1名": the same posts in each body of a class (unit null)
    # (also a class by grade: "一类乡镇、办事处人民政府设乡镇长1人、副乡镇长4人")
    each = re.search(r"(?:^|[，；。,;])\s*(?:各[\u4e00-\u9fff]{0,8}?|[一二三四五六七八九十\d]类[\u4e00-\u9fff、]{0,12}?)"
                     r"(?:设|配备)(?:有)?" + _F_TITLE.pattern, text)
    posts = posts or each
    # "为县统计局增配副局长1名", "核减副局长职数1名": posts added or cut (the verb right before the title)
    posts = posts or re.search(r"(?:增配|核增|核减)(?:了)?" + _F_TITLE.pattern, text)
    _titles_number_first(figs)
    if not re.search(r"职数|编制|定编", text) and not parts and not posts:
        return  # ("定编4名，其中组长1名": 定编 is a quota of posts as 编制 is)
    for m in _F_TITLE.finditer(text):
        if figs.overlaps(*m.span()):
            continue
        amount = cn_int(m.group("num"))
        if amount is None:
            continue
        if re.search(r"[（(](?:含|其中)[^）)]*$", text[:m.start()]):
            continue  # "正科级领导职数12名（含机关党委专职副书记1名）": a part of a figure already read
        if m.group("alias") and (re.search(r"领导职数\s*" + CN_NUM + r"\s*[名人][，,：:\s]*其中[^。；]*$", text[:m.start()])
                                 or re.search(r"[\u4e00-\u9fff]$", text[:m.start()])
                                 and not re.search(r"(?:设|设有|配备|配|置|为|有)$", text[:m.start()])):
            # "科级领导职数18名，其中科长（主任）11名": a part of the posts' total; "研究室主任（副县级）1名": a title
            # qualified by a division's name — only a bare title opening its item is read with a bracket
            continue
        if re.search(rf"{CN_NUM}正{CN_NUM}副\s*[，,]?\s*即[^。；]*$", text[:m.start()]):
            continue  # "职数均设置为2正5副,即书记1名、主任1名…": the titles restate the chief and deputies read as such
        figs.taken.append(m.span())
        if each and m.start() >= each.start("title"):
            figs.add(None, "领导职数", "核定", amount, level=m.group("title"))  # a class's posts: no one body's
            continue
        semi_start, _ = _clause_bounds(text, m.start(), "；")
        headed = None if figs.sent_out(m.start(), semi_start) or _title_holder(text[:m.start()]) else \
            figs.headed_body(m.group("title"), m.start())
        if headed:
            figs.asked = m.start()  # owned as unit_for's answers are, so a later ；-part of posts goes on with it
        unit = None if figs.sent_out(m.start(), semi_start) else \
            _title_holder(text[:m.start()]) or headed or figs.unit_for(m.start(), m.end())
        if unit is None and not (re.search(r"职数|编制|定编", text) or parts):
            continue  # posts of no body we know of
        vm = re.search(r"(增配|增设|核增|增加|新增|核减|减少|精简|压减)了?$", text[_clause_bounds(text, m.start(), "，；、")[0]:m.start()])
        change = "核定" if not vm else "核减" if vm.group(1) in ("核减", "减少", "精简", "压减") else "核增"
        figs.add(unit, "领导职数", change, amount, level=m.group("title"))
    if re.search(r"职数|编制", text) or parts:
        # "其中，正处级领导26人，副处级领导48人" (a 三定's posts by grade, under the figure before)
        for m in _F_GRADE_POSTS.finditer(text):
            amount = cn_int(m.group("num"))
            if amount is None or figs.overlaps(*m.span()):
                continue
            figs.taken.append(m.span())
            figs.add(figs.unit_for(m.start(), m.end()), "领导职数", "核定", amount, level=m.group("level"))
    if "领导职数" not in text:
        return
    # "科级领导职数：正科级1名、副科级2名": the posts of each grade, listed after 领导职数
    for m in re.finditer(rf"(?<=[：:，,、；\s为])(?P<level>(?:正|副)(?:部|厅|局|处|县|科|股)级|股级)\s*(?P<num>{CN_NUM})\s*名", text):
        if figs.overlaps(*m.span()) or "领导职数" not in text[: m.start()]:
            continue
        amount = cn_int(m.group("num"))
        if amount is None:
            continue
        figs.taken.append(m.span())
        figs.add(figs.unit_for(m.start(), m.end()), "领导职数", "核定", amount, level=m.group("level"))


# "正处级领导26人", "副科级领导干部职数3名": the posts of one grade, the grade written before 领导
_F_GRADE_POSTS = re.compile(rf"(?P<level>(?:正|副)(?:部|厅|局|司|处|县|科|股)级)领导(?:干部)?(?:职数)?\s*(?P<num>{CN_NUM})\s*"
                            r"(?:名|人(?![员数次]))")


# "县统计局增配1名副局长", "各街道增配1名人大工作室主任": the number first, then the post (a change of posts)
_F_NUM_TITLE = re.compile(rf"(?P<verb>增配|增设|核增|核减)了?(?P<num>{CN_NUM})名(?P<title>[\u4e00-\u9fff]{{0,8}}?(?:正副|正|副)?{_TITLES})"
                          r"(?![\u4e00-\u9fff]{0,2}(?:职数|编制))")


# "设局长、副局长各1名", "有镇长和副镇长各1名", "配备正、副主任各一人": one count shared by each post of a list
# (gazetteers and 三定 alike); "正、副X" names X and 副X. The setting verb is required — a list of titles with 各
# and a number elsewhere ("局长、副局长各1名出席") counts people, no posts; a title may carry a short qualifier
# ("纪检组长", "研究室主任")
_POST_ITEM = rf"(?:专职)?(?:正|副)?(?:(?:(?![和及与])[\u4e00-\u9fff]){{0,4}}?{_TITLES})"  # "纪检组长": a qualified title
_F_TITLES_EACH = re.compile(
    rf"(?:设有|设置|设|有|配备|配|置)(?P<list>(?:正\s*[、,，]\s*副{_TITLES})|"
    rf"{_POST_ITEM}(?:\s*(?:、|和|及|与)\s*{_POST_ITEM})+)\s*各(?P<num>{CN_NUM})\s*(?:名|人(?![员数次]))"
    r"(?=\s*(?:[，,。；;）)]|$))")


def _titles_each(figs: _Figures) -> None:
    for m in _F_TITLES_EACH.finditer(figs.text):
        amount = cn_int(m.group("num"))
        if amount is None or figs.overlaps(*m.span()):
            continue
        shared = re.fullmatch(r"正\s*[、,，]\s*副(?P<t>.+)", m.group("list"))
        titles = [shared.group("t"), "副" + shared.group("t")] if shared else \
            [t.strip() for t in re.split(r"、|和|及|与", m.group("list"))]
        clause = figs.text[_clause_bounds(figs.text, m.start(), "，；")[0]:m.start()]
        # "各所设所长、副所长各1名", "镇设镇公所，有镇长、副镇长各1名" (a bare level opening the sentence): every
        # body of a class, no one body's
        each_body = re.search(r"(?:^|[，；])\s*各", clause) or re.match(r"^\s*[乡镇区县村里]设", figs.text)
        unit = None if each_body else figs.unit_for(m.start(), m.end())
        lead = [(s_, n) for s_, e_, n in figs.mentions if e_ <= m.start()]
        if unit and lead and len(lead[-1][1]) <= 3:
            unit = figs.referent(lead[-1][1], lead[-1][0])  # "镇公所…有镇长、副镇长各1名": the bare head's body
        if unit is None and not each_body:
            continue  # posts of no body we know of
        figs.taken.append(m.span())
        for title in titles:
            figs.add(unit, "领导职数", "核定", amount, level=title)


def _titles_number_first(figs: _Figures) -> None:
    for m in _F_NUM_TITLE.finditer(figs.text):
        amount = cn_int(m.group("num"))
        if amount is None or figs.overlaps(*m.span()):
            continue
        figs.taken.append(m.span())
        change = "核减" if m.group("verb") == "核减" else "核增"
        clause = figs.text[_clause_bounds(figs.text, m.start(), "，；")[0]:m.start()]
        unit = None if re.search(r"(?:^|[，；])?\s*各", clause) else figs.unit_for(m.start(), m.end())
        figs.add(unit, "领导职数", change, amount, level=re.sub(r"^[\u4e00-\u9fff]*?((?:正副|正|副)?[\u4e00-\u9fff]{1,3})$", r"\1", m.group("title")))


def _title_holder(before: str) -> str | None:
    """The body named in the same list item before the title: "、市政府调研室主任1名" → 市政府调研室;
    "市应急办主任兼市政府办公室副主任1名" → 市应急办 (the post's own body comes first); "机关党委专职副书记
    1名" → 机关党委. None when the item names no body ("其中：主任1名")."""
    item = re.split(r"[、，；：:（）()]", before)[-1]
    item = item.split("兼")[0]
    item = re.sub(rf"(?:专职)?(?:正|副)?{_TITLES}$|"
                  r"专职$", "", item).strip()
    if len(item) < 2:
        return None
    name = as_name(item)
    if name:
        return name
    from .sanding import is_division_name

    return item if is_division_name(item) else None


# ---------------------------------------------------------------------------
# 升格 / 降格
# ---------------------------------------------------------------------------

_RANK_CHANGE = re.compile(rf"(升格|升级|升为|提格|降格|降级|降为)为?(?P<rank>{RANK_RE.pattern})")


def _unbracketed(text: str) -> str:
    """Bracketed parts blanked out (as many characters, so offsets hold)."""
    return re.sub(r"[（(][^（()）]*[)）]", lambda b: "，" * len(b.group(0)), text)


def rank_facts(sent: Sentence, ctx: Ctx) -> None:
    if ctx.regulation:
        return
    text = strip_item_number(sent.text)
    for m in _RANK_CHANGE.finditer(text):
        up = m.group(1) in ("升格", "升级", "升为", "提格")
        rank = norm_rank(m.group("rank"))
        semi_start, _ = _clause_bounds(text, m.start(), "；")
        clause = text[semi_start : m.start()]
        units: list[tuple[str, str | None, str | None, str | None]] = []  # name, parent, kind, old rank
        jm = re.search(r"将([^；]+?)$", clause)
        if jm:
            target = re.sub(rf"(?:的?(?:机构)?规格)?由({RANK_RE.pattern})$", "", jm.group(1))
            for part in re.split(r"、", target):
                parsed = _described_unit(part)
                if parsed:
                    units.append(parsed)
            if not units:
                continue  # "将2个副科级单位降为股级": no unit is named
        else:
            comma_start, _ = _clause_bounds(text, m.start(), "，；")
            # "新闻出版署（国家版权局）升格为正部级单位": a bracketed sign is not the body raised
            if comma_start > semi_start or not text[semi_start : m.start()].strip():
                names = [n for s, e, n in find_names(_unbracketed(text[semi_start : m.start()]))]
                if names:
                    units.append((names[-1], None, None, None))
            else:
                names = [n for s, e, n in find_names(_unbracketed(clause))]
                if names:
                    units.append((names[-1], None, None, None))
        # "X升格为正部级单位，改称Y": the rank is the renamed body's, the body the document leaves
        renamed = re.match(r"[^。；]*?[，,](?:并|同时)?(?:改称|更名为|改名为)(?P<n>[^，。；（(]{2,40})", text[m.end():])
        new_name = as_name(renamed.group("n")) if renamed and len(units) == 1 else None
        for name, parent, kind, _old in units:
            type_ = EventType.UPGRADE if up else EventType.DOWNGRADE
            ctx.events.append(EventStatement(type_, ctx.prov(sent), [Mention(name)], [Mention(name)], rank=rank,
                                             date=_when(sent, ctx)))
            name = new_name or name
            ctx.units.append(UnitStatement(Mention(name), ctx.prov(sent), kind=kind, rank=rank,
                                           parent=Mention(parent) if parent else None,
                                           parent_relation="所属" if parent else None))
            ctx.final_rank.add(name)
            ctx.mark(sent)


_RANK_ORDER = ["股级", "副科级", "正科级", "副处级", "正处级", "副县级", "正县级", "副厅级", "正厅级",
               "副局级", "正局级", "副部级", "正部级"]


def _rank_level(rank: str) -> int:
    base = {"股": 0, "科": 1, "处": 2, "县": 2, "厅": 3, "局": 3, "部": 4}
    if rank == "股级":
        return 0
    return base.get(rank[1], 0) * 2 + (1 if rank[0] == "正" else 0)


def rank_change_facts(sent: Sentence, ctx: Ctx) -> None:
    """"X（机构）规格由副科级调整为正科级"."""
    if ctx.regulation:
        return
    text = strip_item_number(sent.text)
    for m in re.finditer(rf"(?P<head>[^，。；]{{2,60}}?)的?(?:机构)?(?:规格)?由(?P<old>{RANK_RE.pattern})"
                         rf"(?:调整|提高|提升|降低|变更|升格|降格|升|降)为(?P<new>{RANK_RE.pattern})", text):
        # named groups: RANK_RE has groups of its own ("由正科级调整为副科级" read 正 as the new rank)
        old, new = norm_rank(m.group("old")), norm_rank(m.group("new"))
        head = re.sub(r"^.*?将", "", m.group("head"))
        parsed = _described_unit(head)
        if not parsed or not old or not new or old == new:
            continue
        name = parsed[0]
        type_ = EventType.UPGRADE if _rank_level(new) > _rank_level(old) else EventType.DOWNGRADE
        ctx.events.append(EventStatement(type_, ctx.prov(sent), [Mention(name)], [Mention(name)], rank=new,
                                         date=_when(sent, ctx)))
        ctx.units.append(UnitStatement(Mention(name), ctx.prov(sent), rank=new))
        ctx.final_rank.add(name)
        ctx.mark(sent)


def _when(sent: Sentence, ctx: Ctx) -> str | None:
    """The date of a rank change: as for every event (the day, a chronicle year, the paragraph's)."""
    text = strip_item_number(sent.text)
    return sentence_date(sent, ctx, text)


def _described_unit(text: str) -> tuple[str, str | None, str | None, str | None] | None:
    """'市水利局所属正科级事业单位八面山水库管理所' -> (name, parent, kind, old rank)."""
    text = text.strip()
    parent = None
    m = re.match(r"^(.{2,40}?)(?:所属|直属|下属)(?:的)?(.+)$", text)
    if m and as_name(m.group(1)):
        parent = as_name(m.group(1))
        text = m.group(2)
    rank, kind, rest = split_kind_prefix(text)
    name = as_name(rest)
    if not name:
        return None
    return name, parent, kind, rank


__all__ = ["rank_change_facts", "rank_facts", "staffing_facts"]


# a form rendered as text, one cell a line: "人员编制⏎21⏎实有人数⏎21" (a budget or self-evaluation form of one unit)
_FORM_LABEL = re.compile(r"(?P<kind>(?:机关)?(?:行政|事业|工勤|政法专项)编制|人员编制|核定编制|编制人数|编制数|编制|领导职数|内设机构)"
                         r"(?:数)?\s*(?:[（(](?:人|名|个)[)）])?")
_FORM_VALUE = re.compile(r"\s*(?P<num>\d{1,6})\s*(?:人|名|个)?\s*")
# the label and its number on one field line ("编制人数：12", "事业编制数：8名"), tenth session
_FORM_FIELD = re.compile(_FORM_LABEL.pattern + r"\s*[：:]" + _FORM_VALUE.pattern + r"[。；;]?")


def form_cell_figures(ctx: Ctx) -> None:
    """"人员编制⏎21": a label cell on its own line, its number on the next non-empty line, on the page of one unit
    (its title "X2018年部门预算/绩效自评报告", or a name field "部门(单位)名称：X"): that unit's figure, 核定."""
    unit = _report_unit(ctx.title) or _named_field_unit(ctx.dt.text)
    if not unit:
        return
    sentences = ctx.dt.sentences
    for sent in sentences:
        if "|" not in sent.text or sent.index in ctx.produced:
            continue
        # "人员编制 | 21 | 实有人数 | 21 |": a table row rendered with pipes, a label cell then its number cell
        cells = [c.strip() for c in sent.text.split("|")]
        for label, value in zip(cells, cells[1:], strict=False):
            lm, vm = _FORM_LABEL.fullmatch(label), _FORM_VALUE.fullmatch(value)
            if lm and vm:
                kind = lm.group("kind")
                kind = "内设机构" if kind == "内设机构" else "领导职数" if kind == "领导职数" else _kind_of(kind)
                ctx.staffing.append(StaffingStatement(Mention(unit), kind, "核定", int(vm.group("num")), ctx.prov(sent)))
                ctx.mark(sent)
    for sent in sentences:
        # "编制人数：12" / "核定编制：15名": a field line of the unit's form, its label and number on one line
        fm = _FORM_FIELD.fullmatch(sent.text.strip())
        if fm and int(fm.group("num")) > 0 and sent.index not in ctx.produced:  # "编制人数：0" is no figure
            kind = fm.group("kind")
            kind = "内设机构" if kind == "内设机构" else "领导职数" if kind == "领导职数" else _kind_of(kind)
            ctx.staffing.append(StaffingStatement(Mention(unit), kind, "核定", int(fm.group("num")), ctx.prov(sent)))
            ctx.mark(sent)
    for i, sent in enumerate(sentences[:-1]):
        lm = _FORM_LABEL.fullmatch(sent.text.strip())
        if not lm or sent.index in ctx.produced:
            continue
        nxt = sentences[i + 1]
        vm = _FORM_VALUE.fullmatch(nxt.text)
        if not vm or nxt.line - sent.line > 2:
            continue
        kind = lm.group("kind")
        kind = "内设机构" if kind == "内设机构" else "领导职数" if kind == "领导职数" else _kind_of(kind)
        ctx.staffing.append(StaffingStatement(Mention(unit), kind, "核定", int(vm.group("num")), ctx.prov(sent)))
        ctx.mark(sent)


_TABLE_TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|共计|全县|全市|全区|全省|总数)")


def unit_table_figures(ctx: Ctx) -> None:
    """"单位 | 行政编制 | 事业编制 |" over rows "青山县财政局 | 25 | 10 |": a table of bodies with a column per kind of
    posts (a 编制 list, an approval's annex); each row's number cells are its body's figures, 核定. A row that is a
    total (合计, 全县) or whose first cell is no whole name gives nothing; the table ends at a line without pipes."""
    kinds: list[str | None] | None = None
    for sent in ctx.dt.sentences:
        if "|" not in sent.text:
            kinds = None
            continue
        cells = [c.strip() for c in sent.text.strip().strip("|").split("|")]
        labels = [_FORM_LABEL.fullmatch(c) for c in cells[1:]]
        if len(cells) >= 2 and any(labels) and not _FORM_VALUE.fullmatch(cells[1]):
            kinds = [_table_kind(m.group("kind")) if m else None for m in labels]
            continue
        if kinds is None or sent.index in ctx.produced or not cells or _TABLE_TOTAL_ROW.match(cells[0]):
            continue
        name = as_name(cells[0])
        if not name or name != cells[0] or GOVERNING.search(name):
            continue
        for kind, cell in zip(kinds, cells[1:], strict=False):
            vm = _FORM_VALUE.fullmatch(cell)
            if kind and vm and int(vm.group("num")) > 0:
                ctx.staffing.append(StaffingStatement(Mention(name), kind, "核定", int(vm.group("num")), ctx.prov(sent)))
                ctx.mark(sent)


def _table_kind(label: str) -> str:
    return "内设机构" if label == "内设机构" else "领导职数" if label == "领导职数" else _kind_of(label)
