import { IssueBirthdayDiscountsJob, SetBirthdayCommand } from '@dvorik/domain';
import type { TgMessage } from '@dvorik/testing';
import { eventually, tagClients, TEST_WAIT_MS } from '@dvorik/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { JobName, QueueName } from '@dvorik/messaging';
import type { Job, Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { CHANNEL_ID, CHANNEL_LINK, commandsOf, setUpShop, sql, sqlFor } from './support/shop-setup';
import { eventsSettled, updateHandled } from './support/settle';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const OWNER_TG = 920_001;
const CODE = /[А-Я]{3}\d{4}/;
const text = (m: TgMessage) => m.text ?? '';
const buttons = (m: TgMessage) => (m.reply_markup?.inline_keyboard ?? []).flat();

describe('journeys of the client bot', () => {
  let sys: TestSystem;
  let nextId = 920_100;

  beforeAll(async () => {
    sys = await startTestSystem({
      label: 'clientbot',
      testTwins: true,
      env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) },
    });
    await setUpShop(sys, { admins: [TOKENS.client, TOKENS.clientTest] });
  });
  afterAll(() => sys?.close());

  /** A shopper who pressed /start in the given bot, with the welcome already received. */
  async function aShopper(token: string = TOKENS.client, firstName = 'Лена') {
    const user = sys.telegram.user({ id: nextId++, firstName });
    const from = user.mark(token);
    user.sendText(token, '/start');
    await user.waitForMessage(token, (m) => text(m).includes(firstName), TEST_WAIT_MS, from);
    const [row] = await sql(sys, 'SELECT id, is_test FROM clients WHERE telegram_id = ?', [user.id]);
    return { user, clientId: Number(row.id), isTest: row.is_test === 1 };
  }

  async function say(
    user: ReturnType<typeof sys.telegram.user>,
    message: string,
    token: string = TOKENS.client,
  ) {
    const from = user.mark(token);
    user.sendText(token, message);
    return user.waitForMessage(token, () => true, TEST_WAIT_MS, from);
  }

  const discountsOf = (clientId: number) =>
    sql(sys, 'SELECT code, issue_origin, is_test FROM discounts WHERE client_id = ? ORDER BY id', [clientId]);

  it('not subscribed → the text and a button to the channel; a chat_member join → the code arrives unprompted; a leave is noted', async () => {
    const { user, clientId } = await aShopper();
    const notYet = await say(user, 'Проверить подписку');
    expect(text(notYet)).toContain('ещё не подписаны');
    expect(buttons(notYet)).toEqual([expect.objectContaining({ text: 'Открыть канал', url: CHANNEL_LINK })]);
    expect(await discountsOf(clientId)).toEqual([]);

    const from = user.mark(TOKENS.client);
    sys.telegram.setMembership(CHANNEL_ID, user.id, 'member');
    const unprompted = await user.waitForMessage(
      TOKENS.client,
      (m) => CODE.test(text(m)),
      TEST_WAIT_MS,
      from,
    );
    expect(text(unprompted)).toContain('Спасибо за подписку');
    const [discount] = await discountsOf(clientId);
    expect(discount).toMatchObject({ issue_origin: 'subscription', is_test: 0 });
    expect(text(unprompted)).toContain(discount.code);
    const [subscribed] = await sql(sys, 'SELECT subscribed FROM clients WHERE id = ?', [clientId]);
    expect(subscribed.subscribed).toBe(1);

    // Once only: the button afterwards shows the same code, and no second message came unprompted.
    const again = await say(user, '/check');
    expect(text(again)).toContain(discount.code);
    await eventsSettled(sys);
    expect(
      user.messagesFrom(TOKENS.client).filter((m) => text(m).includes('Спасибо за подписку')),
    ).toHaveLength(1);

    sys.telegram.setMembership(CHANNEL_ID, user.id, 'left');
    await eventually(
      async () => (await sql(sys, 'SELECT subscribed FROM clients WHERE id = ?', [clientId]))[0].subscribed,
      (value) => value === 0,
    );
  });

  it('Telegram unreachable on the check → «попробуйте позже», nothing written or issued', async () => {
    const { user, clientId } = await aShopper();
    sys.telegram.failNext('getChatMember', { code: 502, description: 'Bad Gateway' });
    const reply = await say(user, 'Проверить подписку');
    expect(text(reply)).toContain('Попробуйте, пожалуйста, чуть позже');
    expect(await discountsOf(clientId)).toEqual([]);
    const [row] = await sql(sys, 'SELECT subscribed, subscription_checked_at FROM clients WHERE id = ?', [
      clientId,
    ]);
    expect(row).toEqual({ subscribed: 0, subscription_checked_at: null });
  });

  it('«Мои скидки» lists only active codes with name, code and «действует до»', async () => {
    const { user, clientId } = await aShopper();
    expect(text(await say(user, 'Мои скидки'))).toContain('Пока активных скидок нет');
    await tagClients(sqlFor(sys), clientId, 'x');
    sys.telegram.setMembership(CHANNEL_ID, user.id, 'member');
    await user.waitForMessage(TOKENS.client, (m) => CODE.test(text(m)), TEST_WAIT_MS, 0);
    const [discount] = await discountsOf(clientId);
    const list = await say(user, '/discounts');
    expect(text(list)).toContain('Скидка за подписку');
    expect(text(list)).toContain(discount.code);
    expect(text(list)).toMatch(/действует до \d{2}\.\d{2}\.\d{4}/);
    await sql(sys, "UPDATE discounts SET status = 'revoked' WHERE client_id = ?", [clientId]);
    expect(text(await say(user, 'Мои скидки'))).toContain('Пока активных скидок нет');
  });

  it('a reminder falls due while the code is unused → the client is reminded', async () => {
    const { user, clientId } = await aShopper();
    sys.telegram.setMembership(CHANNEL_ID, user.id, 'member');
    await user.waitForMessage(TOKENS.client, (m) => CODE.test(text(m)), TEST_WAIT_MS, 0);
    const [discount] = await sql(sys, 'SELECT id, code FROM discounts WHERE client_id = ?', [clientId]);
    // The delayed job the reminder scheduler made for day 7, run now.
    const queue = sys.apps.worker!.get<Queue>(getQueueToken(QueueName.Reminders), { strict: false });
    const from = user.mark(TOKENS.client);
    await queue.add(JobName.DiscountReminder, { discountId: Number(discount.id), day: 7 });
    const reminder = await user.waitForMessage(TOKENS.client, () => true, TEST_WAIT_MS, from);
    expect(text(reminder)).toContain('Напоминаем');
    expect(text(reminder)).toContain(discount.code);
  });

  it('birthday: asked, a two-digit year refused with a hint, «3 февраля 2002» saved, set once', async () => {
    const { user, clientId } = await aShopper();
    expect(text(await say(user, 'Указать дату рождения'))).toContain('Когда у вас день рождения');
    const refused = await say(user, '3.2.02');
    expect(text(refused)).toContain('Не получилось разобрать дату');
    expect(text(refused)).toContain('четырьмя цифрами');
    expect(text(await say(user, '3 февраля 2002'))).toContain('Запомнили');
    const [row] = await sql(
      sys,
      "SELECT DATE_FORMAT(birthday, '%Y-%m-%d') AS birthday FROM clients WHERE id = ?",
      [clientId],
    );
    expect(row.birthday).toBe('2002-02-03');
    const tags = await sql(sys, 'SELECT tag FROM client_tags WHERE client_id = ?', [clientId]);
    expect(tags).toEqual([{ tag: 'birthday_set' }]);
    expect(text(await say(user, '/birthday'))).toContain('уже сохранена');
    // The dialog is over: a date now is just text.
    expect(text(await say(user, '4 марта 2003'))).toContain('меню');
  });

  it('/cancel ends the birthday question', async () => {
    const { user, clientId } = await aShopper();
    await say(user, '/birthday');
    expect(text(await say(user, '/cancel'))).toContain('отменили');
    expect(text(await say(user, '03.02.2002'))).toContain('меню');
    const [row] = await sql(sys, 'SELECT birthday FROM clients WHERE id = ?', [clientId]);
    expect(row.birthday).toBeNull();
  });

  it('the birthday job run twice issues one code and sends one greeting', async () => {
    const { user, clientId } = await aShopper(TOKENS.client, 'Именинница');
    const today = DateTime.now().setZone('Asia/Vladivostok');
    const year = today.month === 2 && today.day === 29 ? 1992 : 1990;
    await commandsOf(sys).execute(new SetBirthdayCommand(clientId, `${today.toFormat('dd.MM')}.${year}`));
    // The run issues to everyone born today: the suite's other birthdays (3 February) are taken
    // away, so the counts are this shopper's on any day of the year.
    await sql(sys, 'UPDATE clients SET birthday = NULL WHERE id <> ?', [clientId]);
    const job = sys.apps.worker!.get(IssueBirthdayDiscountsJob, { strict: false });
    const run = () =>
      job.process({
        data: { date: today.toFormat('yyyy-MM-dd') },
        updateProgress: async () => undefined,
      } as unknown as Job);
    const first = await run();
    const second = await run();
    expect(first).toMatchObject({ issued: 1, refused: 0 });
    expect(second).toMatchObject({ issued: 0, existing: 1 });
    const discounts = await discountsOf(clientId);
    expect(discounts).toEqual([expect.objectContaining({ issue_origin: 'birthday' })]);
    const greeting = await user.waitForMessage(
      TOKENS.client,
      (m) => text(m).includes('С днём рождения'),
      TEST_WAIT_MS,
      0,
    );
    expect(text(greeting)).toContain('Именинница');
    expect(text(greeting)).toContain(discounts[0].code);
    await eventsSettled(sys);
    expect(user.messagesFrom(TOKENS.client).filter((m) => text(m).includes('С днём рождения'))).toHaveLength(
      1,
    );
  });

  it('a VIP sees «Оформить заказ»; pressing it creates a draft order and alerts staff', async () => {
    const { user, clientId } = await aShopper(TOKENS.client, 'Виктор');
    await tagClients(sqlFor(sys), clientId, 'vip');
    const menu = await say(user, '/menu');
    expect(
      (menu.reply_markup?.keyboard ?? [])
        .flat()
        .map((b) => (typeof b === 'string' ? b : (b as { text: string }).text)),
    ).toContain('Оформить заказ');
    const created = await say(user, 'Оформить заказ');
    expect(text(created)).toMatch(/Заказ №\d+ создан/);
    const [order] = await sql(sys, 'SELECT id, status FROM orders WHERE client_id = ?', [clientId]);
    expect(order.status).toBe('draft');
    const owner = sys.telegram.user({ id: OWNER_TG, firstName: 'Анна' });
    const alert = await owner.waitForMessage(
      TOKENS.staff,
      (m) => text(m).includes(`№${order.id}`),
      TEST_WAIT_MS,
      0,
    );
    expect(text(alert)).toContain('Виктор');

    const regular = await aShopper();
    expect(text(await say(regular.user, '/order'))).toContain('только VIP');
  });

  it('a client who blocks the bot is marked blocked at once; writing again lifts it', async () => {
    const { user, clientId } = await aShopper();
    const member = (status: string) => ({
      user: { id: 7000001, is_bot: true, first_name: 'Мармеладный дворик' },
      status,
    });
    sys.telegram.pushUpdate(TOKENS.client, {
      my_chat_member: {
        chat: { id: user.id, type: 'private', first_name: 'Лена' },
        from: user.user,
        date: Math.floor(Date.now() / 1000),
        old_chat_member: member('member'),
        new_chat_member: member('kicked'),
      },
    } as any);
    const status = async () =>
      (await sql(sys, 'SELECT status FROM clients WHERE id = ?', [clientId]))[0].status;
    await eventually(status, (s) => s === 'blocked');
    await say(user, '/start');
    expect(await status()).toBe('active');
  });

  it('records made through the test twins are is_test and are answered by the twins only', async () => {
    const { user, clientId, isTest } = await aShopper(TOKENS.clientTest, 'Тестер');
    expect(isTest).toBe(true);
    // Both bots administer the channel and both see the join; only the twin acts for its client.
    const joins = sys.telegram.setMembership(CHANNEL_ID, user.id, 'member');
    const code = await user.waitForMessage(TOKENS.clientTest, (m) => CODE.test(text(m)), TEST_WAIT_MS, 0);
    expect(await discountsOf(clientId)).toEqual([expect.objectContaining({ is_test: 1 })]);
    expect(text(code)).toContain('Спасибо за подписку');
    // The production bot has handled its copy of the join, and the worker every event.
    await updateHandled(sys.telegram, TOKENS.client, joins);
    await eventsSettled(sys);
    expect(user.messagesFrom(TOKENS.client)).toEqual([]);

    const cashier = sys.telegram.user({ id: nextId++, firstName: 'Тест-кассир' });
    cashier.sendText(TOKENS.staffTest, 'привет');
    await cashier.waitForMessage(
      TOKENS.staffTest,
      (m) => text(m).includes('в каком магазине'),
      TEST_WAIT_MS,
      0,
    );
    const [row] = await sql(sys, 'SELECT is_test, status FROM cashiers WHERE telegram_id = ?', [cashier.id]);
    expect(row).toEqual({ is_test: 1, status: 'pending' });
    const owner = sys.telegram.user({ id: OWNER_TG, firstName: 'Анна' });
    await owner.waitForMessage(TOKENS.staffTest, (m) => text(m).includes('Тест-кассир'), TEST_WAIT_MS, 0);
    await eventsSettled(sys);
    expect(owner.messagesFrom(TOKENS.staff).filter((m) => text(m).includes('Тест-кассир'))).toEqual([]);
  });
});
