import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { ClientFilter } from '../filter/client-filter.schema';
import type { ClientView } from '../client.entity';

export const CLIENT_SORTS = [
  'createdAt',
  '-createdAt',
  'lastActivityAt',
  '-lastActivityAt',
  'id',
  '-id',
] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];

export interface ClientListItem extends ClientView {
  activeDiscounts: number;
}

export interface ListClientsInput {
  filter?: ClientFilter;
  /**
   * Name or username prefix (`Ann`, `@ann`), a Telegram id or client id (digits), or a phone
   * (only when `viewerRole` may see phones, so readonly staff cannot probe numbers).
   */
  search?: string;
  sort?: ClientSort;
  page: number;
  perPage: number;
  viewerRole?: string;
}

/** The panel's client list: one filtered, sorted page plus the total; no query per row. */
export class ListClientsQuery extends Query<Page<ClientListItem>> {
  constructor(readonly input: ListClientsInput) {
    super();
  }
}
