import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs';
import { SegmentsModule } from '../segments';
import { RequestExportHandler } from './commands/request-export.handler';
import { ExportDeliveryConsumer } from './consumers/export-delivery.consumer';
import { ExportPagesReader } from './export-pages.reader';
import { ExportCsvJob } from './jobs/export-csv.job';

const CommandHandlers = [RequestExportHandler];
const Consumers = [ExportDeliveryConsumer];
const Jobs = [ExportCsvJob];

@Module({
  imports: [JobsModule, SegmentsModule],
  providers: [...CommandHandlers, ...Consumers, ...Jobs, ExportPagesReader],
})
export class ExportsModule {}
