// Diplomatic map: colours each country by the pole it is closest to in the chosen layer and year,
// draws the focal's ties to each pole, and updates with the year slider. Plain JS, no libraries.
(function () {
  const D = JSON.parse(document.getElementById("map-data").textContent);
  const svg = document.getElementById("worldmap");
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

  const tiesLayer = document.createElementNS(NS, "g");
  tiesLayer.setAttribute("id", "ties");
  svg.appendChild(tiesLayer);

  function drawTies(year) {
    while (tiesLayer.firstChild) tiesLayer.removeChild(tiesLayer.firstChild);
    const from = D.anchors[D.focal];
    const ties = (D.ties[year] || {});
    tieTable.innerHTML = "";
    D.poles.forEach((pole, i) => {
      const to = D.anchors[pole];
      const t = ties[pole] || {};
      if (from && to) {
        const mx = (from[0] + to[0]) / 2, my = (from[1] + to[1]) / 2;
        const dx = to[0] - from[0], dy = to[1] - from[1];
        const len = Math.hypot(dx, dy) || 1;
        const bend = Math.min(0.35 * len, 90);
        const cx = mx - dy / len * bend * (i % 2 ? -1 : 1), cy = my + dx / len * bend * (i % 2 ? -1 : 1) - 20;
        const path = document.createElementNS(NS, "path");
        path.setAttribute("d", `M${from[0]},${from[1]} Q${cx},${cy} ${to[0]},${to[1]}`);
        const width = t.trade !== null && t.trade !== undefined ? 1.5 + 28 * t.trade : 1.5;
        path.setAttribute("stroke", D.colours[pole]);
        path.setAttribute("stroke-width", width.toFixed(1));
        path.setAttribute("fill", "none");
        path.setAttribute("stroke-linecap", "round");
        path.setAttribute("opacity", "0.85");
        if (t.pact !== 1) path.setAttribute("stroke-dasharray", "6 5");
        path.setAttribute("class", "tie");
        path.setAttribute("data-pole", pole);
        tiesLayer.appendChild(path);
        const dot = document.createElementNS(NS, "circle");
        dot.setAttribute("cx", to[0]); dot.setAttribute("cy", to[1]); dot.setAttribute("r", 4.5);
        dot.setAttribute("fill", D.colours[pole]); dot.setAttribute("stroke", "#fff");
        tiesLayer.appendChild(dot);
        const label = document.createElementNS(NS, "text");
        label.setAttribute("x", to[0] + 7); label.setAttribute("y", to[1] - 6);
        label.setAttribute("class", "pole-label");
        label.textContent = pole;
        tiesLayer.appendChild(label);
      }
      const row = document.createElement("tr");
      row.innerHTML = `<td><span class="swatch" style="background:${D.colours[pole]}"></span>${D.names[pole] || pole}</td>` +
        `<td>${pct(t.trade)}</td><td>${pct(t.un)}</td><td>${pct(t.arms)}</td>` +
        `<td>${t.pact === 1 ? "yes" : t.pact === 0 ? "no" : "–"}</td>`;
      tieTable.appendChild(row);
    });
    if (from) {
      const dot = document.createElementNS(NS, "circle");
      dot.setAttribute("cx", from[0]); dot.setAttribute("cy", from[1]); dot.setAttribute("r", 6);
      dot.setAttribute("fill", "#111827"); dot.setAttribute("stroke", "#fff"); dot.setAttribute("stroke-width", 2);
      tiesLayer.appendChild(dot);
    }
  }

  function paint() {
    const year = String(slider.value);
    yearLabel.textContent = year;
    const layer = D.layers[layerSelect.value];
    const data = layer ? (layer.byYear[year] || {}) : {};
    svg.querySelectorAll("path.country").forEach((el) => {
      const iso = el.getAttribute("data-iso3");
      if (iso === D.focal) { el.style.fill = "#111827"; return; }
      const poleIndex = D.poles.indexOf(iso);
      if (poleIndex >= 0) { el.style.fill = D.colours[iso]; return; }
      const s = shade(data[iso]);
      el.style.fill = s ? mix(D.colours[D.poles[s.pole]], s.t) : NODATA;
    });
    document.getElementById("layer-note").textContent = layer ? layer.label : "no layer in the store";
    drawTies(year);
  }

  svg.addEventListener("mousemove", (ev) => {
    const el = ev.target.closest("path.country");
    if (!el) { info.textContent = "Hover over a country."; return; }
    const iso = el.getAttribute("data-iso3");
    const layer = D.layers[layerSelect.value];
    const vals = layer ? (layer.byYear[String(slider.value)] || {})[iso] : null;
    const parts = D.poles.map((p, i) => `${p} ${vals ? pct(vals[i]) : "–"}`);
    info.textContent = `${el.getAttribute("data-name")} (${slider.value}): ${parts.join(" · ")}`;
  });

  slider.addEventListener("input", paint);
  layerSelect.addEventListener("change", paint);
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
