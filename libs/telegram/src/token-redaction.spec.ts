import { Logger } from '@nestjs/common';
import { AppConfig, loadEnv } from '@dvorik/config';
import { baseTestEnv, TelegramEmulator } from '@dvorik/testing';
import pino from 'pino';
import { Writable } from 'node:stream';
import { classifyTelegramError } from './classify-telegram-error';
import { pinoBotTokenRedaction } from './redact-bot-tokens';
import { TelegramGateway } from './telegram.gateway';

const SECRET = 'html-answer-secret-part';
const TOKEN = `7200009:${SECRET}`;

/** Issue 11 item 12: a non-JSON answer must not carry the bot token into logs or stored errors. */
describe('Bot tokens never reach an error description or a log line', () => {
  const telegram = new TelegramEmulator();
  let gateway: TelegramGateway;

  beforeAll(async () => {
    await telegram.start();
    telegram.createBot({ token: TOKEN, username: 'redaction_bot' });
    const env = baseTestEnv({ TELEGRAM_API_ROOT: telegram.apiRoot, CLIENT_BOT_TOKEN: TOKEN });
    gateway = new TelegramGateway(new AppConfig(loadEnv(env)));
  });
  afterAll(() => telegram.stop());
  afterEach(() => {
    telegram.reset();
    jest.restoreAllMocks();
  });

  it('answers an HTML page (a proxy in front of Telegram): the outcome and the log keep no token', async () => {
    const warnings: string[] = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
    telegram.answerHtml('sendMessage');
    const outcome = await gateway.call('client', 'sendMessage', 42, 'Привет');
    expect(outcome).toMatchObject({ ok: false, kind: 'network' });
    const description = (outcome as { description: string }).description;
    // The raw error does carry the URL: what the redaction is for.
    expect(description).toMatch(/7200009:\[redacted\]/);
    expect(description).not.toContain(SECRET);
    expect(warnings.join('\n')).toContain('7200009:[redacted]');
    expect(warnings.join('\n')).not.toContain(SECRET);
    // The next call is answered normally.
    expect(await gateway.call('client', 'sendMessage', 42, 'Привет')).toMatchObject({ ok: true });
  });

  it('redacts TelegramError descriptions and thrown messages alike', () => {
    const thrown = new Error(`request to http://x/bot${TOKEN}/getMe failed`);
    expect(classifyTelegramError(thrown).description).not.toContain(SECRET);
  });

  it('redacts any log line written through the apps’ pino options', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ ...pinoBotTokenRedaction }, sink);
    logger.error(
      { err: new Error(`invalid json response body at http://x/bot${TOKEN}/sendMessage`) },
      'send failed',
    );
    expect(lines.join('')).toContain('7200009:[redacted]');
    expect(lines.join('')).not.toContain(SECRET);
    expect(() => JSON.parse(lines[0])).not.toThrow();
  });
});
