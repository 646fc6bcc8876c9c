import { UpdateSettingsCommand } from '@dvorik/domain';
import {
  aBroadcast,
  aConsumedEvent,
  anAuditEntry,
  anIdempotencyKey,
  anOwner,
  broadcastRecipients,
  createDomainTestApp,
  type DomainTestApp,
  redemptionRows,
} from '@dvorik/testing';
import { PURGE_BATCH, RetentionPurger } from './retention.purger';

describe('retention purge (MariaDB)', () => {
  let app: DomainTestApp;
  const now = new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

  beforeAll(async () => {
    app = await createDomainTestApp('retention');
  });
  afterAll(() => app.close());

  const aRedemptionCheck = (code: string, days: number, copies = 1) =>
    redemptionRows(
      app.sql,
      Array.from({ length: copies }, () => ({
        action: 'check' as const,
        code_entered: code,
        result: 'not_found',
        message: 'x',
        created_at: daysAgo(days),
      })),
    );

  async function aSentBroadcast(
    title: string,
    status: 'sent' | 'sending',
    endedDaysAgo: number | null,
    recipients: number,
  ) {
    const id = await aBroadcast(app.sql, {
      title,
      status,
      finished_at: endedDaysAgo === null ? null : daysAgo(endedDaysAgo),
      created_at: daysAgo(400),
      updated_at: daysAgo(1),
    });
    await broadcastRecipients(
      app.sql,
      id,
      Array.from({ length: recipients }, (_, i) => ({
        client_id: i + 1,
        chat_id: i + 1,
        status: 'sent' as const,
      })),
    );
    return id;
  }

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await app.sql<{ n: number }>(sql, params))[0].n);

  it('removes what is outside each log’s window and keeps what is inside', async () => {
    // More old rows than one batch, so the id ranges really step.
    await aRedemptionCheck('OLD', 400, PURGE_BATCH * 2 + 17);
    await aRedemptionCheck('EDGE', 364);
    await aRedemptionCheck('NEW', 1);
    await anAuditEntry(app.sql, { action: 'old', created_at: daysAgo(400) });
    await anAuditEntry(app.sql, { action: 'new', created_at: daysAgo(1) });
    const oldSent = await aSentBroadcast('ended long ago', 'sent', 200, 1500);
    const recent = await aSentBroadcast('ended recently', 'sent', 100, 3);
    const running = await aSentBroadcast('still sending', 'sending', null, 4);
    await aConsumedEvent(app.sql, { consumed_at: daysAgo(40) });
    await aConsumedEvent(app.sql, { consumed_at: daysAgo(1) });
    await anIdempotencyKey(app.sql, { idem_key: 'old', created_at: daysAgo(8) });
    await anIdempotencyKey(app.sql, {
      idem_key: 'new',
      request_hash: 'b'.repeat(64),
      created_at: daysAgo(1),
    });

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
