import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { shopDateKey } from '../../shared';
import { CampaignsRepository } from '../campaigns.repository';
import { RecordCampaignStartCommand } from './record-campaign-start.command';

@CommandHandler(RecordCampaignStartCommand)
export class RecordCampaignStartHandler implements ICommandHandler<RecordCampaignStartCommand> {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly config: AppConfig,
  ) {}

  async execute({ sourceKey, isTest }: RecordCampaignStartCommand) {
    await this.campaigns.recordStart(sourceKey, shopDateKey(new Date(), this.config.timeZone), isTest);
  }
}
