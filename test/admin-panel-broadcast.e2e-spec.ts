import type { Browser, Page } from 'playwright-core';
import { ensurePanelBuilt, launchBrowser, loginByLink, newPanelPage, screenshot } from './support/browser';
import { domainOf, setRate } from './support/broadcast-kit';
import { aClient, loginLinkFor } from './support/panel-kit';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

/** A real picture for the photo (Chromium draws a poster), so the preview shows what Telegram would. */
async function aPoster(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 640, height: 320 } });
  await page.setContent(
    `<div style="width:640px;height:320px;display:flex;align-items:center;justify-content:center;
      background:linear-gradient(135deg,#f48fb1,#ce93d8);font:bold 56px sans-serif;color:#fff">Мармелад −15 %</div>`,
  );
  const png = await page.screenshot({ type: 'png' });
  await page.close();
  return png;
}

async function filterByTag(page: Page, tag: string) {
  await page.getByRole('button', { name: 'Добавить фильтр' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Есть любой из тегов' }).click();
  await page.getByLabel('Есть любой из тегов').fill(tag);
}

describe('journey: marketing filters clients, saves a segment, composes a photo broadcast with a button, confirms and watches it finish', () => {
  let sys: TestSystem;
  let browser: Browser;
  let t: RoleTokens;

  beforeAll(async () => {
    await ensurePanelBuilt();
    sys = await startTestSystem({ label: 'panel_bc', apps: ['api', 'worker'] });
    t = await staffTokens(sys.apps.api!);
    await setRate(domainOf(sys.apps.worker!), 100, true);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, 60_000);

  it('from «Клиенты» to a finished broadcast that every VIP received', async () => {
    const names = ['Анна', 'Борис', 'Вера', 'Глеб', 'Дарья', 'Егор'];
    const clients = [];
    for (const [i, name] of names.entries()) clients.push(await aClient(sys, 7_500_001 + i, name));
    const vips = clients.slice(0, 4);
    for (const c of vips) {
      const res = await sys.api(`/api/v1/clients/${c.id}`, {
        method: 'PATCH',
        token: t.owner,
        json: { tags: ['vip'] },
      });
      expect(res.status).toBe(200);
    }

    const { context, page } = await newPanelPage(browser);
    await loginByLink(page, sys.apiUrl, await loginLinkFor(sys, t.owner, t.marketing));
    for (const label of ['Кассиры', 'Сотрудники', 'Настройки', 'Журнал действий', 'Очереди'])
      expect(await page.getByRole('menuitem', { name: label }).count()).toBe(0);

    // «Клиенты»: filter by the tag, «Найдено 4», save it as a segment.
    await page.getByRole('menuitem', { name: 'Клиенты' }).click();
    await page.getByText('Найдено 6').waitFor();
    await filterByTag(page, 'vip');
    await page.getByText('Найдено 4').waitFor();
    await page.getByRole('cell', { name: 'Анна Тестова' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Дарья Тестова' }).count()).toBe(0);
    await screenshot(page, 'admin-panel-clients', 'clients');
    await page.getByRole('button', { name: 'Сохранить как сегмент' }).click();
    await page.getByLabel('Название').fill('VIP-клиенты');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Сегмент «VIP-клиенты» сохранён').waitFor();

    // «Рассылки» → a new draft: text, a URL button, the segment as audience.
    await page.getByRole('menuitem', { name: 'Рассылки' }).click();
    await page.getByRole('link', { name: 'Новая рассылка' }).click();
    await page.getByRole('textbox', { name: 'Название', exact: true }).fill('VIP: мармелад недели');
    await page
      .getByRole('textbox', { name: 'Текст', exact: true })
      .fill('<b>Скидка 15 %</b> на мармелад недели — только для VIP');
    await page.getByText('47 / 4096').waitFor();
    await page.getByRole('button', { name: 'Добавить' }).click();
    await page.getByLabel('Текст кнопки').fill('В каталог');
    await page.getByRole('textbox', { name: 'Ссылка', exact: true }).fill('https://example.com/catalog');
    await page.getByRole('combobox', { name: 'Сегмент' }).click();
    await page.getByRole('option', { name: 'VIP-клиенты' }).click();
    const preview = page.getByRole('region', { name: 'Предпросмотр в Telegram' });
    await preview.locator('strong', { hasText: 'Скидка 15 %' }).waitFor();
    await preview.getByText('В каталог ↗').waitFor();
    await page.getByRole('button', { name: 'Сохранить черновик' }).click();

    // The draft's page: the photo, then the caption limit applies.
    await page.getByRole('button', { name: 'Тестовая отправка' }).waitFor();
    await page.getByLabel('Прикрепить фото, видео или документ').setInputFiles({
      name: 'мармелад.png',
      mimeType: 'image/png',
      buffer: await aPoster(browser),
    });
    await page.getByText('Вложение: мармелад.png').waitFor();
    await page.getByText('47 / 1024').waitFor();
    await preview.getByRole('img', { name: 'мармелад.png' }).waitFor();
    await screenshot(page, 'admin-panel-broadcast-composer', 'broadcast-composer');

    // «Запустить» → «Вы собираетесь отправить 4 пользователям» → «Подтвердить».
    await page.getByRole('button', { name: 'Запустить' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Вы собираетесь отправить 4 пользователям').waitFor();
    expect(sys.telegram.sentMessages({ token: TOKENS.client })).toHaveLength(0);
    await dialog.getByRole('button', { name: 'Подтвердить' }).click();

    // Live progress without a reload, to the end.
    const progress = page.getByRole('region', { name: 'Ход рассылки' });
    await progress.getByText('Отправлено 4 из 4').waitFor({ timeout: 30_000 });
    await progress.getByRole('heading', { name: 'Отправлена' }).waitFor({ timeout: 30_000 });
    await page.getByRole('region', { name: 'Получатели' }).getByText('Доставлено').first().waitFor();
    await screenshot(page, 'admin-panel-broadcast-sent');
    await context.close();

    const sent = sys.telegram.sentMessages({ token: TOKENS.client });
    expect(sent.map((m) => m.chatId).sort()).toEqual(vips.map((c) => c.telegramId).sort());
    for (const { message } of sent) {
      expect(message.photo).toBeDefined();
      expect(message.caption).toBe('Скидка 15 % на мармелад недели — только для VIP');
      expect(message.reply_markup).toEqual({
        inline_keyboard: [[{ text: 'В каталог', url: 'https://example.com/catalog' }]],
      });
    }
  }, 180_000);
});
