// RFC 4180 reading through csv-parse (docs/decisions/0004): the crosswalk notes hold commas inside quoted
// fields ("Nhập một phần diện tích, toàn bộ dân số"), so splitting lines on commas is not enough.
import { parse } from 'csv-parse/sync';

// A byte-order mark is dropped; csv-parse by default refuses a malformed quote and a row whose field count
// differs from the first, naming the line.
const READ_OPTIONS = { bom: true };

/** Every row as an array of strings, as written (no trimming, no type casting). */
export function parseCsv(text) {
  return parse(text, READ_OPTIONS);
}

/** Rows as objects keyed by the header line; every row must have as many fields as the header. */
export function parseCsvRecords(text) {
  return parse(text, { ...READ_OPTIONS, columns: true });
}
