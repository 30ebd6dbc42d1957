// The alerts list: events that matched a watch rule, newest alert first, refreshed every 30 seconds.
import { api, clear, h, showError, typeBadge } from "./common.js";

const table = document.getElementById("alerts-table");
const tbody = table.querySelector("tbody");
const status = document.getElementById("alerts-status");
const REFRESH_MS = 30000;

function row(a) {
  const when = (a.last_alerted || "").replace("T", " ").slice(0, 16);
  return h("tr", { class: "alert-row", dataset: { id: a.id } },
    h("td", { class: "c-date" }, when),
    h("td", { class: "c-date" }, a.date || "—"),
    h("td", { class: "c-type" }, typeBadge(a.type, a.mode)),
    h("td", { class: "c-summary" }, h("a", { href: `/?event=${encodeURIComponent(a.id)}` }, a.summary_en || a.type)),
    h("td", { class: "c-gold", title: a.quad_class || "" }, a.goldstein === null ? "" : a.goldstein.toFixed(1)),
    h("td", { class: "c-num", title: (a.outlets || []).join(", ") }, String(a.num_sources)),
    h("td", { class: "c-rules" }, (a.rules || []).join(", ") + (a.alerts > 1 ? ` (alerted ${a.alerts}×)` : "")));
}

async function load() {
  try {
    const res = await api("/api/alerts", { per_page: 200 });
    clear(tbody);
    for (const a of res.items) tbody.append(row(a));
    if (!res.items.length) tbody.append(h("tr", {}, h("td", { colspan: "7", class: "empty" }, "No alerts yet: run rasad watch with --rules.")));
    status.classList.remove("error");
    status.textContent = `${res.total} alerted event${res.total === 1 ? "" : "s"} · updated ${new Date().toLocaleTimeString()}`;
    table.dataset.loaded = "true";
  } catch (err) {
    showError(status, err);
  }
}

load();
setInterval(load, REFRESH_MS);
