import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { AdminJobKind } from '../admin-job.entity';

/**
 * Queues long staff work (a bulk action, an export): the job's row, `queued`, and the event the
 * enqueuer turns into a BullMQ job (`BulkRequestedEvent` for `bulk_clients`, `ExportRequestedEvent`
 * for exports), committed together. The requester is the actor.
 */
export class RequestAdminJobCommand extends Command<void> {
  constructor(
    readonly actor: Actor,
    readonly job: {
      id: string;
      kind: AdminJobKind;
      params: Record<string, unknown>;
      total: number | null;
      /** The highest id the job's audience may reach (rows added later are not its). */
      maxId: number | null;
    },
  ) {
    super();
  }
}
