import { AppConfig, loadEnv } from '@dvorik/config';
import { baseTestEnv, createTestDatabase, type TestDatabase } from '@dvorik/testing';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source.options';
import { isDuplicateKeyError } from '../sql-errors';
import { UnitOfWork } from '../unit-of-work';
import { IdempotencyStore } from './idempotency.store';

describe('IdempotencyStore against the real idempotency_keys table', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let store: IdempotencyStore;
  const at = new Date('2026-03-01T10:00:00Z');

  beforeAll(async () => {
    db = await createTestDatabase('idempotency');
    const config = new AppConfig(loadEnv(baseTestEnv({ DATABASE_URL: db.url })));
    dataSource = new DataSource(dataSourceOptions(config, { poolSize: 2 }));
    await dataSource.initialize();
    // Outside a transaction the unit of work runs statements on the plain manager; that is all the store uses.
    const outsideTransaction = { tx: dataSource.manager, isTransactionActive: () => false };
    store = new IdempotencyStore(
      new UnitOfWork(outsideTransaction as unknown as ConstructorParameters<typeof UnitOfWork>[0]),
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const hash = (body: unknown) => IdempotencyStore.hash(body);

  it('a new key replays nothing; a completed one replays its outcome to the same request', async () => {
    await expect(store.replay('redeem:pos', 'k1', hash({ code: 'A' }))).resolves.toBeNull();
    await store.claim('redeem:pos', 'k1', hash({ code: 'A' }), at);
    await store.complete('redeem:pos', 'k1', { ok: true, result: { logId: 7, code: 'A' } });
    await expect(store.replay('redeem:pos', 'k1', hash({ code: 'A' }))).resolves.toEqual({
      ok: true,
      result: { logId: 7, code: 'A' },
    });
  });

  it('replays a stored refusal with its code, message and details', async () => {
    const error = { code: 'SOME_CODE', message: 'No', details: { id: 3 } };
    await store.claim('redeem:pos', 'k2', hash({ code: 'B' }), at);
    await store.complete('redeem:pos', 'k2', { ok: false, error });
    await expect(store.replay('redeem:pos', 'k2', hash({ code: 'B' }))).resolves.toEqual({
      ok: false,
      error,
    });
  });

  it("answers 'reused' for the same key with another request, and keeps the first outcome", async () => {
    await store.claim('redeem:pos', 'k3', hash({ code: 'C' }), at);
    await store.complete('redeem:pos', 'k3', { ok: true, result: 1 });
    await expect(store.replay('redeem:pos', 'k3', hash({ code: 'D' }))).resolves.toBe('reused');
    await expect(store.replay('redeem:pos', 'k3', hash({ code: 'C' }))).resolves.toEqual({
      ok: true,
      result: 1,
    });
  });

  it('a claimed key without an outcome replays nothing; a second claim is a duplicate primary key', async () => {
    await store.claim('redeem:pos', 'k4', hash({ code: 'E' }), at);
    await expect(store.replay('redeem:pos', 'k4', hash({ code: 'E' }))).resolves.toBeNull();
    const twin = await store.claim('redeem:pos', 'k4', hash({ code: 'E' }), at).catch((e: unknown) => e);
    expect(isDuplicateKeyError(twin, 'PRIMARY')).toBe(true);
  });

  it('keys are per scope: the same key under another scope is new', async () => {
    await store.claim('redeem:cashier:1', 'k5', hash({ code: 'F' }), at);
    await store.complete('redeem:cashier:1', 'k5', { ok: true, result: 'one' });
    await expect(store.replay('redeem:cashier:2', 'k5', hash({ code: 'G' }))).resolves.toBeNull();
  });

  it('purges only keys older than the cutoff, at most `limit` at a time', async () => {
    const old = new Date('2026-01-01T00:00:00Z');
    for (const key of ['old1', 'old2', 'old3']) await store.claim('purge', key, hash(key), old);
    await store.claim('purge', 'fresh', hash('fresh'), at);
    const cutoff = new Date('2026-02-01T00:00:00Z');
    await expect(store.purgeOlderThan(cutoff, 2)).resolves.toBe(2);
    await expect(store.purgeOlderThan(cutoff, 2)).resolves.toBe(1);
    await expect(store.purgeOlderThan(cutoff, 2)).resolves.toBe(0);
    await expect(store.replay('purge', 'fresh', hash('fresh'))).resolves.toBeNull();
    const [{ n }] = await dataSource.query<Array<{ n: string }>>(
      "SELECT COUNT(*) AS n FROM idempotency_keys WHERE scope = 'purge'",
    );
    expect(Number(n)).toBe(1);
  });
});
