/** Raw SQL as the kit's callers hold it: `DomainTestApp.sql`, or a test system's connection. */
export type Sql = <T = Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>;

/** A row by column name; objects and arrays go to JSON columns, `undefined` leaves the column's default. */
export type Row = Record<string, unknown>;

/** What mysql2 answers an INSERT with (the kit's `sql` types every answer as rows). */
interface InsertResult {
  insertId: number;
}

const encode = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)
    ? JSON.stringify(value)
    : value;

/**
 * Inserts `rows` into `table` in multi-row INSERTs of `batch` rows, the columns being every key any
 * row names (a row without one gets the column's DEFAULT). Returns the ids in row order, a row's
 * own `id` if it names one: the ids one multi-row INSERT generates are consecutive
 * (innodb_autoinc_lock_mode 1, MariaDB's default). For tables without one the ids are meaningless.
 */
export async function insertRows(
  sql: Sql,
  table: string,
  rows: readonly object[],
  { batch = 1000, ignore = false }: { batch?: number; ignore?: boolean } = {},
): Promise<number[]> {
  const ids: number[] = [];
  for (let at = 0; at < rows.length; at += batch) {
    const chunk = rows.slice(at, at + batch) as Row[];
    const columns = [...new Set(chunk.flatMap((row) => Object.keys(row)))];
    const params: unknown[] = [];
    const values = chunk.map((row) => {
      const cells = columns.map((column) => {
        if (row[column] === undefined) return 'DEFAULT';
        params.push(encode(row[column]));
        return '?';
      });
      return `(${cells.join(', ')})`;
    });
    const result = (await sql(
      `INSERT ${ignore ? 'IGNORE ' : ''}INTO ${table} (${columns.map((c) => `\`${c}\``).join(', ')})
       VALUES ${values.join(', ')}`,
      params,
    )) as unknown as InsertResult;
    // insertId is the first id the server generated; a row naming its own id takes none.
    let generated = 0;
    ids.push(
      ...chunk.map((row) => (row.id === undefined ? Number(result.insertId) + generated++ : Number(row.id))),
    );
  }
  return ids;
}
