import { Injectable, type OnModuleInit } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { DashboardSections } from '../../stats';
import { Broadcast } from '../broadcast.entity';
import { broadcastStats } from '../broadcast.view';
import { BroadcastViewsFactory } from '../broadcast-views.factory';

const SHOWN = 5;

/**
 * The dashboard's broadcast blocks (DESIGN §2 Dashboard: "upcoming broadcasts and delivery of
 * recent ones"). Broadcasts have no test twin, so `isTest` does not narrow them.
 */
@Injectable()
export class BroadcastDashboardSections implements OnModuleInit {
  constructor(
    private readonly sections: DashboardSections,
    private readonly uow: UnitOfWork,
    private readonly views: BroadcastViewsFactory,
  ) {}

  onModuleInit(): void {
    this.sections.register('upcomingBroadcasts', () => this.upcoming());
    this.sections.register('recentBroadcasts', () => this.recent());
  }

  private async upcoming() {
    const rows = await this.uow.manager.find(Broadcast, {
      where: { status: 'scheduled' },
      order: { scheduledAt: 'ASC' },
      take: SHOWN,
    });
    return rows.map((b) => ({ id: b.id, title: b.title, origin: b.origin, scheduledAt: b.scheduledAt }));
  }

  private async recent() {
    const rows = await this.uow.manager
      .createQueryBuilder(Broadcast, 'b')
      .where('b.status IN (:...statuses)', { statuses: ['sending', 'paused', 'sent', 'failed'] })
      .orderBy('b.startedAt', 'DESC')
      .take(SHOWN)
      .getMany();
    const rate = await this.views.rate();
    return rows.map((b) => ({
      id: b.id,
      title: b.title,
      status: b.status,
      startedAt: b.startedAt,
      finishedAt: b.finishedAt,
      stats: broadcastStats(b, rate),
    }));
  }
}
