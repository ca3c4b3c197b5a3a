/**
 * @module assignment
 * Maximum-weight one-to-one assignment between gold and predicted events (the Hungarian method,
 * O(n²m)). Greedy pairing can pair an event with the wrong twin and miss a match another pairing
 * would find; this never does.
 */

/**
 * Pairs rows with columns so that the total weight is largest. Pairs of weight ≤ 0 are left out.
 *
 * @param weights
 *   `weights[i][j]` ≥ 0: how good pairing row `i` with column `j` is (0 = not allowed). Rows must
 *   all have the same length.
 * @returns
 *   The pairs `[row, column]`, by row.
 * @example
 *   maxWeightAssignment([[1, 2], [0, 1]]) // => [[0, 0], [1, 1]] (total 2, better than [[0, 1]] alone)
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): Array<[number, number]> {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0]!.length;
  if (rows === 0 || cols === 0) return [];
  // The method below needs rows ≤ columns; solve the transpose otherwise.
  if (rows > cols) {
    const transposed = Array.from({ length: cols }, (_, j) => weights.map((row) => row[j]!));
    return maxWeightAssignment(transposed)
      .map(([j, i]): [number, number] => [i, j])
      .sort((a, b) => a[0] - b[0]);
  }
  // Potentials u (rows), v (columns); p[j] = row assigned to column j; 1-based with column 0 a sentinel.
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const p = new Int32Array(cols + 1);
  const way = new Int32Array(cols + 1);
  const cost = (i: number, j: number) => -weights[i - 1]![j - 1]!;
  for (let i = 1; i <= rows; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(cols + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(cols + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const current = cost(i0, j) - u[i0]! - v[j]!;
        if (current < minv[j]!) {
          minv[j] = current;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
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
  const pairs: Array<[number, number]> = [];
  for (let j = 1; j <= cols; j++) {
    const i = p[j]!;
    if (i > 0 && weights[i - 1]![j - 1]! > 0) pairs.push([i - 1, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
