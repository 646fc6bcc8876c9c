import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastUpdatedEvent } from '../events/broadcast.events';
import { checkedDraft } from './draft-checks';
import { lockedForAction } from './locked-for-action';
import { UpdateBroadcastCommand } from './update-broadcast.command';

const FIELDS = ['title', 'text', 'buttons', 'audience', 'scheduledAt'] as const;

@CommandHandler(UpdateBroadcastCommand)
export class UpdateBroadcastHandler implements ICommandHandler<UpdateBroadcastCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
    private readonly views: BroadcastViewsFactory,
  ) {}

  async execute({ actor, id, patch }: UpdateBroadcastCommand) {
    return this.uow.run(async () => {
      const current = await lockedForAction(this.broadcasts, id, 'edit');
      const next = checkedDraft({
        title: patch.title?.trim() ?? current.title,
        text: patch.text ?? current.text,
        buttons: patch.buttons ?? current.buttons,
        audience: patch.audience ?? current.audience,
        mediaKind: current.mediaKind,
        scheduledAt: patch.scheduledAt === undefined ? current.scheduledAt : patch.scheduledAt,
      });
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const field of FIELDS) {
        if (patch[field] === undefined) continue;
        before[field] = current[field];
        after[field] = next[field];
      }
      const { title, text, buttons, audience, scheduledAt } = next;
      await this.broadcasts.update(id, {
        title,
        text,
        buttons,
        audience,
        scheduledAt,
        updatedAt: new Date(),
      });
      await this.uow.record(new BroadcastUpdatedEvent(actor, { type: 'broadcast', id }, { before, after }));
      return this.views.byId(id);
    });
  }
}
