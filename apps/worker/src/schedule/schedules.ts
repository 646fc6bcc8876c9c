import { JobName } from '@dvorik/messaging';
import { DateTime } from 'luxon';

export interface Schedule {
  job: JobName;
  /** Six-field cron (with seconds), evaluated in the shop's time zone. */
  cron: string;
  /** The period the job covers: its key makes the job id, so N workers enqueue it once. */
  periodKey(fireTime: DateTime): string;
}

const minuteKey = (t: DateTime) => t.toFormat("yyyy-LL-dd'T'HHmm");
const dayKey = (t: DateTime) => t.toFormat('yyyy-LL-dd');

/** Every recurring job of the system, in one table. */
export const SCHEDULES: readonly Schedule[] = [
  { job: JobName.CleanupOutbox, cron: '0 */10 * * * *', periodKey: minuteKey },
  { job: JobName.PurgeAuditLog, cron: '0 30 3 * * *', periodKey: dayKey },
  { job: JobName.ExpireDiscounts, cron: '0 */10 * * * *', periodKey: minuteKey },
  { job: JobName.PurgeIdempotencyKeys, cron: '0 45 3 * * *', periodKey: dayKey },
];
