// 编制图谱 web page: plain JavaScript, no libraries, no network access besides this server.
"use strict";

const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

async function api(path, params, options) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  let res;
  try { res = await fetch(url, options); } catch (e) { throw new Error("无法连接服务器"); }
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) throw new Error((body && body.error && body.error.message) || `请求失败（${res.status}）`);
  return body;
}

const loading = (el) => { el.innerHTML = '<p class="loading">查询中…</p>'; };
const fail = (el, e) => { el.innerHTML = `<div class="error">${esc(e.message)}</div>`; };
const unitLink = (id, name) => `<a class="unitlink" data-unit="${esc(id)}">${esc(name)}</a>`;
const src = (ev) => ev ? `<span class="src">${ev.title ? "《" + esc(ev.title) + "》" : esc(ev.document || "")} ${esc(ev.date || "")}</span>` : "";
const evidence = (ev) => ev && ev.text ? `<div class="evidence">${esc(ev.text)}<br>${src(ev)}</div>` : "";

// ---------------------------------------------------------------- tabs
function showTab(name) {
  document.querySelectorAll("nav button").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
  document.querySelectorAll(".tab").forEach((t) => t.classList.toggle("active", t.id === "tab-" + name));
}
document.querySelectorAll("nav button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
document.addEventListener("click", (e) => {
  const a = e.target.closest("[data-unit]");
  if (a) { e.preventDefault(); showTab("units"); openUnit(a.dataset.unit); }
});

// ---------------------------------------------------------------- jurisdictions
api("/jurisdictions").then((rows) => {
  const options = rows.filter((r) => r.units > 0).map((r) => `<option value="${esc(r.id)}">${esc(r.name)}（${r.units}）</option>`).join("");
  document.querySelectorAll("select.jur").forEach((s) => s.insertAdjacentHTML("beforeend", options));
}).catch(() => {});

// ---------------------------------------------------------------- ask
// intent labels come from the server's one Intent table (GET /ask/intents)
const INTENTS = {};
api("/ask/intents").then((rows) => { for (const r of rows) INTENTS[r.intent] = r.label; }).catch(() => {});
const EXAMPLES = ["谁负责草原防火？", "2017年谁负责出入境检验检疫？", "自然资源部的前身是什么？", "国家药品监督管理局由哪个部门管理？",
  "国家海洋局牌子挂在哪？", "国家卫生健康委员会有多少编制？", "哪些单位职责交叉？"];
$("#ask-examples").innerHTML = "试试：" + EXAMPLES.map((q) => `<a data-q="${esc(q)}">${esc(q)}</a>`).join("");
$("#ask-result").addEventListener("click", (e) => {
  const a = e.target.closest("[data-q]");
  if (a) { $("#ask-q").value = a.dataset.q; $("#ask-form").requestSubmit(); }
});
$("#ask-examples").addEventListener("click", (e) => {
  const a = e.target.closest("[data-q]");
  if (a) { $("#ask-q").value = a.dataset.q; $("#ask-form").requestSubmit(); }
});
$("#ask-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const out = $("#ask-result");
  const question = $("#ask-q").value.trim();
  if (!question) return;
  loading(out);
  try {
    const body = { question };
    if ($("#ask-at").value.trim()) body.at = $("#ask-at").value.trim();
    const r = await api("/ask", null, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const units = r.units.length ? `<h3>相关单位</h3><p>${r.units.map((u) => (u.kind === "place" ? esc(u.name) : unitLink(u.id, u.name) + `<span class="meta">（${esc(u.jurisdiction)}）</span>`)).join("、")}</p>` : "";
    const evs = r.evidence.length ? `<h3>依据</h3>${r.evidence.map(evidence).join("")}` : "";
    const sugg = (r.suggestions || []).length ? `<p class="suggest">您是不是要问：${r.suggestions.map((q) => `<a data-q="${esc(q)}">${esc(q)}</a>`).join("　")}</p>` : "";
    out.innerHTML = `<div class="card"><p class="meta"><span class="tag">${esc(INTENTS[r.intent] || r.intent)}</span>查询日期 ${esc(r.at)}</p>
      <p class="answer">${esc(r.answer)}</p>${sugg}${units}${evs}</div>`;
  } catch (err) { fail(out, err); }
});

// ---------------------------------------------------------------- units
$("#unit-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const out = $("#unit-list");
  $("#unit-page").innerHTML = "";
  loading(out);
  try {
    const r = await api("/units", { q: $("#unit-q").value.trim(), jurisdiction: $("#unit-jur").value, at: $("#unit-at").value.trim(), limit: 100 });
    if (!r.units.length) { out.innerHTML = '<div class="card">没有找到符合条件的单位。</div>'; return; }
    out.innerHTML = `<div class="card"><p class="meta">共 ${r.total} 个单位（查询日期 ${esc(r.at)}）</p><table><tr><th>名称</th><th>行政区划</th><th>类别</th><th>规格</th><th>上级</th><th>状态</th></tr>
      ${r.units.map((u) => `<tr><td>${unitLink(u.id, u.name)}${u.matched && u.matched !== u.name ? `<br><span class="meta">命中：${esc(u.matched)}</span>` : ""}</td>
      <td>${esc(u.jurisdiction)}</td><td>${esc(u.kind || "")}</td><td>${esc(u.rank || "")}</td><td>${esc(u.parent || "")}</td>
      <td>${u.exists === false ? '<span class="tag grey">已撤销</span>' : u.exists ? '<span class="tag blue">存续</span>' : ""}</td></tr>`).join("")}</table></div>`;
  } catch (err) { fail(out, err); }
});

