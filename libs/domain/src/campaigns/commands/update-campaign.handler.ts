import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { CampaignError } from '../campaigns.errors';
import { CampaignsRepository } from '../campaigns.repository';
import { CampaignUpdatedEvent } from '../events/campaign.events';
import { campaignSnapshot, sourceKeyTakenOr, validateCampaignInput } from './campaign-input';
import { UpdateCampaignCommand } from './update-campaign.command';

@CommandHandler(UpdateCampaignCommand)
export class UpdateCampaignHandler implements ICommandHandler<UpdateCampaignCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly campaigns: CampaignsRepository,
  ) {}

  async execute({ actor, id, input }: UpdateCampaignCommand) {
    const changes = validateCampaignInput(input);
    try {
      return await this.uow.run(async () => {
        const before = await this.campaigns.findById(id, true);
        if (!before) throw CampaignError.notFound(id);
        const after = { ...before, ...changes };
        if (after.sourceKey !== before.sourceKey) {
          const clients = await this.campaigns.clientCount(id);
          if (clients > 0) throw CampaignError.inUse(id, clients);
        }
        if (after.name === before.name && after.sourceKey === before.sourceKey) return before;
        await this.campaigns.update(id, changes);
        await this.uow.record(
          new CampaignUpdatedEvent(
            actor,
            { type: 'campaign', id },
            { before: campaignSnapshot(before), after: campaignSnapshot(after) },
          ),
        );
        return after;
      });
    } catch (error) {
      throw sourceKeyTakenOr(error, changes.sourceKey);
    }
  }
}
