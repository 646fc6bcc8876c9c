import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { UnitOfWork } from '../unit-of-work';

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** What a request produced, in a form that can be replayed byte for byte. */
export type StoredOutcome =
  | { ok: true; result: unknown }
  | { ok: false; error: { code: string; message: string; details: Record<string, unknown> } };

/**
 * What a key says before the work runs: `null` — new (or a first attempt that never finished), run
 * the work; `'reused'` — the key was used with a different request, the caller refuses in its own
 * words; otherwise the first outcome, to be answered again.
 */
export type Replay = StoredOutcome | 'reused' | null;

interface Row {
  request_hash: string;
  outcome: 'ok' | 'error' | null;
  response: string | object | null;
}

/**
 * Idempotency keys (`idempotency_keys`), generic over what the work is: the scope names the
 * operation and the caller. The key row is inserted in the same transaction as the work, so a
 * concurrent retry blocks on the primary key until the first commits and then replays it; a first
 * attempt that rolled back leaves no row and the retry simply runs. The store knows no domain
 * error: callers decide how an invalid or reused key is refused.
 */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly uow: UnitOfWork) {}

  static hash(request: unknown): string {
    return createHash('sha256').update(JSON.stringify(request)).digest('hex');
  }

  static isValidKey(key: string): boolean {
    return IDEMPOTENCY_KEY_PATTERN.test(key);
  }

  async replay(scope: string, key: string, requestHash: string): Promise<Replay> {
    const rows: Row[] = await this.uow.query(
      'SELECT request_hash, outcome, response FROM idempotency_keys WHERE scope = ? AND idem_key = ?',
      [scope, key],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.request_hash !== requestHash) return 'reused';
    if (row.outcome === null || row.response === null) return null;
    const response = typeof row.response === 'string' ? JSON.parse(row.response) : row.response;
    return row.outcome === 'ok' ? { ok: true, result: response } : { ok: false, error: response };
  }

  /** Inside the work's transaction; a duplicate (PRIMARY) means a concurrent twin committed first. */
  async claim(scope: string, key: string, requestHash: string, at: Date): Promise<void> {
    await this.uow.query(
      'INSERT INTO idempotency_keys (scope, idem_key, request_hash, outcome, response, created_at) VALUES (?, ?, ?, NULL, NULL, ?)',
      [scope, key, requestHash, at],
    );
  }

  async complete(scope: string, key: string, outcome: StoredOutcome): Promise<void> {
    await this.uow.query(
      'UPDATE idempotency_keys SET outcome = ?, response = ? WHERE scope = ? AND idem_key = ?',
      [outcome.ok ? 'ok' : 'error', JSON.stringify(outcome.ok ? outcome.result : outcome.error), scope, key],
    );
  }

  async purgeOlderThan(cutoff: Date, limit: number): Promise<number> {
    const result: { affectedRows: number } = await this.uow.query(
      'DELETE FROM idempotency_keys WHERE created_at < ? ORDER BY created_at LIMIT ?',
      [cutoff, limit],
    );
    return result.affectedRows;
  }
}
