// Events per ISO week by type: stacked bars drawn in SVG with d3 scales and axes.
/* global d3 */
import { TYPES, TYPE_COLORS, api, bindFilters, clear, h, loadWithStatus, showError } from "./common.js";

const form = document.getElementById("filters");
const fig = document.getElementById("timeline");
const legend = document.getElementById("timeline-legend");
const status = document.getElementById("timeline-status");
const detail = document.getElementById("timeline-detail");
const DAY = 86400000;
let params = {};

function utc(s) { return new Date(`${s}T00:00:00Z`); }
function iso(d) { return d.toISOString().slice(0, 10); }

function draw(stats) {
  clear(fig);
  clear(legend);
  clear(detail);
  const weeks = stats.by_week;
  const dated = stats.total - stats.undated.total;
  status.textContent = `${stats.total} event${stats.total === 1 ? "" : "s"} in ${weeks.length} week${weeks.length === 1 ? "" : "s"}` +
    (stats.undated.total ? ` · ${stats.undated.total} without a date are not drawn` : "");
  if (!dated) {
    fig.append(h("p", { class: "empty" }, "No dated events match these filters."));
    return;
  }
  const used = TYPES.filter((t) => weeks.some((w) => w.counts[t]));
  const width = Math.max(640, fig.clientWidth || 960);
  const height = 360;
  const m = { top: 16, right: 16, bottom: 42, left: 40 };
  let lo = utc(weeks[0].start);
  let hi = new Date(utc(weeks[weeks.length - 1].start).getTime() + 7 * DAY);
  lo = new Date(lo.getTime() - 7 * DAY);
  hi = new Date(hi.getTime() + 7 * DAY);
  const minSpan = 10 * 7 * DAY;
  if (hi - lo < minSpan) {
    const pad = (minSpan - (hi - lo)) / 2;
    lo = new Date(lo.getTime() - Math.ceil(pad / (7 * DAY)) * 7 * DAY);
    hi = new Date(hi.getTime() + Math.ceil(pad / (7 * DAY)) * 7 * DAY);
  }
  const x = d3.scaleUtc().domain([lo, hi]).range([m.left, width - m.right]);
  const maxTotal = d3.max(weeks, (w) => w.total);
  const y = d3.scaleLinear().domain([0, Math.max(1, maxTotal)]).nice().range([height - m.bottom, m.top]);
  const svg = d3.select(fig).append("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("width", width)
    .attr("height", height).attr("role", "img").attr("aria-label", "events per week by type");
  svg.append("g").attr("class", "grid").attr("transform", `translate(${m.left},0)`)
    .call(d3.axisLeft(y).ticks(Math.min(6, y.domain()[1])).tickSize(-(width - m.left - m.right)).tickFormat(""));
  svg.append("g").attr("class", "axis x").attr("transform", `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.min(12, Math.round(width / 90))));
  svg.append("g").attr("class", "axis y").attr("transform", `translate(${m.left},0)`)
    .call(d3.axisLeft(y).ticks(Math.min(6, y.domain()[1])).tickFormat(d3.format("d")));
  const bars = svg.append("g").attr("class", "bars");
  for (const w of weeks) {
    const x0 = x(utc(w.start));
    const bw = Math.max(3, x(new Date(utc(w.start).getTime() + 7 * DAY)) - x0 - 1);
    let acc = 0;
    for (const t of used) {
      const n = w.counts[t] || 0;
      if (!n) continue;
      const rect = bars.append("rect").attr("class", "bar").attr("x", x0).attr("width", bw)
        .attr("y", y(acc + n)).attr("height", Math.max(1, y(acc) - y(acc + n)))
        .attr("fill", TYPE_COLORS[t]).attr("data-week", w.week).attr("data-type", t).attr("data-count", n);
      rect.append("title").text(`${w.week} (week of ${w.start}): ${t} ${n}`);
      rect.on("click", () => showWeek(w, t));
      acc += n;
    }
  }
  for (const t of used) {
    const n = stats.by_type[t] || 0;
    const sw = h("span", { class: "swatch" });
    sw.style.setProperty("background", TYPE_COLORS[t]);
    legend.append(h("span", { class: "legend-item" }, sw, `${t} (${n})`));
  }
}

async function showWeek(w, type) {
  clear(detail).append(h("div", { class: "loading" }, "Loading…"));
  const end = iso(new Date(utc(w.start).getTime() + 6 * DAY));
  try {
    const res = await api("/api/events", { ...params, since: w.start, until: end, type, per_page: 100, sort: "date" });
    clear(detail).append(h("h2", {}, `${type} · ${w.week} (${w.start} – ${end})`));
    const ul = h("ul", { class: "event-list" });
    for (const ev of res.items) {
      ul.append(h("li", {}, h("span", { class: "muted" }, `${ev.date} · `), h("a", { href: `/?event=${encodeURIComponent(ev.id)}` }, ev.summary_en || ev.type)));
    }
    detail.append(ul);
  } catch (err) {
    showError(detail, err);
  }
}

function load(p) {
  params = p;
  return loadWithStatus(status, p, async () => {
    draw(await api("/api/stats", p));
    fig.dataset.loaded = "true";
  });
}

load(bindFilters(form, (p) => load(p)));
