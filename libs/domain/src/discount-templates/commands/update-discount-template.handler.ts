import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isDuplicateKeyError, UnitOfWork } from '@dvorik/persistence';
import { isDeepStrictEqual } from 'node:util';
import { toDiscountTemplateView } from '../discount-template.entity';
import { DiscountTemplateError } from '../discount-templates.errors';
import { DiscountTemplatesRepository } from '../discount-templates.repository';
import { DiscountTemplateUpdatedEvent } from '../events/discount-template.events';
import { validateDiscountTemplate, withoutUndefined } from '../rules/discount-template.rule';
import { UpdateDiscountTemplateCommand } from './update-discount-template.command';

@CommandHandler(UpdateDiscountTemplateCommand)
export class UpdateDiscountTemplateHandler implements ICommandHandler<UpdateDiscountTemplateCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly templates: DiscountTemplatesRepository,
  ) {}

  async execute({ actor, id, patch }: UpdateDiscountTemplateCommand) {
    try {
      return await this.uow.run(async () => {
        const current = await this.templates.findById(id, true);
        if (!current) throw DiscountTemplateError.notFound(id);
        const { createdAt: _c, updatedAt: _u, id: _id, ...before } = toDiscountTemplateView(current);
        const checked = validateDiscountTemplate({ ...before, ...withoutUndefined(patch) });
        if (!checked.ok) throw DiscountTemplateError.invalid(checked.fields);
        const now = new Date();
        await this.templates.update(id, { ...checked.value, updatedAt: now });
        const updated = toDiscountTemplateView({ ...current, ...checked.value, updatedAt: now });
        const diff = changedFields(before, updated);
        if (Object.keys(diff.after).length > 0) {
          await this.uow.record(
            new DiscountTemplateUpdatedEvent(actor, { type: 'discount_template', id }, diff),
          );
        }
        return updated;
      });
    } catch (error) {
      if (isDuplicateKeyError(error, 'uq_discount_templates_shared_code'))
        throw DiscountTemplateError.sharedCodeTaken(String(patch.sharedCode ?? ''));
      throw error;
    }
  }
}

function changedFields<T extends object>(before: T, after: T) {
  const diff = { before: {} as Partial<T>, after: {} as Partial<T> };
  for (const key of Object.keys(before) as Array<keyof T>) {
    if (isDeepStrictEqual(before[key], after[key])) continue;
    diff.before[key] = before[key];
    diff.after[key] = after[key];
  }
  return diff;
}
