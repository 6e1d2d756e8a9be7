"""Shared machinery of the extractors: normalized text with spans, sentences, unit-name
recognition and splitting, numbers, ranks, kinds.

Everything works on the *normalized* text (kg.text.normalize_with_map: half-width
punctuation, traditional characters and stray spaces inside names are normalized away), and
maps spans back to offsets in ``RawDocument.text`` for provenance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from ingest.readers.meta import MINGUO_YEAR, format_date, glued_readings, minguo_year
from ingest.readers.text import display_width, printed_width, unflatten_one_line
from kg.divisions import divisions
from kg.model import Provenance

try:  # kg.text is shared; the fallbacks keep this module importable on its own.
    from kg.text import (
        GAP_MARK,
        normalize_name,
        normalize_with_map,
        original_span,
        parse_cn_number,
        split_sentences,
    )
except ImportError:  # pragma: no cover - only while kg.text is being written
    raise

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

CN_NUM = r"(?:\d+|[零〇一二两三四五六七八九十百千万]+)"

# A body that sets others up (人民政府, 县委, 编办 …): the subject of 组建/设立/成立/核定 that is no input, no
# host and no figure's owner; the body it forms or names is (frames.py, news.py).
GOVERNING = re.compile(r"(?:人民政府|政府|党委|党组|[省市县区州旗镇乡]委|编委|编办|机构编制委员会(?:办公室)?|管委会|管理委员会|"
                       r"国务院|党中央|中共中央|中央|党工委|办事处)$")
RANK_RE = re.compile(r"(?:(正|副)(部|厅|局|处|县|科|股)(?:[（(][厅局处县科][）)])?级|股级)")


def norm_rank(text: str | None) -> str | None:
    """'正厅（局）级' -> '正厅级'; None when text holds no rank."""
    if not text:
        return None
    m = RANK_RE.search(text)
    if not m:
        return None
    if m.group(0) == "股级":
        return "股级"
    return f"{m.group(1)}{m.group(2)}级"


# Kind phrases: what follows 是/为/作为/调整为, as written. A kind ends with one of these.
KIND_TAIL = re.compile(r"(?:部门|机构|机关|国家局|事业单位|单位|派出机关|人民团体|群众团体)$")  # 人民团体: 科协, 妇联 …
# Class words that may precede a unit name ("新设副科级事业机构市投资促进事务中心").
KIND_WORDS = (
    "党中央决策议事协调机构", "议事协调机构", "事业机构", "事业单位", "派出机构", "内设机构", "直属机构",
    "办事机构", "部门管理机构", "直属事业单位", "行政机构", "工作机构", "常设机构", "临时机构",
    "工作部门", "组成部门", "直属特设机构", "工作机关",
)  # fmt: skip
_KIND_WORD_RE = re.compile("(" + "|".join(sorted(KIND_WORDS, key=len, reverse=True)) + ")")

FUNDING_RE = re.compile(r"(全额拨款|差额拨款|自收自支)")

# ---------------------------------------------------------------------------
# Unit names
# ---------------------------------------------------------------------------

UNIT_SUFFIXES = (
    "委员会", "办公室", "办公厅", "管委会", "领导小组", "工作组", "小组", "总局", "总署", "总公司",
    "公司", "集团", "协会", "联合会", "监事会", "中心", "部门", "政府", "街道", "办事处", "大队",
    "支队", "中队", "部", "委", "局", "署", "办", "厅", "院", "会", "室", "站", "所", "队", "司",
    "处", "科", "股", "社", "行", "馆", "团", "组", "镇", "乡", "校", "台", "幼儿园", "中学", "小学", "大学",
    "科协", "文联", "侨联", "残联", "妇联", "工商联", "社科联",  # 群团 bodies written short (中国科协, 县残联)
    "军分区",  # "潍坊军分区" among a notice's addressees (区 alone is a place)
    "林场", "农场", "牧场", "渔场", "良种场", "苗圃",  # a forestry bureau's 国有林场 among its institutions (units14)
    # (sixteenth session, lists) a farm bureau's production institutions: 良种繁育场, 原种场, 种畜场, 水产养殖场, 园艺场
    "种场", "畜场", "繁育场", "养殖场", "园艺场", "试验场", "示范场", "茶场",
    "管理区",  # a historical body over an area: a forest district's 林业管理区, a commune's 管理区 (h15-chron)
)  # fmt: skip
_SUFFIX_RE = re.compile("(?:" + "|".join(sorted(UNIT_SUFFIXES, key=len, reverse=True)) + ")$")

# Endings that look like a unit suffix but are ordinary words.
_BAD_ENDINGS = re.compile(
    r"(?:内部|外部|全部|局部|干部|南部|北部|东部|西部|中部|上部|下部|底部|头部|俱乐部|"
    r"格局|布局|大局|结局|(?<!安)全局|时局|开局|僵局|残局|骗局|当局|"
    r"部署|签署|布署|合署|"  # "与商业局合署": the verb, no 署
    r"社会|机会|体会|理会|领会|不会|将会|才会|就会|也会|都会|能会|大会上|"
    r"(?<!代表)大会|座谈会|推进会|动员会|现场会|培训会|调度会|报告会|表彰会|启动会|部署会|交流会|见面会|研讨会|论证会|"
    r"听证会|发布会|"  # a meeting, never a body (人民代表大会 is one) (thirteenth session)
    r"之处|好处|此处|出处|各处|到处|益处|难处|"
    r"团队|队伍|军队|"
    r"大厅|客厅|餐厅|"
    r"[举创承主督交代帮经兴包协查申去来好难快怎再就马网掌]办|(?<!农)开办|一次办|园区办|"
    r"重组|改组|分组|编组|"
    r"原委|城乡|下乡|返乡|家乡|故乡|县乡|城镇|乡镇|村镇|市镇|"
    r"型政府|法治政府|服务型政府|人民政府|地方政府|各级政府|"
    r"场所|住所|处所|厕所|"
    r"学科|"
    r"上司|官司|"
    r"车站|网站|"
    r"工作部门|职能部门|组成部门|业务部门|主管部门|有关部门|相关部门|编制部门|经济部门|政府部门|"
    r"商务部门|财政部门|人社部门|组织部门|执法部门|监管部门|管理部门|行政部门|"
    r"司局|处室|科室|内设司|社团|集团公司|"
    r"编办|编委会|编委)$"
)
# "县委编办", "市编委", "中央编办": a place's establishment office is a body; a bare 编办 is a class.
_PLACED_ESTABLISHMENT_OFFICE = re.compile(r"^(?:中央|[省市县区州]|[\u4e00-\u9fff]{2,8}?[省市县区州旗])委?(?:编办|编委)$")
_LOCAL_GOVERNMENT = re.compile(r"^(?:[^\s，。]{2,8}(?:[省市县区州旗镇乡]|街道))人民政府$")
# "泸县人民政府", "沙市人民政府": a one-character place before 县/市/旗 (never "市县人民政府", "各级人民政府":
# classes; a level alone, "县人民政府", stays a bare kind resolved by the document's place)
_BARE_LOCAL_GOVERNMENT = re.compile(r"^[^\W\d省市县区州旗镇乡各级本该全两某][县市旗]人民政府$")

_FORBIDDEN_IN_NAME = re.compile(
    r"的|为了|通过|按照|根据|进行|实现|围绕|坚持|组建|重建|划入|划转|^恢复|(?<![民拥])共建|^(?:合建|联建|援建)|建了|还有|"
    r"(?<!自)由|(?<![驻所存现])在|将|把|被|为(?!民)|"
    r"撤销|不再|保留|加挂|承担|负责|设立|新设|成立|更名|改称|复称|合称|简称|称为|派出(?!所)|划归|合并|并入|调整|核定|核增|核减|收回|职责|职能|牌子|"
    r"我们|他们|同时|指出|表示|介绍|认为|标志|包括|主要|以下|其中|以及|并且|或者|整合|挂牌|归口|召开|举行|"
    r"管理的|代管|所属|下设|增设|共设|内设|设有|设置|批准|方案|规定|通知|意见|办法|条例|决定|关于|印发|转发|"
    r"第[一二三四五六七八九十百]+[条章]|[，。；：、！？“”《》\s\[\]【】,;:]|"
    r"改设|后设|辖区内|撤并|复名|复建|始建(?!于)|合署|组成(?!部门)|创办|兴办|迁(?:址|驻|往|至|到|入)|筹建(?!(?:工作)?(?:委员会|领导小组|小组|办公室|指挥部|处|组)$)|重组(?!办)|包含|划给|划入|划转|因与|挂(?![靠牌职钩])|"  # an event verb between or before names (twelfth session)
    r"(?:^|[区县市旗])设[区县市旗](?![市的])|"  # a phrase glued before a name (eleventh session)
    r"(?:^|(?<=[省市县区州旗]))设(?![计施备立置在有]|区的?市)|"  # "某市设A台、B局": a place sets up bodies, never 市设 in a name (x15un)
    r"隶属|挂靠|归属|(?<=.)各(?!族|界)|同意|批复|是|(?:正|副)(?:部|厅|局|处|县|科)级|股级|议事协调机构|事业机构|事业单位|派出机构|内设机构|直属机构|"
    r"办事机构|管理机构|行政机构|工作机构|工作机关|工作部门|组成部门|[一二三四五六七八九十百千\d]+个|(?<![高中初平均同])等|对(?!外|台工作)"
)
# Words of prose that only coordinating bodies carry in their names ("全面深化改革委员会").
# (seventeenth session) a chronicle's verbs 撤 and 恢复 and a reform phrase of levels ("撤区并乡", "并区并乡") are
# prose but in the name of the committee that carries them out ("撤乡并镇工作领导小组", "灾后恢复重建指挥部")
_SOFT_FORBIDDEN = re.compile(r"加强|提升|加快|深化|优化|撤|恢复|[区乡镇县社]并[乡镇区县社]")
_COMMITTEE_END = re.compile(r"(?:领导小组|小组|委员会|办公室|指挥部|工作组)$")
_GENERIC_PREFIX = re.compile(
    r"^(?:各|有关|相关|其他|其它|一批|多所|多个|多家|下级|上级|本级|同级|该|这|此|所属|基层|公立|公办|"
    r"民办|全市|全县|全省|全区|全国各|地方(?!金融监督管理局|金融工作|志)|党政(?!综合办|办$|办公室$)|部分|一些|若干|重点|主要|具体|本单位|本部门|原有|"
    r"现有|新增|各级|上述|下列|以下|我|你|他|她|其|个别|少数|大量|每|某(?![省市县区州镇乡])|对口|业务|职能|上下级|"
    r"中小(?!企业(?:发展|促进|管理|服务)*(?:局|中心|办公室)$)|一线|镇街|乡镇|(?:县直|市直|省直)(?!机关(?:工委|党工委|工作委员会))|直属(?!机关(?:党委|工委|纪委|工会|党总支))|专业|综合性|行政(?!审批|执法|服务中心|综合服务中心)|事业|机关|政府工作|省级|市级|县级|区级|乡级|"
    r"[\d一二三四五六七八九十两几多数]+(?:个|家|所|支|名|类|项|级|批)|"
    r"[区县市]内|内(?![蒙江乡黄丘务政阁]))"  # "辖区内文化馆": 区内/内 open no name (eleventh session)
)
_BARE_KIND = re.compile(
    r"^(?:[省市县区]?(?:委|政府|人民政府|党委)|编办|编委|纪委|事业单位|行政机构|内设机构|"
    r"派出机构|直属机构|办事机构|议事协调机构|国家局|部门|机关|单位|中心|协会|公司|小组|委员会|"
    r"办公室|办公厅|领导小组|管委会|乡镇|街道|镇街|司局|处室|科室|国务院|党中央|中央|省委|市委|"
    r"县委|区委|省政府|市政府|县政府|区政府|州委|州政府|课题组|专家组|工作组|调研组|督查组|督导组|巡察组|"
    r"工作专班|专班|指挥部|联席会议|委员会办公室|监管中心|服务中心|事务中心|街道办事处|办事处|乡镇人民政府|"
    r"镇人民政府|乡人民政府|街道党工委|乡镇党委|纪检组|纪检监察组|派驻纪检组|派驻纪检监察组|"
    r"管理区|(?:筹建|筹备)(?:工作)?(?:委员会|领导小组|小组|办公室|指挥部|处|组))$"
)
# a township of the national list whose name ends like a word ("万家乡": 家乡) or opens like one ("正阳镇": 正), and a
# commune (人民公社) (seventeenth session)
class _KnownTownship:
    @staticmethod
    def match(name: str) -> bool:
        if len(name) >= 6 and name.endswith("人民公社"):
            return True  # a commune is named by its township's stem ("正阳人民公社"), whatever word the stem is
        return len(name) >= 3 and name[-1] in "乡镇" and divisions().level(name) == "乡镇"


_KNOWN_TOWNSHIP = _KnownTownship()
_COMPOUND_COUNT_NAME = re.compile(r"^(?:[一两二三四五六七八九十][委部办室组科局站所处股队]){2,5}$")
ANON_CHARS = "*＊xX"
_ALLOWED_CHARS = re.compile(r"^[\u3400-\u9fff（）()·*＊xX0-9]+$")
_DIGIT_MISUSE = re.compile(r"^\d|\d+(?:名|个|年|月|日|人|项|%|家|所|支|条|次|万|亿)")


_BAD_START = re.compile(
    r"^(?:为|在|从|向|给|把|让|使|被|已|要|可|需|请|并|又|也|还|都|就|才|再|仍|均|亦|将|由|对(?!外)|据|按|有(?!色)|除了|属(?!地)|年(?!鉴)|于|"
    r"会[上后前中]|会议上|"  # "会上区商务局向…": at the meeting, then the body (seventeenth session)
    r"届时|此时|其后|之后|下辖|所辖|"
    r"[乡镇村里区县]设(?!计)|"  # "镇设镇公所": a bare level (every town) and its verb before the body it sets up  # "届时县质监局…", "下辖自来水公司…": an adverb or a jurisdiction verb (thirteenth session)
    r"经过|通过|根据|按照|解决|加强|推进|推动|实施|开展|建立|落实|负责|承担|着力|坚持|围绕|聚焦|进一步|依托|统一(?!战线)|"
    r"(?:依法)?(?:规范(?!化)|完善|理顺|健全|强化|改进|做好|提高)|"  # a purpose clause's verb before the body it is about (twelfth session)
    r"举行|召开|举办|出席|参加|宣布|标志着|随着|伴随|交给|交由|划给|移交|划归|划入|划转|分别|一律|"
    r"称|结合|积极|不断|切实|全面|深入|持续|扎实|稳妥|首倡|发挥|作为|到|列(?!车)|奉|呈报|承办|因而|因此|是指|指(?!挥|导)|协助|单独|独立|当年|同年|是年|次年|翌年|该年|此前|目前|随后|如今|近日|日前|今年|去年|应(?!急)|如|即|是|和|与|及|或|而|但|则|了|着|过|副|正(?!定)|"
    r"含|包括|其中|指导|协调|监督|拟订|拟定|制定|统筹|参与|会同|牵头|配合|研究|审议|对(?!外)|同意|批准|决定|明确|"
    r"经(?:研究|市委|县委|省委|区委|编委|批准|报|国家|国务院|中共|中央|全国|自治|[省市县区州])|报经)"
)  # 对外: a name of its own (对外贸易部, 对外文化联络局), never the preposition 对 before 外X


# A whole opening that names its level of government: written again after a unit's suffix, a second name
# starts there ("X市财政局X市税务局", "中央人民政府A署中央人民政府B署": two names run together).
_WHOLE_OPENING = re.compile(r"^(?:中央人民政府|中华人民共和国|中共中央|国务院)")


def second_opening(name: str, placed: tuple[str, int] | None = None) -> int | None:
    """Where a second name begins inside ``name``: its whole opening (a place written in full, 中央人民政府 …)
    written again right after a unit's suffix; None when it is written once."""
    m = _WHOLE_OPENING.match(name)
    if m:
        opening = m.group()
    else:
        placed = placed if placed is not None else divisions().place_prefix(name)
        opening = name[: placed[1]] if placed and placed[1] >= 3 else ""
    if not opening:
        return None
    at = name.find(opening, len(opening))
    while at > 0:
        if _SUFFIX_RE.search(name[:at]):
            return at
        at = name.find(opening, at + 1)
    return None


