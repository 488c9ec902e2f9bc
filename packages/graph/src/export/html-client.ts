/**
 * The page's own script, run after cytoscape. It reads the graph from the JSON script element and never touches
 * the network. Values from the graph reach the page only through textContent, never as HTML.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  "use strict";
  var payload = JSON.parse(document.getElementById("graph-data").textContent);
  var graph = payload.graph, colors = payload.colors, names = payload.names;
  var byId = new Map(graph.nodes.map(function (n) { return [n.id, n]; }));
  // An article id (the doc of evidence) -> its Document node.
  var docNode = new Map();
  graph.nodes.forEach(function (n) {
    if (n.kind === "Document") n.evidence.forEach(function (e) { if (!docNode.has(e.doc)) docNode.set(e.doc, n); });
  });

  function cls(n) { return n.kind === "Entity" ? n.type : n.kind; }
  function label(n) {
    switch (n.kind) {
      case "Document": return n.title || n.source || n.id;
      case "Entity": return n.name;
      case "Quote": case "Amount": return n.text;
      case "DatePoint": return n.value;
      case "Duration": return n.text;
      case "Role": return n.of ? n.title + " of " + n.of : n.title;
      default: return n.id;
    }
  }
  function short(s) { s = String(s).replace(/\s+/g, " "); return s.length > 48 ? s.slice(0, 45) + "..." : s; }
  function docsOf(n) {
    var set = new Set(n.evidence.map(function (e) { return e.doc; }));
    return Array.from(set).sort();
  }

  var elements = [];
  graph.nodes.forEach(function (n) {
    elements.push({ group: "nodes", data: { id: n.id, label: short(label(n)), cls: cls(n), color: colors[cls(n)] || "#999" } });
  });
  graph.edges.forEach(function (e) {
    if (!byId.has(e.from) || !byId.has(e.to)) return;
    elements.push({ group: "edges", data: { id: e.id, source: e.from, target: e.to, type: e.type, weight: e.weight } });
  });

  var big = graph.nodes.length > 600;
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: elements,
    style: [
      { selector: "node", style: { "background-color": "data(color)", label: "data(label)", "font-size": 10,
        "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "ellipsis", "text-max-width": "140px",
        width: 18, height: 18, "border-width": 1, "border-color": "#444" } },
      { selector: 'node[cls = "Document"]', style: { shape: "round-rectangle", width: 26 } },
      { selector: 'node[cls = "Quote"]', style: { shape: "round-tag" } },
      { selector: 'node[cls = "Amount"]', style: { shape: "diamond" } },
      { selector: 'node[cls = "DatePoint"]', style: { shape: "hexagon" } },
      { selector: 'node[cls = "Role"]', style: { shape: "triangle" } },
      { selector: "edge", style: { width: 1, "line-color": "#bbb", "target-arrow-color": "#bbb",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.7 } },
      { selector: 'edge[type = "SAID"]', style: { "line-color": "#c9b800", "target-arrow-color": "#c9b800", width: 2 } },
      { selector: 'edge[type = "CO_OCCURS"]', style: { "line-style": "dashed", "target-arrow-shape": "none" } },
      { selector: ".faded", style: { opacity: 0.15 } },
      { selector: ".match", style: { "border-width": 3, "border-color": "#d00" } },
      { selector: ":selected", style: { "border-width": 4, "border-color": "#000" } }
    ],
    layout: big ? { name: "concentric", concentric: function (n) { return n.degree(); }, animate: false }
                : { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true, padding: 30,
                    nodeRepulsion: function () { return 400000; }, idealEdgeLength: function () { return 90; },
                    componentSpacing: 80, nodeOverlap: 20 }
  });

  // Legend: the classes present, with counts.
  var counts = {};
  graph.nodes.forEach(function (n) { counts[cls(n)] = (counts[cls(n)] || 0) + 1; });
  var legend = document.getElementById("legend");
  Object.keys(colors).forEach(function (c) {
    if (!counts[c]) return;
    var item = document.createElement("span");
    item.className = "item";
    item.dataset.cls = c;
    var sw = document.createElement("span");
    sw.className = "sw";
    sw.style.background = colors[c];
    item.appendChild(sw);
    item.appendChild(document.createTextNode((names[c] || c) + " (" + counts[c] + ")"));
    legend.appendChild(item);
  });
  document.getElementById("count").textContent = graph.nodes.length + " nodes, " + graph.edges.length + " edges";

  // Side panel.
  var panel = document.getElementById("panel");
  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }
  function linkTo(id, text) {
    var a = el("a", text);
    a.addEventListener("click", function () { select(id); });
    return a;
  }
  function list(items) {
    var ul = el("ul");
    items.forEach(function (item) { var li = el("li"); if (typeof item === "string") li.textContent = item; else li.appendChild(item); ul.appendChild(li); });
    return ul;
  }
  function field(dl, name, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return;
    dl.appendChild(el("dt", name));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }
  function docList(ids) {
    return list(ids.map(function (d) {
      var node = docNode.get(d);
      return node ? linkTo(node.id, label(node)) : d;
    }));
  }
  function showNode(n) {
    panel.replaceChildren();
    panel.appendChild(el("h2", n.kind === "Quote" ? "Quote" : label(n)));
    panel.appendChild(el("div", (names[cls(n)] || cls(n)) + " \u00b7 " + n.id, "kind"));
    var dl = el("dl");
    if (n.kind === "Quote") {
      panel.appendChild(el("blockquote", n.text, "quote-text"));
      var speakerEdge = cy.getElementById(n.id).incomers('edge[type = "SAID"]').first();
      field(dl, "Speaker", speakerEdge.length ? linkTo(speakerEdge.source().id(), speakerEdge.source().data("label")) : (n.speaker || "unknown"));
      field(dl, "Cue", n.cue);
      field(dl, "Kind", n.quoteKind);
    } else if (n.kind === "Entity") {
      field(dl, "Type", n.type);
      field(dl, "Aliases", n.aliases.join(", "));
      if (n.roles.length) field(dl, "Roles", list(n.roles.map(function (r) {
        return (r.of ? r.title + " of " + r.of : r.title) + (r.dates.length ? " (" + r.dates.join(", ") + ")" : "");
      })));
      field(dl, "Merged by", n.mergedBy.join("; "));
    } else if (n.kind === "Document") {
      field(dl, "Source", n.source);
      field(dl, "Published", n.published.value ? n.published.value + (n.published.inferred ? " (inferred)" : "") : "unknown");
    } else if (n.kind === "Amount") {
      field(dl, "Amount", n.amount);
      field(dl, "Currency", n.currency);
      field(dl, "Per", n.per);
    } else if (n.kind === "DatePoint" || n.kind === "Duration") {
      field(dl, "Value", n.value);
      field(dl, "Granularity", n.granularity);
    } else if (n.kind === "Role") {
      field(dl, "Title", n.title);
      field(dl, "Of", n.ofId && byId.has(n.ofId) ? linkTo(n.ofId, n.of) : n.of);
    }
    field(dl, "Documents", docList(docsOf(n)));
    panel.appendChild(dl);
    var links = cy.getElementById(n.id).connectedEdges().map(function (e) {
      var out = e.source().id() === n.id;
      var other = out ? e.target() : e.source();
      var span = el("span");
      span.appendChild(document.createTextNode((out ? e.data("type") + " \u2192 " : "\u2190 " + e.data("type") + " ") ));
      span.appendChild(linkTo(other.id(), other.data("label")));
      return span;
    });
    if (links.length) { panel.appendChild(el("h3", "Connections (" + links.length + ")")); panel.appendChild(list(links)); }
    var ev = n.evidence.filter(function (e) { return e.text; }).slice(0, 30);
    if (ev.length) {
      panel.appendChild(el("h3", "Evidence"));
      panel.appendChild(list(ev.map(function (e) { return e.doc + " [" + e.start + "-" + e.end + "]: " + e.text; })));
    }
  }
  function showEdge(e) {
    var d = graph.edges.find(function (x) { return x.id === e.id(); });
    panel.replaceChildren();
    panel.appendChild(el("h2", e.data("type")));
    var dl = el("dl");
    field(dl, "From", linkTo(e.source().id(), e.source().data("label")));
    field(dl, "To", linkTo(e.target().id(), e.target().data("label")));
    field(dl, "Weight", e.data("weight"));
    if (d) field(dl, "Documents", docList(Array.from(new Set(d.evidence.map(function (x) { return x.doc; }))).sort()));
    panel.appendChild(dl);
  }
  function select(id) {
    var node = cy.getElementById(id);
    if (!node.length) return;
    cy.elements().unselect();
    node.select();
    cy.center(node);
    showNode(byId.get(id));
  }
  cy.on("tap", "node", function (evt) { showNode(byId.get(evt.target.id())); });
  cy.on("tap", "edge", function (evt) { showEdge(evt.target); });

  // Search: highlight the nodes whose label, name, aliases or text hold the query; Enter selects the first.
  var search = document.getElementById("search");
  function matches(q) {
    return cy.nodes().filter(function (node) {
      var n = byId.get(node.id());
      var hay = [label(n), n.id].concat(n.aliases || []).join("\n").toLowerCase();
      return hay.indexOf(q) >= 0;
    });
  }
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    cy.elements().removeClass("faded match");
    if (!q) return;
    var hits = matches(q);
    cy.elements().addClass("faded");
    hits.removeClass("faded").addClass("match");
    hits.connectedEdges().removeClass("faded");
  });
  search.addEventListener("keydown", function (evt) {
    if (evt.key !== "Enter") return;
    var q = search.value.trim().toLowerCase();
    var hits = q ? matches(q) : cy.collection();
    if (hits.length) select(hits[0].id());
  });

  window.__newsgraph = { cy: cy, select: select };
})();
`;
