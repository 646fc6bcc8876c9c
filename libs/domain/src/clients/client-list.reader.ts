import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { In } from 'typeorm';
import { Client, type ClientView, toClientView } from './client.entity';
import type { SqlFragment } from './filter/compile-client-filter.rule';
import type { ClientSort } from './queries/list-clients.query';

const ORDER: Record<ClientSort, string> = {
  createdAt: 'c.created_at ASC, c.id ASC',
  '-createdAt': 'c.created_at DESC, c.id DESC',
  lastActivityAt: 'c.last_activity_at ASC, c.id ASC',
  '-lastActivityAt': 'c.last_activity_at DESC, c.id DESC',
  id: 'c.id ASC',
  '-id': 'c.id DESC',
};

/** The staff's client list: a page of ids under a condition, then the page's rows. */
@Injectable()
export class ClientListReader {
  constructor(private readonly uow: UnitOfWork) {}

  /** The ids of one page of `clients c` under `where`, in the list's order. */
  async pageIds(where: SqlFragment, sort: ClientSort, page: number, perPage: number): Promise<number[]> {
    const rows = await this.uow.query<Array<{ id: number }>>(
      `SELECT c.id FROM clients c WHERE ${where.sql} ORDER BY ${ORDER[sort]} LIMIT ? OFFSET ?`,
      [...where.params, perPage, (page - 1) * perPage],
    );
    return rows.map((r) => Number(r.id));
  }

  /** The page's rows, tags and active-code counts: three queries for the whole page. */
  async items(ids: number[]): Promise<Array<ClientView & { activeDiscounts: number }>> {
    if (ids.length === 0) return [];
    const m = this.uow.manager;
    const marks = ids.map(() => '?').join(', ');
    const [clients, tags, discounts] = await Promise.all([
      m.findBy(Client, { id: In(ids) }),
      m.query<Array<{ client_id: number; tag: string }>>(
        `SELECT client_id, tag FROM client_tags WHERE client_id IN (${marks}) ORDER BY tag`,
        ids,
      ),
      m.query<Array<{ client_id: number; n: string }>>(
        `SELECT client_id, COUNT(*) AS n FROM discounts WHERE client_id IN (${marks}) AND status = 'active'
           AND (expires_at IS NULL OR expires_at > ?) GROUP BY client_id`,
        [...ids, new Date()],
      ),
    ]);
    const byId = new Map(clients.map((c) => [c.id, c]));
    const tagsOf = new Map<number, string[]>();
    for (const row of tags)
      tagsOf.set(Number(row.client_id), [...(tagsOf.get(Number(row.client_id)) ?? []), row.tag]);
    const active = new Map(discounts.map((d) => [Number(d.client_id), Number(d.n)]));
    return ids
      .filter((id) => byId.has(id))
      .map((id) => ({
        ...toClientView(byId.get(id)!, tagsOf.get(id) ?? []),
        activeDiscounts: active.get(id) ?? 0,
      }));
  }
}
