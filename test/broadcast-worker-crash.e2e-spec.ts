import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { createDomainContext, eventually } from '@dvorik/testing';
import {
  type Domain,
  domainOf,
  launchBroadcast,
  messagesPerChat,
  setRate,
  waitForStatus,
} from './support/broadcast-kit';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const WORKER = path.join(__dirname, '../dist/apps/worker/src/main.js');

/** The built worker as production runs it: its own process, killed without a chance to clean up. */
function spawnWorker(env: Record<string, string | undefined>): ChildProcess {
  const child = spawn(process.execPath, [WORKER], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) =>
    process.stderr.write(`[worker ${child.pid}] ${chunk.toString()}`),
  );
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve()),
  );

describe('a worker process killed mid-broadcast', () => {
  let sys: TestSystem;
  let context: INestApplicationContext;
  let domain: Domain;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build\` first`);
    // A short claim lease, so the dead worker's rows come back within the test's time.
    sys = await startTestSystem({ apps: [], label: 'bcrash', env: { BROADCAST_CLAIM_LEASE_MS: '6000' } });
    // The domain without a worker of its own: only the spawned processes send.
    context = await createDomainContext(sys.env);
    domain = domainOf(context);
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await context?.close();
    await sys?.close();
  });

  it('resumes in another process: nobody lost, duplicates no more than were in flight', async () => {
    await setRate(domain, 100, true);
    sys.telegram.setLatency(15); // a send takes a while, so some are in flight at the kill
    const audience = await domain.clients(600);
    const first = spawnWorker(sys.env);
    children.push(first);

    const { id } = await launchBroadcast(domain, { clientIds: audience.map((c) => c.id) });
    await eventually(
      async () => sys.telegram.sentMessages({ token: TOKENS.client }).length,
      (n) => n >= 300,
      // The spawned worker boots first: on a busy 2-core machine that alone can take half a minute.
      { timeoutMs: 90_000, intervalMs: 20 },
    );
    first.kill('SIGKILL');
    await exited(first);

    // The dead worker's claims: sent but not recorded, or not sent at all. Only these may go twice.
    // Read from the database once the process is gone (nothing writes them until the next worker),
    // so requests still landing in the emulator after the kill change nothing here.
    const claimed = await domain.sql<{ chat_id: string }>(
      "SELECT chat_id FROM broadcast_recipients WHERE broadcast_id = ? AND status = 'sending'",
      [id],
    );
    const claimedChats = new Set(claimed.map((r) => Number(r.chat_id)));
    const atKill = new Set(sys.telegram.sentMessages({ token: TOKENS.client }).map((m) => m.chatId)).size;
    // Requests the dead worker had already made are still inside the emulator's latency: let
    // each of them finish before the second worker exists, so their times say whose they were.
    const sends = () => sys.telegram.callsTo('sendMessage', (c) => c.token === TOKENS.client);
    await eventually(
      async () => sends().filter((c) => !c.ok && c.error_code === undefined && !c.dropped).length,
      (pending) => pending === 0,
    );

    const secondStarted = Date.now();
    const second = spawnWorker(sys.env);
    children.push(second);
    const done = await waitForStatus(domain, id, ['sent', 'failed'], 120_000);

    expect(done.stats).toMatchObject({ total: 600, sent: 600, failed: 0 });
    const perChat = messagesPerChat(sys.telegram, TOKENS.client);
    const lost = audience.filter((c) => !perChat.has(c.telegramId));
    const duplicated = [...perChat].filter(([, n]) => n > 1).map(([chatId]) => chatId);
    console.log(
      `killed after ${atKill} delivered; ${claimed.length} claimed; duplicates ${duplicated.length}`,
    );
    expect(lost).toEqual([]);
    expect([...perChat.values()].every((n) => n <= 2)).toBe(true);
    expect(duplicated.filter((chatId) => !claimedChats.has(chatId))).toEqual([]);
    // And the first copy of each arrived before the second worker existed: from the dead one.
    const firstCopies = duplicated.map(
      (chatId) => sends().find((c) => c.ok && Number(c.params.chat_id) === chatId)!.at,
    );
    expect(firstCopies.filter((at) => at >= secondStarted)).toEqual([]);
    second.kill('SIGTERM');
    await exited(second);
  }, 240_000);
});
