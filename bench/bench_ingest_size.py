"""Ingest time against document size: one 三定 text of 1, 4 and 16 MB through `kg ingest`.

    python -m bench.bench_ingest_size [--sizes 1 4 16] [--keep]

The text is real 三定 structure repeated until it reaches the size: a title, 第一条 … 第N条
articles, 主要职责 with numbered items （一）…（二十）, 有关职责分工, and 内设机构 lists whose
items name a division and its duties. Sentences are drawn from a pool of verbs and topics
(deterministic, seeded), so the extractors see the same patterns a real 三定 has, many times.

Each size runs `kg ingest` in its own process (a fresh store, KG_EMBED_MODEL=hash) so the
peak resident memory of that process (``ru_maxrss`` of the child) and its CPU time (user +
system, which other jobs on a shared machine disturb far less than wall time) are measured
alone. Prints a Markdown table with the load average, to paste into BENCHMARKS.md, and fails
(exit 1) when the CPU time ratio t(largest) / t(smallest) exceeds 20 × size ratio / 16 —
linear time, with slack for noise.
The size limits of `kg ingest` are raised for the run (KG_MAX_FILE_MB) since 16 MB exceeds
the default.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

VERBS = ["负责", "拟订", "组织实施", "指导", "承担", "监督管理", "统筹协调", "组织编制", "牵头", "参与", "配合"]
TOPICS = [
    "国土空间规划", "自然资源调查监测", "不动产登记", "耕地保护", "矿产资源管理", "森林资源保护", "草原防火",
    "防汛抗旱", "安全生产监督管理", "食品安全监督管理", "价格监督检查", "知识产权保护", "义务教育均衡发展",
    "科技成果转化", "中小企业发展", "社会救助", "养老服务", "婚姻登记", "法律援助", "预算编制", "国有资产管理",
    "就业创业", "社会保险", "生态环境监测", "大气污染防治", "住房保障", "建筑市场监管", "道路运输管理",
    "水资源管理", "农产品质量安全", "动物防疫", "招商引资", "文物保护", "医疗卫生服务", "统计调查", "政务服务",
]
AREAS = ["全县", "本行业", "相关领域", "城乡", "重点区域", "基层"]
DIVISIONS = ["办公室", "政策法规股", "规划发展股", "综合监督股", "行政审批股", "财务审计股", "人事股", "执法监督股",
             "信息化股", "安全生产股", "科技股", "市场监管股"]
CN = "一二三四五六七八九十"


def cn_number(n: int) -> str:
    """1..99 in Chinese numerals (the item numbers of a 三定 text)."""
    if n < 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN[tens - 1]
    return head + "十" + (CN[ones - 1] if ones else "")


def duty(rng: random.Random) -> str:
    verb, topic, area = rng.choice(VERBS), rng.choice(TOPICS), rng.choice(AREAS)
    return f"{verb}{area}{topic}工作，建立健全{rng.choice(TOPICS)}制度并监督实施。"


def block(rng: random.Random, k: int) -> str:
    """One part of the text: an article with 主要职责 items and one with a 内设机构 list."""
    items = "\n".join(f"（{cn_number(i)}）{duty(rng)}{duty(rng)}" for i in range(1, 21))
    divisions = "\n".join(
        f"（{cn_number(i)}）{name}。{duty(rng)}{duty(rng)}" for i, name in enumerate(rng.sample(DIVISIONS, 8), 1))
    return (f"第三条 示例县{k % 40 + 1}号局贯彻落实党中央关于相关工作的方针政策和决策部署。主要职责是：\n{items}\n"
            f"（二十一）有关职责分工。1.与县财政局的有关职责分工。县财政局负责{rng.choice(TOPICS)}工作。\n"
            f"第四条 示例县{k % 40 + 1}号局设下列内设机构：\n{divisions}\n")


def sanding_text(size_bytes: int, seed: int = 14) -> str:
    rng = random.Random(seed)
    head = ("示例县统计局职能配置、内设机构和人员编制规定\n"
            "第一条 根据《示例县机构改革方案》，制定本规定。\n"
            "第二条 示例县统计局是县政府工作部门，为正科级。\n")
    parts = [head]
    size = len(head.encode("utf-8"))
    k = 0
    while size < size_bytes:
        part = block(rng, k)
        parts.append(part)
        size += len(part.encode("utf-8"))
        k += 1
    parts.append("第五条 县统计局机关行政编制12名。\n")
    return "".join(parts)


def run_one(size_mb: int, folder: Path) -> dict[str, float]:
    path = folder / f"示例县统计局三定规定-{size_mb}MB.txt"
    path.write_text(sanding_text(size_mb * 1024 * 1024), encoding="utf-8")
    store = folder / f"store-{size_mb}"
    env = {**os.environ, "KG_EMBED_MODEL": "hash", "KG_MAX_FILE_MB": str(size_mb * 2 + 1),
           "KG_MAX_SECONDS_PER_FILE": "3600", "PYTHONPATH": str(ROOT)}
    script = ("import resource, subprocess, sys, time\n"
              "t = time.perf_counter()\n"
              "rc = subprocess.call(sys.argv[1:])\n"
              "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
              "print(time.perf_counter() - t, u.ru_maxrss, u.ru_utime + u.ru_stime, rc)\n")
    out = subprocess.run([sys.executable, "-c", script, sys.executable, "-m", "api.cli", "ingest", str(path),
                          "--store", str(store)], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    seconds, rss_kb, cpu, rc = out.stdout.strip().splitlines()[-1].split()
    if rc != "0":
        raise SystemExit(f"kg ingest failed on {path.name}:\n{out.stdout[-2000:]}")
    return {"mb": size_mb, "bytes": path.stat().st_size, "seconds": float(seconds), "cpu": float(cpu),
            "rss_mb": int(rss_kb) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--keep", action="store_true", help="keep the generated texts and stores")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-ingest-"))
    rows = []
    for size in args.sizes:
        row = run_one(size, folder)
        rows.append(row)
        print(f"{size} MB: {row['seconds']:.1f} s wall, {row['cpu']:.1f} s CPU, peak RSS {row['rss_mb']:.0f} MB",
              file=sys.stderr, flush=True)
    load = os.getloadavg()
    print(f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}")
    print("| text | bytes | ingest, wall (s) | ingest, CPU (s) | CPU s per MB | peak RSS (MB) |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['mb']} MB | {r['bytes']:,} | {r['seconds']:.1f} | {r['cpu']:.1f} | {r['cpu'] / r['mb']:.2f} "
              f"| {r['rss_mb']:.0f} |")
    first, last = rows[0], rows[-1]
    ratio = last["cpu"] / first["cpu"]
    allowed = 20 * (last["mb"] / first["mb"]) / 16
    print(f"CPU t({last['mb']} MB) / t({first['mb']} MB) = {ratio:.1f} (allowed ≤ {allowed:.1f}); "
          f"wall {last['seconds'] / first['seconds']:.1f}")
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    if len(rows) > 1 and ratio > allowed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
