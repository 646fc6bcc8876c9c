import { CommandBus, CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { RequestAdminJobCommand } from '../../jobs';
import { ResolveClientFilterQuery } from '../../segments';
import { ExportDownloadedEvent } from '../events/export.events';
import { exportFileName, INLINE_EXPORT_LIMIT, UTF8_BOM } from '../export-columns';
import { type ExportSpec, ExportPagesReader } from '../export-pages.reader';
import { parseRedemptionExportFilter } from '../redemption-export-filter';
import { RequestExportCommand } from './request-export.command';

@CommandHandler(RequestExportCommand)
export class RequestExportHandler implements ICommandHandler<RequestExportCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly queries: QueryBus,
    private readonly pages: ExportPagesReader,
    private readonly commands: CommandBus,
  ) {}

  async execute({ actor, request }: RequestExportCommand) {
    const role = actor.type === 'staff' ? actor.role : actor.type;
    const filter =
      request.kind === 'clients'
        ? await this.queries.execute(
            new ResolveClientFilterQuery({ filter: request.filter, segmentId: request.segmentId }),
          )
        : parseRedemptionExportFilter(request.filter);
    const deliver = request.deliver ?? 'download';
    const rows = await this.pages.count({ kind: request.kind, filter, role });
    const audit = { kind: request.kind, rows, filter };

    if (rows <= INLINE_EXPORT_LIMIT && deliver === 'download') {
      const spec: ExportSpec = {
        kind: request.kind,
        filter,
        role,
        maxId: await this.pages.maxId(request.kind),
      };
      await this.uow.run(() =>
        this.uow.record(new ExportDownloadedEvent(actor, { type: 'export', id: null }, audit)),
      );
      return {
        mode: 'inline' as const,
        fileName: exportFileName(request.kind, new Date()),
        rows,
        stream: this.stream(spec),
      };
    }

    const jobId = randomUUID();
    const kind = request.kind === 'clients' ? 'export_clients' : 'export_redemptions';
    const params = { filter, deliver } as Record<string, unknown>;
    const maxId = await this.pages.maxId(request.kind);
    await this.commands.execute(
      new RequestAdminJobCommand(actor, { id: jobId, kind, params, total: rows, maxId }),
    );
    return { mode: 'queued' as const, jobId, rows };
  }

  /** BOM, header, then page after page as the response asks for them (backpressure included). */
  private stream(spec: ExportSpec): Readable {
    const pages = this.pages;
    async function* csv() {
      yield UTF8_BOM;
      let afterId = 0;
      for (let first = true; ; first = false) {
        const page = await pages.page(spec, afterId, first);
        if (!page) {
          if (first) yield `${pages.columns(spec.kind).join(',')}\n`;
          return;
        }
        yield page.text;
        afterId = page.lastId;
      }
    }
    return Readable.from(csv());
  }
}
