import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns';
import { ClientsModule } from '../clients';
import { ClientStatsReader } from './client-stats.reader';
import { KpiFiguresReader } from './kpi-figures.reader';
import { DashboardSections } from './dashboard-sections';
import { GetCampaignFunnelsHandler } from './queries/get-campaign-funnels.handler';
import { GetClientStatsHandler } from './queries/get-client-stats.handler';
import { GetDashboardHandler } from './queries/get-dashboard.handler';
import { GetFailedCheckStatsHandler } from './queries/get-failed-check-stats.handler';
import { GetKpisHandler } from './queries/get-kpis.handler';
import { GetRedemptionStatsHandler } from './queries/get-redemption-stats.handler';
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
  imports: [CampaignsModule, ClientsModule],
  providers: [
    ...QueryHandlers,
    RedemptionStatsReader,
    ClientStatsReader,
    KpiFiguresReader,
    DashboardSections,
  ],
  exports: [DashboardSections],
})
export class StatsModule {}
