/**
 * CSV as spreadsheets read it (RFC 4180, CRLF lines, UTF-8 with a byte-order mark so Excel shows Vietnamese).
 * A cell starting with = + - @ is prefixed with ' so that a spreadsheet never runs it as a formula.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const lines = [
    columns.map(cell).join(','),
    ...rows.map((row) => columns.map((c) => cell(row[c] ?? '')).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
