// Diplomatic map: colours each country by the pole it is closest to in the chosen layer and year,
// draws the focal's ties to each pole on the world map and on a close-up of the focal's region,
// and updates with the year slider. Plain JS, no libraries.
(function () {
  const D = JSON.parse(document.getElementById("map-data").textContent);
  const svg = document.getElementById("worldmap");
  const inset = document.getElementById("inset");
  const slider = document.getElementById("year");
  const yearLabel = document.getElementById("year-label");
  const layerSelect = document.getElementById("layer");
  const info = document.getElementById("map-info");
  const tieTable = document.getElementById("tie-rows");
  const NS = "http://www.w3.org/2000/svg";
  const NODATA = "#e5e7eb";

  function hexToRgb(h) { const n = parseInt(h.slice(1), 16); return [(n >> 16) & 255, (n >> 8) & 255, n & 255]; }
  function mix(hex, t) {           // t = 0 -> white, 1 -> the colour
    const [r, g, b] = hexToRgb(hex);
    const f = (c) => Math.round(255 + (c - 255) * t);
    return `rgb(${f(r)},${f(g)},${f(b)})`;
  }
  function pct(v) { return v === null || v === undefined ? "–" : (100 * v).toFixed(1) + "%"; }
  function el(name, attrs) {
    const node = document.createElementNS(NS, name);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }

  // The pole with the highest value wins the country; intensity shows by how much (relative margin).
  function shade(values) {
    if (!values) return null;
    let best = -1, second = -Infinity, top = -Infinity;
    values.forEach((v, i) => {
      if (v === null) return;
      if (v > top) { second = top; top = v; best = i; } else if (v > second) { second = v; }
    });
    if (best < 0 || top <= 0) return null;
    const margin = second === -Infinity ? 1 : (top - Math.max(second, 0)) / top;
    return { pole: best, t: 0.22 + 0.78 * Math.min(1, margin / 0.5) };
  }

  // The close-up: the focal and the poles within NEAR map units of it, padded, at the map's aspect.
  const NEAR = 240;
  function insetBox() {
    const f = D.anchors[D.focal];
    if (!f) return null;
    const pts = [f].concat(D.poles.map((p) => D.anchors[p]).filter((a) => a && Math.hypot(a[0] - f[0], a[1] - f[1]) < NEAR));
    if (pts.length < 2) return null;
    let x0 = Math.min(...pts.map((p) => p[0])) - 40, x1 = Math.max(...pts.map((p) => p[0])) + 40;
    let y0 = Math.min(...pts.map((p) => p[1])) - 35, y1 = Math.max(...pts.map((p) => p[1])) + 35;
    const w = Math.max(x1 - x0, 1.4 * (y1 - y0), 160), h = w / 1.4;
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    return [cx - w / 2, cy - h / 2, w, h];
  }

  const views = [{ svg: svg, ties: el("g", { id: "ties" }) }];
  svg.appendChild(views[0].ties);
  const box = inset ? insetBox() : null;
  if (inset && box) {
    inset.setAttribute("viewBox", box.map((v) => v.toFixed(1)).join(" "));
    inset.appendChild(el("use", { href: "#countries" }));
    const ties = el("g", { class: "ties" });
    inset.appendChild(ties);
    views.push({ svg: inset, ties: ties });
  } else if (inset) {
    document.getElementById("inset-panel").hidden = true;   // no pole near the focal: nothing to enlarge
  }

  // Map units per screen pixel of a view, so dots and labels keep their size at any width.
  function unitsPerPixel(view) {
    const vb = view.svg.viewBox.baseVal;
    const width = view.svg.getBoundingClientRect().width;
    return width > 0 ? vb.width / width : vb.width / 800;
  }

  function drawTies(view, year) {
    const g = view.ties;
    while (g.firstChild) g.removeChild(g.firstChild);
    const u = unitsPerPixel(view);
    const from = D.anchors[D.focal];
    const ties = D.ties[year] || {};
    D.poles.forEach((pole, i) => {
      const to = D.anchors[pole];
      if (!from || !to) return;
      const t = ties[pole] || {};
      const mx = (from[0] + to[0]) / 2, my = (from[1] + to[1]) / 2;
      const dx = to[0] - from[0], dy = to[1] - from[1];
      const len = Math.hypot(dx, dy) || 1;
      const side = i % 2 ? -1 : 1;
      const bend = Math.min(0.35 * len, 90);
      const cx = mx - dy / len * bend * side, cy = my + dx / len * bend * side - Math.min(20, 0.2 * len);
      const d = `M${from[0]},${from[1]} Q${cx},${cy} ${to[0]},${to[1]}`;
      // Width in screen pixels (non-scaling stroke): 2 px plus 14 px per unit of trade share.
      const width = t.trade !== null && t.trade !== undefined ? 2 + 14 * t.trade : 2;
      g.appendChild(el("path", { d: d, class: "tie-casing", "stroke-width": (width + 3).toFixed(1) }));
      const path = el("path", { d: d, class: "tie", stroke: D.colours[pole], "stroke-width": width.toFixed(1),
                                "data-pole": pole });
      if (t.pact !== 1) path.setAttribute("stroke-dasharray", "7 4");
      g.appendChild(path);
      g.appendChild(el("circle", { cx: to[0], cy: to[1], r: (4.5 * u).toFixed(2), fill: D.colours[pole],
                                   stroke: "#fff", "stroke-width": (1.5 * u).toFixed(2) }));
      const label = el("text", { x: to[0] + 7 * u, y: to[1] - 6 * u, class: "pole-label",
                                 "font-size": (13 * u).toFixed(2), "stroke-width": (3 * u).toFixed(2) });
      label.textContent = pole;
      g.appendChild(label);
    });
    if (from) {
      g.appendChild(el("circle", { cx: from[0], cy: from[1], r: (6 * u).toFixed(2), fill: "#111827",
                                   stroke: "#fff", "stroke-width": (2 * u).toFixed(2) }));
    }
  }

  function fillTable(year) {
    const ties = D.ties[year] || {};
    tieTable.innerHTML = "";
    D.poles.forEach((pole) => {
      const t = ties[pole] || {};
      const row = document.createElement("tr");
      const cells = [[`<span class="swatch" style="background:${D.colours[pole]}"></span>${D.names[pole] || pole}`, "pole"],
        [pct(t.trade), "trade"], [pct(t.un), "UN"], [pct(t.arms), "arms"],
        [t.pact === 1 ? "yes" : t.pact === 0 ? "no" : "–", "pact"]];
      row.innerHTML = cells.map(([v, k]) => `<td data-label="${k}">${v}</td>`).join("");
      tieTable.appendChild(row);
    });
  }

  function paint() {
    const year = String(slider.value);
    yearLabel.textContent = year;
    const layer = D.layers[layerSelect.value];
    const data = layer ? (layer.byYear[year] || {}) : {};
    svg.querySelectorAll("path.country").forEach((path) => {
      const iso = path.getAttribute("data-iso3");
      if (iso === D.focal) { path.style.fill = "#111827"; return; }
      const poleIndex = D.poles.indexOf(iso);
      if (poleIndex >= 0) { path.style.fill = D.colours[iso]; return; }
      const s = shade(data[iso]);
      path.style.fill = s ? mix(D.colours[D.poles[s.pole]], s.t) : NODATA;
    });
    document.getElementById("layer-note").textContent = layer ? layer.label : "no layer in the store";
    views.forEach((view) => drawTies(view, year));
    fillTable(year);
  }

  // Hover with a mouse, tap on a touch screen: the country's values with each pole.
  function describe(ev) {
    const path = ev.target.closest("path.country");
    if (!path) { info.textContent = "Hover over (or tap) a country."; return; }
    const iso = path.getAttribute("data-iso3");
    const layer = D.layers[layerSelect.value];
    const vals = layer ? (layer.byYear[String(slider.value)] || {})[iso] : null;
    const parts = D.poles.map((p, i) => `${p} ${vals ? pct(vals[i]) : "–"}`);
    info.textContent = `${path.getAttribute("data-name")} (${slider.value}): ${parts.join(" · ")}`;
  }
  svg.addEventListener("pointermove", describe);
  svg.addEventListener("click", describe);

  slider.addEventListener("input", paint);
  layerSelect.addEventListener("change", paint);
  let resizeTimer = null;
  window.addEventListener("resize", () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(paint, 120); });
  window.matchMedia("print").addEventListener("change", paint);
  const play = document.getElementById("play");
  let timer = null;
  play.addEventListener("click", () => {
    if (timer) { clearInterval(timer); timer = null; play.textContent = "▶ Play"; return; }
    play.textContent = "❚❚ Pause";
    if (Number(slider.value) >= Number(slider.max)) slider.value = slider.min;
    timer = setInterval(() => {
      if (Number(slider.value) >= Number(slider.max)) { clearInterval(timer); timer = null; play.textContent = "▶ Play"; return; }
      slider.value = Number(slider.value) + 1; paint();
    }, 450);
  });
  paint();
  document.body.setAttribute("data-map-ready", "1");
})();