def _brackets_nested(name: str) -> bool:
    depth = 0
    for ch in name:
        depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if depth < 0:
            return False
    return True


@lru_cache(maxsize=65536)
def is_unit_name(name: str) -> bool:
    """Whether a string reads as one specific unit's name (not a class, not prose)."""
    if not name or len(name) < 3 or len(name) > 40:
        return False
    if not _ALLOWED_CHARS.match(name) or _DIGIT_MISUSE.search(name):
        return False
    if name.count("（") != name.count("）") or name.count("(") != name.count(")") or not _brackets_nested(name):
        return False  # "甲办公室）和乙委员会（丙局": two bracketed names read as one span
    if not _SUFFIX_RE.search(name):
        return False
    if _BAD_ENDINGS.search(name) and not _LOCAL_GOVERNMENT.match(name) and not _PLACED_ESTABLISHMENT_OFFICE.match(name) \
            and not _BARE_LOCAL_GOVERNMENT.match(name) and not _KNOWN_TOWNSHIP.match(name):
        return False
    placed = divisions().place_prefix(name)
    if _FORBIDDEN_IN_NAME.search(name[placed[1]:] if placed else name):
        return False  # checked without the place: 无为市…, 犍为县…, 将军乡… are names
    if second_opening(name, placed) is not None:
        return False  # two names run together: split_names reads them apart
    if _SOFT_FORBIDDEN.search(name) and not _COMMITTEE_END.search(name):
        return False
    if _GENERIC_PREFIX.match(name) or _BARE_KIND.match(name) or (_BAD_START.match(name) and not placed
                                                                   and not _KNOWN_TOWNSHIP.match(name)):
        return False  # a name opening with a place written whole is never cut by a function word (即墨县…, 和平县…)
    if name.endswith("行") and not re.search(r"(?:银行|(?<!部)分行|支行)$", name):  # "部分行政区划": no 分行
        return False
    if name.endswith("社") and not re.search(r"(出版社|合作社|联合社|联社|通讯社|报社|杂志社|旅行社|供销社|..公社)$", name):
        return False
    if name.endswith("台") and not re.search(r"(电视台|电台|广播电视台|气象台|观象台|天文台)$", name):
        return False
    if name.endswith("校") and not re.search(r"(学校|党校|分校|团校|技校|干校)$", name):
        return False
    if name.endswith("团") and not re.search(r"(集团|共青团|剧团|艺术团|兵团|使团|代表团|讲师团)$", name):
        return False
    if name.endswith("部门") and len(name) < 6:
        return False
    if _glued(name) or _glued_lead(name) or _HEAD_SETS_UP.match(name):
        return False
    verb = _LEADING_VERB.match(name)
    if verb and _BARE_KIND.match(name[verb.end() :]):
        return False  # "代行县政府部分权力": a verb before a bare kind, no name
    if verb and "置" in verb.group() and is_unit_name(name[verb.end() :]):
        return False  # "改置正阳镇": a chronicle's verb before a whole name (seventeenth session)
    if _COMPOUND_COUNT_NAME.match(name):
        return False  # "三委一办", "两部一室": a count of bodies by their endings (reference.py resolves it), no name
    if _POST_IN_NAME.search(name) or _ERA_YEAR_START.match(name):
        return False  # "县委书记兼任县革委会": a post inside is prose; "民国二十年教育局": a date, then the name
    # Anonymized placeholders alone ("**市", "x县") are places, not units.
    return not re.fullmatch(rf"[{ANON_CHARS}]+[省市县区镇乡]", name)


# A function word between two complete names: "X作为Y", "X在Y", "X由Y", "X设在Y", "X与Y".
_INNER_BOUNDARY = re.compile(r"[改转]属|[改转]隶|改归|收归|移交|上划|下放|(?<![简俗统合又号名职堪声宣总通尊])称|内设|下设|设有|新设|新增|增设|设(?![在立置计备施])|位于|地处|[成创始组]?建于|成立于|作为|设在|挂靠|隶属于?|隶(?!属)|归口|在|由|归|与|和|及|将|对|向|从|并|为|是|系(?!统)|把|被|经(?![济营贸信开])|同")


# "为Y的下属单位" / "Y的下设机构": a relation to Y written where a kind stands; no kind
RELATION_ONLY_KIND = re.compile(r"(?:所属|下属|下设|二级)(?:单位|机构)")


def only_place(text: str) -> bool:
    """Whether ``text`` is a place alone ("康仙庄镇", "长沙县黄兴镇")."""
    if divisions().is_place(text):
        return True
    chain = divisions().place_prefix(text + "办公室")
    return bool(chain) and chain[1] == len(text)


# A verb or preposition glued before a body written from its place or level ("记者从河南省民政厅…", "直属单位有市委党校",
# "县政府组织安远县妇女总队", "经河南省政府批准", "到区编委办办理"): the name starts at the place.
_GLUE_TARGET = re.compile(r"[省市县区州旗镇乡]|中共|中国|国家|国务院|中央|全国")
_GLUE_BEFORE_PLACE = re.compile(r"^(?:管理|代管|领导|主管|指导)|^改(?![革制])|复设|复置|另设|始设|实行|以|从|经(?![济营贸信开])|到|向|奉|携|列|呈报|报请|报(?!社)|协助|因而|因此|指(?!挥|导)|有|组织|要求|据|受")


@lru_cache(maxsize=65536)
def _glued_lead(name: str, *, prose_only: bool = False) -> int:
    """Where the name starts after a glued verb ("单位有市委党校" → 3), else 0. With ``prose_only``, only
    when what stands before the verb is no name itself ("省民主妇联受中共…委员会领导" is two bodies, no lead)."""
    for m in _GLUE_BEFORE_PLACE.finditer(name):
        rest = name[m.end() :]
        if len(rest) >= 3 and (_GLUE_TARGET.match(rest) or divisions().place_prefix(rest)) and is_unit_name(rest):
            if prose_only and is_unit_name(clean_name(name[: m.start()])):
                return 0
            return m.end()
    return 0


def _glued(name: str) -> bool:
    """Whether ``name`` is two unit names joined by a function word (never one name)."""
    if _REFERRING_HOST.match(name):
        return True  # "医院隶属县卫生健康局", "馆内设办公室": a body referred to by its ending, then another
    if re.search(r"唯一|一所|一家|首家", name):
        return True  # "南沙区内唯一一所按三级医院…": a description, no name
    for m in _INNER_BOUNDARY.finditer(name, 2):
        left, right = name[: m.start()], name[m.end() :]
        left = re.sub(r"[（(][^（）()]*[）)]$", "", left)  # "县农业局（县畜牧局）和县林业局": a bracket closing the left name
        sets_up = m.group() == "设" and GOVERNING.search(left)  # "县委设办公室", "济阳县人民政府设统计科"
        if (len(left) >= 3 or sets_up) and len(right) >= 3 and _SUFFIX_RE.search(left) and _SUFFIX_RE.search(right) \
                and (not _BAD_ENDINGS.search(left) or sets_up) \
                and not only_place(left):
            # a governing body setting up its office is two names (thirteenth session)
            # a place alone on the left is the name's own place ("某镇经济发展中心": 经 is no boundary)
            return True
    return False


_LEADING_JUNK = re.compile(
    r"^(?:[一二三四五六七八九十]+是|以及|及其|及|与|原|现|新组建的|新设立的|新设的|新组建|新成立的|单设的|另设的|改设|另设|同时|另外|此外|并(?!入)|"
    r"(?:(?:机构)?(?:调整|改革|整合|改制|重组))?后(?=原)|"  # "调整后原X更名为Y": a time before the old name (units14)
    r"分管|协管|"  # a leader's portfolio: "分管县教育局（县知识产权局）、县卫生局…" (not 联系: "联系X的职能" is a duty)
    r"——|—|-|"
    r"(?:业务)?(?:主管主办|主管|主办|举办|上级(?:主管)?)(?:单位|部门))+"  # "X的主管单位Y是…": a role before Y
)
# "局设领导小组", "站内设秘书股": a body referred to by its head character, then its verb (fourteenth session)
_HEAD_SETS_UP = re.compile(r"^(?:[局委办院馆站所队厅署科处]|中心)(?:内|下|又|另|还|增|新)?设(?![计备施])")
# A chronicle's verb written straight before the name it governs ("设劝业所", "后改实业局", "代行县政府部分权力",
# "隶山西省政府"): stripped when what follows is a name by itself (设计院, 设备科, 设施… keep their 设; 隶属 stays:
# the frames read "隶属Y" as a relation, never as a name)
_LEADING_VERB = re.compile(r"^(?:(?:增设|新设|设)(?![在立置计备施区])|后改称|后改为|后改|改称|改为|(?<![简合统又亦俗])称(?![号谓呼量职])|隶(?!属)|代行|冠以|"
                           r"(?:改|析|复|另|新|始|划)?置(?![业办换])|复设|"  # "改置正阳镇", "置方塘乡": a chronicle's verb (seventeenth session)
                           r"(?:进一步|依法)?(?:规范(?!化)|完善|理顺|健全|强化|改进|做好|提高))")
# a post held in a body written inside a string makes it prose (中央书记处, 大会主席团 are bodies)
_POST_IN_NAME = re.compile(r"(?:书记(?!处)|主任|局长|部长|科长|所长|站长|主席(?!团))")
_ERA_YEAR_START = re.compile(r"^民国[\d一二三四五六七八九十]{1,3}年")
# Single characters stripped only when the string is not a name with them.
_LEADING_SOFT = re.compile(r"^(?:会[上后前中]|会议上|又名|亦名|又称|亦称|别称|给予|对于|由于|关于|至于|鉴于|基于|为了|因而|因此|是指|呈报|协助|届时|此时|下辖|所辖|当年|同年|是年|次年|翌年|该年|此前|目前|随后|如今|近日|日前|今年|去年|和|将|由|把|对|还|共|又|在|为|从|向|给|至|据|到|列|奉|指)")  # 给予: never "予X"
_TRAILING_JUNK = re.compile(
    r"(?:及其办事机构|及其办公室|及其所属机构|及其派出机构|及其职责|的有关职责|的相关职责|的职责|"
    r"等单位|等部门|等机构|等)$"
)
_ITEM_NUMBER = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇]+条|[（(][一二三四五六七八九十百零〇\d]+[)）]|"
    r"[一二三四五六七八九十百]+、|\d+[、.．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|——|—|-)\s*"
)


def strip_item_number(text: str) -> str:
    prev = None
    while prev != text:
        prev = text
        text = _ITEM_NUMBER.sub("", text, count=1)
    return text


_EDGE = " ，。、；：,.;:!！?？·\u3000\t\n"
_WRAP = {"“": "”", "‘": "’", "《": "》", "（": "）", "【": "】", "〔": "〕", "[": "]"}


def _light_name(text: str) -> str:
    """normalize_name for text that is already normalized: no spaces, no wrapping marks."""
    name = re.sub(r"\s+", "", text).strip(_EDGE)
    while len(name) >= 2 and name[0] in _WRAP and name[-1] == _WRAP[name[0]] and name.count(name[0]) == 1:
        name = name[1:-1].strip(_EDGE)
    return name


# Leads glued before a body's name that no name opens with (thirteenth session, wave 2); each stripped only when
# what follows is a name by itself:
# - an article number whose space was normalized away: "第二条重庆市农业农村委员会是…"
# - a person appointed to a post in the body: "刘某任国家数据局局长", "张某某同志任县农业农村局党组书记"
#   (the person: a surname with 某, or two or three characters none of which ends a body or names a level)
# - a local author's word for its own place: "我县农业农村局", "本市生态环境局" are the body of the document's
#   place, written with the level word alone ("县农业农村局"), which the document's place resolves
_ARTICLE_LEAD = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条\s*")
_APPOINTEE_LEAD = re.compile(
    r"^(?:[\u4e00-\u9fff]某{1,2}|[^\W\d委局办府室部院厅会心组所站队科股处馆省市县区州镇乡旗政党的和与及某]{2,3}?)"
    r"(?:同志)?(?:兼任|担任|出任|改任|调任|升任|拟任|任)(?=[省市县区州旗]|国家|国务院|中共|中国|中央|全国|[\u4e00-\u9fff]{1,6}?[省市县区州旗])")
_OWN_PLACE_LEAD = re.compile(r"^[我本](?=[省市县区州旗镇乡][\u4e00-\u9fff]{2,})")
# - 经 of an approval before a body without a place ("经民政部批准", "经财政部同意"); a body before a place lost its
#   经 already (_GLUE_BEFORE_PLACE); 经 that opens an abbreviation (经济…, 经信局, 经发局, 经侦支队, 经管站, 经作站 …)
#   stays
_APPROVER_LEAD = re.compile(r"^经(?![济营贸信开销管纬侦作发科建合普委协研费纪典])(?=[\u4e00-\u9fff]{2,})")


def _strip_glued_lead(name: str) -> str:
    for lead in (_ARTICLE_LEAD, _APPOINTEE_LEAD, _OWN_PLACE_LEAD, _APPROVER_LEAD):
        m = lead.match(name)
        if m and is_unit_name(name[m.end() :]):
            return name[m.end() :]
    return name


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """Strip connectors, qualifiers and tails around a unit name as written."""
    name = _light_name(text)
    prev = None
    while prev != name:
        prev = name
        name = _strip_glued_lead(name)
        name = _LEADING_JUNK.sub("", name)
        name = _TRAILING_JUNK.sub("", name)
        name = name.strip(" ，。、；：")
        if not is_unit_name(name) and _LEADING_SOFT.match(name):
            name = _LEADING_SOFT.sub("", name)
        verb = _LEADING_VERB.match(name)
        if verb and is_unit_name(name[verb.end() :]):
            name = name[verb.end() :]
    # "新组建的国家监察委员会", "单设的国务院食品安全委员会办公室": the part after the last 的.
    if "的" in name and not is_unit_name(name):
        tail = name.rsplit("的", 1)[1]
        tail = _LEADING_JUNK.sub("", tail)
        if is_unit_name(tail):
            name = tail
        else:
            name = tail if is_unit_name(split_kind_prefix(tail)[2]) else name
    if not is_unit_name(name):
        rest = split_kind_prefix(name)[2]
        if rest != name and is_unit_name(rest):
            name = rest
    if not is_unit_name(name) and (lead := _glued_lead(name, prose_only=True)):
        name = name[lead:]
    # "文化部原出版局": the old division by its own name under its parent (原 only marks it as former)
    inner = re.sub(r"^([\u4e00-\u9fff]{2,12}?(?:部|委|厅|局|办|署))原(?![子野平州阳始])(?=[\u4e00-\u9fff]{2,})", r"\1", name)
    if inner != name and is_unit_name(inner):
        name = inner
    return name


