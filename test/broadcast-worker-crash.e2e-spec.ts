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

jest.setTimeout(90_000);

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
      {
        timeoutMs: 30_000,
        intervalMs: 20,
      },
    );
    first.kill('SIGKILL');
    await exited(first);
    // Requests that left the worker before it died still land (the emulator answers after 15 ms).
    await new Promise((resolve) => setTimeout(resolve, 300));

    // What the dead worker had sent but not yet recorded: the only messages that may go twice.
    const delivered = new Set(sys.telegram.sentMessages({ token: TOKENS.client }).map((m) => m.chatId));
    const claimed = await domain.sql<{ chat_id: string }>(
      "SELECT chat_id FROM broadcast_recipients WHERE broadcast_id = ? AND status = 'sending'",
      [id],
    );
    const inFlight = claimed.filter((r) => delivered.has(Number(r.chat_id))).length;
    const atKill = delivered.size;

    const second = spawnWorker(sys.env);
    children.push(second);
    const done = await waitForStatus(domain, id, ['sent', 'failed'], 60_000);

    expect(done.stats).toMatchObject({ total: 600, sent: 600, failed: 0 });
    const perChat = messagesPerChat(sys.telegram, TOKENS.client);
    const lost = audience.filter((c) => !perChat.has(c.telegramId));
    const duplicates = [...perChat.values()].filter((n) => n > 1).length;
    console.log(
      `killed after ${atKill} delivered; ${claimed.length} claimed, ${inFlight} sent but unrecorded; duplicates ${duplicates}`,
    );
    expect(lost).toEqual([]);
    expect(duplicates).toBeLessThanOrEqual(inFlight);
    second.kill('SIGTERM');
    await exited(second);
  });
});
