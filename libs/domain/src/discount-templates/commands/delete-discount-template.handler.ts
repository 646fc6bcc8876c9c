import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { SettingsReader } from '../../settings';
import { toDiscountTemplateView } from '../discount-template.entity';
import { DiscountTemplateError } from '../discount-templates.errors';
import { DiscountTemplatesRepository } from '../discount-templates.repository';
import {
  DiscountTemplateDeletedEvent,
  DiscountTemplateUpdatedEvent,
} from '../events/discount-template.events';
import { DeleteDiscountTemplateCommand } from './delete-discount-template.command';

@CommandHandler(DeleteDiscountTemplateCommand)
export class DeleteDiscountTemplateHandler implements ICommandHandler<DeleteDiscountTemplateCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly templates: DiscountTemplatesRepository,
    private readonly settings: SettingsReader,
  ) {}

  async execute({ actor, id }: DeleteDiscountTemplateCommand) {
    const settings = await this.settings.all();
    const named = settings.subscription_template_id === id || settings.birthday_template_id === id;
    return this.uow.run(async () => {
      const current = await this.templates.findById(id, true);
      if (!current) throw DiscountTemplateError.notFound(id);
      const entity = { type: 'discount_template', id } as const;
      if (!named && !(await this.templates.wasUsed(id))) {
        await this.templates.delete(id);
        const { createdAt: _c, updatedAt: _u, ...before } = toDiscountTemplateView(current);
        await this.uow.record(new DiscountTemplateDeletedEvent(actor, entity, { before }));
        return { outcome: 'deleted' as const, id };
      }
      const now = new Date();
      if (current.active) {
        await this.templates.update(id, { active: false, updatedAt: now });
        await this.uow.record(
          new DiscountTemplateUpdatedEvent(actor, entity, {
            before: { active: true },
            after: { active: false },
          }),
        );
      }
      const template = toDiscountTemplateView({
        ...current,
        active: false,
        updatedAt: current.active ? now : current.updatedAt,
      });
      return { outcome: 'deactivated' as const, id, template };
    });
  }
}
