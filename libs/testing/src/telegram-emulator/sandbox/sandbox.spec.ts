import { DEMO_WORLD } from '@dvorik/domain/demo/demo-world';
import { botApiResult } from '../bot-api-client';
import { TelegramEmulator } from '../telegram-emulator';
import type { TgMessage } from '../types';
import { setUpDemoWorld } from './demo-world.setup';

const { client } = DEMO_WORLD.bots;
const { shopper } = DEMO_WORLD.people;

describe('the sandbox: page, chats both ways, pictures, the channel', () => {
  const emulator = new TelegramEmulator();
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${emulator.apiRoot}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await res.json()) as { ok: boolean; result: T; description?: string };
    if (!json.ok) throw new Error(json.description);
    return json.result;
  };
  const bot = <T>(method: string, params: Record<string, unknown> | FormData) =>
    botApiResult<T>(emulator.apiRoot, client.token, method, params);

  beforeAll(async () => {
    setUpDemoWorld(emulator);
    await emulator.start();
  });
  afterAll(() => emulator.stop());

  it('serves the page and its scripts', async () => {
    const page = await fetch(`${emulator.apiRoot}/sandbox`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>Песочница');
    for (const file of ['app.js', 'render.js', 'style.css'])
      expect((await fetch(`${emulator.apiRoot}/sandbox/${file}`)).status).toBe(200);
    expect((await fetch(`${emulator.apiRoot}/sandbox/../main.js`)).status).toBe(404);
  });

  it('lists the demo bots (with tokens), the people in play order and the channel', async () => {
    const world = await control<any>('GET', '/control/sandbox/world');
    expect(world.bots.map((b: any) => [b.username, b.token])).toEqual([
      [client.username, client.token],
      [DEMO_WORLD.bots.staff.username, DEMO_WORLD.bots.staff.token],
    ]);
    expect(world.people.map((p: any) => p.id)).toEqual([
      shopper.id,
      DEMO_WORLD.people.cashier.id,
      DEMO_WORLD.people.owner.id,
    ]);
    expect(world.channels).toEqual([
      { id: DEMO_WORLD.channel.id, title: DEMO_WORLD.channel.title, username: DEMO_WORLD.channel.username },
    ]);
  });

  it("shows both sides of a chat in order, with the bot's edits applied in place", async () => {
    await control('POST', `/control/users/${shopper.id}/text`, { token: client.token, text: '/start' });
    const sent = await bot<TgMessage>('sendMessage', {
      chat_id: shopper.id,
      text: '<b>Привет</b>',
      parse_mode: 'HTML',
    });
    await bot('editMessageText', {
      chat_id: shopper.id,
      message_id: sent.message_id,
      text: '<i>Пока</i>',
      parse_mode: 'HTML',
    });
    const chat = await control<any[]>('GET', `/control/users/${shopper.id}/chat?token=${client.token}`);
    expect(chat.map((m) => [m.side, m.message.text, m.message.entities?.[0]?.type])).toEqual([
      ['user', '/start', 'bot_command'],
      ['bot', 'Пока', 'italic'],
    ]);
  });

  it('serves the bytes of an uploaded photo', async () => {
    const form = new FormData();
    form.append('chat_id', String(shopper.id));
    form.append('photo', new Blob([Buffer.from('JPEGDATA')], { type: 'image/jpeg' }), 'p.jpg');
    const photo = await bot<TgMessage>('sendPhoto', form);
    const res = await fetch(`${emulator.apiRoot}/sandbox/files/${photo.photo!.at(-1)!.file_id}`);
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('JPEGDATA');
    const unknown = await fetch(`${emulator.apiRoot}/sandbox/files/nope`);
    expect(unknown.headers.get('content-type')).toBe('image/svg+xml'); // a placeholder, not an error
  });

  it('joins the channel, which the client bot (its admin) hears as chat_member updates', async () => {
    const path = `/control/channels/${DEMO_WORLD.channel.id}/members/${shopper.id}`;
    expect(await control('GET', path)).toBe('left');
    await control('PUT', path, { status: 'member' });
    expect(await control('GET', path)).toBe('member');
    const updates = await bot<any[]>('getUpdates', {
      timeout: 0,
      allowed_updates: JSON.stringify(['chat_member']),
    });
    expect(updates.at(-1).chat_member.new_chat_member).toMatchObject({
      status: 'member',
      user: { id: shopper.id },
    });
  });

  it("answers a pressed button's callback state (null until the bot answers)", async () => {
    const message = await bot<TgMessage>('sendMessage', {
      chat_id: shopper.id,
      text: 'Код?',
      reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'Да', callback_data: 'yes' }]] }),
    });
    const { callbackQueryId } = await control<{ callbackQueryId: string }>(
      'POST',
      `/control/users/${shopper.id}/press`,
      {
        token: client.token,
        messageId: message.message_id,
        data: 'yes',
      },
    );
    expect(await control('GET', `/control/callbacks/${callbackQueryId}`)).toBeNull();
    await bot('answerCallbackQuery', { callback_query_id: callbackQueryId, text: 'Готово' });
    expect(await control('GET', `/control/callbacks/${callbackQueryId}`)).toMatchObject({ text: 'Готово' });
  });
});
