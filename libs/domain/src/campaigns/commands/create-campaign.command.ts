import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { Campaign } from '../campaign.entity';
import type { CampaignInput } from './campaign-input';

export class CreateCampaignCommand extends Command<Campaign> {
  constructor(
    readonly actor: Actor,
    readonly input: CampaignInput,
  ) {
    super();
  }
}
