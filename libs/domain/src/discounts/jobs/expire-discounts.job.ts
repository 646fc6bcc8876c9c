import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { DiscountsRepository } from '../discounts.repository';

const CHUNK = 5000;

/**
 * Past-due active codes become `expired` (DESIGN §2). Checks never depend on this job — they
 * compare `expires_at` themselves — so it only keeps statuses, lists and counts honest.
 */
@JobHandler(JobName.ExpireDiscounts)
export class ExpireDiscountsJob implements JobProcessor<unknown, { expired: number }> {
  constructor(private readonly discounts: DiscountsRepository) {}

  async process() {
    const now = new Date();
    let expired = 0;
    for (;;) {
      const affected = await this.discounts.expireDue(now, CHUNK);
      expired += affected;
      if (affected < CHUNK) return { expired };
    }
  }
}
