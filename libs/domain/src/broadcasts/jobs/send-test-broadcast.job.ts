import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { SYSTEM, UnitOfWork } from '@dvorik/persistence';
import { TelegramGateway } from '@dvorik/telegram';
import type { Job } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { SettingsReader } from '../../settings';
import { AudienceResolver } from '../audience.resolver';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastTestSentEvent } from '../events/broadcast.events';
import { recipientResult } from '../rules/send-outcome.rule';
import { sendPace } from '../rules/send-rate.rule';
import { BroadcastDelivery } from '../sending/broadcast-delivery';
import { SendPacer } from '../sending/send-pacer';

export interface SendTestBroadcastData {
  broadcastId: number;
  clientIds: number[];
}

/** Test clients came through the test twin, so they are reached through it; without one, the production bot. */
export const TEST_BOT = 'client-test';

/**
 * A test send (DESIGN §2): the broadcast as it is now, to test clients only — re-checked here,
 * so a client who stopped being a test client meanwhile gets nothing. Paced like any send.
 */
@JobHandler(JobName.SendTestBroadcast)
export class SendTestBroadcastJob implements JobProcessor<
  SendTestBroadcastData,
  { sent: number; failed: number }
> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
    private readonly audience: AudienceResolver,
    private readonly delivery: BroadcastDelivery,
    private readonly pacer: SendPacer,
    private readonly gateway: TelegramGateway,
    private readonly settings: SettingsReader,
  ) {}

  async process(job: Job<SendTestBroadcastData>) {
    const { broadcastId, clientIds } = job.data;
    const broadcast = await this.broadcasts.findById(broadcastId);
    if (!broadcast) return { sent: 0, failed: 0 };
    const media = broadcast.mediaKind ? await this.broadcasts.findMedia(broadcastId) : null;
    const sendable = { ...broadcast, fileIds: { ...(media?.fileIds ?? {}) } };
    const bot = this.gateway.hasBot(TEST_BOT) ? TEST_BOT : 'client';
    const pace = sendPace(await this.settings.all());
    let sent = 0;
    let failed = 0;
    for (const tester of await this.audience.testClients(clientIds)) {
      for (;;) {
        const [slot] = await this.pacer.reserve(bot, pace.intervalUs);
        await sleep(Math.max(0, slot - performance.now()));
        const result = recipientResult(await this.delivery.send(sendable, tester.chatId, bot, pace.paid), 0);
        if (result.kind !== 'rate_limited') {
          if (result.kind === 'sent') sent++;
          else failed++;
          break;
        }
        await this.pacer.pause(bot, result.retryAfterMs);
      }
    }
    await this.uow.run(() =>
      this.uow.record(
        new BroadcastTestSentEvent(SYSTEM, { type: 'broadcast', id: broadcastId }, { sent, failed, bot }),
      ),
    );
    return { sent, failed };
  }
}
