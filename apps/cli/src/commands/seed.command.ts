import { say } from '../output';
import { CommandBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import {
  DiscountTemplatesSeeder,
  EnsureFirstOwnerCommand,
  MessageTemplatesSeeder,
  SegmentsSeeder,
} from '@dvorik/domain';
import { Command, CommandRunner } from 'nest-commander';

/**
 * `npm run cli -- seed`: the defaults a new shop starts with. Idempotent: it only fills what is
 * missing and never overwrites what staff have edited.
 */
@Command({ name: 'seed', description: 'Insert default data that is missing (never overwrites edits)' })
export class SeedCommand extends CommandRunner {
  constructor(
    private readonly commands: CommandBus,
    private readonly config: AppConfig,
    private readonly messageTemplates: MessageTemplatesSeeder,
    private readonly discountTemplates: DiscountTemplatesSeeder,
    private readonly segments: SegmentsSeeder,
  ) {
    super();
  }

  async run(): Promise<void> {
    await this.messageTemplates.seed();
    say('Message templates: defaults present');
    await this.discountTemplates.seed();
    say('Discount templates: subscription and birthday templates present');
    await this.segments.seed();
    say('Segments: presets (subscribed, not subscribed, VIP, no active discount) present');
    const ownerId = this.config.env.FIRST_OWNER_TELEGRAM_ID;
    if (ownerId !== undefined) {
      const { created } = await this.commands.execute(new EnsureFirstOwnerCommand(ownerId));
      say(created ? `First owner ${ownerId} created` : `First owner ${ownerId} already exists`);
    }
    say('Seed complete');
  }
}
