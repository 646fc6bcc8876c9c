import { InjectQueue } from '@nestjs/bullmq';
import { EventConsumer, JobName, QueueName } from '@dvorik/messaging';
import type { EnvelopeOf } from '@dvorik/persistence';
import type { Queue } from 'bullmq';
import type { AdminJobKind } from '../admin-job.entity';
import { BulkRequestedEvent, ExportRequestedEvent } from '../events/admin-job.events';

const JOB_OF: Record<AdminJobKind, JobName> = {
  bulk_clients: JobName.BulkClients,
  export_clients: JobName.ExportCsv,
  export_redemptions: JobName.ExportCsv,
};

/**
 * Puts a requested admin job on its queue. The request and its event commit together, so a
 * job is queued if and only if it was recorded; the BullMQ job id is the admin job id, so a
 * redelivered event queues nothing twice.
 */
@EventConsumer('admin-jobs', [BulkRequestedEvent, ExportRequestedEvent])
export class AdminJobEnqueuer {
  constructor(@InjectQueue(QueueName.AdminJobs) private readonly queue: Queue) {}

  async consume(event: EnvelopeOf<BulkRequestedEvent | ExportRequestedEvent>): Promise<void> {
    const { jobId, kind } = event.payload;
    // Resuming is the processor's business (keyset checkpoints): a crashed run is simply retried.
    await this.queue.add(
      JOB_OF[kind],
      { jobId },
      { jobId, attempts: 20, backoff: { type: 'exponential', delay: 2000 } },
    );
  }
}
