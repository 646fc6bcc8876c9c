import { UpdateSettingsCommand } from '@dvorik/domain';
import { anAuditEntry, anOwner, createDomainTestApp, type DomainTestApp } from '@dvorik/testing';
import { PurgeAuditLogJob } from './purge-audit-log.job';

describe('audit log retention (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('audit_retention');
  });
  afterAll(() => app.close());

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  const ages = async () =>
    (await app.sql<{ action: string }>('SELECT action FROM audit_logs ORDER BY id')).map((r) => r.action);

  it('purges what is older than the log_retention_days setting', async () => {
    for (const [action, days] of [
      ['old', 400],
      ['middle', 60],
      ['fresh', 1],
    ] as const) {
      await anAuditEntry(app.sql, { action, created_at: daysAgo(days) });
    }
    const job = app.context.get(PurgeAuditLogJob);
    const run = () => job.process({ data: {} });
    expect(await run()).toMatchObject({ deleted: 1, byLog: { audit_logs: 1 } });
    expect(await ages()).toEqual(['middle', 'fresh']);
    await app.commands.execute(new UpdateSettingsCommand(anOwner(), { log_retention_days: 30 }));
    expect(await run()).toMatchObject({ deleted: 1, byLog: { audit_logs: 1 } });
    expect(await ages()).toEqual(['fresh']);
  });
});
