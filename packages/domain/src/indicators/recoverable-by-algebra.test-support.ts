import type { EntryStatus, ExtendedGrid } from './suppression';

/**
 * An attacker's view, written independently of the suppression's graph reasoning: the published entries turn each
 * line of the extended grid into a linear equation over the suppressed ones; a suppressed entry is recoverable
 * exactly when its column of the equation matrix is not in the span of the others (removing it lowers the rank).
 */
export function recoverableByAlgebra(pattern: ExtendedGrid<EntryStatus>): [number, number][] {
  const { rows, columns, entries } = pattern;
  const hidden: [number, number][] = [];
  for (const [row, line] of entries.entries()) {
    for (const [column, status] of line.entries()) {
      if (status !== 'shown') hidden.push([row, column]);
    }
  }
  const matrix = (without: number) => {
    const equations: number[][] = [];
    for (let row = 0; row < rows; row++) {
      equations.push(
        hidden
          .filter((_, index) => index !== without)
          .map(([r, c]) => (r === row ? (c === columns - 1 ? -1 : 1) : 0)),
      );
    }
    for (let column = 0; column < columns; column++) {
      equations.push(
        hidden
          .filter((_, index) => index !== without)
          .map(([r, c]) => (c === column ? (r === rows - 1 ? -1 : 1) : 0)),
      );
    }
    return equations;
  };
  const full = rank(matrix(-1));
  return hidden.filter((_, index) => rank(matrix(index)) < full);
}

function rank(input: number[][]): number {
  const m = input.map((line) => [...line]);
  const width = m[0]?.length ?? 0;
  let rankFound = 0;
  for (let column = 0; column < width && rankFound < m.length; column++) {
    let pivot = -1;
    for (let row = rankFound; row < m.length; row++) {
      if (Math.abs(m[row]?.[column] ?? 0) > 1e-9) {
        pivot = row;
        break;
      }
    }
    if (pivot === -1) continue;
    [m[rankFound], m[pivot]] = [m[pivot] as number[], m[rankFound] as number[]];
    const pivotLine = m[rankFound] as number[];
    for (let row = 0; row < m.length; row++) {
      if (row === rankFound) continue;
      const line = m[row] as number[];
      const factor = (line[column] ?? 0) / (pivotLine[column] as number);
      if (factor === 0) continue;
      for (let index = column; index < width; index++)
        line[index] = (line[index] ?? 0) - factor * (pivotLine[index] ?? 0);
    }
    rankFound++;
  }
  return rankFound;
}
