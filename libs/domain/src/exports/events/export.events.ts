import { DomainEvent } from '@dvorik/persistence';
import type { ExportKind } from '../export-columns';

/** An inline export was handed out: who took which rows (the audit log's "exports"). */
export class ExportDownloadedEvent extends DomainEvent<{ kind: ExportKind; rows: number; filter: unknown }> {
  static readonly type = 'export.downloaded';
  readonly type = ExportDownloadedEvent.type;
}
