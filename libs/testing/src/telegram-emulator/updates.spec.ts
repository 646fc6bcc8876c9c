import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually } from '../eventually';
import { botApiResult, callBotApi } from './bot-api-client';
import { TelegramEmulator } from './telegram-emulator';
import type { TgUpdate } from './types';

const TOKEN = '3003:updates';

interface Delivery {
  headers: IncomingHttpHeaders;
  update: TgUpdate;
}

/** A bot-side webhook endpoint whose answers the test scripts. */
async function webhookReceiver(
  answer: (delivery: Delivery, index: number) => { status: number; body?: unknown },
) {
  const deliveries: Delivery[] = [];
  const waiters: Array<() => void> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const delivery = {
        headers: req.headers,
        update: JSON.parse(Buffer.concat(chunks).toString()) as TgUpdate,
      };
      deliveries.push(delivery);
      const { status, body } = answer(delivery, deliveries.length - 1);
      res
        .writeHead(status, { 'content-type': 'application/json' })
        .end(body === undefined ? '' : JSON.stringify(body));
      waiters.splice(0).forEach((wake) => wake());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const waitFor = async (count: number): Promise<void> => {
    while (deliveries.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url, deliveries, waitFor, close };
}

describe('TelegramEmulator updates', () => {
  const emulator = new TelegramEmulator();
  const api = <T>(method: string, params?: Record<string, unknown>) =>
    botApiResult<T>(emulator.apiRoot, TOKEN, method, params);

  beforeAll(() => emulator.start());
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it('wakes a long poll as soon as an update arrives', async () => {
    const user = emulator.user({ id: 601, firstName: 'Иван' });
    const poll = api<TgUpdate[]>('getUpdates', { timeout: 30 });
    await eventually(
      async () => emulator.callsTo('getUpdates').length,
      (n) => n === 1,
    ); // the poll is waiting
    const started = Date.now();
    user.sendText(TOKEN, 'hello');
    const updates = await poll;
    expect(updates.map((u) => u.message?.text)).toEqual(['hello']);
    expect(Date.now() - started).toBeLessThan(10_000); // woken, not the 30 s poll timing out
  });

  it('returns an empty list when the long poll times out', async () => {
    const started = Date.now();
    await expect(api('getUpdates', { timeout: 0.2 })).resolves.toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('confirms updates with offset and honours limit', async () => {
    const user = emulator.user({ id: 602, firstName: 'Оля' });
    ['a', 'b', 'c'].forEach((text) => user.sendText(TOKEN, text));
    const firstTwo = await api<TgUpdate[]>('getUpdates', { limit: 2 });
    expect(firstTwo.map((u) => u.message?.text)).toEqual(['a', 'b']);
    const again = await api<TgUpdate[]>('getUpdates', {});
    expect(again.map((u) => u.message?.text)).toEqual(['a', 'b', 'c']); // nothing confirmed yet
    const rest = await api<TgUpdate[]>('getUpdates', { offset: firstTwo[1].update_id + 1 });
    expect(rest.map((u) => u.message?.text)).toEqual(['c']);
    await api('getUpdates', { offset: rest[0].update_id + 1 });
    await expect(botApiResult(emulator.apiRoot, TOKEN, 'getWebhookInfo')).resolves.toMatchObject({
      pending_update_count: 0,
    });
  });

  it('withholds chat_member updates unless allowed_updates lists them, and remembers the list', async () => {
    // A bot of its own: reset() keeps a bot's allowed_updates, like Telegram keeps them.
    const token = '3004:allowed';
    const poll = <T>(params: Record<string, unknown>) =>
      botApiResult<T>(emulator.apiRoot, token, 'getUpdates', params);
    emulator.createChannel({ id: -100600, title: 'Канал' });
    emulator.addAdmin(-100600, token);
    emulator.setMembership(-100600, 603, 'member');
    emulator.user({ id: 603, firstName: 'Пётр' }).sendText(token, 'hi');
    const byDefault = await poll<TgUpdate[]>({});
    expect(byDefault.map((u) => Object.keys(u)[1])).toEqual(['message']);
    await poll({ offset: byDefault[0].update_id + 1 });

    await poll({ allowed_updates: ['message', 'chat_member'] });
    const [update] = emulator.setMembership(-100600, 603, 'left');
    // An empty list keeps the previous setting, as telegraf sends [] on every poll.
    const listed = await poll<TgUpdate[]>({ allowed_updates: [] });
    expect(listed).toEqual([update]);
    expect(update.chat_member).toMatchObject({
      chat: { id: -100600, type: 'channel' },
      from: { id: 603 },
      old_chat_member: { status: 'member' },
      new_chat_member: { status: 'left', user: { id: 603 } },
    });
  });

  it('ends the older of two concurrent long polls with 409', async () => {
    const first = callBotApi(emulator.apiRoot, TOKEN, 'getUpdates', { timeout: 5 });
    await eventually(
      async () => emulator.callsTo('getUpdates').length,
      (n) => n === 1,
    ); // the first poll is waiting
    const second = api('getUpdates', { timeout: 0 });
    await expect(first).resolves.toMatchObject({
      status: 409,
      body: { description: expect.stringContaining('terminated by other getUpdates') },
    });
    await expect(second).resolves.toEqual([]);
  });

  it('posts updates to a webhook with the secret header, retries failures, and closes getUpdates with 409', async () => {
    const receiver = await webhookReceiver((_delivery, index) =>
      index === 0 ? { status: 500 } : { status: 200 },
    );
    try {
      const user = emulator.user({ id: 604, firstName: 'Рита' });
      user.sendText(TOKEN, 'queued before the webhook');
      await api('setWebhook', { url: receiver.url, secret_token: 's3cr3t' });
      user.sendText(TOKEN, 'after');
      await receiver.waitFor(3);
      expect(receiver.deliveries.map((d) => d.update.message?.text)).toEqual([
        'queued before the webhook',
        'queued before the webhook',
        'after',
      ]);
      expect(
        receiver.deliveries.every((d) => d.headers['x-telegram-bot-api-secret-token'] === 's3cr3t'),
      ).toBe(true);
      const info = await api<Record<string, unknown>>('getWebhookInfo');
      expect(info).toMatchObject({
        url: receiver.url,
        pending_update_count: 0,
        last_error_message: expect.stringContaining('500'),
      });
      const conflict = await callBotApi(emulator.apiRoot, TOKEN, 'getUpdates', {});
      expect(conflict).toMatchObject({ status: 409, body: { ok: false, error_code: 409 } });
      await api('deleteWebhook');
      await expect(api('getUpdates', {})).resolves.toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it('runs a method the bot answers a webhook delivery with (webhookReply)', async () => {
    const receiver = await webhookReceiver(({ update }) => ({
      status: 200,
      body: { method: 'sendMessage', chat_id: update.message?.chat.id, text: 'ответ через webhook' },
    }));
    try {
      const user = emulator.user({ id: 605, firstName: 'Соня' });
      await api('setWebhook', { url: receiver.url });
      const reply = user.waitForMessage(TOKEN);
      user.sendText(TOKEN, '/start');
      await expect(reply).resolves.toMatchObject({ text: 'ответ через webhook' });
    } finally {
      await api('deleteWebhook');
      await receiver.close();
    }
  });
});
