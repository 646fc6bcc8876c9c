import { EventConsumer, EVERY_EVENT } from '@dvorik/messaging';
import type { AnyEventEnvelope } from '@dvorik/persistence';
import { AuditLogRepository } from './audit-log.repository';

/**
 * Every committed event caused by a staff member becomes one audit row. The unique event id
 * makes a second delivery a no-op even without the consumer bookkeeping around it.
 */
@EventConsumer('audit-log', EVERY_EVENT)
export class AuditLogConsumer {
  constructor(private readonly log: AuditLogRepository) {}

  async consume(event: AnyEventEnvelope): Promise<void> {
    if (event.actor.type !== 'staff') return;
    await this.log.append({
      eventId: event.id,
      actorStaffId: event.actor.staffId,
      actorRole: event.actor.role,
      action: event.type,
      entityType: event.entity.type,
      entityId: event.entity.id === null ? null : String(event.entity.id),
      payload: event.payload,
      ip: event.actor.ip ?? null,
      createdAt: new Date(event.occurredAt),
    });
  }
}
