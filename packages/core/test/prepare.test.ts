import { htmlToText, kindOfPath, maskMarkdown, normalizePublished, prepare, toSourceOffset } from "@newsgraph/core";
import { describe, expect, it } from "vitest";

describe("prepare: plain text", () => {
  it("keeps the text exactly as read, BOM and CRLF included", () => {
    const text = "\uFEFFSeoul said “yes”.\r\nKyiv — no.";
    const [a] = prepare(text, { source: "x/y.txt" });
    expect(a?.text).toBe(text);
    expect(a?.id).toBe("y");
    expect(a?.kind).toBe("txt");
  });

  it("warns on empty, binary and invalid UTF-8 text without throwing", () => {
    expect(prepare("   \n")[0]?.warnings.map((w) => w.code)).toEqual(["empty-text"]);
    const binary = String.fromCharCode(...Array.from({ length: 200 }, (_, i) => i % 32));
    expect(prepare(binary)[0]?.warnings.map((w) => w.code)).toContain("binary-text");
    expect(prepare("caf\uFFFD au lait, said the waiter")[0]?.warnings.map((w) => w.code)).toContain("invalid-utf8");
  });
});

describe("prepare: markdown", () => {
  it("blanks syntax with spaces so offsets index the file unchanged", () => {
    const md = "# Talks in **Seoul**\n\nSee [the report](https://x.org/r) by *Reuters*.\n\n```\ncode()\n```\n";
    const [a] = prepare(md, { source: "a.md" });
    expect(a?.text.length).toBe(md.length);
    const at = md.indexOf("Seoul");
    expect(a?.text.slice(at, at + 5)).toBe("Seoul");
    expect(a?.text).not.toContain("**");
    expect(a?.text).not.toContain("https://");
    expect(a?.text).not.toContain("code()");
    expect(a?.title).toBe("Talks in **Seoul**");
    expect(maskMarkdown("a\nb")).toBe("a\nb");
  });
});

describe("prepare: HTML", () => {
  const page = `<!doctype html><html><head><title>Seoul weighs aid</title>
    <meta property="article:published_time" content="2024-11-08T09:00:00Z">
    <link rel="canonical" href="https://news.example/seoul">
    <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
    <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Seoul weighs aid</h1><p>South Korea &amp; Ukraine met on Monday.</p>
    <p>“We hope,” the minister said.</p><div class="share-buttons">Share this</div></article>
    <footer>© News Corp</footer></body></html>`;

  it("drops scripts, styles, navigation and boilerplate, keeps paragraph breaks and metadata", () => {
    const [a] = prepare(page, { source: "p.html" });
    expect(a?.text).toBe("Seoul weighs aid\n\nSouth Korea & Ukraine met on Monday.\n\n“We hope,” the minister said.");
    expect(a?.title).toBe("Seoul weighs aid");
    expect(a?.published).toBe("2024-11-08");
    expect(a?.url).toBe("https://news.example/seoul");
  });

  it("maps offsets of copied text back to the source file", () => {
    const [a] = prepare(page, { source: "p.html" });
    const text = a?.text ?? "";
    const at = text.indexOf("Monday");
    expect(a && page.slice(toSourceOffset(a, at), toSourceOffset(a, at) + 6)).toBe("Monday");
  });

  it("warns on a page with no article text", () => {
    const [a] = prepare("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>", {
      kind: "html",
    });
    expect(a?.text).toBe("");
    expect(a?.warnings.map((w) => w.code)).toEqual(["no-article-text"]);
  });

  it("falls back to the whole body when there is no <article>", () => {
    expect(htmlToText("<body><p>One.</p><p>Two.</p></body>").text).toBe("One.\n\nTwo.");
  });
});

describe("prepare: JSON and JSON Lines", () => {
  it("reads text or body with title, published, url and id", () => {
    const json = JSON.stringify({ id: 7, body: "Kyiv said no.", title: "T", published: "2024-07-11", url: "u" });
    const [a] = prepare(json, { source: "in/a.json" });
    expect(a).toMatchObject({ id: "7", text: "Kyiv said no.", title: "T", published: "2024-07-11", url: "u" });
  });

  it("reads one article per line and reports bad lines without losing the good ones", () => {
    const jsonl = [
      JSON.stringify({ text: "One." }),
      "{not json",
      JSON.stringify({ title: "no text" }),
      JSON.stringify({ text: "Two.", published: "July 11, 2024" }),
    ].join("\n");
    const articles = prepare(jsonl, { source: "b.jsonl" });
    expect(articles.map((a) => [a.id, a.text, a.published])).toEqual([
      ["b#1", "One.", null],
      ["b#4", "Two.", "2024-07-11"],
    ]);
    expect(articles[0]?.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining("line 2"),
      expect.stringContaining('record 3: no string field "text"'),
    ]);
  });

  it("gives an empty article with a warning for JSON holding no article", () => {
    const [a] = prepare("[1, 2]", { source: "c.json" });
    expect(a?.text).toBe("");
    expect(a?.warnings.length).toBeGreaterThan(0);
  });
});

describe("helpers", () => {
  it("reads kinds from extensions", () => {
    expect(["a.txt", "a.MD", "a.htm", "a.jsonl", "a.csv"].map(kindOfPath)).toEqual([
      "txt",
      "md",
      "html",
      "json",
      "txt",
    ]);
  });
  it("normalizes publication dates", () => {
    expect(normalizePublished("2023-05-22T10:00:00+09:00")).toBe("2023-05-22");
    expect(normalizePublished("2023-02-30")).toBeNull();
    expect(normalizePublished("Mon, 22 May 2023 10:00:00 GMT")).toBe("2023-05-22");
    expect(normalizePublished("soon")).toBeNull();
  });
});