def as_name(text: str) -> str | None:
    """The cleaned unit name in text, or None if it is not a unit name."""
    name = clean_name(text)
    return name if is_unit_name(name) else None


_CONNECTORS = ("以及", "和", "及", "与", "、", "，", "并")
_PLACE_ITEM = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:自治县|自治州|自治区|新区|省|区|县|市|旗|镇|乡|街道)|[*＊xX某]{1,3}[省区县市镇乡])$")


def distribute_places(text: str) -> str:
    """Expand a coordinated list whose first items are bare places sharing what the last
    place carries: "甲区和乙区交通局、公路局" → "甲区交通局、甲区公路局、乙区交通局、乙区公路局";
    "江岸区、江汉区人民政府扶贫开发办公室" → "江岸区人民政府扶贫开发办公室、江汉区人民政府扶贫开发办公室".
    Text that is not such a list comes back unchanged."""
    items = [p for p in re.split(r"[、，,]|和|及|与", text) if p]
    if shared := _shared_place_tail(items):
        return "、".join(shared)
    places: list[str] = []
    k = 0
    while k < len(items) and _PLACE_ITEM.match(items[k]):
        places.append(items[k])
        k += 1
    if not places or k >= len(items):
        return text
    head = items[k]
    place = next((p for p in _places_at_start(head)), None)
    if not place:
        return text
    tails = [head[len(place):]] + [t for t in items[k + 1:]]
    if not all(tails) or not all(is_unit_name(place + t) for t in tails):
        return text
    return "、".join(p + t for p in [*places, place] for t in tails)


_STEM = re.compile(r"[\u4e00-\u9fff]{2,4}")
_LEVEL_ONLY = re.compile(r"[省市县区州]")


def _shared_place_tail(items: list[str]) -> list[str]:
    """Items written bare before a last item that carries their level and the rest of the name:
    level words alone ("省、州社会治安综合治理委员会办公室" → 省…办公室, 州…办公室) or place stems
    ("祖庵、渭丰、石井镇人民政府" → 祖庵镇人民政府 …, "湖北、湖南省人民政府"); [] for any other list."""
    if len(items) < 2:
        return []
    *bare, head = items
    if all(_LEVEL_ONLY.fullmatch(x) for x in bare) and _LEVEL_ONLY.match(head):
        out = [x + head[1:] for x in bare] + [head]
    else:
        places = _places_at_start(head)
        if not places or any(not _STEM.fullmatch(x) or _SUFFIX_RE.search(x) or _PLACE_ITEM.match(x) for x in bare):
            return []
        level = re.search(r"(?:自治县|自治州|自治区|新区|街道|[省区县市旗镇乡])$", places[0])
        if not level or len(places[0]) - len(level.group(0)) < 2:
            return []
        tail = level.group(0) + head[len(places[0]) :]
        out = [x + tail for x in bare] + [head]
    return out if all(is_unit_name(x) for x in out) else []


# a level character that opens a word with the next one ends no place: "洪山区乡村振兴局" is 洪山区 + 乡村振兴局,
# never 洪山区乡 + 村振兴局 (thirteenth session)
_LEVEL_OPENS_WORD = re.compile(r"乡(?:村|镇|土|贤)|镇(?:村|街)|市(?:场|政|容|民|级)|区(?:域|级)|县(?:域|级)|省(?:级|直)")


def _places_at_start(head: str) -> list[str]:
    """The place a name opens with (one at most), longest first; a known place wins over a longer guess."""
    found = [head[:length] for length in range(min(10, len(head) - 2), 1, -1)
             if _PLACE_ITEM.match(head[:length]) and not _LEVEL_OPENS_WORD.match(head, length - 1)]
    known = [p for p in found if only_place(p)]
    return (known or found)[:1]


# a body's other name(s) in brackets right after it: "A（B）", "A（B、C）" (signs of A, never givers of their own)
BRACKETED_OTHER_NAME = re.compile(r"(?<=[部委局署厅办院室心馆所站队])[（(](?:[^（）()，。；、]{2,30}?(?:部|委|局|署|厅|办|院|室|中心|馆|所|站|队)、)*"
                             r"[^（）()，。；、]{2,30}?(?:部|委|局|署|厅|办|院|室|中心|馆|所|站|队)[）)]")

# "由省科技厅所属A、B、省人社厅所属C整合组建" / "整合甲局和乙局所属事业单位A、B": an item written after its
# owner and 所属/下属 names the item; the owner (one name, or names joined by 和/与/及) is no item of the list
_OWNED_ITEM = re.compile(r"(?:^|(?<=[、，,]))(?P<owner>[^、，,。；：所]{2,60}?)(?:所属|下属)的?(?:事业单位|单位|机构)?"
                         r"(?=[\u4e00-\u9fff]{2})")


def owned_items(text: str) -> list[tuple[str, str]]:
    """(owner, the rest of the list after 所属) for every owner written inside a list ("A所属B、C、D所属E":
    (A, "B、C、D所属E") and (D, "E")); owners whose every part is a name only."""
    out = []
    for m in _OWNED_ITEM.finditer(text):
        owner = m.group("owner")
        if split_names(owner):
            out.append((owner, text[m.end():]))
    return out


def owned_members(text: str) -> list[tuple[str, list[str]]]:
    """(owner, its items) for every single owner written inside a list: "A所属B（乙）、C、D所属E" → [(A, [B, C]),
    (D, [E])]; an owner of two or more names ("甲局和乙局所属A、B") gives no parent and is left out."""
    found = [m for m in _OWNED_ITEM.finditer(text) if split_names(m.group("owner"))]
    out = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        owners = split_names(m.group("owner")) or []
        items = split_names(BRACKETED_OTHER_NAME.sub("", text[m.end():end]).strip("、，, "))
        if len(owners) == 1 and items:
            out.append((owners[0], items))
    return out


def drop_owners(text: str) -> str:
    """The list with the owners written before 所属/下属 taken out ("省科技厅所属A、B" → "A、B")."""
    if "属" not in text:
        return text
    return _OWNED_ITEM.sub(lambda m: "" if split_names(m.group("owner")) else m.group(0), text)


# a note in brackets closing a list item, never a name of its own (fifteenth session, lists): the sign clause
# ("（挂A牌子）", "（加挂A、B牌子）": the sign readers read it), the item's rank ("（正科级）", "（副处级）"), its class
# or funding ("（参公）", "（公益一类）", "（全额拨款事业单位）"), its short name ("（简称A）")
ITEM_NOTE = re.compile(r"[（(](?:(?:加挂|增挂|挂|保留|对外保留)[^（）()]{2,60}?牌子|(?:正|副)?(?:部|厅|局|处|县|科|股)(?:[（(][厅局处县科][）)])?级"
                       r"(?:机构|单位|事业单位)?|参公|参照公务员法管理|公益[一二三]类(?:事业单位)?|(?:全额|差额)拨款(?:事业单位)?|"
                       r"自收自支(?:事业单位)?|(?:以下)?(?:简称|下称)[^（）()]{1,30})[)）](?=$|[、，,和及])")


def drop_item_notes(text: str) -> str:
    """A written list without the notes in brackets closing its items ("A（挂B牌子）、C（正科级）" → "A、C"). One body
    with its note ("县档案馆（正科级）") is no list: it stays as written, for the description readers to read the note."""
    if not re.search(r"[、，,]|[)）](?:和|及|与)", text):
        return text
    return ITEM_NOTE.sub("", text)


def _list_body(text: str) -> str:
    """A written list without what is no item: owners before 所属, places shared, a closing count and class, the
    notes closing its items."""
    text = distribute_places(_light_name(drop_owners(drop_item_notes(text))))
    text = re.sub(r"(?:等\d*个?(?:部门|单位|机构)?|等)$", "", text)
    # "A、B、C共11个工作机构" / "A、B等3个镇政府工作机构" / "A、B等5家单位": the count and class closing a list are no item
    return re.sub(r"(?:等|共)(?:\d+|[一二两三四五六七八九十]+)(?:个|家)(?:[\u4e00-\u9fff]{0,8}?(?:机构|部门|单位|科室|股室|处室))?$",
                  "", text)


def split_names(text: str) -> list[str] | None:
    """Split a written list of unit names ("A、B和C"); None unless every part is a name.

    "和/及/与/以及" split only where both sides are complete names, so 国家发展和改革委员会
    and 住房和城乡建设部 stay whole.
    """
    text = _list_body(text)
    parts = [p for p in re.split(r"[、，,]", text) if p.strip()]
    if not parts:
        return None
    out: list[str] = []
    for part in parts:
        names = _split_conjoined(part)
        if names is None:
            return None
        out.extend(names)
    return out


@lru_cache(maxsize=4096)
def _split_conjoined_cached(part: str) -> tuple[str, ...] | None:
    whole = as_name(part)
    if whole is not None:
        # A whole name wins unless a split gives two names that both carry a suffix and the
        # left one does not merely look like a modifier of the right.
        split = _try_split(part)
        if split is not None and len(split) > 1:
            return tuple(split)
        return (whole,)
    split = _try_split(part)
    return tuple(split) if split else None


def _try_split(part: str) -> list[str] | None:
    at = second_opening(_light_name(part))
    if at is not None:
        left, right = as_name(_light_name(part)[:at]), _split_conjoined(_light_name(part)[at:])
        if left and right:
            return [left, *right]
    for conj in ("以及", "和", "及", "与"):
        start = 0
        while True:
            i = part.find(conj, start)
            if i <= 0:
                break
            left, right = part[:i], part[i + len(conj) :]
            left_name = as_name(left)
            if left_name and _SUFFIX_RE.search(_light_name(left)):
                rest = _split_conjoined(right)
                if rest:
                    return [left_name, *rest]
            start = i + 1
    return None


def _split_conjoined(part: str) -> list[str] | None:
    result = _split_conjoined_cached(part)
    return list(result) if result is not None else None


_PARTY_BODY = r"(?:机关党委|机关纪委|机关工会|机关团委|党总支|党支部|党组|纪检组)"


def shared_head(part: str, before: list[str]) -> list[str] | None:
    """"原政务局机关党委、机关纪委和原数据局党支部": an internal party body written bare after a name
    ending in such a body takes that name's head (政务局机关纪委); every other piece must be a name."""
    if not re.search(_PARTY_BODY, part):
        return None
    out: list[str] = []
    shared = False
    prev = before[-1] if before else None
    for piece in re.split(r"以及|和|及|与", part):
        piece = re.sub(r"^原", "", piece.strip())
        if prev and re.fullmatch(_PARTY_BODY, piece):
            m = re.search(_PARTY_BODY + "$", prev)
            if not m or m.start() < 2:
                return None
            name, shared = prev[: m.start()] + piece, True
        else:
            names = split_names(piece)
            if not names or len(names) != 1:
                return None
            name = names[0]
        out.append(name)
        prev = name
    return out if shared else None


_PARTY_COMMITTEE = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{0,10}?(?:省|市|县|区|州|旗)?委$")
_GOVERNMENT_BODY = re.compile(r"^[\u4e00-\u9fff]{0,10}?(?:省|市|县|区|州|旗)?(?:人民)?政府[\u4e00-\u9fff]{2,}$")


def _joint_bodies(names: list[str]) -> list[str]:
    """"中共北京市委、北京市人民政府信访办公室": a party committee written bare before a government
    body is one joint body of both (党委政府联合设立的机构), not two names."""
    out: list[str] = []
    k = 0
    while k < len(names):
        if k + 1 < len(names) and _PARTY_COMMITTEE.match(names[k]) and _GOVERNMENT_BODY.match(names[k + 1]):
            out.append(f"{names[k]}、{names[k + 1]}")
            k += 2
            continue
        out.append(names[k])
        k += 1
    return out


_HEADED_LIST = re.compile(r"^(?P<items>[^，。；：]+?)(?:等)?(?:\d+|[一二两三四五六七八九十]+)"
                          r"(?:个(?P<head>[\u4e00-\u9fff]{1,6})|(?P<short>[局委办院所站队科股处室厅部]))$")  # "财政、税务两局"
# what a headed list's first item may carry before it: the clause's verb ("又恢复了东岭、西岭四个区工作委员会")
_LIST_LEAD = re.compile(r"^.*(?:了|恢复|设立|组建|成立|设置|保留|撤销|包括|下设|内设|设有)")
# class nouns that stand for the unit suffix each item leaves out ("三个科室" → 科)
_CLASS_HEADS = {"科室": "科", "股室": "股", "处室": "处"}


