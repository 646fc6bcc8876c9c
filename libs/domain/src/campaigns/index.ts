export * from './campaign.entity';
export * from './campaigns.module';
export * from './queries/find-campaign-by-source-key.query';
