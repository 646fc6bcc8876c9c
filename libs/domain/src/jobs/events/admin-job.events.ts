import { DomainEvent } from '@dvorik/persistence';
import type { AdminJobKind, AdminJobStatus } from '../admin-job.entity';

interface Requested {
  jobId: string;
  kind: AdminJobKind;
  total: number | null;
  params: Record<string, unknown>;
}

/** A bulk action over more clients than one transaction should hold: queued by the enqueuer. */
export class BulkRequestedEvent extends DomainEvent<Requested> {
  static readonly type = 'clients.bulk_requested';
  readonly type = BulkRequestedEvent.type;
}

/** A large (or Telegram-delivered) export: queued by the enqueuer. */
export class ExportRequestedEvent extends DomainEvent<Requested> {
  static readonly type = 'export.requested';
  readonly type = ExportRequestedEvent.type;
}

/** The end of an admin job; failures alert the `errors` group, exports may be sent to Telegram. */
export class AdminJobFinishedEvent extends DomainEvent<{
  jobId: string;
  kind: AdminJobKind;
  status: AdminJobStatus;
  result: Record<string, unknown> | null;
  error: string | null;
  requestedBy: number;
  deliver: 'download' | 'telegram';
}> {
  static readonly type = 'admin_job.finished';
  readonly type = AdminJobFinishedEvent.type;
}
