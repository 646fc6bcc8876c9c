import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecordableEvent } from './outbox/domain-event';
import { withDeadlockRetry } from './sql-errors';

/**
 * The one transaction mechanism (STYLE.md): command handlers run their work through `run`, which
 * opens a READ COMMITTED transaction (or joins the caller's) and re-runs it on a deadlock; events
 * recorded with `record` are outbox rows committed atomically with the state change.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The transaction's manager inside `run`, a plain manager outside. */
  get manager(): EntityManager {
    return this.txHost.tx;
  }

  get inTransaction(): boolean {
    return this.txHost.isTransactionActive();
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.txHost.isTransactionActive()) return work();
    return withDeadlockRetry(() => this.txHost.withTransaction(work));
  }

  async record(...events: RecordableEvent[]): Promise<void> {
    if (!this.txHost.isTransactionActive()) {
      throw new Error(
        'UnitOfWork.record() must be called inside run(): events commit with their state change',
      );
    }
    if (events.length === 0) return;
    // A fixed statement rather than the entity insert: every command pays this.
    await this.txHost.tx.query(
      `INSERT INTO outbox (id, type, envelope, occurred_at, published_at) VALUES ${events.map(() => '(?, ?, ?, ?, NULL)').join(', ')}`,
      events.flatMap((event) => [event.id, event.type, JSON.stringify(event.toEnvelope()), event.occurredAt]),
    );
  }
}
