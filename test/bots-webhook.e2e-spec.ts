import { AppConfig } from '@dvorik/config';
import { TelegramGateway } from '@dvorik/telegram';
import { TEST_WAIT_MS } from '@dvorik/testing';
import { WebhooksDeleteCommand } from '../apps/cli/src/commands/webhooks-delete.command';
import { WebhooksInfoCommand } from '../apps/cli/src/commands/webhooks-info.command';
import { WebhooksSetCommand } from '../apps/cli/src/commands/webhooks-set.command';
import { freePort, startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const OWNER_TG = 910_001;
const SECRET = 'webhook-secret-0123456789';

describe('bots in webhook mode', () => {
  let sys: TestSystem;

  beforeAll(async () => {
    const port = await freePort();
    sys = await startTestSystem({
      label: 'webhook',
      apps: ['api', 'bots'],
      botsPort: port,
      env: {
        BOTS_MODE: 'webhook',
        WEBHOOK_BASE_URL: `http://127.0.0.1:${port}`,
        WEBHOOK_SECRET: SECRET,
        FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG),
      },
    });
  });
  afterAll(() => sys?.close());

  const loginUpdate = (updateId: number) => ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: OWNER_TG, type: 'private', first_name: 'Анна' },
      from: { id: OWNER_TG, is_bot: false, first_name: 'Анна' },
      text: '/login',
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
    },
  });
  const post = (path: string, body: unknown, secret?: string) =>
    fetch(`${sys.botsUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
      },
      body: JSON.stringify(body),
    });
  const loginReplies = () =>
    sys.telegram.callsTo('sendMessage', (c) => c.token === TOKENS.staff && c.params.chat_id === OWNER_TG);

  it('refuses a call without the right secret token, and handles nothing', async () => {
    expect((await post('/bot/staff/webhook', loginUpdate(1))).status).toBe(403);
    expect((await post('/bot/staff/webhook', loginUpdate(2), 'wrong-secret-0123456789')).status).toBe(403);
    expect((await post('/bot/nobody/webhook', loginUpdate(3), SECRET)).status).toBe(404);
    // Refused before any handler ran: the answers themselves prove nothing is in flight.
    expect(loginReplies()).toHaveLength(0);
  });

  it('handles an update delivered twice once', async () => {
    // The webhook answers once its handler has finished, so after both answers nothing is in flight.
    expect((await post('/bot/staff/webhook', loginUpdate(10), SECRET)).status).toBe(200);
    expect((await post('/bot/staff/webhook', loginUpdate(10), SECRET)).status).toBe(200);
    expect(loginReplies()).toHaveLength(1);
    expect(loginReplies()[0].ok).toBe(true);
  });

  it('webhooks:set registers both bots; Telegram then delivers to them with the secret', async () => {
    const bots = sys.apps.bots!;
    await new WebhooksSetCommand(bots.get(AppConfig), bots.get(TelegramGateway)).run();
    const registered = sys.telegram
      .callsTo('setWebhook')
      .map((c) => [c.token, c.params.url, c.params.secret_token]);
    expect(registered).toEqual(
      expect.arrayContaining([
        [TOKENS.client, `${sys.env.WEBHOOK_BASE_URL}/bot/client/webhook`, SECRET],
        [TOKENS.staff, `${sys.env.WEBHOOK_BASE_URL}/bot/staff/webhook`, SECRET],
      ]),
    );
    const owner = sys.telegram.user({ id: OWNER_TG, firstName: 'Анна' });
    const from = owner.mark(TOKENS.staff);
    owner.sendText(TOKENS.staff, '/login');
    const reply = await owner.waitForMessage(
      TOKENS.staff,
      (m) => (m.text ?? '').includes('Вход в панель'),
      TEST_WAIT_MS,
      from,
    );
    expect(reply.text).toContain('одноразовая');
  });

  it('webhooks:info shows what Telegram has; webhooks:delete removes both', async () => {
    const bots = sys.apps.bots!;
    const lines: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      await new WebhooksInfoCommand(bots.get(AppConfig), bots.get(TelegramGateway)).run();
      await new WebhooksDeleteCommand(bots.get(AppConfig), bots.get(TelegramGateway)).run([], {});
      await new WebhooksInfoCommand(bots.get(AppConfig), bots.get(TelegramGateway)).run();
    } finally {
      write.mockRestore();
    }
    expect(lines.slice(0, 2)).toEqual([
      expect.stringContaining(`client: ${sys.env.WEBHOOK_BASE_URL}/bot/client/webhook, pending 0`),
      expect.stringContaining(`staff: ${sys.env.WEBHOOK_BASE_URL}/bot/staff/webhook, pending 0`),
    ]);
    expect(lines.slice(2, 4)).toEqual(['client: webhook removed\n', 'staff: webhook removed\n']);
    expect(lines.slice(4)).toEqual([
      expect.stringContaining('client: (no webhook: polling)'),
      expect.stringContaining('staff: (no webhook: polling)'),
    ]);
    expect(
      sys.telegram
        .callsTo('deleteWebhook')
        .map((c) => c.token)
        .sort(),
    ).toEqual([TOKENS.client, TOKENS.staff].sort());
  });
});
