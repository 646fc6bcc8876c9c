import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toDiscountTemplateView } from '../discount-template.entity';
import { DiscountTemplatesRepository } from '../discount-templates.repository';
import { ListDiscountTemplatesQuery } from './list-discount-templates.query';

@QueryHandler(ListDiscountTemplatesQuery)
export class ListDiscountTemplatesHandler implements IQueryHandler<ListDiscountTemplatesQuery> {
  constructor(private readonly templates: DiscountTemplatesRepository) {}

  async execute({ filter, page, perPage }: ListDiscountTemplatesQuery) {
    const [rows, total] = await this.templates.page(filter, page, perPage);
    return { items: rows.map(toDiscountTemplateView), total, page, perPage };
  }
}
