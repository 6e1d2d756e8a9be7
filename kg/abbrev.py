"""Short forms of unit names, generated from the full name.

People write 住建部, 市场监管总局, 中央网信办, 应急部 and 发改委; documents write the full
names. ``abbreviations(name)`` derives the usual short forms by the rules staff use:

* parts joined by 和 keep one character each (住房和城乡建设部 → 住建部,
  国家发展和改革委员会 → 发改委, 人力资源和社会保障部 → 人社部);
* a 委员会 or its 办公室 keeps one character per two-character word (国家卫生健康委员会 →
  卫健委, 中央网络安全和信息化委员会办公室 → 中央网信办, 机构编制委员会办公室 and
  编制委员会办公室 → 编办); an X工作办公室 is an X办 (金融工作办公室 → 金融办);
* 监督管理 becomes 监管 (国家市场监督管理总局 → 市场监管总局); a trailing 管理 before 部 goes
  (应急管理部 → 应急部);
* a leading 国家 may be left out (国家市场监管总局 and 市场监管总局 both);
* a usual phrase has its usual contraction (食品药品监督管理 → 食药监 or 食药, 工商行政管理 →
  工商, 质量技术监督 → 质监, 卫生和计划生育 → 卫计 or 卫生计生; a township's station and a county's
  culture bureau: 农业机械管理站 → 农机站, 农业技术推广站 → 农技站, 文化广播电影电视局 → 文广局); where it covers the whole body
  it replaces the one-character-per-word form (国防科学技术工业办公室 → 国防科工办, not 国科技工办);
* words that are not the name's core are left out: a campaign verb before it (深化医药卫生体制改革
  领导小组办公室 → 医改办), and 运动, 工作 or 事务 after its line of work (体育运动委员会 → 体委,
  语言文字工作委员会 → 语委, 国家民族事务委员会 → 国家民委, 台湾事务办公室 → 台办);
* a 工作委员会 is also a 工委: its first character + 工委 (法制工作委员会 → 法工委, 关心下一代
  工作委员会 → 关工委), a two-character line kept whole too (教育工委);
* a committee named for a project (X工程建设委员会) is X建委, its office X办 (国务院三峡工程建设
  委员会办公室 → 国务院三峡办, 南水北调办);
* 体制改革 is 体改 for the economy (国家经济体制改革委员会 → 国家体改委), the line's first
  character + 改 for another line (医改办, 司改办);
* X监督管理委员会 is X监委 (国家认证认可监督管理委员会 → 认监委), or X监会 for the regulators
  named 中国X (中国证券监督管理委员会 → 证监会);
* a 委员会办公室 of a two-character line keeps the word (中央审计委员会办公室 → 审计办); an office
  of the 国务院 shortened to two characters is also 国X办 (国台办, 国侨办); a 指挥部 is X指, its
  office X办 (防汛抗旱指挥部 → 防指, 防办 or 防汛办; 森林防火指挥部 → 森防指).

Used by the question router's name index and available to ingest (a document's short name
can be matched against the same forms). Only forms of three or more characters are given:
two-character forms (住建) are too ambiguous to link.

>>> sorted(abbreviations("住房和城乡建设部"))
['住建部']
>>> "市场监管总局" in abbreviations("国家市场监督管理总局")
True
>>> "中央网信办" in abbreviations("中央网络安全和信息化委员会办公室")
True
>>> "应急部" in abbreviations("应急管理部")
True
"""

from __future__ import annotations

import re
from functools import lru_cache

# suffix as written → its short form, longest first
_SUFFIXES: list[tuple[str, str]] = [
    ("委员会办公室", "办"), ("领导小组办公室", "办"), ("指挥部办公室", "办"), ("办公室", "办"), ("委员会", "委"),
    ("指挥部", "指"), ("总局", "总局"),
    ("总署", "总署"), ("服务中心", "中心"), ("局", "局"), ("部", "部"),
    ("厅", "厅"), ("委", "委"), ("办", "办"), ("署", "署"), ("站", "站"), ("社", "社"),
]
_PREFIXES = ("中共中央", "中央", "国务院", "全国", "省委", "市委", "州委", "县委", "区委", "旗委")
# the character a part keeps when it is not its first one
_KEY_CHAR = {"城乡建设": "建", "机构编制": "编", "网络安全": "网", "信息化": "信", "社会保障": "社", "人力资源": "人",
             "乡村振兴": "振", "城市管理": "城", "综合行政执法": "执", "政务服务": "政", "数据资源": "数", "编制": "编"}
