"""Names: normalizing, place-relative names, short-name variants and alias rules.

A unit is identified by its jurisdiction and its *local name*: the name without the place
in front. "白城市自然资源局" and, in a 白城 document, "市自然资源局" are both
(白城市, "自然资源局"); the display name puts the place back. Central units keep their
whole name (国家海洋局).

Lookup keys: every name is indexed under a few generic variants (without 和, 委员会 → 委,
without a leading 国家) so that "国家发展改革委" finds 国家发展和改革委员会; rules that
no pattern can guess (发改委, 住建部) come from alias files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from kg.divisions import divisions
from kg.errors import KGError
from kg.short_forms import expand_short_stem
from kg.text import normalize_name

CENTRAL = "中央"

# Words that start with a place-level character but are not a place marker.
_NOT_PLACE_MARKER = ("市场", "市容", "市政工程", "市政公用", "市政设施", "市政管理", "县域", "区域", "省级", "市级", "县级")
# 市政 (municipal works) opens a word: 市政局, 市政建设局, 市政园林处 are bodies of the document's place; 市 is a marker
# before 政府/政协/政法委/政务…/政策研究室/政研室/政治… (eleventh session)
_MUNICIPAL_WORKS = re.compile(r"^市政(?![府协法务策研治])")
# longest marker first ("自治区" before "区")
_LEVEL_OF_MARKER = sorted({"省": "省", "自治区": "省", "市": "市", "州": "市", "盟": "市", "县": "县", "区": "县",
                           "旗": "县"}.items(), key=lambda kv: -len(kv[0]))
_CENTRAL_PREFIXES = ("国家", "国务院", "中共中央", "中央", "全国", "中国")
_CENTRAL_SUFFIX = re.compile(r"(部|总局|总署|署)$")
_LOCAL_PARTY = re.compile(r"^(省委|市委|州委|县委|区委|旗委)")
_PARTY_COMMITTEE = re.compile(r"^中共([\u4e00-\u9fff]{2,8}?(?:自治区|自治州|自治县|省|市|州|地区|盟|县|区|旗))委")
_TOWNSHIP_MARKER = re.compile(r"^(街道|镇|乡)(?!镇|村|街|土|级|域|间|情|亲|贤)")


@dataclass(frozen=True)
class Place:
    name: str
    level: str
    parent: str | None


@dataclass
class Gazetteer:
    """Known jurisdictions, longest name first for prefix matching."""

    places: dict[str, Place] = field(default_factory=dict)
    # (place, stem) longest first, rebuilt after an add: name splitting runs per mention
    _ordered: list[tuple[str, str]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def builtin(cls) -> Gazetteer:
        data = yaml.safe_load(resources.files("kg.data").joinpath("places.yaml").read_text("utf-8"))
        gaz = cls()
        for name, info in data.items():
            gaz.add(name, info.get("level", ""), info.get("parent"))
        return gaz

    def add(self, name: str, level: str = "", parent: str | None = None) -> None:
        existing = self.places.get(name)
        if existing and existing.level and not level:
            return
        self.places[name] = Place(name, level or guess_level(name), parent or (existing.parent if existing else None))
        self._ordered = None

    def copy(self) -> Gazetteer:
        return Gazetteer(dict(self.places))

    def ordered(self) -> list[tuple[str, str]]:
        """Places other than 中央, longest first, each with its stem (湖南省 → 湖南)."""
        if self._ordered is None:
            names = sorted((p for p in self.places if p != CENTRAL), key=len, reverse=True)
            self._ordered = [(p, place_stem(p)) for p in names]
        return self._ordered

    def ancestors(self, name: str) -> list[str]:
        """The place itself, then its parents up to 中央."""
        chain, seen = [], set()
        current: str | None = name
        while current and current not in seen:
            seen.add(current)
            chain.append(current)
            place = self.places.get(current)
            # a place the store does not know yet gets its parent from the national gazetteer
            current = place.parent if place and place.parent else divisions().parent(current, tuple(chain))
        if CENTRAL not in chain:
            chain.append(CENTRAL)
        return chain

    def ancestor_at_level(self, name: str, level: str) -> str | None:
        for place in self.ancestors(name):
            known = self.places.get(place)
            if (known.level if known and known.level else divisions().level(place) or guess_level(place)) == level:
                return place
        return None


def guess_level(place: str) -> str:
    if place == CENTRAL:
        return CENTRAL
    for suffix, level in (("自治区", "省"), ("特别行政区", "省"), ("省", "省"), ("自治州", "市"), ("地区", "市"),
                          ("盟", "市"), ("自治县", "县"), ("县", "县"), ("旗", "县"), ("区", "县"),
                          ("街道", "乡镇"), ("镇", "乡镇"), ("乡", "乡镇"), ("市", "市")):
        if place.endswith(suffix):
            return level
    return ""


@dataclass(frozen=True)
class PlacedName:
    """A name split into its jurisdiction and its local part. ``explicit`` says whether the
    place was written in the name (or implied by a marker like 市/省) or only assumed."""

    jurisdiction: str
    local: str
    explicit: bool


# "乌鲁木齐经济技术开发区（头屯河区）…", "兰州新区（永登县）…": a zone sharing one government with the
# district or county in brackets (一套班子两块牌子); the bracket may write the city first (（乌鲁木齐市头屯河区）)
ZONE_DISTRICT = re.compile(
    r"((?:[\u4e00-\u9fff]{0,20}?(?:经开区|高新区|开发区)|[\u4e00-\u9fff]{2,20}?(?:新区|园区|试验区|示范区|保税区|合作区|工业区)))"
    r"[（(〔]((?:[\u4e00-\u9fff]{2,8}?[省市州盟])*([\u4e00-\u9fff]{1,8}?(?:自治县|自治旗|区|县|市|旗)))[）)〕]"
)


def zone_district(text: str) -> str | None:
    """The district or county a zone name writes in brackets ("…开发区（头屯河区）" → 头屯河区), when it is a real one."""
    for m in ZONE_DISTRICT.finditer(text):
        if divisions().is_place(m.group(3)):
            return m.group(3)
    return None


def _is_township(place: str, gazetteer: Gazetteer) -> bool:
    known = gazetteer.places.get(place)
    return bool(known and known.level == "乡镇" or divisions().level(place) == "乡镇" or guess_level(place) == "乡镇")


def place_name(name: str, doc_jurisdiction: str, gazetteer: Gazetteer) -> PlacedName:
    """Split a unit name as written in a document of ``doc_jurisdiction``.

    >>> g = Gazetteer.builtin(); g.add("白城市", "市", "吉林省")
    >>> place_name("市自然资源局", "白城市", g)
    PlacedName(jurisdiction='白城市', local='自然资源局', explicit=True)
    >>> place_name("自然资源部", "白城市", g).jurisdiction
    '中央'
    """
    clean = normalize_name(name)
    state = _STATE_PREFIX.match(clean)
    if state and looks_central(clean[state.end():]):
        # "中华人民共和国铁道部", "中华人民共和国国务院": the state's name before a central body is no part of the body's
        # name as the other documents write it (铁道部, 国务院) (seventeenth session)
        return PlacedName(CENTRAL, clean[state.end():], True)
    zoned = ZONE_DISTRICT.match(clean)
    if zoned and divisions().is_place(zoned.group(3)):
        return PlacedName(zoned.group(3), clean, True)  # the bracket writes the place: never prefixed again
    if clean.startswith("中共") and not clean.startswith("中共中央"):
        # a party body writes its place after 中共 ("中共青川自治县委宣传部"): the body is of that place
        # whatever the document's place; its full name, 中共 included, stays its local name
        inner = place_name(clean[2:], doc_jurisdiction, gazetteer)
        if inner.explicit and inner.jurisdiction != CENTRAL:
            return PlacedName(inner.jurisdiction, clean, True)
        committee = _PARTY_COMMITTEE.match(clean)  # a place no list knows, marked by its level word and 委
        if committee:
            return PlacedName(committee.group(1), clean, True)
    near = tuple(gazetteer.ancestors(doc_jurisdiction)) if doc_jurisdiction != CENTRAL else ()
    national = divisions().place_prefix(clean, near)
    for place, stem in gazetteer.ordered():
        if clean.startswith(place) and len(clean) > len(place):
            if national and national[1] > len(place):  # "揭阳市揭东区…": the more specific place
                break
            rest = _once(clean[len(place):], place)
            led = township_led(rest, (place, *near))  # "禹州市小吕镇人民政府": the township's
            return PlacedName(led[0], led[1], True) if led else PlacedName(place, rest, True)
        # "白城市委组织部" starts with the place itself; "湖南信访局" with its stem.
        if stem and clean.startswith(stem) and len(clean) > len(stem) + 1 and not clean.startswith(place):
            rest = clean[len(stem):]
            former = _FORMER_PREFECTURE.match(rest)
            if former and len(rest) > former.end() + 1:
                # "岳阳地区档案局", "岳阳专区档案管理科": the city's former prefecture written in full is the body's
                # place, never the city's with 地区 glued on (岳阳市地区档案局) (seventeenth session)
                return PlacedName(stem + former.group(), rest[former.end():], True)
            if not rest.startswith(("省", "市", "县", "区")):
                return PlacedName(place, rest, True)
    rest = _street_office(national[0], clean[national[1]:]) if national else ""  # "章丘区曹范街道办"
    if national and len(rest) > 1:
        led = township_led(rest, (national[0], *near))  # a township the divisions do not list yet
        return PlacedName(*led, True) if led else PlacedName(national[0], rest, True)
    led = township_led(clean, near)
    if led:
        return PlacedName(led[0], led[1], True)  # "前童镇人民政府" in a county text: the township's, never 某县前童镇…
    if _is_township(doc_jurisdiction, gazetteer) and _is_township_name(clean):
        # a township named whole in a township's text, itself or another ("撤销小吕乡设立小吕镇" in 小吕镇's): of the
        # county, as a county's text files it
        county = near[1] if len(near) > 1 and near[1] != CENTRAL else None  # the township's parent, whatever its
        if county:  # level word (禹州市 is a county-level city the store may hold as 市)
            return PlacedName(county, clean, True)
    former = _FORMER_PREFECTURE.match(clean)
    if former and len(clean) > former.end() + 2 and doc_jurisdiction != CENTRAL:
        city = gazetteer.ancestor_at_level(doc_jurisdiction, "市") or doc_jurisdiction
        stem = place_stem(city)
        if stem and city.endswith("市") and divisions().level(city) == "市":
            # "专区档案管理科", "地区档案馆" in a city's history: the city's former prefecture (岳阳专区, 岳阳地区), written
            # relative to its level as 市X is to the city's (seventeenth session)
            return PlacedName(stem + former.group(), clean[former.end():], True)
    if doc_jurisdiction != CENTRAL and not clean.startswith(_NOT_PLACE_MARKER) and not _MUNICIPAL_WORKS.match(clean):
        for marker, level in _LEVEL_OF_MARKER:
            # "市自然资源局" → 自然资源局; "市委" alone → 委, as in the explicit "白城市委"
            if clean.startswith(marker) and (len(clean) > len(marker) + 1 or clean[len(marker):] == "委"):
                if _LOCAL_PARTY.match(clean) and marker != clean[0]:
                    continue
                if _marker_opens_short_stem(clean, marker):
                    break  # "市监局" (市场监督管理局): the level character opens the short form, it marks no place
                target = gazetteer.ancestor_at_level(doc_jurisdiction, level) or doc_jurisdiction
                if marker == "市" and doc_jurisdiction.endswith("市"):
                    target = doc_jurisdiction  # a county-level city calls itself 市: "市疾控局" in a 汉川市 text is 汉川市's
                elif marker == "市" and _is_township(doc_jurisdiction, gazetteer):
                    # a township of a county-level city calls that city 市 (units14): "挂市行政服务中心某镇分中心牌子"
                    # in a 观海卫镇 (慈溪市) text is 慈溪市's, not the prefecture's
                    county = gazetteer.ancestor_at_level(doc_jurisdiction, "县")
                    target = county if county and county.endswith("市") else target
                return PlacedName(target, clean[len(marker):], True)
    # a township's own document: "镇综合治理委员会" → 凤岗镇综合治理委员会 (never 凤岗镇镇…); not 乡镇…, 乡村…
    township = _TOWNSHIP_MARKER.match(clean)
    if (township and doc_jurisdiction != CENTRAL and doc_jurisdiction.endswith(township.group(1))
            and len(clean) > len(township.group(1)) + 1
            and (gazetteer.places.get(doc_jurisdiction) and gazetteer.places[doc_jurisdiction].level == "乡镇"
                 or divisions().level(doc_jurisdiction) == "乡镇" or guess_level(doc_jurisdiction) == "乡镇")):
        return PlacedName(doc_jurisdiction, clean[len(township.group(1)):], True)
    if doc_jurisdiction != CENTRAL and clean.startswith(doc_jurisdiction) and len(clean) > len(doc_jurisdiction) + 1:
        return PlacedName(doc_jurisdiction, _once(clean[len(doc_jurisdiction):], doc_jurisdiction), True)
    above = _ANONYMIZED_ABOVE.match(clean)
    if above and doc_jurisdiction != CENTRAL and clean.startswith(doc_jurisdiction, above.end()):
        # "某省某县某县融媒体中心" in a 某县 document: the anonymized places above it, then its own place (written twice)
        rest = clean[above.end() + len(doc_jurisdiction):]
        if len(rest) >= 2:
            return PlacedName(doc_jurisdiction, _once(rest, doc_jurisdiction), True)
    if doc_jurisdiction != CENTRAL and looks_central(clean):
        return PlacedName(CENTRAL, clean, False)
    return PlacedName(doc_jurisdiction, clean, False)


def _marker_opens_short_stem(clean: str, marker: str) -> bool:
    """Whether a level character opening ``clean`` is the first character of a usual short form, not a place's
    marker: "市监局" is 市场监督管理局 written short (the rest, 监局, is no body's stem), "市市监局" is the city's."""
    from kg.short_forms import builtin_table

    table = builtin_table()
    rest = clean[len(marker):]
    return len(rest) <= 2 and clean in table and rest not in table


# A township written at the start of a body's name: a 镇/乡/街道/苏木 with a stem of two characters or more. Not a
# township: a class (乡镇, 城镇, 集镇, 村镇), a stem opening with a level word or a determiner (县城关镇 is the county's
# 城关镇 written relatively; 各乡镇, 全镇), and words that end in 乡 (城乡, 家乡: a one-character stem, never taken).
_TOWNSHIP_HEAD = re.compile(r"([\u4e00-\u9fff]{2,8}?)(街道|镇|乡|苏木)")
_NOT_TOWNSHIP_STEM = re.compile(r"^(?:[省市县区州旗盟各全本该我每其此原新老]|乡镇|城镇|集镇|村镇)|[乡镇]$")
# what a township's own bodies are called after its name: its government, party committee, congress, office of the
# Republic (公所) or of a 街道 (办事处), its revolutionary committee and the offices and centres of a township reform
_TOWNSHIP_BODY = re.compile(
    r"^(?:人民政府|政府|党委|党工委|委员会|人大|人民代表大会|纪委|纪工委|公所|办事处|革命委员会|革委会|人民委员会|"
    r"党政|便民服务|综合|行政|社会事务|经济发展|农业|财政所|文化站|派出所|司法所|卫生院|武装部|人武部)"
)


def _is_township_name(name: str) -> bool:
    """A township's own name: one the divisions list as a township, or a township's shape (a stem of two or more
    characters and 镇/乡/街道/苏木) that names no other division."""
    if divisions().level(name) == "乡镇":
        return True
    head = _TOWNSHIP_HEAD.fullmatch(name)
    return bool(head and not divisions().is_place(name) and not _NOT_TOWNSHIP_STEM.search(head.group(1)))


def township_led(name: str, near: tuple[str, ...]) -> tuple[str, str] | None:
    """(township, the rest) for a body's name that opens with a township ("前童镇人民政府", "桃源街道办事处",
    "缑城镇公所"): a township the divisions know inside the places ``near`` (the document's place and those above it),
    or one whose name they hold once only; or a township's shape they do not know at all, when its own kind of body
    follows (人民政府, 党委, 公所, 办事处 …). A namesake of several counties not anchored by ``near`` (城关镇) stays
    the document's (None): filed under its bare name it would merge the bodies of different counties."""
    gaz = divisions()
    for m in _TOWNSHIP_HEAD.finditer(name):
        if m.start() != 0:
            break
        township, rest = m.group(0), _street_office(m.group(0), name[m.end():])  # "曹范街道办"
        if len(rest) < 2 or _NOT_TOWNSHIP_STEM.search(m.group(1)):
            continue
        rows = [d for d in gaz.get(township) if d.level == "乡镇"]
        if rows:
            anchored = any(d.parent in near or any(p in near for p in gaz.chain(d.parent)) for d in rows)
            if anchored or len({d.parent for d in rows}) == 1:
                return township, rest
            return None
        if not gaz.is_place(township) and _TOWNSHIP_BODY.match(rest) and not gaz.place_prefix(m.group(1)):
            return township, rest
    return None


def _street_office(township: str, rest: str) -> str:
    """What a body's name says after its township, a street's office written short made whole: 办 after a 街道
    ("曹范街道办") is its 办事处."""
    return "办事处" if township.endswith("街道") and rest == "办" else rest


def one_place(a: str, b: str, gazetteer: Gazetteer) -> bool:
    """Whether bodies of places ``a`` and ``b`` are of one place for a reform statement: the same place, or a township
    and its county ("撤销曹范镇，设立曹范街道办事处": 章丘区's 曹范镇 and the office filed under 曹范街道, ``township_led``)."""
    if a == b:
        return True
    for lower, upper in ((a, b), (b, a)):
        if not _is_township(lower, gazetteer):
            continue
        chain = gazetteer.ancestors(lower)
        if len(chain) > 1 and chain[1] == upper:
            return True
        # a namesake township (岔路镇 is in several counties): one of them in that county, under this name or the other
        # level word (岔路街道 listed as 岔路镇)
        if any(d.level == "乡镇" and d.parent == upper for d in divisions().get(lower) or divisions().former_township(lower)):
            return True
    return False


# anonymized places of the levels above a document's own, written before it ("某省某市…", "**省…")
_ANONYMIZED_ABOVE = re.compile(r"(?:(?:某|[*＊xX]{1,3})(?:省|自治区|市|州|地区|盟))+")


def _once(rest: str, place: str) -> str:
    """The rest of a name after its place, the place not repeated ("某县某县融媒体中心")."""
    while rest.startswith(place) and len(rest) > len(place) + 1:
        rest = rest[len(place):]
    level = _REPEATED_LEVEL.match(rest)
    if level and place.endswith(level.group(1)):
        rest = rest[1:]  # "长沙县县委宣传部", "某市市政府办公室": the level written again before the committee or government
    return rest


# the place's level character written again before its committee or government ("X县县委", "X市市人民政府")
_REPEATED_LEVEL = re.compile(r"([省市县区州旗])(?=委(?!员)|(?:人民)?政府)")


def place_stem(place: str) -> str:
    """A place's name without its level word (湖南省 → 湖南, 海淀区 → 海淀); "" when too short."""
    for suffix in ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "省", "市", "县", "区"):
        if place.endswith(suffix) and len(place) - len(suffix) >= 2:
            stem = place[: -len(suffix)]
            return "" if stem[0] in "省市县区" else stem  # 市中区, 市北区: "市中" is a word, not the place
    return ""


