import type { ResolvedGold } from "../gold/resolve.js";
import { clip, type Range } from "../text.js";
import { addTally, type CategoryKey, emptyTally, type Finding, type Tally } from "./tally.js";

/** What one scorer of a category is given, and where it puts its counts and findings. */
export class DocScoring {
  readonly tallies = new Map<CategoryKey, Tally>();
  readonly findings: Finding[] = [];
  readonly warnings: string[] = [];
  private badSpans = 0;

  constructor(
    readonly doc: string,
    readonly text: string,
    readonly gold: ResolvedGold,
  ) {}

  tally(key: CategoryKey): Tally {
    let t = this.tallies.get(key);
    if (!t) {
      t = emptyTally();
      this.tallies.set(key, t);
    }
    return t;
  }

  add(key: CategoryKey, t: Partial<Tally>): void {
    addTally(this.tally(key), { ...emptyTally(), ...t, extra: t.extra ?? {} });
  }

  find(
    category: CategoryKey,
    kind: Finding["kind"],
    r: Range,
    more: { text?: string; expected?: string; got?: string } = {},
  ): void {
    this.findings.push({
      doc: this.doc,
      category,
      kind,
      start: r.start,
      end: r.end,
      text: clip(more.text ?? this.text.slice(r.start, r.end)),
      ...(more.expected !== undefined ? { expected: more.expected } : {}),
      ...(more.got !== undefined ? { got: more.got } : {}),
    });
  }

  /**
   * A predicted span the scorer can use: inside the text and, for the scorer's purposes, not touching an
   * ignored stretch. Offsets are the truth; a `text` that disagrees with them is counted as a warning.
   */
  usable(span: Range & { text?: string }): boolean {
    if (span.end > this.text.length || span.start > span.end) {
      this.badSpans++;
      return false;
    }
    if (span.text !== undefined && this.text.slice(span.start, span.end) !== span.text) this.badSpans++;
    return !this.gold.ignore.touches(span);
  }

  finish(): void {
    if (this.badSpans > 0)
      this.warnings.push(
        `${this.doc}: ${this.badSpans} predicted span(s) do not match the article text (were the results made from another text?)`,
      );
  }
}
