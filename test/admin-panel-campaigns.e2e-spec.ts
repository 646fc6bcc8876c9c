import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { ensurePanelBuilt, launchBrowser, screenshot } from './support/browser';
import { ownerPage } from './support/owner-session';
import { setUpShop, sql } from './support/shop-setup';
import { startTestSystem, type TestSystem } from './support/test-system';

const OWNER_TG = 920_002;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('journey: the owner creates a campaign, copies its link and downloads its QR', () => {
  let sys: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    await ensurePanelBuilt();
    sys = await startTestSystem({
      label: 'panel_campaigns',
      env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) },
    });
    await setUpShop(sys);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, 60_000);

  it('«Создать» → the link with «Копировать» on the clipboard → PNG and SVG downloads → the funnel', async () => {
    const { context, page } = await ownerPage(sys, browser, OWNER_TG);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sys.apiUrl });

    await page.getByRole('menuitem', { name: 'Кампании' }).click();
    await page.getByRole('link', { name: 'Создать' }).click();
    // The panel checks the key as the API does before sending anything.
    await page.getByLabel('Название').fill('Постер на Светланской');
    await page.getByLabel('Ключ источника').fill('постер');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Только латинские буквы, цифры, _ и -, до 64 символов').waitFor();
    await page.getByLabel('Ключ источника').fill('poster_svetlanskaya');
    await page.getByRole('button', { name: 'Сохранить' }).click();

    const link = page.getByTestId('campaign-link');
    await link.waitFor();
    const shown = await link.innerText();
    expect(shown).toMatch(/^https:\/\/t\.me\/\w+\?start=ref_poster_svetlanskaya$/);
    const [row] = await sql(sys, 'SELECT source_key FROM campaigns WHERE name = ?', [
      'Постер на Светланской',
    ]);
    expect(row.source_key).toBe('poster_svetlanskaya');

    await page.getByRole('button', { name: 'Копировать' }).click();
    await page.getByText('Скопировано').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(shown);

    await page.getByRole('img', { name: /QR-код кампании/ }).waitFor();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(
      readFileSync(await png.path())
        .subarray(0, 8)
        .equals(PNG_MAGIC),
    ).toBe(true);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    expect(readFileSync(await svg.path(), 'utf8')).toMatch(/<svg[\s>]/);

    await page.getByText('Переходы (/start)').waitFor();
    await page.getByRole('button', { name: 'Печать' }).waitFor();
    await screenshot(page, 'admin-panel-campaign');
    await context.close();
  }, 120_000);
});