_FORMER_PREFECTURE = re.compile(r"^(?:地区|专区)")
_STATE_PREFIX = re.compile(r"^中华人民共和国(?=[\u4e00-\u9fff]{2,})")


def looks_central(name: str) -> bool:
    """A name that, with no place in front of it, can only be a central unit."""
    if _LOCAL_PARTY.match(name):
        return False
    return name.startswith(_CENTRAL_PREFIXES) or bool(_CENTRAL_SUFFIX.search(name))


def display_name(jurisdiction: str, local: str) -> str:
    """The full name a person reads: place + local name (central names stand alone)."""
    if jurisdiction == CENTRAL or local.startswith((jurisdiction, "中共")):  # 中共 + place: the place is written
        return local
    zoned = ZONE_DISTRICT.match(local)
    if zoned and zoned.group(3) == jurisdiction:
        return local  # "…开发区（头屯河区）应急管理局": the bracket already writes 头屯河区
    return jurisdiction + local


def place_forms(jurisdiction: str, local: str, gazetteer: Gazetteer) -> set[str]:
    """Every full name of a local body: its place and local name (揭东区工业信息化和科技局),
    the place's stem instead (常熟昆承湖景区养护所 for 常熟市), and the place written with the
    places above it down to its own (揭阳市揭东区…, 广东省揭阳市揭东区…). A central name is
    only itself.

    >>> g = Gazetteer.builtin(); g.add("样例市", "市", "样例省"); g.add("样例区", "县", "样例市")
    >>> sorted(place_forms("样例区", "水务局", g))
    ['样例区水务局', '样例市样例区水务局', '样例水务局', '样例省样例市样例区水务局']
    """
    name = normalize_name(local)
    if not name:
        return set()
    return {display_name(jurisdiction, name)} | {prefix + name for prefix in place_prefixes(jurisdiction, name, gazetteer)}


