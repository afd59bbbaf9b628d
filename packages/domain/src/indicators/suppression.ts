/**
 * Privacy-safe statistics: k-suppression of a two-way table of counts with its row, column and grand totals
 * (docs/decisions/0005-statistical-suppression.md).
 *
 * The table is read as an extended (rows + 1) × (columns + 1) grid whose last row holds the column totals, whose
 * last column holds the row totals and whose corner holds the grand total. Every line of that grid (each row, each
 * column, the totals row and the totals column) states one linear constraint: its cells add up to its total.
 *
 * - **Primary suppression**: any entry (cell or total) counting 1 … k−1 persons. A 0 is shown: it describes
 *   nobody, and shown zeros are what makes the guarantee below hold under non-negativity as well.
 * - **Secondary suppression**: a suppressed entry must not be recoverable from the published ones. Signing the
 *   totals turns the constraints into "every line of the grid sums to zero", so the suppressed entries are the
 *   edges of a bipartite graph (row lines ↔ column lines) and an entry is recoverable exactly when its edge is a
 *   bridge (on no cycle). While a bridge remains, the cheapest path closing a cycle through it is suppressed
 *   (already suppressed entries cost nothing, small cells cost little, totals cost a lot, zeros are never used).
 *   Adding edges never turns a cycle edge back into a bridge, so each round removes at least one bridge.
 * - Because every suppressed entry is > 0, moving along a cycle by a small amount keeps every entry non-negative:
 *   a suppressed entry cannot be pinned by the linear constraints nor by the bounds that counts are ≥ 0.
 */

export type EntryStatus = 'shown' | 'primary' | 'secondary';

/** The default threshold: no published entry counts fewer than 11 persons (CTDC's k). */
export const DEFAULT_SUPPRESSION_K = 11;

export interface CountTable {
  /** cells[row][column], counts of persons (non-negative integers). */
  readonly cells: readonly (readonly number[])[];
  readonly columns: number;
}

/** An extended grid: entries[row][column], the last row and column being totals. */
export interface ExtendedGrid<T> {
  readonly rows: number;
  readonly columns: number;
  readonly entries: T[][];
}

/** Builds the extended grid of a table: its cells plus row totals, column totals and the grand total. */
export function withTotals(table: CountTable): ExtendedGrid<number> {
  const rows = table.cells.length;
  const columns = table.columns;
  const entries: number[][] = [];
  const columnTotals = new Array<number>(columns + 1).fill(0);
  for (const row of table.cells) {
    if (row.length !== columns) throw new RangeError('every row needs one cell per column');
    let rowTotal = 0;
    const line: number[] = [];
    row.forEach((value, column) => {
      if (!Number.isInteger(value) || value < 0) throw new RangeError('counts are non-negative integers');
      line.push(value);
      rowTotal += value;
      columnTotals[column] = (columnTotals[column] ?? 0) + value;
    });
    line.push(rowTotal);
    columnTotals[columns] = (columnTotals[columns] ?? 0) + rowTotal;
    entries.push(line);
  }
  entries.push(columnTotals);
  return { rows: rows + 1, columns: columns + 1, entries };
}

export function isPrimarySuppressed(value: number, k: number): boolean {
  return value > 0 && value < k;
}

/** Suppresses the extended grid of a count table (see the module comment). */
export function suppressCounts(table: CountTable, k = DEFAULT_SUPPRESSION_K): ExtendedGrid<EntryStatus> {
  const grid = withTotals(table);
  const primary = grid.entries.map((line) => line.map((value) => isPrimarySuppressed(value, k)));
  return completeSuppression(grid, primary);
}

/**
 * A ratio (a percentage) publishes its numerator and its denominator, so the rest of the denominator is published
 * too: an entry is primary-suppressed when its numerator or the rest (denominator − numerator) counts 1 … k−1
 * persons. Numerators and rests obey the same line constraints, so one pattern without bridges protects both
 * (and the denominators, their sum). Costs follow the denominators.
 */
export function suppressRatios(
  numerators: CountTable,
  denominators: CountTable,
  k = DEFAULT_SUPPRESSION_K,
): ExtendedGrid<EntryStatus> {
  const top = withTotals(numerators);
  const bottom = withTotals(denominators);
  if (top.rows !== bottom.rows || top.columns !== bottom.columns) {
    throw new RangeError('numerators and denominators need the same shape');
  }
  const primary = bottom.entries.map((line, row) =>
    line.map((denominator, column) => {
      const numerator = top.entries[row]?.[column] ?? 0;
      if (numerator > denominator) throw new RangeError('a numerator exceeds its denominator');
      return isPrimarySuppressed(numerator, k) || isPrimarySuppressed(denominator - numerator, k);
    }),
  );
  return completeSuppression(bottom, primary);
}

/**
 * Adds secondary suppression to a primary pattern so that no suppressed entry is a bridge. `grid` supplies the
 * costs and the zeros that are never suppressed; the pattern may come from several tables sharing these
 * constraints (a ratio's numerators and the rest of its denominators, see `suppressRatios`).
 */
