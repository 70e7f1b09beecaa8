// newsgraph HTML view: draws the graph embedded in #graph-data and makes it explorable.
// Part of src/export/html.rs (embedded at compile time); no libraries, no network.
// Every string from the graph is inserted with textContent, never as markup.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = data.nodes, links = data.links;
  var svg = document.getElementById("view");
  var viewport = document.getElementById("viewport");
  var linkLayer = document.getElementById("links");
  var labelLayer = document.getElementById("link-labels");
  var nodeLayer = document.getElementById("nodes");
  var results = document.getElementById("results");
  var details = document.getElementById("details");
  var search = document.getElementById("search");
  var actorsBox = document.getElementById("actors");
  var styles = {};
  data.types.forEach(function (t) { styles[t.name] = t; });
  var hidden = {};          // type class -> true when filtered out
  var selected = null;      // index of the selected node
  var view = { x: 0, y: 0, k: 1 };

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    for (var a in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, a)) e.setAttribute(a, attrs[a]); }
    if (parent) parent.appendChild(e);
    return e;
  }
  function html(name, text, parent, cls) {
    var e = document.createElement(name);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  // The outline of a node, as in the SVG export (src/export/svg.rs).
  function outline(shape, x, y, w, h, parent) {
    var l = x - w / 2, r = x + w / 2, t = y - h / 2, b = y + h / 2, c;
    function poly(pts) { return el("polygon", { points: pts.map(function (p) { return p[0] + "," + p[1]; }).join(" ") }, parent); }
    switch (shape) {
      case "ellipse": return el("ellipse", { cx: x, cy: y, rx: w / 2, ry: h / 2 }, parent);
      case "box": return el("rect", { x: l, y: t, width: w, height: h, rx: 3 }, parent);
      case "note": return el("rect", { x: l, y: t, width: w, height: h, "stroke-dasharray": "4 2" }, parent);
      case "hexagon": c = Math.min(h / 2, 14); return poly([[l, y], [l + c, t], [r - c, t], [r, y], [r - c, b], [l + c, b]]);
      case "octagon": c = Math.min(h / 3, 9);
        return poly([[l + c, t], [r - c, t], [r, t + c], [r, b - c], [r - c, b], [l + c, b], [l, b - c], [l, t + c]]);
      default: return poly([[x, t], [r, y], [x, b], [l, y]]);
    }
  }
  // Where the line from a node's centre towards (dx, dy) leaves its outline.
  function boundary(n, dx, dy) {
    var a = n.w / 2, b = n.h / 2, t, shape = styles[n.class].shape;
    if (dx === 0 && dy === 0) return [0, 0];
    if (shape === "ellipse") t = 1 / Math.sqrt((dx / a) * (dx / a) + (dy / b) * (dy / b));
    else if (shape === "diamond") t = 1 / (Math.abs(dx) / a + Math.abs(dy) / b);
    else t = Math.min(dx === 0 ? Infinity : a / Math.abs(dx), dy === 0 ? Infinity : b / Math.abs(dy));
    return [dx * t, dy * t];
  }

  // Links of the full view, and the actor view's links (actors that share an event).
  nodes.forEach(function (n, i) { n.index = i; n.links = []; });
  links.forEach(function (l, i) {
    l.index = i;
    nodes[l.source].links.push(l);
    if (l.target !== l.source) nodes[l.target].links.push(l);
  });
  var actorLinks = (function () {
    var byPair = {}, out = [];
    function add(a, b, relation, via) {
      if (a === b) return;
      var key = Math.min(a, b) + "-" + Math.max(a, b), l = byPair[key];
      if (!l) { l = byPair[key] = { source: a, target: b, relations: [], via: [], derived: true }; out.push(l); }
      if (l.relations.indexOf(relation) < 0) l.relations.push(relation);
      if (via !== null && l.via.indexOf(via) < 0) l.via.push(via);
    }
    links.forEach(function (l) {
      if (nodes[l.source].kind === "entity" && nodes[l.target].kind === "entity") add(l.source, l.target, l.relation, null);
    });
    nodes.forEach(function (e) {
      if (e.kind !== "event") return;
      var actors = [];
      e.links.forEach(function (l) {
        var other = l.source === e.index ? l.target : l.source;
        if (nodes[other].kind === "entity" && actors.indexOf(other) < 0) actors.push(other);
      });
      actors.sort(function (a, b) { return a - b; });
      for (var i = 0; i < actors.length; i++) for (var j = i + 1; j < actors.length; j++) add(actors[i], actors[j], e.type, e.index);
    });
    return out;
  })();

  function drawLinks() {
    linkLayer.textContent = "";
    labelLayer.textContent = "";
    var list = actorsBox.checked ? actorLinks : links;
    list.forEach(function (l) {
      var a = nodes[l.source], b = nodes[l.target];
      var dx = b.x - a.x, dy = b.y - a.y, s = boundary(a, dx, dy), t = boundary(b, -dx, -dy);
      var g = el("g", { "class": "link" + (l.derived ? " derived" : "") }, linkLayer);
      g.dataset.source = a.id;
      g.dataset.target = b.id;
      var attrs = { x1: a.x + s[0], y1: a.y + s[1], x2: b.x + t[0], y2: b.y + t[1] };
      if (!l.derived) attrs["marker-end"] = "url(#arrow)";
      el("line", attrs, g);
      var label = l.derived ? l.relations.join(", ") : l.relation;
      el("title", {}, g).textContent = a.label + (l.derived ? " — " : " → ") + b.label + ": " + label;
      var text = el("text", { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 + 3, "class": "link-label" }, labelLayer);
      text.textContent = label;
      l.elements = [g, text];
    });
    applyVisibility();
  }

  function drawNodes() {
    nodes.forEach(function (n) {
      var st = styles[n.class];
      var g = el("g", { "class": "node " + n.kind + " " + n.type, tabindex: 0 }, nodeLayer);
      g.dataset.id = n.id;
      el("title", {}, g).textContent = n.label;
      var shape = outline(st.shape, n.x, n.y, n.w, n.h, g);
      shape.setAttribute("class", "shape");
      shape.setAttribute("fill", st.fill);
      shape.setAttribute("stroke", st.stroke);
      var text = el("text", { "text-anchor": "middle" }, g);
      var lineH = 14, top = n.y - (n.lines.length - 1) * lineH / 2 + 4;
      n.lines.forEach(function (line, i) {
        el("tspan", { x: n.x, y: top + i * lineH }, text).textContent = line;
      });
      g.addEventListener("click", function (ev) { ev.stopPropagation(); select(n.index, false); });
      g.addEventListener("keydown", function (ev) { if (ev.key === "Enter") select(n.index, false); });
      n.element = g;
    });
  }

  function visible(n) {
    return !hidden[n.class] && !(actorsBox.checked && n.kind === "event");
  }
  function applyVisibility() {
    nodes.forEach(function (n) { n.element.style.display = visible(n) ? "" : "none"; });
    (actorsBox.checked ? actorLinks : links).forEach(function (l) {
      var show = visible(nodes[l.source]) && visible(nodes[l.target]);
      if (l.elements) l.elements.forEach(function (e) { e.style.display = show ? "" : "none"; });
    });
    var shown = nodes.filter(visible).length;
    document.getElementById("count").textContent = shown + " of " + nodes.length + " nodes shown";
  }

  function filters() {
    var box = document.getElementById("filters");
    data.types.forEach(function (t) {
      var label = html("label", null, box, "filter");
      var input = html("input", null, label);
      input.type = "checkbox";
      input.checked = true;
      input.dataset.type = t.name;
      var swatch = html("span", null, label, "swatch " + t.shape);
      swatch.style.background = t.fill;
      swatch.style.borderColor = t.stroke;
      label.appendChild(document.createTextNode(t.name));
      input.addEventListener("change", function () { hidden[t.name] = !input.checked; applyVisibility(); });
    });
  }

  // Pan and zoom: the viewport group carries translate(x, y) scale(k).
  function apply() {
    viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
    svg.classList.toggle("zoomed", view.k >= 0.9);
  }
  function zoomAt(px, py, factor) {
    var k = Math.max(0.05, Math.min(8, view.k * factor));
    view.x = px - (px - view.x) * (k / view.k);
    view.y = py - (py - view.y) * (k / view.k);
    view.k = k;
    apply();
  }
  function fit() {
    var r = svg.getBoundingClientRect(), w = r.width || 800, h = r.height || 600;
    var k = Math.min(w / Math.max(data.width, 1), h / Math.max(data.height, 1), 2);
    view.k = k;
    view.x = (w - data.width * k) / 2;
    view.y = (h - data.height * k) / 2;
    apply();
  }
  function centreOn(n) {
    var r = svg.getBoundingClientRect(), w = r.width || 800, h = r.height || 600;
    view.k = Math.max(view.k, 1);
    view.x = w / 2 - n.x * view.k;
    view.y = h / 2 - n.y * view.k;
    apply();
  }
  function panZoom() {
    var drag = null;
    svg.addEventListener("pointerdown", function (ev) {
      if (ev.target.closest && ev.target.closest(".node")) return;
      drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false };
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", function (ev) {
      if (!drag) return;
      view.x = drag.vx + ev.clientX - drag.x;
      view.y = drag.vy + ev.clientY - drag.y;
      drag.moved = drag.moved || Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 3;
      apply();
    });
    svg.addEventListener("pointerup", function () {
      if (drag && !drag.moved) select(null, false);
      drag = null;
    });
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var r = svg.getBoundingClientRect();
      zoomAt(ev.clientX - r.left, ev.clientY - r.top, Math.exp(-ev.deltaY * 0.0015));
    }, { passive: false });
    function centre(f) { var r = svg.getBoundingClientRect(); zoomAt(r.width / 2, r.height / 2, f); }
    document.getElementById("zoom-in").addEventListener("click", function () { centre(1.25); });
    document.getElementById("zoom-out").addEventListener("click", function () { centre(0.8); });
    document.getElementById("zoom-fit").addEventListener("click", fit);
  }

  function docName(id) {
    for (var i = 0; i < data.documents.length; i++) {
      var d = data.documents[i];
      if (d.id === id) return d.title || d.path || d.id;
    }
    return id;
  }
  function evidenceList(list, parent) {
    var ul = html("ul", null, parent, "evidence");
    list.forEach(function (e) {
      var li = html("li", null, ul);
      html("q", e.text, li);
      html("span", " " + docName(e.doc) + " [" + e.start + "–" + e.end + "]", li, "where");
    });
  }
  function names(title, list, parent) {
    if (!list || !list.length) return;
    html("h3", title, parent);
    html("p", list.join("; "), parent, "names");
  }

  function select(i, centre) {
    selected = i;
    nodes.forEach(function (n) { n.element.classList.remove("selected", "neighbour"); });
    details.textContent = "";
    if (i === null || i === undefined) {
      svg.classList.remove("has-selection");
      html("p", "Click a node to see its names, mentions and evidence. Drag to pan, scroll to zoom.", details, "hint");
      return;
    }
    var n = nodes[i];
    svg.classList.add("has-selection");
    n.element.classList.add("selected");
    n.links.forEach(function (l) { nodes[l.source === i ? l.target : l.source].element.classList.add("neighbour"); });
    details.dataset.id = n.id;
    html("h2", n.label, details);
    html("p", n.kind + " · " + n.type, details, "type");
    names("Aliases", n.aliases, details);
    names("Titles", n.titles, details);
    names("Attributes", n.attributes, details);
    html("h3", n.kind === "event" ? "Triggers (" + n.mentions.length + ")" : "Mentions (" + n.mentions.length + ")", details);
    evidenceList(n.mentions, details);
    if (n.links.length) {
      html("h3", "Links (" + n.links.length + ")", details);
      var ul = html("ul", null, details, "links");
      n.links.forEach(function (l) {
        var out = l.source === i, other = nodes[out ? l.target : l.source];
        var li = html("li", null, ul);
        var head = html("p", null, li, "link-head");
        head.appendChild(document.createTextNode(out ? l.relation + " → " : "← " + l.relation + " · "));
        var a = html("a", other.label, head);
        a.href = "#";
        a.addEventListener("click", function (ev) { ev.preventDefault(); select(other.index, true); });
        evidenceList(l.evidence, li);
      });
    }
    if (centre) centreOn(n);
  }

  function runSearch(q, pick) {
    var f = fold(q);
    results.textContent = "";
    nodes.forEach(function (n) { n.element.classList.remove("match"); });
    svg.classList.toggle("searching", f.length > 0);
    if (!f) { results.removeAttribute("data-query"); return []; }
    var found = nodes.filter(function (n) {
      return fold(n.label).indexOf(f) >= 0 || n.aliases.some(function (a) { return fold(a).indexOf(f) >= 0; });
    });
    // exact names first, then shorter labels
    found.sort(function (a, b) {
      var ea = fold(a.label) === f ? 0 : 1, eb = fold(b.label) === f ? 0 : 1;
      return ea - eb || a.label.length - b.label.length || a.index - b.index;
    });
    results.dataset.query = q;
    results.dataset.count = String(found.length);
    if (!found.length) html("li", "No node matches “" + q + "”.", results, "none");
    found.forEach(function (n) {
      n.element.classList.add("match");
      var li = html("li", null, results, "result");
      li.dataset.id = n.id;
      var a = html("a", n.label, li);
      a.href = "#";
      a.addEventListener("click", function (ev) { ev.preventDefault(); select(n.index, true); });
      html("span", " " + n.type, li, "where");
    });
    if (pick && found.length) select(found[0].index, true);
    return found;
  }

  // The address can set the view: #q=NAME searches and selects, actors=1 shows actors only.
  function fromAddress() {
    var params = location.hash.replace(/^#/, "") + "&" + location.search.replace(/^\?/, "");
    var q = /(?:^|&)q=([^&]*)/.exec(params), actors = /(?:^|&)actors=([^&]*)/.exec(params);
    if (actors) {
      actorsBox.checked = actors[1] === "1";
      drawLinks();
    }
    if (q) {
      search.value = decodeURIComponent(q[1].replace(/\+/g, " "));
      runSearch(search.value, true);
    }
  }

  document.getElementById("caption").textContent = data.caption + " · drag to pan, scroll or +/− to zoom, click a node for details";
  filters();
  drawNodes();
  drawLinks();
  panZoom();
  fit();
  search.addEventListener("input", function () { runSearch(search.value, false); });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") runSearch(search.value, true); });
  actorsBox.addEventListener("change", function () { drawLinks(); if (selected !== null) select(selected, false); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") select(null, false); });
  window.addEventListener("hashchange", fromAddress);
  fromAddress();
  document.body.dataset.ready = "true";
})();