def place_prefixes(jurisdiction: str, name: str, gazetteer: Gazetteer) -> list[str]:
    """The ways a place is written before a local name of it, other than itself: its stem
    and its path from the province down. The places above come from the gazetteer
    (``Gazetteer.ancestors``): a district whose city is not known (鼓楼区 is in four
    cities, none named by the store) gets no path, so a path never names the wrong one."""
    if jurisdiction == CENTRAL or name.startswith(jurisdiction):
        return []
    out = []
    stem = place_stem(jurisdiction)
    if stem and not name.startswith(stem):
        out.append(stem)
    path = jurisdiction
    for above in gazetteer.ancestors(jurisdiction)[1:]:
        if above == CENTRAL:
            break
        path = above + path
        out.append(path)
    return out


# a word set in brackets inside a name, before the body's ending (not a place list "各县（市、区）…", not a sign at the end)
_INSERTED = re.compile(r"^([\u4e00-\u9fff]{2,20}?)（([\u4e00-\u9fff]{1,6})）"
                       r"(局|委|办|委员会|办公室|中心|大队|支队|总队|队|所|站)$")


def name_variants(local: str) -> set[str]:
    """Generic short forms of a local name, used as lookup keys.

    >>> "国家发展改革委" in name_variants("国家发展和改革委员会")
    True
    """
    base = normalize_name(local)
    variants = {base}
    inserted = _INSERTED.match(base)
    if inserted:
        # "城管（执法）局", "城市管理（综合执法）局": a word set in brackets inside the name is read with and without it
        head, word, tail = inserted.groups()
        variants |= {head + tail, head + word + tail}
    for v in list(variants):
        variants.add(v.replace("和", ""))
    for v in list(variants):
        if v.endswith("委员会"):
            variants.add(v[: -len("委员会")] + "委")
    for v in list(variants):
        if v.startswith("国家") and len(v) > 5:
            variants.add(v[2:])
        if v.startswith("中共") and len(v) > 4:  # 中共秀山自治县委社会工作部 = 秀山自治县委社会工作部
            variants.add(v[2:])
    # generic variants shorter than two characters are noise; the name itself always counts (县委 → 委)
    return {v for v in variants if len(v) >= 2} | ({base} if base else set())