def headed_list(text: str, check=None) -> list[str]:
    """"城市规划、市容市貌、水务执法大队等3个执法大队" / "综合、政策法规、审批三个科室": items that
    share a head written only on the last item or after the count; each bare item takes it.
    The head is the last item's unit suffix (水务执法大队 → 大队: 城市规划大队), else the class
    noun (科室 → 科; "甲、乙等2个执法大队" → 甲执法大队). Empty unless some item lacks the head; ``check`` tells a
    whole item (default ``as_name``; divisions pass their own test)."""
    m = _HEADED_LIST.match(text.strip())
    if not m:
        return _uncounted_head(text.strip(), check)
    items = [x.strip() for x in re.split(r"、|和|及", m.group("items"))]
    if len(items) < 2 or any(not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", x) for x in items):
        return []
    if re.match(r"^(?:全|我|本|该|各|将|原)", items[0]):
        return []
    noun = m.group("head") or m.group("short")
    out = _headed_items(items, noun, check)
    lead = _LIST_LEAD.match(items[0])
    if not out and check is None and lead and len(items[0]) - lead.end() >= 2 and not find_names(items[0][: lead.end()]):
        # only a clause with no host of its own: "X设立A、B三个科室" is the division readers' (A, B are X's)
        out = _headed_items([items[0][lead.end() :], *items[1:]], noun, check)
    return out


# "民政、劳动局": field stems written bare before a last item that carries the one-character head they share
_UNCOUNTED_HEAD = re.compile(r"^(?P<items>[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,4})*、[\u4e00-\u9fff]{2,4})(?P<head>[局委办所站队科股室厅])$")


def _uncounted_head(text: str, check) -> list[str]:
    """"民政、劳动局" / "甲县民政、劳动局" (no count written): every bare stem takes the last item's head; a
    named place on the first item is every item's (lead_place_shared). Empty unless every item is then a name."""
    m = _UNCOUNTED_HEAD.match(text)
    if not m:
        return []
    items = m.group("items").split("、")
    place = next(iter(_places_at_start(items[0])), "")
    if any(_SUFFIX_RE.search(x) or _PLACE_ITEM.match(x) for x in [items[0][len(place):], *items[1:]]):
        return []  # "县委、县政府办公室": an item is a whole name already
    out = lead_place_shared([x + m.group("head") for x in items])
    # "县工商、质监、食药局": a level written bare on the first item is every item's, as a named place is
    level = None if len(place) > 1 else re.match(r"^[省市县区州](?!场|委|政府|直|属|级|域)", items[0])
    if level:
        out = [out[0]] + [x if _places_at_start(x) or re.match(r"[省市县区州]", x) else level.group(0) + x for x in out[1:]]
    return out if all((check or as_name)(x) for x in out) else []


def lead_place_shared(items: list[str]) -> list[str]:
    """"某市甲东、甲西两区" → 某市甲东区, 某市甲西区: a named place written once on the first of
    coordinated items is every item's; items that carry a place of their own are left alone."""
    place = next(iter(_places_at_start(items[0])), None) if items else None
    if not place or not (divisions().is_place(place) or re.fullmatch(r"[甲乙丙丁某*＊xX][省市县区]", place)):
        return items  # "城市规划、市容市貌大队": 城市 is no place
    return [items[0]] + [x if _places_at_start(x) or x.startswith(place) or re.match(r"[省市县区州]", x) else place + x
                         for x in items[1:]]


def _headed_items(items: list[str], noun: str, check) -> list[str]:
    last = items[-1]
    if (suf := _SUFFIX_RE.search(last)) and (check or as_name)(last):
        head = suf.group(0)
    elif noun in _CLASS_HEADS:
        head = _CLASS_HEADS[noun]
    elif _SUFFIX_RE.search(noun) and noun not in ("部门", "单位", "机构"):
        head = noun
    else:
        return []
    # an item ending in a unit suffix of its own is whole ("党政综合办公室、…、综合行政执法队等3个工作机构":
    # 办公室 takes no 队); only bare stems ("城市规划、…、水务执法大队") take the last item's head
    whole = [x.endswith(head) or (_SUFFIX_RE.search(x) is not None and (check or as_name)(x) == x) for x in items]
    if all(whole):
        return []  # every item is whole already: the ordinary list path reads it
    out = lead_place_shared([x if w else x + head for x, w in zip(items, whole, strict=True)])
    return out if all((check or as_name)(x) for x in out) else []


def names_in_list(text: str) -> list[str]:
    """Like split_names, but keep the parts that are names and drop the rest."""
    # "加挂A、B（简称甲、乙）牌子": the short forms in brackets repeat the items, they add none
    text = re.sub(r"[（(](?:以下)?(?:简称|下称)[^（()）]{1,40}[）)]", "", text)
    if headed := headed_list(text):
        return headed
    # "“A”“B”" and "A牌子和B" (a list of signs, each in its own quotes or with its own 牌子) are lists
    text = re.sub(r"”\s*“|(?:的)?牌子(?:和|及|以及|、)", "、", text)
    text = _list_body(text)
    out: list[str] = []
    for part in re.split(r"[、，,]", text):
        names = (_split_conjoined(part) or shared_head(part, out)) if part else None
        if names:
            out.extend(names)
            continue
        # "国家新闻出版署（国家版权局）": a name with a second name in brackets.
        m = re.fullmatch(r"(.+?)（(.+?)）", part or "")
        first, second = (as_name(m.group(1)), as_name(m.group(2))) if m else (None, None)
        if first and second:
            out.extend([first, second])
    return _joint_bodies(out)


# Words after which a name written at the start of a span ends.
_NAME_FOLLOWERS = (
    "作为", "由", "并", "为", "承担", "负责", "管理", "的", "挂牌", "加挂", "对外", "正式", "整合", "核定",
    "核增", "核减", "划入", "划归", "更名", "改名", "并入", "升格", "降格", "设", "共设", "内设", "机关",
    "不再", "是", "与", "和", "合署", "代管", "主要", "具体", "以", "接受", "统一", "职责", "在", "，",
    "。", "；", "、", "：", "（", "”", "】",  # "【县档案馆】…": a yearbook entry's head
    # a body's history and place before its description ("X成立于1980年，是…", "X位于…", "X现为…")
    "成立于", "创建于", "始建于", "组建于", "建于", "位于", "地处", "现为", "现是", "原名", "原属", "前身",
    "经",  # "X经县编办批准，…"
    "归口",  # "市档案馆归口市委办公室管理": the body ends before the one it is assigned to (second wave)
    "单独设置", "单设", "独立设置",  # "X单独设置，列…序列"
    # a chronicle's subject before its own verb ("1951年7月，县文化馆建立", "县气象站于1983年撤销")
    "成立", "建立", "撤销", "撤消", "于",
    # "X属参公管理事业单位，现有人员编制115人" (never a bare 属: "Y所属" ends no name at 所)
    "属于", "属参", "属全额", "属差额", "属自收", "属公益", "隶属",
    # a post held in the body ends its name: "区工委办公室主任", "县委书记", "市公安局局长"
    "主任", "副主任", "书记", "副书记", "局长", "副局长", "部长", "副部长", "科长", "副科长", "所长", "站长", "主席",
    # a chronicle's subject before its change ("县政府秘书室改为总务科", "林业站隶县农业局")
    "改为", "改称", "改设", "改属", "改隶", "隶", "改制",
    # sixteenth session: the other verbs of a parent changed ("县广播站转属县委宣传部", "县良种场收归县农业局管理")
    "转属", "转隶", "改归", "收归", "移交", "上划", "下放",
    # a body setting up its own division ("工务处新设基础工程科", "观光处新增观光永续科")
    "新设", "新增", "增设",
    # tenth session: what notices, profiles and chronicles write right after a body
    "复称", "合称", "简称", "成员",  # "县革委会复称县妇联", "县政府党组成员"
    "被",  # seventeenth session: a passive verb after the body ("专区档案管理科被撤销", "X被并入Y")
    "印发", "下发", "转发", "发布", "关于", "《", "〈", "办理", "交办", "批办", "实行",  # "X办公厅印发…", "X办公室《关于…》"
    "从", "受", "要", "获准", "派出", "派驻", "领导", "组织关系",  # "X从Y分离", "X受Y领导", "X要认真…", "X派出Y"
    "挂", "牌子", "划给", "划转", "因与",  # twelfth session: "X挂Y牌子", "由X划给Y", "X因与Y合署…": each name ends at the verb
    ",", ";", ":",  # a web copy's half-width punctuation where normalizing left it (a line's end)
    # thirteenth session: a bracket closing a second name ("甲委员会（乙局）"), a list's 等 ("…记者站等机构"),
    # and the verbs a body does things with in news ("X办公室制定的…", "X局牵头…")
    "）", "等", "制定", "举行", "召开", "牵头", "联合", "研究", "起草", "出台", "提出", "开展", "举办", "审核", "审批",
    "会同", "配合", "参与", "下辖", "所辖", "统一领导", "统筹",
)


# "县档案馆行政编制6人", "县统计局现有编制12个", "县应急管理局编制数为15名": a body's own figure right after it
# "X编制人数小计20人", "X总编制数20名", "X人员编制计15人" (budget pages, gazetteers) also follow a name
_FIGURE_FOLLOWS = re.compile(r"(?:现有|实有|共有|有)?(?:核定)?(?:总)?(?:行政|事业|工勤|政法专项|人员)?编制(?:数|总数|人数)?\s*"
                             r"(?:小计|合计|总计)?(?:为|共|共计|计)?\s*"
                             r"(?:\d|[一二两三四五六七八九十])|(?:核定)?(?:行政|事业|事业单位|工勤|政法专项|人员)编制|领导职数")


_LONG_SUFFIXES = tuple(x for x in UNIT_SUFFIXES if len(x) >= 2)


def _cuts_suffix(text: str, end: int) -> bool:
    """Whether ending a name at ``end`` would cut a longer suffix (委|员会, 部|门, 办|公室)."""
    head, rest = text[:end], text[end:]
    for suffix in _LONG_SUFFIXES:
        for j in range(1, len(suffix)):
            if head.endswith(suffix[:j]) and rest.startswith(suffix[j:]):
                return True
    return False


# A suffix character that opens an ordinary word with the next character ends no name: "按照市委工作部署"
# (not "市委工作部" + 署), "县农业农村局所属" (not "…局所"), "委托", "办理", "处置", "会同"
_SUFFIX_OPENS_WORD = re.compile(r"部(?:署|分|位)|局(?:面|势|限)|委(?:托|派(?!出|驻))|署名|办(?:理|法)|处(?:理|置|罚|于|在)|"
                                r"所(?:有|以|得|需|属|在)|会(?:议|同|商|签)|行(?:政|业|动|为|使|程)")


@lru_cache(maxsize=65536)
def _suffix_ends(text: str, limit: int = 42) -> list[int]:
    ends = []
    for end in range(3, min(len(text), limit) + 1):
        if text[end : end + 1] == "级":
            continue
        if _SUFFIX_OPENS_WORD.match(text, end - 1) and not text[:end].endswith(_LONG_SUFFIXES):
            continue  # "市监察委员会同市纪律检查委员会合署办公": 会同 opens no word after a whole 委员会 (seventeenth session)
        if _SUFFIX_RE.search(text[:end]) and not _cuts_suffix(text, end):
            ends.append(end)
    return ends


def name_at_start(text: str, *, require_follower: bool = False) -> str | None:
    """The unit name written at the start of text (cleaned), or None.

    The longest name followed by a delimiter or a typical next word wins; failing that, the
    shortest name (so that "A对应B" gives A), unless require_follower.
    """
    text = text.lstrip("“‘ ")
    span = name_span_at_start(text, require_follower=require_follower)
    return span[1] if span else None


def name_span_at_start(text: str, *, require_follower: bool = False) -> tuple[int, str] | None:
    """(length as written, cleaned name) of the unit name at the start of text."""
    ends = _suffix_ends(text[:42])
    stop = _CLAUSE_STOP.search(text, 0, 42)
    if stop:
        ends = [e for e in ends if e <= stop.start()]  # a name never runs over a comma or an enumeration mark
    for end in reversed(ends):
        rest = text[end:]
        if rest and not rest.startswith(_NAME_FOLLOWERS) and not _FIGURE_FOLLOWS.match(rest):
            continue
        name = as_name(text[:end])
        if name and _opens_with_other_name(text[:end], name):
            continue
        if name:
            return end, name
    if require_follower:
        return None
    for end in ends:
        head = text[:end]
        if not _STRONG_SUFFIX.search(head) or _PLACE_END.search(head):
            continue  # "航海西路街道监察专员办公室举行…": a place's 街道 is no body's end
        name = as_name(head)
        if name and _opens_with_other_name(head, name):
            continue
        if name:
            # "X人民政府办公厅批办单", "社区居委会开展…": the body's own office, or the rest of its suffix, goes with it
            for longer in ends:
                if longer > end and text[end:longer] in _OFFICE_TAILS and (whole := as_name(text[:longer])):
                    return longer, whole
            return end, name
    return None


def _opens_with_other_name(written: str, name: str) -> bool:
    """"渔农经委和设在市委办公室的政策研究室": the name after 的 is cleaned out of a string whose part before
    的 ends on another body ("市委办公室"); that body comes first, the string is no span of the later one
    ("以党组书记为机关党委书记的市数据局机关党委" is a description before its name: kept)."""
    cut = written.rfind("的")
    if cut <= 0 or written[cut + 1 :] != name:
        return False  # "县林业局的主管单位县自然资源局": a role between, the string names the later body
    found = find_names(written[:cut])
    return bool(found) and bool(_BETWEEN_OWN_AND_OF.fullmatch(written[found[-1][1] : cut]))


# what may stand between an earlier body and the 的 of a later one and leave the earlier body its own name:
# nothing, a conjunction with the later body's modifier ("省农业厅和单设的…"), or a verb of the earlier body
# ("由国务院办公厅领导的国家信访局", "监察部并入新组建的国家监察委员会") (thirteenth session)
_BETWEEN_OWN_AND_OF = re.compile(
    r"(?:和|及其|及|与|以及|、)?(?:统一|归口)?(?:领导|管理|主管|代管|指导|所属|下属|下辖|直属|内设|设立|组建|牵头|负责|承担|"
    r"并入|划入|整合为|合并为|更名为|改为|调整为|重组为)?的?(?:单设|新组建|新设立|新设|新成立|另设|重新组建|原有|原)?")
_CLAUSE_STOP = re.compile(r"[，。；：、！？]")
_PLACE_END = re.compile(r"(?:街道|[镇乡])$")
_OFFICE_TAILS = ("会", "办", "办公室", "办公厅", "党组", "党委")
# "市政办发〔2023〕49号": the code of a document number, no body
_DOCUMENT_NUMBER_AFTER = re.compile(r"\s*[发函字]\s*[〔\[【(（]\s*(?:19|20)?\d{2,4}\s*[〕\]】)）]")


_STRONG_SUFFIX = re.compile(
    "(?:" + "|".join(sorted((x for x in UNIT_SUFFIXES if len(x) >= 2), key=len, reverse=True))
    + "|银行|分行|支行|部|委|局|署|厅|办|院)$"
)


_START_AFTER_CHARS = set("，。；：、！？“”‘’（）《》【】 \n将由在对为把的和与及了是从向给至据说经就—")  # "——X": a dash opens a name
_START_AFTER_WORDS = (
    "组建", "设立", "新设", "成立", "增设", "保留", "撤销", "划入", "划归", "并入", "更名为", "改名为", "调整",
    "管理", "代管", "加挂", "整合", "重组", "所属", "直属", "包括", "核增", "核减", "核定", "承担", "指出",
    "表示", "介绍", "以及", "作为", "设置", "下设", "内设", "共设", "设有", "不再", "同时", "其中", "还有",
    "此前", "目前", "此后", "随后", "如今", "当时", "近日", "日前", "后来", "今天", "今日", "原来", "现在",
    "随着", "恢复", "同意", "批复", "重建", "建立",
    "改设", "另设",  # "司法分立，改设民政科": the verb opens no name (t9ext)
    "新增",  # "观光处新增观光永续科"
    "撤并", "复名", "复建", "始建", "创办", "兴办", "筹建", "包含", "挂",  # an event verb that is never part of a name opens one (twelfth session)
    "是年", "同年", "当年", "次年", "翌年", "该年",  # "是年设文教科": a chronicle's year word, then the clause
    "主管单位", "主办单位", "主管部门", "上级单位", "举办单位",  # "X的主管单位Y是…": Y's name starts after the role
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
    # tenth session: a rename's new name, a body sent out by another, a linking verb before a name
    "改称", "复称", "简称", "合称", "称为", "改为", "改建为", "受", "派出", "派驻", "因而", "因此", "是指", "呈报", "协助",
    # twelfth session: a purpose clause's verb before the body it is about ("为了规范X局职能配置")
    "规范", "完善", "理顺", "健全", "强化", "改进", "做好", "提高",
    # thirteenth session: "隶属于X", "位于X", "下辖X", "届时X"
    "属于", "位于", "下辖", "所辖", "届时", "此时",
    # second wave: "X归口县委宣传部领导": the body X is assigned to starts after 归口
    "归口",
    # seventeenth session: another name of the body ("设立A科（又名A馆）")
    "又名", "亦名", "又称", "亦称", "别称",
)  # fmt: skip
_GLUED_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")  # "1942年12月阿东办事处与…"
# "1967年北京市革命委员会成立", "民国23年公安局改为员警所": a chronicle's year glued before its subject
_GLUED_YEAR = re.compile(r"(?:(?:19|20)\d{2}|民国\d{1,2}|民国[一二三四五六七八九十]{1,3})\s*年$")
_HOST_ENDS = set("委局办府室部院厅会心组所站队科股处馆社")
_PLACE_ENDS = set("省市县区州旗")
_STRONG_START = re.compile(r"(?:[省市县区州](?![场容政级委直域])|国家|国务院|中国|中共|中央|全国)")
_NO_STRONG_AFTER = set("城都超门全本该我各两县省市区州镇乡村街")
_PREFIX_DESCRIPTOR = re.compile(rf"(?:{RANK_RE.pattern})?(?:的)?(?:{_KIND_WORD_RE.pattern})?")


# the words above grouped by length: one slice and one set lookup per length (the scan ran once per
# character of every sentence, over every word)
_START_AFTER_BY_LENGTH = tuple((n, frozenset(w for w in _START_AFTER_WORDS if len(w) == n))
                               for n in sorted({len(w) for w in _START_AFTER_WORDS}))


def _is_start(text: str, i: int) -> bool:
    if i and text[i - 1] == "设" and text[i] in "立置":
        return False  # "新设立X": the verb goes on, X starts after it
    if i and text[i - 1 : i + 1] in ("给予", "对于", "由于", "在于", "至于", "关于", "鉴于", "基于", "为了", "范化"):
        return False  # "给予县数据局…": the word goes on, the name starts after it (never "予县数据局")
    if text[max(0, i - 2) : i] == "归口" and text[i : i + 2] in ("管理", "领导", "联系", "指导"):
        return False  # "归口管理办公室": the verb goes on, no body opens at 管理
    if text[i - 1 : i + 1] == "挂牌":
        return False  # "X局挂牌暨送任大会举行": 牌 opens nothing after 挂
    if text[i - 1] == "据" and text[i - 2 : i - 1] in "数根依证占":
        return False  # "原数据局党支部": 据 of 数据 opens nothing
    if i == 0 or text[i - 1] in _START_AFTER_CHARS:
        return True
    if any(i >= n and text[i - n : i] in words for n, words in _START_AFTER_BY_LENGTH):
        return True
    if text[i - 1] in "月日" and _GLUED_DATE.search(text[max(0, i - 12) : i]):
        return True  # a chronicle date written straight before the name, no comma
    if text[i - 1] == "年" and _GLUED_YEAR.search(text[max(0, i - 8) : i]):
        return True
    if text[i - 1] == "撤" and text[i] not in "销消并离出回换区县乡镇市省":
        return True  # a chronicle's bare verb: "某县撤农林科，设农林水利局" (seventeenth session)
    if text[i - 1] in ".．" and text[i - 2 : i - 1].isdigit():
        return True  # "3.政治处。": an item number opens the name
    if text[i - 1] == "设" and text[i - 2 : i - 1] in _HOST_ENDS and text[i] not in "立置计备施在":
        return True  # "高新区党工委设机关党委": a body setting up its own division
    if text[i - 1] == "设" and text[i - 2 : i - 1] in _PLACE_ENDS and text[i] not in "立置计备施在有" \
            and not text.startswith(("区市", "区的市"), i):
        return True  # "某市设某市气象台（挂某区气象局牌子）、…": a place setting up its bodies (x15un)
    if text[i] == "区" and text[max(0, i - 2) : i] in ("开发", "高新"):
        return False  # "开发区党工委", "高新区管委会": no 区… inside the zone's name
    if _place_opens(text, i):
        return True  # "该站属宁乡县农业局领导", "改属浏阳市林业局": a place written in full after a verb opens the name
    return bool(_STRONG_START.match(text, i)) and text[i - 1] not in _NO_STRONG_AFTER


# a character that ends a place's level: a place written in full has one within its first characters
_LEVEL_CHAR = re.compile(r"[省市县区州旗盟]")


def _place_opens(text: str, i: int) -> bool:
    """Whether a place written in full (a county or above, three characters or more: 宁乡县, 浏阳市, 湘西州)
    starts at ``i`` right after a character that is no place's own ("属宁乡县…", "归湘潭县…", "隶攸县…" keeps
    the two-character county out: 和县, 沙县 open ordinary words)."""
    if not i or text[i - 1] in _PLACE_ENDS or text[i - 1] in "镇乡村街" or not _LEVEL_CHAR.search(text, i + 2, i + 13):
        return False
    found = divisions().place_prefix(text[i : i + 24])
    return bool(found) and found[1] >= 3 and i + found[1] < len(text)


# "馆内设A、B…", "该局下设…": a body referred to by its ending opens a list of divisions, no name
_REFERRING_HOST = re.compile(r"(?:该|本)?(?:中心|医院|学校|[局委办院馆站所队厅署])(?:内设|下设|设有|隶属)")


def find_names(text: str) -> list[tuple[int, int, str]]:
    """Unit names mentioned in text: (start, end, cleaned name), left to right."""
    return list(_find_names(text))


@lru_cache(maxsize=4096)
def _find_names(text: str) -> tuple[tuple[int, int, str], ...]:
    out: list[tuple[int, int, str]] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in "，。；：、！？“”‘’（）《》 \n" or not _is_start(text, i):
            i += 1
            continue
        descriptor = _PREFIX_DESCRIPTOR.match(text, i)
        j = i + (len(descriptor.group(0)) if descriptor else 0)
        if text.startswith("和县", j) and out and (out[-1][1] == j or (out[-1][1] == j - 1 and text[j - 1] in "）)")):
            j += 1  # "县委组织部（县公务员局）和县委宣传部": 和 right after a body joins the next, no 和县 (seventeenth session)
        junk = _LEADING_JUNK.match(text[j:])
        if junk and not _REFERRING_HOST.match(text[j:]):
            j += junk.end()  # "撤销原政务局机关党委", "及新组建的X": the name starts after 原/及/新组建的 (thirteenth session)
        span = None if _REFERRING_HOST.match(text[j:]) or _LEADING_JUNK.match(text[j:]) else name_span_at_start(text[j:])
        if span and _DOCUMENT_NUMBER_AFTER.match(text, j + span[0]):
            i = j + span[0]
            continue
        if span:
            # the span starts where the cleaned name does ("设劝业所", "后改实业局": the verb stays outside)
            k = text.find(span[1], j, j + span[0])
            out.append((k if k > j else j, j + span[0], span[1]))
            i = j + span[0]
        else:
            i += 1
    return tuple(out)


_BOUNDARY_BEFORE_NAME = "将由在对为把的、和与及了是从向给至据属就现经说"


def name_at_end(text: str) -> str | None:
    """The longest unit name at the end of text (whole text, else after a boundary char)."""
    text = text.rstrip("”’ ")
    text = strip_item_number(text)
    name = as_name(text)
    if name:
        return name
    for i, ch in enumerate(text):
        if ch in _BOUNDARY_BEFORE_NAME or ch in "，。；：\n":
            # "…规定。\n第二条 X": a new article's number opens the name's line
            name = as_name(strip_item_number(text[i + 1 :]))
            if name:
                return name
    found = find_names(text)
    if found and found[-1][1] == len(text):
        return found[-1][2]
    return None


def split_kind_prefix(text: str) -> tuple[str | None, str | None, str]:
    """'副科级事业机构市投资促进事务中心' -> (rank, kind, name-part); '高层次议事协调机构X' ->
    (None, '议事协调机构', 'X')."""
    rank = None
    kind = None
    rest = text
    m = re.match(rf"^(?:一个|一所|1个)?({RANK_RE.pattern})", rest)
    if m:
        rank = norm_rank(m.group(1))
        rest = rest[m.end() :]
    for km in reversed(list(_KIND_WORD_RE.finditer(rest[:30]))):
        tail = rest[km.end() :]
        head = rest[: km.start()]
        if not tail or len(head) > 12 or re.search(r"[，。；、]", head):
            continue
        if as_name(tail) or name_at_start(tail):
            kind = km.group(1)
            owner = re.sub(RANK_RE.pattern, "", head)
            if owner and _KIND_OWNER.fullmatch(owner):
                kind = owner + kind  # "县政府工作部门县数据局", "国务院设立直属机构X" is read by its owner below
            rank = rank or norm_rank(head)
            rest = tail
            break
    return rank, kind, rest


# the owner written before a kind of unit that precedes a name ("组建县政府工作部门县数据局",
# "设立县政府直属事业单位X"): the kind as the genre words it
_KIND_OWNER = re.compile(r"(?:中共)?(?:[省市县区州旗镇乡]|自治区|自治州|自治县)?(?:委|政府|人民政府|党委)(?:直属|所属|下属)?"
                         r"|(?:国务院|党中央|中共中央)(?:直属|所属)?")


_ROLE = re.compile(r"(?:^|的)(?:行业)?(?:主管|牵头|责任|配合|协办|主办|承办|监管|执法|参加|成员)(?:部门|单位|机构|机关)$")


_DESCRIBED_KIND = re.compile(r"(?:事业单位|工作部门|组成部门|直属机构|派出机构|办事机构|议事协调机构)$")


def kind_phrase(text: str) -> str | None:
    """A kind as written ('国务院组成部门', '市政府工作部门'), or None."""
    kind = normalize_name(text)
    kind = re.sub(r"^(?:一个|一家|)", "", kind)
    kind = re.sub(r"(?<=[部门机构位关])之一$", "", kind)
    if len(kind) > 20 and "的" in kind and _DESCRIBED_KIND.search(kind.rsplit("的", 1)[1]):
        kind = kind.rsplit("的", 1)[1]  # "是省政府设立的专门从事…工作的公益一类事业单位": the kind closes it
    kind = re.sub(r"^[省市县区](?=(?:公益[一二]类)?事业单位$)", "", kind)  # "为市副局级事业单位": 市 is its level  # "是省政府组成部门之一": one of that kind
    if not kind or len(kind) > 20 or not KIND_TAIL.search(kind) or kind in ("单位", "机构", "部门", "机关"):
        return None  # a bare 单位 ("为正科级单位") names no kind
    if re.search(r"[，。；：、\d]", kind):
        return None
    if re.match(r"(?:这|该|此|那|上述|以上)(?:类|些|种|几类|几个)?", kind):
        return None  # "这类单位包括市图书馆…": a pointer back to a class, no kind of its own
    if re.fullmatch(r"[正副]?[\u4e00-\u9fff]{1,3}级(?:单位|机构)", kind):
        return None  # "副军级单位", "副省级机构": a level and a bare 单位 name no kind (as "正科级单位")
    if _ROLE.search(kind) or re.search(r"为|是|首家|首个|第一|唯一|之一|最|[全首]县|全市|全省|全国|一家|一个", kind):
        return None
    owned = re.search(r"(?:的)?(?:所属|下属|二级)(?:单位|机构)$", kind)
    if owned and (not owned.start() or as_name(kind[: owned.start()])):
        return None  # "县卫生健康局所属单位": a parent, not a kind ("中共中央直属机关的下属机构" is a class)  # "是动漫的主管部门", "作为牵头单位": a role in some work, not a kind of unit
    if re.fullmatch(r"(?:省|市|县|区|州|旗|自治区|自治州)(?:人民政府|政府)的?派出机构", kind):
        return "派出机构"  # "为省政府派出机构": the government is its parent (派出), the kind 派出机构
    owner = re.fullmatch(r"(?P<o>(?:省|市|县|区|州|旗|自治区|自治州)(?:人民政府|政府|委|党委))的(?P<k>[^的]{2,12})", kind)
    if owner and KIND_TAIL.search(owner.group("k")) and not owner.group("k").startswith("派出"):
        # "作为县人民政府的工作部门": the owner's kind (县政府工作部门), as "是县人民政府工作部门" is read
        return owner.group("o").replace("人民政府", "政府") + owner.group("k")
    if "的" in kind and not re.search(r"(?:管理|代管|主管|领导|机关|部门|机构|单位)的[^的]+$", kind):
        # "主管全市统计工作的市政府工作部门": the kind after 的 (not "部委管理的国家局"); a bare 机构 is none
        tail = kind.rsplit("的", 1)[1]
        several = kind.count("的") > 1 and not _DESCRIBED_KIND.search(tail)  # "…设立的专门从事…工作的事业单位"
        if several or tail in ("机构", "部门", "单位", "机关") or not KIND_TAIL.search(tail):
            return None
        kind = tail
    if re.fullmatch(r"(?:新|新设|新增|新组建|新成立)(?:的)?(?:部门|机构|单位|机关)", kind):
        return None  # "是…机构改革组建的新部门": new, no kind (units14)
    return kind


# ---------------------------------------------------------------------------
# Numbers and dates
# ---------------------------------------------------------------------------


def cn_int(text: str | None) -> int | None:
    if text is None:
        return None
    return parse_cn_number(text)


_DATE_RE = re.compile(r"(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")


_DAY_RE = re.compile(r"(?:(\d{4})\s*年|今年|本年|(去年|上年|前年))?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?!电|讯|的报道|报道|的消息|消息|发布的|刊发)")
_YEARS_BACK = {"去年": 1, "上年": 1, "前年": 2}
_YEAR_RE = re.compile(r"(?:^|[，。；])\s*(?:在|于)?(\d{4})\s*年(?!以来|来|以前|前|底前|之前|起|开始)")


def event_date(text: str, doc_date: str | None) -> str | None:
    """A day named in the sentence ("2月22日，…挂牌成立"; "今年3月11日公布的方案"), with the
    document's year when the sentence gives none."""
    m = next((d for d in _DAY_RE.finditer(text) if not in_cited_basis(text, d.start())
              and not _AS_OF.search(text, max(0, d.start() - 4), d.start())), None)
    if not m:
        return glued_day(text, doc_date) or _relative_day(text, doc_date)
    republican = None if m.group(1) or m.group(2) else _MINGUO_BEFORE.search(text[:m.start()])
    year = m.group(1) or (minguo_year(republican) if republican else None) or (doc_date[:4] if doc_date else None)
    if not year:
        return None
    if republican and minguo_year(republican):
        return format_date(minguo_year(republican), m.group(3), m.group(4)) or None  # "民国二十七年（1938年）7月10日"
    if m.group(2):
        year = str(int(year) - _YEARS_BACK[m.group(2)])  # "去年10月12日": the year before the document's
    month, day = int(m.group(3)), int(m.group(4))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    found = f"{int(year):04d}-{month:02d}-{day:02d}"
    if not m.group(1) and not m.group(2) and doc_date and len(doc_date) >= 7 and found[:len(doc_date)] > doc_date:
        # "8月31日，…" in a report of 2024-03-22: a report tells of no day after its own, so the year before
        found = f"{int(year) - 1:04d}-{month:02d}-{day:02d}"
    return found


# "截至2015年1月4日，A已完成…" / "截止到2019年3月31日，…": a status as of that day (work done by then), not the day of the
# event; the event takes its paragraph's or the document's date
_AS_OF = re.compile(r"(?:截至|截止|截止到|截至到)\s*$")
_MINGUO_BEFORE = re.compile(MINGUO_YEAR.pattern + r"\s*$")


# a day whose 年/月 (or 月/日) the page dropped: "2016112日上午，…正式挂牌", "1230上午，…揭牌" (month 12, day 30)
_GLUED_DAY = re.compile(r"(?:^|(?<=[，。；：\s]))(?:((?:19|20)\d{2})(\d{3,4})日|([1-9]\d{2,3})(?=上午|下午|晚上))")


def glued_day(text: str, doc_date: str | None) -> str | None:
    """The day of a clause-opening date written in digits alone, its 年/月 or 月/日 lost by the page: the readings that
    are days, none after the document's own day (a report tells of no later day); the latest of them when they still
    differ ("2016112日" in a page of 2016-01-13: 2016-01-12, not 2016-11-02). A year comes from the document's date."""
    m = _GLUED_DAY.search(text)
    if not m or in_cited_basis(text, m.start()):
        return None
    year, rest = (m.group(1), m.group(2)) if m.group(1) else (doc_date[:4] if doc_date else None, m.group(3))
    if not year:
        return None
    readings = glued_readings(year, rest) | (set() if m.group(1) else glued_readings(str(int(year) - 1), rest))
    page_day = doc_date if doc_date and len(doc_date) == 10 else None
    if page_day:
        readings = {r for r in readings if r <= page_day}
    elif not m.group(1):
        return None  # no year written and no day of the document to place the month and day in
    if not readings or (not page_day and len(readings) > 1):
        return None  # two readings and no page day to choose by
    return max(readings)


# "根据省委编委2018年12月20日的批复，组建X": the day of the document the action rests on, not of the action
_CITED_BASIS = re.compile(r"(?:根据|按照|依据|依照|参照|遵照)[^，。；：]{0,30}$")
_CITED_TAIL = re.compile(r"^[^，。；：]{0,24}?(?:批复|通知|方案|意见|决定|文件|精神|要求|规定|纪要|函)")


def in_cited_basis(text: str, pos: int) -> bool:
    """Whether the day at pos belongs to the document a "根据/按照…的批复" phrase cites (a plan "公布/印发的方案"
    is left to the paragraph date, ``_PLAN_DATE``)."""
    return bool(_CITED_BASIS.search(text[max(0, pos - 30):pos]) and _CITED_TAIL.match(text[pos:pos + 40]))


_THIS_MONTH_DAY = re.compile(r"(?:本月|当月)\s*(\d{1,2})\s*日")
_YESTERDAY = re.compile(r"(?:^|[，。；：\s])(?:昨天|昨日)")


def _relative_day(text: str, doc_date: str | None) -> str | None:
    """A day written relative to the document's own day: "本月12日" (the document's month), "昨天上午"
    (the day before the document's day). Nothing without a document date precise enough."""
    m = _THIS_MONTH_DAY.search(text)
    if m and doc_date and len(doc_date) >= 7:
        try:
            return date(int(doc_date[:4]), int(doc_date[5:7]), int(m.group(1))).isoformat()
        except ValueError:
            return None
    if _YESTERDAY.search(text) and doc_date and len(doc_date) == 10:
        return (date.fromisoformat(doc_date) - timedelta(days=1)).isoformat()
    return relative_year(text, doc_date)


_RELATIVE_YEAR = re.compile(r"(?:^|[，。；：\s])\s*(今年|本年|去年|上年|前年)(?:\s*(\d{1,2})\s*月)?(?!以来|来|以前|前|底前)")


def relative_year(text: str, doc_date: str | None) -> str | None:
    """"今年3月，X更名为Y" / "去年，撤销Z": the document's year (or the one or two before), with the month when written."""
    m = _RELATIVE_YEAR.search(text)
    if not m or not doc_date:
        return None
    year = int(doc_date[:4]) - _YEARS_BACK.get(m.group(1), 0)
    month = int(m.group(2)) if m.group(2) else 0
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else str(year)


_ATTRIBUTION = re.compile(r"^\s*(?:据(?:介绍|了解|悉|统计)|另悉|记者(?:从[^，,。]{1,20})?(?:了解到|获悉))\s*[，,](?=\s*(?:19|20)\d{2}\s*年)")


def narrative_date(text: str) -> str | None:
    """The year (and month) a chronicle sentence opens with: "1992年，…" → "1992";
    "1992年3月，…" → "1992-03" (a full day is ``event_date``'s). A numbered item's number goes
    first ("（三）1957年，…", "2.1951年2月，…", "3、1957年，…")."""
    text = re.sub(r"^\s*\d{1,2}\s*[.．、]\s*(?=(?:19|20)\d{2}\s*年)", "", strip_item_number(text))
    # "据介绍，2017年初，…": a reporter's attribution before the chronicle's own opener
    text = _ATTRIBUTION.sub("", text)
    text = re.sub(r"^\s*【[^】]{1,12}】\s*", "", text)  # "【机构改革】 2021年6月2日，…": a yearbook entry's heading word
    text = arabic_dates(text)  # "一九九二年三月，…" / "二〇一八年十月，…": the opener in Arabic digits
    # "内丘县人民委员会 1954年，…" / "《某县报》 1993年5月，…" / "机构 1946年，…": a 志's section heading run into its
    # first line (the printed space joined by normalization) before the entry's opener and its comma
    text = _INLINE_HEADING.sub("", text, count=1)
    # "到1954年9月，A改为B" / "一直到1962年4月，…": the point a chronicle entry reached, its date
    text = re.sub(r"^\s*(?:一直到|直到|到了|到|至)(?=\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*[，,])", "", text)
    republican = MINGUO_YEAR.match(text.lstrip())
    if republican and minguo_year(republican):
        # "民国16年（1927），改县公署为县政府" / "民国二十七年（1938年）7月，…": the chronicle's year in the Western count
        rest = text.lstrip()[republican.end():]
        month = re.match(r"\s*([一二三四五六七八九十]{1,2})月", rest)  # "民国二十八年三月，…"
        if month and (number := cn_int(month.group(1))) and 1 <= number <= 12:
            rest = f"{number}月" + rest[month.end():]
        text = f"{minguo_year(republican)}年" + rest
    m = re.match(r"^\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?:\s*\d{1,2}\s*日)?"
                 r"(?:的?[\u4e00-\u9fff]{0,4}?(?:机构改革|改革)(?:中|时|期间)?)?\s*[，,、]", text)
    if not m:
        # "1983—1985年，先后撤销…" / "1954年10月~1956年4月，先后增设…": a period opens the entry; its start
        m = re.match(r"^\s*((?:19|20)\d{2})\s*(?:年(?:\s*(\d{1,2})\s*月)?)?\s*[—–\-~～至到]+\s*(?:(?:19|20)\d{2}\s*年)?"
                     r"(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:期间|间)?\s*[，,]", text)
    if not m:
        # "1982年2月初，…" / "1983年底，…": a point in the month (or the year) the chronicle opens with
        m = re.match(r"^\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月\s*(?:初|底|末|上旬|中旬|下旬)|初|底|末|上半年|下半年|[春夏秋冬]季?)"
                     r"\s*[，,]", text)  # also "1983年下半年，…", "1958年春，…"
    if not m:
        # "1972年设立县科学技术办公室", "1978年3月恢复县科委": a chronicle's year (and month) written straight before its verb
        # "1954年山西省撤销解县": a province (or autonomous region) as the subject between the year and the verb
        m = re.match(r"^\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?:份)?(?=(?:[\u4e00-\u9fff]{2,6}?(?:省|自治区))?(?:又|再|重新)?(?:设立|成立|组建|撤销|撤消|撤并|恢复|"
                     r"复设|增设|新设|更名|改称|改名|合并|并入|划归|升格|降格|不再保留|挂牌|揭牌|(?:与|同)[^，。；]{2,40}?合并|"
                     r"(?:又|再|复)?改[^，。；为]{2,40}?为))", text)  # "1963年改人事科为人事局"
    if not m:
        # "1958年将A、B合并为C" / "1962年3月将甲县划归乙市": a year (and month) written straight before 将 and its object
        m = re.match(r"^\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?=将[^，。；]{2,60}?(?:合并|并入|划归|划入|更名|改称|改名|"
                     r"改为|改建|撤销|升格|降格|分为|拆分|整合))", text)
    if not m:
        # "1958年在A的基础上，成立B" / "1984年以A为基础组建B": a year written straight before the body a new one is made on
        m = re.match(r"^\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?=(?:在[^，。；]{2,60}?基础上|以[^，。；]{2,60}?为基础)[，,]?\s*"
                     r"(?:重新)?(?:组建|设立|成立|建立))", text)
    if not m:
        # "1993年河北省完县更名为顺平县": a year written straight before a province naming the subject
        m = re.match(r"^\s*((?:19|20)\d{2})\s*年()(?=[\u4e00-\u9fff]{2,6}?(?:省|自治区)[\u4e00-\u9fff])", text)
    if not m:
        # "1949年5月25日 奉…电令，X成立" (the printed space joined): a full day glued to the chronicle's entry
        m = re.match(r"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日(?=[\u4e00-\u9fff])(?!电|讯|报道|消息|起|以来|前|后|至|到)", text)
    if not m:
        # "1942年12月阿东办事处与…合并": a chronicle's year and month written straight before its subject
        m = re.match(r"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)(?![底初中上下]旬?|起|以来|以后|以前|前|后|至|到|份)"
                     r"(?=[\u4e00-\u9fff])", text)
    if not m:
        # "1978年政治处改为政工科" / "1980年局内增设X" / "1973年文教分开，成立X": a chronicle's year glued to a short subject
        # (or a short clause) and then its event verb; never a period word, a report or a budget of the year
        m = _YEAR_GLUED.match(text)
    if not m:
        # "县委于2019年2月印发方案，组建X" / "北京当局于2023年3月依据改革方案，在A基础上成立B": the date the sentence's subject
        # acted on, written after it with 于, before the plan it acted by (or a comma) and the events that follow
        m = _SUBJECT_ON_A_DATE.match(text)
    if not m:
        # "1935年废闾邻，行保甲。" / "1956年撤区并乡。": a year glued to a short clause of a measure (two to six characters
        # up to the clause's end) opens a chronicle entry; its paragraph's later sentences carry that year
        m = _YEAR_GLUED_MEASURE.match(text)
    if not m:
        # "四川某县在2019年机构改革中，将…" / "县档案局在2001年的机构改革中更名为…": the reform of a year, written after the
        # subject (also in a later clause: "这种整合早有先例，某县在2019年机构改革中…")
        m = _REFORM_OF_A_YEAR.search(text)
    if not m:
        return None
    month = int(m.group(2)) if m.group(2) else 0
    return f"{m.group(1)}-{month:02d}" if 1 <= month <= 12 else m.group(1)


_INLINE_HEADING = re.compile(
    r"^\s*(?:《[^》]{1,14}》|[\u4e00-\u9fff（）()]{1,16}?(?:人民政府|政府|委员会|公署|局|厅|办公室|办|部|科|处|所|站|院|馆|会|队|社|组|室|"
    r"中心)|机构|沿革|建置|概况|通讯)[ \t\u3000]*(?=(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*[，,])")
_GLUED_VERB = r"(?:设立|成立|组建|撤销|撤消|撤并|恢复|增设|新设|更名|改称|改名|改为|合并|并入|划归|升格|降格|不再保留|挂牌|揭牌)"
_YEAR_GLUED = re.compile(r"^\s*((?:19|20)\d{2})\s*年()(?![底初末中上下]|起|以来|来|以后|以前|之前|前|后|至|到|份|度|代|的|内|间|开始|左右|工作|部门|预算|决算|全年)"
                         r"(?=[\u4e00-\u9fff]{2,10}?" + _GLUED_VERB + r"|[\u4e00-\u9fff]{2,8}[，,]" + _GLUED_VERB + ")")
_SUBJECT_ON_A_DATE = re.compile(r"^\s*(?!根据|按照|依据|依照|遵照|参照|经|据|对|在|从|自|到|至)[\u4e00-\u9fff][\u4e00-\u9fff、]{1,13}?(?<![建立设始成撤并改销名])于\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?:\s*\d{1,2}\s*日)?"
                                r"(?=(?:依据|根据|按照|依照|印发|出台|下发|公布|召开)(?![^，,。；]{0,3}的)|[，,]"
                                # "县农业局于1950年4月撤销" / "A于1984年5月与B合并，组建C": the subject's own event on that date
                                r"|(?:正式|先后|相继|再次|又|被)?(?:撤销|撤消|撤并|成立|设立|组建|建立|恢复|更名|改称|改名|改为|合并|并入|"
                                r"划归|划入|升格|降格|挂牌|揭牌|不再保留)(?![^，,。；]{0,2}的)"
                                r"|(?:与|同|和)[^，,。；]{2,30}?(?:合并|合署|分设|分开))")
_YEAR_GLUED_MEASURE = re.compile(r"^\s*((?:19|20)\d{2})\s*年()(?![底初末中上下]|起|以来|来|以后|以前|之前|前|后|至|到|份|度|代|的|内|间|开始|左右|全年|\d)"
                                 r"(?=[\u4e00-\u9fff]{2,6}[，。；,;])")
_REFORM_OF_A_YEAR = re.compile(r"(?:^|(?<=[，,]))[^，,。；：、“”《》]{0,30}?在\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?:开展的|进行的|实施的|的)?"
                               r"(?:新一轮|全[省市县区州旗]|[省市县区州旗]级|党政|政府)*(?:机构改革|体制改革|机构调整)(?:中|时|期间|过程中)")


_PLAN_DATE = re.compile(r"(?:根据|按照|依据)[^，。；]{0,6}?((?:\d{4}\s*年|今年|本年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                        r"(?:公布|通过|印发|批准|发布|审议通过|批复)的[^，。；]{0,30}?(?:方案|决定|意见|通知|批复)")


def note_paragraph_date(sent: Sentence, ctx: Ctx) -> None:
    """Notes the paragraph's date (``_paragraph_date``) and, when the sentence got one, its line's for the next line."""
    _paragraph_date(sent, ctx)
    if ctx.paragraph_date and ctx.paragraph_date[0] == sent.line:
        ctx.line_date = ctx.paragraph_date


def _paragraph_date(sent: Sentence, ctx: Ctx) -> None:
    """The date a paragraph gives its later sentences: a chronicle paragraph that opens with its
    year ("1989年，经省人民政府批准：撤销…。经市委批准设立…。"), or a plan dated by the day it
    was published ("根据今年3月11日公布的国务院机构改革方案，组建…。…不再保留…。")."""
    heading = _DATE_LINE.fullmatch(sent.text.strip())
    if heading:
        # "2024年1月5日" on a line of its own: the date of the list item (paragraphs) under it
        ctx.heading_date = date_in(sent.text.strip())
        ctx.paragraph_date = None
        return
    year_heading = _YEAR_LINE.fullmatch(sent.text.strip())
    cn_heading = None if year_heading else _CN_YEAR_LINE.fullmatch(sent.text.strip())
    if year_heading or cn_heading:
        # "1984年" (or "一九八四年") on a line of its own (a 大事记's or yearbook's year): the year of the entries under it
        ctx.heading_date = ctx.chronicle_year = year_heading.group(1) if year_heading else cn_year(cn_heading.group(1))
        ctx.paragraph_date = None
        return
    if ctx.paragraph_date and ctx.paragraph_date[0] != sent.line:
        ctx.paragraph_date = None
    ctx.opener_date = None
    decided = _decision_line_date(sent, ctx)
    if decided and not date_in(sent.text):
        # "1964年6月9日…通过《…的决议》：⏎设立A，撤销B。": the items under a dated decision take its day
        ctx.paragraph_date = (sent.line, decided)
        ctx.decision_date = (sent.line, decided)
        return
    month = _MONTH_OPENER.match(strip_item_number(sent.text))
    day_only = None if month else _DAY_OPENER.match(strip_item_number(sent.text))
    base = (ctx.paragraph_date[1] if ctx.paragraph_date else
            ctx.heading_date if ctx.heading_date and len(ctx.heading_date) == 4 else None)
    if (month or day_only) and base is None:
        # "12月1日，…" on a line of its own after a dated line of a chronicle: the year that line gave
        base = carried_line_date(sent, ctx)
    year = base[:4] if base else None
    if month and year:
        # "3月，…" / "12月5日，…" under a year heading or after the paragraph's dated sentence: that year
        mo, day = next((month.group(k), month.group(k + 1)) for k in (1, 3, 5) if month.group(k))
        opener = format_date(year, mo, day) or format_date(year, mo)
        if opener:
            ctx.paragraph_date = (sent.line, opener)
            ctx.opener_date = (sent.index, opener)
            return
    if day_only and base and len(base) >= 7:
        # "26日，…" after "11月25日，…": the year and month of the date before
        opener = format_date(year, base[5:7], day_only.group(1))
        if opener:
            ctx.paragraph_date = (sent.line, opener)
            ctx.opener_date = (sent.index, opener)
            return
    opens_line = opens_its_line(sent, ctx)
    year = narrative_date(sent.text)
    if year:
        ctx.chronicle_year = year[:4]
    if year and (opens_line or ctx.paragraph_date):
        # "1958年2月11日…通过《…决定》撤销A。B的工作交由C管理。": the paragraph's leading day, at its precision
        day = _OPENING_DAY.match(strip_item_number(sent.text))
        full = date_in(day.group(0)) if day else None
        ctx.paragraph_date = (sent.line, full if full and full.startswith(year) else year)
        return
    same = re.match(r"^\s*(同年|当年|是年|次年|翌年|第二年)(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?",
                    _CN_MONTH_DAY.sub(_arabic_month_day, sent.text[:12]))  # "同年十月，…" as "同年10月，…"
    if same and ctx.chronicle_year:
        # "同年，…" / "是年，…" / "次年3月，…" / "是年12月11日，…": the year of the chronicle sentence before
        y = int(ctx.chronicle_year) + (0 if same.group(1) in ("同年", "当年", "是年") else 1)
        month = int(same.group(2)) if same.group(2) else 0
        ctx.paragraph_date = (sent.line, format_date(str(y), same.group(2), same.group(3)) or
                              (f"{y}-{month:02d}" if 1 <= month <= 12 else str(y)))
        ctx.chronicle_year = str(y)
        return
    m = _PLAN_DATE.search(sent.text)
    if m:
        day = event_date(m.group(1), ctx.doc_date)
        if day:
            ctx.paragraph_date = (sent.line, day)


_OPENING_DAY = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?!电|讯|起|以来|前|后|至|到)")
_FULL_DAY = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _decision_line_date(sent: Sentence, ctx: Ctx) -> str | None:
    """The day of a decision whose items are the lines under it: the line before the sentence's line ends with a colon
    (or is a decision's title line, "…通过《…的决定》" with no colon) and gives a full day ("1964年6月9日…会议通过《…的
    决议》：", the last day it gives), or that line is itself such an item (a list of items, each on its line, none dated)."""
    k = sent.line - 1
    if ctx.decision_date and ctx.decision_date[0] == sent.line:
        return ctx.decision_date[1]  # a later sentence of the same item line
    if k < 0:
        return None
    prev = ctx.dt.line_text(k).strip()
    if prev.endswith(("：", ":")) or (prev.endswith("》") and re.search(r"通[过過]|公布|批[准準]|[发發]布|印[发發]|作出", prev)):
        days = _FULL_DAY.findall(prev)
        return date_in(days[-1]) if days else None
    if ctx.decision_date and ctx.decision_date[0] == k and not date_in(prev[:12]):
        return ctx.decision_date[1]
    return None


def carried_line_date(sent: Sentence, ctx: Ctx) -> str | None:
    """The date a chronicle's previous line gave, for a line opening with a month or a day and no year
    ("1950年4月22日，撤销A。⏎6月27日，B改称C。"): only when the sentence opens its line and the line
    before it opens with a date too (a run of dated entries, not a report's prose)."""
    if not ctx.line_date or not opens_its_line(sent, ctx) or sent.index == 0:
        return None
    before = ctx.dt.sentences[sent.index - 1]
    if ctx.line_date[0] > before.line or not _DATED_LINE.match(ctx.dt.line_text(before.line)):
        return None
    return ctx.line_date[1]


_DATED_LINE = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]\s*)?(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月|\d{1,2}\s*日)")


