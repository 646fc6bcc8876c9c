import { botApiResult, callBotApi } from './bot-api-client';
import { CONTROL_ROUTES } from './control-api';
import { TelegramEmulator } from './telegram-emulator';
import type { TgMessage, TgUpdate } from './types';

const TOKEN = '6006:control';

describe('TelegramEmulator control routes', () => {
  const emulator = new TelegramEmulator();
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${emulator.apiRoot}/control${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { ok: boolean; result?: unknown; description?: string },
    };
  };
  const result = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await control(method, path, body);
    if (!answer.body.ok) throw new Error(`${method} ${path}: ${answer.status} ${answer.body.description}`);
    return answer.body.result as T;
  };

  beforeAll(() => emulator.start());
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it('lists its routes and explains unknown routes and bad bodies', async () => {
    await expect(result('GET', '')).resolves.toEqual(CONTROL_ROUTES);
    expect(await control('GET', '/nowhere')).toMatchObject({ status: 404, body: { ok: false } });
    expect(await control('POST', '/users/1/text', { text: 'no token' })).toEqual({
      status: 400,
      body: { ok: false, description: '"token" must be a non-empty string' },
    });
  });

  it('plays a user conversation: bots, users, text, messages and button presses', async () => {
    await result('POST', '/bots', { token: TOKEN, username: 'dvorik_bot' });
    await expect(botApiResult(emulator.apiRoot, TOKEN, 'getMe')).resolves.toMatchObject({
      username: 'dvorik_bot',
    });
    await expect(result('POST', '/users', { id: 901, firstName: 'Лена' })).resolves.toMatchObject({
      id: 901,
      first_name: 'Лена',
    });
    const update = await result<TgUpdate>('POST', '/users/901/text', {
      token: TOKEN,
      text: '/start ref_ctl',
    });
    expect(update.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
    await expect(botApiResult(emulator.apiRoot, TOKEN, 'getUpdates')).resolves.toEqual([update]);

    const keyboard = { inline_keyboard: [[{ text: 'Да', callback_data: 'yes' }]] };
    const sent = await botApiResult<TgMessage>(emulator.apiRoot, TOKEN, 'sendMessage', {
      chat_id: 901,
      text: 'Ок?',
      reply_markup: keyboard,
    });
    await expect(result('GET', `/users/901/messages?token=${TOKEN}`)).resolves.toEqual([sent]);
    const { callbackQueryId } = await result<{ callbackQueryId: string }>('POST', '/users/901/press', {
      token: TOKEN,
      messageId: sent.message_id,
      data: 'yes',
    });
    const [press] = await botApiResult<TgUpdate[]>(emulator.apiRoot, TOKEN, 'getUpdates', {
      offset: update.update_id + 1,
    });
    expect(press.callback_query?.id).toBe(callbackQueryId);
    for (const [path, body] of [
      ['contact', { phone: '+7900' }],
      ['photo', { caption: 'фото' }],
      ['forward', { text: 'fwd', fromUserId: 902 }],
    ] as const) {
      await expect(result('POST', `/users/901/${path}`, { token: TOKEN, ...body })).resolves.toHaveProperty(
        'message.from.id',
        901,
      );
    }
    await expect(result('GET', `/sent?chatId=901&token=${TOKEN}`)).resolves.toHaveLength(1);
    await expect(result('GET', `/calls?method=sendMessage&chat_id=901`)).resolves.toHaveLength(1);
  });

  it('manages channels and membership', async () => {
    await result('POST', '/channels', { id: -100900, title: 'Дворик', username: 'dvorik' });
    await result('POST', '/channels/-100900/admins', { token: TOKEN });
    await botApiResult(emulator.apiRoot, TOKEN, 'getUpdates', { allowed_updates: ['chat_member'] });
    const [update] = await result<TgUpdate[]>('PUT', '/channels/-100900/members/903', { status: 'member' });
    expect(update.chat_member?.new_chat_member.status).toBe('member');
    await expect(
      botApiResult(emulator.apiRoot, TOKEN, 'getChatMember', { chat_id: '@dvorik', user_id: 903 }),
    ).resolves.toMatchObject({
      status: 'member',
    });
  });

  it('injects faults and reports stats', async () => {
    const send = (chatId: number) =>
      callBotApi(emulator.apiRoot, TOKEN, 'sendMessage', { chat_id: chatId, text: 'x' });
    await result('PUT', '/faults/rate-limit', { perSecond: 1 });
    expect([(await send(904)).status, (await send(904)).status]).toEqual([200, 429]);
    await result('DELETE', '/faults/rate-limit');
    await result('PUT', '/faults/chats/905', { code: 400, description: 'Bad Request: chat not found' });
    expect((await send(905)).status).toBe(400);
    await result('DELETE', '/faults/chats/905');
    await result('POST', '/faults/fail-next', {
      method: 'sendMessage',
      code: 502,
      description: 'Bad Gateway',
    });
    expect((await send(905)).status).toBe(502);
    await result('POST', '/faults/drop', { method: 'sendMessage' });
    await expect(send(905)).rejects.toThrow();
    await result('PUT', '/faults/latency', { ms: 0 });
    expect((await send(905)).status).toBe(200);
    await expect(result('GET', '/stats')).resolves.toEqual({
      sendCalls: 6,
      sendOk: 2,
      send429: 1,
      maxInAnySlidingSecond: 2,
    });
    await result('POST', '/reset');
    await expect(result('GET', '/calls')).resolves.toEqual([]);
  });
});
