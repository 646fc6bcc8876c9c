import { UpdateSettingsCommand } from '@dvorik/domain';
import { anOwner, createDomainTestApp, type DomainTestApp } from '@dvorik/testing';
import { PURGE_BATCH, RetentionPurger } from './retention.purger';

describe('retention purge (MariaDB)', () => {
  let app: DomainTestApp;
  const now = new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

  beforeAll(async () => {
    app = await createDomainTestApp('retention');
  });
  afterAll(() => app.close());

  async function aRedemptionCheck(code: string, days: number, copies = 1) {
    await app.sql(
      `INSERT INTO redemption_log (action, code_entered, channel, result, message, created_at)
       SELECT 'check', ?, 'bot', 'not_found', 'x', ? FROM seq_1_to_${copies}`,
      [code, daysAgo(days)],
    );
  }

  async function aBroadcast(title: string, status: string, endedDaysAgo: number | null, recipients: number) {
    await app.sql(
      `INSERT INTO broadcasts (title, text, buttons, audience, status, origin, finished_at, created_at, updated_at)
       VALUES (?, 't', '[]', '{}', ?, 'panel', ?, ?, ?)`,
      [title, status, endedDaysAgo === null ? null : daysAgo(endedDaysAgo), daysAgo(400), daysAgo(1)],
    );
    const [{ id }] = await app.sql<{ id: number }>('SELECT id FROM broadcasts WHERE title = ?', [title]);
    await app.sql(
      `INSERT INTO broadcast_recipients (broadcast_id, client_id, chat_id, status)
       SELECT ?, seq, seq, 'sent' FROM seq_1_to_${recipients}`,
      [id],
    );
    return Number(id);
  }

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await app.sql<{ n: number }>(sql, params))[0].n);

  it('removes what is outside each log’s window and keeps what is inside', async () => {
    // More old rows than one batch, so the id ranges really step.
    await aRedemptionCheck('OLD', 400, PURGE_BATCH * 2 + 17);
    await aRedemptionCheck('EDGE', 364);
    await aRedemptionCheck('NEW', 1);
    await app.sql(
      "INSERT INTO audit_logs (event_id, action, entity_type, payload, created_at) VALUES (UUID(), 'old', 'x', '{}', ?), (UUID(), 'new', 'x', '{}', ?)",
      [daysAgo(400), daysAgo(1)],
    );
    const oldSent = await aBroadcast('ended long ago', 'sent', 200, 1500);
    const recent = await aBroadcast('ended recently', 'sent', 100, 3);
    const running = await aBroadcast('still sending', 'sending', null, 4);
    await app.sql(
      "INSERT INTO consumed_events (consumer, event_id, consumed_at) VALUES ('a', UUID(), ?), ('a', UUID(), ?)",
      [daysAgo(40), daysAgo(1)],
    );
    await app.sql(
      `INSERT INTO idempotency_keys (scope, idem_key, request_hash, created_at)
       VALUES ('redeem', 'old', REPEAT('a', 64), ?), ('redeem', 'new', REPEAT('b', 64), ?)`,
      [daysAgo(8), daysAgo(1)],
    );

    const deleted = await app.context.get(RetentionPurger).purgeAll(now);

    expect(deleted).toEqual({
      audit_logs: 1,
      redemption_log: PURGE_BATCH * 2 + 17,
      broadcast_recipients: 1500,
      consumed_events: 1,
      idempotency_keys: 1,
    });
    const codes = await app.sql<{ code_entered: string }>(
      'SELECT code_entered FROM redemption_log ORDER BY id',
    );
    expect(codes.map((r) => r.code_entered)).toEqual(['EDGE', 'NEW']);
    expect(await app.sql('SELECT action FROM audit_logs')).toEqual([{ action: 'new' }]);
    const recipients = await app.sql<{ broadcast_id: number; n: number }>(
      'SELECT broadcast_id, COUNT(*) AS n FROM broadcast_recipients GROUP BY broadcast_id ORDER BY broadcast_id',
    );
    expect(recipients.map((r) => [Number(r.broadcast_id), Number(r.n)])).toEqual([
      [recent, 3],
      [running, 4],
    ]);
    // The broadcast itself (and its totals) stays.
    expect(await count('SELECT COUNT(*) AS n FROM broadcasts WHERE id = ?', [oldSent])).toBe(1);
    expect(await count('SELECT COUNT(*) AS n FROM consumed_events')).toBe(1);
    expect(await app.sql('SELECT idem_key FROM idempotency_keys')).toEqual([{ idem_key: 'new' }]);

    // A second run finds nothing; a shorter window set by an owner is honoured.
    expect(Object.values(await app.context.get(RetentionPurger).purgeAll(now))).toEqual([0, 0, 0, 0, 0]);
    await app.commands.execute(new UpdateSettingsCommand(anOwner(), { redemption_log_retention_days: 30 }));
    expect((await app.context.get(RetentionPurger).purgeAll(now)).redemption_log).toBe(1);
  });
});
