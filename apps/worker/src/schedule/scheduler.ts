import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '@dvorik/config';
import { JOB_QUEUE, periodJobId } from '@dvorik/messaging';
import type { Queue } from 'bullmq';
import { CronJob } from 'cron';
import { DateTime } from 'luxon';
import { SCHEDULES, schedulesOff, type Schedule } from './schedules';

/**
 * Every worker runs these triggers; each enqueues the period's job under a deterministic id,
 * which BullMQ accepts once, so the work itself runs once per period however many workers run.
 */
@Injectable()
export class Scheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(Scheduler.name);

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const off = schedulesOff(this.config.env.SCHEDULES_OFF);
    for (const schedule of SCHEDULES) {
      if (off.has(schedule.job)) {
        this.logger.log(`${schedule.job}: wall-clock trigger off (SCHEDULES_OFF)`);
        continue;
      }
      const cron = CronJob.from({
        cronTime: schedule.cron,
        timeZone: this.config.timeZone,
        onTick: () => void this.trigger(schedule, DateTime.now().setZone(this.config.timeZone)),
        start: true,
      });
      this.registry.addCronJob(schedule.job, cron);
    }
  }

  async trigger(schedule: Schedule, fireTime: DateTime): Promise<string> {
    const queue = this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[schedule.job]), { strict: false });
    const jobId = periodJobId(schedule.job, schedule.periodKey(fireTime));
    try {
      await queue.add(schedule.job, {}, { jobId });
    } catch (error) {
      this.logger.error(
        `Could not enqueue ${jobId}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return jobId;
  }
}
