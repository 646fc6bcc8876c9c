/**
 * Every queue and job of Dvorik, in one file (STYLE.md). Each JobName belongs to exactly one
 * queue and must have exactly one @JobHandler; the worker refuses to start otherwise.
 */
export enum QueueName {
  DomainEvents = 'domain-events',
  Maintenance = 'maintenance',
}

export enum JobName {
  DeliverDomainEvent = 'domain-event.deliver',
  PurgeAuditLog = 'audit-log.purge',
  CleanupOutbox = 'outbox.cleanup',
}

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.DeliverDomainEvent]: QueueName.DomainEvents,
  [JobName.PurgeAuditLog]: QueueName.Maintenance,
  [JobName.CleanupOutbox]: QueueName.Maintenance,
};

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
