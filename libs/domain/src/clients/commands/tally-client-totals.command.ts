import { Command } from '@nestjs/cqrs';

/**
 * Counts clients written outside the commands into `client_totals` (`sign` 1), or takes them out
 * before they are deleted (−1), as they are now. For the demo shop's rows; joins the caller's
 * transaction, so the totals commit with the rows they count.
 */
export class TallyClientTotalsCommand extends Command<void> {
  constructor(
    readonly clientIds: number[],
    readonly sign: 1 | -1,
  ) {
    super();
  }
}
