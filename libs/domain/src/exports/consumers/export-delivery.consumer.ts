import { Logger } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { EventConsumer } from '@dvorik/messaging';
import { type EnvelopeOf, ExpiringMarkers } from '@dvorik/persistence';
import { describeFailure, TelegramGateway } from '@dvorik/telegram';
import { Readable } from 'node:stream';
import { AdminJobFinishedEvent, AdminJobRunner } from '../../jobs';
import { RenderMessageQuery } from '../../message-templates';
import { GetStaffQuery } from '../../staff';

/** The Bot API refuses documents over 50 MB from bots. */
const TELEGRAM_DOCUMENT_LIMIT = 50 * 1024 * 1024;

/**
 * «Отправить в Telegram»: a finished export is sent by the staff bot to whoever asked for it.
 * A file Telegram cannot take (too big, the bot blocked) is noted on the job, which still
 * offers the download; an unreachable Telegram throws, so the event is retried.
 */
@EventConsumer('export-delivery', [AdminJobFinishedEvent])
export class ExportDeliveryConsumer {
  private readonly logger = new Logger(ExportDeliveryConsumer.name);

  constructor(
    private readonly jobs: AdminJobRunner,
    private readonly gateway: TelegramGateway,
    private readonly queries: QueryBus,
    private readonly markers: ExpiringMarkers,
  ) {}

  async consume(event: EnvelopeOf<AdminJobFinishedEvent>): Promise<void> {
    const p = event.payload;
    if (p.deliver !== 'telegram' || p.status !== 'done' || p.kind === 'bulk_clients') return;
    const job = await this.jobs.find(p.jobId);
    if (!job?.fileName) return;
    const marker = `export-sent:${job.id}`;
    if (await this.markers.has(marker)) return;
    const delivery = await this.deliver(job.id, job.fileName, job.fileBytes, job.requestedBy, job.processed);
    await this.jobs.checkpoint(job.id, { result: { ...(job.result ?? {}), delivery } });
    if (delivery === 'sent') await this.markers.set(marker, 7 * 24 * 3600);
  }

  private async deliver(jobId: string, fileName: string, bytes: number, staffId: number, rows: number) {
    if (!this.gateway.hasBot('staff')) return 'not_sent: the staff bot is not configured';
    const staff = await this.queries.execute(new GetStaffQuery(staffId));
    if (bytes > TELEGRAM_DOCUMENT_LIMIT) return 'not_sent: over Telegram’s 50 MB, download it in the panel';
    const caption = await this.queries.execute(
      new RenderMessageQuery('export_ready', { count: String(rows) }),
    );
    const source = Readable.from(this.jobs.fileParts(jobId));
    const outcome = await this.gateway.call(
      'staff',
      'sendDocument',
      staff.telegramId,
      { source, filename: fileName },
      { caption, parse_mode: 'HTML' },
    );
    if (outcome.ok) return 'sent';
    if (outcome.kind === 'rate_limited' || outcome.kind === 'network')
      throw new Error(`sendDocument: ${describeFailure(outcome)}`);
    this.logger.warn(`Export ${jobId} not delivered to staff ${staffId}: ${describeFailure(outcome)}`);
    return `not_sent: ${describeFailure(outcome)}`;
  }
}
