import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns';
import { ClientStatsReader } from './client-stats.reader';
import { DashboardSections } from './dashboard-sections';
import { GetDashboardHandler } from './queries/get-dashboard.handler';
import { GetKpisHandler } from './queries/get-kpis.handler';
import {
  GetCampaignFunnelsHandler,
  GetClientStatsHandler,
  GetFailedCheckStatsHandler,
  GetRedemptionStatsHandler,
} from './queries/stats.handlers';
import { RedemptionStatsReader } from './redemption-stats.reader';

const QueryHandlers = [
  GetDashboardHandler,
  GetRedemptionStatsHandler,
  GetClientStatsHandler,
  GetFailedCheckStatsHandler,
  GetCampaignFunnelsHandler,
  GetKpisHandler,
];

/** Import it to register a dashboard section (DashboardSections). */
@Module({
  imports: [CampaignsModule],
  providers: [...QueryHandlers, RedemptionStatsReader, ClientStatsReader, DashboardSections],
  exports: [DashboardSections],
})
export class StatsModule {}