def opens_its_line(sent: Sentence, ctx: Ctx) -> bool:
    """Whether the sentence is the first of its line (constant time: no slicing of long lines)."""
    sentences = ctx.dt.sentences
    k = sent.index - 1
    return k < 0 or k >= len(sentences) or sentences[k].line != sent.line


# "3月，…" / "4月12日，…" / "4月1日县人民教育基金会成立" (a 大事记's day, its spaces joined by normalization)
_MONTH_OPENER = re.compile(r"^\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(?:初|底|末|上旬|中旬|下旬)?\s*[，,、]"
                           r"|^\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:至\d{1,2}日)?(?=[\u4e00-\u9fff])(?!电|讯|报道|消息)"
                           # "12月某派出所成立" / "3月中旬某检查站成立" (a 大事记's month, its printed spaces joined)
                           r"|^\s*(\d{1,2})\s*月()(?:初|底|末|上旬|中旬|下旬)?(?=[\u4e00-\u9fff])"
                           r"(?!份|以来|来|起|以后|以前|之前|前|后|至|到|底前|初前|中下旬|上中旬)")
# "26日，…" / "17日，…": a day opening a sentence of a chronicle, its month and year those of the date before
_DAY_OPENER = re.compile(r"^\s*(\d{1,2})\s*日\s*[，,]")
_YEAR_LINE = re.compile(r"((?:19|20)\d{2})\s*年\s*[：:]?")
_CN_DIGITS = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
              "八": "8", "九": "9"}
