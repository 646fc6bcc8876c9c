import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  GetCampaignFunnelsQuery,
  GetClientStatsQuery,
  GetDashboardQuery,
  GetKpisQuery,
  GetFailedCheckStatsQuery,
  GetRedemptionStatsQuery,
} from '@dvorik/domain';
import { AnyStaff } from '../auth/access.decorators';
import { StatsQueryDto } from './stats-query.dto';

const DAYS = 'Shop-local days; test data only with isTest=true.';

@ApiTags('dashboard')
@Controller()
export class DashboardController {
  constructor(private readonly queries: QueryBus) {}

  @Get('dashboard')
  @AnyStaff()
  @ApiOkResponse({
    description: `redemptions {today, inRange} (the headline), clients, activeCodes, redemptionRateByTemplate, redemptionsByCashier/ByStore, series, campaignFunnel, lastRedemptions, failedChecks; plus sections other capabilities register (upcomingBroadcasts). ${DAYS}`,
  })
  dashboard(@Query() q: StatsQueryDto) {
    return this.queries.execute(new GetDashboardQuery(q));
  }

  @Get('stats/redemptions')
  @AnyStaff()
  @ApiOkResponse({
    description: `total, series per day, byCashier, byStore, byTemplate (issued → redeemed rate). ${DAYS}`,
  })
  redemptions(@Query() q: StatsQueryDto) {
    return this.queries.execute(new GetRedemptionStatsQuery(q));
  }

  @Get('stats/clients')
  @AnyStaff()
  @ApiOkResponse({ description: `total, subscribed, new in range, series of new clients per day. ${DAYS}` })
  clients(@Query() q: StatsQueryDto) {
    return this.queries.execute(new GetClientStatsQuery(q));
  }

  @Get('stats/campaigns')
  @AnyStaff()
  @ApiOkResponse({ description: `Every campaign's funnel for clients registered in the range. ${DAYS}` })
  campaigns(@Query() q: StatsQueryDto) {
    return this.queries.execute(new GetCampaignFunnelsQuery(q));
  }

  @Get('stats/failed-checks')
  @AnyStaff()
  @ApiOkResponse({ description: `Failed checks: total, byResult, the ten most recent. ${DAYS}` })
  failedChecks(@Query() q: StatsQueryDto) {
    return this.queries.execute(new GetFailedCheckStatsQuery(q));
  }

  @Get('stats/kpis')
  @AnyStaff()
  @ApiOkResponse({
    description:
      'clients {active, blocked, banned} now; broadcasts {sent, delivered} finished in the range; redemptionRate {issued, redeemed, rate} of the codes issued in the range',
  })
  kpis(@Query() q: StatsQueryDto) {
    return this.queries.execute(new GetKpisQuery(q));
  }
}
