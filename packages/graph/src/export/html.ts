import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Graph } from "@newsgraph/core";
import { canonicalize } from "../canonical.js";
import { CLIENT_SCRIPT } from "./html-client.js";
import { CLASS_NAMES, NODE_COLORS, PAGE_CSS } from "./html-style.js";

/** No requests at all: scripts and styles are inline, images only from data: URLs. */
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

let cytoscapeSource: string | null = null;

/** cytoscape's browser build, read once from node_modules. */
function cytoscapeScript(): string {
  if (cytoscapeSource === null) {
    const require = createRequire(import.meta.url);
    cytoscapeSource = readFileSync(require.resolve("cytoscape/dist/cytoscape.min.js"), "utf8");
  }
  return cytoscapeSource;
}

/**
 * One self-contained HTML page that draws the graph with cytoscape (inlined): nodes coloured by kind and entity
 * type with a legend, labels, a search box, and a side panel with a node's details on click. It loads nothing from
 * the network (a Content-Security-Policy forbids it). The page exposes `window.__newsgraph = { cy, select }`.
 */
export function toHtml(graph: Graph): string {
  const g = canonicalize(graph);
  const payload = { graph: g, colors: NODE_COLORS, names: CLASS_NAMES };
  const title = `newsgraph: ${g.nodes.length} nodes, ${g.edges.length} edges`;
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PAGE_CSS}</style>`,
    "</head>",
    "<body>",
    "<header>",
    "<h1>newsgraph</h1>",
    '<input id="search" type="search" placeholder="Search names, quotes, amounts (Enter selects)" aria-label="Search">',
    '<span id="count"></span>',
    '<div id="legend" aria-label="Legend"></div>',
    "</header>",
    '<main id="cy" aria-label="Graph"></main>',
    '<aside id="panel"><p>Click a node or an edge to see its details.</p></aside>',
    `<script type="application/json" id="graph-data">${scriptSafeJson(payload)}</script>`,
    `<script>${scriptSafeCode(cytoscapeScript())}</script>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * JSON that cannot end its script element early nor open a comment: every <, > and & is written as a \u escape,
 * which JSON.parse reads back as the same character. U+2028/U+2029 are escaped for older parsers.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Library code inlined in a <script>: `</script` (in its strings or regexes) is written as `<\/script`. */
function scriptSafeCode(code: string): string {
  return code.replace(/<\/(script)/gi, "<\\/$1");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}
