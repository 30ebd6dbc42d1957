// The events table: filters bound to the URL, pagination, and evidence rows opened by a click.
import { actorList, api, articleHref, bindFilters, clear, h, highlightText, setQuery, showError, typeBadge } from "./common.js";

const form = document.getElementById("filters");
const table = document.getElementById("events-table");
const tbody = table.querySelector("tbody");
const status = document.getElementById("events-status");
const pager = document.getElementById("events-pager");
const PER_PAGE = 25;
let state = { params: {}, page: 1, pages: 1 };
let focusEvent = new URLSearchParams(window.location.search).get("event");

function row(ev) {
  const tr = h("tr", { class: "event-row", tabindex: "0", "aria-expanded": "false", dataset: { id: ev.id } },
    h("td", { class: "c-date" }, ev.date || h("span", { class: "muted", title: "no date in the text" }, "—")),
    h("td", { class: "c-type" }, typeBadge(ev.type, ev.mode)),
    h("td", { class: "c-actors" }, actorList(ev.sources, "src"), h("span", { class: "arrow", "aria-hidden": "true" }, " → "),
      actorList(ev.targets, "tgt")),
    h("td", { class: "c-place" }, ev.location || ""),
    h("td", { class: "c-summary" }, ev.summary_en || ""),
    h("td", { class: "c-gold", title: ev.quad_class || "" }, ev.goldstein === null || ev.goldstein === undefined ? "" : ev.goldstein.toFixed(1)),
    h("td", { class: "c-num", title: (ev.outlets || []).join(", ") }, String(ev.num_sources)),
  );
  const toggle = (e) => {
    if (e.target.closest("a")) return;
    toggleEvidence(tr, ev.id);
  };
  tr.addEventListener("click", toggle);
  tr.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(e); } });
  return tr;
}

async function toggleEvidence(tr, id) {
  const next = tr.nextElementSibling;
  if (next && next.classList.contains("evidence-row")) {
    next.remove();
    tr.setAttribute("aria-expanded", "false");
    tr.classList.remove("open");
    return;
  }
  tr.setAttribute("aria-expanded", "true");
  tr.classList.add("open");
  const cell = h("td", { colspan: "7" }, h("div", { class: "loading" }, "Loading evidence…"));
  const evRow = h("tr", { class: "evidence-row" }, cell);
  tr.after(evRow);
  try {
    const ev = await api(`/api/events/${encodeURIComponent(id)}`);
    clear(cell).append(evidence(ev));
  } catch (err) {
    showError(cell, err);
  }
}

export function evidence(ev) {
  const box = h("div", { class: "evidence", dataset: { event: ev.id } });
  box.append(h("div", { class: "evidence-head" },
    h("strong", {}, ev.summary_en || ev.type),
    h("span", { class: "muted" }, ` · ${ev.type}${ev.mode ? " / " + ev.mode : ""} · CAMEO ${ev.cameo || "—"} · `,
      `Goldstein ${ev.goldstein ?? "—"} · ${ev.quad_class || "—"} · `,
      `${ev.num_articles} report${ev.num_articles === 1 ? "" : "s"} from ${ev.num_sources} outlet${ev.num_sources === 1 ? "" : "s"}`),
  ));
  box.append(h("div", { class: "legend-inline" },
    h("mark", { class: "hl hl-source" }, "source"), " ", h("mark", { class: "hl hl-target" }, "target"), " ",
    h("mark", { class: "hl hl-trigger" }, "trigger")));
  if (ev.kind === "fused" && Array.isArray(ev.why) && ev.why.length > 1) {
    const list = h("ul", {});
    for (const w of ev.why) {
      const reasons = Array.isArray(w.reasons) ? w.reasons.join("; ") : JSON.stringify(w.reasons ?? w);
      list.append(h("li", {}, w.event !== undefined ? `report e${w.event}: ` : "", reasons));
    }
    box.append(h("details", { class: "why" }, h("summary", {}, "Why these reports were fused"), list));
  } else if (ev.why && !Array.isArray(ev.why)) {
    box.append(h("details", { class: "why" }, h("summary", {}, "Why these reports were fused"),
      h("pre", {}, typeof ev.why === "string" ? ev.why : JSON.stringify(ev.why, null, 1))));
  }
  for (const rep of ev.reports) {
    const head = h("div", { class: "report-head" },
      h("a", { href: articleHref(rep.article_id) }, rep.outlet || `article ${rep.article_id}`),
      h("span", { class: "muted" }, ` · ${(rep.published || "date unknown").replace("T", " ").slice(0, 16)}`),
      rep.summary_en && ev.kind === "fused" ? h("span", { class: "muted" }, ` · ${rep.summary_en}`) : null,
      h("span", { class: "muted rule", title: "rule · confidence" }, ` · ${rep.rule || ""} · ${rep.confidence ?? ""}`));
    const sents = h("div", { class: "sentences" });
    for (const s of rep.sentences) sents.append(highlightText(s.text, s.start, s.highlights));
    box.append(h("section", { class: "report", dataset: { article: rep.article_id } }, head, sents));
  }
  return box;
}

async function showFocused(id) {
  const panel = h("section", { class: "focused", id: "focused-event" }, h("div", { class: "loading" }, "Loading evidence…"));
  table.before(panel);
  try {
    const ev = await api(`/api/events/${encodeURIComponent(id)}`);
    clear(panel).append(h("button", { type: "button", class: "secondary close", onclick: () => panel.remove() }, "Close"), evidence(ev));
  } catch (err) {
    showError(panel, err);
  }
}

async function load() {
  status.classList.remove("error");
  status.textContent = "Loading…";
  try {
    const res = await api("/api/events", { ...state.params, page: state.page, per_page: PER_PAGE });
    state.pages = res.pages;
    clear(tbody);
    for (const ev of res.items) tbody.append(row(ev));
    if (!res.items.length) tbody.append(h("tr", {}, h("td", { colspan: "7", class: "empty" }, "No events match these filters.")));
    const from = res.total ? (res.page - 1) * res.per_page + 1 : 0;
    const to = Math.min(res.total, res.page * res.per_page);
    status.textContent = `${res.total} event${res.total === 1 ? "" : "s"}` + (res.total ? ` · showing ${from}–${to}` : "");
    pager.querySelector(".pager-info").textContent = `page ${res.page} of ${res.pages}`;
    pager.querySelector("[data-step='-1']").disabled = res.page <= 1;
    pager.querySelector("[data-step='1']").disabled = res.page >= res.pages;
    table.dataset.loaded = "true";
    if (focusEvent) {
      const target = tbody.querySelector(`tr[data-id="${CSS.escape(focusEvent)}"]`);
      if (target) { toggleEvidence(target, focusEvent); target.scrollIntoView({ block: "center" }); }
      else showFocused(focusEvent);
      focusEvent = null;
    }
  } catch (err) {
    showError(status, err);
  }
}

function update(params, resetPage) {
  state.params = params;
  if (resetPage) state.page = 1;
  setQuery({ ...params, ...(state.page > 1 ? { page: state.page } : {}) });
  load();
}

pager.addEventListener("click", (e) => {
  const b = e.target.closest("button[data-step]");
  if (!b) return;
  state.page = Math.min(state.pages, Math.max(1, state.page + Number(b.dataset.step)));
  update(state.params, false);
});

const initial = new URLSearchParams(window.location.search);
state.page = Math.max(1, Number(initial.get("page")) || 1);
const params = bindFilters(form, update);
state.params = params;
load();
