import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { UnitOfWork } from '@dvorik/persistence';
import { SettingsReader } from '../../settings';

/** DESIGN §2: logs older than the retention (the `log_retention_days` setting, 365) are purged daily. */
export const AUDIT_RETENTION_DAYS = 365;
const CHUNK = 5000;

@JobHandler(JobName.PurgeAuditLog)
export class PurgeAuditLogJob implements JobProcessor<{ retentionDays?: number }, { deleted: number }> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly settings: SettingsReader,
  ) {}

  async process(job: { data: { retentionDays?: number } }) {
    const days = job.data.retentionDays ?? (await this.settings.get('log_retention_days'));
    const cutoff = new Date(Date.now() - days * 24 * 3600 * 1000);
    let deleted = 0;
    // Small chunks keep each statement's locks short on a table the API keeps appending to.
    for (;;) {
      const result: { affectedRows: number } = await this.uow.manager.query(
        'DELETE FROM audit_logs WHERE created_at < ? ORDER BY created_at LIMIT ?',
        [cutoff, CHUNK],
      );
      deleted += result.affectedRows;
      if (result.affectedRows < CHUNK) return { deleted };
    }
  }
}
