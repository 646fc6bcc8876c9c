import { AppConfig, loadEnv } from '@dvorik/config';
import { baseTestEnv, createTestDatabase, type TestDatabase } from '@dvorik/testing';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.options';

// The server's own default (MariaDB and MySQL alike) is REPEATABLE READ: only the driver's
// session setting makes a transaction see a row another connection committed meanwhile.
describe('every pooled connection is READ COMMITTED for its session', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('read_committed');
    const config = new AppConfig(loadEnv(baseTestEnv({ DATABASE_URL: db.url })));
    dataSource = new DataSource(dataSourceOptions(config, { poolSize: 4 }));
    await dataSource.initialize();
    // Raw SQL on purpose: the subject is the driver's isolation level, probed on a table of its own
    // that no factory (nor the domain) knows.
    await dataSource.query('CREATE TABLE iso_probe (id INT PRIMARY KEY, v INT NOT NULL)');
    await dataSource.query('INSERT INTO iso_probe VALUES (1, 1)');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('lets a transaction read what another connection committed after its first read', async () => {
    // Several rounds, so that connections the pool opened at different times are all covered.
    for (let round = 1; round <= 6; round++) {
      const seen = await dataSource.transaction(async (tx) => {
        const [before] = await tx.query<Array<{ v: number }>>('SELECT v FROM iso_probe WHERE id = 1');
        await dataSource.query('UPDATE iso_probe SET v = v + 1 WHERE id = 1');
        const [after] = await tx.query<Array<{ v: number }>>('SELECT v FROM iso_probe WHERE id = 1');
        return { before: before.v, after: after.v };
      });
      expect(seen.after).toBe(seen.before + 1);
    }
  });
});