_COLLECTIVE = ("委", "办", "指")
# two-character bodies too generic to shorten on their own
_GENERIC_BODIES = ("工作", "综合", "管理", "行政", "政府", "人民", "党政", "事务", "服务")
# contractions staff use for a whole phrase of a name (国家安全生产监督管理总局 → 安监总局)
_PHRASES = {
    "安全生产监督管理": "安监", "安全监察": "安监", "食品药品监督管理": "食药监", "质量监督检验检疫": "质检", "工商行政管理": "工商",
    "质量技术监督": "质监", "人力资源和社会保障": "人社", "住房和城乡建设": "住建", "发展和改革": "发改",
    "卫生和计划生育": "卫计", "人口和计划生育": "人口计生", "卫生健康": "卫健", "国有资产监督管理": "国资",
    "药品监督管理": "药监", "市场监督管理": "市场监管", "环境保护": "环保", "信息产业": "信产", "民族宗教事务": "民宗",
    "工业和信息化": "工信", "工业信息化和科技": "工信科技", "科学技术": "科技", "疾病预防控制": "疾控", "医疗保障": "医保",
    "政务服务和大数据管理": "政数", "人民防空": "人防", "自然资源和规划": "自规", "林业和草原": "林草",
    "文化和旅游": "文旅", "文化广电和旅游": "文广旅", "交通运输": "交通", "新闻出版广电": "新闻出版广电",
    "广播电影电视": "广电", "扶贫开发领导小组": "扶贫", "扶贫开发": "扶贫", "法制": "法制", "城市管理综合执法": "城管执法", "城市管理": "城管",
    "粮食和物资储备": "粮储", "全面深化改革": "深改", "全面依法治国": "法治",
    "军民融合发展": "军民融合", "金融稳定发展": "金融", "语言文字": "语", "防汛抗旱": "防",
    "政务服务管理": "政务", "机关事务管理": "机关事务", "乡村振兴": "乡村振兴", "农业农村": "农业农村",
    "网络安全和信息化": "网信", "机构编制": "编", "国防科学技术工业": "国防科工", "国防科技工业": "国防科工", "地方金融监督管理": "金融监管",
    "国家保密": "保密", "预防腐败": "预防腐败", "中医药管理": "中医药", "知识产权": "知识产权",
    "应急管理": "应急", "退役军人事务": "退役军人", "行政审批服务": "审批",  # 县应急局, 市退役军人局, 市审批局
    "社会工作": "社工",  # 县委社工部
    "国土资源": "国土", "民用航空": "民航",  # 国土资源局 → 国土局, 国土资源厅 → 国土厅; 民用航空局 → 民航局
    "房地产管理": "房管", "房屋管理": "房管", "老干部": "老干", "投资促进": "投促",  # 市房管局, 县委老干局, 县投促中心
    # a township's stations and a county's culture bureau (乡镇农机站, 农技站, 农经站; 县文广局, 文广新局)
    "农业机械管理": "农机", "农业技术推广": "农技", "农村经济经营管理": "农经", "农村经营管理": "农经",
    "文化广播电影电视": "文广", "文化广播电视": "文广", "广播电视": "广电", "文化广电新闻出版": "文广新",
    # county bureaus and offices as their own staff write them (县供销社, 市外办, 县畜牧局, 区教体局, 县综合执法局)
    "供销合作": "供销", "外事": "外", "畜牧兽医": "畜牧", "教育体育": "教体", "综合行政执法": "综合执法",
    "文化旅游体育": "文旅体", "文化广电旅游体育": "文广旅体", "城乡规划": "规划",
}
# second contractions of the same phrase in local use (清远市食药局, 省卫生计生委)
_PHRASES_ALSO = {"食品药品监督管理": "食药", "卫生和计划生育": "卫生计生", "全面深化改革": "改革", "全面依法治国": "依法治国",
                 "防汛抗旱": "防汛", "市场监督管理": "市监", "地方金融监督管理": "金融",  # 市市监局, 市金融局
                 "工业信息化和科技": "工信",  # 区工信局 (工业信息化和科技局)
                 "机关事务管理": "机管", "劳动和社会保障": "劳动保障",  # 市机管局, 市劳动保障局
                 "计划生育": "计生"}  # 县计生局, 区卫生和计生局 (the phrase's own contraction after its head kept whole)
