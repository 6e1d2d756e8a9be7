"""The clause frame reader: a second chance for sentences no construction read.

A construction of the inventory (``constructions.py``, ``reform.py`` …) matches one wording.
The frame reader does not: it cuts a sentence into clauses (at ，；： outside brackets, and at
并/同时/随后 where a second verb of the lexicon follows), finds in each clause one verb of a
small lexicon grouped by event type, recognizes the unit names around it with the name
recognizer (``find_names`` / ``split_names``: lists expanded, function words never part of a
name, place-relative names resolved later like every other name), and gives the names their
roles by where they stand: before or after the verb, after 将/由/把, between 为 and 揭牌, …

It runs after every construction (``extract`` passes it the facts they read from the sentence)
and reads only the clauses they left: a clause naming a body of an event already read is theirs,
so is a clause without an event verb naming a body already described. It never guesses: a clause whose words
around the verb are not names, dates and a few adverbs (a modal "要/应/不得/拟", a purpose, a
nominalisation "X的成立", a verb with a second object "成立专案组进行侦办") gives nothing, and
so does a clause whose roles are not settled by position alone (two names before an
establishing verb, a rename without exactly one old and one new name).

Lexicon and role rules are listed in docs/extraction.md ("The clause frame reader");
tests/test_frames.py holds a test per variant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.divisions import divisions
from kg.model import EventStatement, EventType, Mention, UnitStatement

from . import chronicle_subject
from .common import (
    BRACKETED_OTHER_NAME,
    GOVERNING,
    RANK_RE,
    Ctx,
    Sentence,
    as_name,
    event_date,
    find_names,
    headed_list,
    kind_phrase,
    mixed_opening,
    norm_rank,
    split_kind_prefix,
    split_names,
    strip_item_number,
)
from .merge_sources import bodies_and_places
from .reference import referred_body
from .sanding_openings import cited_basis_spans

# ---------------------------------------------------------------- lexicon

# Each verb, longest first within its group; the group says the event type and where the
# new or affected body stands ("pre": after the verb, "post": before it).
_ESTABLISH_POST = ("组建成立", "挂牌成立", "揭牌成立", "正式挂牌", "正式揭牌", "正式成立", "宣告成立", "挂牌运行",
                   "揭牌运行")
_ESTABLISH_PRE = ("新组建", "新设立", "新成立", "组建", "设立", "成立", "新设", "增设", "设置", "单设", "另设", "复设", "恢复设立",
                  "恢复成立", "恢复", "重建", "建立", "复建", "始建")
_RE_FORM = ("重新组建", "整合重组为", "合并重组为", "重组为", "改建为", "改组为", "改设为")
_ABOLISH = ("不再单独设置", "不再保留", "不再设立", "不再单设", "予以撤销", "一并撤销", "撤销", "撤消", "撤并")
_MERGE_INTO = ("整建制并入", "整体并入", "合并到", "并入")
_MERGE_NEW = ("合并组建", "整合组建", "合并组成", "整合组成", "合并设立", "整合设立", "合并成立", "整合成立", "合并建立", "整合建立",
              "合并成为", "归并为", "合并为", "整合为", "整并为", "并为", "合建")
# "A、B组成C" (no merging word): a forming only when two or more bodies stand before it and nothing marks a
# membership ("由A、B组成", "共同组成", a team formed of them); never the 组成 of 组成部门/组成人员 (fifteenth session)
_MERGE_BARE = re.compile(r"(?<![由共同])组成(?!部门|人员|员|部分|单位|了)")
_TEAM = re.compile(r"(?:小组|工作组|检查组|调查组|督导组|专班|指挥部|联席会议|工作队|(?:评审|考核|评估|评标|验收|鉴定|评议)委员会|[组队班团])$")
_RENAME = ("更名为", "更改为", "改名为", "改称为", "易名为", "复名为", "变更为", "定名为", "升格为", "改称", "更名", "改名", "改为", "定名",
           "复称", "复名", "改设", "改回", "恢复为")
_RANK_CHANGE = ("升格为", "升级为", "升为", "降格为", "降为", "调整为", "改为")
_KIND_CHANGE = ("调整为", "改为", "转为")
_PARENT = ("合署办公", "合属办公", "合并办公", "隶属关系", "改由", "划归", "隶属于", "隶属", "挂靠在", "挂靠于", "挂靠", "设在",
           "改属", "改隶", "改归", "转属", "转隶", "收归", "移交", "下放", "上划")

_TRIGGER = re.compile("|".join(sorted({*_ESTABLISH_POST, *_ESTABLISH_PRE, *_RE_FORM, *_ABOLISH, *_MERGE_INTO,
                                       *_MERGE_NEW, *_RENAME, *_RANK_CHANGE, *_PARENT, "揭牌", "挂牌", "牌子", "组成",
                                       "派出机构", "管理", "代管", "主管", "保留", "领导",
                                       "分离出", "拆分出", "分出", "析出", "拆出", "拆分为", "拆分成", "分拆为", "分拆成"}, key=len, reverse=True)))

_EVENT_VERB = re.compile("|".join(sorted({*_ESTABLISH_POST, *_ESTABLISH_PRE, *_RE_FORM, *_ABOLISH, *_MERGE_INTO,
                                           *_MERGE_NEW, *_RENAME, "升格", "降格", "改由", "划归", "合署办公"},
                                          key=len, reverse=True)))
# A "name" that opens with a verb is a verb and its object ("复设县科委", "挂县文物局").
_VERB_FIRST = re.compile("(?:" + _EVENT_VERB.pattern + r"|挂|加挂|增挂|保留|复|改|撤|设|分设|分置|析置|置)")
# Words that make a clause a rule, a plan, a wish or a purpose, not a reported change.
_NOT_REPORTED = re.compile(r"要求|(?<![需重主纲摘提])要(?![求点素闻])|应当|应该|(?<![相对供适响反效顺呼答感])应(?!急|用|对)|须|不得|严禁|不准|不宜|可以(?!追溯)|(?<!许)可(?!持续|追溯|以追溯)|"
                           r"拟|计划|准备|争取|探索|(?<!经)研究(?!决定|同意|通过)|是否|如需|如果|若|鼓励|支持|推动|推进|加快|逐步|"
                           r"原则上|一律|统一(?!管理|领导|归口)|各|每个|所有|如何|希望|建议|申请|请示|报请|"
                           r"不能|无法|未|没有|尚未|或")
_CLASS_OPENING = re.compile(r"^(?:[（(][^）)]{1,4}[）)])?(?:乡镇|镇街|镇（街道）|乡（镇）|县（市、区）|县（市）|县市区|各|每个|每一个|所有|各级)")
# A purpose or a reason opening a sentence ("为加强…，组建X"): that clause is skipped, the next are read.
_PURPOSE = re.compile(r"^(?:为了?|旨在|以便|为进一步|出于|根据|按照|依据|经)")

# Adverbs and time words that may stand between a subject and its verb, or open a clause.
_TIME = r"(?:(?:19|20)\d{2}\s*年)?(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?"
# where a body was opened, written between its name and 成立 ("县政府在城关镇成立", "X在某村大圣宫成立"): a
# place ending in a word of places or buildings, never a body ("在县民政局挂牌" is a sign at its host) (twelfth session)
_OPENING_PLACE = r"(?:在|于)[\u4e00-\u9fff]{1,14}?(?:村|庄|屯|寨|镇|乡|县城|城关|城内|城区|市区|街|路|巷|号|楼|大院|宫|寺|庙|祠|堂|广场|操场|驻地|旧址)"
_ADVERBS = re.compile(
    rf"^(?:{_OPENING_PLACE}|(?:于|在|从|自)?{_TIME}(?:起|份|底|初|中旬|上旬|下旬)?(?:上午|下午|晚上|今天|今日|近日|日前|当天|当日|目前|此前|同年|当年|次年|随后|"
    r"后来|后|最近|再度|再次|重新|又一次|再一次|近期|现|现已|已经|已|即|正式|顺利|隆重|相继|相应|先后|也|均|都|又|再|同时|并|还|另|决定|研究决定|同意|批准|"
    r"经研究|依法|宣告|宣布|首次|第[二三四五六七八九十]次|率先|新|被|予以|随之|也|(?:的?机构)?改革(?:中|时|后|期间)?|时)?)+$")
# the date opening a clause, with a point in its month ("3月中旬某检查站成立": 中旬 is no part of the name)
_LEAD = re.compile(rf"^\s*{_TIME}(?:(?<=[年月])(?:初|底|末|上旬|中旬|下旬))?\s*[，,]?\s*")
# a chronicle's one-character verbs: "1951年，设X乡" / "县设档案组" / "民国18年（1929）置X乡" / "（1975年7月设）" /
# "（…，同年10月撤）"; never inside a word (建设局, 设立, 设在, 撤销 are other verbs or names)
_BARE_SET = re.compile(r"(?:^|(?<=[，,年月日）)\s县市区省]))(?:始|又|复|再|另)?(?:分置|析置|设|置|撤)(?![立置在有于施备计定法销消并计])")
_BARE_VERB_FIRST = re.compile(r"(?:[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|公署|人民委员会|革命委员会|县委|市委|[县市区省]))?"
                              r"(?:始|又|复|再|另)?(?:分置|析置|设置|设|置|撤)(?![立在有于施备计定法销消并])")
_CHRONICLE_LEAD = re.compile(r"^\s*(?:民国[\d一二三四五六七八九十]+年(?:\s*[（(]\s*\d{4}\s*年?\s*[)）])?|(?:19|20)\d{2}\s*年"
                             r"(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?|同年(?:\d{1,2}月)?|\d{1,2}月)?(?:份|底|初|上旬|中旬|下旬)?\s*[，,]?\s*")
_KIND_WORDS = r"(?:工作部门|组成部门|直属特设机构|直属机构|部门管理机构|派出机构|议事协调机构|事业单位|参公事业单位|办事机构|内设机构|" \
              r"工作机关|工作机构|国家局|行政机构|事业机构)"


@dataclass
class Clause:
    text: str
    start: int  # offset in the sentence text


@dataclass
class Frame:
    """What one sentence's clauses established so far: the body the next subjectless clause is about."""

    topic: list[str] = field(default_factory=list)
    produced: bool = False
    blocked: bool = False  # a subject nobody can name ("乡镇设立A，设立B"): the clauses after it are its
    date: str | None = None  # the last date a clause of the sentence gave ("1985年恢复，与Y合署办公": 1985 for both)
    para: list[str] = field(default_factory=list)  # the chronicle paragraph's body (chronicle_subject.py)
    heading: str | None = None  # that body as only its heading names it (its name today, not an old name)
    chronicle: bool = False  # a chronicle entry (a date opens the sentence, or a list line's dated brackets)
    merged: list[str] = field(default_factory=list)  # "A、B、C三局合并，建立X": the bodies the next forming joins
    group: list[str] = field(default_factory=list)  # the bodies the sentence before formed together ("划为A、B2公社")
    abolished: str | None = None  # the body a clause of this sentence abolished ("撤销公社，改为X乡")
    later: bool = False  # this clause says it came later (后/又/再/随后 …): no date carried into it


def clauses(text: str) -> list[Clause]:
    """Cut at ，；：, outside brackets, quotes and book titles; and before 并/同时/随后/后又 when a verb
    of the lexicon follows them ("撤销A并组建B")."""
    out: list[Clause] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "（(“《【":
            depth += 1
        elif ch in "）)”》】":
            depth = max(0, depth - 1)
        elif ch in "，；：,;:" and depth == 0:
            out.append(Clause(text[start:i], start))
            start = i + 1
    out.append(Clause(text[start:], start))
    split: list[Clause] = []
    for c in out:
        pieces = re.split(r"(?<=[^\s，合归兼吞])(?=(?:并|同时|随后|后又|又)(?:将)?(?:" + _TRIGGER.pattern + "))", c.text)
        offset = c.start
        for p in pieces:
            split.append(Clause(p, offset))
            offset += len(p)
    return [c for c in split if c.text.strip()]


# ---------------------------------------------------------------- names around a verb

# a government written by its level alone ("县人民政府", "县政府"): a bare kind to the name recognizer, the
# government of the document's place as the one unit of an event's clause (twelfth session)
_LEVEL_GOVERNMENT = re.compile(r"(?:省|市|县|区|旗|州|自治区|自治州|自治县)(?:人民|民主)?政府")


