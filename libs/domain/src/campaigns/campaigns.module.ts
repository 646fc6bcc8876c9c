import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Campaign } from './campaign.entity';
import { FindCampaignBySourceKeyHandler } from './queries/find-campaign-by-source-key.handler';

const QueryHandlers = [FindCampaignBySourceKeyHandler];

@Module({
  imports: [TypeOrmModule.forFeature([Campaign])],
  providers: [...QueryHandlers],
})
export class CampaignsModule {}
