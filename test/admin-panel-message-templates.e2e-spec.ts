import type { Browser } from 'playwright-core';
import { ensurePanelBuilt, launchBrowser, screenshot } from './support/browser';
import { ownerPage } from './support/owner-session';
import { setUpShop, sql } from './support/shop-setup';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const OWNER_TG = 920_003;
const CLIENT_TG = 920_301;

describe('journey: the owner edits a bot text in «Тексты бота» and the bot uses it', () => {
  let sys: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    await ensurePanelBuilt();
    sys = await startTestSystem({
      label: 'panel_texts',
      env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) },
    });
    await setUpShop(sys);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, 60_000);

  it('an unknown placeholder is refused in Russian at the field; the fixed text reaches the client bot', async () => {
    const { context, page } = await ownerPage(sys, browser, OWNER_TG);
    await page.getByRole('menuitem', { name: 'Тексты бота' }).click();
    await page.getByRole('row').filter({ hasText: 'Приветствие после /start' }).click();

    const body = page.getByLabel('Текст', { exact: true });
    await body.fill('Привет, {{name}}! Загляните в «Мармеладный дворик» 🍬');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Неизвестная подстановка {{name}}').waitFor();
    const [unchanged] = await sql(
      sys,
      "SELECT COUNT(*) AS n FROM message_templates WHERE body LIKE '%{{name}}%'",
    );
    expect(Number(unchanged.n)).toBe(0);

    await body.fill('Здравствуйте, {{first_name}}! Новые скидки в «Мармеладном дворике» 🍬');
    // The live preview fills the placeholder with a sample name.
    await page.getByTestId('telegram-preview').filter({ hasText: 'Новые скидки' }).waitFor();
    await page.getByText('Неизвестная подстановка').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('button', { name: 'Вернуть по умолчанию' }).waitFor();
    await screenshot(page, 'admin-panel-message-template');

    const client = sys.telegram.user({ id: CLIENT_TG, firstName: 'Вера' });
    const from = client.mark(TOKENS.client);
    client.sendText(TOKENS.client, '/start');
    const welcome = await client.waitForMessage(
      TOKENS.client,
      (m) => (m.text ?? '').includes('Новые скидки'),
      15_000,
      from,
    );
    expect(welcome.text).toContain('Здравствуйте, Вера! Новые скидки в «Мармеладном дворике» 🍬');
    await context.close();
  }, 120_000);
});