def _names(span: str, loose: bool = False) -> list[str] | None:
    """Every part of ``span`` a unit name ("A、B和C", "甲区和乙区交通局、公路局"), else None. ``loose``
    (a chronicle paragraph): a commune or district of a county the recognizer does not know counts too
    ("塘房区", "东风公社", "禄新人民公社")."""
    span = re.sub(r"^(?:了|新的|一个|一所|一批|原)", "", span.strip())
    span = re.sub(r"(?:等(?:\d+|[一二两三四五六七八九十]+)?(?:个|家)?(?:单位|部门|机构)?)$", "", span)
    if not span:
        return None
    names = split_names(span)
    if names and all(as_name(n) == n and not _VERB_FIRST.match(n) for n in names):
        return names
    if _LEVEL_GOVERNMENT.fullmatch(span):
        return [span]  # "县人民政府在某村成立", "县政府改称县人民政府": the document's place's own government
    described = _DESCRIBED_NAME.fullmatch(span)
    if described and as_name(described.group("n")) == described.group("n") and not find_names(described.group("d")):
        return [described.group("n")]  # "军、干、群三结合的某县革命委员会": a description (no body in it), then the name
    if loose:
        headed = _counted_list(span)
        if headed:
            return headed  # "东岭、西岭、南岭、北岭四个区工作委员会", "东风、卫星2公社"
        parts = [p for p in re.split(r"[、和及]", span) if p]
        if parts and all(as_name(p) == p or chronicle_subject.township_body(p) for p in parts) and \
                not any(_VERB_FIRST.match(p) for p in parts):
            return parts
        # "恢复白沙、石门公社": bare stems before the last item share its township head (no count written; the
        # shared head in a list, seventeenth session)
        shared = re.fullmatch(r"((?:[\u4e00-\u9fff]{2,3}、)+)([\u4e00-\u9fff]{2,3})(人民公社|公社)", span)
        if shared:
            stems = [*shared.group(1).strip("、").split("、"), shared.group(2)]
            items = [stem + shared.group(3) for stem in stems]
            if all(not as_name(stem) and chronicle_subject.township_body(i) for stem, i in zip(stems, items, strict=True)):
                return items
    return None


# a longer note in brackets after a name formed: its short form or how it came about (fourteenth session)
_NOTE_AFTER_NAME = re.compile(r"简称|以下称|下称|未经|经[^（()）]{0,12}批准|选举|[，,]")
_NAMING_NOTE = re.compile(r"[（(][^（()）]*(?:简称|以下称|下称|未经|选举)[^（()）]*[)）]")
# a description before 的, then one name ("由部队、干部和群众代表三结合的某县革命委员会") (fourteenth session)
_DESCRIBED_NAME = re.compile(r"(?P<d>.{2,60}?)的(?P<n>[^的，。；、（()）]{3,40})")


# a township history opening with the era before its first year ("解放前为某县第五区，1952年改为…", "民国时期属某区，
# 1950年…", "清代属某乡，1949年…"): the dated clauses after it are a chronicle's (seventeenth session)
_ERA_LEAD = re.compile(r"^\s*(?:解放|建国|新中国成立|中华人民共和国成立|民国|抗战|抗日战争|土改|[\u4e00-\u9fff]{1,2}[朝代])"
                       r"(?:以前|前|初期|初|以后|后|时期|时|期间)?[^，。；\d]{0,30}[，,]\s*(?=(?:19|20)\d{2}\s*年)")
# a forming verb before a counted list ("成立红星、东风、前进三个公社", "恢复白沙、石门两公社")
_FORMING_COUNTED = re.compile(r"(?:又|再|并|同时)?(?:成立|设立|设置|建立|组建|恢复|复设|设|置)(?P<l>[^，。；]{4,60})$")


def _counted_list(span: str) -> list[str]:
    """"农业、林业、畜牧三局" / "东风、卫星2公社" / "东岭、西岭四个区工作委员会": items sharing the head after the count."""
    span = re.sub(r"(?<=[\d一二两三四五六七八九十])(?=(?:局|科|站|所|委|部|乡|镇|公社|区)$)", "个", span.strip())
    return headed_list(span, lambda x: as_name(x) or chronicle_subject.township_body(x))


def _object(span: str, loose: bool = False) -> tuple[list[str], str | None, str | None] | None:
    """The names after an establishing verb: (names, kind, rank) — "副科级事业单位县投资促进中心"
    gives its kind and rank; a bracketed rank after the name too ("恢复X建制": 建制 too). None when more
    than names stand there."""
    whole = span.strip()
    span = re.sub(r"^(?:了|新的|一个|一所|新)", "", whole)
    if span != whole and whole.startswith("新") and not whole.startswith("新的") and (
            re.fullmatch(r"[\u4e00-\u9fff](?:镇|乡|街道|村|社区)", span)
            or not (re.match(r"(?:[省市县区州旗]|国家|国务院|中共|中央)", span) or divisions().place_prefix(span))):
        span = whole  # "设置新建镇", "恢复新村街道办事处": 新 is the name's own first character
    span = re.sub(r"(?<=[局委办室科股所站院馆队中心会部])建制$", "", span)
    rank = None
    bm = re.search(rf"[（(](?P<r>{RANK_RE.pattern})[)）]$", span)
    if bm:
        rank, span = norm_rank(bm.group("r")), span[: bm.start()]
    om = re.match(r"^(?P<owner>[^，。；：、]{2,20}?)(?:所属|下属)(?:的)?(?=[^，。；：]{2,})", span)
    if om and as_name(om.group("owner")) and as_name(span[om.end():]):
        span = span[om.end():]  # "撤消文化部所属国家出版局": the body, not its owner
    nm = re.search(r"[（(](?P<n>[^（()）]{1,60})[)）]$", span)
    if nm and not as_name(nm.group("n")) and "牌子" not in nm.group("n") and (len(nm.group("n")) <= 4 or _NOTE_AFTER_NAME.search(nm.group("n"))):
        span = span[: nm.start()]  # "重建流泗文化站（公办）", "X（未经选举，简称县革委）": a note on the body, not a sign
    prank, kind, rest = split_kind_prefix(span)
    names = _names(rest, loose)
    if not names:
        return None
    return names, kind, rank or prank


_BRACKET_RANK = re.compile(rf"[（(](?P<r>{RANK_RE.pattern})[)）]")
# "更名为X（挂A、B牌子）" / "组建X（加挂A牌子）": the signs X carries, noted in brackets after its name
_BRACKET_SIGNS = re.compile(r"[（(](?:加挂|增挂|挂|保留)[^（()）]{2,120}?牌子[)）]")


def _subject(span: str, loose: bool = False) -> list[str] | None:
    """The names before a verb whose subject they are, once dates and adverbs are set aside (and a
    bracketed rank: "县机关事务管理局（正科级）挂牌成立", see ``_subject_rank``)."""
    span = re.sub(r"[（(][^（()）]*[）)]", "", _LEAD.sub("", span.strip()))  # its rank, sign or short form in brackets
    span = re.sub(r"^(?:将|把|由|对|使)", "", span)
    for k in range(len(span), 0, -1):
        head, tail = span[:k], span[k:]
        if tail and not _ADVERBS.match(tail):
            continue
        names = _names(head, loose)
        if names:
            return names
    return None


def _clean_around(text: str) -> bool:
    """Nothing but dates and adverbs."""
    text = _LEAD.sub("", text.strip())
    # "国务院决定撤消X", "县政府研究决定组建X": the approver deciding is no subject of the change
    text = re.sub(r"^(?:国务院|中共中央|中央|[\u4e00-\u9fff]{0,8}?(?:人民政府|政府|省委|市委|县委|区委|党委|编委|机构编制委员会))"
                  r"(?=决定|研究决定|批准|同意|批复同意)", "", text)
    return not text or bool(_ADVERBS.match(text))


def _clause_date(text: str, ctx: Ctx) -> str | None:
    m = re.search(r"((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?(?!以来|来|以前|前|之前|底前)", text)
    if m:
        year, month, day = m.groups()
        if day:
            return f"{year}-{int(month):02d}-{int(day):02d}"
        return f"{year}-{int(month):02d}" if month else year
    return event_date(text, ctx.doc_date)


def _find_verb(text: str, verbs: tuple[str, ...]) -> re.Match[str] | None:
    return re.search("|".join(sorted(verbs, key=len, reverse=True)), text)


# ---------------------------------------------------------------- facts


def _event(ctx: Ctx, sent: Sentence, frame: Frame, type_: EventType, inputs: list[str], outputs: list[str],
           date: str | None, **kw) -> None:
    from .constructions import _event as construction_event

    date = date or (frame.date if not frame.later else None)
    if date:
        kw["date"] = date
    if type_ == EventType.ESTABLISH and not inputs and frame.merged:
        inputs, frame.merged = list(frame.merged), []  # "三局合并，建立X"
    construction_event(ctx, sent, type_, inputs, outputs, **kw)
    frame.produced = True
    frame.heading = None  # the paragraph's body is now one the text has given


def _unit(ctx: Ctx, sent: Sentence, frame: Frame, name: str, **kw) -> None:
    if not any(kw.values()):
        return
    ctx.units.append(UnitStatement(Mention(ctx.full(name)), ctx.prov(sent), **kw))
    ctx.mark(sent)
    frame.produced = True


# the governments of the chronicles' eras, which set bodies up as a 人民政府 does ("县人委组建了X", "县革委会设立X")
_ERA_GOVERNING = re.compile(r"(?:人民委员会|人委|革命委员会|革委会|革委|公署|专署|行署)$")
_OWNER_BODY = re.compile(r"(?:[省市县区州旗]|自治区)?(?:委|政府|人民政府)|国务院|党中央|中共中央")