# words that are not the core of a name and are left out of its short forms: a campaign verb
# before it (深化医药卫生体制改革 → 医改), the "movement" or "work" after its line of work
# (体育运动委员会 → 体委, 语言文字工作委员会 → 语委), 事务 after a two-character line (台湾事务办公室 → 台办)
_LEADING_VERBS = ("全面深化", "深化")
_TRAILING_WORDS = ("运动", "工作", "事务")


def _key(part: str) -> str:
    return _KEY_CHAR.get(part, part[:1])


def _words(body: str) -> list[str]:
    """Two-character words (a Chinese compound name is mostly made of them)."""
    if body in _KEY_CHAR:
        return [body]
    return [body[i : i + 2] for i in range(0, len(body), 2)]


@lru_cache(maxsize=65536)
def abbreviations(name: str, min_len: int = 3) -> frozenset[str]:
    """The short forms of ``name`` (never ``name`` itself), each at least ``min_len``
    characters; also a party committee body's "X县委Y" (中国共产党上犹县委员会党校 → 上犹县委党校, 中共上犹县委党校)."""
    forms = _abbreviations(name, min_len)
    party = re.fullmatch(r"中国共产党(?P<place>[\u4e00-\u9fff]{1,10}?[省市县区州旗])委员会(?P<rest>[\u4e00-\u9fff]{2,})",
                         re.sub(r"\s+", "", name or ""))
    if party:
        forms = forms | {f"{party['place']}委{party['rest']}", f"中共{party['place']}委{party['rest']}"}
    return forms


def _abbreviations(name: str, min_len: int = 3) -> frozenset[str]:
    """The short forms of ``name`` (never ``name`` itself), each at least ``min_len``
    characters. Two-character forms (编办, 计委) are for use after a place only (曹县编办)."""
    name = re.sub(r"\s+", "", name or "")
    out: set[str] = set()
    if len(name) < 4:
        return frozenset()
    placed = _PLACED_COMMITTEE.match(name)
    if placed:
        return _placed_committee_forms(placed, min_len)
    prefix = ""
    core = name
    for p in _PREFIXES:
        if core.startswith(p) and len(core) > len(p) + 2:
            prefix, core = p, core[len(p):]
            break
    national = core.startswith("国家") and len(core) > 4
    if national:
        core = core[2:]
    found = next(((suf, sh) for suf, sh in _SUFFIXES if core.endswith(suf) and len(core) > len(suf)), None)
    if found is None:
        return _without_zhongguo(name, min_len)
    suffix, short = found
    body = core[: -len(suffix)]
    forms: set[str] = set()
    for alt, dropped in _bodies(body, suffix):
        forms |= _forms(alt, suffix, short, dropped)
    if not prefix and body.startswith("中国") and suffix == "委员会" and body.endswith("监督管理") and len(body) > 6:
        line = body[2:-4]
        line = line[:-1] if len(line) % 2 and line.endswith("业") else line  # 银行业 → 银行
        key = _collapse("".join(w[:1] for w in _words(line)))
        forms |= {key + "监会", "中国" + key + "监会"}  # 中国证券监督管理委员会 → 证监会, 中国证监会
    for form in list(forms):
        if prefix:
            out.add(prefix + form)
            if prefix in ("中央", "国务院") and short in _COLLECTIVE:
                out.add(form)
            if prefix == "中央" and len(form) == 2 and short in _COLLECTIVE:
                out.add("中" + form)  # 中央机构编制委员会办公室 → 中编办, 中央农村工作领导小组办公室 → 中农办
            if prefix == "国务院" and len(form) == 2 and short == "办":
                out.add("国" + form)  # 国务院台湾事务办公室 → 国台办, 国务院侨务办公室 → 国侨办
        else:
            out.add(form)
            if national:
                out.add("国家" + form)
    if national and not prefix:
        out.add(core)  # 国家市场监督管理总局 → 市场监督管理总局
    return frozenset(f for f in out if len(f) >= min_len and f != name) | _without_zhongguo(name, min_len)


