import {
  CancelBroadcastCommand,
  CreateBroadcastCommand,
  CreateSegmentCommand,
  EstimateBroadcastQuery,
  GetBroadcastQuery,
  LaunchBroadcastCommand,
  StartBroadcastCommand,
} from '@dvorik/domain';
import {
  anOwner,
  broadcastRecipients,
  createDomainTestApp,
  type DomainTestApp,
  manyClients,
} from '@dvorik/testing';

/** Launch → start: the audience frozen by the database in keyset chunks, exactly once. */
describe('StartBroadcastCommand (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('bstart');
  });
  afterAll(() => app.close());

  const launched = async (audience: object, at: Date | null = null) => {
    const draft = await app.commands.execute(
      new CreateBroadcastCommand(anOwner(), { title: 't', text: 'x', audience }),
    );
    return app.commands.execute(new LaunchBroadcastCommand(anOwner(), draft.id, at));
  };

  it('freezes active real clients only, whatever the filter or segment says, and starts once', async () => {
    const wanted = await manyClients(app.sql, 30, { subscribed: true });
    await manyClients(app.sql, 5, { subscribed: false });
    await manyClients(app.sql, 2, { subscribed: true, isTest: true });
    await manyClients(app.sql, 2, { subscribed: true, status: 'blocked' });
    await manyClients(app.sql, 2, { subscribed: true, status: 'banned' });
    const segment = await app.commands.execute(
      new CreateSegmentCommand(anOwner(), {
        name: 'Подписчики (все статусы)',
        filter: { subscribed: true, status: ['active', 'blocked', 'banned'] },
      }),
    );

    for (const audience of [{ filter: { subscribed: true } }, { segmentId: segment.id }]) {
      const broadcast = await launched(audience);
      expect(await app.queries.execute(new EstimateBroadcastQuery(broadcast.id))).toEqual({
        count: 30,
        message: 'Вы собираетесь отправить 30 пользователям',
      });
      const runs = await Promise.all(
        [1, 2, 3].map(() => app.commands.execute(new StartBroadcastCommand(broadcast.id))),
      );
      expect(runs.filter((r) => r.started)).toHaveLength(1);
      const frozen = await app.sql<{ client_id: number }>(
        "SELECT client_id FROM broadcast_recipients WHERE broadcast_id = ? AND status = 'pending' ORDER BY client_id",
        [broadcast.id],
      );
      expect(frozen.map((r) => Number(r.client_id))).toEqual(wanted.map((c) => c.id));
      const view = await app.queries.execute(new GetBroadcastQuery(broadcast.id));
      expect(view).toMatchObject({ status: 'sending', stats: { total: 30, pending: 30, progress: 0 } });
      const started = await app.sql(
        "SELECT id FROM outbox WHERE type = 'broadcast.started' AND JSON_VALUE(envelope, '$.entity.id') = ?",
        [broadcast.id],
      );
      expect(started).toHaveLength(1);
      await app.commands.execute(new CancelBroadcastCommand(anOwner(), broadcast.id));
    }
  });

  it('freezes a large audience in chunks and resumes a freeze that was cut short', async () => {
    await app.sql('UPDATE clients SET status = ? WHERE status = ?', ['banned', 'active']);
    const everyone = await manyClients(app.sql, 25_000);
    const broadcast = await launched({ filter: {} });
    // A worker died after freezing the first 7 000: those rows exist, the start resumes after them.
    await broadcastRecipients(
      app.sql,
      broadcast.id,
      everyone.slice(0, 7000).map((c) => ({ client_id: c.id, chat_id: c.telegramId })),
    );
    const { started, total } = await app.commands.execute(new StartBroadcastCommand(broadcast.id));
    expect({ started, total }).toEqual({ started: true, total: 25_000 });
    const [{ n, lo, hi }] = await app.sql<{ n: number; lo: number; hi: number }>(
      'SELECT COUNT(DISTINCT client_id) AS n, MIN(client_id) AS lo, MAX(client_id) AS hi FROM broadcast_recipients WHERE broadcast_id = ?',
      [broadcast.id],
    );
    expect([Number(n), Number(lo), Number(hi)]).toEqual([25_000, everyone[0].id, everyone[24_999].id]);
    await app.commands.execute(new CancelBroadcastCommand(anOwner(), broadcast.id));
  });

  it('waits for its time; a time in the past means now', async () => {
    const [client] = await manyClients(app.sql, 1);
    const later = await launched({ clientIds: [client.id] }, new Date(Date.now() + 60_000));
    expect(await app.commands.execute(new StartBroadcastCommand(later.id))).toEqual({
      started: false,
      total: 0,
    });
    const before = Date.now();
    const past = await launched({ clientIds: [client.id] }, new Date('2020-01-01T00:00:00Z'));
    // Now, not 2020 (a second of slack for the column's rounding, none for a slow machine).
    expect(past.scheduledAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await app.commands.execute(new StartBroadcastCommand(past.id))).toEqual({
      started: true,
      total: 1,
    });
  });
});
