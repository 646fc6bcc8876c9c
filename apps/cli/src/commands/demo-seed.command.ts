import { say } from '../output';
import { CommandBus } from '@nestjs/cqrs';
import { DEMO_WORLD, DemoError, IssueLoginLinkCommand, SeedDemoShopCommand } from '@dvorik/domain';
import { Command, CommandRunner, Option } from 'nest-commander';

interface DemoSeedOptions {
  ifEmpty?: boolean;
  loginLink?: boolean;
}

/** `npm run cli -- demo:seed [--if-empty] [--login-link]`: the demo shop `npm start` shows. */
@Command({
  name: 'demo:seed',
  description: 'Seed a demo shop with 30 days of history (refuses real clients)',
})
export class DemoSeedCommand extends CommandRunner {
  constructor(private readonly commands: CommandBus) {
    super();
  }

  @Option({
    flags: '--if-empty',
    description: 'With real clients present, say so and exit 0 instead of failing',
  })
  parseIfEmpty(): boolean {
    return true;
  }

  @Option({
    flags: '--login-link',
    description: "Print a one-time login link of the demo owner ('Панель: …')",
  })
  parseLoginLink(): boolean {
    return true;
  }

  async run(_: string[], options: DemoSeedOptions): Promise<void> {
    try {
      const result = await this.commands.execute(new SeedDemoShopCommand());
      const { owner, cashier } = DEMO_WORLD.people;
      say(
        result.seeded
          ? `Demo shop seeded: ${result.clients} clients, ${result.discounts} codes, ${result.redemptions} redemptions over 30 days; owner ${owner.firstName}, cashier ${cashier.firstName} (${cashier.store}).`
          : 'Demo shop already present (npm run cli -- demo:clear removes it).',
      );
      if (options.loginLink) {
        const { url } = await this.commands.execute(new IssueLoginLinkCommand(result.ownerTelegramId));
        say(`Панель: ${url}`);
      }
    } catch (error) {
      if (!(error instanceof DemoError) || !options.ifEmpty) throw error;
      say(`Demo shop not seeded: ${error.message}.`);
    }
  }
}