async function openUnit(id) {
  const out = $("#unit-page");
  $("#unit-list").innerHTML = "";
  loading(out);
  const at = $("#unit-at").value.trim();
  try {
    const [p, lin, ovh] = await Promise.all([api(`/units/${encodeURIComponent(id)}`, { at }), api(`/units/${encodeURIComponent(id)}/lineage`, { at }),
      api("/overlaps/history", { unit: id }).catch(() => ({ items: [] }))]);
    const state = p.exists === false ? '<span class="tag grey">已不存在</span>' : p.exists ? '<span class="tag blue">存续</span>' : "";
    const dated = (list, label) => list.length ? `<h3>${label}</h3><ul class="plain">${list.map((x) => `<li>${esc(x.value)}（${esc(x.period)}）${evidence(x.evidence)}</li>`).join("")}</ul>` : "";
    const parents = p.parents.length ? `<h3>隶属</h3><ul class="plain">${p.parents.map((x) => `<li>${x.parent_id ? unitLink(x.parent_id, x.parent) : esc(x.parent)}（${esc(x.value)}，${esc(x.period)}）${evidence(x.evidence)}</li>`).join("")}</ul>` : "";
    const children = p.children.length ? `<h3>内设机构与下属单位</h3><p>${p.children.map((c) => unitLink(c.id, c.name) + `<span class="meta">（${esc(c.relation || "")}）</span>`).join("、")}</p>` : "";
    const duties = p.duties.length ? `<h3>职责（${p.duties.length} 条）</h3><ul class="plain">${p.duties.map((d) => `<li>${d.role ? `<span class="tag">${esc(d.role)}</span>` : ""}${esc(d.text)} <span class="meta">${esc(d.period)}</span><br>${src(d.evidence)}</li>`).join("")}</ul>` : "";
    const staffing = p.staffing.length ? `<h3>编制</h3><table><tr><th>日期</th><th>类型</th><th>变动</th><th>数量</th><th>依据</th></tr>${p.staffing.map((s) => `<tr><td>${esc(s.date || "")}</td><td>${esc(s.kind)}${s.level ? "（" + esc(s.level) + "）" : ""}</td><td>${esc(s.change || "")}</td><td>${esc(s.amount)}</td><td>${esc(s.evidence && s.evidence.text)}</td></tr>`).join("")}</table>` : "";
    // an event reported by several documents is one item; its sources open on demand
    const sources = (t) => t.event && t.event.sources && t.event.sources.length
      ? `<details class="sources"><summary>${esc(t.event.sources_label)}</summary>${t.event.sources.map((x) => evidence({ ...x, date: x.date || x.document_date })).join("")}</details>`
      : src(t.evidence);
    const timeline = lin.timeline.length ? `<h3>时间线</h3><div class="timeline">${lin.timeline.map((t) => `<div class="item"><span class="date">${esc(t.date || "日期不详")}</span>${esc(t.text)}<br>${sources(t)}</div>`).join("")}</div>` : "";
    out.innerHTML = `<div class="card"><h2>${esc(p.name)} ${state}</h2>
      <p class="meta">${esc(p.jurisdiction)} · 类别：${esc(p.kind || "不详")} · 规格：${esc(p.rank || "不详")} · 查询日期 ${esc(p.at)}</p>
      <h3>沿革图</h3><div class="graph" id="lineage-graph"></div>
      ${timeline}${ovh.items.length ? `<h3>职责分散（改革文件所述）</h3><div class="ov-history">${ovh.items.map((i) => `<div class="evidence">${esc(i.summary)} ${gradeTag(i.grade)}<span class="tag grey">文件所述</span><br>${esc(i.evidence.text)}<br>${src(i.evidence)}</div>`).join("")}</div>` : ""}${dated(p.names, "名称")}${dated(p.signs, "牌子")}${parents}${children}${duties}${staffing}</div>`;
    drawLineage($("#lineage-graph"), lin.graph);
  } catch (err) { fail(out, err); }
}

