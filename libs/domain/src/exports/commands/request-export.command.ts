import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { Readable } from 'node:stream';
import type { ExportKind } from '../export-columns';

export interface ExportRequest {
  kind: ExportKind;
  /** A client filter (kind `clients`) or a redemption-log filter (kind `redemptions`). */
  filter?: unknown;
  /** Clients only: a saved segment, refined by `filter`. */
  segmentId?: number;
  /** `telegram`: the staff bot sends the file to the requester (always as a job). */
  deliver?: 'download' | 'telegram';
}

export type ExportOutcome =
  | { mode: 'inline'; fileName: string; rows: number; stream: Readable }
  | { mode: 'queued'; jobId: string; rows: number };

/** `POST /exports`: ≤ 10 000 rows stream at once; more, or delivery to Telegram, is a job. */
export class RequestExportCommand extends Command<ExportOutcome> {
  constructor(
    readonly actor: Actor,
    readonly request: ExportRequest,
  ) {
    super();
  }
}
