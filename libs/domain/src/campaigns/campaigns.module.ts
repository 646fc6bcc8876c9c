import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BotUsernameService } from './bot-username.service';
import { Campaign } from './campaign.entity';
import { CampaignFunnelReader } from './campaign-funnel.reader';
import { CampaignsRepository } from './campaigns.repository';
import { CreateCampaignHandler } from './commands/create-campaign.handler';
import { DeleteCampaignHandler } from './commands/delete-campaign.handler';
import { RecordCampaignStartHandler } from './commands/record-campaign-start.handler';
import { UpdateCampaignHandler } from './commands/update-campaign.handler';
import { FindCampaignBySourceKeyHandler } from './queries/find-campaign-by-source-key.handler';
import { GetCampaignHandler } from './queries/get-campaign.handler';
import { GetCampaignQrHandler } from './queries/get-campaign-qr.handler';
import { GetCampaignStatsHandler } from './queries/get-campaign-stats.handler';
import { ListCampaignsHandler } from './queries/list-campaigns.handler';

const CommandHandlers = [
  CreateCampaignHandler,
  UpdateCampaignHandler,
  DeleteCampaignHandler,
  RecordCampaignStartHandler,
];
const QueryHandlers = [
  FindCampaignBySourceKeyHandler,
  ListCampaignsHandler,
  GetCampaignHandler,
  GetCampaignQrHandler,
  GetCampaignStatsHandler,
];

@Module({
  imports: [TypeOrmModule.forFeature([Campaign])],
  providers: [
    ...CommandHandlers,
    ...QueryHandlers,
    CampaignsRepository,
    CampaignFunnelReader,
    BotUsernameService,
  ],
  exports: [CampaignFunnelReader],
})
export class CampaignsModule {}
