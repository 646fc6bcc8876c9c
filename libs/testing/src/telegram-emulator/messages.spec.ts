import { botApiResult, callBotApi } from './bot-api-client';
import { TelegramEmulator } from './telegram-emulator';
import type { TgChatMember, TgMessage, TgUpdate } from './types';

const TOKEN = '1101:messages';

describe('TelegramEmulator messages and chats', () => {
  const emulator = new TelegramEmulator();
  const api = <T>(method: string, params?: Record<string, unknown>) =>
    botApiResult<T>(emulator.apiRoot, TOKEN, method, params);

  beforeAll(() => emulator.start());
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it('stores sent messages with per-chat increasing ids, visible to the user with their keyboard', async () => {
    const anna = emulator.user({ id: 501, firstName: 'Анна' });
    const keyboard = { inline_keyboard: [[{ text: 'Мои скидки', callback_data: 'discounts' }]] };
    const first = await api<TgMessage>('sendMessage', {
      chat_id: 501,
      text: 'Привет',
      reply_markup: keyboard,
    });
    const second = await api<TgMessage>('sendMessage', { chat_id: 501, text: 'Ещё' });
    const other = await api<TgMessage>('sendMessage', { chat_id: 777, text: 'Другому' });
    expect([first.message_id, second.message_id, other.message_id]).toEqual([1, 2, 1]);
    expect(anna.messagesFrom(TOKEN).map((m) => m.text)).toEqual(['Привет', 'Ещё']);
    expect(anna.messagesFrom(TOKEN)[0].reply_markup).toEqual(keyboard);
    expect(emulator.sentMessages({ chatId: 777 }).map((s) => s.message.text)).toEqual(['Другому']);
    expect(emulator.callsTo('sendMessage', { chat_id: '501' })).toHaveLength(2);
  });

  it('parses HTML into text and entities and rejects tags Telegram rejects', async () => {
    const message = await api<TgMessage>('sendMessage', {
      chat_id: 501,
      text: 'Код <b>AB&amp;12</b>',
      parse_mode: 'HTML',
    });
    expect(message.text).toBe('Код AB&12');
    expect(message.entities).toEqual([{ type: 'bold', offset: 4, length: 5 }]);
    const bad = await callBotApi(emulator.apiRoot, TOKEN, 'sendMessage', {
      chat_id: 501,
      text: 'a<br>b',
      parse_mode: 'HTML',
    });
    expect(bad.body).toEqual({
      ok: false,
      error_code: 400,
      description: 'Bad Request: can\'t parse entities: Unsupported start tag "br" at byte offset 1',
    });
  });

  it('edits, refuses a no-op edit, and deletes', async () => {
    const user = emulator.user({ id: 502, firstName: 'Борис' });
    const keyboard = { inline_keyboard: [[{ text: 'OK', callback_data: 'ok' }]] };
    const sent = await api<TgMessage>('sendMessage', { chat_id: 502, text: 'v1', reply_markup: keyboard });
    const edited = await api<TgMessage>('editMessageText', {
      chat_id: 502,
      message_id: sent.message_id,
      text: 'v2',
    });
    expect(edited).toMatchObject({ text: 'v2', edit_date: expect.any(Number) });
    expect(user.lastMessageFrom(TOKEN)?.reply_markup).toBeUndefined(); // an edit without markup drops the keyboard
    const again = await callBotApi(emulator.apiRoot, TOKEN, 'editMessageText', {
      chat_id: 502,
      message_id: sent.message_id,
      text: 'v2',
    });
    expect(again.body).toMatchObject({
      ok: false,
      error_code: 400,
      description: expect.stringContaining('message is not modified'),
    });
    await api('deleteMessage', { chat_id: 502, message_id: sent.message_id });
    expect(user.messagesFrom(TOKEN)).toEqual([]);
    expect(
      (
        await callBotApi(emulator.apiRoot, TOKEN, 'deleteMessage', {
          chat_id: 502,
          message_id: sent.message_id,
        })
      ).body,
    ).toMatchObject({
      description: 'Bad Request: message to delete not found',
    });
  });

  it('round-trips a button press: callback query update, answer recorded', async () => {
    const user = emulator.user({ id: 503, firstName: 'Вера' });
    const sent = await api<TgMessage>('sendMessage', {
      chat_id: 503,
      text: 'Подписка?',
      reply_markup: { inline_keyboard: [[{ text: 'Проверить', callback_data: 'check_sub' }]] },
    });
    expect(() => user.pressButton(TOKEN, sent, 'nope')).toThrow('has no button "nope"');
    const queryId = user.pressButton(TOKEN, sent.message_id, 'check_sub');
    const [update] = await api<TgUpdate[]>('getUpdates', {});
    expect(update.callback_query).toMatchObject({
      id: queryId,
      data: 'check_sub',
      from: { id: 503 },
      message: { message_id: sent.message_id },
    });
    expect(emulator.callbackAnswer(queryId)).toBeUndefined();
    await api('answerCallbackQuery', { callback_query_id: queryId, text: 'Готово' });
    expect(emulator.callbackAnswer(queryId)).toEqual({ text: 'Готово', showAlert: false, url: undefined });
    const twice = await callBotApi(emulator.apiRoot, TOKEN, 'answerCallbackQuery', {
      callback_query_id: queryId,
    });
    expect(twice.status).toBe(400);
  });

  it('answers getChatMember from channel membership, and chat not found for unknown chats', async () => {
    emulator.createChannel({ id: -1001234, title: 'Мармеладный дворик', username: 'dvorik' });
    emulator.user({ id: 504, firstName: 'Глеб' });
    const member = (userId: number, chat: number | string = -1001234) =>
      api<TgChatMember>('getChatMember', { chat_id: chat, user_id: userId });
    const denied = await callBotApi(emulator.apiRoot, TOKEN, 'getChatMember', {
      chat_id: -1001234,
      user_id: 504,
    });
    expect(denied.body).toMatchObject({
      error_code: 400,
      description: 'Bad Request: member list is inaccessible',
    });
    emulator.addAdmin(-1001234, TOKEN);
    expect((await member(504)).status).toBe('left');
    for (const status of ['member', 'administrator', 'creator', 'kicked', 'left'] as const) {
      emulator.setMembership(-1001234, 504, status);
      expect((await member(504, '@dvorik')).status).toBe(status);
    }
    emulator.setMembership(-1001234, 504, 'restricted', { isMember: false });
    expect(await member(504)).toMatchObject({
      status: 'restricted',
      is_member: false,
      user: { id: 504, first_name: 'Глеб' },
    });
    const missing = await callBotApi(emulator.apiRoot, TOKEN, 'getChatMember', {
      chat_id: -100999,
      user_id: 504,
    });
    expect(missing).toEqual({
      status: 400,
      body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
    });
  });
});
