// The dyad chart: the mean Goldstein score between two actors per ISO week, an SVG drawn with d3 scales and axes.
/* global d3 */
import { api, clear, h, loadWithStatus, readForm, fillForm } from "./common.js";

const form = document.getElementById("filters");
const fig = document.getElementById("dyad");
const status = document.getElementById("dyad-status");
const tbody = document.querySelector("#dyad-table tbody");
const DAY = 86400000;

function utc(s) { return new Date(`${s}T00:00:00Z`); }

function draw(res) {
  clear(fig);
  clear(tbody);
  const weeks = res.weeks;
  status.textContent = `${res.a.name} ↔ ${res.b.name}: ${res.events} event${res.events === 1 ? "" : "s"} in ${weeks.length} week${weeks.length === 1 ? "" : "s"}` +
    (res.mean === null ? "" : ` · mean Goldstein ${res.mean}`) + (res.undated ? ` · ${res.undated} without a date not drawn` : "");
  if (!weeks.length) {
    fig.append(h("p", { class: "empty" }, "No dated events between these two actors."));
    return;
  }
  const width = Math.max(640, fig.clientWidth || 960);
  const height = 340;
  const m = { top: 16, right: 16, bottom: 42, left: 44 };
  const lo = new Date(utc(weeks[0].start).getTime() - 14 * DAY);
  const hi = new Date(utc(weeks[weeks.length - 1].start).getTime() + 21 * DAY);
  const x = d3.scaleUtc().domain([lo, hi]).range([m.left, width - m.right]);
  const y = d3.scaleLinear().domain([-10, 10]).range([height - m.bottom, m.top]);
  const svg = d3.select(fig).append("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("width", width)
    .attr("height", height).attr("role", "img").attr("aria-label", "mean Goldstein score per week");
  svg.append("rect").attr("class", "band-coop").attr("x", m.left).attr("y", y(10)).attr("width", width - m.left - m.right).attr("height", y(0) - y(10));
  svg.append("rect").attr("class", "band-conf").attr("x", m.left).attr("y", y(0)).attr("width", width - m.left - m.right).attr("height", y(-10) - y(0));
  svg.append("g").attr("class", "axis x").attr("transform", `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.min(12, Math.round(width / 90))));
  svg.append("g").attr("class", "axis y").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(10));
  svg.append("line").attr("class", "zero").attr("x1", m.left).attr("x2", width - m.right).attr("y1", y(0)).attr("y2", y(0));
  const mid = (w) => x(new Date(utc(w.start).getTime() + 3.5 * DAY));
  svg.append("path").attr("class", "mean-line").attr("d", d3.line().x(mid).y((w) => y(w.mean))(weeks));
  const r = d3.scaleSqrt().domain([1, d3.max(weeks, (w) => w.count)]).range([4, 12]);
  for (const w of weeks) {
    const dot = svg.append("circle").attr("class", `week ${w.mean < 0 ? "conflict" : "cooperation"}`)
      .attr("cx", mid(w)).attr("cy", y(w.mean)).attr("r", r(w.count))
      .attr("data-week", w.week).attr("data-mean", w.mean).attr("data-count", w.count);
    dot.append("title").text(`${w.week} (week of ${w.start}): mean ${w.mean} over ${w.count} event${w.count === 1 ? "" : "s"} (${w.min} … ${w.max})`);
    dot.on("click", () => { window.location.href = eventsHref(w); });
    tbody.append(h("tr", {}, h("td", {}, h("a", { href: eventsHref(w) }, `${w.week} (${w.start})`)),
      h("td", { class: "c-num" }, w.mean.toFixed(2)), h("td", { class: "c-num" }, String(w.count)),
      h("td", { class: "c-num" }, String(w.min)), h("td", { class: "c-num" }, String(w.max))));
  }
  fig.dataset.loaded = "true";
}

// The week's events on the events page: one side's actor filter and the week's dates.
function eventsHref(w) {
  const end = new Date(utc(w.start).getTime() + 6 * DAY).toISOString().slice(0, 10);
  const p = new URLSearchParams({ actor: readForm(form).a || "", since: w.start, until: end });
  return `/?${p}`;
}

function load(p) {
  if (!p.a || !p.b) {
    status.textContent = "Name two actors (English or Persian) to draw their dyad.";
    return;
  }
  loadWithStatus(status, p, async () => draw(await api("/api/dyad", p)));
}

fillForm(form, new URLSearchParams(window.location.search));
form.addEventListener("submit", (e) => { e.preventDefault(); load(readForm(form)); });
load(readForm(form));
