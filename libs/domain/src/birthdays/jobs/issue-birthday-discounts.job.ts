import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { type Actor, RedisService } from '@dvorik/persistence';
import type { Job } from 'bullmq';
import { IssueDiscountsBatchCommand } from '../../discounts';
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

const PAGE = 1000;
const DONE_TTL_SECONDS = 3 * 24 * 3600;
const BIRTHDAY_ACTOR: Actor = { type: 'system', reason: 'birthday' };

/**
 * Daily birthday codes (DESIGN §2). Scheduled hourly: the first run at or after `birthday_hour`
 * shop time does the day's work and marks it done, so a worker that was down at that hour
 * catches up at the next one. Each page of celebrating clients is issued by IssueDiscountsBatch
 * (IssueDiscount's rules, a few statements per few hundred codes). Once per client per year is
 * the issue key (`birthday:{client}:{year}`), not this job: running it again, or on three
 * workers, adds no code. The greeting is sent by the notifications consumer of `discount.issued`,
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
    private readonly redis: RedisService,
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
      if (await this.redis.client.exists(doneKey)) return { skipped: 'already_done', date };
    }
    const templateId = settings.birthday_template_id;
    if (templateId === null) return { skipped: 'no_template', date };

    const totals = { issued: 0, existing: 0, refused: 0 };
    for (const md of birthdayKeysOn(date)) {
      let afterId = 0;
      for (;;) {
        const ids = await this.clients.page(md, afterId, PAGE);
        if (ids.length === 0) break;
        const page = await this.commands.execute(
          new IssueDiscountsBatchCommand({
            actor: BIRTHDAY_ACTOR,
            clientIds: ids,
            templateId,
            origin: 'birthday',
          }),
        );
        totals.issued += page.issued;
        totals.existing += page.existing;
        totals.refused += page.refused;
        afterId = ids[ids.length - 1];
        await job.updateProgress?.({ md, afterId, ...totals });
        if (ids.length < PAGE) break;
      }
    }
    await this.redis.client.set(doneKey, '1', 'EX', DONE_TTL_SECONDS);
    this.logger.log(`Birthdays ${date}: ${JSON.stringify(totals)}`);
    return { date, ...totals };
  }
}
