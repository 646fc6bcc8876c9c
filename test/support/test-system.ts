import net from 'node:net';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import {
  baseTestEnv,
  createTestDatabase,
  flushRedisPrefix,
  TelegramEmulator,
  type TestDatabase,
} from '@dvorik/testing';

import { createApiApp } from '../../apps/api/src/create-api-app';
import { createBotsApp } from '../../apps/bots/src/create-bots-app';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';

export const TOKENS = {
  client: '7000001:client-bot-token-secret',
  staff: '7000002:staff-bot-token-secret',
  clientTest: '7000003:client-test-token-secret',
  staffTest: '7000004:staff-test-token-secret',
} as const;

type AppName = 'api' | 'worker' | 'bots';

export interface TestSystem {
  env: Record<string, string | undefined>;
  db: TestDatabase;
  telegram: TelegramEmulator;
  /** Base URL of the API, e.g. http://127.0.0.1:41234 */
  apiUrl: string;
  botsUrl: string;
  apps: Partial<Record<AppName, INestApplicationContext>>;
  api(
    path: string,
    init?: RequestInit & { token?: string; json?: unknown },
  ): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/**
 * The real apps, in this process, against a fresh database, a private Redis prefix and the
 * Telegram emulator: what the end-to-end journeys run on.
 */
/** A port nothing listens on right now (for a webhook URL that must be known before start). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

export async function startTestSystem(
  options: {
    apps?: AppName[];
    env?: Record<string, string | undefined>;
    label?: string;
    botsPort?: number;
    /** Also run the test twins of both bots (CLIENT_TEST_BOT_TOKEN, STAFF_TEST_BOT_TOKEN). */
    testTwins?: boolean;
    /** The apps' DATABASE_URL from the fresh database's (e.g. through a test's TCP proxy). */
    databaseUrl?: (url: string) => string;
  } = {},
): Promise<TestSystem> {
  const names = options.apps ?? ['api', 'worker', 'bots'];
  const db = await createTestDatabase(options.label ?? 'e2e');
  const telegram = new TelegramEmulator();
  await telegram.start();
  telegram.createBot({
    token: TOKENS.client,
    username: 'dvorik_client_bot',
    firstName: 'Мармеладный дворик',
  });
  telegram.createBot({ token: TOKENS.staff, username: 'dvorik_staff_bot', firstName: 'Дворик: персонал' });
  if (options.testTwins) {
    telegram.createBot({
      token: TOKENS.clientTest,
      username: 'dvorik_client_test_bot',
      firstName: 'Дворик (тест)',
    });
    telegram.createBot({
      token: TOKENS.staffTest,
      username: 'dvorik_staff_test_bot',
      firstName: 'Персонал (тест)',
    });
  }
  const env = baseTestEnv({
    DATABASE_URL: options.databaseUrl ? options.databaseUrl(db.url) : db.url,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    CLIENT_BOT_TOKEN: TOKENS.client,
    STAFF_BOT_TOKEN: TOKENS.staff,
    ...(options.testTwins
      ? { CLIENT_TEST_BOT_TOKEN: TOKENS.clientTest, STAFF_TEST_BOT_TOKEN: TOKENS.staffTest }
      : {}),
    ...options.env,
  });

  const apps: TestSystem['apps'] = {};
  let apiUrl = '';
  let botsUrl = '';
  const cleanup = async () => {
    // Bots first (they poll the emulator), the emulator last.
    for (const name of ['bots', 'worker', 'api'] as const) await apps[name]?.close();
    await telegram.stop();
    await flushRedisPrefix(env.REDIS_URL!, env.REDIS_PREFIX!);
    await db.drop();
  };
  try {
    if (names.includes('api')) {
      const api = await createApiApp(env);
      await api.listen(0, '127.0.0.1');
      apiUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
      apps.api = api;
    }
    if (names.includes('worker')) apps.worker = await createWorkerApp(env);
    if (names.includes('bots')) {
      const bots = await createBotsApp(env);
      await bots.listen(options.botsPort ?? 0, '127.0.0.1');
      botsUrl = await (bots as INestApplication).getUrl();
      apps.bots = bots;
    }
  } catch (error) {
    await cleanup().catch(() => undefined);
    throw error;
  }

  return {
    env,
    db,
    telegram,
    apiUrl,
    botsUrl,
    apps,
    async api(path, init = {}) {
      const { token, json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      if (json !== undefined) headers.set('content-type', 'application/json');
      const res = await fetch(`${apiUrl}${path}`, {
        ...rest,
        headers,
        body: json !== undefined ? JSON.stringify(json) : rest.body,
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, body };
    },
    close: cleanup,
  };
}
