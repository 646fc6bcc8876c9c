import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { AudienceResolver } from '../audience.resolver';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastError } from '../broadcasts.errors';
import { BroadcastLaunchedEvent } from '../events/broadcast.events';
import { LaunchBroadcastCommand } from './launch-broadcast.command';
import { lockedForAction } from './locked-for-action';

@CommandHandler(LaunchBroadcastCommand)
export class LaunchBroadcastHandler implements ICommandHandler<LaunchBroadcastCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
    private readonly audience: AudienceResolver,
    private readonly views: BroadcastViewsFactory,
  ) {}

  async execute({ actor, id, at }: LaunchBroadcastCommand) {
    return this.uow.run(async () => {
      const draft = await lockedForAction(this.broadcasts, id, 'launch');
      const estimate = await this.audience.count(draft.audience);
      if (estimate === 0) throw BroadcastError.audienceEmpty(id);
      const now = new Date();
      const wanted = at ?? draft.scheduledAt;
      // A time in the past means "now": the panel's clock or a slow confirmation must not refuse it.
      const scheduledAt = wanted && wanted > now ? wanted : now;
      await this.broadcasts.transition(id, ['draft'], 'scheduled', {
        launched_at: now,
        scheduled_at: scheduledAt,
      });
      await this.uow.record(
        new BroadcastLaunchedEvent(
          actor,
          { type: 'broadcast', id },
          { title: draft.title, origin: draft.origin, scheduledAt: scheduledAt.toISOString(), estimate },
        ),
      );
      return this.views.byId(id);
    });
  }
}
