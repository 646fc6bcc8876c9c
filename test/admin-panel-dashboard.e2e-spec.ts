import type { Browser } from 'playwright-core';
import { ensurePanelBuilt, launchBrowser, loginByLink, newPanelPage, screenshot } from './support/browser';
import { aClient, aTemplate, issueCode, loginLinkFor, redeemAtTill } from './support/panel-kit';
import { withinOneShopDay } from './support/shop-day';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('journey: «Погашено сегодня» on the dashboard goes up when a till redeems a code', () => {
  let sys: TestSystem;
  let browser: Browser;
  let t: RoleTokens;

  beforeAll(async () => {
    await ensurePanelBuilt();
    sys = await startTestSystem({ label: 'panel_dash', apps: ['api'] });
    t = await staffTokens(sys.apps.api!);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, 60_000);

  it('shows today’s count, then the new one without a reload, with the redemption listed', async () => {
    await withinOneShopDay(90_000);
    const template = await aTemplate(sys, 'Скидка 10 %');
    const anna = await aClient(sys, 7_300_001, 'Анна');
    const boris = await aClient(sys, 7_300_002, 'Борис');
    await redeemAtTill(sys, await issueCode(sys, t.marketing, anna.id, template));
    const code = await issueCode(sys, t.marketing, boris.id, template);

    const { context, page } = await newPanelPage(browser);
    await loginByLink(page, sys.apiUrl, await loginLinkFor(sys, t.owner, t.owner));
    const headline = page.getByRole('region', { name: 'Погашено сегодня' });
    await headline.getByText('1', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Погашаемость по шаблонам' }).getByText('50 %').waitFor();

    await redeemAtTill(sys, code);
    // The dashboard refreshes itself (every 15 s): no reload.
    await headline.getByText('2', { exact: true }).waitFor({ timeout: 40_000 });
    const last = page.getByRole('region', { name: 'Последние погашения' });
    await last.getByText(code).waitFor();
    await last.getByRole('link', { name: 'Борис Тестова' }).waitFor();
    await page.getByRole('region', { name: 'Погашаемость по шаблонам' }).getByText('100 %').waitFor();
    await screenshot(page, 'admin-panel-dashboard', 'dashboard');
    await context.close();
  }, 240_000); // with up to 90 s waiting for a new shop day
});
