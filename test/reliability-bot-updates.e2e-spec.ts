import { AppConfig } from '@dvorik/config';
import { TelegramGateway } from '@dvorik/telegram';
import { eventually, type TcpProxy, type TgMessage } from '@dvorik/testing';
import { getBotToken } from 'nestjs-telegraf';
import type { Telegraf } from 'telegraf';
import { WebhooksSetCommand } from '../apps/cli/src/commands/webhooks-set.command';
import { directDatabase, mariadbProxy } from './support/reliability-kit';
import { freePort, startTestSystem, type TestSystem, TOKENS } from './support/test-system';

jest.setTimeout(60_000);

const SECRET = 'webhook-secret-0123456789';
const text = (m: TgMessage) => m.text ?? '';

/**
 * README «Reliability», fault 1: a bot update whose handling fails (here: the database
 * connection reset under the handler by a TCP proxy) is handled again — Telegram re-sends it in
 * webhook mode, the bots app retries it in polling mode — and never twice.
 */
describe.each(['webhook', 'polling'] as const)('bot updates under database faults (%s)', (mode) => {
  let sys: TestSystem;
  let proxy: TcpProxy;
  let db: ReturnType<typeof directDatabase>;
  let nextId = mode === 'webhook' ? 930_100 : 930_500;

  beforeAll(async () => {
    proxy = await mariadbProxy();
    const port = await freePort();
    sys = await startTestSystem({
      label: `botfault${mode}`,
      apps: ['bots'],
      botsPort: port,
      databaseUrl: (url) => proxy.rewrite(url),
      env: {
        BOT_UPDATE_RETRY_MS: '200',
        BOT_UPDATE_RETRIES: '3',
        ...(mode === 'webhook'
          ? { BOTS_MODE: 'webhook', WEBHOOK_BASE_URL: `http://127.0.0.1:${port}`, WEBHOOK_SECRET: SECRET }
          : {}),
      },
    });
    db = directDatabase(sys.db.url);
    if (mode === 'webhook') {
      const bots = sys.apps.bots!;
      await new WebhooksSetCommand(bots.get(AppConfig), bots.get(TelegramGateway)).run();
    }
  });
  afterAll(async () => {
    proxy?.restore();
    await sys?.close();
    await db?.end();
    await proxy?.stop();
  });

  const clientsWith = async (telegramId: number) =>
    Number((await db.rows('SELECT COUNT(*) n FROM clients WHERE telegram_id = ?', [telegramId]))[0].n);

  it('a delivery whose handling fails once is handled on the retry', async () => {
    const user = sys.telegram.user({ id: nextId++, firstName: 'Вера' });
    const from = user.mark(TOKENS.client);
    const resetsBefore = proxy.resets;
    proxy.cutOnNextQuery();
    user.sendText(TOKENS.client, '/start');
    const welcome = await user.waitForMessage(TOKENS.client, (m) => text(m).includes('Вера'), 15_000, from);
    expect(text(welcome)).toContain('Мармеладный дворик');
    // The first handling really failed: its database connection was reset under it.
    expect(proxy.resets).toBeGreaterThan(resetsBefore);
    expect(await clientsWith(user.id)).toBe(1);
    expect(user.messagesFrom(TOKENS.client).slice(from)).toHaveLength(1);
  });

  it('5 concurrent deliveries of one update have 1 effect', async () => {
    const id = nextId++;
    const update = {
      update_id: 77_000 + id,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id, type: 'private', first_name: 'Глеб' },
        from: { id, is_bot: false, first_name: 'Глеб' },
        text: '/start',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    };
    const deliver = async () => {
      if (mode === 'webhook') {
        const response = await fetch(`${sys.botsUrl}/bot/client/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
          body: JSON.stringify(update),
        });
        return response.status;
      }
      // Polling replicas each fetching the same update: each runs the bot's whole middleware.
      const bot = sys.apps.bots!.get<Telegraf>(getBotToken('client'), { strict: false });
      await bot.handleUpdate(update as never);
      return 200;
    };
    // Each delivery returns once its handling is over: every copy has run (or been dropped) here.
    expect(await Promise.all(Array.from({ length: 5 }, deliver))).toEqual([200, 200, 200, 200, 200]);
    expect(sys.telegram.callsTo('sendMessage', (c) => c.params.chat_id === id)).toHaveLength(1);
    expect(await clientsWith(id)).toBe(1);
  });

  it('an outage longer than the retries: the person still gets an answer', async () => {
    const user = sys.telegram.user({ id: nextId++, firstName: 'Зоя' });
    const from = user.mark(TOKENS.client);
    const refusedBefore = proxy.refused;
    proxy.down();
    try {
      user.sendText(TOKENS.client, '/start');
      if (mode === 'polling') {
        // 200 + 400 + 800 ms of retries, then the apology instead of silence.
        const apology = await user.waitForMessage(TOKENS.client, () => true, 15_000, from);
        expect(text(apology)).toContain('Попробуйте, пожалуйста, ещё раз чуть позже');
        return;
      }
      // Webhook mode: each failed delivery answers 503 and Telegram keeps re-sending.
      await eventually(
        async () => proxy.refused - refusedBefore,
        (n) => n >= 3,
        { timeoutMs: 15_000 },
      );
    } finally {
      proxy.restore();
    }
    const welcome = await user.waitForMessage(TOKENS.client, (m) => text(m).includes('Зоя'), 15_000, from);
    expect(text(welcome)).toContain('Мармеладный дворик');
    expect(await clientsWith(user.id)).toBe(1);
  });
});
