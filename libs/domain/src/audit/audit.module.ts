import { Module } from '@nestjs/common';
import { AuditLogRepository } from './audit-log.repository';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RetentionModule } from '../retention';
import { SettingsModule } from '../settings';
import { AuditLog } from './audit-log.entity';
import { AuditLogConsumer } from './audit-log.consumer';
import { PurgeAuditLogJob } from './jobs/purge-audit-log.job';
import { ListAuditLogHandler } from './queries/list-audit-log.handler';

const QueryHandlers = [ListAuditLogHandler];
const Consumers = [AuditLogConsumer];
const Jobs = [PurgeAuditLogJob];

@Module({
  imports: [TypeOrmModule.forFeature([AuditLog]), SettingsModule, RetentionModule],
  providers: [AuditLogRepository, ...QueryHandlers, ...Consumers, ...Jobs],
})
export class AuditModule {}
