// astropol: the site's own script (with charts.js, loaded on pages with charts, and network.js, which /network loads after the d3 library). Date sliders: moving the slider updates the date field and its label;
// releasing it shows the chosen day. Without script the date field and the Show button do the same.
(function () {
  "use strict";
  function iso(epochDay) { return new Date(Number(epochDay) * 86400000).toISOString().slice(0, 10); }
  document.querySelectorAll("input[type=range][data-date-slider]").forEach(function (slider) {
    var field = document.getElementById(slider.getAttribute("data-date-slider"));
    var label = document.getElementById(slider.id.replace("-slider", "-label"));
    slider.addEventListener("input", function () {
      var d = iso(slider.value);
      if (field) field.value = d;
      if (label) label.textContent = d;
    });
    // submit once the slider comes to rest (keyboard users press several keys in a row)
    var timer = null;
    slider.addEventListener("input", function () { if (timer) { clearTimeout(timer); timer = null; } });
    slider.addEventListener("change", function () {
      if (timer) clearTimeout(timer);
      timer = setTimeout(function () { slider.form.submit(); }, 350);
    });
    // coming back to the page (history, back-forward cache) shows the page's own day, not the last slider position
    window.addEventListener("pageshow", function () {
      if (timer) { clearTimeout(timer); timer = null; }
      slider.value = slider.defaultValue;
      if (field) field.value = field.defaultValue;
      if (label && field) label.textContent = field.defaultValue;
    });
    if (field) field.addEventListener("change", function () {
      var t = Date.parse(field.value);
      if (!isNaN(t)) slider.value = Math.round(t / 86400000);
    });
  });
  // ---- downloads: CSV of a table or a chart's data, SVG of a chart; each CSV row carries the view's as-of day and
  // the data hash of the build (build_info.data_hash) beside the ids of its records and sources
  function csvCell(v) {
    var s = v === undefined || v === null ? "" : String(v);
    // as the server's CSV writer (CsvDownload): a text starting with = + - @ would run as a spreadsheet formula
    if (/^[=+\-@\t\r]/.test(s) && isNaN(Number(s))) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv(rows) { return rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n"; }
  function download(name, text, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type + ";charset=utf-8" }));
    var a = document.createElement("a");
    a.href = url; a.download = name; a.hidden = true;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  // the style sheet does not travel with a file: the drawn colours and sizes are written onto a copy
  var SVG_STYLE = ["fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "font-size", "font-family", "font-weight"];
  function downloadSvg(svg, name) {
    if (svg) window.astropol.download(name, svgText(svg), "image/svg+xml");
  }
  // a stand-alone copy of a drawn svg as text (for the SVG download, and the PNG one in charts.js)
  function svgText(svg) {
    var copy = svg.cloneNode(true), from = svg.querySelectorAll("*"), to = copy.querySelectorAll("*");
    for (var i = 0; i < from.length; i++) {
      var cs = window.getComputedStyle(from[i]);
      SVG_STYLE.forEach(function (p) { var v = cs.getPropertyValue(p); if (v) to[i].setAttribute(p, v); });
    }
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
  }
  function context(el) {
    var c = el.closest("[data-as-of]");
    return { asOf: c ? c.getAttribute("data-as-of") : "", hash: c ? c.getAttribute("data-hash") : "" };
  }
  function tableRows(table) {
    var ctx = context(table);
    var head = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) { return th.textContent.trim(); });
    var rows = [head.concat(["id", "records", "sources", "as_of", "data_hash"])];
    table.querySelectorAll("tbody tr").forEach(function (tr) {
      if (!tr.querySelector("td") || tr.querySelector("td[colspan]")) return;
      var cells = Array.prototype.map.call(tr.children, function (td) { return td.textContent.replace(/\s+/g, " ").trim(); });
      rows.push(cells.concat([tr.getAttribute("data-id") || "", tr.getAttribute("data-records") || "", tr.getAttribute("data-sources") || "", ctx.asOf, ctx.hash]));
    });
    return rows;
  }
  function bar(after, id) {
    var p = document.createElement("p");
    p.className = "downloads generated";
    p.id = id;
    after.insertAdjacentElement("afterend", p);
    return p;
  }
  function button(p, label, fn) {
    var b = document.createElement("button");
    b.type = "button"; b.className = "link"; b.textContent = label;
    b.addEventListener("click", fn);
    p.appendChild(b); p.appendChild(document.createTextNode(" "));
    return b;
  }
  document.querySelectorAll("table[data-csv]").forEach(function (table) {
    var name = table.getAttribute("data-csv");
    var p = bar(table, "download-" + table.id);
    button(p, "Download CSV: " + (table.getAttribute("data-label") || name), function () {
      window.astropol.download(name + "-" + context(table).asOf + ".csv", csv(tableRows(table)), "text/csv");
    });
  });
  document.querySelectorAll("svg[data-svg]").forEach(function (svg) {
    var name = svg.getAttribute("data-svg");
    var p = bar(svg.closest("figure") || svg, "download-" + svg.id);
    button(p, "Download SVG", function () { downloadSvg(svg, name + "-" + context(svg).asOf + ".svg"); });
    var table = svg.getAttribute("data-table") && document.getElementById(svg.getAttribute("data-table"));
    if (table) button(p, "Download CSV", function () { window.astropol.download(name + "-" + context(svg).asOf + ".csv", csv(tableRows(table)), "text/csv"); });
  });
  // one object, so that every download goes through astropol.download (the browser tests replace it to read the file)
  window.astropol = { csv: csv, download: download, downloadSvg: downloadSvg, svgText: svgText };

  // ---- charts (tag/chart.jte): charts.js draws them, loading the chart library itself; pages without charts load neither
  if (document.querySelector("figure[data-chart]")) {
    var charts = document.createElement("script");
    charts.src = "/static/charts.js";
    document.head.appendChild(charts);
  }
  // ---- /network without the layout library: the year slider submits the form when it comes to rest
  var yearSlider = document.getElementById("year-slider"), year = document.getElementById("year");
  if (yearSlider && year && document.getElementById("network-nolayout")) {
    var yearTimer = null;
    yearSlider.addEventListener("input", function () { year.value = yearSlider.value; });
    yearSlider.addEventListener("change", function () { clearTimeout(yearTimer); yearTimer = setTimeout(function () { yearSlider.form.submit(); }, 350); });
  }
  // ---- /network: the layout library, then the drawing
  if (document.getElementById("network-view") && !document.getElementById("network-nolayout")) {
    var lib = document.createElement("script");
    lib.src = "/static/lib/d3.min.js";
    lib.onload = function () {
      var s = document.createElement("script");
      s.src = "/static/network.js";
      document.head.appendChild(s);
    };
    lib.onerror = function () {
      var p = document.getElementById("network-loading");
      if (p) p.textContent = "The layout library could not be loaded: the communities are listed below.";
    };
    document.head.appendChild(lib);
  }
})();
// entity profile: the statement filter narrows the rows as one types (the form's submit does the same on the server)
(function () {
  "use strict";
  var input = document.querySelector("input[data-filter=statements]");
  if (!input) return;
  var groups = document.querySelectorAll("details.property");
  input.addEventListener("input", function () {
    var q = input.value.trim().toLowerCase();
    groups.forEach(function (g) {
      var shown = 0;
      var label = g.querySelector("summary").textContent.toLowerCase();
      g.querySelectorAll("tbody tr").forEach(function (tr) {
        var hit = !q || label.indexOf(q) >= 0 || tr.textContent.toLowerCase().indexOf(q) >= 0;
        tr.classList.toggle("hidden-by-filter", !hit);
        if (hit) shown++;
      });
      g.classList.toggle("hidden-by-filter", shown === 0);
      if (q && shown > 0) g.open = true;
    });
  });
})();
