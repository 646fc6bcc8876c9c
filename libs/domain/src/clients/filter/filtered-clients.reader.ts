import { Injectable } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { UnitOfWork } from '@dvorik/persistence';
import { displayName } from '../rules/display-name.rule';
import { type ClientFilter, parseClientFilter } from './client-filter.schema';
import { compileClientFilter, countIndexHint, type SqlFragment } from './compile-client-filter.rule';

/** A client as a segment's preview shows them: names only, never phones. */
export interface ClientSample {
  id: number;
  telegramId: number;
  displayName: string;
  username: string | null;
  subscribed: boolean;
  status: string;
  createdAt: Date;
}

export interface IdsChunkOptions {
  /** Keyset cursor: only ids greater than this (0 to start). */
  afterId: number;
  limit: number;
  /** Only ids up to this one: fixes "the clients who existed when the job was asked for". */
  maxId?: number;
}

/**
 * The filter as SQL against the live database, for every capability that selects clients:
 * lists, counts, bulk jobs, exports and broadcast audiences. Every entry point re-validates
 * the filter, so an unchecked object can never reach SQL through here.
 */
@Injectable()
export class FilteredClientsReader {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
  ) {}

  /** `WHERE` text over `clients <alias>`; splice into your own statement with its params. */
  compile(filter: ClientFilter, alias = 'c', now = new Date()): SqlFragment {
    return compileClientFilter(parseClientFilter(filter), { now, timeZone: this.config.timeZone, alias });
  }

  /** `extra` narrows the count further (the client list's search), over the same `clients c`. */
  async count(filter: ClientFilter, extra?: SqlFragment): Promise<number> {
    const checked = parseClientFilter(filter);
    const where = this.compile(checked);
    const hint = extra ? '' : countIndexHint(checked);
    const [row] = await this.uow.query<Array<{ n: string | number }>>(
      `SELECT COUNT(*) AS n FROM clients c ${hint} WHERE ${where.sql}${extra ? ` AND ${extra.sql}` : ''}`,
      extra ? [...where.params, ...extra.params] : where.params,
    );
    return Number(row?.n ?? 0);
  }

  /** One keyset chunk in id order: cheap at any depth, stable while clients register meanwhile. */
  async idsChunk(filter: ClientFilter, { afterId, limit, maxId }: IdsChunkOptions): Promise<number[]> {
    const where = this.compile(filter);
    const bound = maxId === undefined ? '' : ' AND c.id <= ?';
    const rows = await this.uow.query<Array<{ id: number }>>(
      `SELECT c.id FROM clients c WHERE ${where.sql} AND c.id > ?${bound} ORDER BY c.id LIMIT ?`,
      [...where.params, afterId, ...(maxId === undefined ? [] : [maxId]), limit],
    );
    return rows.map((row) => Number(row.id));
  }

  /** Every matching id, chunk by chunk; never holds more than one chunk in memory. */
  async *idChunks(filter: ClientFilter, size = 1000, maxId?: number): AsyncGenerator<number[]> {
    let afterId = 0;
    for (;;) {
      const ids = await this.idsChunk(filter, { afterId, limit: size, maxId });
      if (ids.length === 0) return;
      yield ids;
      if (ids.length < size) return;
      afterId = ids[ids.length - 1];
    }
  }

  async maxClientId(): Promise<number> {
    const [row] = await this.uow.query<Array<{ id: number | null }>>('SELECT MAX(id) AS id FROM clients');
    return Number(row?.id ?? 0);
  }

  /** The newest matching clients, `limit` at most (a segment's preview). */
  async sample(filter: ClientFilter, limit: number): Promise<ClientSample[]> {
    const where = this.compile(filter);
    const rows = await this.uow.query<
      Array<{
        id: number;
        telegram_id: string;
        first_name: string | null;
        last_name: string | null;
        username: string | null;
        subscribed: number;
        status: string;
        created_at: Date;
      }>
    >(
      `SELECT c.id, c.telegram_id, c.first_name, c.last_name, c.username, c.subscribed, c.status, c.created_at
       FROM clients c WHERE ${where.sql} ORDER BY c.id DESC LIMIT ?`,
      [...where.params, limit],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      telegramId: Number(r.telegram_id),
      displayName: displayName({ firstName: r.first_name, lastName: r.last_name, username: r.username }),
      username: r.username,
      subscribed: Boolean(r.subscribed),
      status: r.status,
      createdAt: r.created_at,
    }));
  }
}