// A layered drawing: units and events as nodes, arrows unit → event → unit, left to right by order.
function drawLineage(el, graph) {
  if (!graph.nodes.length || !graph.edges.length) { el.innerHTML = '<p class="meta" style="padding:10px">没有记录到沿革事件。</p>'; return; }
  const nodes = new Map(graph.nodes.map((n) => [n.id, { ...n, layer: 0 }]));
  const edges = graph.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target) && e.source !== e.target);
  for (let i = 0; i < nodes.size + 1; i++) { // longest path layering (cycles stop after |V| rounds)
    let moved = false;
    for (const e of edges) {
      const s = nodes.get(e.source), t = nodes.get(e.target);
      if (t.layer < s.layer + 1) { t.layer = s.layer + 1; moved = true; }
    }
    if (!moved) break;
  }
  // pull nodes right, next to what they lead to, so that arrows do not run behind other columns
  const outs = new Map(), ins = new Map();
  for (const e of edges) {
    (outs.get(e.source) || outs.set(e.source, []).get(e.source)).push(nodes.get(e.target));
    (ins.get(e.target) || ins.set(e.target, []).get(e.target)).push(nodes.get(e.source));
  }
  for (const n of [...nodes.values()].sort((a, b) => b.layer - a.layer)) {
    const next = outs.get(n.id);
    if (!next) continue;
    const want = Math.min(...next.map((t) => t.layer)) - 1;
    const floor = Math.max(-1, ...(ins.get(n.id) || []).map((s) => s.layer)) + 1;
    if (want > n.layer && want >= floor) n.layer = want;
  }
  const sparse = [];
  for (const n of nodes.values()) (sparse[n.layer] ||= []).push(n);
  const layers = sparse.filter(Boolean); // no empty columns
  layers.forEach((layer, li) => layer.forEach((n) => { n.layer = li; }));
  // order within a column: by the mean position of the nodes leading in (fewer crossings), then date, then name
  const key = (n) => String(n.date || n.label);
  const mean = (list) => (list.length ? list.reduce((a, m) => a + m.order, 0) / list.length : Infinity);
  const place = (layer, bary) => {
    layer.sort((a, b) => (bary(a) - bary(b)) || key(a).localeCompare(key(b)));
    layer.forEach((n, i) => { n.order = i / Math.max(layer.length - 1, 1); });
  };
  layers.forEach((layer, li) => place(layer, (n) => (li ? mean((ins.get(n.id) || []).filter((m) => m.layer < li)) : 0)));
  if (layers.length > 1) { // then the first column by where its arrows go, and the rest again
    place(layers[0], (n) => mean(outs.get(n.id) || []));
    layers.slice(1).forEach((layer, i) => place(layer, (n) => mean((ins.get(n.id) || []).filter((m) => m.layer <= i))));
  }
  const rowH = 58, padX = 20, padY = 24, boxW = 170, boxH = 36, inset = 6;
  const room = (el.clientWidth || 1000) - 2 * padX - boxW;
  const colW = layers.length > 1 ? Math.max(boxW + 36, Math.min(230, Math.floor(room / (layers.length - 1)))) : 0;
  const tallest = Math.max(...layers.map((l) => l.length));
  layers.forEach((layer) => layer.forEach((n, i) => {
    n.x = padX + n.layer * colW;
    n.y = padY + i * rowH + ((tallest - layer.length) * rowH) / 2;
  }));
  const width = padX * 2 + (layers.length - 1) * colW + boxW, height = padY * 2 + tallest * rowH - (rowH - boxH);
  const clip = (s, k) => (s.length > k ? s.slice(0, k - 1) + "…" : s);
  const left = (n) => n.x + (n.type === "event" ? inset : 0), right = (n) => n.x + boxW - (n.type === "event" ? inset : 0);
  // a long chain is drawn a little smaller to fit the page (down to 3/4), and scrolls beyond that
  const scale = Math.max(0.75, Math.min(1, ((el.clientWidth || width) - 2) / width));
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.floor(width * scale)}" height="${Math.ceil(height * scale)}" viewBox="0 0 ${width} ${height}" role="img" aria-label="沿革图">
    <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#9aa5b1"/></marker></defs>`;
  for (const e of edges) {
    const s = nodes.get(e.source), t = nodes.get(e.target);
    const x1 = right(s), y1 = s.y + boxH / 2, x2 = left(t), y2 = t.y + boxH / 2, mx = (x1 + x2) / 2;
    const dash = e.kind === "input" && e.duties ? ' stroke-dasharray="5 3"' : "";
    svg += `<path d="M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}" fill="none" stroke="#9aa5b1" stroke-width="1.4"${dash} marker-end="url(#arrow)"><title>${e.kind === "input" ? (e.duties ? "划出部分职责" : "整体并入") : "产生"}</title></path>`;
  }
  for (const n of nodes.values()) {
    if (n.type === "event") {
      svg += `<g><rect x="${n.x + inset}" y="${n.y + 4}" width="${boxW - 2 * inset}" height="${boxH - 8}" rx="14" fill="#fff7e6" stroke="#d9a441"/>
        <text x="${n.x + boxW / 2}" y="${n.y + boxH / 2 + 4}" text-anchor="middle" fill="#8a5a00">${esc(clip(n.label + (n.sources > 1 ? ` ·${n.sources}份` : ""), 18))}</text><title>${esc(n.label)}${n.sources_label ? "（" + esc(n.sources_label) + "）" : ""}</title></g>`;
    } else {
      const fill = n.focus ? "#b42318" : "#fff", ink = n.focus ? "#fff" : "#1d4e89";
      svg += `<g class="unitnode" data-unit="${esc(n.id)}" style="cursor:pointer"><rect x="${n.x}" y="${n.y}" width="${boxW}" height="${boxH}" rx="5" fill="${fill}" stroke="#1d4e89"/>
        <text x="${n.x + boxW / 2}" y="${n.y + boxH / 2 + 4}" text-anchor="middle" fill="${ink}">${esc(clip(n.label, 13))}</text><title>${esc(n.label)}</title></g>`;
    }
  }
  el.innerHTML = svg + "</svg>";
}

