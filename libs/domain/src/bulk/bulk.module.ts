import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients';
import { JobsModule } from '../jobs';
import { SegmentsModule } from '../segments';
import { BulkApplier } from './bulk-applier';
import { BulkUpdateClientsHandler } from './commands/bulk-update-clients.handler';
import { BulkClientsJob } from './jobs/bulk-clients.job';

const CommandHandlers = [BulkUpdateClientsHandler];
const Jobs = [BulkClientsJob];

@Module({
  imports: [ClientsModule, JobsModule, SegmentsModule],
  providers: [...CommandHandlers, ...Jobs, BulkApplier],
})
export class BulkModule {}
