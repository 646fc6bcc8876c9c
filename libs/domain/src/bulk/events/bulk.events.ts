import { DomainEvent } from '@dvorik/persistence';
import type { BulkAction, BulkResult } from '../bulk-action';

/** A small bulk action, applied in one transaction: the audit row lists the clients. */
export class ClientsBulkUpdatedEvent extends DomainEvent<{
  runId: string;
  clientIds: number[];
  action: BulkAction;
  result: Omit<BulkResult, 'failures'>;
}> {
  static readonly type = 'clients.bulk_updated';
  readonly type = ClientsBulkUpdatedEvent.type;
}
