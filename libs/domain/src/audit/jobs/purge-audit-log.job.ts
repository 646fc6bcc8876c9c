import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { type RetainedLog, RetentionPurger } from '../../retention';

/** DESIGN §2: logs older than the retention (the `log_retention_days` setting, 365) are purged daily. */
export const AUDIT_RETENTION_DAYS = 365;

/**
 * The daily retention run. It kept its historical job name (audit-log.purge, one per shop day)
 * and now trims every log to its own retention setting (RetentionPurger).
 */
@JobHandler(JobName.PurgeAuditLog)
export class PurgeAuditLogJob implements JobProcessor<
  { retentionDays?: number },
  { deleted: number; byLog: Record<RetainedLog, number> }
> {
  constructor(private readonly purger: RetentionPurger) {}

  async process(job: { data: { retentionDays?: number } }) {
    const overrides = job.data.retentionDays === undefined ? {} : { audit_logs: job.data.retentionDays };
    const byLog = await this.purger.purgeAll(new Date(), overrides);
    return { deleted: Object.values(byLog).reduce((sum, n) => sum + n, 0), byLog };
  }
}
