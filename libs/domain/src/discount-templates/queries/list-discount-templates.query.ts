import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { DiscountEvent, DiscountTemplateView } from '../discount-template.entity';

export interface DiscountTemplateFilter {
  event?: DiscountEvent;
  active?: boolean;
}

export class ListDiscountTemplatesQuery extends Query<Page<DiscountTemplateView>> {
  constructor(
    readonly filter: DiscountTemplateFilter,
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
