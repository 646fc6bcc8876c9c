import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DashboardSections } from '../../stats';
import { broadcastStats } from '../broadcast.view';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { BroadcastsRepository } from '../broadcasts.repository';

const SHOWN = 5;

/**
 * The dashboard's broadcast blocks (DESIGN §2 Dashboard: "upcoming broadcasts and delivery of
 * recent ones"). Broadcasts have no test twin, so `isTest` does not narrow them.
 */
@Injectable()
export class BroadcastDashboardSections implements OnModuleInit {
  constructor(
    private readonly sections: DashboardSections,
    private readonly broadcasts: BroadcastsRepository,
    private readonly views: BroadcastViewsFactory,
  ) {}

  onModuleInit(): void {
    this.sections.register('upcomingBroadcasts', () => this.upcoming());
    this.sections.register('recentBroadcasts', () => this.recent());
  }

  private async upcoming() {
    const rows = await this.broadcasts.upcoming(SHOWN);
    return rows.map((b) => ({ id: b.id, title: b.title, origin: b.origin, scheduledAt: b.scheduledAt }));
  }

  private async recent() {
    const rows = await this.broadcasts.recentlyStarted(SHOWN);
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
