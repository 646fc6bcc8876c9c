import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Brackets } from 'typeorm';
import { DiscountViewsFactory } from '../discount-views.factory';
import { DiscountsRepository } from '../discounts.repository';
import { ListClientDiscountsQuery } from './list-client-discounts.query';

/** A client has a handful of codes; a hard cap keeps a pathological account cheap. */
const CLIENT_DISCOUNTS_LIMIT = 100;

@QueryHandler(ListClientDiscountsQuery)
export class ListClientDiscountsHandler implements IQueryHandler<ListClientDiscountsQuery> {
  constructor(
    private readonly discounts: DiscountsRepository,
    private readonly views: DiscountViewsFactory,
  ) {}

  async execute({ clientId, activeOnly }: ListClientDiscountsQuery) {
    const qb = this.discounts.query().where('d.clientId = :clientId', { clientId });
    if (activeOnly) {
      // The expiry job runs periodically; an `active` row past its expiry is not shown.
      qb.andWhere("d.status = 'active'").andWhere(
        new Brackets((w) =>
          w.where('d.expiresAt IS NULL').orWhere('d.expiresAt > :now', { now: new Date() }),
        ),
      );
      qb.orderBy('d.expiresAt IS NULL', 'ASC').addOrderBy('d.expiresAt', 'ASC');
    } else {
      qb.orderBy('d.issuedAt', 'DESC');
    }
    return this.views.views(
      await this.discounts.many(qb.addOrderBy('d.id', 'DESC').limit(CLIENT_DISCOUNTS_LIMIT)),
    );
  }
}
