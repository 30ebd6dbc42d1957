// Interactive actor network: d3-force layout, arrows source → target coloured by event type.
/* global d3 */
import { ACTOR_COLORS, TYPES, TYPE_COLORS, actorHref, api, bindFilters, clear, h, loadWithStatus } from "./common.js";

const form = document.getElementById("filters");
const fig = document.getElementById("network");
const status = document.getElementById("network-status");
const legend = document.getElementById("network-legend");
const info = document.getElementById("network-info");
const edgeBody = document.querySelector("#edge-table tbody");
let sim = null;

const radius = (n) => 7 + Math.sqrt(n.events) * 4;

function showInfo(...parts) {
  clear(info).append(...parts);
}

function nodeInfo(n) {
  showInfo(h("strong", {}, n.name),
    n.fa ? h("div", { class: "fa", dir: "rtl", lang: "fa" }, n.fa) : null,
    h("div", { class: "muted" }, [n.type, n.country, n.sector].filter(Boolean).join(" · ")),
    h("div", {}, `${n.events} event${n.events === 1 ? "" : "s"}, ${n.degree} link${n.degree === 1 ? "" : "s"}`),
    n.kb_id ? h("div", { class: "muted" }, "Click to open the actor page.") : null);
}

function edgeLabel(e) {
  const when = e.first ? (e.first === e.last ? e.first : `${e.first} – ${e.last}`) : "date unknown";
  return `${e.source.name} → ${e.target.name}: ${e.type} ×${e.count} (${when})`;
}

function drawLegend(types) {
  clear(legend);
  legend.append(h("div", { class: "legend-title" }, "Actors"));
  for (const [t, c] of Object.entries(ACTOR_COLORS)) {
    if (t === "PLACE") continue;
    const sw = h("span", { class: "swatch round" });
    sw.style.setProperty("background", c);
    legend.append(h("span", { class: "legend-item" }, sw, t === "STATE" ? "state" : t === "ORG" ? "organisation" : "person"));
  }
  legend.append(h("div", { class: "legend-title" }, "Events"));
  for (const t of types) {
    const sw = h("span", { class: "swatch line" });
    sw.style.setProperty("background", TYPE_COLORS[t]);
    legend.append(h("span", { class: "legend-item" }, sw, t));
  }
}

function curve(e) {
  const s = e.source, t = e.target;
  const dx = t.x - s.x, dy = t.y - s.y;
  const len = Math.hypot(dx, dy) || 1;
  // a normal fixed by the pair's canonical order, so opposite arrows bend apart
  const flip = s.id < t.id ? 1 : -1;
  const nx = (-dy / len) * flip, ny = (dx / len) * flip;
  const cx = (s.x + t.x) / 2 + nx * e.offset, cy = (s.y + t.y) / 2 + ny * e.offset;
  const sdx = cx - s.x, sdy = cy - s.y, sl = Math.hypot(sdx, sdy) || 1;
  const tdx = t.x - cx, tdy = t.y - cy, tl = Math.hypot(tdx, tdy) || 1;
  const rs = radius(s) + 1, rt = radius(t) + 4;
  const x1 = s.x + (sdx / sl) * rs, y1 = s.y + (sdy / sl) * rs;
  const x2 = t.x - (tdx / tl) * rt, y2 = t.y - (tdy / tl) * rt;
  return `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`;
}

