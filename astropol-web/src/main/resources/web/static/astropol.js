// astropol: the site's only script. Date sliders: moving the slider updates the date field and its label;
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
  // network: hovering an actor highlights its ties
  var net = document.getElementById("network");
  if (net) {
    net.querySelectorAll("a.node").forEach(function (node) {
      var id = node.getAttribute("data-id");
      node.addEventListener("mouseenter", function () {
        net.classList.add("focus");
        net.querySelectorAll("line.tie").forEach(function (l) {
          if (l.getAttribute("data-s") === id || l.getAttribute("data-t") === id) l.classList.add("hi");
        });
      });
      node.addEventListener("mouseleave", function () {
        net.classList.remove("focus");
        net.querySelectorAll("line.tie.hi").forEach(function (l) { l.classList.remove("hi"); });
      });
    });
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
