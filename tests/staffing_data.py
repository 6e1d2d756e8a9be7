"""Stores for the staffing tests, each built through the ingest pipeline.

* the sample county (samples/source/示例县, 70 staffing rows): clean, its stated totals add up;
* 检查县, a small ledger with one planted case per check beside a clean twin:

  | check               | planted                                   | clean                      |
  | ---                 | ---                                       | ---                        |
  | over_quota          | 县甲局 行政编制10, 实有12                  | 县乙局 10 / 10             |
  | over_leader_posts   | 县甲局 副科级职数2, 实配3                  | 县乙局 2 / 2               |
  | over_divisions      | 县甲局 内设机构2, 实有3                    | 县乙局 2 / 2               |
  | long_vacancy        | 县丙局 10 / 7 since 2022-01                | 县丁局 10 / 8 since 2024-03|
  | township_norm       | 甲镇 一类 but 30; 乙镇 事业40 vs 28×1.2    | 丙镇 一类 37 / 44          |
  | ledger_mismatch     | 县戊局 10 + 2, then "调整后…13名"          | 县乙局                     |
  | loan_overdue        | 县己中心 周转2 since 2021-01, not returned | 县乙局                     |

  The review of a request: 县丙局 has 3 empty posts (blocked); 县乙局 has none, and its
  supervisor 县甲局 has a finding that is unresolved (blocked) or resolved (accepted).
* the seeds (../shared/seeds, real work reports), through the text extractors.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ingest.pipeline import ingest_paths
from kg.stores.networkx_store import NetworkxStore
from tests.test_ask_data import REPO, SHARED

SAMPLE = REPO / "samples" / "source" / "示例县" / "示例县机构编制台账.yaml"
SEEDS = SHARED / "seeds"
CHECK_AT = "2024-06"

PLANTED = {
    "文件": {"标题": "检查县编制台账", "行政区划": "检查县", "上级行政区划": "检查市"},
    "单位": [
        {"名称": "县甲局", "机构类别": "县政府工作部门", "规格": "正科级"},
        {"名称": "县乙局", "机构类别": "县政府工作部门", "规格": "正科级", "上级单位": "县甲局", "隶属关系": "所属"},
        {"名称": "县丙局", "机构类别": "县政府工作部门", "规格": "正科级"},
        {"名称": "县丁局", "机构类别": "县政府工作部门", "规格": "正科级"},
        {"名称": "县戊局", "机构类别": "县政府工作部门", "规格": "正科级"},
        {"名称": "县己中心", "机构类别": "公益一类事业单位", "规格": "股级"},
        {"名称": "甲镇", "机构类别": "乡镇", "规格": "正科级"},
        {"名称": "乙镇", "机构类别": "乡镇", "规格": "正科级"},
        {"名称": "丙镇", "机构类别": "乡镇", "规格": "正科级"},
    ],
    "编制": [
        {"单位": "县甲局", "编制类型": "行政编制", "变动": "核定", "数量": 10, "日期": "2020-01"},
        {"单位": "县甲局", "编制类型": "行政编制", "变动": "实有", "数量": 12, "日期": "2024-01",
         "依据": "截至2024年1月，县甲局实有行政编制人员12名。"},
        {"单位": "县甲局", "编制类型": "领导职数", "职级": "副科级", "变动": "核定", "数量": 2, "日期": "2020-01"},
        {"单位": "县甲局", "编制类型": "领导职数", "职级": "副科级", "变动": "实有", "数量": 3, "日期": "2024-01"},
        {"单位": "县甲局", "编制类型": "内设机构", "变动": "核定", "数量": 2, "日期": "2020-01"},
        {"单位": "县甲局", "编制类型": "内设机构", "变动": "实有", "数量": 3, "日期": "2024-01"},
        {"单位": "县乙局", "编制类型": "行政编制", "变动": "核定", "数量": 10, "日期": "2020-01"},
        {"单位": "县乙局", "编制类型": "行政编制", "变动": "实有", "数量": 10, "日期": "2024-01"},
        {"单位": "县乙局", "编制类型": "领导职数", "职级": "副科级", "变动": "核定", "数量": 2, "日期": "2020-01"},
        {"单位": "县乙局", "编制类型": "领导职数", "职级": "副科级", "变动": "实有", "数量": 2, "日期": "2024-01"},
        {"单位": "县乙局", "编制类型": "内设机构", "变动": "核定", "数量": 2, "日期": "2020-01"},
        {"单位": "县乙局", "编制类型": "内设机构", "变动": "实有", "数量": 2, "日期": "2024-01"},
        {"单位": "县丙局", "编制类型": "行政编制", "变动": "核定", "数量": 10, "日期": "2020-01"},
        {"单位": "县丙局", "编制类型": "行政编制", "变动": "实有", "数量": 7, "日期": "2022-01"},
        {"单位": "县丁局", "编制类型": "行政编制", "变动": "核定", "数量": 10, "日期": "2020-01"},
        {"单位": "县丁局", "编制类型": "行政编制", "变动": "实有", "数量": 10, "日期": "2022-01"},
        {"单位": "县丁局", "编制类型": "行政编制", "变动": "实有", "数量": 8, "日期": "2024-03"},
        {"单位": "县戊局", "编制类型": "行政编制", "变动": "核定", "数量": 10, "日期": "2020-01"},
        {"单位": "县戊局", "编制类型": "行政编制", "变动": "核增", "数量": 2, "日期": "2021-05",
         "依据": "为县戊局核增行政编制2名。"},
        {"单位": "县戊局", "编制类型": "行政编制", "变动": "核定", "数量": 13, "日期": "2022-01",
         "依据": "调整后，县戊局机关行政编制13名。"},
        {"编制类型": "事业编制", "经费形式": "全额拨款", "变动": "收回", "数量": 5, "日期": "2020-06",
         "依据": "全县收回空余全额拨款事业编制5名，纳入县周转编制池。"},
        {"单位": "县己中心", "编制类型": "事业编制", "经费形式": "全额拨款", "变动": "核定", "数量": 6, "日期": "2020-01"},
        {"单位": "县己中心", "编制类型": "事业编制", "经费形式": "全额拨款", "变动": "周转", "数量": 2, "日期": "2021-01",
         "依据": "从县周转编制池中为县己中心周转使用全额拨款事业编制2名。"},
        {"单位": "甲镇", "编制类型": "行政编制", "变动": "核定", "数量": 30, "日期": "2020-01",
         "依据": "甲镇为一类乡镇，核定行政编制30名。"},
        {"单位": "甲镇", "编制类型": "事业编制", "经费形式": "全额拨款", "变动": "核定", "数量": 36, "日期": "2020-01"},
        {"单位": "乙镇", "编制类型": "行政编制", "变动": "核定", "数量": 28, "日期": "2020-01",
         "依据": "乙镇为二类乡镇，核定行政编制28名。"},
        {"单位": "乙镇", "编制类型": "事业编制", "经费形式": "全额拨款", "变动": "核定", "数量": 40, "日期": "2020-01"},
        {"单位": "丙镇", "编制类型": "行政编制", "变动": "核定", "数量": 37, "日期": "2020-01",
         "依据": "丙镇为一类乡镇，核定行政编制37名。"},
        {"单位": "丙镇", "编制类型": "事业编制", "经费形式": "全额拨款", "变动": "核定", "数量": 44, "日期": "2020-01"},
    ],
}


def write_planted(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "检查县编制台账.yaml"
    path.write_text(yaml.safe_dump(PLANTED, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def build(directory: Path, *, sample: bool = True, planted: bool = False, seeds: bool = False) -> NetworkxStore:
    """A store in ``directory`` holding the chosen data (each ingested through the pipeline)."""
    store = NetworkxStore(directory / "kgdata")
    paths: list[Path] = []
    if sample:
        paths.append(SAMPLE)
    if planted:
        paths.append(write_planted(directory / "src"))
    if seeds:
        paths.extend(sorted(SEEDS.glob("*.txt")))
    results = ingest_paths(store, paths)
    failed = [r for r in results if r.status == "失败"]
    assert not failed, [r.errors for r in failed]
    return store
