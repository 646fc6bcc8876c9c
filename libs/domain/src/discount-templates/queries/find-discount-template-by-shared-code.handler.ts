import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toDiscountTemplateView } from '../discount-template.entity';
import { DiscountTemplatesRepository } from '../discount-templates.repository';
import { normalizeSharedCode } from '../rules/discount-template.rule';
import { FindDiscountTemplateBySharedCodeQuery } from './find-discount-template-by-shared-code.query';

@QueryHandler(FindDiscountTemplateBySharedCodeQuery)
export class FindDiscountTemplateBySharedCodeHandler implements IQueryHandler<FindDiscountTemplateBySharedCodeQuery> {
  constructor(private readonly templates: DiscountTemplatesRepository) {}

  async execute({ sharedCode }: FindDiscountTemplateBySharedCodeQuery) {
    const template = await this.templates.findBySharedCode(normalizeSharedCode(sharedCode));
    return template ? toDiscountTemplateView(template) : null;
  }
}
