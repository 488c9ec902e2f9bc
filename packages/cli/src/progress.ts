import type { BatchProgress } from "@newsgraph/pipeline";

/** Draws progress on stderr: a bar with rate and ETA on a terminal, a plain line every few seconds otherwise. */
export class ProgressReporter {
  private readonly started = Date.now();
  private lastPlain = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled = true,
    private readonly plainEveryMs = 5000,
  ) {}

  update(p: BatchProgress): void {
    if (!this.enabled || p.total === 0) return;
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? p.done / secs : 0;
    const eta = rate > 0 ? (p.total - p.done) / rate : Number.NaN;
    const tail = `${p.done}/${p.total} files  ${rate.toFixed(1)}/s  ETA ${formatSecs(eta)}${p.failed ? `  failed ${p.failed}` : ""}${p.skipped ? `  skipped ${p.skipped}` : ""}`;
    if (this.stream.isTTY) {
      const width = 24;
      const filled = Math.round((p.done / p.total) * width);
      this.stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${tail}\x1b[K`);
      this.drawn = true;
    } else if (Date.now() - this.lastPlain >= this.plainEveryMs || p.done === p.total) {
      this.lastPlain = Date.now();
      this.stream.write(`progress: ${tail}\n`);
    }
  }

  /** Ends the bar's line so the summary starts on a fresh one. */
  finish(): void {
    if (this.drawn) this.stream.write("\n");
    this.drawn = false;
  }
}

function formatSecs(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(Math.round(s % 60)).padStart(2, "0")}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