// ---------------------------------------------------------------- who handles
$("#who-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const out = $("#who-result");
  const q = $("#who-q").value.trim();
  if (!q) return;
  loading(out);
  try {
    const r = await api("/who-handles", { q, jurisdiction: $("#who-jur").value, at: $("#who-at").value.trim(), top: 10 });
    if (!r.results.length) { out.innerHTML = `<div class="card">在 ${esc(r.at)} 没有找到负责“${esc(q)}”的单位。</div>`; return; }
    out.innerHTML = `<p class="meta">查询日期 ${esc(r.at)}</p>` + r.results.map((u, i) => `<div class="card"><h2>${i + 1}. ${unitLink(u.id, u.name)} <span class="meta">${esc(u.jurisdiction)}</span></h2>
      ${u.clauses.slice(0, 3).map((c) => `<div class="evidence">${c.role ? `<span class="tag">${esc(c.role)}</span>` : ""}${esc(c.text)}<br>${src(c.evidence)}
      ${c.earlier_holders.length ? `<br><span class="meta">此前承担：${c.earlier_holders.map((h) => esc(h.name) + "（" + esc(h.period) + "）").join("、")}</span>` : ""}
      ${c.later_holders.length ? `<br><span class="meta">此后承担：${c.later_holders.map((h) => esc(h.name) + "（" + esc(h.period) + "）").join("、")}</span>` : ""}</div>`).join("")}</div>`).join("");
  } catch (err) { fail(out, err); }
});

