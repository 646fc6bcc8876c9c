import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import type { RecordableEvent } from './outbox/domain-event';
import { withDeadlockRetry } from './sql-errors';

/** The part of mysql2's callback connection (what TypeORM's MySQL query runner holds) used here. */
interface CallbackConnection {
  query(sql: string, values: unknown[], callback: (error: Error | null, result: unknown) => void): void;
}

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

  /**
   * One SQL statement with `?` parameters, in the transaction when inside `run`. Rows for a
   * SELECT, mysql2's result header (affectedRows, insertId) otherwise; a failure is TypeORM's
   * QueryFailedError, as from `manager.query`. Inside a transaction the statement goes straight to
   * the transaction's mysql2 connection: TypeORM's query runner wraps every statement in a promise
   * wrapper it re-requires, two broadcasts and a result copy, which the till's redeem (eight
   * statements) paid for on each (README «Performance»). Outside, it is `manager.query`.
   */
  query<T = unknown>(sql: string, parameters: unknown[] = []): Promise<T> {
    const manager = this.txHost.tx;
    const runner = manager.queryRunner as
      { isReleased: boolean; databaseConnection?: CallbackConnection } | undefined;
    const connection = runner && !runner.isReleased ? runner.databaseConnection : undefined;
    if (!connection) return manager.query<T>(sql, parameters);
    return new Promise<T>((resolve, reject) =>
      connection.query(sql, parameters, (error, result) =>
        error ? reject(new QueryFailedError(sql, parameters, error)) : resolve(result as T),
      ),
    );
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
    await this.query(
      `INSERT INTO outbox (id, type, envelope, occurred_at, published_at) VALUES ${events.map(() => '(?, ?, ?, ?, NULL)').join(', ')}`,
      events.flatMap((event) => [event.id, event.type, JSON.stringify(event.toEnvelope()), event.occurredAt]),
    );
  }
}
