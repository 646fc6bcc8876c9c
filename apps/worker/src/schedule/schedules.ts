import { ConfigError } from '@dvorik/config';
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
const hourKey = (t: DateTime) => t.toFormat("yyyy-LL-dd'T'HH");
const dayKey = (t: DateTime) => t.toFormat('yyyy-LL-dd');
/** The quarter-minute a trigger fired in: `2026-11-21T0930.45`. */
const quarterMinuteKey = (t: DateTime) =>
  `${minuteKey(t)}.${String(t.second - (t.second % 15)).padStart(2, '0')}`;

/** Every recurring job of the system, in one table. */
export const SCHEDULES: readonly Schedule[] = [
  { job: JobName.CleanupOutbox, cron: '0 */10 * * * *', periodKey: minuteKey },
  { job: JobName.PurgeAuditLog, cron: '0 30 3 * * *', periodKey: dayKey },
  { job: JobName.ExpireDiscounts, cron: '0 */10 * * * *', periodKey: minuteKey },
  { job: JobName.PurgeIdempotencyKeys, cron: '0 45 3 * * *', periodKey: dayKey },
  // Hourly: the job itself waits for `birthday_hour` (a setting, shop time) and runs once a day.
  { job: JobName.IssueBirthdayDiscounts, cron: '0 0 * * * *', periodKey: hourKey },
  // Scheduled broadcasts start within a minute of their time even if their own start job was lost.
  { job: JobName.StartDueBroadcasts, cron: '*/15 * * * * *', periodKey: quarterMinuteKey },
  // Administration: failed-check bursts alert within a minute; finished admin jobs (export files) kept a week.
  { job: JobName.WatchFailedChecks, cron: '30 * * * * *', periodKey: minuteKey },
  { job: JobName.PurgeAdminJobs, cron: '0 15 4 * * *', periodKey: dayKey },
  // The owner's evening: the digest job waits for `digest_hour` and claims its day in digest_runs
  // (once however many workers run); anomalies are looked for every minute, each claimed once a day.
  { job: JobName.SendEveningDigest, cron: '5 * * * * *', periodKey: minuteKey },
  { job: JobName.WatchAnomalies, cron: '20 * * * * *', periodKey: minuteKey },
];

/** The jobs SCHEDULES_OFF names; an unknown name is a configuration error. */
export function schedulesOff(names: string): ReadonlySet<string> {
  const off = new Set(names.split(',').filter(Boolean));
  const known = new Set<string>(SCHEDULES.map((s) => s.job));
  const unknown = [...off].filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new ConfigError([`SCHEDULES_OFF names no scheduled job: ${unknown.join(', ')}`]);
  return off;
}
