"""Bare names of a chronicle that a place or a rule completes (fourteenth session).

A 县志 section copied on its own ("第一节 机构设置", "【机构设置】…") often never writes the county's name:
its bodies are written relative to the county ("县人民政府始设人事科", "与县委组织部合署办公", "并入县人民委员会
办公室"), and between them the chronicle leaves the 县 out ("改人事科为人事局", "民政、劳动两局合并，称民劳局").
With no place of its own the document's names cannot take the county's name; the bare ones take the 县 their
neighbours are written with, so that 人事科 and 县人事科 are one body (the gold README keeps such names in their
relative form, 县X).

The document is read as county-relative when it has no place of its own (the extractor's jurisdiction is
中央 or empty), writes at least two distinct county-relative bodies or governments ("县人民政府", "县民政科",
"县委"; one is enough in a chronicle of three dated entries or more), and writes no government or party committee relative to a province or city ("省政府", "市委").
A bare name is one of a local body (…局, …科, …站, …所, …馆, …室, …队, …社, …委员会) with no place, party or
central prefix; a division's head (…组, …股), a ministry (…部), a province's 厅 and a lone 办公室 stay as
written.

A document may also state how its departments are named: "其工作部门…，机构名称前均冠以某县革命委员会" (a 革委会
list of bodies, each written bare after it). Its bare department names (…局/科/室/部/社/办公室/组…, no place, party or
central prefix) carry that name before their own (``naming_rule``, ``prefixed_name``).
"""

from __future__ import annotations

import re

from kg.divisions import divisions

# "县人民政府", "县民主政府", "县人委", "县委", "县人事科", "县民政局": a body written relative to its county
# (县 not the end of a county's own name, "甲县数据局", nor 县级)
_COUNTY_WRITTEN = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[年月日与和及、将由并为在至于设入即同]))县(?!级)(?:人民政府|民主政府|人民委员会|革命委员会|政府|人委|革委会?|委(?!员)|"
                             r"[\u4e00-\u9fff]{1,6}?(?:局|科))")
# "省政府", "市委", "市人民政府": a government or committee relative to a province or city (not 城市/超市…)
_OTHER_LEVEL = re.compile(r"(?:^|[^\u4e00-\u9fff]|[年月日与和、将由并为在至])(?:省|市|地区|州)(?:人民政府|政府|委(?!员)|人委)")
# a chronicle's dated entry: a year opening a sentence or a line ("1961年5月26日,改称民政局")
_ENTRY = re.compile(r"(?:^|[。！？\n])\s*(?:于)?(?:19|20)\d{2}\s*年")
_BARE_END = re.compile(r"(?:局|科|站|所|馆|室|队|社|委员会)$")
_NOT_BARE = re.compile(r"^(?:乡|镇|地区|专区|中共|中国|中央|中华|国家|国务院|全国|人民政府|某)|^办公室$|"
                       r"[省县州旗盟区]|市(?!场)")  # a place in the name ("县人事局", "甲县数据局", "某市…")


def county_relative(text: str, jurisdiction: str | None) -> bool:
    """Whether the document is a county's text written relative to a county it never names."""
    if jurisdiction not in (None, "", "中央"):
        return False
    written = len(set(_COUNTY_WRITTEN.findall(text)))
    if written < 2 and not (written and len(_ENTRY.findall(text)) >= 3):
        return False  # one county body written is enough in a chronicle of dated entries
    return not _OTHER_LEVEL.search(text)


def county_name(name: str) -> str | None:
    """"人事科" → "县人事科" in a county-relative document (see the module's docstring); None when the
    name is not a bare local body's."""
    if len(name) < 3 or _NOT_BARE.search(name) or not _BARE_END.search(name):
        return None
    if divisions().place_prefix(name):
        return None  # "金溪县档案馆", "莒南县商业局": a place of its own
    return "县" + name


# "机构名称前均冠以莒南县革命委员会" / "各部门名称前一律冠以'某县革命委员会'字样": the document's naming rule
_NAMING_RULE = re.compile(r"(?:机构|部门|单位)名称前(?:均|一律|都|统一)?(?:冠以|冠)[“\"'‘「]?(?P<x>[^，。；、”\"'’」]{4,30}?)[”\"'’」]?(?:字样)?(?=[，。；]|$)")
_DEPARTMENT_END = re.compile(r"(?:局|科|室|部|处|社|委员会|办公室|组|指挥部|站|所)$")


def naming_rule(text: str) -> str | None:
    """The name a document says its departments carry before their own ("机构名称前均冠以某县革命委员会": 某县革命委员会),
    None when it states no such rule."""
    m = _NAMING_RULE.search(text)
    return m.group("x") if m else None


def prefixed_name(name: str, prefix: str) -> str | None:
    """"政治部" → "某县革命委员会政治部" under the naming rule; None for a name with a place, party or central prefix
    of its own, or the prefix's body itself."""
    if name.startswith(prefix) or prefix.endswith(name) or not _DEPARTMENT_END.search(name):
        return None
    if _NOT_BARE.search(name) or divisions().place_prefix(name):
        return None
    return prefix + name


__all__ = ["county_name", "county_relative", "naming_rule", "prefixed_name"]
