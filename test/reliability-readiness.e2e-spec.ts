import { eventually, TestRedisServer } from '@dvorik/testing';
import { directDatabase } from './support/reliability-kit';
import { staffTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem } from './support/test-system';

jest.setTimeout(60_000);

const READY_TIMEOUT_MS = 500;

/**
 * README «Reliability», fault 4: `/health/ready` answers 503 within its deadline when Redis hangs
 * (CLIENT PAUSE on the suite's own redis-server), and turns 503 as soon as shutdown begins while
 * a request already in flight still finishes.
 */
describe('readiness', () => {
  let sys: TestSystem;
  let redis: TestRedisServer;
  let db: ReturnType<typeof directDatabase>;

  beforeAll(async () => {
    redis = await new TestRedisServer().start();
    sys = await startTestSystem({
      label: 'ready',
      apps: ['api'],
      env: { REDIS_URL: redis.url, READY_TIMEOUT_MS: String(READY_TIMEOUT_MS), SHUTDOWN_DRAIN_MS: '3000' },
    });
    db = directDatabase(sys.db.url);
  });
  afterAll(async () => {
    await sys?.close();
    await db?.end();
    await redis?.stop();
  });

  const ready = async () => {
    const started = Date.now();
    const { status, body } = await sys.api('/health/ready');
    return { status, body, ms: Date.now() - started };
  };

  it('Redis hanging → 503 within the deadline; Redis back → 200', async () => {
    expect((await ready()).status).toBe(200);
    await redis.pause(6000);
    const paused = await ready();
    expect(paused.status).toBe(503);
    expect(paused.ms).toBeLessThan(READY_TIMEOUT_MS + 2500);
    await eventually(
      async () => (await ready()).status,
      (s) => s === 200,
      { timeoutMs: 20_000, intervalMs: 200 },
    );
  });

  it('shutdown begun → 503 at once, while a request in flight finishes', async () => {
    const { owner } = await staffTokens(sys.apps.api!, 950_000);
    // A request held in flight: the settings table is locked by the test.
    const lock = await db.getConnection();
    await lock.query('LOCK TABLES settings WRITE');
    const inFlight = sys.api('/api/v1/settings', {
      method: 'PATCH',
      token: owner,
      json: { birthday_hour: 11 },
    });
    await eventually(
      async () =>
        (
          await db.rows(
            "SELECT COUNT(*) n FROM information_schema.processlist WHERE db = ? AND state LIKE '%lock%'",
            [sys.db.name],
          )
        )[0].n,
      (n) => Number(n) > 0,
    );

    const api = sys.apps.api!;
    sys.apps.api = undefined;
    const closing = api.close();
    // MySQL and Redis are fine: the 503 is the shutdown's.
    await eventually(ready, (r) => r.status === 503, { timeoutMs: 10_000 });

    await lock.query('UNLOCK TABLES');
    lock.release();
    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(finished.body.birthday_hour).toBe(11);
    await closing;
    const [row] = await db.rows("SELECT value FROM settings WHERE `key` = 'birthday_hour'");
    expect(JSON.parse(String(row.value))).toBe(11);
  });
});