def _without_zhongguo(name: str, min_len: int) -> frozenset[str]:
    """A central body named 中国X is also written X and X's short forms (中国老龄协会 → 老龄协会,
    中国人民银行 → 人民银行, 中国民用航空局 → 民用航空局, 民航局); not 中国共产党…, and X of four
    characters or more."""
    if not name.startswith("中国") or name.startswith("中国共产党") or len(name) < 6:
        return frozenset()
    rest = name[2:]
    if rest.endswith("监督管理委员会"):  # 中国X监督管理委员会 has its own forms (证监会, not 证监委)
        return frozenset({rest})
    return frozenset(f for f in {rest} | abbreviations(rest, min_len) if len(f) >= max(min_len, 3))


# a body of a local Party committee named with its place (中共秀山自治县委社会工作部, 中共某某区委机构
# 编制委员会办公室): written without 中共 and shortened after the committee (秀山自治县委社工部,
# 某某区委编办), as staff type them
_PLACED_COMMITTEE = re.compile(r"^(?P<cpc>中共)?(?P<place>(?!中央)[\u4e00-\u9fff]{2,12}?(?:自治县|自治州|自治区|自治旗|省|市|县|区|州|旗))"
                               r"委(?P<body>[\u4e00-\u9fff]{3,})$")


def _placed_committee_forms(m: re.Match[str], min_len: int) -> frozenset[str]:
    """Short forms of "中共<place>委<body>": the body shortened after its committee level (县委…,
    市委…, the rules of ``_PREFIXES``), the place put back before it; and the name without 中共."""
    place, body = m["place"], m["body"]
    level = place[-1]
    out = {place + "委" + body} if m["cpc"] else set()
    for form in abbreviations(level + "委" + body, min_len=2):
        if form.startswith(level + "委"):
            out.add(place[:-1] + form)
    full = m.group(0)
    return frozenset(f for f in out if len(f) >= min_len and f != full)


def _collapse(chars: str) -> str:
    """A character repeated by the one-per-word rule is kept once (认证认可 → 认)."""
    return re.sub(r"(.)\1+", r"\1", chars)


def _bodies(body: str, suffix: str) -> list[tuple[str, str]]:
    """(reading, trailing word left out): the body as written, then without the words that
    are not its core (``_LEADING_VERBS``, ``_TRAILING_WORDS``): 深化医药卫生体制改革 →
    医药卫生体制改革, 体育运动 → 体育."""
    out = [(body, "")]
    for verb in _LEADING_VERBS:
        if body.startswith(verb) and len(body) - len(verb) >= 2:
            out.append((body[len(verb):], "-"))
            break
    for alt, _ in list(out):
        for word in _TRAILING_WORDS:
            if alt.endswith(word) and len(alt) - len(word) >= 2 and suffix != "局":
                out.append((alt[: -len(word)], word))
    return out


