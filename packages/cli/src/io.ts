import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * A file written under a temporary name and renamed into place by `commit()`, so that an interrupted run
 * never leaves a half-written file. Path "-" writes to standard output.
 */
export class AtomicOutput {
  private stream: WriteStream | NodeJS.WriteStream;
  private readonly tmp: string | null;

  private constructor(
    readonly path: string,
    stream: WriteStream | NodeJS.WriteStream,
    tmp: string | null,
  ) {
    this.stream = stream;
    this.tmp = tmp;
  }

  static async open(path: string): Promise<AtomicOutput> {
    if (path === "-") return new AtomicOutput(path, process.stdout, null);
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    return new AtomicOutput(path, createWriteStream(tmp), tmp);
  }

  async write(chunk: string): Promise<void> {
    if (!this.stream.write(chunk)) await new Promise<void>((r) => this.stream.once("drain", () => r()));
  }

  async commit(): Promise<void> {
    if (!this.tmp) return;
    const stream = this.stream as WriteStream;
    await new Promise<void>((res, rej) => stream.end((err?: Error | null) => (err ? rej(err) : res())));
    await rename(this.tmp, this.path);
  }

  async abort(): Promise<void> {
    if (!this.tmp) return;
    (this.stream as WriteStream).destroy();
    await rm(this.tmp, { force: true });
  }
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const out = await AtomicOutput.open(path);
  await out.write(content);
  await out.commit();
}
