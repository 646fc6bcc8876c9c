import { stringify } from 'csv-stringify/sync';

// A cell a spreadsheet would run as a formula (CSV injection): = + - @ and the control
// characters that let one through (OWASP). A plain number such as a phone `+79140000001` or an
// amount `-12.50` cannot call anything and stays as it is.
const FORMULA = /^[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** One cell as written: empty for null, ISO for dates, and a leading ' for a would-be formula. */
export function csvCell(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && FORMULA.test(value) && !PLAIN_NUMBER.test(value)) return `'${value}`;
  return value;
}

/**
 * The one CSV writer of the exports: every string cell of every column passes the formula
 * guard, so a new free-text column (a code typed to the bot, a rollback reason, a tag, a
 * campaign source) is safe without being listed anywhere.
 */
export function toCsv(rows: readonly unknown[][], header: boolean, columns: readonly string[]): string {
  return stringify(
    rows.map((row) => row.map(csvCell)),
    { header, columns: [...columns], cast: { boolean: (b) => (b ? 'true' : 'false') } },
  );
}
