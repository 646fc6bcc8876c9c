import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastCreatedEvent } from '../events/broadcast.events';
import { CreateBroadcastCommand } from './create-broadcast.command';
import { checkedDraft, draftRow } from './draft-checks';

@CommandHandler(CreateBroadcastCommand)
export class CreateBroadcastHandler implements ICommandHandler<CreateBroadcastCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
    private readonly views: BroadcastViewsFactory,
  ) {}

  async execute({ actor, input, origin }: CreateBroadcastCommand) {
    const draft = checkedDraft({
      title: input.title,
      text: input.text,
      buttons: input.buttons ?? [],
      audience: input.audience ?? {},
      mediaKind: null,
      scheduledAt: input.scheduledAt ?? null,
    });
    return this.uow.run(async () => {
      const broadcast = await this.broadcasts.insert(draftRow(draft, origin, actor));
      const entity = { type: 'broadcast', id: broadcast.id };
      await this.uow.record(new BroadcastCreatedEvent(actor, entity, { title: broadcast.title, origin }));
      return this.views.view(broadcast, null);
    });
  }
}