def _read_establish(c: Clause, m: re.Match[str], sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    before, after = c.text[: m.start()], c.text[m.end():]
    verb = m.group(0)
    if verb == "建立" and (ctx.sanding or ctx.about_sanding or ctx.regulation):
        return False  # in a 三定 or a rule "建立…中心/机制" is a duty, not a body formed
    if verb == "设置" and not cited_basis_spans(sent.text[: c.start + m.start()]):
        return False  # 设置 sets a body up on a cited basis ("根据《…》，设置X，为…"); elsewhere it lays out or counts
    if before.endswith("的") or after.startswith(("的", "后", "以来", "之后", "时", "于", "工作", "大会", "仪式")):
        return False  # "X的成立", "成立X后", "成立于…" (read elsewhere), a ceremony
    date = _clause_date(c.text, ctx)
    if verb in _ESTABLISH_POST or not after.strip():  # "X正式挂牌成立", "X正式组建", "X于3月成立"
        if after.strip() and not re.fullmatch(r"(?:成立|运行|运转|办公)?[了啦]?", after.strip()):
            return False
        subject = _subject(before)
        if not subject and _clean_around(before) and len(frame.topic) == 1:
            subject = frame.topic  # "县数据局，2023年10月挂牌成立"
        if not subject:
            return False
        for n in subject:
            _event(ctx, sent, frame, EventType.ESTABLISH, [], [n], date)
            if ctx.full(n) not in ctx.established:  # "X正式成立。X整合了A、B的职能": its sources said after
                ctx.established.append(ctx.full(n))
        bm = _BRACKET_RANK.search(before)
        if bm and len(subject) == 1:
            _unit(ctx, sent, frame, subject[0], rank=norm_rank(bm.group("r")))
        frame.topic = subject
        return True
    obj = _object(after, loose=frame.chronicle)
    if not obj:
        return False
    names, kind, rank = obj
    if any(ctx.looks_like_division(n) for n in names):
        return False  # a division of the document's own unit: read by the 内设机构 constructions
    lead = _LEAD.sub("", before.strip())
    if lead and not _ADVERBS.match(lead):
        # a subject: only a body that sets others up ("县人民政府决定设立X"); a unit before the
        # verb may be X's host (a division) or an input: nobody can tell from the position
        governing = [lead[:k] for k in range(len(lead), 1, -1) if (not lead[k:] or _ADVERBS.match(lead[k:]))
                     and (GOVERNING.search(lead[:k]) or _ERA_GOVERNING.search(lead[:k]))
                     and (as_name(lead[:k]) or len(lead[:k]) <= 8)]
        if not governing or re.search(r"[，、和与及]", governing[0]):
            frame.blocked = True
            return False
        if kind and kind.startswith("直属") and _OWNER_BODY.fullmatch(governing[0]):
            kind = governing[0].replace("人民政府", "政府") + kind  # "国务院设立直属机构X": 国务院直属机构
    for n in names:
        kw = {"kind": kind} if kind else {}
        _event(ctx, sent, frame, EventType.ESTABLISH, [], [n], date, **kw)
        if n not in ctx.established:
            ctx.established.append(ctx.full(n))
    if kind or rank:
        for n in names:
            if kind and re.search(r"(?:直属|所属|下属).*事业", kind):
                from .constructions import _describe  # "设立县政府直属事业单位X": parent and kind apart

                if _describe(ctx, sent, n, kind, rank=rank):
                    frame.produced = True
                    continue
            _unit(ctx, sent, frame, n, kind=kind, rank=rank)
    frame.topic = names
    return True


def _read_inaugurated_for(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"副市长为X揭牌": the body between 为 and 揭牌/挂牌 opens."""
    m = re.search(r"为(?P<body>[^，。；为]{3,80}?)(?:正式)?(?:揭牌|挂牌|授牌)(?:成立)?$", c.text.strip())
    if not m:
        return False
    names = _names(m.group("body"))
    if not names:
        return False
    if mixed_opening(ctx, sent):
        frame.topic = names
        return True  # "涉改单位揭牌仪式…为A、B揭牌": which of them are new is not said
    date = _clause_date(c.text, ctx)
    for n in names:
        _event(ctx, sent, frame, EventType.ESTABLISH, [], [n], date)
    frame.topic = names
    return True


def _read_abolish(c: Clause, m: re.Match[str], sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    before, after = c.text[: m.start()], c.text[m.end():]
    after = re.sub(r"^了(?=[\u4e00-\u9fff]{2})", "", after)  # "撤销了A镇和B乡": the aspect word (seventeenth session)
    if "牌子" in c.text or "建制" in c.text or before.endswith("的"):
        return False  # a sign removed, a township's status: other frames
    if m.group(0) == "撤并" and re.search(r"[为成入到至]", after):
        return False
    date = _clause_date(c.text, ctx)
    names = None
    if after.strip():
        if not _clean_around(before):
            return False
        names = _names(after)
        om = re.match(r"^(?P<owner>[^，。；：、]{2,20}?)(?:所属|下属)(?:的)?(?=[^，。；：]{2,})", after.strip())
        if not names and om and as_name(om.group("owner")):
            names = _names(after.strip()[om.end():])  # "撤消文化部所属国家出版局": the body, not its owner
    elif before.strip():
        names = _subject(before)
        if not names and _clean_around(before) and len(frame.topic) == 1:
            names = frame.topic  # "县二轻局，1996年撤销"
    if not names and frame.chronicle and len(frame.topic) == 1 and re.fullmatch(_LEVEL, after.strip()) and \
            frame.topic[0].endswith(after.strip()) and _clean_around(before) and frame.topic[0] != frame.heading:
        names = frame.topic  # "1984年撤销公社，改为某乡": the body by its level word
    if not names:
        return False
    if len(names) == 1:
        frame.abolished = names[0]
    for n in names:
        _event(ctx, sent, frame, EventType.ABOLISH, [n], [], date)
    frame.topic = []
    return True


def _read_merge(c: Clause, m: re.Match[str], sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    before, after = c.text[: m.start()], c.text[m.end():]
    date = _clause_date(c.text, ctx)
    if m.group(0) in _MERGE_NEW:
        src = re.sub(r"^(?:将|由|把)", "", _CHRONICLE_LEAD.sub("", _LEAD.sub("", before.strip())))
        src = re.sub(r"(?:等(?:单位|部门|机构))?(?:进行|予以)?$", "", src)
        src = re.sub(r"(?:两|三|四|五|\d+)个(?:单位|部门|机构)$", "", src)
        # "A（甲、乙）、B合并组建C": A's other names in brackets are no inputs of their own
        inputs = _names(re.sub(r"与", "、", BRACKETED_OTHER_NAME.sub("", src))) if src else None
        if not src and len(frame.group) > 1:
            inputs = list(frame.group)  # "1958年，划为A、B2公社。同年合并为A公社": the bodies just formed
        cm = re.fullmatch(r"(?P<n>\d|[两二三四五六七八九十])个?(?P<h>乡|镇|局|室|站|所|科|馆|公社)(?:仍|又|再)?", src or "")
        if cm and frame.chronicle:
            # "1955年，3乡仍并为中滩乡" / "两室合并为县档案馆": the last bodies of that kind the text formed
            from .common import cn_int

            last: list[str] = []
            for e in reversed(ctx.events):
                for o in e.outputs:
                    if o.name.endswith(cm.group("h")) and o.name not in last:
                        last.append(o.name)
            count = cn_int(cm.group("n")) or 0
            inputs = list(reversed(last[:count])) if len(last) >= count > 1 else inputs
        partners = _names(src[1:]) if src and src[0] in "与同和" else None
        if partners and len(frame.topic) == 1:
            # "1986年12月，与B合并组建C": the topic and B (a heading's name today is no partner of old)
            inputs = [*frame.topic, *partners] if frame.topic[0] != frame.heading else partners
        obj = _object(re.sub(r"^(?:新的)", "", after), loose=frame.chronicle)
        if partners and obj and len(obj[0]) == 1 and after.strip().startswith("新的") and \
                ctx.full(obj[0][0]) not in {ctx.full(p) for p in partners}:
            # "1995年与B合并组建为新的X": X, keeping its name, is the subject whatever the topic was
            inputs = [obj[0][0], *partners]
        if not inputs or len(inputs) < 2 or not obj or len(obj[0]) != 1 or (m.group(0) == "合建" and not frame.chronicle):
            return False
        new = obj[0][0]
        type_ = EventType.RE_FORM if ctx.full(new) in {ctx.full(i) for i in inputs} else EventType.ESTABLISH
        _event(ctx, sent, frame, type_, inputs, [new], date)
        frame.topic = [new]
        return True
    subject = _subject(before, loose=frame.chronicle) or \
        (frame.topic if _clean_around(before) and len(frame.topic) == 1 else None)
    obj = _names(re.sub(r"^(?:新组建的|新成立的|新设立的)", "", after.strip()), loose=frame.chronicle)
    if not subject or not obj or len(obj) != 1:
        return False
    for s in subject:
        _event(ctx, sent, frame, EventType.MERGE_INTO, [s], obj, date)
    frame.topic = []  # "A并入B，为正科级": which one is meant is not said
    return True


def _read_formed_of(c: Clause, m: re.Match[str], sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"A、B(、C)组成D" / "将A与B组成D": two or more bodies before 组成, one after it: D is formed of them (as
    "合并组成"); not a membership ("由A、B组成", "A、B共同组成", "抽调A、B人员组成"), not a team ("组成联合检查组")."""
    before, after = c.text[: m.start()], c.text[m.end():]
    src = re.sub(r"^(?:将|把)", "", _CHRONICLE_LEAD.sub("", _LEAD.sub("", before.strip())))
    if not src or re.search(r"由|共同|联合|抽调|人员|力量|骨干|干部|代表|成员|等", src):
        return False  # a membership: "由A、B组成", "A、B等部门组成Y" (its members, not bodies merged)
    inputs = _names(re.sub(r"与|同", "、", BRACKETED_OTHER_NAME.sub("", src)), loose=frame.chronicle)
    obj = _object(re.sub(r"^(?:新的)", "", after), loose=frame.chronicle)
    if not inputs or len(inputs) < 2 or not obj or len(obj[0]) != 1 or _TEAM.search(obj[0][0]):
        return False
    new = obj[0][0]
    type_ = EventType.RE_FORM if ctx.full(new) in {ctx.full(i) for i in inputs} else EventType.ESTABLISH
    _event(ctx, sent, frame, type_, inputs, [new], _clause_date(c.text, ctx))
    frame.topic = [new]
    return True


def _read_restored_name(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"A恢复B名称" / "（1996年，）恢复B名称" / "A恢复原名B": a rename back to an old name."""
    m = re.fullmatch(r"(?P<b>.*?)(?:又|再)?恢复(?:为)?(?:原名(?:为)?|原名称)?(?P<n>[^，。；]{3,40}?)(?:的)?(?:名称|原名|称谓)?",
                     c.text.strip())
    if not m or not re.search(r"名称|原名|称谓", c.text):
        return False
    new = _names(m.group("n"))
    old = _subject(m.group("b")) or (frame.topic if _clean_around(m.group("b")) else None)
    if not new or len(new) != 1 or not old or len(old) != 1 or old == new:
        return False
    _event(ctx, sent, frame, EventType.RENAME, old, new, _clause_date(c.text, ctx))
    frame.topic = new
    return True


def _read_rename(c: Clause, m: re.Match[str], sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    before, after = c.text[: m.start()], c.text[m.end():]
    if m.group(0) in ("更名", "改名") and not after.strip():
        return False  # "X更名" with no new name
    if re.search(r"统一|分别|均|一律", before):
        return False  # read by renamed_each / renamed_respectively, or a class
    new = _names(after, loose=frame.chronicle)
    bare = re.sub(r"[（(][^（()）]*[)）]\s*$", "", after.strip())
    if bare != after.strip() and (not new or len(new) != 1) and _names(bare) and len(_names(bare)) == 1:
        new = _names(bare)  # "改称新闻出版总署（国家版权局）": the new name, its sign in brackets
    if new and len(new) == 2 and frame.chronicle and sum(bool(chronicle_subject.PARTY_GROUP.search(n)) for n in new) == 1:
        # "更改为某省农业厅和中共某省农业厅党组": the body's new name and its party group's (a seal, no body of its own)
        new = [n for n in new if not chronicle_subject.PARTY_GROUP.search(n)]
    kinded = False
    if m.group(0) in ("改为", "更名为", "改名为", "改称为", "改称"):
        # "林业部改为国务院直属机构国家林业局": the new name after a kind (and rank) written before it
        _r, kind, rest = split_kind_prefix(after.strip())
        if kind and rest and rest != after.strip() and as_name(rest.strip()):
            new, kinded = _names(rest), True
    if not new or len(new) != 1:
        # "（1951年改为乡）": the township's new level
        return frame.chronicle and _clean_around(before) and _read_level_change(m.group(0) + after.strip(), c, sent, ctx, frame)
    rank_or_kind = RANK_RE.fullmatch(after.strip()) or kind_phrase(after.strip())
    if rank_or_kind and not kinded:
        return False
    before = re.sub(r"(?:的)?名称(?:也|亦|则|又)?$", "", before)  # "名称也改为Y": the topic's name
    old = _subject(re.sub(r"(?:由)$", "", before))
    if not old and _clean_around(before) and len(frame.topic) == 1 and frame.topic[0] == frame.heading:
        # "某镇的历史沿革⏎民国23年，改设某乡": the heading names the body today, not its old name; the new body
        # is formed (its old form is not named)
        _event(ctx, sent, frame, EventType.ESTABLISH, [], new, _clause_date(c.text, ctx))
        frame.topic = new
        return True
    if not old and _clean_around(before) and len(frame.topic) == 1 and frame.topic[0] != frame.abolished:
        old = frame.topic  # "组建X，后更名为Y"
    if not old and _clean_around(before) and not frame.topic and ctx.chronicle_unnamed and frame.chronicle:
        frame.topic, ctx.chronicle_unnamed = new, False  # "1988年，设乡。1989年，…改为场坝乡": the body gets its name
        ctx.chronicle_subject, ctx.subject_confirmed = new[0], True
        return True
    if not old and _clean_around(before) and frame.abolished:
        # "撤销公社，改为某乡": the new body is made from the abolished one (tests/gold/README.md, 撤A设B)
        _event(ctx, sent, frame, EventType.ESTABLISH, [frame.abolished], new, _clause_date(c.text, ctx))
        frame.topic = new
        return True
    if not old or len(old) != 1 or old == new:
        return False
    if m.group(0) == "改设" and _township_change(old, new):
        # "甲镇改设甲街道": a township made into another of another level is formed from it (撤A设B of townships,
        # tests/gold/README.md), no rename (seventeenth session)
        _event(ctx, sent, frame, EventType.ESTABLISH, old, new, _clause_date(c.text, ctx))
        frame.topic = new
        return True
    _event(ctx, sent, frame, EventType.RENAME, old, new, _clause_date(c.text, ctx))
    frame.topic = new
    return True


_TOWNSHIP_LEVEL = re.compile(r"(?:乡|镇|街道|街道办事处|人民公社|公社)$")


def _township_change(old: list[str], new: list[str]) -> bool:
    """A township (乡, 镇, 街道, 公社) made into one of another level: "甲镇改设甲街道", "甲公社改设为甲乡"."""
    if len(old) != 1 or len(new) != 1:
        return False
    a, b = _TOWNSHIP_LEVEL.search(old[0]), _TOWNSHIP_LEVEL.search(new[0])
    return bool(a and b and a.group(0) != b.group(0))


def _read_rank_or_kind(c: Clause, m: re.Match[str], sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    before, after = c.text[: m.start()], c.text[m.end():].strip()
    verb = m.group(0)
    rm = re.fullmatch(rf"(?:机构)?(?:规格)?(?P<r>{RANK_RE.pattern})(?:单位|机构|建制|规格)?", after)
    kind = None if rm else kind_phrase(after)
    if not rm and not (kind and re.search(_KIND_WORDS + "$", kind)):
        return False
    old_rank = None
    bm = re.search(rf"(?:的)?(?:机构)?(?:规格)?(?:由|从)(?:原)?(?P<r>{RANK_RE.pattern}|[^，。；]{{2,30}}?)$", before)
    if bm:
        old_rank = norm_rank(bm.group("r"))
        before = before[: bm.start()]
    before = re.sub(r"(?:的)?(?:机构)?(?:规格)?$", "", before)
    subject = _subject(before) or (frame.topic if _clean_around(before) else None)
    if not subject or len(subject) != 1:
        return False
    unit = subject[0]
    date = _clause_date(c.text, ctx)
    if rm:
        from .news import _rank_level

        new = norm_rank(rm.group("r"))
        if not new:
            return False
        if verb.startswith("升"):
            type_ = EventType.UPGRADE
        elif verb.startswith("降"):
            type_ = EventType.DOWNGRADE
        elif old_rank and old_rank != new:
            type_ = EventType.UPGRADE if _rank_level(new) > _rank_level(old_rank) else EventType.DOWNGRADE
        else:
            return False  # "调整为正科级" with no rank before it: a rank stated, no change known
        _event(ctx, sent, frame, type_, [unit], [unit], date, rank=new)
        _unit(ctx, sent, frame, unit, rank=new)
        ctx.final_rank.add(ctx.full(unit))
    else:
        if verb not in _KIND_CHANGE:
            return False
        _event(ctx, sent, frame, EventType.CHANGE_KIND, [unit], [unit], date, kind=kind)
        _unit(ctx, sent, frame, unit, kind=kind)
    frame.topic = [unit]
    return True


_RELATION = {"代管": "代管", "归口管理": "管理", "管理": "管理", "领导": "管理", "主管": "管理", "管辖": "管理"}
# a parent changed, the verb saying so: 改由/划归/调整由 …, the history pages' 改属/改隶/改归/转属/转隶 and
# 收归/移交/下放/上划 (…管理), "调整为/改为/变更为 隶属Y" or "… 由Y管理" (sixteenth session)
_MOVED_UNDER = re.compile(
    r"(?P<u>.*?)(?P<verb>改由|划归|调整由|(?:调整|改|变更)为由|(?:调整|改|变更)为(?:隶属于?|归属于?)|改属于?|改隶属?于?|改归|"
    r"转属于?|转隶(?:属)?于?|收归|移交给?|移交由|下放(?:给|到|至)?|上划(?:给|到|至)?)"
    r"(?P<p>[^，。；]{2,40}?)(?:直接|统一)?(?P<rel>归口管理|代管|管理|领导|主管|管辖)?")
# verbs that move other things too (a place, a duty, files): a body's move only with its managing word after the parent
_MOVED_NEEDS_RELATION = r"^(?:划归|收归|移交|下放|上划|调整由|(?:调整|改|变更)为由)"
# "原隶属A的X" / "原属A领导的X" / "由A管理的X" before the moved body: its former parent (``links``), no part of its name
_FORMER_OWNER = re.compile(r"^(?:原来?)?(?:隶属于?|属于?|由)[^，。；的]{2,40}?(?:管理|代管|主管|领导)?的(?=[^，。；]{2,})")
# a government of the chronicles' eras, written after its place ("邢台专区专员公署", "太行行署第一专署") or a
# region standing for its administration ("太行行政区第一专区"): a county government's parent
_ERA_OWNER = re.compile(r"[\u4e00-\u9fff]{2,30}(?:专区|专署|行署|公署|行政区|边区政府)")
_GOVERNMENT = re.compile(r"(?:人民政府|政府|人民委员会|人委|革命委员会|革委会|公署)$")


def _parent_names(span: str, unit: list[str] | None, frame: Frame) -> list[str] | None:
    """The parent after a parent verb: a name; in a chronicle, for a government, an era's regional
    administration too ("改属某边区某行政区第一专区")."""
    names = _names(span)
    if names:
        return names
    span = re.sub(r"^[“\"]|[”\"]$", "", span.strip())
    if unit and len(unit) == 1 and _GOVERNMENT.search(unit[0]) and _ERA_OWNER.fullmatch(span) and _dated(None, frame):
        return [span]
    return None


def _stated_parent(ctx: Ctx, unit: str) -> tuple[str, str | None] | None:
    """The parent this document gave ``unit`` last, and its relation, if any."""
    full = ctx.full(unit)
    for u in reversed(ctx.units):
        if u.parent and u.unit.name == full:
            return u.parent.name, u.parent_relation
    return None


def _same_body(a: str, b: str) -> bool:
    """One body written with or without its place ("某省甲专区专员公署" / "甲专区专员公署")."""
    return a == b or a.endswith(b) or b.endswith(a)


def _dated(sent: Sentence | None, frame: Frame) -> bool:
    """The sentence dates what it says (a chronicle entry, a year, 同年/次年 …)."""
    return frame.chronicle or bool(frame.date) or bool(
        sent and re.search(r"(?:19|20)\d{2}\s*年|同年|次年|翌年|是年|当年", sent.text))


def _read_parent(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"C划归B管理" / "C改由B代管" (transfer_unit); "C由B归口管理" / "C隶属B" / "C挂靠B" / "C作为B的派出
    机构" / "C办公室设在B" (the unit's parent); a clause without its own subject is about the topic."""
    text = c.text.strip()
    hm = re.fullmatch(r"(?P<u>.*?)的?(?:隶属关系|管理关系|主管部门|主管单位)(?:由|从)(?P<old>[^，。；]{2,40}?)(?:调整|变更|改)为"
                      r"(?P<p>[^，。；]{2,40}?)(?:管理)?", text)
    if hm:
        unit = _subject(hm.group("u")) if hm.group("u").strip() else (frame.topic or None)
        old, parent = _names(hm.group("old")), _names(hm.group("p"))
        if not unit or len(unit) != 1 or not parent or len(parent) != 1 or not old or unit == parent:
            return False
        _event(ctx, sent, frame, EventType.TRANSFER_UNIT, unit, parent, _clause_date(text, ctx), relation="管理")
        _unit(ctx, sent, frame, unit[0], parent=Mention(ctx.full(parent[0])), parent_relation="管理")
        frame.topic = unit
        return True
    pm = _MOVED_UNDER.fullmatch(text)
    if pm:
        written = _FORMER_OWNER.sub("", pm.group("u").strip())  # "原隶属A的X调整为隶属B": X
        unit = _subject(written) or (frame.topic if _clean_around(written) else None) or None
        parent = _parent_names(pm.group("p"), unit, frame)
        if not unit or not parent or len(parent) != 1 or len(unit) != 1 or unit == parent:
            return False
        if re.search(_MOVED_NEEDS_RELATION, pm.group("verb")) and not pm.group("rel"):
            return False  # "X划归Y" of a place or a duty, "移交Y" of files: other constructions
        rel = _RELATION.get(pm.group("rel") or "管理", "管理")
        if re.search(r"隶属|归属|[改转]属|[改转]隶", pm.group("verb")) and not pm.group("rel"):
            rel = "所属"
        _event(ctx, sent, frame, EventType.TRANSFER_UNIT, unit, parent, _clause_date(text, ctx), relation=rel)
        _unit(ctx, sent, frame, unit[0], parent=Mention(ctx.full(parent[0])), parent_relation=rel)
        frame.topic = unit
        return True
    pm = (re.fullmatch(r"(?P<u>.*?)(?:由|归(?!口))(?P<p>[^，。；由]{2,40}?)(?:统一|直接)?(?P<rel>归口管理|代管|领导和管理|管理|主管)", text)
          or re.fullmatch(r"(?P<u>.*?)归口(?P<p>[^，。；由]{2,40}?)(?P<rel>管理|领导)", text)
          or re.fullmatch(r"(?P<u>.*?)的?(?:业务)?(?P<rel>主管部门|主管单位|举办单位)(?:是|为)(?P<p>[^，。；]{2,40}?)", text)
          or re.fullmatch(r"(?P<u>.*?)(?:隶属于|隶属|挂靠在|挂靠于|挂靠|归属于|归属)(?P<p>[^，。；]{2,40}?)(?P<rel>)(?:管理)?", text)
          or re.fullmatch(r"(?P<u>.*?)(?<![直所隶附下归专从改])属(?P<p>[^，。；]{2,40}?)(?P<rel>领导)", text)  # "属县人委领导"
          or re.fullmatch(r"(?P<u>.*?)(?:作为|为|是)(?P<p>[^，。；]{2,40}?)的?(?P<rel>派出机构)", text)
          or re.fullmatch(r"(?P<u>.*?)(?P<rel>设在)(?P<p>[^，。；]{2,40}?)", text))
    if not pm:
        return False
    written = pm.group("u").strip()
    if written and (re.search(r"组建|设立|成立|新设|(?<!的)主管", written)):
        return False  # the body formed in this clause: read with its event
    if pm.group("rel") == "设在":
        written = re.sub(r"(?:均|都|皆)$", "", written)  # "A、B及C均设在Y": every office listed (eleventh session)
    # a clause of dates and adverbs only ("1962年隶属Y", "次年8月隶属Y"): the topic's
    unit = _subject(written) or (frame.topic if _clean_around(written) else None) or None
    parent = _parent_names(pm.group("p"), unit, frame)
    if not parent and re.fullmatch(r"[省市县区州旗]?(?:委|人民政府|政府)", pm.group("p")):
        parent = [pm.group("p").replace("政府", "人民政府").replace("人民人民", "人民")]
    hosted = pm.group("rel") == "设在" and unit and len(unit) > 1 and written != pm.group("u").strip()
    if not unit or (len(unit) != 1 and not hosted) or not parent or len(parent) != 1 or unit == parent:
        return False
    if hosted:
        if not all(re.search(r"(?:办公室|办|指挥部|秘书处|工作组)$", u) for u in unit) or parent[0] in unit:
            return False
        for u in unit:
            _unit(ctx, sent, frame, u, parent=Mention(ctx.full(parent[0])), parent_relation="内设")
        return True
    rel_word = pm.group("rel")
    kind = None
    if rel_word == "派出机构":
        relation, kind = "派出", "派出机构"
    elif rel_word == "设在":
        if not re.search(r"(?:办公室|办|指挥部|秘书处|工作组)$", unit[0]):
            return False  # "X设在城关镇" is a location
        relation = "内设"
    elif rel_word == "代管":
        relation = "代管"
    elif rel_word:
        relation = "管理"
    else:
        relation = "所属"
    bm = _BRACKET_RANK.search(written)  # "县档案馆（正科级）隶属县委办公室": the subject's rank in brackets
    rank = norm_rank(bm.group("r")) if bm and bm.end() == len(written) else None
    former = _stated_parent(ctx, unit[0])
    if former and relation in ("所属", "管理") and _dated(sent, frame) and not _same_body(former[0], ctx.full(parent[0])):
        # "1958年设X，属A领导；1962年隶属B": the text gave X a parent before, so a dated new one is a change
        _event(ctx, sent, frame, EventType.TRANSFER_UNIT, unit, parent, _clause_date(text, ctx), relation=relation,
               former_parent=Mention(former[0]), former_relation=former[1])
    _unit(ctx, sent, frame, unit[0], kind=kind, rank=rank, parent=Mention(ctx.full(parent[0])), parent_relation=relation)
    frame.topic = unit
    return True


# a sign taken down, before it ("X摘掉/摘去/摘下/摘除/撤下/撤掉/撤除/撤销/取消/不再挂/不再加挂/不再保留Y牌子") or after it
# ("Y牌子(已)摘下"); a sign hung elsewhere ("Y牌子改挂/移挂/转挂(在/到/至)Z") (fifteenth session)
_SIGN_OFF = r"不再对外保留|不再保留|不再加挂|不再挂|摘掉|摘去|摘下|摘除|撤下|撤掉|撤除|撤销|取消"
_SIGN_OFF_AFTER = r"(?:已经|已|正式|同时|也|随之|随即|一并|被)*(?:摘掉|摘下|摘除|撤下|撤掉|撤除|撤销|取消|摘牌)(?:了)?"
_SIGN_MOVED = r"(?:改挂|移挂|转挂)(?:在|到|至|于)?"


def _read_sign_taken_down_or_moved(text: str, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"挂在A的Y牌子(已)摘下" / "A的Y牌子摘除": A no longer bears Y (no bearer written: nothing); "(挂在A的)Y牌子改挂(在)B" /
    "将Y牌子由A改挂到B": B bears Y, and A no longer does when it is named."""
    lead = _LEAD.sub("", text)
    lead = re.sub(r"^(?:同时|并|随后|后|又|原|将|把)+", "", lead)
    m = re.fullmatch(r"(?:(?:原)?(?:挂在|加挂在|挂于)(?P<o1>[^，。；]{2,40}?)的|(?P<o2>[^，。；的]{2,40}?)(?:加挂|所挂|挂)?的)?"
                     rf"(?:原)?(?P<s>[^，。；的]{{2,60}}?)(?:的)?牌子(?:由(?P<o3>[^，。；]{{2,40}}?))?"
                     rf"(?:(?P<off>{_SIGN_OFF_AFTER})|(?:同时|也|随之|一并)?{_SIGN_MOVED}(?P<n>[^，。；]{{2,40}}?))", lead)
    if not m:
        return False
    written_old = m.group("o1") or m.group("o2") or m.group("o3")
    old = _names(written_old) if written_old else None
    if written_old and (not old or len(old) != 1):
        return False
    signs = _names(m.group("s"))
    new = _names(m.group("n")) if m.group("n") else None
    if not signs or len(signs) != 1 or (m.group("n") and (not new or len(new) != 1)):
        return False
    if not old and m.group("off"):
        return False  # "Y牌子摘下": whose sign it was is not said (the body formed just before never bore it)
    sign = signs[0]
    if (old and sign == old[0]) or (new and (sign == new[0] or (old and old == new))):
        return False
    if ctx.sanding or ctx.about_sanding:
        return False  # a 三定 states the signs its unit bears now (read as unit facts elsewhere)
    date = _clause_date(text, ctx)
    if old:
        _event(ctx, sent, frame, EventType.REMOVE_SIGN, old, [sign], date, sign=ctx.full(sign))
    if new:
        _event(ctx, sent, frame, EventType.ADD_SIGN, new, [sign], date, sign=ctx.full(sign))
        _unit(ctx, sent, frame, new[0], signs=[ctx.full(sign)])
    frame.topic = new or old or []
    return True


def _read_signs(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"B加挂C牌子" / "B挂C、D牌子" / "B对外保留C牌子" / "在B加挂C牌子"; a clause without its own
    bearer is the topic's ("组建X，加挂Y牌子"); "A、B一套班子、两块牌子"."""
    text = c.text.strip()
    if _read_sign_taken_down_or_moved(text, sent, ctx, frame):
        return True
    m = re.fullmatch(rf"(?P<b>.*?)(?P<verb>(?:同时|并|还)?(?:对外)?(?:加挂|增挂|挂|保留|{_SIGN_OFF}))了?"
                     r"(?P<s>[^，。；]{2,80}?)(?:等)?(?:(?:\d+|[一二两三四五六七八九十]+)(?:块|个))?(?:的)?牌子", text)
    if not m:
        return False
    before = m.group("b").strip()
    hm = re.fullmatch(r"(?P<pre>.*?)在(?P<h>[^，。；在]{2,40}?)", before)
    if hm and _clean_around(hm.group("pre")):
        bearer = _names(hm.group("h"))
    elif before:
        bearer = _subject(before)
    else:
        bearer = frame.topic or None
    signs = _names(m.group("s"))
    if not bearer or len(bearer) != 1 or not signs or bearer[0] in signs:
        return False
    removed = bool(re.search(_SIGN_OFF, m.group("verb")))
    reform_text = not (ctx.sanding or ctx.about_sanding)
    date = _clause_date(text, ctx)
    for s in signs:
        if reform_text:
            _event(ctx, sent, frame, EventType.REMOVE_SIGN if removed else EventType.ADD_SIGN, bearer, [s], date,
                   sign=ctx.full(s))
    if not removed:
        _unit(ctx, sent, frame, bearer[0], signs=[ctx.full(s) for s in signs])
    frame.topic = bearer  # "X加挂Y牌子，为县政府工作部门": the bearer is described next
    return True


def _read_description(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"X为正科级" / "X是县政府工作部门" / a subjectless "为…事业单位" / "正科级" / "作为县政府工作部门" after
    a clause that formed, kept or named the body: kind, rank, parent (as ``constructions._describe`` reads them)."""
    from .constructions import _describe

    text = c.text.strip()
    m = re.fullmatch(r"(?P<u>.*?)(?:的)?(?:机构规格|规格|机构性质|性质)?(?:仍|现|目前)?(?P<v>是|(?<!作)为|系|作为|(?<![直所隶附下归专从])属于?)(?P<rest>.+)", text)
    if m:
        written, rest = m.group("u").strip(), m.group("rest")
    elif RANK_RE.fullmatch(re.sub(r"^(?:机构)?(?:规格)?|(?:规格|建制|单位)$", "", text)):
        written, rest = "", text  # "，正科级，"
    elif re.search(_KIND_WORDS + "$", text) and kind_phrase(re.sub(RANK_RE.pattern, "", text)):
        written, rest = "", text  # "，县政府工作部门，" / "，县政府直属正科级事业单位，"
    else:
        return False
    desc = re.sub(RANK_RE.pattern, "", rest)
    kind = kind_phrase(desc) if desc.strip() else None
    rank = norm_rank(rest)
    if not rank and not (kind and re.search(_KIND_WORDS + "$", kind)):
        return False  # a role ("作为牵头单位"), a quality ("是全省首家…"): no kind of unit
    if written:
        unit = _subject(written)
    else:
        unit = frame.topic or None
    if not unit or len(unit) != 1:
        return False
    done = _describe(ctx, sent, unit[0], rest)
    if done:
        frame.produced = True
        frame.topic = unit
    return done


def _read_kept(c: Clause, frame: Frame) -> bool:
    """"保留X" (no event: the body stays, the next clause may describe it)."""
    m = re.fullmatch(r"\s*(?:继续|仍)?保留(?P<o>.+)", c.text)
    names = _names(m.group("o")) if m and "牌子" not in c.text else None
    if names:
        frame.topic = names
        return True
    return False


# a body's or a place's standing (建制) ended or restored, the body first (fifteenth session): "X建制撤销" /
# "X(的)建制被撤销" / "X撤销建制" / "X建制恢复"; the verb first: "恢复A、B两县建制" / "恢复X建制" (a place too)
_STATUS_ENDED = r"(?:被|予以|正式|也|随之|一并|即)*(?:撤销|撤消|取消)"
_STATUS_BACK = r"(?:得以|正式|又|再|重新)*恢复"


def _places(span: str, loose: bool) -> list[str] | None:
    """Names, or a place the gazetteer knows, or a count of places sharing their level ("封川、开建两县")."""
    span = span.strip()
    names = _names(span, loose) or (_counted_list(span) if loose else None)
    if names:
        return names
    items = [i for i in re.split(r"[、和与及]", span) if i]
    if items and all(divisions().is_place(i) for i in items):
        return items  # "临泽县", "定远县、凤阳县"
    hm = re.fullmatch(r"(?P<l>[^，。；]{2,40}?)(?:两|二|三|四|五|\d)个?(?P<h>县|市|区|旗|乡|镇)", span)
    if hm:
        items = [i + hm.group("h") for i in re.split(r"[、和与及]", hm.group("l")) if i]
        if len(items) >= 2 and all(divisions().is_place(i) or _names(i, True) for i in items):
            return items
    return None


def _read_status(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """A standing ended or restored: abolish / establish of the body or place whose 建制 it is."""
    text = _CHRONICLE_LEAD.sub("", _LEAD.sub("", c.text.strip()))
    text = re.sub(r"^(?:同年|次年|当年|随后|后|又|并|同时)+", "", text)
    m = (re.fullmatch(rf"(?P<n>[^，。；]{{2,40}}?)(?:的)?建制(?P<v>{_STATUS_ENDED}|{_STATUS_BACK})", text)
         or re.fullmatch(rf"(?P<n>[^，。；]{{2,40}}?)(?P<v>{_STATUS_ENDED})建制", text)
         or re.fullmatch(r"(?:又|再|重新)?(?P<v>恢复)(?P<n>[^，。；]{2,40}?)(?:的)?建制", text))
    if not m:
        return False
    names = _places(m.group("n"), loose=frame.chronicle)
    if not names:
        return False
    back = m.group("v").endswith("恢复")
    date = _clause_date(c.text, ctx)
    for n in names:
        if back:
            _event(ctx, sent, frame, EventType.ESTABLISH, [], [n], date)
        else:
            _event(ctx, sent, frame, EventType.ABOLISH, [n], [], date)
    frame.topic = names if back else []
    if not back and len(names) == 1:
        frame.abolished = names[0]
    return True


def _read_clause(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    text = c.text
    if "牌子" in text:
        return _read_signs(c, sent, ctx, frame)
    if "建制" in text and _read_status(c, sent, ctx, frame):
        return True
    if _read_kept(c, frame):
        return True
    if re.search(r"恢复.*(?:名称|原名|称谓)", text):
        return _read_restored_name(c, sent, ctx, frame)
    if re.search(r"(?:调整|改|变更)为(?:由|隶属|归属)", text) and _read_parent(c, sent, ctx, frame):
        return True  # "X改为由Y管理", "X调整为隶属Y": a parent changed, no rename
    bare = _MERGE_BARE.search(text)
    if bare and not _find_verb(text, _MERGE_NEW) and _read_formed_of(c, bare, sent, ctx, frame):
        return True  # "A、B组成C": read before the lexicon (组建/成立 inside C's name are no verbs of the clause)
    for verbs, reader in ((_RE_FORM, _read_re_form), (_MERGE_NEW, _read_merge), (_MERGE_INTO, _read_merge),
                          (_ABOLISH, _read_abolish), (_RANK_CHANGE, _read_rank_or_kind), (_RENAME, _read_rename),
                          (_ESTABLISH_POST, _read_establish), (_ESTABLISH_PRE, _read_establish)):
        m = _find_verb(text, verbs)
        if not m:
            continue
        if reader(c, m, sent, ctx, frame):
            return True
        if verbs is _RANK_CHANGE:
            continue  # 改为 / 调整为 of a name: a rename may read it
        return False
    if re.search(r"揭牌|挂牌|授牌", text) and _read_inaugurated_for(c, sent, ctx, frame):
        return True
    if re.search(r"合[署属]办公|合并办公", text) or (frame.chronicle and re.search(r"合[署属]$", text.strip())):
        return _read_co_located(c, sent, ctx, frame)
    if _ONE_OFFICE.search(text) and "牌子" not in sent.text:
        # "与县革委会一套工作机构" / "与档案馆一套人马": one office for both, no sign named (sixteenth session)
        return _read_co_located(Clause(_ONE_OFFICE.sub("合署办公", text), c.start), sent, ctx, frame)
    if re.search(r"个(?:直属|下属|所属|二级)?(?:事业单位|直属单位|下属单位|二级单位)$", text):
        return _read_subordinates(c, sent, ctx, frame)
    if _read_called(c, sent, ctx, frame):
        return True
    if _read_bare_set(c, sent, ctx, frame) or _read_split_off(c, sent, ctx, frame) or _read_split(c, sent, ctx, frame):
        return True
    if _read_parent(c, sent, ctx, frame):
        return True
    return _read_description(c, sent, ctx, frame)


# a chronicle's bare 称 naming a body ("民国31年，第一科称民政科", "两局合并，称县农水局"); never 简称/俗称/统称/又称 …
# (a second name, not a new one), 仍称 (no change) or 始称 (the first name)
_CALLED = re.compile(r"(?P<b>.*?)(?<![简俗统合又号名堪声人自宣职并对相著总泛尊昵别通旧原亦改复始仍也现今均都皆])称(?:为)?(?P<n>[^，。；]{2,40})")


def _read_called(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"X称Y" in a chronicle: X renamed Y; a clause "称Y" after bodies merged forms Y of them, after a
    clause about one body renames it (sixteenth session)."""
    if not frame.chronicle:
        return False
    m = _CALLED.fullmatch(_LEAD.sub("", c.text.strip()))
    if not m:
        return False
    new = _names(m.group("n"))
    if not new or len(new) != 1:
        return False
    date = _clause_date(c.text, ctx)
    before = m.group("b")
    if frame.merged and _clean_around(before):
        _event(ctx, sent, frame, EventType.ESTABLISH, [], new, date)  # the merged bodies join it (``_event``)
        frame.topic = new
        return True
    old = _subject(before) or (frame.topic if _clean_around(before) and frame.topic != [frame.heading] else None)
    if not old or len(old) != 1 or ctx.full(old[0]) == ctx.full(new[0]):
        return False
    _event(ctx, sent, frame, EventType.RENAME, old, new, date)
    frame.topic = new
    return True


def _read_bare_set(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """A chronicle's one-character verbs: "1951年，设牛场坝乡" / "县设档案组" / "民国18年（1929）置X乡" /
    "分置A乡、B乡" form the bodies after them; closing its clause ("（1975年7月设）", "同年10月撤") the verb
    forms or abolishes the topic."""
    rest = _CHRONICLE_LEAD.sub("", c.text.strip())
    if not frame.chronicle:
        # "中华人民共和国成立后，县人民政府设建设科，1956年2月改为农业科": the structure names the topic (no event);
        # anything else is a chronicle's wording only ("设办公室" in a 三定 is a division, read there)
        gm = re.fullmatch(r"[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|公署|人民委员会|革命委员会)设(?![立置在有于])(?P<o>.+)", rest)
        found = _names(gm.group("o")) if gm and not (ctx.sanding or ctx.about_sanding) else None
        if found and len(found) == 1:
            frame.topic = found
            return True
        return False
    if _read_level_change(rest, c, sent, ctx, frame):
        return True
    # "1977年4月，省委办公室设机要处" / "县人委设档案科": a party committee's or government's office setting a body up
    m = re.fullmatch(r"(?P<gov>[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|公署|人民委员会|革命委员会|县委|市委|[县市区省]委办公室|"
                     r"[县市区省]政府办公室|[县市区省]人委|[县市区省]))?"
                     r"(?:始|又|复|再|另)?(?P<v>分置|析置|设置|设|置|撤)(?![立在有于施备计定法销消并])(?P<obj>.*)", rest)
    if not m:
        return False
    dated = rest != c.text.strip() or frame.date
    date = _clause_date(c.text, ctx)
    obj = m.group("obj").strip().strip("“”\"")
    if not obj:
        if len(frame.topic) != 1 or m.group("v") in ("分置", "析置"):
            return False
        type_ = EventType.ABOLISH if m.group("v") == "撤" else EventType.ESTABLISH
        _event(ctx, sent, frame, type_, frame.topic if type_ == EventType.ABOLISH else [],
               [] if type_ == EventType.ABOLISH else frame.topic, date)
        return True
    if m.group("v") == "撤":
        return False
    if re.fullmatch(_LEVEL, obj):
        # "1988年，设乡": a body of that level, its name not written (the next "改为X乡" names it)
        frame.topic, ctx.chronicle_subject, ctx.chronicle_unnamed = [], None, True
        return True
    found = _object(obj, loose=True)
    # a body set up by an office named before 设 ("省委办公室设档案处") is that office's, never the page's own division
    by_office = bool(m.group("gov") and m.group("gov").endswith(("办公室", "人委")))
    if not found or (not by_office and any(ctx.looks_like_division(n) for n in found[0])):
        return False
    if m.group("v") in ("设", "设置", "置") and (len(found[0]) > 1 or (not m.group("gov") and _DIVISION_TAIL.search(found[0][0]))):
        return False  # "1984年，设秘书股、财务股": a body's divisions (the 内设机构 constructions'), not bodies formed
    if m.group("gov") and len(m.group("gov")) > 1 and not dated:
        frame.topic = found[0]  # "县人民政府设建设科，1956年2月改为农业科": the structure, then its change
        return True
    for n in found[0]:
        _event(ctx, sent, frame, EventType.ESTABLISH, [], [n], date)
    frame.topic = found[0]
    return True


# a division of a body written without a place ("业务股", "秘书室", "财务科"), not 办公室
_DIVISION_TAIL = re.compile(r"^(?![县市区省州旗乡镇])[\u4e00-\u9fff]{1,10}(?:股|组|科|(?<!办公)室)$")
_LEVEL = r"(?:人民公社|公社|乡|镇|街道|区)"


def _read_level_change(rest: str, c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """A township's change of level, written with its level words only, about the topic: "2006年，乡改镇" /
    "1984年，公社改乡" / "改场坝镇" (a whole name after 改) / "1984年复乡" / "1992年建镇" (a rename to the
    topic's stem with the new level); "撤乡设镇" / "撤乡建镇" (abolish the topic, form its stem's new level)."""
    if len(frame.topic) != 1 or not frame.para or not frame.chronicle:
        return False
    topic = re.sub(r"(?<=[乡镇])人民政府$", "", frame.topic[0])  # "成立某乡人民政府，…撤乡建镇": the township
    lm = re.search(_LEVEL + "$", topic)
    stem = topic[: lm.start()] if lm else None
    date = _clause_date(c.text, ctx)
    m = re.fullmatch(rf"(?:又|再)?改(?:为|设|称|回|置)?(?P<n>[\u4e00-\u9fff]{{2,12}}{_LEVEL})", rest)
    if m and _names(m.group("n"), loose=True) and m.group("n") != topic and topic != frame.heading:
        _event(ctx, sent, frame, EventType.RENAME, [topic], [m.group("n")], date)
        frame.topic = [m.group("n")]
        return True
    if not stem:
        return False
    m = (re.fullmatch(rf"(?P<a>{_LEVEL})改(?:为|设|建)?(?P<b>{_LEVEL})", rest)
         or re.fullmatch(r"(?:复|建|改(?:为|设|称)?)(?P<b>乡|镇|街道)", rest))
    if m and (not m.groupdict().get("a") or topic.endswith(m.group("a"))) and topic != frame.heading:
        new = stem + m.group("b")
        if new != topic:
            _event(ctx, sent, frame, EventType.RENAME, [topic], [new], date)
            frame.topic = [new]
            return True
    m = re.fullmatch(rf"撤(?P<a>{_LEVEL})(?:设|建)(?P<b>乡|镇|街道)", rest)
    if m and topic.endswith(m.group("a")) and stem + m.group("b") != topic:
        new = stem + m.group("b")
        _event(ctx, sent, frame, EventType.ABOLISH, [topic], [], date)
        _event(ctx, sent, frame, EventType.ESTABLISH, [], [new], date)
        frame.topic = [new]
        return True
    return False


_SPLIT = re.compile(r"(?P<b>.*?)(?:又|再)?(?P<v>拆分为|拆分成|分设为|分拆为|分拆成|划为|分设成|分设)(?P<o>.+)")


def _read_split(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"A又拆分为B和C" / "1958年，划为东风、卫星2公社" (the topic): each new body is formed out of A; a
    count with a shared head ("东风、卫星2公社") gives each item the head."""
    m = _SPLIT.fullmatch(c.text.strip())
    # a split said in so many words (拆分/分拆) is one in any genre ("同意A街道拆分成A街道和B街道"); 划为 and 分设 only in a chronicle
    if not m or not (frame.chronicle or m.group("v").startswith(("拆分", "分拆"))):
        return False
    b = re.sub(r"^(?:同意|批准|决定|经研究)+(?:将|把)?", "", m.group("b").strip())
    source = _subject(b) or (frame.topic if _clean_around(b) else None)
    obj = m.group("o").strip()
    names = _counted_list(obj) or _names(obj, loose=frame.chronicle)
    if not source or len(source) != 1 or not names or len(names) < 2 or source[0] in names and len(names) < 2:
        return False
    date = _clause_date(c.text, ctx)
    if source == [frame.heading]:
        source = []  # a heading's name today is not the body split then
    for n in names:
        if source and n == source[0]:
            continue  # "A拆分成A和B": A goes on under its name; only B is formed out of it
        _event(ctx, sent, frame, EventType.ESTABLISH, source, [n], date)
    frame.topic = names
    return True


# the clause after a part split off that forms the new body from it: "，组建C" / "，并以此为基础成立C"
_FORMED_OF_PART = re.compile(r"\s*[，,]\s*(?:并|随即|随后)?\s*(?:以此为基础|在此基础上|以其为基础)?\s*(?:组建|成立|设立|组成)(?:了)?"
                             r"(?P<n>[^，。；（(]{2,30})")


def _formed_of_the_part(c: Clause, sent: Sentence) -> list[str] | None:
    """The one body the clause right after ``c`` forms ("从A中分离出B，组建C" → [C]), else None."""
    clause = c.text.strip()
    at = sent.text.find(clause) if clause else -1
    fm = _FORMED_OF_PART.match(sent.text, at + len(clause)) if at >= 0 else None
    names = _names(fm.group("n")) if fm else None
    return names if names and len(names) == 1 else None


def _read_split_off(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"X从Y分出" / "（…，1975年8月从Y分出）" / "从Y中分出来" (the topic): X is formed out of Y."""
    if not frame.chronicle:
        return False
    om = re.fullmatch(r"(?P<b>.*?)从(?P<y>[^，。；]{2,30}?)中?(?:分离出|拆分出|分出|析出|拆出)(?P<o>[^，。；]{2,80})", c.text.strip())
    if om and _clean_around(om.group("b")):
        # "1963年9月，从A中分离出B（电子工业）、C（船舶工业）": each body formed out of A (a short note dropped)
        source, made = _names(om.group("y")), _names(re.sub(r"[（(][^（()）]{1,8}[)）]", "", om.group("o")), loose=True)
        formed = _formed_of_the_part(c, sent) if source and made and len(made) == 1 else None
        if formed and source and source[0] not in formed:
            # "从A中分离出B，组建C": the part B became the new body C, which is formed out of A
            _event(ctx, sent, frame, EventType.ESTABLISH, source, formed, _clause_date(c.text, ctx))
            frame.topic = formed
            return True
        if source and len(source) == 1 and made and source[0] not in made:
            for n in made:
                _event(ctx, sent, frame, EventType.ESTABLISH, source, [n], _clause_date(c.text, ctx))
            frame.topic = made
            return True
    m = re.fullmatch(r"(?P<b>.*?)(?:从|由)(?P<y>[^，。；]{2,30}?)中?(?:分出|析出|分离出|分设出|独立出)来?", c.text.strip())
    if not m:
        return False
    subject = _subject(m.group("b")) or (frame.topic if _clean_around(m.group("b")) else None)
    source = _names(m.group("y"))
    if not subject or len(subject) != 1 or not source or len(source) != 1 or subject == source:
        return False
    _event(ctx, sent, frame, EventType.ESTABLISH, source, subject, _clause_date(c.text, ctx))
    frame.topic = subject
    return True


_SUBORDINATES = re.compile(r"(?P<host>.+?)(?:下设|下辖|所属|管理|管辖)(?:的)?(?:事业单位)?(?:有|包括|为)?[：:]?(?P<list>.+?)(?:等)?"
                           r"(?P<num>\d+|[一二两三四五六七八九十]+)个(?:直属|下属|所属|二级)?(?P<kind>事业单位|直属单位|下属单位|二级单位)")


def _read_subordinates(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"X下设A、B 2个事业单位" / "X所属A、B等3个事业单位": each listed body is X's (kind 事业单位 when
    the count says so); the count must match the list."""
    m = _SUBORDINATES.fullmatch(c.text.strip())
    if not m:
        return False
    host, items = _subject(m.group("host")), _names(m.group("list"))
    from .common import cn_int

    if not host or len(host) != 1 or not items or cn_int(m.group("num")) != len(items) or host[0] in items:
        return False
    kind = "事业单位" if m.group("kind") == "事业单位" else None
    for n in items:
        _unit(ctx, sent, frame, n, kind=kind, parent=Mention(ctx.full(host[0])), parent_relation="所属")
    frame.topic = []
    return True


# one office for two bodies, written without 合署: "(实行)一套(工作)机构 / 一套人马 / 一套班子 / 一班人员" closing the clause
_ONE_OFFICE = re.compile(r"(?:实行|是|为)?(?:一套(?:工作)?机构|一套人马|一套班子|一班人(?:员|马)?)$")


def _read_co_located(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """"A与B合署办公" / "A、B于2021年5月合署办公": exactly two bodies before the verb; the first works
    together with the second (the gold's shape: inputs [A], outputs [B])."""
    om = re.fullmatch(r"(?P<host>[^（()）]{2,40}?)[（(](?P<a>[^（()）]{2,40}?)(?:与其|与之|同其)(?:实行)?(?:合[署属]|合并)办公[)）]",
                      c.text.strip())
    if om:
        # "人事科（机关党委办公室与其合署办公）": the bracket's body works together with the one before the bracket
        host, other = _names(om.group("host")), _names(om.group("a"))
        if not host or not other or len(host) != 1 or len(other) != 1 or host == other:
            return False
        _event(ctx, sent, frame, EventType.CO_LOCATE, other, host, _clause_date(c.text, ctx))
        frame.topic = host
        return True
    m = re.fullmatch(r"(?P<b>.+?)(?:实行)?(?:合[署属](?:办公)?|合并办公)", c.text.strip())
    if not m:
        return False
    before = m.group("b")
    im = re.fullmatch(r"(?P<a>.+?)(?:又|也|仍)?(?:与其|与之|同其)", before.strip())
    if im and len(frame.topic) == 1:
        # "设立A，B与其合署办公": B works together with the body just formed
        other = _subject(im.group("a"))
        if not other or len(other) != 1 or other == frame.topic:
            return False
        _event(ctx, sent, frame, EventType.CO_LOCATE, other, list(frame.topic), _clause_date(c.text, ctx))
        return True
    partner = re.fullmatch(r"(?P<pre>.*?)(?:与|同|和)(?P<p>[^与同和]+)", before)
    pair = re.fullmatch(r"(?P<a>[\u4e00-\u9fff])、?(?P<b>[\u4e00-\u9fff])", _LEAD.sub("", before.strip()))
    if pair and frame.chronicle:  # "局、馆合署办公" / "馆局合署办公": each character stands for the last body ending with it
        known = [*frame.topic, *frame.para, *(m.name for e in reversed(ctx.events) for m in (*e.outputs, *e.inputs))]
        names = [referred_body(ctx, pair.group(k), [known]) for k in ("a", "b")]
        if None in names or names[0] == names[1]:
            return False
        _event(ctx, sent, frame, EventType.CO_LOCATE, names[:1], names[1:], _clause_date(c.text, ctx))
        return True
    if partner and _clean_around(partner.group("pre")) and len(frame.topic) == 1:
        other = _subject(partner.group("p"))  # "X…，又恢复，与Y合署办公": the topic works together with Y
        names = [frame.topic[0], other[0]] if other and len(other) == 1 and other != frame.topic else None
    else:
        names = _subject(re.sub(r"与|同", "、", before))
    if not names or len(names) != 2:
        return False
    _event(ctx, sent, frame, EventType.CO_LOCATE, names[:1], names[1:], _clause_date(c.text, ctx))
    frame.topic = []
    return True


def bracket_co_location_line(sent: Sentence, ctx: Ctx) -> bool:
    """A list line without closing punctuation (read as a heading elsewhere) that is one "X（Y与其合署办公）" item:
    Y works together with X (``_read_co_located``)."""
    text = strip_item_number(sent.text.strip()).lstrip("-—·•* ").rstrip("。；;")
    if ctx.regulation or not re.fullmatch(r"[^（()）]{2,40}[（(][^（()）]{2,40}(?:与其|与之|同其)(?:实行)?(?:合[署属]|合并)办公[)）]", text):
        return False
    return _read_co_located(Clause(text, 0), sent, ctx, Frame())


def _opening_topic(c: Clause, frame: Frame) -> None:
    """After a clause nothing read: a clause opening with one name makes it the topic ("X出于发展需要，
    正式更名为Y"); a clause naming bodies elsewhere leaves no topic; a clause naming none keeps it."""
    text = _LEAD.sub("", c.text.strip())
    if _EVENT_VERB.search(text):
        frame.topic = []  # a change nobody could read: which body the next clause is about is not known
        return
    if re.match(r"(?:原|前身|曾|早先|最初)", text):
        return  # "X，原为Y管理的…，后并入Z": the topic's history, the topic stays
    opening = _opening_name(text)
    if opening and frame.topic in ([], [opening]):
        frame.topic = [opening]
    elif opening or find_names(text):
        frame.topic = []  # "X挂牌，Y负责保障，为正科级": which one is meant is not said


def _read_re_form(c: Clause, m: re.Match[str], sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    before, after = c.text[: m.start()], c.text[m.end():]
    date = _clause_date(c.text, ctx)
    if m.group(0) == "重新组建":
        obj = _object(after)
        if not obj or len(obj[0]) != 1 or not _clean_around(before):
            return False
        new = obj[0][0]
        _event(ctx, sent, frame, EventType.RE_FORM, [new], [new], date)
        frame.topic = [new]
        return True
    # "将A整建制重组为B" / "A整体改建为B" / "A、B合并重组为C": how the bodies went in is no part of their names
    old = _subject(re.sub(r"(?:整建制|成建制|整体|合并|整合)$", "", before.strip()))
    new = _names(after, loose=frame.chronicle)
    if not old and m.group(0) == "改设为" and _clean_around(before) and len(frame.topic) == 1:
        old = frame.topic  # "1961年成立A公社。1983年公社改乡制，改设为A乡": the paragraph's body
    if not old or not new or len(new) != 1 or old == new:
        return False
    if m.group(0) == "改设为" and _township_change(old, new):
        _event(ctx, sent, frame, EventType.ESTABLISH, old, new, date)  # 撤A设B of townships (tests/gold/README.md)
        frame.topic = new
        return True
    if m.group(0) == "合并重组为" and len(old) < 2:
        return False  # "与B合并重组为C": the partner's clause (read by the merge readers)
    _event(ctx, sent, frame, EventType.RE_FORM, old, new, date)
    frame.topic = new
    return True


def _reported_clause(text: str) -> bool:
    """A clause that reports a change (no modal, purpose, plan or question word outside the names)."""
    bare = re.sub(r"《[^》]*》", "", text)
    bare = _NAMING_NOTE.sub("", bare)  # "X（未经选举，简称县革委或革委会）": how the body was named, no modal
    for start, end, _ in reversed(find_names(bare)):
        bare = bare[:start] + "甲" + bare[end:]
    return not _NOT_REPORTED.search(bare)


def _read_names_only(c: Clause, sent: Sentence, ctx: Ctx, frame: Frame) -> bool:
    """A clause that is a name and nothing else ("县政务服务中心，正科级，…") names the topic; a rank
    in brackets after it is its rank ("县数据局（正科级），为…")."""
    text = _LEAD.sub("", c.text.strip())
    if _BARE_VERB_FIRST.match(text) or re.fullmatch(rf"{_LEVEL}改.*|[复建](?:乡|镇)|撤{_LEVEL}.*", text):
        return False  # "设X乡", "公社改乡": a chronicle's verb and its object (``_read_bare_set``)
    fm = _MERGE_BARE.search(text)
    if fm and _names(text[: fm.start()]) and _names(text[fm.end():]):
        return False  # "A、B组成C": a body formed of others, no list of names (``_read_formed_of``)
    bm = _BRACKET_RANK.search(text)
    names = _names(_BRACKET_RANK.sub("", text) if bm and bm.end() == len(text) else text)
    if not names or not text.startswith(names[0][:2]):
        return False  # "分设A和B": a verb before the names
    if len(names) == 1 and names[0] in text and _find_verb(text[: text.find(names[0])], _RENAME):
        return False  # "林业部改为国务院直属机构国家林业局": a rename with a kind before the new name, not a name
    frame.topic = names
    if bm and bm.end() == len(text) and len(names) == 1:
        _unit(ctx, sent, frame, names[0], rank=norm_rank(bm.group("r")))
    return True


_FORMS = re.compile(r"^(?:.*?(?:更名为|改名为|变更为|改称为?|重组为|改建为|(?<=[局委办室科股所站院馆队心会部])改为))|^\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?)?"
                    r"(?:新|正式|重新|决定|同意)?(?:组建|设立|成立|新设|增设|保留)")  # "1956年成立X，…": dated


_APPROVED = re.compile(r"^(?:(?:经研究|研究决定|经研究决定|决定|同意|批准|批复同意)[，,]?)*(?:将|把)?")


def _topic_of_read(body: str, named: list[str], ctx: Ctx) -> list[str]:
    """The body a clause the constructions read is about, for the clauses after it: its one name
    when it opens the clause ("X，…"), or the body it forms or renames ("组建X，…", "A更名为X，…")."""
    fm = _FORMS.match(body)
    if not fm:
        # "随后在1997年增设X，与Y合署办公" / "后于2001年组建X，…": adverbs and a time before the forming verb
        vm = re.search(r"(?:新|正式|重新)?(?:组建|设立|成立|新设|增设)", body)
        fm = vm if vm and vm.start() > 0 and _ADVERBS.match(body[: vm.start()].strip()) else None
    if fm:
        names = _names(_BRACKET_SIGNS.sub("", _BRACKET_RANK.sub("", body[fm.end():])))
        return names if names and len(names) == 1 else []
    text = _APPROVED.sub("", _LEAD.sub("", body.strip()))
    opening = _opening_name(text)
    if opening and (GOVERNING.search(opening) or _ERA_GOVERNING.search(opening)):
        after = _ADVERBS.sub("", text[len(opening):]) if _ADVERBS.match(text[len(opening):]) else text[len(opening):]
        if _FORMS.match(after):  # "省人民政府设立X，为省政府派出机构": the body formed, not the one forming it
            names = _names(_BRACKET_RANK.sub("", after[_FORMS.match(after).end():]))
            return names if names and len(names) == 1 else []
    return [opening] if opening else []


_AFTER_OPENING = ("根据", "按照", "依据", "出于", "经", "于", "在", "已", "正式", "是", "为", "系", "由", "自", "从", "现",
                  "原", "前身", "始建", "成立", "组建", "设立", "位于", "地处", "隶属", "作为", "加挂", "增挂", "挂", "对外",
                  "同时", "（", "(")


def _opening_name(text: str) -> str | None:
    """The longest unit name the text opens with, ending where a word of the genre follows it
    ("县文化馆根据…" → 县文化馆; "县里召开会议" opens with none: 会议 is cut); never a verb first ("挂…")."""
    if re.match(r"[挂设撤组建改升降并划将由为是经据把对在与和]", text):
        return None
    for k in range(min(len(text), 40), 2, -1):
        if as_name(text[:k]) == text[:k] and (k == len(text) or text[k:].startswith(_AFTER_OPENING)):
            if re.search(r"(?:政府|委员会|公署|[县市区省]委)(?:下)?设(?!立|置)", text[:k]):
                return None  # "县人民政府设建设科": a body and what it set up, not one name
            return text[:k]
    return None


_FORMING_CLAUSE = re.compile(r"(?:(?:新|又|再|复|另|始)?(?:设立|设置|设|置|组建|成立|建立|增设)|恢复|复设|复建|重建)(?P<n>[^，。；]{2,40})")


_FORMED_AFTER = re.compile(r"(?P<n>[^，。；]{2,40}?)(?:于)?(?:正式|又|再)?(?:成立|设立|组建|建立|恢复设立|恢复|复设|复建|重建)")


def _formed_unread(body: str, named: list[str], read: list, ctx: Ctx) -> bool:
    """A clause that forms one body ("设X", "成立X") while the facts read from the sentence only name X in
    another event (its co-location, its parent change, its sign): the forming is still to read."""
    text = _CHRONICLE_LEAD.sub("", _LEAD.sub("", body.strip()))
    m = _FORMING_CLAUSE.fullmatch(text) or _FORMED_AFTER.fullmatch(text)
    if not m or len(named) != 1:
        return False
    names = _names(m.group("n"))
    if not names or len(names) != 1 or ctx.full(names[0]) != named[0]:
        return False
    formed = {ctx.full(o.name) for e in read if isinstance(e, EventStatement) for o in e.outputs
              if e.type in (EventType.ESTABLISH, EventType.RE_FORM, EventType.RENAME)}
    return not any(_same_body(f, named[0]) for f in formed)


def _mentioned(facts: list, ctx: Ctx) -> set[str]:
    out: set[str] = set()
    for f in facts:
        for m in (*getattr(f, "inputs", ()), *getattr(f, "outputs", ()), getattr(f, "unit", None),
                  getattr(f, "parent", None), getattr(f, "counterpart", None)):
            if m is not None and getattr(m, "name", None):
                out.add(ctx.full(m.name))
        out.update(ctx.full(s) for s in getattr(f, "signs", ()) or ())
    return out


def frame_facts(sent: Sentence, ctx: Ctx, read: list | None = None) -> None:
    """Read the clauses of one sentence (see the module's docstring). ``read``: the facts the
    constructions read from it; a clause naming a body of those facts is theirs, and the frame
    reader reads only the others ("撤销A并组建B" when only B's forming was read). A chronicle
    sentence starts with its paragraph's body as the topic (``chronicle_subject``)."""
    if ctx.regulation:
        return
    text = strip_item_number(sent.text)
    text = re.sub(r"^第[一二三四五六七八九十百]+条\s*", "", text).rstrip("。！？!?；; \n")
    glued = chronicle_subject.glued_heading(text) if chronicle_subject.first_of_line(sent, ctx) else None
    if glued:
        text = glued[1]  # "种子公司1965年设县种子站": the heading names the body, the entry follows it
    subject = chronicle_subject.subject_of(sent, ctx, text)
    if glued and not subject and not (ctx.sanding or ctx.regulation):
        subject = ctx.full(glued[0])  # a name the reference reader wrote back before the entry ("前身为Y，1959年成立")
    if not (subject or _TRIGGER.search(text) or _BARE_SET.search(text) or RANK_RE.search(text) or re.search(_KIND_WORDS, text)
            or "称" in text or "一套" in text or "一班人" in text):
        return
    if _CLASS_OPENING.match(text):
        return  # "乡镇设立A，设立B": a rule for every township, no one body
    heading = subject if subject and ctx.full(ctx.heading_subject or "") == subject and not ctx.subject_confirmed \
        and not any(isinstance(f, EventStatement) for f in read or []) else None
    chronicle = bool(chronicle_subject.CHRONICLE_OPENING.match(text) or _ERA_LEAD.match(text)) and not (
        ctx.sanding or (ctx.about_sanding and not ctx.sanding_in_history))
    if chronicle:
        text = _bracket_notes(text, sent, ctx)
    group = [ctx.full(n) for n in ctx.chronicle_group] if chronicle else []
    _read_text(text, sent, ctx, read or [], Frame(topic=[subject] if subject else [], para=[subject] if subject else [],
                                                  heading=heading, chronicle=chronicle, group=group))


_NOTE = re.compile(r"(?P<n>[\u4e00-\u9fff]{2,24})[（(](?P<b>[^（()）]*?(?:19|20)\d{2}\s*年[^（()）]*?(?:改为|改称|更名|撤销|撤消|撤|并入)"
                   r"[^（()）]*)[)）]")


def _bracket_notes(text: str, sent: Sentence, ctx: Ctx) -> str:
    """"1950年分设为中滩镇（1951年改为乡）和演营乡" / "农业局中析出畜牧局（后于1962年撤销）": a bracketed note of a
    later change is read as a chronicle about the body before it, and taken out of the sentence."""
    for m in reversed(list(_NOTE.finditer(text))):
        head = m.group("n")
        name = next((head[k:] for k in range(len(head) - 1) if as_name(head[k:]) == head[k:]
                     and (not k or re.search(r"(?:出|中|的|了|设|置|为|与|和|及|并|立|建)$", head[:k]))
                     and not re.search(_EVENT_VERB.pattern + r"|析出|分出", head[k:])), None)
        if not name:
            continue
        _read_text(m.group("b"), sent, ctx, [], Frame(topic=[name], para=[name], chronicle=True))
        text = text[: m.start("b") - 1] + text[m.end():]
    return text


def bracket_entry_facts(sent: Sentence, ctx: Ctx) -> bool:
    """"民政局（1972年2月恢复）" / "财政金融局（1972年2月设，同年10月撤）": a list line of a body and its
    dated history in brackets; the bracket is read as a chronicle about that body."""
    entry = chronicle_subject.bracket_entry(sent.text)
    if not entry or ctx.sanding or ctx.regulation:
        return False
    name = ctx.full(entry[0])
    before = len(ctx.events)
    _read_text(entry[1], sent, ctx, [], Frame(topic=[name], para=[name], chronicle=True))
    return len(ctx.events) > before


def _read_text(text: str, sent: Sentence, ctx: Ctx, read: list, frame: Frame) -> None:
    by_events = _mentioned([f for f in read if isinstance(f, EventStatement)], ctx)
    by_units = _mentioned([f for f in read if not isinstance(f, EventStatement)], ctx)
    last_date = frame.date
    for c in clauses(text):
        if frame.blocked:
            break
        body = re.sub(r"《[^》]*》", "", c.text)
        if not body.strip():
            continue
        if not _reported_clause(body):
            if _PURPOSE.match(body.strip()) and not frame.produced:
                continue  # "为加强食品安全监管，组建X": the purpose, then what was done
            if text[c.start + len(c.text): c.start + len(c.text) + 1] in "；;":
                frame.topic = []
                continue  # the rule, plan or wish ends with its clause group
            break  # "各地要整合资源，组建X": every clause after a modal is under it
        if frame.para and len(frame.para) == 1:
            body = _that_body(body, frame.para[0])  # "该局撤销": the paragraph's body
            if not frame.topic and _SUBJECTLESS.match(_LEAD.sub("", body.strip())):
                frame.topic = list(frame.para)  # "召开…大会，改为县人民委员会": the paragraph's body again
        if (frame.date or re.search(r"(?:19|20)\d{2}\s*年", body)) and _FORMED_THEN.search(body):
            body = _FORMED_THEN.sub("", body)  # "1970年10月，X恢复设立后，与Y…": a dated forming, then what followed
        if frame.chronicle and _merged_without_result(body, frame, read, ctx, text[c.start + len(c.text):]):
            continue
        clause = Clause(body, c.start)
        frame.date = _clause_date(body, ctx) if re.search(r"\d\s*[年月日]", body) else frame.date
        sm = re.match(r"\s*(?P<w>同年|当年|是年|次年|翌年)?\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?", body)
        if sm and not re.search(r"(?:19|20)\d{2}\s*年", body) and last_date and (sm.group("w") or not frame.date):
            # "（1972年2月设，同年10月撤）" / "…，3月1日设立X": the year of the clause before
            year = str(int(last_date[:4]) + (1 if sm.group("w") in ("次年", "翌年") else 0))
            frame.date = f"{year}-{int(sm.group('m')):02d}" + (f"-{int(sm.group('d')):02d}" if sm.group("d") else "")
        last_date = frame.date or last_date
        frame.later = bool(re.match(r"\s*(?:后来|此后|随后|之后|其后|后|又|再)", body))
        # a chronicle sentence's later clause opening with a year of its own is an entry of its own ("1962年更名为A，
        # 1965年复称B": B's return is no part of the rename the constructions read, though it names B)
        own_entry = frame.chronicle and bool(re.match(r"\s*(?:19|20)\d{2}\s*年", body)) and c.start > 0 and \
            frame.date not in {getattr(f, "date", None) for f in read if isinstance(f, EventStatement)} and \
            bool(find_names(body)) and bool(_EVENT_VERB.search(body))
        # "…增设X，与Y合署办公": a subjectless partner clause is the topic's own change, though Y was named before
        partnered = bool(re.match(r"\s*(?:又|并|同时)?(?:与|同)[^，。；]{2,40}?(?:合[署属]办公|" + _ONE_OFFICE.pattern + ")$", body)) \
            and len(frame.topic) == 1
        # "…职能划入B，同时，挂在A的Y牌子改挂在B": a sign's clause is the frame reader's when nothing read gave a sign
        own_sign = "牌子" in body and not any(
            (isinstance(f, EventStatement) and f.type in (EventType.ADD_SIGN, EventType.REMOVE_SIGN))
            or (not isinstance(f, EventStatement) and getattr(f, "signs", None)) for f in read)
        if read and not own_entry and not partnered and not own_sign:
            found = find_names(body)
            named = [ctx.full(n) for _, _, n in found]
            # "组建市农业农村局，市委农村工作领导小组办公室设在市农业农村局": a clause whose own subject no read fact
            # names, only its parent after 设在/隶属/由…管理, is the frame reader's
            # ("隶属A的X调整为隶属B": X opens the clause once its former parent is set aside)
            moved = _MOVED_UNDER.fullmatch(_FORMER_OWNER.sub("", body.strip()))
            mover = _subject(_LEAD.sub("", moved.group("u"))) if moved else None
            opener = named[0] if found and found[0][0] <= 2 and body.lstrip().startswith(found[0][2]) else None
            if mover and len(mover) == 1:
                opener = ctx.full(mover[0])
            parent_clause = opener and (mover or re.search(r"设在|隶属|挂靠|由[^，。；]{2,40}?(?:管理|代管)", body)) and not any(
                t.endswith(opener) for t in (*by_events, *by_units))
            if parent_clause:
                named = []
            # 工业和信息化部软件服务业司 is 软件服务业司; a body only described may still be renamed here
            # (and "福州市长乐区文武砂镇" is 文武砂镇: a township read by its own name, its county dropped)
            forming = _formed_unread(body, named, read, ctx)
            if forming:
                named = []  # "1963年3月，设X，局、馆合署办公": X's co-location read, not its forming
            if any(t.endswith(n) or (n.endswith(t) and re.search(r"(?:镇|乡|街道)$", t)) for n in named for t in by_events) or \
                    (any(t.endswith(n) for n in named for t in by_units) and not _EVENT_VERB.search(body)
                     and not _MERGE_BARE.search(body)):
                # read already; it names the topic of the next clauses only when it opens with its one name
                _with_partner(body, read, frame, ctx)
                _listed_merged(body, read, frame, ctx)
                frame.topic = _topic_of_read(body, named, ctx)
                _follow(frame)
                continue
            # "…，成立红星、东风、前进三个公社，…": a counted list shares its head, it holds names the name reader does not
            # find one by one (seventeenth session)
            counted = _FORMING_COUNTED.match(_LEAD.sub("", body.strip()))
            if counted and _counted_list(counted.group("l")):
                named = [ctx.full(n) for n in _counted_list(counted.group("l"))]
            elif not named and len(frame.topic) != 1 and not parent_clause and not forming:
                continue  # a clause without a name of its own, and no one body it would be about
        if _read_names_only(clause, sent, ctx, frame):
            continue
        if not _read_clause(clause, sent, ctx, frame):
            _opening_topic(clause, frame)
        _follow(frame)


# a forming verb closing a clause with 后 ("X成立后", "X恢复设立后"); the forming is reported when the sentence dates it
# (tests/gold/README.md: an undated "X成立后" is a narrative aside)
_FORMED_THEN = re.compile(r"(?<=成立|设立|组建|建立|恢复|复设|复建|重建)(?:以|之)?后$")


def _merged_without_result(body: str, frame: Frame, read: list, ctx: Ctx, after: str = "") -> bool:
    """"1961年3月，农业、林业、畜牧三局合并，建立农林水利局" / "A与B合并，成立C": the clause names the bodies merged,
    the next clause the body they form; a forming the constructions read from this sentence gets them too (the
    one named first ``after`` the clause: "…合并，成立C，1986年析出D，设立E" gives them to C, not E)."""
    text = _CHRONICLE_LEAD.sub("", body.strip())
    m = re.fullmatch(r"(?P<l>[^，。；]{2,60}?)(?:实行|进行)?合并", text)
    if not m:
        return False
    # "省驻甲县的“鼠防队”与…": a quoted body after its description (…的) is named by the quotes
    left = re.sub(r"^[^，。；“”]{1,16}的(?=“)", "", m.group("l"))
    items = _counted_list(left) or _names(re.sub(r"与|同", "、", left), loose=True) or bodies_and_places(left)
    if not items or len(items) < 2:
        return False
    formings = [e for e in read if isinstance(e, EventStatement) and e.type in (EventType.ESTABLISH, EventType.RE_FORM)]
    if any({m.name for m in e.inputs} == {ctx.full(n) for n in items} for e in formings):
        return True  # another reader gave the merged bodies to their forming already
    bare = [e for e in formings if e.type == EventType.ESTABLISH and not e.inputs]
    for e in sorted(bare, key=lambda e: _first_named(e, after)):
        e.inputs = [Mention(ctx.full(n)) for n in items]
        return True
    frame.merged = items
    return True


def _first_named(e: EventStatement, text: str) -> int:
    """Where the text first names the event's output (its name without the place, or its last four
    characters); the end of the text when it is not named."""
    name = e.outputs[0].name if e.outputs else ""
    for form in (name, re.sub(r"^.*?[省市县区]", "", name, count=1), name[-4:]):
        if form and (k := text.find(form)) >= 0:
            return k
    return len(text)


def _with_partner(body: str, read: list, frame: Frame, ctx: Ctx) -> None:
    """"1986年12月，与B合并组建C" read as C formed from B alone: the paragraph's body is the other one merged."""
    pm = re.match(r"(?:与|同)(?P<b>[^，。；]{2,30}?)(?:合并|整合)", _LEAD.sub("", body.strip()))
    partner = _names(pm.group("b")) if pm else None
    if not partner or len(frame.topic) != 1:
        return
    want = [ctx.full(n) for n in partner]
    for e in read:
        if isinstance(e, EventStatement) and e.type in (EventType.ESTABLISH, EventType.RE_FORM) and \
                [ctx.full(m.name) for m in e.inputs] == want and ctx.full(frame.topic[0]) not in want:
            e.inputs.insert(0, Mention(ctx.full(frame.topic[0])))


def _listed_merged(body: str, read: list, frame: Frame, ctx: Ctx) -> None:
    """"A、B、C，合并成立（新的）X" read as X formed from nothing: the clause before only listed the merged bodies."""
    if len(frame.topic) < 2 or not re.match(r"(?:实行|进行)?(?:合并|整合)(?:成立|组建|设立|为)", _LEAD.sub("", body.strip())):
        return
    merged = [ctx.full(n) for n in frame.topic]
    for e in read:
        if isinstance(e, EventStatement) and e.type == EventType.ESTABLISH and not e.inputs and \
                len(e.outputs) == 1 and e.outputs[0].name not in merged and \
                any(ctx.full(n) == e.outputs[0].name for _, _, n in find_names(body)):
            e.inputs.extend(Mention(n) for n in merged)


def _follow(frame: Frame) -> None:
    """The paragraph's body follows the body a clause formed or renamed."""
    if frame.para and len(frame.topic) == 1:
        frame.para = list(frame.topic)


# a clause that opens with its verb: its subject is the paragraph's body
_SUBJECTLESS = re.compile(r"(?:又|再|后|随后|后来|也|即|同时|并|复)?(?:改|更名|复称|复名|撤|恢复|复设|复建|并入|与|同|划归|划为|"
                          r"拆分|升格|降格|从|由|设|置|复(?:乡|镇)|建(?:乡|镇)|(?:乡|镇|公社|区)改)")


def _that_body(body: str, para: str) -> str:
    """"该局撤销" / "该馆与…合署办公": 该 + the last character(s) of the paragraph's body stands for it."""
    m = re.search(r"(?:^|(?<=[，,\s年月日]))该(?P<t>[\u4e00-\u9fff]{1,2}?)(?=撤|恢复|改|更|并|与|同|成立|划|升|降|于|的|被|正式|$)", body)
    if m and para.endswith(m.group("t")):
        return body[: m.start()] + para + body[m.end():]
    return body


# ---------------------------------------------------------------- field blocks

_FIELD = re.compile(r"^\s*(?P<f>单位名称|机构名称|规范名称|名称|机构规格|单位规格|规格|级别|单位性质|机构性质|单位类别|机构类别|"
                    r"单位类型|机构类型|类别|主管部门|主管单位|举办单位|隶属单位|上级单位|隶属关系|加挂牌子|挂牌|其他名称)"
                    r"\s*[：:]\s*(?P<v>[^：:]{1,80}?)\s*[。；;]?\s*$")
_NAME_FIELDS = ("单位名称", "机构名称", "规范名称", "名称")
_RANK_FIELDS = ("机构规格", "单位规格", "规格", "级别")
_KIND_FIELDS = ("单位性质", "机构性质", "单位类别", "机构类别", "单位类型", "机构类型", "类别")
_PARENT_FIELDS = ("主管部门", "主管单位", "举办单位", "隶属单位", "上级单位", "隶属关系")
_SIGN_FIELDS = ("加挂牌子", "挂牌", "其他名称")


def field_facts(ctx: Ctx) -> None:
    """A unit's fields written one a line ("单位名称：X" / "机构规格：股级" / "单位性质：公益一类事业单位" /
    "主管部门：Y" / "加挂牌子：Z"), as registration records and profile pages give them: one unit fact
    (the unit named by the block's name field, else the profile page's own unit). Two lines at least."""
    block: list[tuple[Sentence, str, str]] = []
    for sent in [*ctx.dt.sentences, None]:
        m = _FIELD.match(sent.text) if sent is not None else None
        if m and (not block or sent.line == block[-1][0].line + 1) and sent.index not in ctx.produced:
            block.append((sent, m.group("f"), m.group("v")))
            continue
        if len(block) >= 2:
            _field_block(block, ctx)
        block = [(sent, m.group("f"), m.group("v"))] if m else []


def _field_block(block: list[tuple[Sentence, str, str]], ctx: Ctx) -> None:
    fields = {f: v.strip() for _, f, v in block}
    written = next((fields[f] for f in _NAME_FIELDS if f in fields), None)
    name = as_name(written) if written else (ctx.focus if ctx.profile else None)
    if not name or (written and as_name(written) != written.strip("“”")):
        return
    rank = next((norm_rank(fields[f]) for f in _RANK_FIELDS if f in fields and RANK_RE.fullmatch(
        re.sub(r"^(?:机构)?|(?:规格|建制|单位)$", "", fields[f]))), None)
    kind = next((kind_phrase(fields[f]) for f in _KIND_FIELDS if f in fields
                 and re.search(_KIND_WORDS + "$|行政机关$", fields[f]) and kind_phrase(fields[f])), None)
    parent_written = next((fields[f] for f in _PARENT_FIELDS if f in fields), None)
    parent = _names(parent_written) if parent_written else None
    parent = parent[0] if parent and len(parent) == 1 and parent[0] != name else None
    signs_written = next((fields[f] for f in _SIGN_FIELDS if f in fields), None)
    signs = [ctx.full(n) for n in (_names(re.sub(r"牌子$", "", signs_written)) or [])] if signs_written else []
    if not (rank or kind or parent or signs):
        return
    first = block[0][0]
    ctx.units.append(UnitStatement(Mention(ctx.full(name)), ctx.prov(first), kind=kind, rank=rank,
                                   parent=Mention(ctx.full(parent)) if parent else None,
                                   parent_relation="管理" if parent else None, signs=signs))
    for sent, _, _ in block:
        ctx.mark(sent)


__all__ = ["bracket_co_location_line", "bracket_entry_facts", "clauses", "field_facts", "frame_facts"]
