import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Input, Markup, Telegraf } from 'telegraf';
import { TelegramEmulator } from './telegram-emulator';

const TOKEN = '7007:telegraf';
const CHANNEL = -1007007;

describe('TelegramEmulator with a real Telegraf bot (long polling)', () => {
  const emulator = new TelegramEmulator();
  let bot: Telegraf;
  let polling: Promise<void>;
  const memberships: string[] = [];
  let membershipSeen: () => void = () => undefined;

  beforeAll(async () => {
    await emulator.start();
    emulator.createBot({ token: TOKEN, username: 'dvorik_client_bot' });
    emulator.createChannel({ id: CHANNEL, title: 'Мармеладный дворик' });
    emulator.addAdmin(CHANNEL, TOKEN);

    bot = new Telegraf(TOKEN, { telegram: { apiRoot: emulator.apiRoot } });
    bot.start((ctx) =>
      ctx.reply(
        `Привет, ${ctx.from.first_name}! ref=${ctx.payload}`,
        Markup.inlineKeyboard([Markup.button.callback('Мои скидки', 'discounts')]),
      ),
    );
    bot.action('discounts', async (ctx) => {
      await ctx.answerCbQuery('Загружаю');
      await ctx.editMessageText('Скидок пока нет');
    });
    bot.command('promo', async (ctx) => {
      const sent = await ctx.replyWithPhoto(Input.fromBuffer(Buffer.from('jpeg bytes'), 'promo.jpg'), {
        caption: 'Акция',
        ...Markup.inlineKeyboard([Markup.button.callback('Забрать', 'take')]),
      });
      await ctx.replyWithPhoto(sent.photo[sent.photo.length - 1].file_id);
    });
    bot.on('chat_member', (ctx) => {
      memberships.push(`${ctx.chatMember.from.id}:${ctx.chatMember.new_chat_member.status}`);
      membershipSeen();
    });
    polling = bot.launch({ allowedUpdates: ['message', 'callback_query', 'chat_member'] });
  });

  afterAll(async () => {
    bot.stop('test over');
    await polling;
    await emulator.stop();
  });

  it('receives /start with a payload and replies with a keyboard', async () => {
    const user = emulator.user({ id: 1201, firstName: 'Маша', languageCode: 'ru' });
    user.sendText(TOKEN, '/start ref_x');
    const reply = await user.waitForMessage(TOKEN);
    expect(reply.text).toBe('Привет, Маша! ref=ref_x');
    expect(reply.reply_markup?.inline_keyboard?.[0][0]).toMatchObject({
      text: 'Мои скидки',
      callback_data: 'discounts',
    });
    const [call] = emulator.callsTo('sendMessage', { chat_id: 1201 });
    expect(call).toMatchObject({ token: TOKEN, ok: true, params: { text: 'Привет, Маша! ref=ref_x' } });
  });

  it('handles a button press: answers the query and edits the message', async () => {
    const user = emulator.userById(1201);
    const menu = user.lastMessageFrom(TOKEN)!;
    const queryId = user.pressButton(TOKEN, menu, 'discounts');
    await emulator.waitForCall('editMessageText', { message_id: menu.message_id });
    expect(emulator.callbackAnswer(queryId)).toMatchObject({ text: 'Загружаю' });
    expect(user.lastMessageFrom(TOKEN)).toMatchObject({
      message_id: menu.message_id,
      text: 'Скидок пока нет',
    });
    expect(user.lastMessageFrom(TOKEN)?.reply_markup).toBeUndefined();
  });

  it('uploads through telegraf multipart, then reuses the file_id', async () => {
    const user = emulator.user({ id: 1202, firstName: 'Коля' });
    user.sendText(TOKEN, '/promo');
    await user.waitForMessage(TOKEN, (m) => m.caption === undefined && m.photo !== undefined);
    const [uploaded, reused] = emulator.callsTo('sendPhoto');
    expect(uploaded.params).toMatchObject({
      chat_id: '1202',
      photo: { upload: true, filename: 'promo.jpg', size: 10 },
    });
    expect(uploaded.media?.[0].source).toBe('upload');
    expect(reused.media?.[0]).toMatchObject({ source: 'file_id', fileId: uploaded.media?.[0].fileId });
    expect(user.messagesFrom(TOKEN)[0]).toMatchObject({
      caption: 'Акция',
      reply_markup: { inline_keyboard: [[{ callback_data: 'take' }]] },
    });
  });

  it('delivers chat_member updates the bot asked for', async () => {
    const bothSeen = new Promise<void>((resolve) => {
      membershipSeen = () => memberships.length === 2 && resolve();
    });
    emulator.setMembership(CHANNEL, 1203, 'member');
    emulator.setMembership(CHANNEL, 1203, 'left');
    await bothSeen;
    expect(memberships).toEqual(['1203:member', '1203:left']);
  });
});

describe('TelegramEmulator with a real Telegraf bot (webhook)', () => {
  const emulator = new TelegramEmulator();
  const token = '7008:telegraf-hook';
  let bot: Telegraf;
  let server: Server;

  beforeAll(async () => {
    await emulator.start();
    bot = new Telegraf(token, { telegram: { apiRoot: emulator.apiRoot } });
    bot.start((ctx) =>
      ctx.reply('Меню', Markup.inlineKeyboard([Markup.button.callback('Проверить подписку', 'check')])),
    );
    // Answered in the webhook response body (telegraf's webhookReply), which Telegram executes.
    bot.action('check', (ctx) => ctx.answerCbQuery('Подписка есть'));
    const callback = bot.webhookCallback('/bot/client/webhook', { secretToken: 'hook-secret' });
    server = createServer((req, res) => void callback(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await bot.telegram.setWebhook(`http://127.0.0.1:${port}/bot/client/webhook`, {
      secret_token: 'hook-secret',
    });
  });

  afterAll(async () => {
    await emulator.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers updates to the webhook and runs methods the bot answers with', async () => {
    const user = emulator.user({ id: 1301, firstName: 'Тимур' });
    user.sendText(token, '/start');
    const menu = await user.waitForMessage(token);
    const queryId = user.pressButton(token, menu, 'check');
    const answer = await emulator.waitForCall('answerCallbackQuery', { callback_query_id: queryId });
    expect(answer.ok).toBe(true);
    expect(emulator.callbackAnswer(queryId)).toMatchObject({ text: 'Подписка есть' });
    await expect(bot.telegram.getWebhookInfo()).resolves.toMatchObject({ pending_update_count: 0 });
  });
});
