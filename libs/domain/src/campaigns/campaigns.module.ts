import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BotUsernameService } from './bot-username.service';
import { Campaign } from './campaign.entity';
import { CampaignFunnelReader } from './campaign-funnel.reader';
import { CampaignsRepository } from './campaigns.repository';
import {
  CreateCampaignHandler,
  DeleteCampaignHandler,
  RecordCampaignStartHandler,
  UpdateCampaignHandler,
} from './commands/save-campaign.handler';
import {
  GetCampaignHandler,
  GetCampaignQrHandler,
  GetCampaignStatsHandler,
  ListCampaignsHandler,
} from './queries/campaign.handlers';
import { FindCampaignBySourceKeyHandler } from './queries/find-campaign-by-source-key.handler';

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
