import { Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type Actor, UnitOfWork } from '@dvorik/persistence';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { BroadcastsRepository } from '../broadcasts.repository';
import {
  BroadcastCancelledEvent,
  BroadcastPausedEvent,
  BroadcastResumedEvent,
} from '../events/broadcast.events';
import type { BroadcastAction } from '../rules/broadcast-status.rule';
import type { BroadcastStatus } from '../broadcast.types';
import {
  CancelBroadcastCommand,
  PauseBroadcastCommand,
  ResumeBroadcastCommand,
} from './change-broadcast-status.command';
import { lockedForAction } from './locked-for-action';

/** The staff's status changes of a running broadcast; the sender notices within half a second. */
@Injectable()
abstract class StatusChangeHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
    private readonly views: BroadcastViewsFactory,
  ) {}

  protected change(actor: Actor, id: number, action: BroadcastAction, to: BroadcastStatus) {
    return this.uow.run(async () => {
      const current = await lockedForAction(this.broadcasts, id, action);
      const finishedAt = to === 'cancelled' ? { finished_at: new Date() } : {};
      await this.broadcasts.transition(id, [current.status], to, finishedAt);
      const entity = { type: 'broadcast', id };
      await this.uow.record(
        to === 'paused'
          ? new BroadcastPausedEvent(actor, entity, {})
          : to === 'sending'
            ? new BroadcastResumedEvent(actor, entity, {})
            : new BroadcastCancelledEvent(actor, entity, { status: current.status }),
      );
      return this.views.byId(id);
    });
  }
}

@CommandHandler(PauseBroadcastCommand)
export class PauseBroadcastHandler
  extends StatusChangeHandler
  implements ICommandHandler<PauseBroadcastCommand>
{
  execute({ actor, id }: PauseBroadcastCommand) {
    return this.change(actor, id, 'pause', 'paused');
  }
}

@CommandHandler(ResumeBroadcastCommand)
export class ResumeBroadcastHandler
  extends StatusChangeHandler
  implements ICommandHandler<ResumeBroadcastCommand>
{
  execute({ actor, id }: ResumeBroadcastCommand) {
    return this.change(actor, id, 'resume', 'sending');
  }
}

@CommandHandler(CancelBroadcastCommand)
export class CancelBroadcastHandler
  extends StatusChangeHandler
  implements ICommandHandler<CancelBroadcastCommand>
{
  execute({ actor, id }: CancelBroadcastCommand) {
    return this.change(actor, id, 'cancel', 'cancelled');
  }
}
