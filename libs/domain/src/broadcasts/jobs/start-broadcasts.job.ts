import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { ExpiringMarkers } from '@dvorik/persistence';
import type { Job } from 'bullmq';
import { BroadcastsRepository } from '../broadcasts.repository';
import { StartBroadcastCommand } from '../commands/start-broadcast.command';

/** Long enough to freeze a million recipients; released as soon as the start is done. */
const FREEZE_LOCK_MS = 10 * 60_000;

export interface StartBroadcastData {
  broadcastId: number;
}

/**
 * Starts one broadcast. The freeze runs under a per-broadcast lock, so the delayed job and the
 * sweep (or two workers) never freeze the same audience side by side; the start itself is a
 * conditional status change, so it happens exactly once whoever runs it.
 */
@JobHandler(JobName.StartBroadcast)
export class StartBroadcastJob implements JobProcessor<StartBroadcastData, { started: boolean }> {
  private readonly logger = new Logger(StartBroadcastJob.name);

  constructor(
    private readonly commands: CommandBus,
    private readonly markers: ExpiringMarkers,
  ) {}

  async process(job: Job<StartBroadcastData>) {
    return { started: await startUnderLock(this.commands, this.markers, job.data.broadcastId, this.logger) };
  }
}

/** Every 15 s: scheduled broadcasts whose time has come, in case a delayed start job was lost. */
@JobHandler(JobName.StartDueBroadcasts)
export class StartDueBroadcastsJob implements JobProcessor<unknown, { started: number[] }> {
  private readonly logger = new Logger(StartDueBroadcastsJob.name);

  constructor(
    private readonly commands: CommandBus,
    private readonly markers: ExpiringMarkers,
    private readonly broadcasts: BroadcastsRepository,
  ) {}

  async process() {
    const started: number[] = [];
    for (const id of await this.broadcasts.due(new Date())) {
      if (await startUnderLock(this.commands, this.markers, id, this.logger)) started.push(id);
    }
    return { started };
  }
}

async function startUnderLock(commands: CommandBus, markers: ExpiringMarkers, id: number, logger: Logger) {
  const key = `bsend:start:${id}`;
  if (!(await markers.claim(key, FREEZE_LOCK_MS))) return false;
  try {
    const { started, total } = await commands.execute(new StartBroadcastCommand(id));
    if (started) logger.log(`Broadcast ${id} started: ${total} recipients`);
    return started;
  } finally {
    await markers.clear(key);
  }
}
