import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isDuplicateKeyError, UnitOfWork } from '@dvorik/persistence';
import { toDiscountTemplateView } from '../discount-template.entity';
import { DiscountTemplateError } from '../discount-templates.errors';
import { DiscountTemplatesRepository } from '../discount-templates.repository';
import { DiscountTemplateCreatedEvent } from '../events/discount-template.events';
import {
  type DiscountTemplateInput,
  validateDiscountTemplate,
  withoutUndefined,
} from '../rules/discount-template.rule';
import { CreateDiscountTemplateCommand } from './create-discount-template.command';

@CommandHandler(CreateDiscountTemplateCommand)
export class CreateDiscountTemplateHandler implements ICommandHandler<CreateDiscountTemplateCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly templates: DiscountTemplatesRepository,
  ) {}

  async execute({ actor, input }: CreateDiscountTemplateCommand) {
    const checked = validateDiscountTemplate({
      validityDays: null,
      usage: 'single',
      sharedCode: null,
      redemptionCap: null,
      recurrence: 'unlimited',
      reminderDays: [],
      minPurchase: null,
      active: true,
      ...withoutUndefined(input),
    } as DiscountTemplateInput);
    if (!checked.ok) throw DiscountTemplateError.invalid(checked.fields);
    const now = new Date();
    try {
      return await this.uow.run(async () => {
        const created = await this.templates.insert({ ...checked.value, createdAt: now, updatedAt: now });
        const view = toDiscountTemplateView(created);
        const { createdAt: _c, updatedAt: _u, ...after } = view;
        await this.uow.record(
          new DiscountTemplateCreatedEvent(actor, { type: 'discount_template', id: view.id }, { after }),
        );
        return view;
      });
    } catch (error) {
      if (isDuplicateKeyError(error, 'uq_discount_templates_shared_code'))
        throw DiscountTemplateError.sharedCodeTaken(checked.value.sharedCode ?? '');
      throw error;
    }
  }
}
