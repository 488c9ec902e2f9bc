// Child process of scripts/bench.mjs: extracts every k-th of n files of a folder in this process (no worker
// threads) and prints {"seconds": ...} for the extraction alone, after the language model has loaded.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "@newsgraph/pipeline";

const [dir, k, n] = process.argv.slice(2);
const files = readdirSync(dir)
  .sort()
  .filter((_, i) => i % Number(n) === Number(k));
for (const f of files.slice(0, 30)) extract(readFileSync(join(dir, f), "utf8")); // load the model, warm the JIT
const t0 = performance.now();
for (const f of files) extract(readFileSync(join(dir, f), "utf8"), { id: f });
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - t0) / 1000, files: files.length })}\n`);
