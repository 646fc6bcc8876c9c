import { chromium, type Browser, type Page } from 'playwright-core';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem } from './support/test-system';

// The project's testTimeout does not reach jest-circus (only the global one does): set it here.
jest.setTimeout(120_000);

/** Issue 11 item 13: Swagger UI and Bull Board still work under the API's Content-Security-Policy. */
describe('Security headers: the pages served by the API work under the CSP (Chromium)', () => {
  let sys: TestSystem;
  let browser: Browser;
  let tokens: RoleTokens;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'sec_csp', apps: ['api'] });
    tokens = await staffTokens(sys.apps.api!);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  });

  /** CSP violations the page reported (Chromium logs each as a console error). */
  function watchViolations(page: Page): string[] {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    return violations;
  }

  it('renders Swagger UI at /api/docs with no CSP violation', async () => {
    const page = await browser.newPage();
    const violations = watchViolations(page);
    const res = await page.goto(`${sys.apiUrl}/api/docs`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page
      .locator('.swagger-ui .info .title')
      .filter({ hasText: 'Dvorik API' })
      .waitFor({ timeout: 20_000 });
    await page.locator('.opblock').first().waitFor({ timeout: 20_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('renders Bull Board by its queues cookie with no CSP violation (fonts from elsewhere aside)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = watchViolations(page);
    await page.goto(`${sys.apiUrl}/api/docs-json`);
    // What the panel does: a same-origin POST with the Bearer token sets the cookie.
    const status = await page.evaluate(async (token) => {
      const res = await fetch('/api/v1/auth/queues-session', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      return res.status;
    }, tokens.owner);
    expect(status).toBe(204);
    await page.goto(`${sys.apiUrl}/admin/queues`);
    await page.getByText('domain-events').first().waitFor({ timeout: 20_000 });
    // Bull Board links Google Fonts; blocking them changes the font, nothing else.
    expect(violations.filter((v) => !v.includes('fonts.googleapis.com'))).toEqual([]);
    await context.close();
  });
});
