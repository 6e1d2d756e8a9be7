"""Print the dev misses of /ask, grouped by kind of failure (a tool, not a test).

Ingests the scoring corpus once into a store kept on disk (``--store``, default
/tmp/ask_misses_store) and reuses it on later runs (``--rebuild`` to ingest again, needed
after a change to extraction or to how names are indexed at ingest). Reads only
tests/questions/dev.yaml.

    PYTHONPATH=. python scripts/ask_misses.py [--rebuild] [--grep TEXT] [--intent NAME]
    PYTHONPATH=. python scripts/ask_misses.py --trial FILE   # a fresh set: figures only
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", default="/tmp/ask_misses_store")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--grep", default="")
    ap.add_argument("--intent", default="")
    ap.add_argument("--trial", default="",
                    help="score a fresh question file instead of dev: figures only (right, unanswerable, by style),"
                         " never its questions nor misses")
    ap.add_argument("--hash", action="store_true", help="hash embedder (fast, not the scored model)")
    ap.add_argument("--dev-docs", action="store_true",
                    help="skip questions with a blind or reserve document among their sources (for extraction work:"
                         " extraction code is never changed while looking at a blind document's misses)")
    args = ap.parse_args()

    from ingest.pipeline import ingest_paths
    from kg.index.clause_index import IndexRegistry
    from kg.paths import shared_dir
    from kg.stores.networkx_store import NetworkxStore
    from queries.ask import ask
    from tests.scoring import QUESTIONS_DIR, TODAY, UnitNames, is_unanswerable, judge, load

    directory = Path(args.store)
    t0 = time.time()
    if args.rebuild and directory.exists():
        shutil.rmtree(directory)
    fresh = not (directory / "kg.sqlite3").exists()
    store = NetworkxStore(directory)
    if fresh:
        shared = shared_dir()
        ingest_paths(store, [shared / "corpus", shared / "seeds", REPO / "samples" / "示例县"])
    print(f"store ready in {time.time() - t0:.0f}s ({'ingested' if fresh else 'reused'})", file=sys.stderr)
    from kg.index.embedder import HashEmbedder, default_embedder

    embedder: Any = HashEmbedder() if args.hash else default_embedder()
    index = IndexRegistry(embedder, use_cache=True).index_for(store)

    names = UnitNames(store)
    from kg.model import Predicate
    from kg.text import normalize_name
    by_name: dict[str, set[str]] = defaultdict(set)
    for unit in store.units():
        for n in names.of(unit.id):
            by_name[n].add(unit.id)

    def gap(item: dict) -> str:
        """Why the store cannot answer, when it cannot: a gold unit it does not hold, or (for
        who_handles) a gold unit holding no duty clause at all: extraction gaps."""
        golds = [g for part in (item.get("parts") or [item]) for g in part.get("units") or []]
        ids = [by_name.get(normalize_name(str(g)), set()) for g in golds]
        if golds and not any(ids):
            return "[gap: no gold unit in store] "
        if item.get("intent") == "who_handles" and not any(store.facts(u, Predicate.HOLDS) for s in ids for u in s):
            return "[gap: gold unit holds no clause] "
        return ""
    import yaml
    split = yaml.safe_load((REPO / "tests" / "gold" / "split.yaml").read_text(encoding="utf-8"))
    kept_apart = set(split.get("blind") or []) | set(split.get("reserve") or [])
    if args.trial:
        trial = load(Path(args.trial))
        by_style: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        by_intent: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        causes: dict[str, int] = defaultdict(int)
        for item in trial:
            answer = ask(store, str(item["q"]), index=index, today=TODAY)
            ok, _why = judge(item, answer, names)
            intent = "unanswerable" if is_unanswerable(item) else str(item.get("intent") or "")
            for tally in (by_style[str(item.get("style") or "")], by_intent[intent]):
                tally[0] += ok
                tally[1] += 1
            if not ok:  # counted by cause, never listed: the graph lacks it / the question misread / the rest
                causes["graph lacks a gold unit or clause" if gap(item) else "intent misread"
                       if answer["intent"] != item.get("intent") else "read, answer wrong"] += 1
        right_t = sum(r for r, _ in by_style.values())
        print(f"trial {right_t}/{len(trial)} = {right_t / max(len(trial), 1):.1%}; "
              + "; ".join(f"{k} {r}/{t}" for k, (r, t) in sorted(by_style.items())))
        print("trial by intent: " + "; ".join(f"{k} {r}/{t}" for k, (r, t) in sorted(by_intent.items())))
        print("trial misses by cause: " + "; ".join(f"{k} {n}" for k, n in sorted(causes.items())))
        store.close()
        return
    items = load(QUESTIONS_DIR / "dev.yaml")
    if args.dev_docs:
        items = [i for i in items if not kept_apart & set(i.get("source") or [])]
    groups: dict[str, list[str]] = defaultdict(list)
    right = un = un_right = 0
    for item in items:
        if args.grep and args.grep not in item["q"]:
            continue
        if args.intent and item.get("intent") != args.intent:
            continue
        answer = ask(store, str(item["q"]), index=index, today=TODAY)
        ok, why = judge(item, answer, names)
        right += ok
        if is_unanswerable(item):
            un += 1
            un_right += ok
        if ok:
            continue
        got_intent = answer["intent"]
        want = item.get("intent")
        kind = f"{want}→{got_intent}" if got_intent != want else f"{want}: {why.split('“')[0]}"
        got = [u["name"] for u in answer.get("units") or []][:4]
        groups[kind].append(f"  {gap(item)}{item['q']}｜期望 {item.get('expect')} {item.get('units')} at={item.get('at')}"
                            f" contains={item.get('contains')}｜得到 {got}｜{why}｜{answer.get('answer', '')[:120]!r}")
    for kind, lines in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {kind} ({len(lines)})")
        print("\n".join(lines))
    total = sum(1 for i in items if (not args.grep or args.grep in i["q"]) and (not args.intent or i.get("intent") == args.intent))
    print(f"\ndev {right}/{total} = {right / max(total, 1):.1%}; unanswerable {un_right}/{un}; {time.time() - t0:.0f}s")
    store.close()


if __name__ == "__main__":
    main()
