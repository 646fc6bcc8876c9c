import { Agent, request } from 'node:http';
import { callBotApi } from './bot-api-client';
import { TelegramEmulator } from './telegram-emulator';

const TOKEN = '4004:faults';
const OTHER = '4005:faults';

describe('TelegramEmulator faults', () => {
  // Rate limits and sliding seconds count time by this clock: the specs move it, never sleep.
  let clock = 1_000_000;
  const emulator = new TelegramEmulator({ clock: () => clock });
  const send = (chatId: number, token = TOKEN) =>
    callBotApi(emulator.apiRoot, token, 'sendMessage', { chat_id: chatId, text: 'x' });

  beforeAll(() => emulator.start());
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it('answers 429 with retry_after beyond the per-bot rate and frees the slot a second later', async () => {
    emulator.setRateLimit({ perSecond: 5 });
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await send(700 + i));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(answers[5].body).toEqual({
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    expect((await send(800, OTHER)).status).toBe(200); // the limit is per bot
    expect(emulator.stats()).toEqual({ sendCalls: 9, sendOk: 6, send429: 3, maxInAnySlidingSecond: 5 });
    expect(emulator.callsTo('sendMessage', (c) => c.error_code === 429)).toHaveLength(3);

    clock += 1010;
    expect((await send(701)).status).toBe(200);
    emulator.setRateLimit(null);
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => send(900 + i)));
    expect(burst.every((a) => a.status === 200)).toBe(true);
    // The send right after the pause shares a window with the burst.
    expect(emulator.stats().maxInAnySlidingSecond).toBe(13);
  });

  it('measures the busiest sliding second, not calendar buckets', async () => {
    // 4 sends, a 600 ms pause, 4 more: every 1000 ms window holds at most 8, and at least one holds 8.
    for (let i = 0; i < 4; i++) await send(1);
    clock += 600;
    for (let i = 0; i < 4; i++) await send(1);
    expect(emulator.stats().maxInAnySlidingSecond).toBe(8);
    clock += 1001;
    await send(1);
    expect(emulator.stats().maxInAnySlidingSecond).toBe(8);
  });

  it('fails a chat with 403 until cleared', async () => {
    emulator.failChat(710, { code: 403, description: 'Forbidden: bot was blocked by the user' });
    await expect(send(710)).resolves.toEqual({
      status: 403,
      body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
    });
    expect((await send(711)).status).toBe(200);
    emulator.clearChatFailure(710);
    expect((await send(710)).status).toBe(200);
    expect(emulator.stats()).toMatchObject({ sendCalls: 3, sendOk: 2 });
  });

  it('fails the next calls of a method the given number of times', async () => {
    emulator.failNext('sendMessage', {
      code: 429,
      description: 'Too Many Requests: retry after 7',
      retryAfter: 7,
      times: 2,
    });
    expect((await send(720)).body).toMatchObject({ error_code: 429, parameters: { retry_after: 7 } });
    expect((await send(720)).status).toBe(429);
    expect((await send(720)).status).toBe(200);
    emulator.failNext('getChatMember', { code: 500, description: 'Internal Server Error' });
    const member = await callBotApi(emulator.apiRoot, TOKEN, 'getChatMember', { chat_id: 720, user_id: 720 });
    expect(member.status).toBe(500);
  });

  it('delays answers by the configured latency', async () => {
    emulator.setLatency(150);
    const started = Date.now();
    await send(730);
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
    emulator.setLatency(0);
  });

  it('drops connections to simulate network errors', async () => {
    emulator.dropConnections('sendMessage', 1);
    await expect(send(740)).rejects.toThrow();
    expect((await send(740)).status).toBe(200);
    expect(emulator.callsTo('sendMessage').map((c) => c.dropped ?? false)).toEqual([true, false]);
  });

  it('numbers a concurrent keep-alive burst without gaps or duplicates', async () => {
    // Throughput is a bench concern (about 20 000 sendMessage/s from a separate client process);
    // here the burst checks that concurrent calls on shared sockets are all recorded, in order.
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    const body = JSON.stringify({ chat_id: 750, text: 'burst' });
    const post = () =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${emulator.apiRoot}/bot${TOKEN}/sendMessage`, {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json' },
        });
        req.on('response', (res) => res.resume().on('end', () => resolve(res.statusCode ?? 0)));
        req.on('error', reject);
        req.end(body);
      });
    const statuses = await Promise.all(Array.from({ length: 1000 }, post));
    agent.destroy();
    expect(statuses.every((status) => status === 200)).toBe(true);
    const ids = emulator.sentMessages({ chatId: 750 }).map((sent) => sent.message.message_id);
    expect(ids).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(emulator.stats()).toMatchObject({ sendCalls: 1000, sendOk: 1000 });
  });
});