def _forms(body: str, suffix: str, short: str, dropped: str) -> set[str]:
    """The short forms of one reading of the body (``dropped``: the word left out of it, ""
    for the body as written)."""
    whole = not dropped
    forms: set[str] = set()
    phrased = False
    for phrase, short_form in [*_PHRASES.items(), *_PHRASES_ALSO.items()]:
        if body == phrase or body.endswith(phrase) and len(body) - len(phrase) <= 4:
            head = body[: len(body) - len(phrase)]
            forms.add(head + short_form + short)
            phrased = phrased or body == phrase
            if suffix == "领导小组办公室":
                forms.add(head + short_form + suffix)  # 医改领导小组办公室
    if "和" in body:
        parts = [p for p in body.split("和") if p]
        if len(parts) >= 2:
            forms.add("".join(_key(p) for p in parts) + short)
    elif short in _COLLECTIVE and len(body) >= 4 and len(body) % 2 == 0 and not phrased \
            and (whole or len(body) == 4) and not body.endswith(("工程建设", "体制改革", "监督管理")):
        forms.add("".join(_key(w) for w in _words(body)) + short)
    elif short in _COLLECTIVE and body in _KEY_CHAR:
        forms.add(_KEY_CHAR[body] + short)
    elif len(body) == 2 and body in _GENERIC_BODIES:
        pass  # 工作办公室, 综合办公室: no short form
    elif len(body) == 2 and suffix == "委员会" and dropped != "工作":
        forms.add(body[0] + short)  # 计划委员会 → 计委, 教育委员会 → 教委, 体育运动委员会 → 体委
    elif len(body) == 2 and suffix in ("办公室", "委员会办公室"):
        forms.add(body + short)  # 信访办公室 → 信访办, 审计委员会办公室 → 审计办
        if dropped == "事务" or whole and body.endswith("务"):
            forms.add(body[0] + short)  # 台湾事务办公室 → 台办, 侨务办公室 → 侨办
    if suffix == "办公室" and len(body) == 4 and body.endswith("综合") and body[:2] not in _GENERIC_BODIES[:2]:
        forms.add(body[:2] + short)  # 党政综合办公室 → 党政办 (a township's office), 经济综合办公室 → 经济办
    if suffix == "领导小组办公室" and dropped == "工作" and len(body) == 2:
        forms.add(body[0] + short)  # 农村工作领导小组办公室 → 农办 (中央农办, 县委农办)
    if body.endswith("工程建设") and len(body) > 4 and short in _COLLECTIVE:
        project = body[:-4]  # 三峡工程建设委员会办公室 → 三峡办, 三峡工程建设委员会 → 三峡建委
        forms.add(project + ("建委" if suffix == "委员会" else short))
    if body.endswith("体制改革") and short in _COLLECTIVE:
        line = body[:-4]  # (经济)体制改革 → 体改, 医药卫生体制改革 → 医改, 司法体制改革 → 司改
        if line in ("", "经济"):
            forms.add("体改" + short)
        elif len(line) in (2, 4):
            forms.add(line[0] + "改" + short)
            if suffix == "领导小组办公室":
                forms.add(line[0] + "改" + suffix)  # 医改领导小组办公室
    if suffix == "委员会" and body.endswith("监督管理") and len(body) > 4 and not body.startswith("中国") and not phrased:
        forms.add(_collapse("".join(w[:1] for w in _words(body[:-4]))) + "监委")  # 国家认证认可监督管理委员会 → 认监委
    if dropped == "工作" and suffix == "委员会" and body not in _GENERIC_BODIES and len(body) <= 5 and "和" not in body \
            and not phrased:
        if len(body) == 2:
            forms.add(body + "工委")  # 教育工作委员会 → 教育工委
        forms.add(body[0] + "工委")  # 法制工作委员会 → 法工委, 关心下一代工作委员会 → 关工委
    contracted = body.replace("监督管理", "监管")
    if contracted != body:
        forms.add(contracted + short)
    if body.endswith("管理") and "监督管理" not in body and len(body) > 2 and short in ("部", "局", "总局"):
        forms.add(body[:-2] + short)
    if body.endswith("事务") and len(body) > 2 and short in ("部", "局"):
        forms.add(body[:-2] + short)  # 退役军人事务部 → 退役军人部
    if suffix == "办公室" and body.endswith("工作") and len(body) >= 4:
        forms.add(body[:-2] + short)  # 金融工作办公室 → 金融办
    if suffix != short and short not in _COLLECTIVE and whole:
        forms.add(body + short)
    return forms


# the one-character names of provinces used before a unit's name (湘信访局, 粤府办); characters
# that often begin other words (新, 青, 吉, 宁, 黑, 甘, 台, 川) are left out
PROVINCE_SHORT: dict[str, str] = {
    "北京市": "京", "天津市": "津", "上海市": "沪", "重庆市": "渝", "河北省": "冀", "山西省": "晋", "辽宁省": "辽",
    "江苏省": "苏", "浙江省": "浙", "安徽省": "皖", "福建省": "闽", "江西省": "赣", "山东省": "鲁", "河南省": "豫",
    "湖北省": "鄂", "湖南省": "湘", "广东省": "粤", "海南省": "琼", "贵州省": "黔", "云南省": "滇", "陕西省": "陕",
    "内蒙古自治区": "蒙", "广西壮族自治区": "桂", "西藏自治区": "藏",
}
