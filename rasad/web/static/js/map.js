// Event places on a shipped base map (world-atlas TopoJSON → GeoJSON with topojson-client, drawn with d3-geo).
/* global d3, topojson */
import { TYPES, TYPE_COLORS, api, bindFilters, clear, h, loadWithStatus, typeBadge } from "./common.js";

const form = document.getElementById("filters");
const fig = document.getElementById("map");
const side = document.getElementById("map-side");
const status = document.getElementById("map-status");
let world = null;
let legendEl = null;

async function loadWorld() {
  if (!world) {
    const res = await fetch(fig.dataset.world);
    if (!res.ok) throw new Error(`base map: ${res.status}`);
    const topo = await res.json();
    world = topojson.feature(topo, topo.objects.countries);
  }
  return world;
}

function dominant(types) {
  let best = null;
  for (const t of TYPES) if (types[t] && (!best || types[t] > types[best])) best = t;
  return best;
}

function showPlace(p) {
  clear(side).append(h("h2", {}, p.location), h("p", { class: "muted" }, `${p.count} event${p.count === 1 ? "" : "s"} · ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`));
  const ul = h("ul", { class: "event-list" });
  for (const ev of p.events) {
    ul.append(h("li", {}, typeBadge(ev.type), " ", h("span", { class: "muted" }, `${ev.date || "no date"} · `),
      h("a", { href: `/?event=${encodeURIComponent(ev.id)}` }, ev.summary_en || ev.type)));
  }
  side.append(ul);
  if (legendEl) side.append(legendEl);
}

// Put each label right, left, above or below its circle, whichever overlaps nothing placed before it.
function placeLabels(places, projection, radius, labels) {
  const boxes = places.map((p) => { const [x, y] = projection([p.lon, p.lat]); const rr = radius(p); return [x - rr, y - rr, x + rr, y + rr]; });
  const hit = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const spots = new Map();
  const order = places.map((p, i) => i).sort((a, b) => places[b].count - places[a].count);
  for (const i of order) {
    const p = places[i];
    const [x, y] = projection([p.lon, p.lat]);
    const rr = radius(p), w = p.location.length * 7.5, hgt = 14;
    const options = [
      { dx: rr + 4, dy: 4, anchor: "start", box: [x + rr + 4, y - 9, x + rr + 4 + w, y - 9 + hgt] },
      { dx: -rr - 4, dy: 4, anchor: "end", box: [x - rr - 4 - w, y - 9, x - rr - 4, y - 9 + hgt] },
      { dx: 0, dy: -rr - 5, anchor: "middle", box: [x - w / 2, y - rr - 5 - 12, x + w / 2, y - rr - 5 + 2] },
      { dx: 0, dy: rr + 14, anchor: "middle", box: [x - w / 2, y + rr + 2, x + w / 2, y + rr + 16] },
    ];
    const others = boxes.filter((b, j) => j !== i);
    const pick = options.find((o) => !others.some((b) => hit(o.box, b))) || options[0];
    boxes.push(pick.box);
    spots.set(p, pick);
  }
  labels.attr("x", (p) => spots.get(p).dx).attr("y", (p) => spots.get(p).dy).attr("text-anchor", (p) => spots.get(p).anchor);
}

function legendFor(places) {
  const used = TYPES.filter((t) => places.some((p) => dominant(p.types) === t));
  const box = h("div", { class: "legend" }, h("div", { class: "legend-title" }, "Colour: most frequent event type"));
  for (const t of used) {
    const sw = h("span", { class: "swatch round" });
    sw.style.setProperty("background", TYPE_COLORS[t]);
    box.append(h("span", { class: "legend-item" }, sw, t));
  }
  return box;
}

function draw(geo, data) {
  clear(fig);
  const places = data.places;
  status.textContent = `${places.length} place${places.length === 1 ? "" : "s"} for ${data.events - data.without_place} of ${data.events} events` +
    (data.without_place ? ` · ${data.without_place} without a place` : "");
  legendEl = legendFor(places);
  clear(side).append(h("p", { class: "muted" }, "Click a place to list its events."), legendEl);
  const width = Math.max(600, fig.clientWidth || 900);
  const height = 560;
  const projection = d3.geoMercator();
  if (places.length) {
    const lons = places.map((p) => p.lon), lats = places.map((p) => p.lat);
    const padLon = Math.max(6, (d3.max(lons) - d3.min(lons)) * 0.35);
    const padLat = Math.max(5, (d3.max(lats) - d3.min(lats)) * 0.35);
    projection.fitExtent([[20, 20], [width - 20, height - 20]], {
      type: "MultiPoint", coordinates: [[d3.min(lons) - padLon, d3.min(lats) - padLat], [d3.max(lons) + padLon, d3.max(lats) + padLat]],
    });
  } else {
    projection.fitExtent([[10, 10], [width - 10, height - 10]], { type: "Sphere" });
  }
  const path = d3.geoPath(projection);
  const svg = d3.select(fig).append("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height)
    .attr("role", "img").attr("aria-label", "map of event places");
  svg.append("rect").attr("class", "sea").attr("width", width).attr("height", height);
  const root = svg.append("g");
  root.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
  root.append("g").attr("class", "countries").selectAll("path").data(geo.features).join("path")
    .attr("class", "country").attr("d", path).append("title").text((f) => (f.properties && f.properties.name) || "");
  const maxCount = d3.max(places, (p) => p.count) || 1;
  const r = d3.scaleSqrt().domain([0, maxCount]).range([0, 22]);
  const markers = root.append("g").attr("class", "markers").selectAll("g").data(places).join("g")
    .attr("class", "marker").attr("data-place", (p) => p.location).attr("data-count", (p) => p.count)
    .attr("transform", (p) => { const [x, y] = projection([p.lon, p.lat]); return `translate(${x},${y})`; })
    .attr("tabindex", 0).attr("role", "button").attr("aria-label", (p) => `${p.location}: ${p.count} events`);
  markers.append("circle").attr("r", (p) => Math.max(5, r(p.count)))
    .attr("fill", (p) => TYPE_COLORS[dominant(p.types)] || "#c53030");
  const labels = markers.append("text").attr("class", "label").text((p) => p.location);
  placeLabels(places, projection, (p) => Math.max(5, r(p.count)), labels);
  markers.append("title").text((p) => `${p.location}: ${p.count} event${p.count === 1 ? "" : "s"} (` +
    Object.entries(p.types).map(([t, n]) => `${t} ${n}`).join(", ") + ")");
  markers.on("click", (ev, p) => showPlace(p));
  markers.on("keydown", (ev, p) => { if (ev.key === "Enter") showPlace(p); });
  svg.call(d3.zoom().scaleExtent([0.5, 12]).on("zoom", (ev) => {
    root.attr("transform", ev.transform);
    root.selectAll(".marker").attr("transform", (p) => { const [x, y] = projection([p.lon, p.lat]); return `translate(${x},${y}) scale(${1 / ev.transform.k})`; });
  }));
  fig.dataset.loaded = "true";
}

function load(p) {
  return loadWithStatus(status, p, async () => {
    const [geo, data] = await Promise.all([loadWorld(), api("/api/places", p)]);
    draw(geo, data);
  });
}

load(bindFilters(form, (p) => load(p)));
