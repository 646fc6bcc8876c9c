import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditLogRepository } from '../audit-log.repository';
import { ListAuditLogQuery } from './list-audit-log.query';

@QueryHandler(ListAuditLogQuery)
export class ListAuditLogHandler implements IQueryHandler<ListAuditLogQuery> {
  constructor(private readonly log: AuditLogRepository) {}

  async execute({ filter, page, perPage }: ListAuditLogQuery) {
    const [items, total] = await this.log.page(filter, page, perPage);
    return { items, total, page, perPage };
  }
}
