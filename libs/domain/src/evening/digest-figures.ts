/** One line of a by-store or by-cashier table: today against the same weekday last week. */
export interface DigestRow {
  /** The store, or `Ольга (Светланская, 1)`; null for redemptions without one (a till, the panel). */
  label: string | null;
  today: number;
  lastWeek: number;
}

/** The day's figures (DESIGN §2 «The owner's evening»), as stored in digest_runs and sent. */
export interface DigestFigures {
  /** Shop-local `YYYY-MM-DD`. */
  date: string;
  /** Until when "today" and "last week" were counted (ISO); last week ends 7 days earlier. */
  until: string;
  redemptions: { today: number; lastWeek: number };
  byStore: DigestRow[];
  byCashier: DigestRow[];
  newClients: number;
  newSubscriptions: number;
  bestCampaign: { id: number; name: string; redemptions: number; registrations: number } | null;
  broadcasts: { sent: number; recipients: number; delivered: number; blocked: number };
  failedChecks: { total: number; notFound: number };
}
