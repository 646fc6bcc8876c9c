import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { type Actor, UnitOfWork } from '@dvorik/persistence';
import type { Job } from 'bullmq';
import { type AdminJob, type AdminJobData, AdminJobRunner } from '../../jobs';
import { FilteredClientsReader } from '../../clients';
import {
  type BulkAction,
  BULK_CHUNK_ISSUING,
  BULK_CHUNK_TAGS_ONLY,
  type BulkResult,
  type BulkTarget,
  emptyBulkResult,
  mergeBulkResults,
} from '../bulk-action';
import { BulkApplier } from '../bulk-applier';

/**
 * A large bulk action, chunk by chunk in client-id order. Each chunk's effects, the checkpoint
 * (`cursor_id`) and the running counts commit in one transaction, so a worker killed mid-way
 * resumes after the last committed chunk; a chunk re-run after a rollback issues nothing
 * twice (issue keys `manual:bulk:{job}:{client}`).
 */
@JobHandler(JobName.BulkClients)
export class BulkClientsJob implements JobProcessor<AdminJobData, Record<string, unknown> | null> {
  constructor(
    private readonly runner: AdminJobRunner,
    private readonly uow: UnitOfWork,
    private readonly compiler: FilteredClientsReader,
    private readonly applier: BulkApplier,
  ) {}

  process(bullJob: Job<AdminJobData>) {
    return this.runner.run(bullJob, async (job) => {
      const { target, action } = job.params as unknown as { target: BulkTarget; action: BulkAction };
      const actor: Actor = { type: 'staff', staffId: job.requestedBy, role: job.requestedRole };
      const size = action.issueTemplateId === null ? BULK_CHUNK_TAGS_ONLY : BULK_CHUNK_ISSUING;
      let cursor = job.cursorId;
      for (;;) {
        const ids = await this.next(job, target, cursor, size);
        if (ids.length === 0) break;
        const result = await this.uow.run(async () => {
          const chunk = await this.applier.apply(job.id, ids, action, actor, false);
          const locked = await this.runner.find(job.id, true);
          const total = mergeBulkResults(
            (locked?.result as BulkResult | null) ?? emptyBulkResult(job.total ?? 0),
            chunk,
          );
          cursor = ids[ids.length - 1];
          await this.runner.checkpoint(job.id, {
            cursorId: cursor,
            processed: total.processed,
            result: { ...total },
          });
          return total;
        });
        await bullJob.updateProgress(job.total ? Math.floor((result.processed / job.total) * 100) : 0);
      }
      const done = await this.runner.find(job.id);
      return { result: (done?.result as Record<string, unknown> | null) ?? { ...emptyBulkResult(0) } };
    });
  }

  private async next(job: AdminJob, target: BulkTarget, afterId: number, size: number): Promise<number[]> {
    if ('clientIds' in target) return target.clientIds.filter((id) => id > afterId).slice(0, size);
    const maxId = job.maxId === null ? undefined : Number(job.maxId);
    return this.compiler.idsChunk(target.filter, { afterId, limit: size, maxId });
  }
}
