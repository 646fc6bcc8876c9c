import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { CampaignError } from '../campaigns.errors';
import { CampaignsRepository } from '../campaigns.repository';
import { CampaignDeletedEvent } from '../events/campaign.events';
import { campaignSnapshot } from './campaign-input';
import { DeleteCampaignCommand } from './delete-campaign.command';

@CommandHandler(DeleteCampaignCommand)
export class DeleteCampaignHandler implements ICommandHandler<DeleteCampaignCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly campaigns: CampaignsRepository,
  ) {}

  execute({ actor, id }: DeleteCampaignCommand) {
    return this.uow.run(async () => {
      const before = await this.campaigns.findById(id, true);
      if (!before) throw CampaignError.notFound(id);
      const clients = await this.campaigns.clientCount(id);
      if (clients > 0) throw CampaignError.inUse(id, clients);
      await this.campaigns.delete(id);
      await this.uow.record(
        new CampaignDeletedEvent(actor, { type: 'campaign', id }, { before: campaignSnapshot(before) }),
      );
      return { deleted: true as const };
    });
  }
}