// ---------------------------------------------------------------- overlaps
const GRADE_CLASS = { 重复: "", 交叉: "orange", 分散: "grey" };
const gradeTag = (g) => `<span class="tag ${GRADE_CLASS[g] || ""}">${esc(g)}</span>`;
const ovParams = () => ({ jurisdiction: $("#ov-jur").value, at: $("#ov-at").value.trim(), topic: $("#ov-topic").value.trim(),
  confidence: $("#ov-conf").value, lead_support: $("#ov-lead").checked ? "true" : "false" });
const sideCell = (s) => `<td style="width:50%">${s.role ? `<span class="tag">${esc(s.role)}</span>` : ""}${esc(s.text)}<br>${src(s.evidence)}</td>`;
function overlapCard(p, i) {
  const c = p.clauses[0];
  const marks = [gradeTag(p.grade), `<span class="tag blue">${esc(p.confidence)}置信</span>`,
    p.settled ? '<span class="tag blue">已有职责分工</span>'
      : ((p.divided_later || []).length ? '<span class="tag">此后职责分工</span>' : '<span class="tag">待理顺</span>'),
    p.lead_support ? '<span class="tag grey">牵头—参与</span>' : "", p.source !== "检测" ? `<span class="tag grey">${esc(p.source)}</span>` : ""].join("");
  const more = p.clauses.slice(1, 3).map((x) => `<table><tr>${sideCell(x.a)}${sideCell(x.b)}</tr></table>
    <p class="meta">${esc(x.match)}，相似度 ${Number(x.score).toFixed(2)}${x.shared_words.length ? "，共同词：" + esc(x.shared_words.join("、")) : ""}</p>`).join("");
  return `<div class="card ov-pair"><h2>${i + 1}. ${unitLink(p.units[0].id, p.units[0].name)} 与 ${unitLink(p.units[1].id, p.units[1].name)} ${marks}</h2>
    <p class="meta">相似度 ${Number(p.score).toFixed(2)}（${esc(c.match)}）${p.shared_words && p.shared_words.length ? " · 共同词：" + esc(p.shared_words.join("、")) : ""}</p>
    <table><tr><th>${esc(p.units[0].name)}</th><th>${esc(p.units[1].name)}</th></tr><tr>${sideCell(c.a)}${sideCell(c.b)}</tr></table>
    <p class="reason">判断：${esc(p.reason)}</p>${more}
    ${p.settled_by.map((s) => `<h3>职责分工</h3>${evidence(s)}`).join("")}
    ${(p.divided_later || []).map((s) => `<h3>此后的职责分工</h3>${evidence(s)}`).join("")}</div>`;
}
const statedCard = (item) => `<div class="card ov-stated"><h2>${esc(item.summary)} ${gradeTag(item.grade)}<span class="tag grey">文件所述</span></h2>
  <p class="meta">改革后由 ${unitLink(item.receiver.id, item.receiver.name)} 承担 · ${esc(item.reason)}</p>
  <ul class="plain">${item.units.map((u) => `<li>${unitLink(u.id, u.name)}${u.duties.length ? "：" + esc(u.duties.slice(0, 3).join("；")) : ""}</li>`).join("")}</ul>
  ${evidence(item.evidence)}</div>`;
