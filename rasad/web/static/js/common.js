// Shared helpers. Every string from the data goes into the DOM through textContent or setAttribute on a
// non-executable attribute; no HTML string is ever parsed.

export const TYPE_COLORS = {
  AGREE: "#2a9d8f", CONSULT: "#1f77b4", SUPPORT: "#2ca02c", CONCEDE: "#17becf", COOPERATE: "#4e79a7",
  AID: "#8cc152", RETREAT: "#76b7b2", REQUEST: "#bcbd22", ACCUSE: "#ff7f0e", REJECT: "#e377c2",
  THREATEN: "#d62728", PROTEST: "#9467bd", SANCTION: "#8c564b", MOBILIZE: "#7f7f7f", COERCE: "#b5452f",
  ASSAULT: "#6b0f1a",
};
export const TYPES = Object.keys(TYPE_COLORS);
export const ACTOR_COLORS = { PERSON: "#2b6cb0", ORG: "#dd8a1f", STATE: "#2f855a", PLACE: "#718096" };

const SAFE_ATTRS = new Set(["class", "title", "dir", "lang", "id", "role", "tabindex", "type", "name", "value",
  "colspan", "scope", "for", "placeholder", "aria-label", "aria-expanded", "aria-hidden", "aria-current"]);

// h("a", {href: "/x", class: "y", dataset: {id: 1}, onclick: fn}, "text", childNode, ...)
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "dataset") Object.entries(v).forEach(([dk, dv]) => { el.dataset[dk] = String(dv); });
    else if (k === "href") el.setAttribute("href", safeHref(v));
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "style" && typeof v === "object") Object.entries(v).forEach(([sk, sv]) => el.style.setProperty(sk, sv));
    else if (SAFE_ATTRS.has(k) || k.startsWith("aria-") || k.startsWith("data-")) el.setAttribute(k, String(v));
    else throw new Error(`attribute ${k} not allowed`);
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// Only same-site paths and http(s) URLs become links.
export function safeHref(v) {
  const s = String(v);
  if (s.startsWith("/") && !s.startsWith("//")) return s;
  try {
    const u = new URL(s);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch (e) { /* not a URL */ }
  return "#";
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export async function api(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
  }
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : `${res.status} ${res.statusText}`;
    throw new Error(msg);
  }
  return body;
}

export const actorHref = (id) => `/actors/${encodeURIComponent(id)}`;
export const articleHref = (id) => `/articles/${encodeURIComponent(id)}`;

export function typeBadge(type, mode) {
  const b = h("span", { class: "type-badge", title: mode ? `${type} · ${mode}` : type }, type);
  b.style.setProperty("--type-color", TYPE_COLORS[type] || "#555");
  return b;
}

export function actorList(refs, cls) {
  const out = h("span", { class: `actors ${cls || ""}` });
  refs.forEach((a, i) => {
    if (i) out.append(", ");
    const label = a.id ? h("a", { href: actorHref(a.id), title: a.fa || a.name }, a.name) : h("span", { title: a.name }, a.name);
    out.append(label);
  });
  return out;
}

// The Persian text of [start, end) with highlight spans (body offsets) wrapped in <mark> elements.
export function highlightText(text, start, highlights) {
  const block = h("div", { class: "fa evidence-text", dir: "rtl", lang: "fa" });
  let pos = start;
  const end = start + text.length;
  for (const hl of (highlights || []).slice().sort((a, b) => a.start - b.start)) {
    if (hl.start < pos || hl.end > end) continue;
    if (hl.start > pos) block.append(text.slice(pos - start, hl.start - start));
    const title = hl.kind === "trigger" ? "trigger" : `${hl.kind}: ${hl.label}`;
    block.append(h("mark", { class: `hl hl-${hl.kind}`, title, dataset: { kind: hl.kind } },
      text.slice(hl.start - start, hl.end - start)));
    pos = hl.end;
  }
  if (pos < end) block.append(text.slice(pos - start));
  return block;
}

// --- filter forms bound to the URL query --------------------------------------------------------------------

export function readForm(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    const v = (el.value || "").trim();
    if (v) out[el.name] = v;
  }
  return out;
}

export function fillForm(form, params) {
  for (const el of form.elements) {
    if (el.name && params.has(el.name)) {
      const v = params.get(el.name);
      if (el.tagName === "SELECT" && ![...el.options].some((o) => o.value === v)) el.append(h("option", { value: v }, v));
      el.value = v;
    }
  }
}

export function setQuery(params) {
  const url = new URL(window.location.href);
  url.search = "";
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) url.searchParams.set(k, v);
  window.history.replaceState(null, "", url);
}

export function bindFilters(form, onChange) {
  const params = new URLSearchParams(window.location.search);
  fillForm(form, params);
  form.addEventListener("submit", (e) => { e.preventDefault(); onChange(readForm(form), true); });
  form.addEventListener("reset", () => { setTimeout(() => onChange(readForm(form), true), 0); });
  for (const el of form.querySelectorAll("select, input[type=date]")) {
    el.addEventListener("change", () => onChange(readForm(form), true));
  }
  const actor = form.querySelector("input[name=actor]");
  const list = document.getElementById("actor-suggestions");
  if (actor && list) {
    let timer = null;
    actor.addEventListener("input", () => {
      clearTimeout(timer);
      const q = actor.value.trim();
      if (q.length < 2) return;
      timer = setTimeout(async () => {
        try {
          const res = await api("/api/actors", { q, limit: 12 });
          clear(list);
          for (const a of res.items) list.append(h("option", { value: a.name }, a.fa && a.fa.length ? a.fa[0] : a.name));
        } catch (e) { /* suggestions are optional */ }
      }, 200);
    });
  }
  const outlet = form.querySelector("select[name=outlet]");
  if (outlet) {
    api("/api/outlets").then((res) => {
      const current = outlet.value;
      for (const o of res.items) {
        if (![...outlet.options].some((opt) => opt.value === o.outlet)) {
          outlet.append(h("option", { value: o.outlet }, `${o.outlet} (${o.articles})`));
        }
      }
      outlet.value = current;
    }).catch(() => {});
  }
  return readForm(form);
}

export function showError(el, err) {
  clear(el);
  el.classList.add("error");
  el.append(`Could not load: ${err.message}`);
}

// A page's load step: put the filters in the URL, say "Loading…", run ``work``, and show its error if it fails.
export async function loadWithStatus(status, params, work) {
  setQuery(params);
  status.classList.remove("error");
  status.textContent = "Loading…";
  try {
    await work();
  } catch (err) {
    showError(status, err);
  }
}
