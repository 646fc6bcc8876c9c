/**
 * Every queue and job of Dvorik, in one file (STYLE.md). Each JobName belongs to exactly one
 * queue and must have exactly one @JobHandler; the worker refuses to start otherwise.
 */
export enum QueueName {
  DomainEvents = 'domain-events',
  Maintenance = 'maintenance',
  /** Delayed per-discount reminders (days ahead); kept apart so they never hold up maintenance. */
  Reminders = 'reminders',
}

export enum JobName {
  DeliverDomainEvent = 'domain-event.deliver',
  PurgeAuditLog = 'audit-log.purge',
  CleanupOutbox = 'outbox.cleanup',
  ExpireDiscounts = 'discounts.expire',
  PurgeIdempotencyKeys = 'idempotency-keys.purge',
  DiscountReminder = 'discount.remind',
}

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.DeliverDomainEvent]: QueueName.DomainEvents,
  [JobName.PurgeAuditLog]: QueueName.Maintenance,
  [JobName.CleanupOutbox]: QueueName.Maintenance,
  [JobName.ExpireDiscounts]: QueueName.Maintenance,
  [JobName.PurgeIdempotencyKeys]: QueueName.Maintenance,
  [JobName.DiscountReminder]: QueueName.Reminders,
};

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
