// Sortable tables: a click (or Enter) on a column header of a `table.sortable` sorts its rows by
// that column, numbers by value, text alphabetically, "–" (missing) always last; a second click
// reverses the order. Plain JS, no libraries.
(function () {
  function key(cell) {
    const text = (cell ? cell.textContent : "").trim();
    if (text === "" || text === "–") return null;
    const num = Number(text.replace(/[,%\s]/g, "").replace("−", "-"));
    return Number.isFinite(num) && /\d/.test(text) ? num : text.toLowerCase();
  }
  function sortBy(table, index, th) {
    const body = table.tBodies[0];
    const descending = th.getAttribute("aria-sort") === "ascending";
    const rows = Array.from(body.rows).map((row, i) => ({ row: row, k: key(row.cells[index]), i: i }));
    rows.sort((a, b) => {
      if (a.k === null || b.k === null) return (a.k === null) - (b.k === null) || a.i - b.i;
      const order = typeof a.k === typeof b.k ? (a.k < b.k ? -1 : a.k > b.k ? 1 : 0) : (typeof a.k === "number" ? -1 : 1);
      return (descending ? -order : order) || a.i - b.i;
    });
    rows.forEach((r) => body.appendChild(r.row));
    table.querySelectorAll("thead th").forEach((h) => h.removeAttribute("aria-sort"));
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }
  document.querySelectorAll("table.sortable").forEach((table) => {
    table.querySelectorAll("thead th").forEach((th, index) => {
      th.tabIndex = 0;
      th.title = "Sort by this column";
      th.addEventListener("click", () => sortBy(table, index, th));
      th.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); sortBy(table, index, th); } });
    });
  });
})();
