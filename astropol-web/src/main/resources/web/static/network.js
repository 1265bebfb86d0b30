// astropol /network: the force-directed layout of the cooperation network, drawn with d3 (d3-force, d3-selection,
// d3-zoom; /static/lib/d3.min.js, fetched from npm at build time) from the page's /api/v1/network JSON.
// The filters of the form apply at once and are written back into the URL, so a view can be linked; the year asks
// the server for that year's network. The JSON holds the backbone's ties only (ties=backbone) unless "all ties" is
// chosen, which asks the server again. Fields a newer analysis adds (edge backbone/alpha, layers, node confidence,
// modularity z-score) are used when present and ignored otherwise.
(function () {
  "use strict";
  var view = document.getElementById("network-view");
  var form = document.getElementById("network-form");
  if (!view || !form || !window.d3) return;
  var d3 = window.d3;
  var COLOURS = 8, LABELS = 30, FALLBACK_TIES = 3;
  var current = null;        // {data, src, prepared}
  var pinned = null;         // the node found with the search field, highlighted until cleared

  function field(name) { var el = form.elements[name]; return el ? el.value : ""; }
  function status(text) {
    var p = document.getElementById("network-loading");
    if (!p) { p = document.createElement("p"); p.id = "network-loading"; p.className = "muted"; view.insertBefore(p, view.firstChild); }
    p.textContent = text;
    p.hidden = !text;
  }

  // ---- the analysis' answer, read once per year
  function load(src) {
    status("Drawing the layout…");
    return fetch(src, { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (data) { current = { data: data, src: src, prepared: prepare(data) }; draw(); status(""); })
      .catch(function (e) { status("The network could not be loaded (" + e.message + "): the communities are listed below."); });
  }

  function edgeLayers(e) {
    if (Array.isArray(e.layers)) return e.layers;
    return e.layer ? [e.layer] : [];
  }

  function prepare(data) {
    var nodes = data.nodes.map(function (n) { return Object.assign({}, n); });
    var byId = new Map(nodes.map(function (n) { return [n.id, n]; }));
    // communities largest first (ties by number), as the server's list below: the first eight get a colour
    var size = new Map();
    nodes.forEach(function (n) { size.set(n.community, (size.get(n.community) || 0) + 1); });
    var order = Array.from(size.keys()).sort(function (a, b) { return size.get(b) - size.get(a) || a - b; });
    var colour = new Map(order.map(function (c, i) { return [c, i < COLOURS ? "c" + i : "cx"]; }));
    var edges = data.edges.filter(function (e) { return byId.has(e.source) && byId.has(e.target); })
      .map(function (e) { return Object.assign({}, e, { s: byId.get(e.source), t: byId.get(e.target) }); });
    // the backbone: the analysis' own when it marks one, else each actor's strongest ties
    var marked = null;
    if (edges.some(function (e) { return typeof e.backbone === "boolean"; })) {
      var b = data.backbone && typeof data.backbone === "object" ? data.backbone : null;
      marked = b ? "the backbone (" + b.keptEdges + " of " + b.totalEdges + " ties)" : "the analysis' backbone";
      edges.forEach(function (e) { e.inBackbone = e.backbone === true; });
    } else if (edges.some(function (e) { return typeof e.alpha === "number"; })) {
      var level = typeof data.backboneAlpha === "number" ? data.backboneAlpha : 0.05;
      marked = "the disparity-filter backbone (alpha < " + level + ")";
      edges.forEach(function (e) { e.inBackbone = typeof e.alpha === "number" && e.alpha < level; });
    } else {
      marked = "each actor's " + FALLBACK_TIES + " strongest ties (the analysis marks no backbone)";
      var strongest = new Map();
      edges.forEach(function (e) {
        [e.source, e.target].forEach(function (id) {
          var l = strongest.get(id) || []; l.push(e); strongest.set(id, l);
        });
      });
      edges.forEach(function (e) { e.inBackbone = false; });
      strongest.forEach(function (l) {
        l.sort(function (a, b) { return b.weight - a.weight; });
        l.slice(0, FALLBACK_TIES).forEach(function (e) { e.inBackbone = true; });
      });
    }
    var layers = Array.isArray(data.layers) ? data.layers.map(function (l) { return typeof l === "string" ? l : (l.id || l.name); }) : [];
    edges.forEach(function (e) { edgeLayers(e).forEach(function (l) { if (layers.indexOf(l) < 0) layers.push(l); }); });
    return { nodes: nodes, byId: byId, edges: edges, colour: colour, order: order, size: size, backbone: marked, layers: layers };
  }

  function layerOptions(p) {
    var select = form.elements.layer;
    if (!select) return;
    var chosen = select.value;
    while (select.options.length > 1) select.remove(1);
    p.layers.forEach(function (l) { select.add(new Option(l, l, false, l === chosen)); });
    select.disabled = p.layers.length === 0;
    select.title = p.layers.length === 0 ? "this analysis has no layers" : "";
  }

  // ---- the view: filters, layout, drawing
  function visible(p) {
    var kind = field("kind"), layer = field("layer"), actors = field("actors"), all = field("ties") === "all";
    var nodes = p.nodes.filter(function (n) { return actors === "all" || n.type === actors; });
    var keep = new Set(nodes.map(function (n) { return n.id; }));
    var edges = p.edges.filter(function (e) {
      return keep.has(e.source) && keep.has(e.target)
        && (kind === "all" || e.kinds.indexOf(kind) >= 0)
        && (!layer || edgeLayers(e).indexOf(layer) >= 0);
    });
    var shown = all ? edges : edges.filter(function (e) { return e.inBackbone; });
    if (kind !== "all" || layer) {    // a tie filter shows the actors it joins
      var joined = new Set();
      edges.forEach(function (e) { joined.add(e.source); joined.add(e.target); });
      nodes = nodes.filter(function (n) { return joined.has(n.id); });
    }
    return { nodes: nodes, layout: edges.filter(function (e) { return e.inBackbone; }), shown: shown };
  }

  function radius(n) { return 3 + Math.min(14, Math.sqrt(n.weightedDegree) * 2.2); }

  // Each community pulls its members towards its own anchor, so that actors the backbone leaves without a tie (their
  // community comes from all their ties, see docs/analytics.md) sit with their community rather than in a ring of
  // loose dots: communities of two or more on a circle, largest first; single actors on an outer ring.
  function anchors(p, v) {
    var present = new Map();
    v.nodes.forEach(function (n) { present.set(n.community, (present.get(n.community) || 0) + 1); });
    var groups = p.order.filter(function (c) { return present.get(c) >= 2; }), singles = p.order.filter(function (c) { return present.get(c) === 1; });
    var r = 40 + 9 * Math.sqrt(v.nodes.length) * Math.sqrt(Math.max(1, groups.length - 1)), out = new Map();
    groups.forEach(function (c, i) {
      var a = 2 * Math.PI * i / groups.length - Math.PI / 2;
      out.set(c, groups.length === 1 ? { x: 0, y: 0 } : { x: r * Math.cos(a), y: r * Math.sin(a) });
    });
    singles.forEach(function (c, i) {
      var a = 2 * Math.PI * (i + 0.5) / singles.length - Math.PI / 2;
      out.set(c, { x: (r + 90) * Math.cos(a), y: (r + 90) * Math.sin(a) });
    });
    return out;
  }

  function layout(v, p) {
    var anchor = anchors(p, v);
    // start each actor near its anchor on a sunflower spiral (no random numbers: the same data, the same picture)
    var nodes = v.nodes.map(function (n, i) {
      var a = anchor.get(n.community), r = 6 * Math.sqrt(i + 1), t = i * 2.39996;
      return { id: n.id, n: n, ax: a.x, ay: a.y, x: a.x + r * Math.cos(t), y: a.y + r * Math.sin(t) };
    });
    var index = new Map(nodes.map(function (d) { return [d.id, d]; }));
    var links = v.layout.filter(function (e) { return index.has(e.source) && index.has(e.target); })
      .map(function (e) { return { source: index.get(e.source), target: index.get(e.target), w: e.weight }; });
    var maxW = d3.max(links, function (l) { return l.w; }) || 1;
    var sim = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).distance(36).strength(function (l) { return 0.15 + 0.6 * l.w / maxW; }))
      .force("charge", d3.forceManyBody().strength(-70).distanceMax(400))
      .force("collide", d3.forceCollide(function (d) { return radius(d.n) + 2; }))
      .force("x", d3.forceX(function (d) { return d.ax; }).strength(0.12))
      .force("y", d3.forceY(function (d) { return d.ay; }).strength(0.12))
      .stop();
    // computed at once rather than animated: the same data gives the same picture, and nothing moves under the pointer
    for (var i = 0; i < 320; i++) sim.tick();
    return index;
  }

  function draw() {
    var p = current.prepared, data = current.data;
    layerOptions(p);
    var v = visible(p);
    var pos = layout(v, p);
    var xs = d3.extent(v.nodes, function (n) { return pos.get(n.id).x; }), ys = d3.extent(v.nodes, function (n) { return pos.get(n.id).y; });
    // the drawing's own box, at least 640 x 420 so that a small network keeps its size rather than filling the page
    var pad = 40, x0 = (xs[0] || 0) - pad, y0 = (ys[0] || 0) - pad, w = (xs[1] || 0) - x0 + pad, h = (ys[1] || 0) - y0 + pad;
    if (w < 640) { x0 -= (640 - w) / 2; w = 640; }
    if (h < 420) { y0 -= (420 - h) / 2; h = 420; }
    d3.select(view).select("svg#network").remove();
    var svg = d3.select(view).insert("svg", "figcaption").attr("id", "network").attr("class", "network")
      .attr("viewBox", [x0, y0, w, h].join(" ")).attr("role", "group").attr("xmlns", "http://www.w3.org/2000/svg")
      .attr("aria-label", "Cooperation network as of " + data.asOf + ": " + v.nodes.length + " actors, " + v.shown.length + " ties shown");
    svg.append("title").text("Cooperation network as of " + data.asOf);
    // as tall as the drawing at the page's width (at most most of the window), labels about 11 px on the screen
    var shownWidth = view.clientWidth || 960;
    svg.node().style.height = Math.round(Math.min(window.innerHeight * 0.8, shownWidth * h / w)) + "px";
    svg.node().style.setProperty("--label", (11 * w / shownWidth).toFixed(1) + "px");
    var scene = svg.append("g").attr("class", "scene");
    var maxW = d3.max(v.shown, function (e) { return e.weight; }) || 1;
    scene.append("g").attr("class", "ties").selectAll("line").data(v.shown).join("line")
      .attr("class", function (e) { return "tie " + e.kinds.join(" ") + (e.inBackbone ? " backbone" : ""); })
      .attr("data-s", function (e) { return e.source; }).attr("data-t", function (e) { return e.target; })
      .attr("x1", function (e) { return pos.get(e.source).x; }).attr("y1", function (e) { return pos.get(e.source).y; })
      .attr("x2", function (e) { return pos.get(e.target).x; }).attr("y2", function (e) { return pos.get(e.target).y; })
      .attr("stroke-width", function (e) { return 0.4 + 2.6 * Math.sqrt(e.weight / maxW); })
      .append("title").text(function (e) { return e.s.name + " – " + e.t.name + ": " + e.kinds.join(", ") + " (weight " + e.weight + ")"; });
    var top = new Set(v.nodes.slice().sort(function (a, b) { return b.weightedDegree - a.weightedDegree; }).slice(0, LABELS).map(function (n) { return n.id; }));
    var nodes = scene.append("g").attr("class", "nodes").selectAll("a").data(v.nodes).join("a")
      .attr("class", function (n) { return "node" + (top.has(n.id) ? " labelled" : ""); })
      .attr("href", function (n) { return "/entity/" + encodeURIComponent(n.id); })
      .attr("data-id", function (n) { return n.id; })
      .attr("transform", function (n) { var d = pos.get(n.id); return "translate(" + d.x.toFixed(1) + "," + d.y.toFixed(1) + ")"; });
    nodes.append("circle").attr("r", radius).attr("class", function (n) { return p.colour.get(n.community) + " " + n.type; })
      .append("title").text(function (n) {
        return n.name + " (" + n.id + ", " + n.type + "): community " + n.community + ", " + n.degree + " ties, weighted degree " + n.weightedDegree
          + ", PageRank " + n.pagerank + (typeof n.confidence === "number" ? ", community confidence " + n.confidence : "");
      });
    nodes.append("text").attr("x", function (n) { return radius(n) + 2; }).attr("dy", "0.35em").text(function (n) { return n.id; });
    var neighbours = new Map();
    v.shown.forEach(function (e) {
      if (!neighbours.has(e.source)) neighbours.set(e.source, new Set());
      if (!neighbours.has(e.target)) neighbours.set(e.target, new Set());
      neighbours.get(e.source).add(e.target); neighbours.get(e.target).add(e.source);
    });
    function highlight(id) {
      var near = neighbours.get(id) || new Set();
      svg.classed("focus", !!id);
      nodes.classed("hi", function (n) { return n.id === id || near.has(n.id); }).classed("target", function (n) { return n.id === id; });
      scene.selectAll("line.tie").classed("hi", function (e) { return e.source === id || e.target === id; });
      partners(id, near);
    }
    nodes.on("mouseenter focus", function (ev, n) { highlight(n.id); })
      .on("mouseleave blur", function () { highlight(pinned); });
    var zoom = d3.zoom().scaleExtent([0.5, 8]).on("zoom", function (ev) { scene.attr("transform", ev.transform); });
    svg.call(zoom).on("dblclick.zoom", null);
    current.highlight = highlight;
    current.center = function (id) {
      var d = pos.get(id);
      if (d) svg.call(zoom.transform, d3.zoomIdentity.translate(x0 + w / 2, y0 + h / 2).scale(2).translate(-d.x, -d.y));
    };
    current.visible = v;
    legend(p, v);
    summary(p, v, data);
    find(false);
  }

  function legend(p, v) {
    var box = document.getElementById("network-legend");
    if (!box) { box = document.createElement("ul"); box.id = "network-legend"; box.className = "legend"; view.appendChild(box); }
    box.textContent = "";
    var shown = new Set(v.nodes.map(function (n) { return n.community; }));
    p.order.forEach(function (c, i) {
      if (i >= COLOURS || !shown.has(c)) return;
      var members = p.nodes.filter(function (n) { return n.community === c; }).sort(function (a, b) { return b.weightedDegree - a.weightedDegree; });
      var li = document.createElement("li");
      var dot = document.createElement("span"); dot.className = "dot c" + i; li.appendChild(dot);
      li.appendChild(document.createTextNode(" " + members.slice(0, 3).map(function (n) { return n.name; }).join(", ")
        + (members.length > 3 ? " and " + (members.length - 3) + " more" : "")));
      box.appendChild(li);
    });
    if (p.order.length > COLOURS) {
      var li = document.createElement("li"); var dot = document.createElement("span"); dot.className = "dot cx"; li.appendChild(dot);
      li.appendChild(document.createTextNode(" " + (p.order.length - COLOURS) + " smaller communities"));
      box.appendChild(li);
    }
  }

  function summary(p, v, data) {
    var s = document.getElementById("network-summary");
    var z = [data.modularityZ, data.modularityZScore, data.modularity_z].find(function (x) { return typeof x === "number"; });
    var total = data.backbone && typeof data.backbone.totalEdges === "number" ? data.backbone.totalEdges : data.edges.length;
    var text = v.nodes.length + " actors, " + v.shown.length + " ties shown (of " + total + ") as of " + data.asOf
      + " · " + data.communities + " communities (modularity " + data.modularity + (typeof z === "number" ? ", z-score " + z : "") + ")"
      + " · layout on " + p.backbone;
    s.textContent = text;
  }

  function partners(id, near) {
    var box = document.getElementById("network-partners");
    if (!box) { box = document.createElement("p"); box.id = "network-partners"; box.setAttribute("aria-live", "polite"); view.insertBefore(box, view.querySelector("figcaption")); }
    if (!id) { box.textContent = ""; return; }
    var p = current.prepared, n = p.byId.get(id);
    box.textContent = n.name + (typeof n.confidence === "number" ? " (community confidence " + n.confidence + ")" : "") + ": "
      + (near.size ? Array.from(near).map(function (x) { return p.byId.get(x).name; }).sort().join(", ") : "no tie shown");
  }

  // ---- search, URL, downloads
  function find(center) {
    var q = field("node").trim().toLowerCase();
    pinned = null;
    if (q && current) {
      var n = current.visible.nodes.find(function (x) { return x.id.toLowerCase() === q; })
        || current.visible.nodes.find(function (x) { return x.name.toLowerCase() === q; })
        || current.visible.nodes.find(function (x) { return x.name.toLowerCase().indexOf(q) >= 0; });
      if (n) pinned = n.id;
    }
    current.highlight(pinned);
    if (pinned && center) current.center(pinned);
    var input = form.elements.node;
    if (input) input.setAttribute("aria-invalid", q && !pinned ? "true" : "false");
  }

  function writeUrl() {
    var u = new URL(window.location.href);
    ["year", "kind", "ties", "layer", "actors", "node"].forEach(function (k) {
      var val = field(k).trim();
      var dflt = { kind: "all", ties: "backbone", actors: "all" }[k];
      if (val && val !== dflt) u.searchParams.set(k, val); else u.searchParams.delete(k);
    });
    u.searchParams.delete("asOf");
    window.history.replaceState(null, "", u.pathname + (u.search ? u.search : ""));
  }

  function srcFor(year) {
    var u = new URL(view.getAttribute("data-src"), window.location.href);
    u.searchParams.delete("asOf");
    u.searchParams.set("year", year);
    u.searchParams.set("ties", field("ties") === "all" ? "all" : "backbone");
    return u.pathname + u.search;
  }

  function reloadYear() {
    var y = parseInt(field("year"), 10);
    if (!(y >= 1900 && y <= 2100)) return;
    writeUrl();
    load(srcFor(y)).then(function () { if (current) view.setAttribute("data-as-of", current.data.asOf); });
  }

  ["kind", "layer", "actors"].forEach(function (k) {
    var el = form.elements[k];
    if (el) el.addEventListener("change", function () { if (current) { writeUrl(); draw(); } });
  });
  // all ties are fetched only when asked for; back to the backbone, the ties at hand are filtered
  if (form.elements.ties) form.elements.ties.addEventListener("change", function () {
    if (!current) return;
    writeUrl();
    if (field("ties") === "all" && current.src.indexOf("ties=all") < 0) reloadYear(); else draw();
  });
  if (form.elements.node) form.elements.node.addEventListener("change", function () { if (current) { writeUrl(); find(true); } });
  var slider = document.getElementById("year-slider"), year = form.elements.year, timer = null;
  if (slider && year) {
    slider.addEventListener("input", function () { year.value = slider.value; });
    slider.addEventListener("change", function () { if (timer) clearTimeout(timer); timer = setTimeout(reloadYear, 350); });
    year.addEventListener("change", function () { slider.value = year.value; reloadYear(); });
  }
  form.addEventListener("submit", function (ev) {
    if (!current) return;
    ev.preventDefault();
    var y = parseInt(field("year"), 10);
    if (current.data.asOf.slice(0, 4) !== String(y) || (field("ties") === "all" && current.src.indexOf("ties=all") < 0)) reloadYear(); else { writeUrl(); draw(); find(true); }
  });

  function downloads() {
    var bar = document.createElement("p");
    bar.className = "downloads";
    bar.id = "network-downloads";
    function button(label, id, fn) {
      var b = document.createElement("button"); b.type = "button"; b.id = id; b.textContent = label; b.className = "link";
      b.addEventListener("click", fn); bar.appendChild(b); bar.appendChild(document.createTextNode(" "));
    }
    var hash = function () { return view.getAttribute("data-hash"); };
    button("Actors CSV", "download-nodes", function () {
      var v = current.visible, asOf = current.data.asOf;
      var rows = [["id", "name", "type", "community", "community_confidence", "degree", "weighted_degree", "pagerank", "betweenness", "eigenvector", "as_of", "data_hash"]];
      v.nodes.forEach(function (n) {
        rows.push([n.id, n.name, n.type, n.community, n.confidence, n.degree, n.weightedDegree, n.pagerank, n.betweenness, n.eigenvector, asOf, hash()]);
      });
      window.astropol.download("network-actors-" + asOf + ".csv", window.astropol.csv(rows), "text/csv");
    });
    button("Ties CSV", "download-ties", function () {
      var v = current.visible, asOf = current.data.asOf;
      var rows = [["source", "target", "weight", "kinds", "layers", "backbone", "records", "as_of", "data_hash"]];
      v.shown.forEach(function (e) {
        rows.push([e.source, e.target, e.weight, e.kinds.join(" "), edgeLayers(e).join(" "), e.inBackbone, (e.records || []).join(";"), asOf, hash()]);
      });
      window.astropol.download("network-ties-" + asOf + ".csv", window.astropol.csv(rows), "text/csv");
    });
    button("SVG", "download-svg", function () {
      window.astropol.downloadSvg(document.getElementById("network"), "network-" + current.data.asOf + ".svg");
    });
    view.appendChild(bar);
  }

  downloads();
  load(view.getAttribute("data-src"));
})();
