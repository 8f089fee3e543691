/**
 * One-to-one matching of gold items to predicted items: as many pairs as possible, and among those
 * the pairs that agree best (a preference score per allowed pair). Solved exactly with the
 * Hungarian algorithm, O(n²m) — gold and predicted lists per document are small.
 */

/** Weight that makes one more pair always worth more than any sum of preferences. */
const PAIR = 1e6;

/**
 * Returns, for each row, the column it is matched to or -1. `score(i, j)` is null when row i and
 * column j may not be paired, else a preference in [0, 1000) (higher is better).
 * @example assign(2, 2, (i, j) => (i === j ? 0 : null)) // [0, 1]
 */
export function assign(rows: number, cols: number, score: (row: number, col: number) => number | null): number[] {
  const result = new Array<number>(rows).fill(-1);
  if (rows === 0 || cols === 0) return result;
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const cost: number[][] = [];
  let any = false;
  for (let i = 0; i < n; i++) {
    const line: number[] = [];
    for (let j = 0; j < m; j++) {
      const s = transpose ? score(j, i) : score(i, j);
      if (s !== null) any = true;
      line.push(s === null ? 0 : -(PAIR + s));
    }
    cost.push(line);
  }
  if (!any) return result;

  // Hungarian algorithm, 1-indexed potentials (rows n ≤ columns m).
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }

  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (i === 0) continue;
    const row = transpose ? j - 1 : i - 1;
    const col = transpose ? i - 1 : j - 1;
    if (score(row, col) !== null) result[row] = col;
  }
  return result;
}
