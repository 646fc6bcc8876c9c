import { signTillToken, TILL_TOKEN_TTL_MS } from '@dvorik/domain';
import type { TgMessage, UserHandle } from '@dvorik/testing';
import { eventually, signWebAppInitData, TEST_WAIT_MS } from '@dvorik/testing';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchBrowser, newPanelPage, screenshot } from './support/browser';
import { CHANNEL_ID, setUpShop, sql } from './support/shop-setup';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

jest.setTimeout(120_000);

const OWNER_TG = 940_001;
const text = (m: TgMessage) => m.text ?? m.caption ?? '';
type Button = { text: string; callback_data?: string; web_app?: { url: string } };
const buttons = (m: TgMessage) => (m.reply_markup?.inline_keyboard ?? []).flat() as Button[];

/** The cashier's Mini App `initData`, signed by the test kit as Telegram signs it. */
const initData = (botToken: string, userId: number, authDate = new Date()) =>
  signWebAppInitData(botToken, { id: userId, first_name: 'Кассир' }, authDate);

/** The cashier's Mini App journeys: the client's QR, the scan in Chromium, the till API's doors. */
describe('At the till in one scan: «Показать на кассе» → the Mini App → «Погашено ✅»', () => {
  let sys: TestSystem;
  let owner: UserHandle;
  let browser: Browser;
  let nextId = 940_100;
  const cspViolations = new Map<Page, string[]>();

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'tillscan', env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) } });
    await setUpShop(sys, { admins: [TOKENS.client] });
    owner = sys.telegram.user({ id: OWNER_TG, firstName: 'Анна' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  });

  async function say(user: UserHandle, token: string, message: string) {
    const from = user.mark(token);
    user.sendText(token, message);
    return user.waitForMessage(token, () => true, TEST_WAIT_MS, from);
  }

  /** Someone asks the staff bot, names a store, and the owner approves: «Сканировать» comes with it. */
  async function anApprovedCashier(firstName: string) {
    const user = sys.telegram.user({ id: nextId++, firstName });
    await say(user, TOKENS.staff, '/start');
    await say(user, TOKENS.staff, 'Алеутская, 5');
    const alert = await owner.waitForMessage(
      TOKENS.staff,
      (m) => text(m).includes(firstName) && buttons(m).length === 2,
      TEST_WAIT_MS,
      0,
    );
    const from = user.mark(TOKENS.staff);
    owner.pressButton(TOKENS.staff, alert, buttons(alert)[0].callback_data!);
    const approved = await user.waitForMessage(
      TOKENS.staff,
      (m) => text(m).includes('подтверждены'),
      TEST_WAIT_MS,
      from,
    );
    return { user, approved };
  }

  /** A shopper who joined the channel and got the subscription code unprompted. */
  async function aSubscriber(firstName: string) {
    const shopper = sys.telegram.user({ id: nextId++, firstName, lastName: 'Смирнова' });
    await say(shopper, TOKENS.client, '/start');
    const from = shopper.mark(TOKENS.client);
    sys.telegram.setMembership(CHANNEL_ID, shopper.id, 'member');
    await shopper.waitForMessage(
      TOKENS.client,
      (m) => text(m).includes('Спасибо за подписку'),
      TEST_WAIT_MS,
      from,
    );
    const [discount] = await sql(
      sys,
      "SELECT d.id, d.code FROM discounts d JOIN clients c ON c.id = d.client_id WHERE c.telegram_id = ? AND d.issue_origin = 'subscription'",
      [shopper.id],
    );
    return { shopper, discountId: Number(discount.id), code: String(discount.code) };
  }

  /** «Мои скидки» → «Показать на кассе»: the QR photo, decoded from its PNG as a scanner would. */
  async function showAtTill(shopper: UserHandle) {
    const list = await say(shopper, TOKENS.client, 'Мои скидки');
    const [show] = buttons(list);
    expect(show.text).toBe('Показать на кассе');
    const from = shopper.mark(TOKENS.client);
    shopper.pressButton(TOKENS.client, list, show.callback_data!);
    const photo = await shopper.waitForMessage(TOKENS.client, (m) => !!m.photo, TEST_WAIT_MS, from);
    const fileId = photo.photo!.at(-1)!.file_id;
    const png = PNG.sync.read(
      Buffer.from(await (await fetch(`${sys.telegram.apiRoot}/sandbox/files/${fileId}`)).arrayBuffer()),
    );
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded).not.toBeNull();
    return { caption: photo.caption ?? '', token: decoded!.data };
  }

  /** The page as Telegram opens it: `Telegram.WebApp` with the cashier's initData; the camera returns `scans` in turn. */
  async function openTill(cashierInitData: string, scans: string[]): Promise<Page> {
    const { page } = await newPanelPage(browser);
    await page.setViewportSize({ width: 420, height: 820 });
    await page.addInitScript(
      ({ data, queue }) => {
        const w = globalThis as unknown as Record<string, unknown>;
        const scanned = [...queue];
        w.Telegram = {
          WebApp: {
            initData: data,
            version: '8.0',
            isVersionAtLeast: () => true,
            ready: () => undefined,
            expand: () => undefined,
            HapticFeedback: { notificationOccurred: () => undefined },
            showScanQrPopup: (_params: unknown, callback: (text: string) => boolean) => {
              const next = scanned.shift();
              if (next !== undefined) setTimeout(() => callback(next), 0);
            },
          },
        };
      },
      { data: cashierInitData, queue: scans },
    );
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto(`${sys.apiUrl}/tg/till`);
    // The API's CSP, but framable by Telegram Web (it shows Mini Apps in an iframe).
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(res?.headers()['content-security-policy']).toContain('frame-ancestors https://web.telegram.org');
    cspViolations.set(page, violations);
    return page;
  }

  const tillApi = (path: string, auth: string | null, code: string) =>
    fetch(`${sys.apiUrl}/api/v1/till/${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(auth === null ? {} : { authorization: `tma ${auth}` }),
      },
      body: JSON.stringify({ code }),
    });

  it('scan → client, discount and expiry → «Погасить» → «Погашено ✅»; redeemed in the database and the client told', async () => {
    const { user: cashier, approved } = await anApprovedCashier('Ольга');
    expect(buttons(approved)).toEqual([
      { text: 'Сканировать', web_app: { url: expect.stringMatching(/\/tg\/till$/) } },
    ]);
    // …and in the chat's menu button, the launch Telegram signs initData for.
    const menu = await sys.telegram.waitForCall('setChatMenuButton', (c) => c.params.chat_id === cashier.id);
    expect(menu.params.menu_button).toMatchObject({ type: 'web_app', text: 'Сканировать' });

    const { shopper, discountId, code } = await aSubscriber('Мария');
    const { caption, token } = await showAtTill(shopper);
    expect(caption).toContain(code);
    expect(token).not.toContain(code);
    // The camera returns the same QR twice: the second time is the replay below.
    const page = await openTill(initData(TOKENS.staff, cashier.id), [token, token]);

    await page.getByText('Мария Смирнова').waitFor();
    await page.getByText('Скидка за подписку: 10 %').waitFor();
    const [expiry] = await sql(sys, 'SELECT expires_at FROM discounts WHERE id = ?', [discountId]);
    const shopDay = new Date(new Date(expiry.expires_at).getTime() + 10 * 3600_000)
      .toISOString()
      .slice(0, 10);
    await page.getByText(shopDay.split('-').reverse().join('.')).waitFor();
    const from = shopper.mark(TOKENS.client);
    await page.getByRole('button', { name: 'Погасить' }).click();
    await page.getByText('Погашено ✅').waitFor();
    await screenshot(page, 'till-scan-redeemed', 'till-scan');
    expect(cspViolations.get(page)).toEqual([]);

    const [row] = await sql(sys, 'SELECT status, redeemed_by_cashier_id FROM discounts WHERE id = ?', [
      discountId,
    ]);
    const [cashierRow] = await sql(sys, 'SELECT id FROM cashiers WHERE telegram_id = ?', [cashier.id]);
    expect(row).toEqual({ status: 'redeemed', redeemed_by_cashier_id: cashierRow.id });
    const log = await sql(
      sys,
      'SELECT action, result, cashier_id FROM redemption_log WHERE discount_id = ? ORDER BY id',
      [discountId],
    );
    expect(log).toEqual([
      { action: 'check', result: 'success', cashier_id: cashierRow.id },
      { action: 'redeem', result: 'success', cashier_id: cashierRow.id },
    ]);
    const told = await shopper.waitForMessage(
      TOKENS.client,
      (m) => text(m).includes('применена'),
      TEST_WAIT_MS,
      from,
    );
    expect(text(told)).toContain(code);

    // The same QR again (a screenshot forwarded to a friend): refused as already redeemed, logged.
    await page.getByRole('button', { name: 'Следующий клиент' }).click();
    await page.getByText(/уже погашен/).waitFor();
    expect(
      (
        await sql(
          sys,
          "SELECT COUNT(*) AS n FROM redemption_log WHERE discount_id = ? AND result = 'already_used'",
          [discountId],
        )
      ).map((r) => Number(r.n)),
    ).toEqual([1]);
    await page.context().close();
  });

  it('a typed code works the same; outside Telegram the page refuses without initData, in Russian', async () => {
    const { user: cashier } = await anApprovedCashier('Пётр');
    const { discountId, code } = await aSubscriber('Ирина');

    const { page: outside } = await newPanelPage(browser);
    await outside.goto(`${sys.apiUrl}/tg/till`);
    await outside.getByText('Откройте кассу из бота для персонала').waitFor();
    await expect(outside.getByRole('button', { name: 'Сканировать QR' }).isVisible()).resolves.toBe(false);
    await outside.getByLabel('Код клиента').fill(code);
    await outside.getByRole('button', { name: 'Проверить' }).click();
    await outside.getByText(/Нет доступа/).waitFor();
    await outside.context().close();

    const page = await openTill(initData(TOKENS.staff, cashier.id), []);
    await page.getByLabel('Код клиента').fill(code.toLowerCase().replace(/(\d)/, ' $1'));
    await page.getByRole('button', { name: 'Проверить' }).click();
    await page.getByText('Ирина Смирнова').waitFor();
    await page.getByRole('button', { name: 'Погасить' }).click();
    await page.getByText('Погашено ✅').waitFor();
    const [row] = await sql(sys, 'SELECT status FROM discounts WHERE id = ?', [discountId]);
    expect(row.status).toBe('redeemed');
    await page.context().close();
  });

  it("forged, older than an hour, another bot's, or not a cashier's initData → 401, and nothing is written", async () => {
    const { user: cashier } = await anApprovedCashier('Семён');
    const { code } = await aSubscriber('Алла');
    const logged = async () => Number((await sql(sys, 'SELECT COUNT(*) AS n FROM redemption_log'))[0].n);
    const before = await logged();
    const valid = initData(TOKENS.staff, cashier.id);
    const stranger = sys.telegram.user({ id: nextId++, firstName: 'Чужой' });
    const cases: Array<[string, string | null]> = [
      ['no initData', null],
      ['forged', valid.replace(/hash=([0-9a-f])/, (_, c: string) => `hash=${c === '0' ? '1' : '0'}`)],
      [
        'another user in a signed body',
        valid.replace(encodeURIComponent(`"id":${cashier.id}`), encodeURIComponent(`"id":${stranger.id}`)),
      ],
      ['expired', initData(TOKENS.staff, cashier.id, new Date(Date.now() - 3601_000))],
      ["the client bot's", initData(TOKENS.client, cashier.id)],
      ['not a cashier', initData(TOKENS.staff, stranger.id)],
      ['the owner (staff, not a cashier)', initData(TOKENS.staff, OWNER_TG)],
    ];
    for (const [why, auth] of cases) {
      for (const path of ['check', 'redeem']) {
        const res = await tillApi(path, auth, code);
        expect([why, path, res.status]).toEqual([why, path, 401]);
        expect(await res.json()).toMatchObject({ code: 'UNAUTHORIZED' });
      }
    }
    expect(await logged()).toBe(before);
    expect((await tillApi('check', valid, code)).status).toBe(200);
  });

  it('an expired QR is a clear refusal, logged; a client who left the channel is refused at redemption in the Mini App and the bot', async () => {
    const { user: cashier } = await anApprovedCashier('Лев');
    const auth = initData(TOKENS.staff, cashier.id);
    const { shopper, discountId, code } = await aSubscriber('Ксения');
    const { token: stale } = signTillToken(
      sys.env.TILL_QR_SECRET!,
      discountId,
      new Date(Date.now() - TILL_TOKEN_TTL_MS - 1),
    );
    const expired = await tillApi('check', auth, stale);
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({
      code: 'TILL_QR_EXPIRED',
      text: expect.stringContaining('устарел'),
    });
    const [qrLog] = await sql(sys, 'SELECT result, code_entered FROM redemption_log WHERE discount_id = ?', [
      discountId,
    ]);
    expect(qrLog).toEqual({ result: 'qr_expired', code_entered: `QR ${code}` });

    sys.telegram.setMembership(CHANNEL_ID, shopper.id, 'left');
    await eventually(
      async () =>
        (await sql(sys, 'SELECT subscribed FROM clients WHERE telegram_id = ?', [shopper.id]))[0].subscribed,
      (value) => value === 0,
    );
    const { token } = await showAtTill(shopper);
    const page = await openTill(auth, [token]);
    await page.getByText('Ксения Смирнова').waitFor();
    await page.getByRole('button', { name: 'Погасить' }).click();
    await page.getByText(/клиент отписался от канала/).waitFor();
    await screenshot(page, 'till-scan-not-subscribed');
    await page.context().close();

    const reply = await say(cashier, TOKENS.staff, `/redeem ${code}`);
    expect(text(reply)).toContain('клиент отписался от канала');
    const results = await sql(
      sys,
      "SELECT result FROM redemption_log WHERE discount_id = ? AND action = 'redeem'",
      [discountId],
    );
    expect(results.map((r) => r.result)).toEqual(['not_subscribed', 'not_subscribed']);
    const [row] = await sql(sys, 'SELECT status FROM discounts WHERE id = ?', [discountId]);
    expect(row.status).toBe('active');
  });
  it("the sandbox plays Telegram: «Сканировать» opens the Mini App signed by the emulator, its camera sees the client's QR, «Погашено ✅»", async () => {
    const { user: cashier } = await anApprovedCashier('Вера');
    const { shopper, discountId } = await aSubscriber('Дарья');
    await showAtTill(shopper);
    const world = (await (await fetch(`${sys.telegram.apiRoot}/control/sandbox/world`)).json()) as {
      result: { bots: Array<{ id: number; token: string }> };
    };
    const botId = (token: string) => String(world.result.bots.find((b) => b.token === token)!.id);

    const { page } = await newPanelPage(browser);
    // The staff bot names the Mini App at PUBLIC_ADMIN_URL's host; this test's API listens elsewhere.
    const publicOrigin = new URL(sys.env.PUBLIC_ADMIN_URL ?? 'http://localhost:3000/admin').origin;
    await page.route(`${publicOrigin}/**`, async (route) => {
      const url = route.request().url().replace(publicOrigin, sys.apiUrl);
      await route.fulfill({ response: await route.fetch({ url }) });
    });
    await page.goto(`${sys.telegram.apiRoot}/sandbox`);
    const [clientPhone, cashierPhone] = [0, 1].map((i) => page.locator('section.phone').nth(i));
    await clientPhone.getByRole('combobox', { name: 'Кто' }).selectOption(String(shopper.id));
    await clientPhone.getByRole('combobox', { name: 'Чат' }).selectOption(botId(TOKENS.client));
    await cashierPhone.getByRole('combobox', { name: 'Кто' }).selectOption(String(cashier.id));
    await cashierPhone.getByRole('combobox', { name: 'Чат' }).selectOption(botId(TOKENS.staff));
    await clientPhone.locator('.msg img').last().waitFor();

    await cashierPhone.getByRole('button', { name: 'Сканировать ▣' }).last().click();
    // The page opens the camera by itself; the sandbox's camera sees the QR in the client's chat.
    await cashierPhone.getByRole('button', { name: 'QR-код из чата: Дарья Смирнова' }).click();
    const till = cashierPhone.frameLocator('iframe.web-app-frame');
    await till.getByText('Дарья Смирнова').waitFor();
    await till.getByRole('button', { name: 'Погасить' }).click();
    await till.getByText('Погашено ✅').waitFor();
    await screenshot(page, 'sandbox-till-scan', 'sandbox-till');
    const [row] = await sql(sys, 'SELECT status FROM discounts WHERE id = ?', [discountId]);
    expect(row.status).toBe('redeemed');
  });
});
