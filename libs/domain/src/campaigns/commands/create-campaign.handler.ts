import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { CampaignsRepository } from '../campaigns.repository';
import { CampaignCreatedEvent } from '../events/campaign.events';
import {
  type CampaignInput,
  campaignSnapshot,
  sourceKeyTakenOr,
  validateCampaignInput,
} from './campaign-input';
import { CreateCampaignCommand } from './create-campaign.command';

@CommandHandler(CreateCampaignCommand)
export class CreateCampaignHandler implements ICommandHandler<CreateCampaignCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly campaigns: CampaignsRepository,
  ) {}

  async execute({ actor, input }: CreateCampaignCommand) {
    const { name, sourceKey } = validateCampaignInput(input) as CampaignInput;
    try {
      return await this.uow.run(async () => {
        const campaign = await this.campaigns.insert({ name, sourceKey, createdAt: new Date() });
        await this.uow.record(
          new CampaignCreatedEvent(
            actor,
            { type: 'campaign', id: campaign.id },
            { after: campaignSnapshot(campaign) },
          ),
        );
        return campaign;
      });
    } catch (error) {
      throw sourceKeyTakenOr(error, sourceKey);
    }
  }
}
