/** GET /api/v1/dashboard (libs/domain/src/stats/queries/get-dashboard.handler.ts). */
export interface RedemptionRow {
  id: number;
  result: string;
  codeEntered: string;
  discountCode: string | null;
  clientId: number | null;
  clientName: string | null;
  cashierName: string | null;
  store: string | null;
  purchaseAmount: number | null;
  createdAt: string;
}

export interface BroadcastStats {
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  progress: number;
}

export interface DashboardData {
  range: { from: string; to: string; timeZone: string };
  redemptions: { today: number; inRange: number };
  clients: { total: number; subscribed: number; newToday: number; newInRange: number };
  activeCodes: number;
  redemptionRateByTemplate: Array<{
    templateId: number;
    templateName: string;
    issued: number;
    redeemed: number;
    rate: number;
  }>;
  redemptionsByCashier: Array<{
    cashierId: number | null;
    cashierName: string | null;
    store: string | null;
    redemptions: number;
  }>;
  redemptionsByStore: Array<{ store: string | null; redemptions: number }>;
  series: Array<{ day: string; redemptions: number; newClients: number }>;
  campaignFunnel: Array<{
    campaignId: number;
    name: string;
    starts: number;
    registrations: number;
    subscriptions: number;
    codesIssued: number;
    codesRedeemed: number;
  }>;
  lastRedemptions: RedemptionRow[];
  failedChecks: {
    total: number;
    byResult: Array<{ result: string; count: number }>;
    recent: RedemptionRow[];
  };
  upcomingBroadcasts?: Array<{ id: number; title: string; origin: string; scheduledAt: string }>;
  recentBroadcasts?: Array<{
    id: number;
    title: string;
    status: string;
    startedAt: string | null;
    finishedAt: string | null;
    stats: BroadcastStats;
  }>;
}
