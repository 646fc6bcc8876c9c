import type { Browser } from 'playwright-core';
import {
  ensurePanelBuilt,
  launchBrowser,
  loginByLink,
  newPanelPage,
  panelUrl,
  screenshot,
} from './support/browser';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const OWNER_TG = 910_001;

describe('journey: the owner opens the panel by the staff bot’s one-time link', () => {
  let sys: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    await ensurePanelBuilt();
    sys = await startTestSystem({ label: 'panel_login', env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) } });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, 60_000);

  async function loginLinkFromBot(): Promise<string> {
    const owner = sys.telegram.user({ id: OWNER_TG, firstName: 'Анна', username: 'anna_owner' });
    const from = owner.mark(TOKENS.staff);
    owner.sendText(TOKENS.staff, '/login');
    const reply = await owner.waitForMessage(
      TOKENS.staff,
      (m) => (m.text ?? '').includes('Вход в панель'),
      15_000,
      from,
    );
    const link =
      (reply.entities ?? []).find((e) => e.type === 'text_link')?.url ??
      /https?:\/\/\S+/.exec(reply.text ?? '')?.[0];
    expect(link).toMatch(/\/admin\/login\?token=/);
    return link!;
  }

  it('/login → the link → the dashboard with the owner’s whole menu, no form; «Выйти» ends it', async () => {
    const link = await loginLinkFromBot();
    const { context, page } = await newPanelPage(browser);
    await loginByLink(page, sys.apiUrl, link);

    expect(page.url()).toMatch(/\/admin\/?$/);
    await page.getByText('Погашено сегодня').waitFor();
    for (const label of [
      'Клиенты',
      'Рассылки',
      'Кассиры',
      'Сотрудники',
      'Настройки',
      'Журнал действий',
      'Очереди',
    ])
      await page.getByRole('menuitem', { name: label }).waitFor();
    await screenshot(page, 'admin-panel-login-dashboard');

    // A deep link loads the app too (the API's SPA fallback, the panel's router).
    await page.goto(`${sys.apiUrl}/admin/clients`);
    await page.getByRole('menuitem', { name: 'Клиенты' }).waitFor();

    await page
      .getByRole('button', { name: /профиль|Профиль|Анна|Owner/ })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'Выйти' }).click();
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    expect(await page.evaluate('localStorage.getItem("dvorik.token")')).toBeNull();
    await context.close();
  }, 90_000);

  it('the same link again says in Russian that it is used or expired', async () => {
    const link = await loginLinkFromBot();
    const first = await sys.api('/api/v1/auth/login-token', {
      method: 'POST',
      json: { token: new URL(link).searchParams.get('token') },
    });
    expect(first.status).toBe(200);

    const { context, page } = await newPanelPage(browser);
    await page.goto(panelUrl(sys.apiUrl, link));
    await page.getByText('Ссылка для входа недействительна').waitFor();
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    await screenshot(page, 'admin-panel-login-used-link');
    await context.close();
  }, 90_000);
});
