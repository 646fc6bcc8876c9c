import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { In } from 'typeorm';
import { ClientFilterCompiler } from '../filter/client-filter.compiler';
import { Client, toClientView } from '../client.entity';
import { ClientCountCache } from '../client-count.cache';
import { clientSearchSql } from '../rules/client-search.rule';
import { canSeePhones, redactPhones } from '../rules/phone-visibility.rule';
import { type ClientSort, ListClientsQuery } from './list-clients.query';

const ORDER: Record<ClientSort, string> = {
  createdAt: 'c.created_at ASC, c.id ASC',
  '-createdAt': 'c.created_at DESC, c.id DESC',
  lastActivityAt: 'c.last_activity_at ASC, c.id ASC',
  '-lastActivityAt': 'c.last_activity_at DESC, c.id DESC',
  id: 'c.id ASC',
  '-id': 'c.id DESC',
};

@QueryHandler(ListClientsQuery)
export class ListClientsHandler implements IQueryHandler<ListClientsQuery> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly compiler: ClientFilterCompiler,
    private readonly counts: ClientCountCache,
  ) {}

  async execute({ input }: ListClientsQuery) {
    const { page, perPage, viewerRole } = input;
    const where = this.compiler.compile(input.filter ?? {});
    const search = input.search ? clientSearchSql(input.search, canSeePhones(viewerRole)) : null;
    const sql = search ? `${where.sql} AND ${search.sql}` : where.sql;
    const params = search ? [...where.params, ...search.params] : where.params;
    const m = this.uow.manager;
    const identity = [input.filter ?? {}, input.search ?? '', canSeePhones(viewerRole)];
    const [total, idRows] = await Promise.all([
      this.counts.total(identity, () => this.compiler.count(input.filter ?? {}, search ?? undefined)),
      m.query<Array<{ id: number }>>(
        `SELECT c.id FROM clients c WHERE ${sql} ORDER BY ${ORDER[input.sort ?? '-createdAt']} LIMIT ? OFFSET ?`,
        [...params, perPage, (page - 1) * perPage],
      ),
    ]);
    const ids = idRows.map((r) => Number(r.id));
    const items = ids.length ? await this.items(ids) : [];
    return { items: redactPhones(items, viewerRole ?? 'owner'), total, page, perPage };
  }

  /** The page's rows, tags and active-code counts: three queries for the whole page. */
  private async items(ids: number[]) {
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
