import type { TgMessage } from '@dvorik/testing';
import { aCampaign, eventually, TEST_WAIT_MS } from '@dvorik/testing';
import { CHANNEL_ID, setUpShop, sql, sqlFor } from './support/shop-setup';
import { eventsSettled } from './support/settle';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const OWNER_TG = 910_001;
const text = (m: TgMessage) => m.text ?? '';
const buttons = (m: TgMessage) => (m.reply_markup?.inline_keyboard ?? []).flat();

/** What a cashier types when their keyboard is on the Latin layout: look-alikes in Latin, all lowercase, spaced. */
function typedOnLatinLayout(code: string): string {
  const latin: Record<string, string> = {
    А: 'a',
    В: 'b',
    С: 'c',
    Е: 'e',
    Н: 'h',
    К: 'k',
    М: 'm',
    О: 'o',
    Р: 'p',
    Т: 't',
    Х: 'x',
  };
  const chars = [...code].map((c) => latin[c] ?? c.toLowerCase());
  return `${chars.slice(0, 3).join('')} ${chars.slice(3, 5).join('')} ${chars.slice(5).join('')}`;
}

describe('journey: the loyalty loop — /start → subscribe → code → a cashier checks and redeems it', () => {
  let sys: TestSystem;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'loop', env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) } });
    await setUpShop(sys, { codePrefix: 'МД-' });
  });
  afterAll(() => sys?.close());

  it('walks the whole loop', async () => {
    const campaignId = await aCampaign(sqlFor(sys), { source_key: 'x' });
    const shopper = sys.telegram.user({ id: 910_101, firstName: 'Маша', lastName: 'Ким', username: 'masha' });

    // /start ref_x → welcome with the menu; the client is linked to the campaign.
    let from = shopper.mark(TOKENS.client);
    shopper.sendText(TOKENS.client, '/start ref_x');
    const welcome = await shopper.waitForMessage(
      TOKENS.client,
      (m) => text(m).includes('Маша'),
      TEST_WAIT_MS,
      from,
    );
    expect(text(welcome)).toContain('Мармеладный дворик');
    const menu = (welcome.reply_markup?.keyboard ?? [])
      .flat()
      .map((b) => (typeof b === 'string' ? b : (b as { text: string }).text));
    expect(menu).toEqual([
      'Мои скидки',
      'Проверить подписку',
      'Указать дату рождения',
      'Перейти в канал',
      'Мой профиль',
      'Помощь',
    ]);
    const [client] = await sql(
      sys,
      'SELECT id, source, source_normalized, campaign_id, is_test FROM clients WHERE telegram_id = ?',
      [shopper.id],
    );
    expect(client).toMatchObject({
      source: 'ref_x',
      source_normalized: 'x',
      campaign_id: campaignId,
      is_test: 0,
    });

    // Subscribed to the channel the client bot administers (joined before the bot became admin,
    // so no chat_member update: the button is what finds out).
    sys.telegram.setMembership(CHANNEL_ID, shopper.id, 'member');
    sys.telegram.addAdmin(CHANNEL_ID, TOKENS.client);
    from = shopper.mark(TOKENS.client);
    shopper.sendText(TOKENS.client, 'Проверить подписку');
    const codeMessage = await shopper.waitForMessage(
      TOKENS.client,
      (m) => /МД-[А-Я]{3}\d{4}/.test(text(m)),
      TEST_WAIT_MS,
      from,
    );
    const displayCode = /МД-[А-Я]{3}\d{4}/.exec(text(codeMessage))![0];
    const code = displayCode.slice(3);
    expect(text(codeMessage)).toContain('10\u00A0%');
    const issued = await sql(sys, 'SELECT code, issue_origin, status FROM discounts WHERE client_id = ?', [
      client.id,
    ]);
    expect(issued).toEqual([{ code, issue_origin: 'subscription', status: 'active' }]);

    // A cashier writes to the staff bot for the first time → pending, asked for the store.
    const cashier = sys.telegram.user({ id: 910_201, firstName: 'Ольга', lastName: 'П.' });
    let cFrom = cashier.mark(TOKENS.staff);
    cashier.sendText(TOKENS.staff, 'Здравствуйте!');
    const pending = await cashier.waitForMessage(TOKENS.staff, () => true, TEST_WAIT_MS, cFrom);
    expect(text(pending)).toContain('в каком магазине');
    cFrom = cashier.mark(TOKENS.staff);
    cashier.sendText(TOKENS.staff, 'Светланская, 1');
    const storeSaved = await cashier.waitForMessage(TOKENS.staff, () => true, TEST_WAIT_MS, cFrom);
    expect(text(storeSaved)).toContain('Светланская, 1');

    // A pending cashier cannot check codes (and the attempt is logged).
    cFrom = cashier.mark(TOKENS.staff);
    cashier.sendText(TOKENS.staff, code);
    expect(text(await cashier.waitForMessage(TOKENS.staff, () => true, TEST_WAIT_MS, cFrom))).toContain(
      'не подтверждены',
    );

    // The owner gets the alert with buttons (from the worker) and approves.
    const owner = sys.telegram.user({ id: OWNER_TG, firstName: 'Анна' });
    const alert = await owner.waitForMessage(
      TOKENS.staff,
      (m) => text(m).includes('Ольга П.') && buttons(m).length === 2,
      TEST_WAIT_MS,
      0,
    );
    cFrom = cashier.mark(TOKENS.staff);
    const approve = buttons(alert).find((b) => b.text.includes('Одобрить'))!;
    const oFrom = owner.mark(TOKENS.staff);
    owner.pressButton(TOKENS.staff, alert, (approve as { callback_data: string }).callback_data);
    await owner.waitForEdit(TOKENS.staff, alert.message_id, (m) => text(m).includes('одобрен'));
    // Edited in place: no new message says so.
    expect(
      owner
        .messagesFrom(TOKENS.staff)
        .slice(oFrom)
        .filter((m) => text(m).includes('одобрен')),
    ).toEqual([]);
    expect(text(await cashier.waitForMessage(TOKENS.staff, () => true, TEST_WAIT_MS, cFrom))).toContain(
      'вы подтверждены',
    );

    // The cashier types the code on the wrong layout, lowercase, with spaces → the client and «Погасить».
    cFrom = cashier.mark(TOKENS.staff);
    cashier.sendText(TOKENS.staff, typedOnLatinLayout(code));
    const check = await cashier.waitForMessage(TOKENS.staff, () => true, TEST_WAIT_MS, cFrom);
    expect(text(check)).toContain('Маша Ким');
    expect(text(check)).toContain('Скидка за подписку');
    expect(text(check)).toContain('10\u00A0%');
    expect(text(check)).toMatch(/Действует до \d{2}\.\d{2}\.\d{4}/);
    const redeemButton = buttons(check).find((b) => b.text === 'Погасить') as { callback_data: string };
    expect(Buffer.byteLength(redeemButton.callback_data)).toBeLessThanOrEqual(64);

    // «Погасить» → «Погашено ✅» in place; the client is told by the client bot.
    const sFrom = shopper.mark(TOKENS.client);
    const callbackId = cashier.pressButton(TOKENS.staff, check, redeemButton.callback_data);
    // The bot answers the callback first and edits the message after: wait for the edit itself.
    const edited = await cashier.waitForEdit(TOKENS.staff, check.message_id, (m) =>
      text(m).includes('Погашено ✅'),
    );
    const answer = await eventually(
      async () => sys.telegram.callbackAnswer(callbackId),
      (a) => a !== undefined,
    );
    expect(answer).toMatchObject({ text: 'Погашено ✅' });
    expect(buttons(edited)).toEqual([]);
    const notice = await shopper.waitForMessage(TOKENS.client, () => true, TEST_WAIT_MS, sFrom);
    expect(text(notice)).toContain(displayCode);
    expect(text(notice)).toContain('применена');

    // The same code again: already redeemed, when and by whom.
    cFrom = cashier.mark(TOKENS.staff);
    cashier.sendText(TOKENS.staff, displayCode);
    const again = await cashier.waitForMessage(TOKENS.staff, () => true, TEST_WAIT_MS, cFrom);
    expect(text(again)).toMatch(/уже погашен \d{2}\.\d{2}\.\d{4} в \d{2}:\d{2}, кассир: Ольга П\./);

    const log = await sql(
      sys,
      'SELECT action, result, store FROM redemption_log WHERE discount_id IS NOT NULL OR result = ? ORDER BY id',
      ['cashier_not_active'],
    );
    expect(log).toEqual([
      { action: 'check', result: 'cashier_not_active', store: 'Светланская, 1' },
      { action: 'check', result: 'success', store: 'Светланская, 1' },
      { action: 'redeem', result: 'success', store: 'Светланская, 1' },
      { action: 'check', result: 'already_used', store: 'Светланская, 1' },
    ]);
    // The inline answer was the only subscription message: the worker sent no second copy
    // (asserted once every event so far has reached its consumers).
    await eventsSettled(sys);
    const codeMessages = shopper.messagesFrom(TOKENS.client).filter((m) => text(m).includes(displayCode));
    expect(codeMessages).toHaveLength(2); // the code, then «применена»
  });
});