async function loadOverlaps() {
  const out = $("#ov-result");
  loading(out);
  try {
    const r = await api("/overlaps", ovParams());
    const head = `<p class="meta">查询日期 ${esc(r.at)} · 置信度${esc(r.confidence)}及以上（相似度阈值 ${Number(r.min_score).toFixed(2)}，${esc(r.model || "")}）· 共 ${r.total} 对候选${r.groups.length ? `，${r.groups.length} 个多单位组` : ""}</p>`;
    const pairs = r.pairs.length ? r.pairs.map(overlapCard).join("") : `<div class="card">在 ${esc(r.at)} 没有发现职责交叉重叠的单位。可把置信度改为“全部”，或换一个日期。</div>`;
    const groups = r.groups.length ? `<h3 class="section">多单位组（三个及以上单位在同一主题）</h3>` + r.groups.map((g) => `<div class="card">${gradeTag(g.grade)} “${esc(g.topic)}”：${g.units.map((u) => unitLink(u.id, u.name)).join("、")}<p class="reason">${esc(g.reason)}</p></div>`).join("") : "";
    const stated = r.stated.length ? `<h3 class="section">改革文件所述：查询日期时职责分散（改革在其后）</h3>` + r.stated.map(statedCard).join("") : "";
    const history = r.history.length ? `<details class="ov-hist"><summary><h3 class="section">历史：改革已整合的职责分散（文件所述，非检测；${r.history.length} 项）</h3></summary>`
      + r.history.map(statedCard).join("") + "</details>" : "";
    out.innerHTML = head + pairs + groups + stated + history;
  } catch (err) { fail(out, err); }
}
$("#ov-form").addEventListener("submit", (e) => { e.preventDefault(); loadOverlaps(); });
let ovLoaded = false;
document.querySelector('nav button[data-tab="overlaps"]').addEventListener("click", () => { if (!ovLoaded) { ovLoaded = true; loadOverlaps(); } });
$("#ov-export").addEventListener("click", async () => {
  const url = new URL("/overlaps/export", location.origin);
  for (const [k, v] of Object.entries(ovParams())) if (v) url.searchParams.set(k, v);
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`导出失败（${res.status}）`);
    const match = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get("content-disposition") || "");
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await res.blob());
    link.download = match ? decodeURIComponent(match[1]) : "职责交叉重叠.xlsx";
    document.body.appendChild(link);
    link.click();
    link.remove();
  } catch (err) { fail($("#ov-result"), err); }
});

// ---------------------------------------------------------------- org chart
function tree(nodes) {
  return `<ul>${nodes.map((n) => `<li>${unitLink(n.id, n.name)} <span class="meta">${esc([n.relation, n.kind, n.rank].filter(Boolean).join(" · "))}</span>${n.children.length ? tree(n.children) : ""}</li>`).join("")}</ul>`;
}
$("#org-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const out = $("#org-result");
  loading(out);
  try {
    const r = await api("/orgchart", { jurisdiction: $("#org-jur").value, root: $("#org-root").value.trim(), at: $("#org-at").value.trim() });
    out.innerHTML = r.tree.length ? `<div class="card tree"><p class="meta">查询日期 ${esc(r.at)}，顶层单位 ${r.tree.length} 个</p>${tree(r.tree)}</div>`
      : `<div class="card">在 ${esc(r.at)} 没有找到机构记录。</div>`;
  } catch (err) { fail(out, err); }
});


