// Child process of scripts/bench.mjs: runs `newsgraph extract <dir> --jsonl <out>` on all cores and prints the
// process's peak resident memory (worker threads included) as JSON on its last line.
import { main } from "newsgraph";

const [dir, out] = process.argv.slice(2);
const code = await main(["extract", dir, "--jsonl", out, "--quiet"]);
const { readFileSync } = await import("node:fs");
const articles = readFileSync(out, "utf8").split("\n").filter(Boolean).length;
process.stdout.write(`${JSON.stringify({ code, articles, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
