import { botApiResult, callBotApi } from './bot-api-client';
import { TelegramEmulator } from './telegram-emulator';
import type { TgUpdate } from './types';

const TOKEN = '1001:client-secret';

describe('TelegramEmulator', () => {
  const emulator = new TelegramEmulator();
  const api = <T>(method: string, params?: Record<string, unknown>) =>
    botApiResult<T>(emulator.apiRoot, TOKEN, method, params);

  beforeAll(() => emulator.start());
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it('auto-registers a well-formed token and answers getMe', async () => {
    await expect(api('getMe')).resolves.toMatchObject({ id: 1001, is_bot: true, username: 'bot1001' });
    emulator.createBot({ token: '2002:staff', username: 'dvorik_staff_bot' });
    await expect(botApiResult(emulator.apiRoot, '2002:staff', 'getMe')).resolves.toMatchObject({
      username: 'dvorik_staff_bot',
    });
  });

  it('rejects malformed or mismatching tokens with 401 and unknown methods with 404', async () => {
    await expect(callBotApi(emulator.apiRoot, 'not-a-token', 'getMe')).resolves.toEqual({
      status: 401,
      body: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
    await api('getMe');
    expect((await callBotApi(emulator.apiRoot, '1001:other-secret', 'getMe')).status).toBe(401);
    await expect(callBotApi(emulator.apiRoot, TOKEN, 'sendTelepathy')).resolves.toEqual({
      status: 404,
      body: { ok: false, error_code: 404, description: 'Not Found: method not found' },
    });
  });

  it('keeps commands per scope and accepts GET with a query string and urlencoded bodies', async () => {
    await api('setMyCommands', { commands: [{ command: 'start', description: 'Начать' }] });
    await expect(api('getMyCommands')).resolves.toEqual([{ command: 'start', description: 'Начать' }]);
    await expect(api('getMyCommands', { scope: { type: 'all_private_chats' } })).resolves.toEqual([]);
    const viaGet = await fetch(
      `${emulator.apiRoot}/bot${TOKEN}/sendMessage?chat_id=505&text=${encodeURIComponent('из GET')}`,
    );
    expect(await viaGet.json()).toMatchObject({ ok: true, result: { text: 'из GET', chat: { id: 505 } } });
    const form = await fetch(`${emulator.apiRoot}/bot${TOKEN}/sendMessage`, {
      method: 'POST',
      body: new URLSearchParams({
        chat_id: '505',
        text: 'form',
        reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'x', callback_data: 'x' }]] }),
      }),
    });
    expect(await form.json()).toMatchObject({
      ok: true,
      result: { reply_markup: { inline_keyboard: [[{ callback_data: 'x' }]] } },
    });
  });

  it('waitForMessage resolves on the next match and explains a timeout', async () => {
    const user = emulator.user({ id: 506, firstName: 'Дина' });
    const mark = user.mark(TOKEN);
    await api('sendMessage', { chat_id: 506, text: 'первое' });
    await expect(user.waitForMessage(TOKEN, (m) => m.text === 'первое', 100, mark)).resolves.toMatchObject({
      text: 'первое',
    });
    const next = user.waitForMessage(TOKEN, (m) => m.text === 'второе');
    await api('sendMessage', { chat_id: 506, text: 'второе' });
    await expect(next).resolves.toMatchObject({ text: 'второе' });
    await expect(user.waitForMessage(TOKEN, (m) => m.text === 'третье', 50, mark)).rejects.toThrow(
      'got no matching message from bot 1001 within 50 ms; received: #1 "первое", #2 "второе"',
    );
  });

  it('records user actions as updates: /start payload, contact, photo, forward', async () => {
    const user = emulator.user({ id: 507, firstName: 'Ева', username: 'eva' });
    expect(user.sendText(TOKEN, '/start ref_x').message).toMatchObject({
      text: '/start ref_x',
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      chat: { id: 507, type: 'private', username: 'eva' },
    });
    expect(user.sendContact(TOKEN, '+79140000000').message?.contact).toEqual({
      phone_number: '+79140000000',
      first_name: 'Ева',
      user_id: 507,
    });
    const photo = user.sendPhoto(TOKEN, { caption: 'чек' }).message?.photo;
    expect(photo?.at(-1)?.file_id).toMatch(/^AgAC/);
    emulator.createChannel({ id: -100777, title: 'Канал' });
    expect(user.forward(TOKEN, { text: 'пост', fromChatId: -100777 }).message?.forward_origin).toMatchObject({
      type: 'channel',
      chat: { id: -100777 },
    });
    const updates = await api<TgUpdate[]>('getUpdates', {});
    expect(updates.map((u) => u.message?.message_id)).toEqual([1, 2, 3, 4]);
    // The bot can send back the file_id of a photo a user sent it.
    await expect(api('sendPhoto', { chat_id: 507, photo: photo?.at(-1)?.file_id })).resolves.toMatchObject({
      photo,
    });
  });

  it('reset() forgets what tests created but keeps the running bots', async () => {
    emulator.createBot({ token: '1002:kept', username: 'kept_bot' });
    await botApiResult(emulator.apiRoot, '1002:kept', 'setMyCommands', {
      commands: [{ command: 'start', description: 'go' }],
    });
    emulator.createChannel({ id: -100555, title: 'Канал' });
    emulator.user({ id: 508, firstName: 'Жанна' }).sendText('1002:kept', 'pending');
    await api('sendMessage', { chat_id: 508, text: 'x' });
    emulator.failChat(508, { code: 403, description: 'Forbidden: bot was blocked by the user' });
    emulator.reset();
    expect(emulator.calls).toEqual([]);
    expect(emulator.sentMessages()).toEqual([]);
    await expect(botApiResult(emulator.apiRoot, '1002:kept', 'getUpdates')).resolves.toEqual([]);
    await expect(botApiResult(emulator.apiRoot, '1002:kept', 'getMe')).resolves.toMatchObject({
      username: 'kept_bot',
    });
    await expect(botApiResult(emulator.apiRoot, '1002:kept', 'getMyCommands')).resolves.toHaveLength(1);
    expect((await callBotApi(emulator.apiRoot, TOKEN, 'getChat', { chat_id: -100555 })).status).toBe(400);
    await expect(api('sendMessage', { chat_id: 508, text: 'y' })).resolves.toMatchObject({
      message_id: 1,
      chat: { first_name: 'User 508' },
    });
  });
});
