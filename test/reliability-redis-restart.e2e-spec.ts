import type { INestApplicationContext } from '@nestjs/common';
import { createDomainContext, eventually, TcpProxy, TestRedisServer } from '@dvorik/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import {
  type Domain,
  domainOf,
  launchBroadcast,
  messagesPerChat,
  setRate,
  waitForStatus,
} from './support/broadcast-kit';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

jest.setTimeout(90_000);

const RECIPIENTS = 300;
const RATE = 30;
const DOWN_MS = 2000;
/** How much later the second worker's connection comes back than the first's. */
const BEHIND_MS = 3000;

/**
 * README «Reliability», fault 5: the suite's own redis-server is killed (nothing saved) and
 * started again in the middle of a 300-recipient broadcast at 30/s sent by two workers; the
 * second worker reaches Redis through a TCP proxy and gets back a few seconds after the first
 * (as a worker further away, or in a later reconnect step, does). Nobody is lost, and no live
 * worker's recipients are taken from it: duplicates at most the messages that were in flight.
 */
describe('a Redis restart mid-broadcast', () => {
  let sys: TestSystem;
  let redis: TestRedisServer;
  let farRedis: TcpProxy;
  let context: INestApplicationContext;
  let domain: Domain;
  const workers: INestApplicationContext[] = [];

  beforeAll(async () => {
    redis = await new TestRedisServer().start();
    farRedis = await new TcpProxy('127.0.0.1', redis.port).start();
    sys = await startTestSystem({
      apps: [],
      label: 'redisrestart',
      env: { REDIS_URL: redis.url, BROADCAST_CLAIM_LEASE_MS: '6000' },
    });
    context = await createDomainContext(sys.env);
    domain = domainOf(context);
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await context?.close();
    await sys?.close();
    await redis?.stop();
    await farRedis?.stop();
  });

  it('0 lost, duplicates no more than were in flight', async () => {
    await setRate(domain, RATE, false);
    sys.telegram.setLatency(15);
    const audience = await domain.clients(RECIPIENTS);
    workers.push(
      await createWorkerApp(sys.env),
      await createWorkerApp({ ...sys.env, REDIS_URL: farRedis.rewrite(redis.url) }),
    );
    const { id } = await launchBroadcast(domain, { clientIds: audience.map((c) => c.id) });
    await eventually(
      async () => sys.telegram.sentMessages({ token: TOKENS.client }).length,
      (n) => n >= RECIPIENTS / 3,
      { timeoutMs: 30_000, intervalMs: 20 },
    );

    farRedis.refuse(true);
    await redis.kill();
    // What was sent but not yet recorded when Redis died: the only messages that may go twice.
    const delivered = new Set(sys.telegram.sentMessages({ token: TOKENS.client }).map((m) => m.chatId));
    const claimed = await domain.sql<{ chat_id: string }>(
      "SELECT chat_id FROM broadcast_recipients WHERE broadcast_id = ? AND status = 'sending'",
      [id],
    );
    const inFlight = claimed.filter((r) => delivered.has(Number(r.chat_id))).length;
    // Down for a while (the fault's length, not a wait for an effect), then back empty.
    await new Promise((resolve) => setTimeout(resolve, DOWN_MS));
    await redis.start();
    await new Promise((resolve) => setTimeout(resolve, BEHIND_MS));
    farRedis.restore();

    const done = await waitForStatus(domain, id, ['sent', 'failed'], 60_000);
    expect(done.stats).toMatchObject({ total: RECIPIENTS, sent: RECIPIENTS, failed: 0 });
    const perChat = messagesPerChat(sys.telegram, TOKENS.client);
    const lost = audience.filter((c) => !perChat.has(c.telegramId));
    const duplicates = [...perChat.values()].filter((n) => n > 1).length;
    console.info(
      `redis restart after ${delivered.size} of ${RECIPIENTS} delivered; ${claimed.length} claimed, ${inFlight} in flight; lost ${lost.length}, duplicates ${duplicates}`,
    );
    expect(lost).toEqual([]);
    expect(duplicates).toBeLessThanOrEqual(inFlight);
  });
});
