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
    const { code, ...rest } = filter;
    let codes: string[] | null = null;
    if (code) {
      const personal = normalizeCodeInput(code, await this.settings.get('code_prefix'));
      codes = [personal, normalizeSharedCode(code)].filter((c): c is string => !!c);
    }
    const { rows, total } = await this.discounts.page(rest, codes, page, perPage);
    return { items: await this.views.views(rows), total, page, perPage };
  }
}
