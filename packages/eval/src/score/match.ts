import { overlapLength, type Range } from "../text.js";

export interface Pair {
  gold: number;
  pred: number;
  score: number;
}

/**
 * One-to-one matching of overlapping ranges: every overlapping (gold, predicted) pair gets a score (null: not
 * eligible); pairs are taken best score first (ties: earlier gold, then earlier prediction), skipping any whose
 * gold or prediction is already taken. Greedy, so linear in the number of overlapping pairs after sorting.
 */
export function matchOneToOne<G extends Range, P extends Range>(
  gold: G[],
  pred: P[],
  score: (g: G, p: P) => number | null,
): Pair[] {
  const byStart = pred.map((_, i) => i).sort((a, b) => (pred[a] as P).start - (pred[b] as P).start);
  const candidates: Pair[] = [];
  gold.forEach((g, gi) => {
    for (const pi of byStart) {
      const p = pred[pi] as P;
      if (p.start >= g.end) break;
      if (p.end <= g.start) continue;
      const s = score(g, p);
      if (s !== null) candidates.push({ gold: gi, pred: pi, score: s });
    }
  });
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      (gold[a.gold] as G).start - (gold[b.gold] as G).start ||
      (pred[a.pred] as P).start - (pred[b.pred] as P).start,
  );
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.gold) || predTaken.has(c.pred)) continue;
    goldTaken.add(c.gold);
    predTaken.add(c.pred);
    pairs.push(c);
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Span matching by overlap: any shared character makes a pair eligible; the best aligned (Jaccard) wins. */
export function overlapScore(g: Range, p: Range): number | null {
  const shared = overlapLength(g, p);
  if (shared === 0) return null;
  return shared / (Math.max(g.end, p.end) - Math.min(g.start, p.start));
}
