import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { type Actor, ExpiringMarkers } from '@dvorik/persistence';
import type { Job } from 'bullmq';
import { IssueDiscountsBatchCommand, type IssueDiscountsBatchResult } from '../../discounts';
import { SettingsReader } from '../../settings';
import { toShopTime } from '../../shared';
import { BirthdayClientsReader } from '../birthday-clients.reader';
import { birthdayKeysOn } from '../rules/birthday-today.rule';

export interface IssueBirthdayDiscountsData {
  /** Shop-local `YYYY-MM-DD` to run for now, whatever the hour (CLI, tests); absent on the schedule. */
  date?: string;
}

export type IssueBirthdayDiscountsResult =
  | { skipped: 'before_hour' | 'already_done' | 'no_template'; date: string }
  | { date: string; issued: number; existing: number; refused: number };

/** A day at a million clients (~1 900 birthdays) in one index-only page. */
const PAGE = 2000;
/** Clients per IssueDiscountsBatchCommand: one transaction each. */
const BATCH = 250;
/**
 * Batches in flight at once. At a million clients each batch's client rows and index pages are
 * cold (random pages the 128 MB pool does not hold); several batches at once overlap those reads
 * (a day's ~1 900 codes: 2.6–6.4 s one batch at a time, 1.9–2.3 s eight at once, at load ≈ 10),
 * and eight connections leave the pool (20) to the others, as IssueDiscount's lanes did.
 */
const LANES = 8;
const DONE_TTL_SECONDS = 3 * 24 * 3600;
const BIRTHDAY_ACTOR: Actor = { type: 'system', reason: 'birthday' };

/**
 * Daily birthday codes (DESIGN §2). Scheduled hourly: the first run at or after `birthday_hour`
 * shop time does the day's work and marks it done, so a worker that was down at that hour
 * catches up at the next one. The celebrating clients get their codes from
 * IssueDiscountsBatchCommand (IssueDiscount's rules, a few statements per batch), several batches
 * at once. Once per client per year is the issue key (`birthday:{client}:{year}`), not this job:
 * running it again, or on three workers, adds no code. The greeting is sent by the notifications consumer of `discount.issued`,
 * one event per code.
 */
@JobHandler(JobName.IssueBirthdayDiscounts)
export class IssueBirthdayDiscountsJob implements JobProcessor<
  IssueBirthdayDiscountsData,
  IssueBirthdayDiscountsResult
> {
  private readonly logger = new Logger(IssueBirthdayDiscountsJob.name);

  constructor(
    private readonly commands: CommandBus,
    private readonly settings: SettingsReader,
    private readonly clients: BirthdayClientsReader,
    private readonly markers: ExpiringMarkers,
    private readonly config: AppConfig,
  ) {}

  async process(job: Job<IssueBirthdayDiscountsData>): Promise<IssueBirthdayDiscountsResult> {
    const settings = await this.settings.all();
    const now = toShopTime(new Date(), this.config.timeZone);
    const date = job.data?.date ?? now.toFormat('yyyy-MM-dd');
    const scheduled = job.data?.date === undefined;
    const doneKey = `birthdays:done:${date}`;
    if (scheduled) {
      if (now.hour < settings.birthday_hour) return { skipped: 'before_hour', date };
      if (await this.markers.has(doneKey)) return { skipped: 'already_done', date };
    }
    const templateId = settings.birthday_template_id;
    if (templateId === null) return { skipped: 'no_template', date };

    const totals: IssueDiscountsBatchResult = { issued: 0, existing: 0, refused: 0 };
    for (const md of birthdayKeysOn(date)) {
      let afterId = 0;
      for (;;) {
        const ids = await this.clients.page(md, afterId, PAGE);
        if (ids.length === 0) break;
        await this.issueAll(ids, templateId, totals);
        afterId = ids[ids.length - 1];
        await job.updateProgress?.({ md, afterId, ...totals });
        if (ids.length < PAGE) break;
      }
    }
    await this.markers.set(doneKey, DONE_TTL_SECONDS);
    this.logger.log(`Birthdays ${date}: ${JSON.stringify(totals)}`);
    return { date, ...totals };
  }

  private async issueAll(
    ids: number[],
    templateId: number,
    totals: IssueDiscountsBatchResult,
  ): Promise<void> {
    let next = 0;
    const lane = async () => {
      while (next < ids.length) {
        const clientIds = ids.slice(next, (next += BATCH));
        const batch = await this.commands.execute(
          new IssueDiscountsBatchCommand({
            actor: BIRTHDAY_ACTOR,
            clientIds,
            templateId,
            origin: 'birthday',
          }),
        );
        totals.issued += batch.issued;
        totals.existing += batch.existing;
        totals.refused += batch.refused;
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
  }
}
