import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { EstimateBroadcastQuery, LaunchBroadcastCommand } from '@dvorik/domain';
import { Command, CommandRunner, Option } from 'nest-commander';
import { say } from '../output';

interface BroadcastLaunchOptions {
  id: number;
  at?: Date;
}

/** `npm run cli -- broadcast:launch --id 12 [--at 2026-12-01T09:00:00+10:00]`: the panel's launch, for scripts. */
@Command({ name: 'broadcast:launch', description: 'Launch a draft broadcast now or at a time' })
export class BroadcastLaunchCommand extends CommandRunner {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {
    super();
  }

  @Option({ flags: '--id <id>', description: 'The draft broadcast', required: true })
  parseId(value: string): number {
    const id = Number(value);
    if (!Number.isSafeInteger(id) || id <= 0) throw new Error('--id must be a positive integer');
    return id;
  }

  @Option({ flags: '--at <time>', description: 'ISO 8601 start time (default: now)' })
  parseAt(value: string): Date {
    const at = new Date(value);
    if (Number.isNaN(at.getTime()))
      throw new Error('--at must be an ISO 8601 time, e.g. 2026-12-01T09:00:00+10:00');
    return at;
  }

  async run(_: string[], options: BroadcastLaunchOptions): Promise<void> {
    const { message } = await this.queries.execute(new EstimateBroadcastQuery(options.id));
    const actor = { type: 'system' as const, reason: 'cli broadcast:launch' };
    const broadcast = await this.commands.execute(
      new LaunchBroadcastCommand(actor, options.id, options.at ?? null),
    );
    say(
      `${message}. Broadcast #${broadcast.id} ${broadcast.status}, starts ${broadcast.scheduledAt?.toISOString()}`,
    );
  }
}
