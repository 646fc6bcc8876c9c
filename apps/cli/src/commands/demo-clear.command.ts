import { say } from '../output';
import { CommandBus } from '@nestjs/cqrs';
import { ClearDemoDataCommand } from '@dvorik/domain';
import { Command, CommandRunner } from 'nest-commander';

/** `npm run cli -- demo:clear`: removes exactly the demo shop (demo_records and the sandbox people). */
@Command({ name: 'demo:clear', description: 'Remove the demo shop and what the sandbox people did' })
export class DemoClearCommand extends CommandRunner {
  constructor(private readonly commands: CommandBus) {
    super();
  }

  async run(): Promise<void> {
    const { removed } = await this.commands.execute(new ClearDemoDataCommand());
    const parts = Object.entries(removed)
      .filter(([table, n]) => n > 0 && table !== 'demo_records')
      .map(([table, n]) => `${n} ${table}`);
    say(parts.length > 0 ? `Demo data removed: ${parts.join(', ')}.` : 'No demo data to remove.');
  }
}
