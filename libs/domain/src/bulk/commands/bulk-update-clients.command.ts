import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { BulkResult } from '../bulk-action';

export interface BulkUpdateInput {
  /** The audience, in DESIGN's order of precedence: explicit ids, else a segment refined by a filter. */
  clientIds?: number[];
  segmentId?: number;
  filter?: unknown;
  addTags?: string[];
  removeTags?: string[];
  issueTemplateId?: number;
  reason?: string;
}

/** `POST /clients/bulk`: done in one transaction (≤ BULK_SYNC_LIMIT clients) or queued as a job. */
export class BulkUpdateClientsCommand extends Command<
  { mode: 'done'; runId: string; result: BulkResult } | { mode: 'queued'; jobId: string; total: number }
> {
  constructor(
    readonly actor: Actor,
    readonly input: BulkUpdateInput,
  ) {
    super();
  }
}
