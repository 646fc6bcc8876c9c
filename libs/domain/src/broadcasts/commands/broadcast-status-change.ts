import { Injectable } from '@nestjs/common';
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
import { lockedForAction } from './locked-for-action';

/** The staff's status changes of a running broadcast; the sender notices within half a second. */
@Injectable()
export abstract class BroadcastStatusChange {
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
