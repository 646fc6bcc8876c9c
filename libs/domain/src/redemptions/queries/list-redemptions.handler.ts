import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { normalizeSharedCode } from '../../discount-templates';
import { normalizeCodeInput } from '../../discounts';
import { SettingsReader } from '../../settings';
import { RedemptionListReader } from '../redemption-list.reader';
import { ListRedemptionsQuery } from './list-redemptions.query';

@QueryHandler(ListRedemptionsQuery)
export class ListRedemptionsHandler implements IQueryHandler<ListRedemptionsQuery> {
  constructor(
    private readonly reader: RedemptionListReader,
    private readonly settings: SettingsReader,
  ) {}

  async execute({ filter, page, perPage }: ListRedemptionsQuery) {
    const codes = filter.code
      ? [
          normalizeCodeInput(filter.code, await this.settings.get('code_prefix')),
          normalizeSharedCode(filter.code),
        ].filter((c): c is string => !!c)
      : [];
    return { ...(await this.reader.page(filter, codes, page, perPage)), page, perPage };
  }
}