_CN_YEAR_LINE = re.compile(r"([一二][〇零○一二三四五六七八九]{3})\s*年\s*[：:]?")


_CN_DATE = re.compile(r"([一二][〇零○Ｏ一二三四五六七八九]{3})年(?:([一二三四五六七八九十]{1,2})月"
                      r"(?:([一二三]?十?[一二三四五六七八九十]?)日)?)?")


_CN_MONTH_DAY = re.compile(r"(?<=年)([一二三四五六七八九十]{1,2})月(?:([一二三]?十?[一二三四五六七八九十]?)日)?")


def _arabic_month_day(m: re.Match[str]) -> str:
    month, day = cn_int(m.group(1)), cn_int(m.group(2)) if m.group(2) else None
    if not month or (m.group(2) and not day):
        return m.group(0)
    return f"{month}月" + (f"{day}日" if day else "")


def arabic_dates(text: str) -> str:
    """Dates written in Chinese numerals ("一九九二年三月，…", "…批准于一九六三年五月正式成立", "二〇一八年十月十日") in Arabic
    digits, so every date rule reads them (for reading a date only: the text's offsets change)."""
    if "年" not in text:
        return text

    def arabic(m: re.Match[str]) -> str:
        out = f"{cn_year(m.group(1))}年"
        for group, unit in ((2, "月"), (3, "日")):
            if m.group(group):
                number = cn_int(m.group(group))
                if not number:
                    return m.group(0)
                out += f"{number}{unit}"
        return out

    return _CN_DATE.sub(arabic, text)