function draw(g) {
  if (sim) sim.stop();
  clear(fig);
  clear(edgeBody);
  const nodes = g.nodes.map((n) => ({ ...n }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = g.edges.map((e) => ({ ...e, source: byId.get(e.source), target: byId.get(e.target) }));
  status.textContent = `${nodes.length} actors, ${links.length} links from ${g.events} event${g.events === 1 ? "" : "s"}` +
    (g.edges_total > links.length ? ` (the ${links.length} heaviest of ${g.edges_total} links; filter to see others)` : "");
  const used = TYPES.filter((t) => links.some((l) => l.type === t));
  drawLegend(used);
  if (!nodes.length) {
    fig.append(h("p", { class: "empty" }, "No events with actors match these filters."));
    return;
  }
  // parallel edges between one pair bend by different amounts
  const pairs = new Map();
  for (const l of links) {
    const key = [l.source.id, l.target.id].sort().join("\u0000");
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(l);
  }
  for (const group of pairs.values()) {
    group.forEach((l, i) => {
      const flip = l.source.id < l.target.id ? 1 : -1;
      l.offset = group.length === 1 ? 0 : (i - (group.length - 1) / 2) * 28 * flip;
    });
  }
  const width = Math.max(600, fig.clientWidth || 900);
  const height = 620;
  sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((n) => n.id).distance(150).strength(0.5))
    .force("charge", d3.forceManyBody().strength(-520))
    .force("x", d3.forceX(width / 2).strength(0.06))
    .force("y", d3.forceY(height / 2).strength(0.08))
    .force("collide", d3.forceCollide((n) => radius(n) + 26))
    .stop();
  for (let i = 0; i < 400; i++) sim.tick();
  // fit the finished layout into the frame
  const xs = d3.extent(nodes, (n) => n.x), ys = d3.extent(nodes, (n) => n.y);
  const pad = 90;
  const scale = Math.min(1.4, (width - 2 * pad) / Math.max(1, xs[1] - xs[0]), (height - 2 * pad) / Math.max(1, ys[1] - ys[0]));
  for (const n of nodes) {
    n.x = width / 2 + (n.x - (xs[0] + xs[1]) / 2) * scale;
    n.y = height / 2 + (n.y - (ys[0] + ys[1]) / 2) * scale;
  }

  const svg = d3.select(fig).append("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
    .attr("role", "img").attr("aria-label", "actor network");
  const defs = svg.append("defs");
  for (const t of used) {
    defs.append("marker").attr("id", `arrow-${t}`).attr("viewBox", "0 -5 10 10").attr("refX", 8).attr("refY", 0)
      .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 11).attr("markerHeight", 11).attr("orient", "auto")
      .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", TYPE_COLORS[t]);
  }
  const root = svg.append("g");
  svg.call(d3.zoom().scaleExtent([0.3, 4]).on("zoom", (ev) => root.attr("transform", ev.transform)));

  const edge = root.append("g").attr("class", "edges").selectAll("path").data(links).join("path")
    .attr("class", "edge").attr("fill", "none").attr("stroke", (l) => TYPE_COLORS[l.type])
    .attr("stroke-width", (l) => 1.5 + Math.sqrt(l.count) * 1.5).attr("marker-end", (l) => `url(#arrow-${l.type})`)
    .attr("data-source", (l) => l.source.id).attr("data-target", (l) => l.target.id)
    .attr("data-source-name", (l) => l.source.name).attr("data-target-name", (l) => l.target.name)
    .attr("data-type", (l) => l.type).attr("data-count", (l) => l.count);
  edge.append("title").text(edgeLabel);
  edge.on("mouseenter", (ev, l) => showInfo(h("div", {}, edgeLabel(l))));

  const node = root.append("g").attr("class", "nodes").selectAll("g").data(nodes).join("g")
    .attr("class", (n) => `node${n.kb_id ? " linked" : ""}`).attr("data-id", (n) => n.id).attr("data-name", (n) => n.name)
    .attr("tabindex", 0).attr("role", n => (n.kb_id ? "link" : null)).attr("aria-label", (n) => n.name);
  node.append("circle").attr("r", radius).attr("fill", (n) => ACTOR_COLORS[n.type] || "#a0aec0");
  node.append("text").attr("class", "label").attr("x", (n) => radius(n) + 4).attr("y", 4).text((n) => n.name);
  node.append("title").text((n) => `${n.name}${n.fa ? " · " + n.fa : ""} — ${n.events} event${n.events === 1 ? "" : "s"}`);
  node.on("mouseenter", (ev, n) => nodeInfo(n));
  const open = (n) => { if (n.kb_id) window.location.href = actorHref(n.kb_id); };
  node.on("click", (ev, n) => open(n));
  node.on("keydown", (ev, n) => { if (ev.key === "Enter") open(n); });

  const render = () => {
    edge.attr("d", curve);
    node.attr("transform", (n) => `translate(${n.x},${n.y})`);
  };
  render();
  node.call(d3.drag().clickDistance(4)
    .on("start", (ev, n) => { if (!ev.active) sim.alphaTarget(0.15).restart(); n.fx = n.x; n.fy = n.y; })
    .on("drag", (ev, n) => { n.fx = ev.x; n.fy = ev.y; })
    .on("end", (ev, n) => { if (!ev.active) sim.alphaTarget(0); n.fx = null; n.fy = null; }));
  sim.on("tick", render);
  // the layout is already settled: only drags move it from here
  sim.force("x", d3.forceX(width / 2).strength(0.02)).force("y", d3.forceY(height / 2).strength(0.02));

  for (const l of links) {
    const sw = h("span", { class: "swatch line" });
    sw.style.setProperty("background", TYPE_COLORS[l.type]);
    edgeBody.append(h("tr", { dataset: { source: l.source.id, target: l.target.id, type: l.type } },
      h("td", {}, l.source.kb_id ? h("a", { href: actorHref(l.source.kb_id) }, l.source.name) : l.source.name),
      h("td", {}, l.target.kb_id ? h("a", { href: actorHref(l.target.kb_id) }, l.target.name) : l.target.name),
      h("td", {}, sw, l.type), h("td", { class: "c-num" }, String(l.count)), h("td", {}, l.first || "—"), h("td", {}, l.last || "—")));
  }
  document.querySelector(".edge-table").open = links.length <= 60;
  fig.dataset.loaded = "true";
}

function load(p) {
  return loadWithStatus(status, p, async () => draw(await api("/api/graph", p)));
}

load(bindFilters(form, (p) => load(p)));
