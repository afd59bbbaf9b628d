import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface DataTableProps<T> {
  /** Column headings; `false` leaves a column out (one shown only for some lists). */
  headings: readonly (ReactNode | false)[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The row's cells (`<Table.Td>`), in the order of the headings. */
  cells: (row: T) => ReactNode;
  /** Below this width the table scrolls sideways instead of squeezing its columns (phones). */
  minWidth: number;
  testId?: string;
  rowTestId?: string;
  highlightOnHover?: boolean;
  verticalSpacing?: 'xs' | 'sm';
  className?: string;
}

/** The one table of the lists (administration, cases, audit): striped rows, headings, sideways scroll. */
export function DataTable<T>({
  headings,
  rows,
  rowKey,
  cells,
  minWidth,
  testId,
  rowTestId,
  highlightOnHover = false,
  verticalSpacing = 'sm',
  className,
}: DataTableProps<T>) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table
        striped
        highlightOnHover={highlightOnHover}
        verticalSpacing={verticalSpacing}
        className={className}
        data-testid={testId}
      >
        <Table.Thead>
          <Table.Tr>
            {headings.map((heading, index) =>
              heading === false ? null : (
                // biome-ignore lint/suspicious/noArrayIndexKey: headings are fixed per table and never reorder
                <Table.Th key={index}>{heading}</Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={rowTestId}>
              {cells(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