// ---------------------------------------------------------------- 编制 (staffing ledger, checks, pool)
const stOut = () => $("#st-result");
const stParams = () => ({ jurisdiction: $("#st-jur").value, at: $("#st-at").value.trim() });
const num = (v) => (v === null || v === undefined ? "" : esc(v));
function postsTable(rows) {
  if (!rows.length) return "";
  return `<table><tr><th>类型</th><th>核定</th><th>周转使用</th><th>实有</th><th>空编</th><th>超编</th><th>说明</th></tr>
    ${rows.map((p) => `<tr><td>${esc(p.label)}</td><td>${num(p.quota)}</td><td>${p.lent || ""}</td><td>${num(p.actual)}${p.actual_date ? `<br><span class="meta">${esc(p.actual_date)}</span>` : ""}</td>
    <td>${p.actual !== null && p.quota !== null ? num(p.vacant) : ""}</td><td>${p.over ? `<span class="tag">${p.over}</span>` : ""}</td><td class="meta">${esc(p.text)}</td></tr>`).join("")}</table>`;
}
$("#st-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const out = stOut();
  const unit = $("#st-unit").value.trim();
  if (!unit) { out.innerHTML = '<div class="card">请填写单位名称；或选择行政区划后点“编制检查”“编制池”“导出 Excel”。</div>'; return; }
  loading(out);
  try {
    const r = await api(`/staffing/units/${encodeURIComponent(unit)}`, stParams());
    const div = r.divisions;
    const divisions = div.quota !== null || div.named.length ? `<h3>内设机构</h3><p>核定 ${num(div.quota)} 个${div.named.length ? "；已记录：" + div.named.map((c) => unitLink(c.id, c.name)).join("、") : ""}</p>` : "";
    const mismatches = r.mismatches.length ? `<h3>请核对：核定数与台账推算不符</h3>${r.mismatches.map((m) => `<div class="evidence">${esc(m.message)}</div>`).join("")}` : "";
    const ledger = r.ledger.length ? `<h3>编制台账（${r.ledger.length} 笔）</h3><table><tr><th>日期</th><th>科目</th><th>变动</th><th>数量</th><th>对方</th><th>记账后</th><th>依据</th></tr>
      ${r.ledger.map((x) => `<tr><td>${esc(x.date || "不详")}</td><td>${esc(x.bucket)}</td><td>${esc(x.change)}</td><td>${esc(x.amount)}</td>
      <td>${x.counterpart ? unitLink(x.counterpart.id, x.counterpart.name) : ""}</td>
      <td>${x.balance !== null ? esc(x.balance) : (x.included ? '<span class="meta">含于同日核定数</span>' : "")}${x.adjustment ? `<br><span class="meta">调整 ${x.adjustment > 0 ? "+" : ""}${x.adjustment}</span>` : ""}</td>
      <td>${esc(x.evidence && x.evidence.text)}<br>${src(x.evidence)}${x.also.length ? `<br><span class="meta">另见 ${x.also.length} 处</span>` : ""}</td></tr>`).join("")}</table>` : "";
    out.innerHTML = `<div class="card"><h2>${unitLink(r.unit.id, r.unit.name)}</h2><p class="meta">${esc(r.unit.jurisdiction)} · 查询日期 ${esc(r.at)}</p>
      <p class="answer">${esc(r.summary)}</p>${postsTable(r.posts)}${r.leaders.length ? "<h3>领导职数</h3>" + postsTable(r.leaders) : ""}${divisions}${mismatches}${ledger}</div>`;
  } catch (err) { fail(out, err); }
});
$("#st-checks").addEventListener("click", async () => {
  const out = stOut();
  loading(out);
  try {
    const params = stParams();
    if ($("#st-unit").value.trim()) params.unit = $("#st-unit").value.trim();
    const r = await api("/staffing/checks", params);
    out.innerHTML = `<div class="card"><p class="answer">${esc(r.summary)}</p></div>` + r.findings.map((f) => `<div class="card">
      <h2><span class="tag${f.severity === "提示" ? " grey" : ""}">${esc(f.title)}</span>${f.unit ? unitLink(f.unit.id, f.unit.name) : ""}</h2>
      <p>${esc(f.message)}</p>${f.evidence.slice(0, 4).map(evidence).join("")}</div>`).join("");
  } catch (err) { fail(out, err); }
});
$("#st-pool").addEventListener("click", async () => {
  const out = stOut();
  if (!$("#st-jur").value) { out.innerHTML = '<div class="card">请先选择行政区划。</div>'; return; }
  loading(out);
  try {
    const r = await api("/staffing/pool", stParams());
    const balances = r.balances.length ? `<table><tr><th>类型</th><th>入池</th><th>出池</th><th>余额</th><th>借出未归还</th></tr>
      ${r.balances.map((b) => `<tr><td>${esc(b.bucket)}</td><td>${b.in}</td><td>${b.out}</td><td>${b.balance}</td><td>${b.on_loan}</td></tr>`).join("")}</table>` : "";
    const loans = r.on_loan.length ? `<h3>周转借出未归还</h3><ul class="plain">${r.on_loan.map((o) => `<li>${o.unit ? unitLink(o.unit.id, o.unit.name) : "未列明单位"} ${esc(o.bucket)} ${o.amount} 名（${esc(o.since || "日期不详")}起）${evidence(o.evidence)}</li>`).join("")}</ul>` : "";
    const moves = r.movements.length ? `<h3>收支明细</h3><table><tr><th>日期</th><th>方向</th><th>事项</th><th>类型</th><th>数量</th><th>余额</th><th>依据</th></tr>
      ${r.movements.map((m) => `<tr><td>${esc(m.date || "不详")}</td><td>${esc(m.direction)}</td><td>${esc(m.label)}${m.unit ? "<br>" + unitLink(m.unit.id, m.unit.name) : ""}</td><td>${esc(m.bucket)}</td><td>${m.amount}</td><td>${m.balance}</td><td>${esc(m.evidence.text)}<br>${src(m.evidence)}</td></tr>`).join("")}</table>` : "";
    out.innerHTML = `<div class="card"><p class="answer">${esc(r.summary)}</p>${balances}${loans}${moves}</div>`;
  } catch (err) { fail(out, err); }
});
$("#st-export").addEventListener("click", async () => {
  const out = stOut();
  const unit = $("#st-unit").value.trim();
  const params = stParams();
  if (!unit && !params.jurisdiction) { out.innerHTML = '<div class="card">请填写单位名称或选择行政区划。</div>'; return; }
  const url = new URL("/staffing/export", location.origin);
  if (unit) url.searchParams.set("unit", unit);
  for (const [k, v] of Object.entries(params)) if (v) url.searchParams.set(k, v);
  loading(out);
  try {
    const res = await fetch(url);
    if (!res.ok) {
      let body = null;
      try { body = await res.json(); } catch (e) { /* not JSON */ }
      throw new Error((body && body.error && body.error.message) || `导出失败（${res.status}）`);
    }
    const match = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get("content-disposition") || "");
    const name = match ? decodeURIComponent(match[1]) : "编制台账.xlsx";
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await res.blob());
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    out.innerHTML = `<div class="card">已导出：${esc(name)}（工作表：说明、核定编制、编制变动、实有人员、领导职数、编制池，以及编制情况、编制池余额、检查结果）。</div>`;
  } catch (err) { fail(out, err); }
});