def cn_year(text: str) -> str:
    """"一九九二" → "1992" (a year written digit by digit in Chinese numerals)."""
    return "".join(_CN_DIGITS[c] for c in text)
# a sentence dated by the report itself ("近日，X正式挂牌"): no chronicle or paragraph date reaches it
_REPORT_TIME = re.compile(r"^\s*(?:近日|日前|近期|目前|今天|今日|昨天|昨日|上午|下午|本月|本周|近年来|当前|今年|去年|上年|前年)")


def sentence_date(sent: Sentence, ctx: Ctx, text: str | None = None) -> str | None:
    """The date of the events a sentence states (every reader's, one scope rule): a day written in it; a chronicle
    opener's year (and month); else the date its paragraph, heading or chronicle runs with. A day written without its
    year ("在此基础上，12月31日，组建X" after "1937年11月，…" in the same paragraph) takes the running year, not the
    document's."""
    text = arabic_dates(sent.text if text is None else text)
    running = paragraph_date(sent, ctx)
    base = running[:4] if running and not _from_the_document(sent.text) else ctx.doc_date
    return event_date(text, base) or narrative_date(text) or running


def _from_the_document(text: str) -> bool:
    """Whether the sentence speaks from the report's own time ("近日，…", "今年3月…", "本月16日", "昨天"): its days count
    from the document's date, never from a running chronicle year."""
    return bool(_REPORT_TIME.match(text) or _RELATIVE_YEAR.search(text) or _THIS_MONTH_DAY.search(text)
                or _YESTERDAY.search(text))


def date_running_days(sent: Sentence, ctx: Ctx, events: list) -> None:  # type: ignore[type-arg]
    """The same scope rule for the events any reader dated by the document's year: a day written without its year in a
    paragraph (heading, chronicle) running with a year takes that year ("1950年3月，县人民政府成立。4月12日，设立县财政科"
    in a county's history printed in 2020: 1950-04-12, not 2020-04-12)."""
    running = paragraph_date(sent, ctx)
    if not running or _from_the_document(sent.text):
        return
    own, by_document = event_date(sent.text, running[:4]), event_date(sent.text, ctx.doc_date)
    if not own or own == by_document:
        return
    for e in events:
        if e.date == by_document:
            e.date = own


def paragraph_date(sent: Sentence, ctx: Ctx) -> str | None:
    if _REPORT_TIME.match(sent.text):
        # a day heading ("2024年1月5日" on its own line) is the report's own day; a chronicle year is not
        return ctx.heading_date if ctx.heading_date and len(ctx.heading_date) >= 7 else None
    if ctx.paragraph_date and ctx.paragraph_date[0] == sent.line:
        return ctx.paragraph_date[1]
    return ctx.heading_date


_DATE_LINE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[：:]?")


def figure_year(text: str) -> str | None:
    """The year a figure belongs to ("2021年，共下达周转编制56名"), not a period ("2021年以来")."""
    m = _YEAR_RE.search(text)
    return m.group(1) if m else None


def date_in(text: str) -> str | None:
    """The first full date phrase ('2019年3月1日' -> '2019-03-01') in text."""
    m = _DATE_RE.search(text)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    if month:
        return f"{int(year):04d}-{int(month):02d}"
    return year


# ---------------------------------------------------------------------------
# Document text and sentences
# ---------------------------------------------------------------------------


@dataclass
class Sentence:
    text: str  # normalized
    nstart: int  # offsets in the normalized text
    nend: int
    line: int  # index of the normalized line
    index: int = 0

    def clauses(self, seps: str = "；") -> list[tuple[int, str]]:
        """(offset in sentence, clause) split at the given separators outside brackets."""
        out: list[tuple[int, str]] = []
        depth = 0
        start = 0
        for i, ch in enumerate(self.text):
            if ch in "（“《【":
                depth += 1
            elif ch in "）”》】":
                depth = max(0, depth - 1)
            elif ch in seps and depth == 0:
                out.append((start, self.text[start:i]))
                start = i + 1
        out.append((start, self.text[start:]))
        return [(o, c) for o, c in out if c.strip()]


_CELL_TAB = re.compile(r"(?<=[^\s|])\t+(?=[^\s|])")
# a web page's anti-scrape noise (sixteenth session, lists): a random string of half-width letters, digits and
# punctuation standing apart at a paragraph's end ("…的中枢地位。 l6.2Iu3:1Zo7=3w"), which would glue a wrapped list's
# lines into one item: letters in three runs at least, digits in three runs at least, two punctuation marks; a
# token with a word in it (4+ letters in a row: a URL, an English word), a date, a phone or a code is never one
_SCRAPE_NOISE = re.compile(r"(?<=\s)(?=(?:[^A-Za-z\s]*[A-Za-z]+(?![A-Za-z])){3})(?=(?:[^\d\s]*\d+(?!\d)){3})(?=(?:[^,.;:=+?\-\s]*[,.;:=+?\-]){2})"
                           r"(?![!-~]*[A-Za-z]{4})[A-Za-z\d,.;:=+?\-]{10,24}(?=[ \t]*(?:\n|$))")


def blank_scrape_noise(text: str) -> str:
    """``text`` with every anti-scrape noise string replaced by as many spaces (offsets hold)."""
    return _SCRAPE_NOISE.sub(lambda m: " " * len(m.group()), text)


@dataclass
class DocText:
    raw: str
    text: str
    offsets: list[int]
    sentences: list[Sentence] = field(default_factory=list)
    lines: list[tuple[int, int]] = field(default_factory=list)  # normalized line spans
    gaps: list[tuple[int, int]] = field(default_factory=list)  # normalized gap spans

    @classmethod
    def build(cls, raw_text: str) -> DocText:
        flat = unflatten_one_line(raw_text)  # same length: offsets into raw_text hold
        # a table's cells (the docx and html readers join them with a tab) stay apart: normalization
        # would join two CJK cells into one run of text ("县公安局\t协助…" → "县公安局协助…")
        flat = _CELL_TAB.sub(lambda m: "|" * len(m.group()), flat)
        flat = blank_scrape_noise(flat)
        text, offsets = normalize_with_map(flat)
        text, offsets = _join_wrapped_lines(text, offsets)
        doc = cls(raw_text, text, offsets)
        pos = 0
        for line in text.split("\n"):
            doc.lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        doc.gaps = [(m.start(), m.end()) for m in GAP_MARK.finditer(text)]
        for k, (s, e) in enumerate(split_sentences(text)):
            doc.sentences.append(Sentence(text[s:e], s, e, doc.line_of(s), k))
        return doc

    def line_of(self, pos: int) -> int:
        lo, hi = 0, len(self.lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.lines[mid][0] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def line_text(self, index: int) -> str:
        s, e = self.lines[index]
        return self.text[s:e]

    def raw_span(self, nstart: int, nend: int) -> tuple[int, int]:
        if not self.offsets:
            return 0, 0
        return original_span(self.offsets, nstart, nend)

    def prov(self, doc_id: str, nstart: int, nend: int) -> Provenance:
        start, end = self.raw_span(nstart, nend)
        return Provenance(doc_id, start, end, self.raw[start:end])

    def followed_by_gap(self, nend: int) -> bool:
        """Whether only whitespace separates position nend from a gap mark (or the end)."""
        # no copy of the rest of the text and a binary search over the gaps (in text order):
        # both were linear per call, which made ingest quadratic in the document's size
        from bisect import bisect_left

        nonspace = re.compile(r"\S").search(self.text, nend)
        if nonspace is None:
            return True
        k = bisect_left(self.gaps, (nonspace.start(),))
        return k < len(self.gaps) and self.gaps[k][0] == nonspace.start()

    def contains_gap(self, nstart: int, nend: int) -> bool:
        return any(s < nend and e > nstart for s, e in self.gaps)


_LINE_MARK = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[条章]|\d+[.．、]|"
    r"#|\[|【|［|—|-|\*|▲)"
)


