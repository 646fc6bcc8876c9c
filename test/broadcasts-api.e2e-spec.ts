import { eventually } from '@dvorik/testing';
import { type Domain, domainOf, messagesPerChat, setRate } from './support/broadcast-kit';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const PHOTO = Buffer.from('fake-jpeg-bytes-'.repeat(64));

/** A marketer's journey through /api/v1/broadcasts, with the worker sending to the emulator. */
describe('broadcasts API', () => {
  let sys: TestSystem;
  let domain: Domain;
  let tokens: RoleTokens;

  beforeAll(async () => {
    sys = await startTestSystem({ apps: ['api', 'worker'], label: 'bapi', testTwins: true });
    domain = domainOf(sys.apps.worker!);
    tokens = await staffTokens(sys.apps.api!);
    await setRate(domain, 100, true);
  });
  afterAll(() => sys?.close());
  beforeEach(() => sys.telegram.reset());

  const call = (path: string, init: Parameters<TestSystem['api']>[1] = {}) =>
    sys.api(`/api/v1/broadcasts${path}`, { token: tokens.marketing, ...init });
  const draft = async (body: Record<string, unknown>) => {
    const res = await call('', {
      method: 'POST',
      json: { title: 'Акция', text: 'Скидка <b>10 %</b>', ...body },
    });
    expect(res.status).toBe(201);
    return res.body as { id: number; status: string };
  };
  const clientMessages = () => sys.telegram.sentMessages({ token: TOKENS.client }).length;
  const recipients = async (id: number, status: string) => {
    const [row] = await domain.sql<{ n: string }>(
      'SELECT COUNT(*) n FROM broadcast_recipients WHERE broadcast_id = ? AND status = ?',
      [id, status],
    );
    return Number(row.n);
  };
  /** After a pause or cancel: no recipient is claimed any more (released, or sent and recorded). */
  const workerLetGo = (id: number) =>
    eventually(
      () => recipients(id, 'sending'),
      (n) => n === 0,
    );
  const until = (id: number, statuses: string[], timeoutMs = 30_000) =>
    eventually(
      async () => (await call(`/${id}`)).body,
      (b) => statuses.includes(b.status),
      { timeoutMs, intervalMs: 100 },
    );

  it('drafts: validated, edited, deleted; refused once launched; readonly may only read', async () => {
    const badHtml = await call('', { method: 'POST', json: { title: 'x', text: '<b>жирный' } });
    expect(badHtml).toMatchObject({ status: 400, body: { code: 'BROADCAST_INVALID' } });
    expect(badHtml.body.details.fields.text[0]).toMatch(/never closed/);
    const badFilter = await call('', {
      method: 'POST',
      json: { title: 'x', text: 'y', audience: { filter: { colour: 'red' } } },
    });
    expect(badFilter).toMatchObject({
      status: 400,
      body: { code: 'SEGMENT_INVALID', details: { fields: { colour: expect.any(Array) } } },
    });
    const badButton = await call('', {
      method: 'POST',
      json: { title: 'x', text: 'y', buttons: [[{ text: 'Сайт', url: 'javascript:alert(1)' }]] },
    });
    expect(badButton.body.details.fields).toHaveProperty(['buttons.0.0.url']);
    expect(
      (await call('', { method: 'POST', token: tokens.readonly, json: { title: 'x', text: 'y' } })).status,
    ).toBe(403);

    const [client] = await domain.clients(1);
    const { id } = await draft({
      audience: { clientIds: [client.id] },
      buttons: [[{ text: 'Сайт', url: 'https://example.com' }]],
    });
    const patched = await call(`/${id}`, { method: 'PATCH', json: { title: 'Новая акция' } });
    expect(patched.body).toMatchObject({
      title: 'Новая акция',
      status: 'draft',
      origin: 'panel',
      buttons: [[{ text: 'Сайт' }]],
    });
    expect(
      (await call('', { token: tokens.readonly })).body.items.map((b: { id: number }) => b.id),
    ).toContain(id);

    const estimate = await call(`/${id}/estimate`, { method: 'POST' });
    expect(estimate.body).toEqual({ count: 1, message: 'Вы собираетесь отправить 1 пользователю' });
    expect((await call(`/${id}/launch`, { method: 'POST', json: {} })).body.status).toBe('scheduled');
    expect(await call(`/${id}`, { method: 'PATCH', json: { title: 'поздно' } })).toMatchObject({
      status: 409,
      body: {
        code: 'BROADCAST_INVALID_TRANSITION',
        // Launched for now, it may already be sending by the time of the PATCH.
        details: { status: expect.stringMatching(/^(scheduled|sending|sent)$/), allowedFrom: ['draft'] },
      },
    });
    await until(id, ['sent']);
    const gone = await draft({});
    expect((await call(`/${gone.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/${gone.id}`)).status).toBe(404);
    expect((await call(`/${gone.id}/launch`, { method: 'POST', json: {} })).body.code).toBe(
      'BROADCAST_NOT_FOUND',
    );
    const empty = await draft({ audience: { clientIds: [999_999] } });
    expect((await call(`/${empty.id}/launch`, { method: 'POST', json: {} })).body.code).toBe(
      'BROADCAST_AUDIENCE_EMPTY',
    );
  });

  it('media: uploaded once, then every recipient gets Telegram’s file_id', async () => {
    const audience = await domain.clients(30);
    const { id } = await draft({
      text: 'Новинка <i>недели</i>',
      audience: { clientIds: audience.map((c) => c.id) },
    });
    const form = new FormData();
    form.append('file', new Blob([PHOTO], { type: 'image/jpeg' }), 'мармелад.jpg');
    const uploaded = await call(`/${id}/media`, { method: 'POST', body: form });
    expect(uploaded.body.media).toEqual({
      kind: 'photo',
      filename: 'мармелад.jpg',
      mimeType: 'image/jpeg',
      size: PHOTO.length,
    });
    await call(`/${id}/launch`, { method: 'POST', json: {} });
    expect((await until(id, ['sent', 'failed'])).stats).toMatchObject({ sent: 30, failed: 0 });

    const sources = sys.telegram.callsTo('sendPhoto').map((c) => c.media?.[0].source);
    expect(sources.filter((s) => s === 'upload')).toHaveLength(1);
    expect(sources.filter((s) => s === 'file_id')).toHaveLength(29);
    const message = sys.telegram.sentMessages({ chatId: audience[5].telegramId })[0].message;
    expect(message.caption).toBe('Новинка недели');
  });

  it('media: refuses a file over 10 MB, a second file and a file under another name, attaching nothing', async () => {
    const { id } = await draft({});
    const upload = (files: Array<[string, Buffer, string]>) => {
      const form = new FormData();
      for (const [field, bytes, name] of files)
        form.append(field, new Blob([bytes], { type: 'image/jpeg' }), name);
      return call(`/${id}/media`, { method: 'POST', body: form });
    };
    const tooBig = await upload([['file', Buffer.alloc(10 * 1024 * 1024 + 1, 1), 'big.jpg']]);
    expect(tooBig).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
    const two = await upload([
      ['file', PHOTO, 'a.jpg'],
      ['file', PHOTO, 'b.jpg'],
    ]);
    expect(two).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
    const otherName = await upload([['photo', PHOTO, 'a.jpg']]);
    expect(otherName).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });
    const none = await call(`/${id}/media`, { method: 'POST', json: {} });
    expect(none).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect((await call(`/${id}`)).body.media).toBeNull();
  });

  it('a scheduled broadcast starts at its time, once', async () => {
    const audience = await domain.clients(5);
    const { id } = await draft({ audience: { clientIds: audience.map((c) => c.id) } });
    // Far enough ahead that the launch and the dashboard read both come before it on a busy machine.
    const at = new Date(Date.now() + 6000);
    const launched = await call(`/${id}/launch`, { method: 'POST', json: { at: at.toISOString() } });
    expect(launched.body).toMatchObject({ status: 'scheduled', scheduledAt: at.toISOString() });
    const dashboard = await sys.api('/api/v1/dashboard', { token: tokens.readonly });
    expect(dashboard.body.upcomingBroadcasts).toEqual([
      { id, title: 'Акция', origin: 'panel', scheduledAt: at.toISOString() },
    ]);
    const sent = await until(id, ['sent']);
    // Not before its time: it started at `at`, and no message left earlier.
    expect(new Date(sent.startedAt).getTime()).toBeGreaterThanOrEqual(at.getTime());
    const sentAt = sys.telegram.sentMessages({ token: TOKENS.client }).map((m) => m.at);
    expect(sentAt).toHaveLength(5);
    expect(Math.min(...sentAt)).toBeGreaterThanOrEqual(at.getTime());
    const started = await domain.sql(
      "SELECT id FROM outbox WHERE type = 'broadcast.started' AND JSON_VALUE(envelope, '$.entity.id') = ?",
      [id],
    );
    expect(started).toHaveLength(1);
    const after = await sys.api('/api/v1/dashboard', { token: tokens.readonly });
    expect(after.body.recentBroadcasts[0]).toMatchObject({
      id,
      status: 'sent',
      stats: { total: 5, sent: 5 },
    });
  });

  it('pause stops new sends, resume goes on where it stopped; cancel stops for good', async () => {
    await setRate(domain, 30, false);
    try {
      const audience = await domain.clients(60);
      const { id } = await draft({ audience: { clientIds: audience.map((c) => c.id) } });
      await call(`/${id}/launch`, { method: 'POST', json: {} });
      await eventually(
        async () => clientMessages(),
        (n) => n >= 10,
      );
      expect((await call(`/${id}/pause`, { method: 'POST' })).body.status).toBe('paused');
      // The worker has let go: its unsent claims are back to pending and its in-flight sends are
      // recorded. From here nothing can be sent, and what was sent is exactly what is recorded.
      await workerLetGo(id);
      const atPause = clientMessages();
      expect(await recipients(id, 'sent')).toBe(atPause);
      expect(await recipients(id, 'pending')).toBe(60 - atPause);
      expect((await call(`/${id}/pause`, { method: 'POST' })).status).toBe(409);
      expect((await call(`/${id}/resume`, { method: 'POST' })).body.status).toBe('sending');
      expect((await until(id, ['sent'])).stats).toMatchObject({ total: 60, sent: 60 });
      expect([...messagesPerChat(sys.telegram, TOKENS.client).values()].every((n) => n === 1)).toBe(true);

      sys.telegram.reset();
      const next = await draft({ audience: { clientIds: audience.map((c) => c.id) } });
      await call(`/${next.id}/launch`, { method: 'POST', json: {} });
      await eventually(
        async () => clientMessages(),
        (n) => n >= 5,
      );
      const cancelled = await call(`/${next.id}/cancel`, { method: 'POST' });
      expect(cancelled.body.status).toBe('cancelled');
      await workerLetGo(next.id);
      const atCancel = clientMessages();
      expect(await recipients(next.id, 'sent')).toBe(atCancel);
      expect(atCancel).toBeLessThan(60);
      const pending = await call(`/${next.id}/recipients?status=pending&perPage=200`);
      expect(pending.body.total).toBe(60 - atCancel);
    } finally {
      await setRate(domain, 100, true);
    }
  });

  it('retry-failed sends again to the failed recipients only', async () => {
    const audience = await domain.clients(10);
    const [a, b] = audience;
    for (const c of [a, b])
      sys.telegram.failChat(c.telegramId, { code: 400, description: 'Bad Request: chat not found' });
    const { id } = await draft({ audience: { clientIds: audience.map((c) => c.id) } });
    await call(`/${id}/launch`, { method: 'POST', json: {} });
    const first = await until(id, ['sent', 'failed']);
    expect(first.stats).toMatchObject({
      total: 10,
      sent: 8,
      failed: 2,
      lastError: '400 Bad Request: chat not found',
    });
    const failed = await call(`/${id}/recipients?status=failed`);
    expect(
      failed.body.items.map((r: { telegramId: number; error: string }) => [r.telegramId, r.error]),
    ).toEqual([a, b].map((c) => [c.telegramId, '400 Bad Request: chat not found']));

    for (const c of [a, b]) sys.telegram.clearChatFailure(c.telegramId);
    const retried = await call(`/${id}/retry-failed`, { method: 'POST' });
    expect(retried.body).toMatchObject({ recipients: 2, broadcast: { status: 'sending' } });
    expect((await until(id, ['sent'])).stats).toMatchObject({ total: 10, sent: 10, failed: 0 });
    const perChat = messagesPerChat(sys.telegram, TOKENS.client);
    expect(perChat.size).toBe(10);
    expect(sys.telegram.callsTo('sendMessage', (c) => c.token === TOKENS.client)).toHaveLength(12);
  });

  it('a test send reaches test clients only, through the test bot', async () => {
    const real = await domain.clients(3);
    const testers = await domain.clients(2, { isTest: true });
    const { id } = await draft({ audience: { clientIds: real.map((c) => c.id) } });
    const res = await call(`/${id}/test`, { method: 'POST', json: {} });
    expect(res).toMatchObject({ status: 202, body: { testRecipients: 2 } });
    const toTesters = () => sys.telegram.sentMessages({ token: TOKENS.clientTest });
    // The test send is over once it has recorded broadcast.test_sent.
    await eventually(
      () =>
        domain.sql(
          "SELECT id FROM outbox WHERE type = 'broadcast.test_sent' AND JSON_VALUE(envelope, '$.entity.id') = ?",
          [id],
        ),
      (rows) => rows.length === 1,
    );
    expect(toTesters()).toHaveLength(2);
    expect(clientMessages()).toBe(0);
    expect(toTesters().map((m) => [m.token, m.chatId])).toEqual(
      testers.map((t) => [TOKENS.clientTest, t.telegramId]),
    );
    expect((await call(`/${id}`)).body.status).toBe('draft');
  });
});
