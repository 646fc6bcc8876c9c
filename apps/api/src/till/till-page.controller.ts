import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { TILL_PAGE_CSS } from './page/till-page.css';
import { TILL_PAGE_HTML } from './page/till-page.html';
import { TILL_PAGE_JS } from './page/till-page.js';

/** Telegram's Mini App script as @twa-dev/sdk pins it (package-lock), read once. */
function telegramWebAppScript(): string {
  return readFileSync(
    join(dirname(require.resolve('@twa-dev/sdk')), '..', 'src', 'telegram-web-apps.js'),
    'utf8',
  );
}

/**
 * The API's CSP for these four files, with one change: Telegram Web (web.telegram.org and its
 * A/K variants) shows Mini Apps in an iframe, which `frame-ancestors 'none'` would forbid.
 */
const TILL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'frame-ancestors https://web.telegram.org https://webk.telegram.org https://webz.telegram.org',
].join('; ');

/**
 * The cashier's Mini App at `/tg/till` (outside /api/v1): the page, its script and style, and
 * Telegram's SDK, served by plain Nest handlers (no adapter-specific response), with the data
 * behind it at /api/v1/till (till.controller.ts). Authentication is on the API, not the page.
 */
@ApiExcludeController()
@Public()
@Controller('tg/till')
export class TillPageController {
  private readonly sdk = telegramWebAppScript();

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  @Header('Content-Security-Policy', TILL_CSP)
  page(): string {
    return TILL_PAGE_HTML;
  }

  @Get('till.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  script(): string {
    return TILL_PAGE_JS;
  }

  @Get('till.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  style(): string {
    return TILL_PAGE_CSS;
  }

  @Get('telegram-web-app.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  telegramSdk(): string {
    return this.sdk;
  }
}
