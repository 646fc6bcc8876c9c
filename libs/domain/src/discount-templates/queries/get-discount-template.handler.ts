import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toDiscountTemplateView } from '../discount-template.entity';
import { DiscountTemplateError } from '../discount-templates.errors';
import { DiscountTemplatesRepository } from '../discount-templates.repository';
import { GetDiscountTemplateQuery } from './get-discount-template.query';

@QueryHandler(GetDiscountTemplateQuery)
export class GetDiscountTemplateHandler implements IQueryHandler<GetDiscountTemplateQuery> {
  constructor(private readonly templates: DiscountTemplatesRepository) {}

  async execute({ id }: GetDiscountTemplateQuery) {
    const template = await this.templates.findById(id);
    if (!template) throw DiscountTemplateError.notFound(id);
    return toDiscountTemplateView(template);
  }
}
