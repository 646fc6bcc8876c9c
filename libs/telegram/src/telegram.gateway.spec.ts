import { AppConfig, loadEnv } from '@dvorik/config';
import { baseTestEnv, TelegramEmulator } from '@dvorik/testing';
import { TelegramGateway } from './telegram.gateway';

const TOKEN = '7200001:gateway-spec-token';

describe('TelegramGateway against the emulator', () => {
  const telegram = new TelegramEmulator();
  let gateway: TelegramGateway;

  beforeAll(async () => {
    await telegram.start();
    telegram.createBot({ token: TOKEN, username: 'gw_bot' });
    const env = baseTestEnv({
      TELEGRAM_API_ROOT: telegram.apiRoot,
      CLIENT_BOT_TOKEN: TOKEN,
      TELEGRAM_TIMEOUT_MS: '300',
    });
    gateway = new TelegramGateway(new AppConfig(loadEnv(env)));
  });
  afterAll(() => telegram.stop());
  afterEach(() => telegram.reset());

  it('returns the result of a call that worked', async () => {
    const outcome = await gateway.call('client', 'sendMessage', 42, 'Привет');
    expect(outcome).toMatchObject({ ok: true, result: { chat: { id: 42 }, text: 'Привет' } });
  });

  it('turns 429, 403 and 400 into typed outcomes', async () => {
    telegram.failNext('sendMessage', {
      code: 429,
      description: 'Too Many Requests: retry after 3',
      retryAfter: 3,
    });
    expect(await gateway.call('client', 'sendMessage', 42, 'x')).toMatchObject({
      ok: false,
      kind: 'rate_limited',
      retryAfter: 3,
    });
    telegram.failChat(43, { code: 403, description: 'Forbidden: bot was blocked by the user' });
    expect(await gateway.call('client', 'sendMessage', 43, 'x')).toMatchObject({
      ok: false,
      kind: 'blocked',
      description: 'Forbidden: bot was blocked by the user',
    });
    telegram.failChat(44, { code: 400, description: 'Bad Request: chat not found' });
    expect(await gateway.call('client', 'sendMessage', 44, 'x')).toMatchObject({
      ok: false,
      kind: 'bad_request',
      errorCode: 400,
      description: 'Bad Request: chat not found',
    });
  });

  it('gives up on a call that hangs past TELEGRAM_TIMEOUT_MS, as a retryable network outcome', async () => {
    telegram.setLatency(5000);
    const started = Date.now();
    const outcome = await gateway.call('client', 'sendMessage', 42, 'x');
    expect(outcome).toMatchObject({ ok: false, kind: 'network' });
    expect(Date.now() - started).toBeLessThan(4000); // given up at 300 ms, not answered at 5 s
  });

  it('reports a dropped connection as a network outcome', async () => {
    telegram.dropConnections('sendMessage', 1);
    expect(await gateway.call('client', 'sendMessage', 42, 'x')).toMatchObject({
      ok: false,
      kind: 'network',
    });
  });

  describe("callJson, the broadcast sender's lean path", () => {
    it('returns the result and sends the payload as telegraf would (nulls left out)', async () => {
      const outcome = await gateway.callJson('client', 'sendMessage', {
        chat_id: 42,
        text: '<b>Скидка</b>',
        parse_mode: 'HTML',
        reply_markup: undefined,
        allow_paid_broadcast: true,
      });
      expect(outcome).toMatchObject({ ok: true, result: { chat: { id: 42 }, text: 'Скидка' } });
      const [call] = telegram.callsTo('sendMessage');
      expect(call.params).toEqual({
        chat_id: 42,
        text: '<b>Скидка</b>',
        parse_mode: 'HTML',
        allow_paid_broadcast: true,
      });
    });

    it('turns 429, 403, 400 and 5xx into the same typed outcomes as call', async () => {
      telegram.failNext('sendMessage', {
        code: 429,
        description: 'Too Many Requests: retry after 2',
        retryAfter: 2,
      });
      expect(await gateway.callJson('client', 'sendMessage', { chat_id: 42, text: 'x' })).toEqual({
        ok: false,
        kind: 'rate_limited',
        retryAfter: 2,
        description: 'Too Many Requests: retry after 2',
      });
      telegram.failChat(43, { code: 403, description: 'Forbidden: bot was blocked by the user' });
      expect(await gateway.callJson('client', 'sendMessage', { chat_id: 43, text: 'x' })).toEqual({
        ok: false,
        kind: 'blocked',
        description: 'Forbidden: bot was blocked by the user',
      });
      telegram.failChat(44, { code: 400, description: 'Bad Request: chat not found' });
      expect(await gateway.callJson('client', 'sendMessage', { chat_id: 44, text: 'x' })).toEqual({
        ok: false,
        kind: 'bad_request',
        errorCode: 400,
        description: 'Bad Request: chat not found',
      });
      telegram.failNext('sendMessage', { code: 502, description: 'Bad Gateway' });
      expect(await gateway.callJson('client', 'sendMessage', { chat_id: 42, text: 'x' })).toMatchObject({
        ok: false,
        kind: 'network',
      });
    });

    it('a hang past the deadline, a dropped connection and an HTML page are network outcomes', async () => {
      telegram.setLatency(5000);
      const started = Date.now();
      expect(await gateway.callJson('client', 'sendMessage', { chat_id: 42, text: 'x' })).toMatchObject({
        ok: false,
        kind: 'network',
      });
      expect(Date.now() - started).toBeLessThan(4000);
      telegram.setLatency(0);
      telegram.dropConnections('sendMessage', 1);
      expect(await gateway.callJson('client', 'sendMessage', { chat_id: 42, text: 'x' })).toMatchObject({
        ok: false,
        kind: 'network',
      });
      telegram.answerHtml('sendMessage', 1);
      const html = await gateway.callJson('client', 'sendMessage', { chat_id: 42, text: 'x' });
      expect(html).toMatchObject({ ok: false, kind: 'network' });
      // Never the token, whatever the failure says.
      expect(JSON.stringify(html)).not.toContain(TOKEN);
    });
  });
});
