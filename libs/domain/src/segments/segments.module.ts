import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientFilterCompiler } from './client-filter.compiler';
import {
  CreateSegmentHandler,
  DeleteSegmentHandler,
  UpdateSegmentHandler,
} from './commands/save-segment.handler';
import { CountClientsHandler, ListMatchingClientIdsHandler } from './queries/count-clients.handler';
import { ResolveClientFilterHandler } from './queries/resolve-client-filter.handler';
import { GetSegmentHandler, ListSegmentsHandler, PreviewSegmentHandler } from './queries/segment.handlers';
import { Segment } from './segment.entity';
import { SegmentsRepository } from './segments.repository';
import { SegmentsSeeder } from './segments.seeder';

const CommandHandlers = [CreateSegmentHandler, UpdateSegmentHandler, DeleteSegmentHandler];
const QueryHandlers = [
  ListSegmentsHandler,
  GetSegmentHandler,
  PreviewSegmentHandler,
  CountClientsHandler,
  ListMatchingClientIdsHandler,
  ResolveClientFilterHandler,
];

/** Import this module to inject ClientFilterCompiler (broadcast audiences, exports, bulk jobs). */
@Module({
  imports: [TypeOrmModule.forFeature([Segment])],
  providers: [...CommandHandlers, ...QueryHandlers, SegmentsRepository, ClientFilterCompiler, SegmentsSeeder],
  exports: [ClientFilterCompiler, SegmentsSeeder],
})
export class SegmentsModule {}
