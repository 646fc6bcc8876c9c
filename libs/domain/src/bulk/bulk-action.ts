import type { ClientFilter } from '../clients';

/** Above this many clients a bulk action is a job (202); at or below, one transaction. */
export const BULK_SYNC_LIMIT = 1000;
/** Clients per job transaction: issuing runs a command per client, tagging is set-based. */
export const BULK_CHUNK_ISSUING = 100;
export const BULK_CHUNK_TAGS_ONLY = 1000;
/** Failures kept in a result; the counts stay exact beyond it. */
export const MAX_REPORTED_FAILURES = 100;

export interface BulkAction {
  addTags: string[];
  removeTags: string[];
  issueTemplateId: number | null;
  reason: string | null;
}

export type BulkTarget = { clientIds: number[] } | { filter: ClientFilter };

export interface BulkFailure {
  clientId: number;
  code: string;
  message: string;
}

export interface BulkResult {
  matched: number;
  processed: number;
  tagged: number;
  untagged: number;
  issued: number;
  alreadyIssued: number;
  failed: number;
  failures: BulkFailure[];
}

export const emptyBulkResult = (matched: number): BulkResult => ({
  matched,
  processed: 0,
  tagged: 0,
  untagged: 0,
  issued: 0,
  alreadyIssued: 0,
  failed: 0,
  failures: [],
});

export function mergeBulkResults(total: BulkResult, chunk: BulkResult): BulkResult {
  return {
    matched: total.matched,
    processed: total.processed + chunk.processed,
    tagged: total.tagged + chunk.tagged,
    untagged: total.untagged + chunk.untagged,
    issued: total.issued + chunk.issued,
    alreadyIssued: total.alreadyIssued + chunk.alreadyIssued,
    failed: total.failed + chunk.failed,
    failures: [...total.failures, ...chunk.failures].slice(0, MAX_REPORTED_FAILURES),
  };
}
