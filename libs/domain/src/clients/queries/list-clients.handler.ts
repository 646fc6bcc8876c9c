import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FilteredClientsReader } from '../filter/filtered-clients.reader';
import { ClientCountCache } from '../client-count.cache';
import { ClientListReader } from '../client-list.reader';
import { clientSearchSql } from '../rules/client-search.rule';
import { canSeePhones, redactPhones } from '../rules/phone-visibility.rule';
import { ListClientsQuery } from './list-clients.query';

@QueryHandler(ListClientsQuery)
export class ListClientsHandler implements IQueryHandler<ListClientsQuery> {
  constructor(
    private readonly list: ClientListReader,
    private readonly compiler: FilteredClientsReader,
    private readonly counts: ClientCountCache,
  ) {}

  async execute({ input }: ListClientsQuery) {
    const { page, perPage, viewerRole } = input;
    const where = this.compiler.compile(input.filter ?? {});
    const search = input.search ? clientSearchSql(input.search, canSeePhones(viewerRole)) : null;
    const sql = search ? `${where.sql} AND ${search.sql}` : where.sql;
    const params = search ? [...where.params, ...search.params] : where.params;
    const identity = [input.filter ?? {}, input.search ?? '', canSeePhones(viewerRole)];
    const [total, ids] = await Promise.all([
      this.counts.total(identity, () => this.compiler.count(input.filter ?? {}, search ?? undefined)),
      this.list.pageIds({ sql, params }, input.sort ?? '-createdAt', page, perPage),
    ]);
    const items = await this.list.items(ids);
    return { items: redactPhones(items, viewerRole ?? 'owner'), total, page, perPage };
  }
}
