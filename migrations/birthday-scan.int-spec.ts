import { AppConfig, loadEnv } from '@dvorik/config';
import { dataSourceOptions } from '@dvorik/persistence';
import { baseTestEnv, clientRows, createTestDatabase, type TestDatabase } from '@dvorik/testing';
import { DataSource } from 'typeorm';

/** The birthday job's page query (BirthdayClientsReader), as the optimiser sees it. */
const BIRTHDAY_PAGE =
  "SELECT id FROM clients WHERE birthday_md = 1202 AND id > 0 AND status = 'active' ORDER BY id LIMIT 1000";

describe('migration 1764830000000-birthday-scan (MariaDB)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    ds.query<T[]>(query, params);

  beforeAll(async () => {
    db = await createTestDatabase('migrations');
    ds = new DataSource(
      dataSourceOptions(new AppConfig(loadEnv(baseTestEnv({ DATABASE_URL: db.url }))), {
        logging: ['error'],
      }),
    );
    await ds.initialize();
    // A shop's spread: 4 000 clients over a year of birthdays, one in ten blocked or banned.
    await clientRows(
      sql,
      Array.from({ length: 4000 }, (_, i) => ({
        birthday: new Date(Date.UTC(1990, 0, 1 + ((i * 37) % 365))),
        status: i % 10 === 0 ? 'banned' : i % 10 === 1 ? 'blocked' : 'active',
      })),
    );
    await sql('ANALYZE TABLE clients');
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const indexColumns = async () =>
    (
      await sql<{ Column_name: string }>("SHOW INDEX FROM clients WHERE Key_name = 'ix_clients_birthday_md'")
    ).map((row) => row.Column_name);
  const plan = async () => {
    const [row] = await sql<{ key: string | null; Extra: string }>(`EXPLAIN ${BIRTHDAY_PAGE}`);
    return { key: row.key, indexOnly: row.Extra.split('; ').includes('Using index') };
  };

  it('makes the birthday page an index-only range; down restores the old index and its row reads', async () => {
    expect(await indexColumns()).toEqual(['birthday_md', 'status']);
    expect(await plan()).toEqual({ key: 'ix_clients_birthday_md', indexOnly: true });

    await ds.undoLastMigration();
    expect(await indexColumns()).toEqual(['birthday_md']);
    expect(await plan()).toEqual({ key: 'ix_clients_birthday_md', indexOnly: false });

    await ds.runMigrations();
    expect(await indexColumns()).toEqual(['birthday_md', 'status']);
    expect(await plan()).toEqual({ key: 'ix_clients_birthday_md', indexOnly: true });
  });
});
