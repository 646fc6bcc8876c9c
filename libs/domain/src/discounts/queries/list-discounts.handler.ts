import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { normalizeSharedCode } from '../../discount-templates';
import { SettingsReader } from '../../settings';
import { DiscountViewsFactory } from '../discount-views.factory';
import { DiscountsRepository } from '../discounts.repository';
import { normalizeCodeInput } from '../rules/discount-code.rule';
import { ListDiscountsQuery } from './list-discounts.query';

@QueryHandler(ListDiscountsQuery)
export class ListDiscountsHandler implements IQueryHandler<ListDiscountsQuery> {
  constructor(
    private readonly discounts: DiscountsRepository,
    private readonly views: DiscountViewsFactory,
    private readonly settings: SettingsReader,
  ) {}

  async execute({ filter, page, perPage }: ListDiscountsQuery) {
    const qb = this.discounts.query().where('d.isTest = :isTest', { isTest: filter.isTest ?? false });
    if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
    if (filter.clientId !== undefined) qb.andWhere('d.clientId = :clientId', { clientId: filter.clientId });
    if (filter.templateId !== undefined)
      qb.andWhere('d.templateId = :templateId', { templateId: filter.templateId });
    if (filter.origin) qb.andWhere('d.origin = :origin', { origin: filter.origin });
    if (filter.issuedFrom) qb.andWhere('d.issuedAt >= :from', { from: filter.issuedFrom });
    if (filter.issuedTo) qb.andWhere('d.issuedAt < :to', { to: filter.issuedTo });
    if (filter.code) {
      const personal = normalizeCodeInput(filter.code, await this.settings.get('code_prefix'));
      const codes = [personal, normalizeSharedCode(filter.code)].filter((c): c is string => !!c);
      qb.andWhere('d.code IN (:...codes)', { codes });
    }
    const total = await qb.clone().getCount();
    qb.orderBy('d.id', 'DESC')
      .offset((page - 1) * perPage)
      .limit(perPage);
    return { items: await this.views.views(await this.discounts.many(qb)), total, page, perPage };
  }
}
