import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { AuditLog } from '../audit-log.entity';

export interface AuditLogFilter {
  actorStaffId?: number;
  /** Exact, or a prefix ending in `*` (`client.*`). */
  action?: string;
  actorRole?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

export class ListAuditLogQuery extends Query<Page<AuditLog>> {
  constructor(
    readonly filter: AuditLogFilter,
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