export function completeSuppression(
  grid: ExtendedGrid<number>,
  primary: readonly (readonly boolean[])[],
): ExtendedGrid<EntryStatus> {
  const status: EntryStatus[][] = primary.map((line) =>
    line.map((isPrimary): EntryStatus => (isPrimary ? 'primary' : 'shown')),
  );
  for (;;) {
    const bridge = findRecoverable({ rows: grid.rows, columns: grid.columns, entries: status })[0];
    if (!bridge) break;
    const path = cheapestClosingPath(grid, status, bridge);
    for (const [row, column] of path) {
      if (status[row]?.[column] === 'shown') (status[row] as EntryStatus[])[column] = 'secondary';
    }
  }
  return { rows: grid.rows, columns: grid.columns, entries: status };
}

type Position = readonly [row: number, column: number];

/**
 * The suppressed entries that the published ones determine: the bridges of the suppression graph (row line r is
 * node r, column line c is node rows + c). Linear in the number of suppressed entries (Tarjan's bridges).
 */
export function findRecoverable(pattern: ExtendedGrid<EntryStatus>): Position[] {
  const { rows, columns, entries } = pattern;
  const edges: Position[] = [];
  const adjacent: number[][] = Array.from({ length: rows + columns }, () => []);
  for (const [row, line] of entries.entries()) {
    for (const [column, status] of line.entries()) {
      if (status === 'shown') continue;
      const edge = edges.length;
      edges.push([row, column]);
      adjacent[row]?.push(edge);
      adjacent[rows + column]?.push(edge);
    }
  }
  const order = new Array<number>(rows + columns).fill(-1);
  const low = new Array<number>(rows + columns).fill(0);
  const bridges: Position[] = [];
  let clock = 0;
  const endOf = (edge: number, from: number) => {
    const [row, column] = edges[edge] as Position;
    return from === row ? rows + column : row;
  };
  for (let root = 0; root < rows + columns; root++) {
    if (order[root] !== -1) continue;
    // Iterative depth-first search: [node, edge used to reach it, next adjacency index].
    const stack: [number, number, number][] = [[root, -1, 0]];
    order[root] = low[root] = clock++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as [number, number, number];
      const [node, via, next] = frame;
      const list = adjacent[node] as number[];
      if (next < list.length) {
        frame[2] = next + 1;
        const edge = list[next] as number;
        if (edge === via) continue;
        const other = endOf(edge, node);
        if (order[other] === -1) {
          order[other] = low[other] = clock++;
          stack.push([other, edge, 0]);
        } else {
          low[node] = Math.min(low[node] as number, order[other] as number);
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      low[parent[0]] = Math.min(low[parent[0]] as number, low[node] as number);
      if ((low[node] as number) > (order[parent[0]] as number)) bridges.push(edges[via] as Position);
    }
  }
  return bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Totals are suppressed only when no path through cells exists: they are what readers need most. */
const TOTAL_PENALTY = 1_000_000;

function entryCost(grid: ExtendedGrid<number>, status: EntryStatus, row: number, column: number): number {
  if (status !== 'shown') return 0;
  const value = grid.entries[row]?.[column] ?? 0;
  if (value === 0) return Number.POSITIVE_INFINITY;
  const isTotal = row === grid.rows - 1 || column === grid.columns - 1;
  return (isTotal ? TOTAL_PENALTY : 0) + 1 + value;
}

/** Dijkstra from the bridge's row line to its column line, never crossing the bridge itself. */
function cheapestClosingPath(
  grid: ExtendedGrid<number>,
  status: EntryStatus[][],
  [bridgeRow, bridgeColumn]: Position,
): Position[] {
  const { rows, columns } = grid;
  const nodes = rows + columns;
  const distance = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
  const cameBy: (Position | null)[] = new Array(nodes).fill(null);
  const done = new Array<boolean>(nodes).fill(false);
  const target = rows + bridgeColumn;
  distance[bridgeRow] = 0;
  for (;;) {
    let node = -1;
    for (let candidate = 0; candidate < nodes; candidate++) {
      if (!done[candidate] && (node === -1 || (distance[candidate] as number) < (distance[node] as number))) {
        node = candidate;
      }
    }
    if (node === -1 || distance[node] === Number.POSITIVE_INFINITY) break;
    if (node === target) break;
    done[node] = true;
    const isRow = node < rows;
    const count = isRow ? columns : rows;
    for (let index = 0; index < count; index++) {
      const row = isRow ? node : index;
      const column = isRow ? index : node - rows;
      if (row === bridgeRow && column === bridgeColumn) continue;
      const other = isRow ? rows + index : index;
      const cost = entryCost(grid, status[row]?.[column] ?? 'shown', row, column);
      const through = (distance[node] as number) + cost;
      if (through < (distance[other] as number)) {
        distance[other] = through;
        cameBy[other] = [row, column];
      }
    }
  }
  if (distance[target] === Number.POSITIVE_INFINITY) {
    // Unreachable for a positive entry (its row total, the grand total and its column total close a cycle);
    // reached only by a malformed grid, so refuse rather than publish.
    throw new Error('no cycle can protect a suppressed entry');
  }
  const path: Position[] = [];
  let node = target;
  while (node !== bridgeRow) {
    const step = cameBy[node] as Position;
    path.push(step);
    node = node < rows ? rows + step[1] : step[0];
  }
  return path;
}
