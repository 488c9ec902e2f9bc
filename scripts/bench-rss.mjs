// Child process of scripts/bench.mjs: runs `newsgraph extract <dir> --jsonl <out>` on all cores and prints the
// process's peak resident memory (worker threads included) as JSON on its last line. The peak is read before the
// output is counted, and the output is counted as a stream, so the measurement itself adds nothing.
import { createReadStream } from "node:fs";
import { main } from "newsgraph";

const [dir, out] = process.argv.slice(2);
const t0 = performance.now();
const code = await main(["extract", dir, "--jsonl", out, "--quiet"]);
const seconds = (performance.now() - t0) / 1000;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
let articles = 0;
for await (const chunk of createReadStream(out)) for (const byte of chunk) if (byte === 10) articles++;
process.stdout.write(`${JSON.stringify({ code, articles, maxRssMb, seconds })}\n`);
