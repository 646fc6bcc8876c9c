import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM, UnitOfWork } from '@dvorik/persistence';
import { AudienceResolver } from '../audience.resolver';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastStartedEvent } from '../events/broadcast.events';
import { RecipientsRepository } from '../recipients.repository';
import { FailBroadcastCommand } from './fail-broadcast.command';
import { StartBroadcastCommand } from './start-broadcast.command';

/** Rows per INSERT … SELECT: a second or so of work each, never a long lock. */
const FREEZE_CHUNK = 10_000;

@CommandHandler(StartBroadcastCommand)
export class StartBroadcastHandler implements ICommandHandler<StartBroadcastCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
    private readonly recipients: RecipientsRepository,
    private readonly audience: AudienceResolver,
    private readonly commands: CommandBus,
  ) {}

  async execute({ id }: StartBroadcastCommand) {
    const broadcast = await this.broadcasts.findById(id);
    const due = (b: typeof broadcast) =>
      b?.status === 'scheduled' && (b.scheduledAt ?? new Date(0)) <= new Date();
    if (!due(broadcast)) return { started: false, total: 0 };
    const where = await this.audience.where(broadcast!.audience);
    if (where) {
      // Each chunk is its own short transaction; a crash resumes after the last frozen client.
      for (;;) {
        const added = await this.uow.run(() => this.recipients.freezeChunk(id, where, FREEZE_CHUNK));
        if (added < FREEZE_CHUNK) break;
        if (!due(await this.broadcasts.findById(id))) return { started: false, total: 0 };
      }
    }
    const total = await this.recipients.count(id);
    if (total === 0) {
      await this.commands.execute(
        new FailBroadcastCommand(id, 'Nobody in the audience could receive it at start'),
      );
      return { started: false, total };
    }
    const started = await this.uow.run(async () => {
      const now = new Date();
      const moved = await this.broadcasts.transition(id, ['scheduled'], 'sending', { started_at: now });
      if (!moved) return false;
      await this.broadcasts.update(id, { total, audienceFrozenAt: now });
      await this.uow.record(
        new BroadcastStartedEvent(
          SYSTEM,
          { type: 'broadcast', id },
          {
            title: broadcast!.title,
            origin: broadcast!.origin,
            total,
          },
        ),
      );
      return true;
    });
    return { started, total };
  }
}
