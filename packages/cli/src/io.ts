import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export interface OpenOptions {
  /** write to `<path>.partial` (a name a later --resume finds) instead of a per-process temporary name */
  stableTemp?: boolean;
}

/**
 * A file written under a temporary name and renamed into place by `commit()`, so that an interrupted run
 * never leaves a half-written file. Path "-" writes to standard output.
 */
export class AtomicOutput {
  private constructor(
    readonly path: string,
    private stream: WriteStream | NodeJS.WriteStream,
    readonly tempPath: string | null,
  ) {}

  static async open(path: string, options: OpenOptions = {}): Promise<AtomicOutput> {
    if (path === "-") return new AtomicOutput(path, process.stdout, null);
    await mkdir(dirname(path), { recursive: true });
    const tmp = options.stableTemp ? `${path}.partial` : `${path}.${process.pid}.tmp`;
    return new AtomicOutput(path, createWriteStream(tmp), tmp);
  }

  async write(chunk: string): Promise<void> {
    if (!this.stream.write(chunk)) await new Promise<void>((r) => this.stream.once("drain", () => r()));
  }

  /** Flushes and closes the temporary file, leaving it in place (an interrupted run). */
  async flush(): Promise<void> {
    if (!this.tempPath) return;
    const stream = this.stream as WriteStream;
    if (stream.closed) return;
    await new Promise<void>((res, rej) => stream.end((err?: Error | null) => (err ? rej(err) : res())));
  }

  /** Rewrites the temporary file with these lines (used to restore order after a resumed run). */
  async replace(lines: string[]): Promise<void> {
    if (!this.tempPath) return;
    await this.flush();
    await writeFile(this.tempPath, lines.join(""));
  }

  async commit(): Promise<void> {
    if (!this.tempPath) return;
    await this.flush();
    await rename(this.tempPath, this.path);
  }

  async abort(): Promise<void> {
    if (!this.tempPath) return;
    (this.stream as WriteStream).destroy();
    await rm(this.tempPath, { force: true });
  }
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const out = await AtomicOutput.open(path);
  await out.write(content);
  await out.commit();
}
