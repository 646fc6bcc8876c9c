import { eventually, flushRedisPrefix } from '@dvorik/testing';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPanelPage, screenshot } from './support/browser';
import {
  dropUserAndDatabase,
  freshClone,
  rootConnection,
  runStart,
  shellEnv,
  type StartRun,
  uniqueDatabase,
} from './support/first-run-kit';
import { freePort } from './support/test-system';
import { withinOneShopDay } from './support/shop-day';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const CODE = /[А-Я]{3}\d{4}/;

/**
 * The first five minutes (DESIGN §4): `npm start` in a fresh clone, with no .env, on a MariaDB
 * where the app's user does not exist yet, ends in a demo shop whose login link opens the panel,
 * and the whole loyalty loop can be played in the sandbox page.
 */
describe('journey: npm start on a fresh clone — a demo shop, the panel and the sandbox', () => {
  const db = uniqueDatabase();
  const redisPrefix = `dvfr_${db.user.slice(-8)}`;
  let clone: ReturnType<typeof freshClone>;
  let start: StartRun;
  let browser: Browser;
  let apiUrl: string;

  beforeAll(async () => {
    clone = freshClone();
    const [api, bots, emulator] = [await freePort(), await freePort(), await freePort()];
    apiUrl = `http://localhost:${api}`;
    start = runStart(
      clone.dir,
      shellEnv({
        DATABASE_URL: `mysql://${db.user}:${db.password}@127.0.0.1:3306/${db.database}`,
        REDIS_URL,
        REDIS_PREFIX: redisPrefix,
        API_PORT: String(api),
        BOTS_PORT: String(bots),
        EMULATOR_PORT: String(emulator),
        PUBLIC_ADMIN_URL: `${apiUrl}/admin`,
      }),
    );
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await start?.stop();
    await dropUserAndDatabase(db.user);
    await flushRedisPrefix(REDIS_URL, redisPrefix);
    clone?.remove();
  }, 60_000);

  let loginLink: string;
  let sandboxUrl: string;

  it('creates the user and database, seeds a demo shop and prints the login link and the sandbox', async () => {
    const [, link] = await start.waitFor(/^Панель: (http\S+)$/m, 420_000);
    loginLink = link;
    sandboxUrl = (await start.waitFor(/Песочница:\s+(http\S+)/, 1000))[1];
    const out = start.output();
    expect(out).toContain(`Created MySQL user '${db.user}' and database '${db.database}'`);
    expect(out).toContain('running the bundled Telegram emulator with demo bots');
    expect(out).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace anywhere
    expect(loginLink).toMatch(new RegExp(`^${apiUrl}/admin/login\\?token=[\\w-]+$`));

    const root = await rootConnection();
    try {
      const q = async (sql: string) => Number(((await root.query(sql)) as any)[0][0].n);
      await root.query(`USE \`${db.database}\``);
      expect(await q('SELECT COUNT(*) AS n FROM clients')).toBeGreaterThanOrEqual(300);
      expect(await q("SELECT COUNT(*) AS n FROM cashiers WHERE status = 'active'")).toBe(1);
      expect(await q("SELECT COUNT(*) AS n FROM staff WHERE role = 'owner'")).toBe(1);
      expect(await q('SELECT COUNT(*) AS n FROM campaigns')).toBe(2);
      expect(await q("SELECT COUNT(*) AS n FROM broadcasts WHERE status = 'sent'")).toBeGreaterThanOrEqual(1);
      expect(await q("SELECT COUNT(*) AS n FROM settings WHERE `key` = 'telegram_channel_id'")).toBe(1);
      // Redemptions spread over the month: the dashboard's chart has a shape.
      expect(
        await q(
          "SELECT COUNT(DISTINCT DATE(created_at)) AS n FROM redemption_log WHERE action = 'redeem' AND result = 'success'",
        ),
      ).toBeGreaterThanOrEqual(20);
    } finally {
      await root.end();
    }
  }, 450_000);

  let panel: Page;
  let token: string;
  const redeemedToday = async (): Promise<number> => {
    const res = await fetch(`${apiUrl}/api/v1/dashboard`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return ((await res.json()) as { redemptions: { today: number } }).redemptions.today;
  };

  it('opens the dashboard through the printed link', async () => {
    ({ page: panel } = await newPanelPage(browser));
    await panel.goto(loginLink);
    await panel.getByRole('menuitem', { name: 'Дашборд' }).waitFor();
    await panel.getByText('Погашено сегодня').first().waitFor();
    token = (await panel.evaluate<string | null>("localStorage.getItem('dvorik.token')"))!;
    expect(token).toBeTruthy();
    await screenshot(panel, 'first-run-dashboard');
  }, 60_000);

  it('plays the loop in the sandbox: /start → subscribe → code → the cashier redeems → the dashboard counts it', async () => {
    await withinOneShopDay(150_000); // «today» is counted before and after
    const before = await redeemedToday();
    const page = await browser.newPage({ viewport: { width: 1000, height: 950 }, locale: 'ru-RU' });
    await page.goto(sandboxUrl);
    const shopper = page.getByRole('region', { name: 'Телефон: Маша Покупатель' });
    const cashier = page.getByRole('region', { name: 'Телефон: Ольга Кассир' });
    const chat = (phone: typeof shopper) => phone.getByRole('log', { name: 'Сообщения' });
    const type = async (phone: typeof shopper, text: string) => {
      await phone.getByLabel('Сообщение').fill(text);
      await phone.getByRole('button', { name: 'Отправить' }).click();
    };

    await type(shopper, '/start');
    await chat(shopper).getByText('Маша', { exact: false }).first().waitFor({ timeout: 20_000 });
    await shopper.getByRole('button', { name: 'Проверить подписку' }).waitFor(); // the reply keyboard
    await shopper.getByRole('button', { name: 'Вступить в канал' }).click();
    await shopper.getByText('вы подписаны').waitFor();
    const codeMessage = chat(shopper).locator('.msg.bot').filter({ hasText: CODE }).first();
    await codeMessage.waitFor({ timeout: 30_000 });
    const code = CODE.exec((await codeMessage.textContent()) ?? '')![0];
    // The bots' HTML is rendered as Telegram shows it, not as tags.
    expect(await chat(shopper).locator('.msg.bot .text :is(b, i, u, code)').count()).toBeGreaterThan(0);
    expect(await chat(shopper).textContent()).not.toContain('<b>');

    await type(cashier, code);
    const redeem = chat(cashier).getByRole('button', { name: 'Погасить' });
    await redeem.waitFor({ timeout: 20_000 });
    await redeem.click();
    await chat(cashier).getByText('Погашено ✅').first().waitFor({ timeout: 20_000 });
    await chat(shopper)
      .locator('.msg.bot')
      .filter({ hasText: 'применена' })
      .first()
      .waitFor({ timeout: 30_000 });
    await screenshot(page, 'first-run-sandbox', 'sandbox');

    await eventually(redeemedToday, (n) => n === before + 1, { timeoutMs: 15_000 });
    await panel.reload();
    await panel.getByText('Погашено сегодня').first().waitFor();
    await screenshot(panel, 'first-run-dashboard-after');
  }, 330_000); // with up to 150 s waiting for a new shop day
});
