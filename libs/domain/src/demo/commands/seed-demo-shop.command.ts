import { Command } from '@nestjs/cqrs';

export interface DemoShopSummary {
  /** false when a demo shop was already there (nothing written). */
  seeded: boolean;
  clients: number;
  discounts: number;
  redemptions: number;
  ownerTelegramId: number;
}

/**
 * `cli demo:seed` (and `npm start` without bot tokens): a demo shop with 30 days of history.
 * Refuses a database with real clients; a second run finds the demo present and writes nothing.
 */
export class SeedDemoShopCommand extends Command<DemoShopSummary> {
  constructor(
    readonly now: Date = new Date(),
    readonly seed = 20261201,
  ) {
    super();
  }
}
