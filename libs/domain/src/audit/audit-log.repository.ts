import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { AuditLog } from './audit-log.entity';
import type { AuditLogFilter } from './queries/list-audit-log.query';

/** The `audit_log` table: one row per staff action, written once per event. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** A redelivered event finds its row already there (the event id is unique). */
  async append(entry: Omit<AuditLog, 'id'>): Promise<void> {
    await this.uow.manager.createQueryBuilder().insert().into(AuditLog).orIgnore().values(entry).execute();
  }

  /** Newest first. */
  page(filter: AuditLogFilter, page: number, perPage: number): Promise<[AuditLog[], number]> {
    const qb = this.uow.manager.createQueryBuilder(AuditLog, 'a');
    if (filter.actorStaffId !== undefined)
      qb.andWhere('a.actorStaffId = :actor', { actor: filter.actorStaffId });
    // `client.*` lists a family of actions (client.updated, client.bulk_updated, …).
    if (filter.action?.endsWith('*'))
      qb.andWhere('a.action LIKE :prefix', {
        prefix: `${filter.action.slice(0, -1).replace(/[\\%_]/g, '\\$&')}%`,
      });
    else if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.actorRole) qb.andWhere('a.actorRole = :role', { role: filter.actorRole });
    if (filter.entityType) qb.andWhere('a.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
    if (filter.from) qb.andWhere('a.createdAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.createdAt < :to', { to: filter.to });
    return qb
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
  }
}
