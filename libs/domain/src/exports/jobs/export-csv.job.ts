import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { UnitOfWork } from '@dvorik/persistence';
import type { Job } from 'bullmq';
import { type AdminJobData, AdminJobRunner } from '../../jobs';
import type { ClientFilter } from '../../clients';
import { exportFileName, type ExportKind, UTF8_BOM } from '../export-columns';
import { type ExportSpec, ExportPagesReader } from '../export-pages.reader';
import type { RedemptionExportFilter } from '../redemption-export-filter';

/**
 * A large export, written page by page into `admin_job_files`. Each part commits with the
 * checkpoint and the byte count, so a worker that dies resumes at the next page and the file
 * never holds a page twice.
 */
@JobHandler(JobName.ExportCsv)
export class ExportCsvJob implements JobProcessor<AdminJobData, Record<string, unknown> | null> {
  constructor(
    private readonly runner: AdminJobRunner,
    private readonly uow: UnitOfWork,
    private readonly pages: ExportPagesReader,
  ) {}

  process(bullJob: Job<AdminJobData>) {
    return this.runner.run(bullJob, async (job) => {
      const kind: ExportKind = job.kind === 'export_clients' ? 'clients' : 'redemptions';
      const filter = job.params.filter as ClientFilter | RedemptionExportFilter;
      const spec: ExportSpec = { kind, filter, role: job.requestedRole, maxId: Number(job.maxId ?? 0) };
      let afterId = job.cursorId;
      let processed = job.processed;
      let bytes = job.fileBytes;
      // Parts and the checkpoint commit together: the part count is where the file continues.
      let seq = await this.runner.partCount(job.id);
      for (;;) {
        const page = await this.pages.page(spec, afterId, seq === 0);
        const text = page ? page.text : seq === 0 ? `${this.pages.columns(kind).join(',')}\n` : null;
        if (text === null) break;
        const data = Buffer.from(seq === 0 ? UTF8_BOM + text : text, 'utf8');
        const lastId = page?.lastId ?? afterId;
        const rows = page?.rows ?? 0;
        await this.uow.run(async () => {
          await this.runner.appendFilePart(job.id, seq, data);
          await this.runner.checkpoint(job.id, {
            cursorId: lastId,
            processed: processed + rows,
            fileBytes: bytes + data.length,
          });
        });
        seq++;
        afterId = lastId;
        processed += rows;
        bytes += data.length;
        await bullJob.updateProgress(job.total ? Math.floor((processed / job.total) * 100) : 0);
        if (!page) break;
      }
      return { result: { rows: processed, bytes }, fileName: exportFileName(kind, job.createdAt) };
    });
  }
}
