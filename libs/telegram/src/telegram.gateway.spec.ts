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
});
