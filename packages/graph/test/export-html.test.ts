import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportGraph, toHtml } from "../src/export/index.js";
import { smallGraph } from "./export-helpers.js";

const CHROMIUM = "/usr/bin/chromium";
// The README's screenshot is this test's; it is rewritten only on request (NEWSGRAPH_WRITE_SCREENSHOT=1), so a
// test run leaves the work tree clean.
const SCREENSHOT =
  process.env.NEWSGRAPH_WRITE_SCREENSHOT === "1"
    ? new URL("../../../docs/graph-view.png", import.meta.url).pathname
    : join(mkdtempSync(join(tmpdir(), "newsgraph-shot-")), "graph-view.png");
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser && process.env.NEWSGRAPH_REQUIRE_BROWSER === "1") {
  throw new Error(`${CHROMIUM} is missing and NEWSGRAPH_REQUIRE_BROWSER=1: run scripts/install-browser.sh`);
}
if (!hasBrowser) {
  console.warn(
    `export-html: skipping the browser test, ${CHROMIUM} is missing (install it: scripts/install-browser.sh)`,
  );
}

describe("toHtml (static)", () => {
  const html = toHtml(smallGraph());

  it("is one page with inline scripts, a CSP forbidding network access, and no external references", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("Content-Security-Policy");
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html.length).toBeGreaterThan(300_000); // cytoscape is inlined
  });

  it("keeps the graph JSON inside its script element: no </script> or <!-- from the data", () => {
    const start = html.indexOf('<script type="application/json" id="graph-data">');
    const end = html.indexOf("</script>", start);
    const json = html.slice(html.indexOf(">", start) + 1, end);
    expect(json).not.toMatch(/<\/script|<!--/i);
    const payload = JSON.parse(json);
    expect(payload.graph.nodes.find((n: { id: string }) => n.id === "quote:harbor-a:50").text).toContain(
      "</script><!-- 🚢",
    );
  });
});

describe.skipIf(!hasBrowser)("toHtml in headless chromium", () => {
  let browser: BrowserContext;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "newsgraph-html-"));
    // a fresh profile folder per run (playwright passes it as --user-data-dir)
    browser = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      viewport: { width: 1280, height: 800 },
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("draws every node without console errors or requests, and shows a quote on click", async () => {
    const graph = smallGraph();
    const [path = ""] = await exportGraph(graph, "html", join(dir, "graph.html"));
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("request", (r) => requests.push(r.url()));
    const url = pathToFileURL(path).href;
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => Boolean((window as unknown as { __newsgraph?: unknown }).__newsgraph));

    // every node is in cytoscape, placed and visible on the canvas
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { __newsgraph: { cy: CyLike } }).__newsgraph.cy;
      return cy.nodes().map((n) => ({ id: n.id(), visible: n.visible(), w: n.renderedWidth(), x: n.position("x") }));
    });
    expect(drawn.map((d) => d.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const d of drawn) {
      expect(d.visible).toBe(true);
      expect(d.w).toBeGreaterThan(0);
      expect(Number.isFinite(d.x)).toBe(true);
    }
    const edges = await page.evaluate(
      () => (window as unknown as { __newsgraph: { cy: CyLike } }).__newsgraph.cy.edges().length,
    );
    expect(edges).toBe(graph.edges.length);
    const legend = await page.locator("#legend").textContent();
    expect(legend).toContain("Person (1)");
    expect(legend).toContain("Quote (2)");

    // a real mouse click at the quote node's rendered position
    const quoteId = "quote:harbor-a:50";
    const point = await page.evaluate((id) => {
      const cy = (window as unknown as { __newsgraph: { cy: CyLike } }).__newsgraph.cy;
      const node = cy.getElementById(id);
      cy.zoom(1.5);
      cy.center(node);
      const box = (document.getElementById("cy") as HTMLElement).getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, quoteId);
    await page.mouse.click(point.x, point.y);
    const panel = page.locator("#panel");
    await expect.poll(() => panel.locator("blockquote").count()).toBe(1);
    const quote = graph.nodes.find((n) => n.id === quoteId);
    expect(await panel.locator("blockquote").textContent()).toBe(quote?.kind === "Quote" ? quote.text : "");
    expect(await panel.textContent()).toContain("Zoë Åberg");
    expect(await panel.textContent()).toContain("said");
    // markup in the data stayed text
    expect(await panel.locator("blockquote not").count()).toBe(0);
    // an entity shows its aliases, roles and documents
    await page.evaluate(() =>
      (window as unknown as { __newsgraph: { select(id: string): void } }).__newsgraph.select("person:zoe-aberg"),
    );
    const entityText = await panel.textContent();
    expect(entityText).toContain("Aberg; Z.");
    expect(entityText).toContain("Harbor Master of Port of Velden");
    expect(entityText).toContain('Harbor fees rise "sharply" & ships wait');
    expect(entityText).toContain("harbor-b");

    // the search box highlights matches and fades the rest
    await page.fill("#search", "velden");
    const classes = await page.evaluate(() => {
      const cy = (window as unknown as { __newsgraph: { cy: CyLike } }).__newsgraph.cy;
      return {
        match: cy
          .nodes(".match")
          .map((n) => n.id())
          .sort(),
        faded: cy.nodes(".faded").length,
      };
    });
    expect(classes.match).toEqual(["org:port-of-velden", "role:harbor-master|port-of-velden"]);
    expect(classes.faded).toBe(graph.nodes.length - 2);
    await page.fill("#search", "");

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.evaluate(() =>
      (window as unknown as { __newsgraph: { select(id: string): void } }).__newsgraph.select("quote:harbor-a:50"),
    );
    // (a block body: returning cy itself would make playwright serialize the whole object graph)
    await page.evaluate(() => {
      (window as unknown as { __newsgraph: { cy: CyLike } }).__newsgraph.cy.fit(undefined, 40);
    });
    await page.screenshot({ path: SCREENSHOT });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
    expect(requests.filter((r) => r !== url && !r.startsWith("data:"))).toEqual([]);
    await page.close();
  });
});

/** The few cytoscape calls the test makes inside the page. */
interface CyNode {
  id(): string;
  visible(): boolean;
  renderedWidth(): number;
  position(dim: "x" | "y"): number;
  renderedPosition(): { x: number; y: number };
}
interface CyLike {
  nodes(selector?: string): { map<T>(f: (n: CyNode) => T): T[]; length: number };
  edges(): { length: number };
  getElementById(id: string): CyNode;
  zoom(level: number): void;
  center(node: CyNode): void;
  fit(eles: undefined, padding: number): void;
}