# a year cut by a printed page's width ("…工作。1\n957年6月起，…"): prose, then digits on both sides
_YEAR_CUT = re.compile(r"[。，；](?:1|19\d?|2|20\d?)\n\d{1,3}年$")


# a printed page's line that goes on with a figure or a bracket (fourteenth session): "…1968年3月⏎19日，成立…",
# "…福利⏎7个组。", "…革命委员会⏎（未经…选举，简称县革委），…"; never an item number ("（一）", "1．")
_GOES_ON = re.compile(r"\d{1,4}\s*(?:年|月|日|个|名|人|余|多)|[（(](?![一二三四五六七八九十\d]{1,3}[)）])")


# an item or article line the page wrapped ("（一）负责全县林业生态建设的监督⏎管理。", "第二条 X是县政府工作部门，为正科⏎级。"):
# its body after the number is prose (a "，", or a duty verb opening it) and the next line goes on with the
# sentence (a character, no number of its own, punctuation of a sentence on it); a heading ("（一）办公室",
# "二、内设机构") is too short or has no prose, and a bracket or a sentence's end closes a line for good
_ITEM_PROSE = re.compile(r"(?:负责|承担|组织|拟订|拟定|制定|指导|协调|贯彻|研究|监督|参与|统筹|推进|开展|管理|落实|"
                         r"[^\n，]*?(?:是|为)[^\n，]*?(?:部门|机构|单位))")


# text copied from a printed page (a yearbook, county annals; fifteenth session): its lines fill one display width
# (``readers.text.printed_width``); a line that fills it and ends without a sentence's or an item's end goes on in the
# next, whatever the next line opens with ("…桃园镇、王庄镇⏎、安临站镇3个…", "…党政管理机构⏎14个")
_PRINTED_FULL = 0.85  # a line this share of the width fills it (punctuation at a line's end moves it)
_PRINTED_MIN_WRAPS = 3


def _printed_page_wraps(lines: list[str]) -> set[int]:
    """Indices of the lines of a printed page that go on in the next line (none when the text is no printed page)."""
    width = printed_width(lines)
    if width is None:
        return set()
    widths = [display_width(line) for line in lines]
    wraps = {k for k in range(len(lines) - 1)
             if widths[k] >= _PRINTED_FULL * width and lines[k + 1].strip()
             and not re.search(r"[。！？；：”’」』）)!?;:]$", lines[k].rstrip())
             and not _LINE_MARK.match(lines[k + 1]) and "|" not in lines[k] and "|" not in lines[k + 1]}
    return wraps if len(wraps) >= _PRINTED_MIN_WRAPS else set()


def _wrapped_item_line(body: str, nxt: str, unpadded: bool) -> bool:
    mark = _LINE_MARK.match(body)
    if not mark or not unpadded or "|" in body or "|" in nxt or _LINE_MARK.match(nxt):
        return False
    rest = body[mark.end():].strip()
    return (len(rest) >= 12 and not re.search(r"[。！？；：”’」』）)!?;:]$", rest)
            and ("，" in rest or bool(_ITEM_PROSE.match(rest)))
            and bool(re.match(r"[\u4e00-\u9fff“‘《]", nxt)) and bool(re.search(r"[。；，]", nxt)))


def _wrapped_enumeration(body: str, nxt: str) -> bool:
    """A line ending with the enumeration comma "、" goes on in the next (sixteenth session, lists): no sentence or
    heading ends with it, so a list a page wrapped ("…设科（室）5个，分别为：A、B、⏎C、D、E。") is one sentence; the next
    line opens with a character or a bracket, never with an item number or a gap mark."""
    return (body.endswith("、") and bool(re.match(r"[\u4e00-\u9fff“‘《（(]", nxt.lstrip()))
            and not _LINE_MARK.match(nxt) and "|" not in body and "|" not in nxt)


def _join_wrapped_lines(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Rejoin prose that a PDF or a web page wrapped mid-sentence ("…主体功能区规划\n职责，…").

    A line break is dropped only between a prose line (it has a "，", is long and does not
    end a sentence) and a line that continues it (starts with a character, not a heading,
    an item number or a gap mark)."""
    lines = text.split("\n")
    printed = _printed_page_wraps(lines)
    drop: list[int] = []
    pos = 0
    for k, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[k + 1]
        body = line.rstrip()
        if (len(body) >= 20 and "，" in body and not re.search(r"[。！？；：”’」』）!?;:]$", body)
                and (re.match(r"[\u4e00-\u9fff“‘《]", nxt) or _YEAR_CUT.search(body + "\n" + nxt[:4]) or _GOES_ON.match(nxt))
                and not _LINE_MARK.match(nxt) and not _LINE_MARK.match(body)
                and not ("|" in body or "|" in nxt)  # table rows (cells apart) are no wrapped prose
                and len(body) == len(line)) or _wrapped_item_line(body, nxt, len(body) == len(line)) or k in printed \
                or _wrapped_enumeration(body, nxt):
            drop.append(pos)
        pos += 1
    if not drop:
        return text, offsets
    dropped = set(drop)
    kept = [i for i in range(len(text)) if i not in dropped]
    return "".join(text[i] for i in kept), [offsets[i] for i in kept]


_HEADLINE_PUNCT = re.compile(r"[，。；：！？、,;:!?]")


def is_headline(line: str) -> bool:
    """A title/heading line: no sentence punctuation once its numbering is removed."""
    body = strip_item_number(line.strip())
    return not _HEADLINE_PUNCT.search(body)


# ---------------------------------------------------------------------------
# Extraction context
# ---------------------------------------------------------------------------


@dataclass
class Ctx:
    """State shared by the pattern families while one document is read."""

    doc_id: str
    dt: DocText
    title: str
    jurisdiction: str
    units: list = field(default_factory=list)
    duties: list = field(default_factory=list)
    events: list = field(default_factory=list)
    staffing: list = field(default_factory=list)
    boundaries: list = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)
    focus: str | None = None  # the unit the document is about (三定 subject, notice subject)
    sanding: bool = False  # a 三定 text (structure present)
    about_sanding: bool = False  # a 三定 text or a report about one
    # a history whose 三定 is cited only inside its dated entries ("2004年10月20日，…印发《某局主要职责、内设机构和
    # 人员编制规定》"): its dated entries are still read as a chronicle's (seventeenth session)
    sanding_in_history: bool = False
    regulation: bool = False  # a standing rule (条例/办法): no dated events
    notice: bool = False  # an adjustment notice about one unit
    profile: bool = False  # a unit's own profile page (机构概况, 单位简介, 组织机构): the title names it
    profile_title: str = ""  # the profile page's title (or first line) that named the unit
    established: list[str] = field(default_factory=list)  # units formed in this document
    planned_establish: set[str] = field(default_factory=set)  # targets of 组建 anywhere
    divisions: set[str] = field(default_factory=set)  # internal divisions named
    final_rank: set[str] = field(default_factory=set)  # ranks set by 升格/降格
    produced: set[int] = field(default_factory=set)  # sentence indices with a fact
    recent: list[str] = field(default_factory=list)  # names mentioned so far, in order
    # names mentioned so far only inside a sign clause ("加挂“X”牌子"): another name of a body, never one of its own
    named_as_sign: set[str] = field(default_factory=set)
    named_plainly: set[str] = field(default_factory=set)
    doc_date: str | None = None
    list_kind: str | None = None  # "现将X国家局设置通知如下": the kind of the listed units
    counted_kind: tuple[str, int, int] | None = None  # "设置部门管理机构7个。": (kind, count, sentence index)
    enumerated_owner: str | None = None  # "对X所属事业单位…作出批复。一是A为…": X, while the 一是/二是 items run
    described: str | None = None  # the last unit a sentence described ("X是…，为正科级。")
    described_at: int = -1  # the index of the sentence that described it
    heading_unit: tuple[int, str] | None = None  # (sentence index, unit) of the last heading line that is one name
    division_context: bool = False  # the document divides duties (职责分工, 职责边界 …)
    row_subject: tuple[str, int] | None = None  # a 职责分工表 row's own unit cell (name, line)
    label_subject: tuple[str, int] | None = None  # a party named by a label opening its line ("X工作职责：")
    unit_line: tuple[str, int, int] | None = None  # a line holding only a unit's name (name, sentence, duty line)
    division_run: dict | None = None  # one party's part per sentence, across consecutive sentences
    paragraph_date: tuple[int, str] | None = None  # (line, date) a paragraph gives its later sentences
    heading_date: str | None = None  # a date on a line of its own, for the list item under it
    colon_list: int | None = None  # the line of the last item of a list a colon opened
    colon_verb: str | None = None  # the event verb that list's colon line ends with (撤销：)
    colon_date: str | None = None  # the last full date that colon line gives
    opener_date: tuple[int, str] | None = None  # (sentence index, date) a month-first opener takes from its year
    line_date: tuple[int, str] | None = None  # (line, date) of the last line a chronicle date was given to
    decision_date: tuple[int, str] | None = None  # (line, day) of the last item line a dated decision's colon line opened
    events_at: dict = field(default_factory=dict)  # prov start -> events read there (no scan of all events)
    divided: set[int] = field(default_factory=set)  # sentences of 三定 职责分工 items already stated
    chronicle_year: str | None = None  # the year of the last chronicle sentence ("1992年，…")
    last_figure: tuple[int, str] | None = None  # (sentence index, unit) of the last staffing figure read
    body_total: tuple[int, str | None] | None = None  # (sentence index, date) of the last 党政机构 count (body_counts)
    chronicle_subject: str | None = None  # the body a chronicle paragraph is about (chronicle_subject.py)
    heading_subject: str | None = None  # the body the last heading line named, for the paragraphs under it
    subject_confirmed: bool = False  # the chronicle subject was given by an event, not only by its heading
    chronicle_group: list[str] = field(default_factory=list)  # the bodies the last chronicle sentence formed together
    chronicle_unnamed: bool = False  # the body became one of a level with no name written ("设乡")
    class_heading: tuple | None = None  # (kind, place, body, line) of an owned class heading its own line (units11)

    def prov(self, sent: Sentence) -> Provenance:
        return self.dt.prov(self.doc_id, sent.nstart, sent.nend)

    def prov_span(self, nstart: int, nend: int) -> Provenance:
        return self.dt.prov(self.doc_id, nstart, nend)

    def mark(self, sent: Sentence) -> None:
        self.produced.add(sent.index)

    canon: object = None  # callable: short name -> the document's full form

    def full(self, name: str) -> str:
        return self.canon(name) if callable(self.canon) else name

    def division_name(self, name: str, host: str | None = None) -> str:
        host = self.full(host or self.focus or "")
        if host and not name.startswith(host):
            return host + name
        return name

    def looks_like_division(self, name: str, host: str | None = None) -> bool:
        """An unprefixed 司/局/处/室/科 name formed inside a named host (or, in a 三定
        context, inside the unit the document is about) is an internal division."""
        if re.match(r"^(?:国家|国务院|中国|中共|中央|全国|[省市县区州])", name):
            return False
        if self.full(name) == self.full(host or self.focus or ""):
            return False  # the host itself ("设立某市人民政府办公厅" in its own 三定)
        if re.match(r"^(?:[*＊xX]{1,3}|某)[省市县区州镇乡]", name) or divisions().place_prefix(name):
            return False  # a name with its own place is a unit of that place, not a division
        if host:
            return bool(re.search(r"(?:司|处|科|股|室)$", name)) and not name.endswith("办公室")
        if not self.about_sanding or not self.focus:
            return False
        return bool(re.search(r"(?:司|局|处|室|厅|中心|科)$", name))


# A place's bodies of one class, named by the place and the bare class head ("青山市东区街道办事处", "某县乡镇",
# "A市各事业单位"): a figure for them is no one unit's (a real street office has a name before 街道办事处)
PLACE_CLASS = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|区|县|旗|州|盟))*(?:各|所属|下属)?"
                          r"(?:街道办事处|街道|乡镇(?:人民政府)?|乡镇街道|镇街|事业单位|行政机关|党政机关|部门|机关)")



# "16家新组建或调整优化的机构正式挂牌": a ceremony for new and for adjusted (existing) bodies alike; so is one for the
# bodies a reform touched ("机构改革涉改单位揭牌仪式", "为涉改部门揭牌")
_MIXED_OPENING = re.compile(r"新组建(?:或|和|及|以及|、)(?:重新组建|调整优化|优化调整|职能调整|调整|优化|更名)|"
                            r"涉改(?:革)?(?:的)?(?:单位|部门|机构)")


def mixed_opening(ctx: Ctx, sent: Sentence) -> bool:
    """The sentence, or one of the eight before it, says the bodies opened are new or adjusted ones: which
    are new is not said, so no body is opened."""
    k = sent.index
    return any(_MIXED_OPENING.search(ctx.dt.sentences[i].text) for i in range(max(k - 8, 0), k + 1))


def split_list_items(text: str) -> list[str]:
    """Split a list at 、，和及 outside brackets ("办公室（人事科、信息科）、财务科" is two items)."""
    items, depth, cur = [], 0, ""
    for ch in text:
        depth += ch in "（("
        depth -= ch in "）)"
        if depth <= 0 and ch in "、，,":
            items.append(cur)
            cur, depth = "", 0
        else:
            cur += ch
    items.append(cur)
    out = []
    for item in items:  # "…、森保站和苗圃": 和/及 before the last item, outside brackets
        parts = re.split(r"(?<=[室股科处司部组站台所圃心队馆厅局）)])(?:和|及)(?![^（(]*[）)])", item) if "和" in item or "及" in item else [item]
        out += [x.strip() for x in parts if x.strip()]
    return out


_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_COUNT_TAIL = re.compile(r"(?<=[局委办所站队科股室厅部院馆处])(?P<n>[两二三四五六七八九十]|\d+)个?"
                         r"(?:局|委|办|所|站|队|科|股|室|厅|部|院|馆|处|单位|部门|机构)\s*$")


def counted_list_tail(text: str) -> str:
    """"A局、B局两局" → "A局、B局": a count of the whole names listed, written after them, is no part of the last
    name; kept when the count is not the number of items ("公安局三处" is a division's name)."""
    m = _COUNT_TAIL.search(text)
    if not m:
        return text
    n = int(m.group("n")) if m.group("n").isdigit() else _COUNTS[m.group("n")]
    items = [x for x in re.split(r"[、，,]|和|与|及", text[: m.start()]) if x]
    return text[: m.start()] if len(items) == n >= 2 else text


# a clause whose subject is left unwritten, opening with the partner it merged with ("1995年与B合并…", "同年同B合并…")
_PARTNER_OPENING = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年)?(?:同年|当年|是年|次年)?\s*(?:\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*[，,]?\s*"
                              r"(?:与|同)(?=[\u4e00-\u9fff])")


def partnered_clause(head: str) -> re.Match[str] | None:
    """The opening of a merger clause that names only the partner ("2003年与B合并组建C", "，与B、C合并…"):
    its own subject is the body the text spoke of before, or the one "新的X" names."""
    return _PARTNER_OPENING.match(head)
