// astropol charts: every figure with a data-chart attribute (tag/chart.jte) is drawn here with d3 (fetched from npm at
// build time, served from /static/lib) from the JSON the server embedded: series, units, the as-of day, the data hash
// and the ids of each point's records and sources. The data table under each chart holds the same figures; it stays
// open when the library is missing or fails to load, with a note saying so. Each chart downloads as SVG and PNG (both
// carrying the day, the hash and the ids) and as CSV (the server's link, or built here when the page has none).
(function () {
  "use strict";
  // a data hash is shown by its first 12 hex digits; a word such as "unknown (no database)" whole
  function shortHash(h) { return /^[0-9a-f]{13,}$/.test(h) ? h.slice(0, 12) : h; }
  var figures = Array.prototype.slice.call(document.querySelectorAll("figure[data-chart]"));
  if (!figures.length) return;
  var specs = figures.map(function (f) { return JSON.parse(f.getAttribute("data-chart")); });
  var SVG_NS = "http://www.w3.org/2000/svg";

  function allPoints(spec) { return spec.series.reduce(function (a, s) { return a.concat(s.points); }, []); }
  function shown(p) { return p.label !== null && p.label !== undefined ? p.label : String(p.y); }

  // ---- downloads (work without the library: the CSV is built from the embedded JSON)
  function csvRows(spec) {
    var rows = [["series", "x", "value", "low", "high", "records", "sources", "as_of", "data_hash"]];
    spec.series.forEach(function (s) {
      s.points.forEach(function (p) {
        rows.push([s.label, p.x, p.y, p.low === null || p.low === undefined ? "" : p.low, p.high === null || p.high === undefined ? "" : p.high,
          p.records.join(";"), p.sources.join(";"), spec.asOf, spec.dataHash]);
      });
    });
    return rows;
  }
  function fileName(spec, ext) { return spec.id.replace(/^chart-/, "") + "-" + spec.asOf + "." + ext; }
  function button(bar, label, cls, fn) {
    var b = document.createElement("button");
    b.type = "button"; b.className = "link " + cls; b.textContent = label;
    b.addEventListener("click", fn);
    bar.insertBefore(b, bar.querySelector(".chart-stamp"));
    bar.insertBefore(document.createTextNode(" "), bar.querySelector(".chart-stamp"));
    return b;
  }
  figures.forEach(function (fig, i) {
    var spec = specs[i], bar = fig.querySelector(".chart-downloads");
    if (!bar || !window.astropol || fig.querySelector("a.csv")) return;
    button(bar, "Download CSV", "csv", function () { window.astropol.download(fileName(spec, "csv"), window.astropol.csv(csvRows(spec)), "text/csv"); });
  });

  // ---- without the library: say so in every figure, leave the tables open
  function missing(message) {
    figures.forEach(function (fig) {
      var canvas = fig.querySelector(".chart-canvas");
      if (!canvas) return;
      var p = document.createElement("p");
      p.className = "chart-missing";
      p.id = fig.id + "-missing";
      p.textContent = message;
      canvas.replaceWith(p);
      var d = fig.querySelector("details.chart-data");
      if (d) d.open = true;
    });
  }
  if (!figures.some(function (f) { return f.querySelector(".chart-canvas"); })) return;
  if (window.d3) { drawAll(); return; }
  var lib = document.createElement("script");
  lib.src = "/static/lib/d3.min.js";
  lib.onload = function () { if (window.d3) drawAll(); else missing("The chart library (d3) did not start: the figures are shown as a table."); };
  lib.onerror = function () { missing("The chart library (d3) could not be loaded: the figures are shown as a table."); };
  document.head.appendChild(lib);

  // ---- drawing
  function drawAll() {
    figures.forEach(function (fig, i) { draw(fig, specs[i]); });
    var width = window.innerWidth, timer = null;
    // redrawn at the new width (the text stays at its size instead of shrinking with a scaled picture)
    window.addEventListener("resize", function () {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      clearTimeout(timer);
      timer = setTimeout(function () { figures.forEach(function (fig, i) { draw(fig, specs[i]); }); }, 200);
    });
  }

  var FMT = null;
  function tickFormat(v) {
    if (!FMT) FMT = d3.format("~s");
    return Math.abs(v) >= 1e9 ? d3.format("~")(v / 1e9) + " bn" : Math.abs(v) >= 1e6 ? d3.format("~")(v / 1e6) + " m" : Math.abs(v) >= 1e4 ? FMT(v) : d3.format("~")(v);
  }
  function year(x) { return Number(String(x).slice(0, 4)); }

  function draw(fig, spec) {
    var canvas = fig.querySelector(".chart-canvas");
    if (!canvas || !allPoints(spec).length) return;
    canvas.textContent = "";
    var W = Math.max(280, Math.round(canvas.clientWidth || fig.clientWidth || 700)), narrow = W < 480;
    var rowChart = spec.kind === "intervals" || spec.kind === "hbars";
    var legendRows = spec.kind === "intervals" ? 0 : legendLayout(spec, W).rows;
    var M = { top: 10 + legendRows * 18, right: spec.kind === "hbars" ? 40 : 14, bottom: 44, left: narrow || rowChart ? 44 : 58 };
    var H = rowChart ? M.top + allPoints(spec).length * (spec.kind === "hbars" ? 18 : 24) + M.bottom : (narrow ? 240 : 280) + legendRows * 18;
    var svg = d3.select(canvas).append("svg")
      .attr("xmlns", SVG_NS).attr("class", "chart d3chart " + spec.kind).attr("id", spec.id + "-svg")
      .attr("width", W).attr("height", H).attr("viewBox", "0 0 " + W + " " + H)
      .attr("role", "img").attr("aria-label", spec.summary)
      .attr("aria-describedby", spec.id + "-desc");
    svg.append("title").text(spec.title);
    svg.append("desc").attr("id", spec.id + "-desc").text(spec.summary);
    // the figure's data (ids of records and sources, day, hash) travels inside the SVG download
    svg.append("metadata").attr("class", "astropol-data").text(JSON.stringify({ title: spec.title, unit: spec.unit, asOf: spec.asOf, dataHash: spec.dataHash, url: location.href, series: spec.series }));
    svg.append("rect").attr("class", "bg").attr("width", W).attr("height", H).attr("fill", "#fff");
    var plot = { x0: M.left, x1: W - M.right, y0: M.top, y1: H - M.bottom };
    if (spec.kind === "intervals") intervals(svg, spec, plot); else {
      legend(svg, spec, W);
      if (spec.kind === "steps") steps(svg, spec, plot); else if (spec.kind === "hbars") hbars(svg, spec, plot); else years(svg, spec, plot);
    }
    // the stamp a reader of a printed figure needs to reproduce it
    svg.append("text").attr("class", "stamp").attr("x", M.left).attr("y", H - 6)
      .text("astropol · as of " + spec.asOf + " · data " + shortHash(String(spec.dataHash)));
    var d = fig.querySelector("details.chart-data");
    if (d && !fig.getAttribute("data-drawn")) d.open = false;
    fig.setAttribute("data-drawn", "true");
    var bar = fig.querySelector(".chart-downloads");
    if (bar && !bar.querySelector("button.svg")) {
      button(bar, "Download SVG", "svg", function () { window.astropol.downloadSvg(fig.querySelector("svg.d3chart"), fileName(spec, "svg")); });
      button(bar, "Download PNG", "png", function () { png(fig.querySelector("svg.d3chart"), spec); });
    }
  }

  function legendLeft(W) { return W < 480 ? 8 : 58; }
  function legendLayout(spec, W) {
    var x = 0, rows = 1, at = [];
    spec.series.forEach(function (s) {
      var w = 22 + 6.6 * s.label.length + 14;
      if (x > 0 && x + w > W - legendLeft(W) - 8) { rows++; x = 0; }
      at.push({ x: x, row: rows - 1 });
      x += w;
    });
    return { rows: rows, at: at };
  }
  function legend(svg, spec, W) {
    var lay = legendLayout(spec, W);
    var g = svg.append("g").attr("class", "legend-items").attr("transform", "translate(" + legendLeft(W) + ",4)");
    spec.series.forEach(function (s, i) {
      var item = g.append("g").attr("transform", "translate(" + lay.at[i].x + "," + lay.at[i].row * 18 + ")");
      item.append("rect").attr("class", "swatch " + s.cssClass).attr("width", 12).attr("height", 12).attr("y", 1);
      item.append("text").attr("class", "legend").attr("x", 17).attr("y", 11).text(s.label);
    });
  }
  function yAxis(svg, spec, plot, max) {
    var y = d3.scaleLinear().domain([0, max > 0 ? max : 1]).nice().range([plot.y1, plot.y0]);
    svg.append("g").attr("class", "axis y").attr("transform", "translate(" + plot.x0 + ",0)")
      .call(d3.axisLeft(y).ticks(5).tickSize(-(plot.x1 - plot.x0)).tickFormat(tickFormat))
      .call(function (g) { g.select(".domain").remove(); g.selectAll(".tick line").attr("class", "grid"); });
    return y;
  }
  function markTitle(s, p) {
    return s.label + ", " + p.x + ": " + shown(p) + (p.records.length ? " · records " + p.records.join(" ") : "") + (p.sources.length ? " · sources " + p.sources.join(" ") : "");
  }

  /** bars (series overlaid, later ones narrower) or lines with dots, one slot per year from the first to the last. */
  function years(svg, spec, plot) {
    var pts = allPoints(spec), first = d3.min(pts, function (p) { return year(p.x); }), last = d3.max(pts, function (p) { return year(p.x); });
    var all = d3.range(first, last + 1);
    var x = d3.scaleBand().domain(all).range([plot.x0, plot.x1]).padding(0.1);
    var y = yAxis(svg, spec, plot, d3.max(pts, function (p) { return p.y; }));
    var every = Math.max(1, Math.ceil(all.length / Math.max(2, Math.floor((plot.x1 - plot.x0) / 46))));
    svg.append("g").attr("class", "axis x").attr("transform", "translate(0," + plot.y1 + ")")
      .call(d3.axisBottom(x).tickValues(all.filter(function (v) { return (v - first) % every === 0; })).tickFormat(String));
    spec.series.forEach(function (s, k) {
      var g = svg.append("g").attr("class", "series-marks").attr("data-series", s.label);
      if (spec.kind === "bars") {
        var w = x.bandwidth() * (k === 0 ? 1 : 0.55);
        g.selectAll("rect").data(s.points).join("rect")
          .attr("class", "mark bar " + s.cssClass)
          .attr("x", function (p) { return x(year(p.x)) + (x.bandwidth() - w) / 2; }).attr("width", Math.max(1, w))
          .attr("y", function (p) { return y(Math.max(0, p.y)); }).attr("height", function (p) { return Math.abs(y(0) - y(p.y)); })
          .append("title").text(function (p) { return markTitle(s, p); });
      } else {
        var cx = function (p) { return x(year(p.x)) + x.bandwidth() / 2; };
        g.append("path").attr("class", "series " + s.cssClass).attr("d", d3.line().x(cx).y(function (p) { return y(p.y); })(s.points));
        g.selectAll("circle").data(s.points).join("circle").attr("class", "mark dot " + s.cssClass).attr("r", 3.5)
          .attr("cx", cx).attr("cy", function (p) { return y(p.y); })
          .append("title").text(function (p) { return markTitle(s, p); });
      }
    });
  }

  /** one bar per point from zero, in the order given (series after series), its value at its end. */
  function hbars(svg, spec, plot) {
    var rows = [];
    spec.series.forEach(function (s) { s.points.forEach(function (p) { rows.push({ s: s, p: p }); }); });
    var x = d3.scaleLinear().domain([0, Math.max(1, d3.max(rows, function (r) { return r.p.y; }))]).nice().range([plot.x0, plot.x1]);
    var y = d3.scaleBand().domain(rows.map(function (r) { return r.p.x; })).range([plot.y0, plot.y1]).padding(0.15);
    svg.append("g").attr("class", "axis x").attr("transform", "translate(0," + plot.y1 + ")")
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor((plot.x1 - plot.x0) / 70))).tickSize(-(plot.y1 - plot.y0)).tickFormat(tickFormat))
      .call(function (g) { g.selectAll(".tick line").attr("class", "grid"); });
    svg.append("g").attr("class", "axis y").attr("transform", "translate(" + plot.x0 + ",0)").call(d3.axisLeft(y).tickSize(0))
      .call(function (g) { g.select(".domain").remove(); });
    spec.series.forEach(function (s) {
      var g = svg.append("g").attr("class", "series-marks").attr("data-series", s.label);
      var bar = g.selectAll("g").data(s.points).join("g").attr("class", "bar").attr("data-id", function (p) { return p.x; });
      bar.append("rect").attr("class", "mark bar " + s.cssClass).attr("x", x(0)).attr("y", function (p) { return y(p.x); })
        .attr("height", y.bandwidth()).attr("width", function (p) { return Math.max(0.5, x(p.y) - x(0)); })
        .append("title").text(function (p) { return markTitle(s, p); });
      bar.append("text").attr("class", "value").attr("x", function (p) { return x(p.y) + 4; }).attr("y", function (p) { return y(p.x) + y.bandwidth() / 2; })
        .attr("dy", "0.35em").text(shown);
    });
  }

  /** cumulative steps over days, each series to the right edge, a dot on each step; a line at the as-of day. */
  function steps(svg, spec, plot) {
    var pts = allPoints(spec), day = function (s) { return new Date(s + "T00:00:00Z"); };
    var start = d3.utcYear.floor(d3.min(pts, function (p) { return day(p.x); })), asOf = day(spec.asOf);
    var end = d3.max([asOf, d3.utcYear.offset(d3.max(pts, function (p) { return day(p.x); }), 1)]);
    var x = d3.scaleUtc().domain([start, end]).range([plot.x0, plot.x1]);
    var y = yAxis(svg, spec, plot, d3.max(pts, function (p) { return p.y; }));
    svg.append("g").attr("class", "axis x").attr("transform", "translate(0," + plot.y1 + ")")
      // ticks on 1 January only, every n years so that they fit (d3's own day ticks would repeat a year's label)
      .call(d3.axisBottom(x).ticks(d3.utcYear.every(Math.max(1, Math.ceil(d3.utcYear.count(start, end) / Math.max(2, Math.floor((plot.x1 - plot.x0) / 70))))))
        .tickFormat(d3.utcFormat("%Y")));
    spec.series.forEach(function (s) {
      if (!s.points.length) return;
      var g = svg.append("g").attr("class", "series-marks").attr("data-series", s.label);
      var line = [[x(start), y(0)]];
      s.points.forEach(function (p) { line.push([x(day(p.x)), y(p.y)]); });
      line.push([x(end), y(s.points[s.points.length - 1].y)]);
      g.append("path").attr("class", "series " + s.cssClass).attr("d", d3.line().curve(d3.curveStepAfter)(line))
        .append("title").text(s.label + ": " + shown(s.points[s.points.length - 1]) + " by " + s.points[s.points.length - 1].x);
      g.selectAll("circle").data(s.points).join("circle").attr("class", "mark dot " + s.cssClass).attr("r", 2.5)
        .attr("cx", function (p) { return x(day(p.x)); }).attr("cy", function (p) { return y(p.y); })
        .append("title").text(function (p) { return markTitle(s, p); });
    });
    var ax = x(asOf);
    svg.append("line").attr("class", "asof").attr("x1", ax).attr("x2", ax).attr("y1", plot.y0).attr("y2", plot.y1);
  }

  /** one row per point: its interval as a bar, its value as a dot, on a shared axis through zero. */
  function intervals(svg, spec, plot) {
    var pts = allPoints(spec), s = spec.series[0];
    var lo = Math.min(-0.1, d3.min(pts, function (p) { return p.low === null ? p.y : p.low; }));
    var hi = Math.max(0.1, d3.max(pts, function (p) { return p.high === null ? p.y : p.high; }));
    var x = d3.scaleLinear().domain([lo, hi]).nice().range([plot.x0, plot.x1]);
    var y = d3.scaleBand().domain(pts.map(function (p) { return p.x; })).range([plot.y0, plot.y1]).padding(0.2);
    svg.append("g").attr("class", "axis x").attr("transform", "translate(0," + plot.y1 + ")")
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor((plot.x1 - plot.x0) / 70))).tickFormat(d3.format("+.1f")));
    svg.append("g").attr("class", "axis y").attr("transform", "translate(" + plot.x0 + ",0)").call(d3.axisLeft(y).tickSize(0))
      .call(function (g) { g.select(".domain").remove(); });
    svg.append("line").attr("class", "zero").attr("x1", x(0)).attr("x2", x(0)).attr("y1", plot.y0).attr("y2", plot.y1);
    var g = svg.append("g").attr("class", "series-marks").attr("data-series", s.label);
    var row = g.selectAll("g").data(pts).join("g").attr("class", "ideal-point").attr("data-state", function (p) { return p.x; });
    row.append("title").text(function (p) { return p.x + " " + shown(p) + " · " + p.records.length + " roll calls"; });
    row.append("line").attr("class", "interval")
      .attr("x1", function (p) { return x(p.low === null ? p.y : p.low); }).attr("x2", function (p) { return x(p.high === null ? p.y : p.high); })
      .attr("y1", function (p) { return y(p.x) + y.bandwidth() / 2; }).attr("y2", function (p) { return y(p.x) + y.bandwidth() / 2; });
    row.append("circle").attr("class", "mark dot " + s.cssClass).attr("r", 4.5)
      .attr("cx", function (p) { return x(p.y); }).attr("cy", function (p) { return y(p.x) + y.bandwidth() / 2; });
  }

  // ---- PNG: the styled SVG painted on a canvas at twice the size; the day, the hash and the ids go in a tEXt chunk
  function png(svg, spec) {
    if (!svg) return;
    var text = window.astropol.svgText(svg), img = new Image(), scale = 2;
    img.onload = function () {
      var c = document.createElement("canvas");
      c.width = svg.width.baseVal.value * scale; c.height = svg.height.baseVal.value * scale;
      var ctx = c.getContext("2d");
      ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, c.width, c.height);
      ctx.drawImage(img, 0, 0, c.width, c.height);
      c.toBlob(function (blob) {
        blob.arrayBuffer().then(function (buf) {
          var meta = "astropol " + spec.title + "; as of " + spec.asOf + "; data hash " + spec.dataHash + "; " + location.href + "; " +
            spec.series.map(function (s) {
              return s.label + ": " + s.points.map(function (p) { return p.x + " records " + p.records.join(" ") + " sources " + p.sources.join(" "); }).join(", ");
            }).join("; ");
          window.astropol.download(fileName(spec, "png"), withText(new Uint8Array(buf), "Comment", meta), "image/png");
        });
      }, "image/png");
    };
    // a data: address, which the site's content policy allows for images (a blob: one it does not)
    img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(text);
  }
  var CRC = null;
  function crc32(bytes) {
    if (!CRC) { CRC = []; for (var n = 0; n < 256; n++) { var c = n; for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; CRC[n] = c >>> 0; } }
    var crc = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) crc = CRC[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  }
  // PNG text chunk (ISO 8859-1; other characters become "?") inserted after the IHDR chunk (8 + 25 bytes into the file)
  function withText(pngBytes, keyword, value) {
    var data = [], str = keyword + "\u0000" + value;
    for (var i = 0; i < str.length; i++) data.push(str.charCodeAt(i) < 256 ? str.charCodeAt(i) : 63);
    var chunk = new Uint8Array(12 + data.length), view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set([116, 69, 88, 116], 4);
    chunk.set(data, 8);
    view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
    var out = new Uint8Array(pngBytes.length + chunk.length);
    out.set(pngBytes.subarray(0, 33), 0);
    out.set(chunk, 33);
    out.set(pngBytes.subarray(33), 33 + chunk.length);
    return out;
  }
})();
