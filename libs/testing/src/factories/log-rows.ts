import { randomUUID } from 'node:crypto';
import { insertRows, type Sql } from './insert-rows';

/**
 * Rows of the logs the purge jobs clean, written with chosen ages: the audit log, the consumers'
 * records of consumed events and the idempotency keys of the till's requests.
 */

/** An `audit_logs` row by column. */
export interface AuditEntryRow {
  event_id: string;
  action: string;
  entity_type: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/** An audit log entry; defaults: a fresh event id, action «test» on an «x», now. */
export async function anAuditEntry(sql: Sql, overrides: Partial<AuditEntryRow> = {}): Promise<void> {
  await insertRows(sql, 'audit_logs', [
    {
      event_id: randomUUID(),
      action: 'test',
      entity_type: 'x',
      payload: {},
      created_at: new Date(),
      ...overrides,
    },
  ]);
}

/** A `consumed_events` row by column. */
export interface ConsumedEventRow {
  consumer: string;
  event_id: string;
  consumed_at: Date;
}

/** A consumer's record of an event it handled; defaults: consumer «a», a fresh event id, now. */
export async function aConsumedEvent(sql: Sql, overrides: Partial<ConsumedEventRow> = {}): Promise<void> {
  await insertRows(sql, 'consumed_events', [
    { consumer: 'a', event_id: randomUUID(), consumed_at: new Date(), ...overrides },
  ]);
}

/** An `idempotency_keys` row by column. */
export interface IdempotencyKeyRow {
  scope: string;
  idem_key: string;
  request_hash: string;
  created_at: Date;
}

/** A remembered `Idempotency-Key`; defaults: a fresh key of a redeem, without an outcome yet, now. */
export async function anIdempotencyKey(sql: Sql, overrides: Partial<IdempotencyKeyRow> = {}): Promise<void> {
  await insertRows(sql, 'idempotency_keys', [
    {
      scope: 'redeem',
      idem_key: randomUUID(),
      request_hash: 'a'.repeat(64),
      created_at: new Date(),
      ...overrides,
    },
  ]);
}