def lookup_key(jurisdiction: str, local: str) -> str:
    return f"{jurisdiction}|{local}"


@dataclass
class AliasRules:
    """Alias rules from the built-in file and the user's files: (jurisdiction, alias) →
    full local name."""

    rules: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def load(cls, extra_files: list[Path] | None = None) -> AliasRules:
        rules = cls()
        builtin = resources.files("kg.data").joinpath("aliases.yaml").read_text("utf-8")
        rules.add_yaml(builtin, "内置别名表")
        for path in extra_files or []:
            if path.exists():
                rules.add_yaml(path.read_text("utf-8"), str(path))
        return rules

    def add_yaml(self, text: str, source: str) -> None:
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise KGError(f"别名文件 {source} 格式错误：{exc}") from exc
        if not isinstance(data, dict):
            raise KGError(f"别名文件 {source} 格式错误：顶层应为“行政区划: {{全称: [简称, …]}}”")
        for jurisdiction, table in data.items():
            if not isinstance(table, dict):
                raise KGError(f"别名文件 {source} 中“{jurisdiction}”下应为“全称: [简称, …]”")
            for full, aliases in table.items():
                for alias in aliases or []:
                    self.add(str(jurisdiction), str(alias), str(full))

    def add(self, jurisdiction: str, alias: str, full: str) -> None:
        full_local = self._local(jurisdiction, full)
        self.rules[(jurisdiction, normalize_name(alias))] = full_local
        # names are looked up by their place-relative local part: a rule written the way
        # staff write it ("白城市: {自然资源局: [市资源局]}") must also match "资源局"
        local_alias = self._local(jurisdiction, alias)
        if local_alias != full_local:
            self.rules.setdefault((jurisdiction, local_alias), full_local)

    def _local(self, jurisdiction: str, name: str) -> str:
        clean = normalize_name(name)
        if jurisdiction == CENTRAL:
            return clean
        gaz = builtin_gazetteer()
        if jurisdiction not in gaz.places:
            gaz = gaz.copy()
            gaz.add(jurisdiction)
        placed = place_name(clean, jurisdiction, gaz)
        return placed.local if placed.jurisdiction == jurisdiction and placed.explicit else clean

    def expand(self, jurisdiction: str, local: str) -> str | None:
        return self.rules.get((jurisdiction, normalize_name(local)))

    def full_local(self, jurisdiction: str, local: str) -> str:
        """The full local name a name stands for: an alias rule first (the user's word wins),
        then, for a local body, the generated short-stem table (市食药监局 →
        食品药品监督管理局, ``kg.short_forms``); else the name as written."""
        ruled = self.expand(jurisdiction, local)
        if ruled:
            return ruled
        if jurisdiction != CENTRAL:
            return expand_short_stem(local) or local
        return local


@lru_cache(maxsize=1)
def builtin_gazetteer() -> Gazetteer:
    """The built-in places, parsed once; copy before adding to it."""
    return Gazetteer.builtin()


@lru_cache(maxsize=1)
def builtin_aliases() -> AliasRules:
    return AliasRules.load()
