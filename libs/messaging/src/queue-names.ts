/**
 * Every queue and job of Dvorik, in one file (STYLE.md). Each JobName belongs to exactly one
 * queue and must have exactly one @JobHandler; the worker refuses to start otherwise.
 */
export enum QueueName {
  DomainEvents = 'domain-events',
  Maintenance = 'maintenance',
  /** Delayed per-discount reminders (days ahead); kept apart so they never hold up maintenance. */
  Reminders = 'reminders',
  /** Staff work too big for a request: bulk actions, exports (resumable, checkpointed). */
  AdminJobs = 'admin-jobs',
  /** Broadcast starts (audience freeze) and test sends; the sends themselves are the sender loop's. */
  Broadcasts = 'broadcasts',
}

export enum JobName {
  DeliverDomainEvent = 'domain-event.deliver',
  PurgeAuditLog = 'audit-log.purge',
  CleanupOutbox = 'outbox.cleanup',
  ExpireDiscounts = 'discounts.expire',
  PurgeIdempotencyKeys = 'idempotency-keys.purge',
  DiscountReminder = 'discount.remind',
  IssueBirthdayDiscounts = 'birthdays.issue',
  BulkClients = 'clients.bulk',
  ExportCsv = 'exports.csv',
  PurgeAdminJobs = 'admin-jobs.purge',
  WatchFailedChecks = 'redemptions.watch-failures',
  StartBroadcast = 'broadcast.start',
  StartDueBroadcasts = 'broadcasts.start-due',
  SendTestBroadcast = 'broadcast.test-send',
  SendEveningDigest = 'evening.digest',
  WatchAnomalies = 'evening.watch-anomalies',
}

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.DeliverDomainEvent]: QueueName.DomainEvents,
  [JobName.PurgeAuditLog]: QueueName.Maintenance,
  [JobName.CleanupOutbox]: QueueName.Maintenance,
  [JobName.ExpireDiscounts]: QueueName.Maintenance,
  [JobName.PurgeIdempotencyKeys]: QueueName.Maintenance,
  [JobName.DiscountReminder]: QueueName.Reminders,
  [JobName.IssueBirthdayDiscounts]: QueueName.Maintenance,
  [JobName.BulkClients]: QueueName.AdminJobs,
  [JobName.ExportCsv]: QueueName.AdminJobs,
  [JobName.PurgeAdminJobs]: QueueName.Maintenance,
  [JobName.WatchFailedChecks]: QueueName.Maintenance,
  [JobName.StartBroadcast]: QueueName.Broadcasts,
  [JobName.StartDueBroadcasts]: QueueName.Broadcasts,
  [JobName.SendTestBroadcast]: QueueName.Broadcasts,
  [JobName.SendEveningDigest]: QueueName.Maintenance,
  [JobName.WatchAnomalies]: QueueName.Maintenance,
};

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
