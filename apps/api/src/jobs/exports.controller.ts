import { Body, Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  EXPORT_KINDS,
  type ExportKind,
  GetAdminJobFileQuery,
  GetAdminJobQuery,
  INLINE_EXPORT_LIMIT,
  RequestExportCommand,
  StaffRole,
} from '@dvorik/domain';
import type { FastifyReply } from 'fastify';
import { IsIn, IsInt, IsObject, IsOptional, Min } from 'class-validator';
import { Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';

export class ExportDto {
  @ApiProperty({ enum: EXPORT_KINDS }) @IsIn(EXPORT_KINDS) kind!: ExportKind;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'clients: the client filter; redemptions: {result, action, cashierId, clientId, from, to, isTest}',
  })
  @IsOptional()
  @IsObject()
  filter?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'clients only: a saved segment, refined by filter' })
  @IsOptional()
  @IsInt()
  @Min(1)
  segmentId?: number;
  @ApiPropertyOptional({
    enum: ['download', 'telegram'],
    default: 'download',
    description: 'telegram: the staff bot sends you the file',
  })
  @IsOptional()
  @IsIn(['download', 'telegram'])
  deliver?: 'download' | 'telegram';
}

const CSV = 'text/csv; charset=utf-8';
const jobLink = (id: string) => `/api/v1/jobs/${id}`;

@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('exports')
  @HttpCode(200)
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiProduces(CSV, 'application/json')
  @ApiOkResponse({
    description: `≤ ${INLINE_EXPORT_LIMIT} rows: the CSV itself (UTF-8 with BOM, fixed columns; README)`,
  })
  @ApiAcceptedResponse({
    description: `More rows, or deliver=telegram: {jobId, rows, status} — poll GET /jobs/:id`,
  })
  @ApiBadRequestResponse({
    description: 'SEGMENT_INVALID (client filter), EXPORT_INVALID (redemption filter)',
  })
  async export(
    @Body() dto: ExportDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    const outcome = await this.commands.execute(new RequestExportCommand(actor, dto));
    if (outcome.mode === 'queued') {
      res.status(202);
      return {
        jobId: outcome.jobId,
        rows: outcome.rows,
        status: 'queued',
        statusUrl: jobLink(outcome.jobId),
      };
    }
    res.header('x-export-rows', String(outcome.rows));
    return new StreamableFile(outcome.stream, {
      type: CSV,
      disposition: `attachment; filename="${outcome.fileName}"`,
    });
  }

  @Get('jobs/:id')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({
    description: '{id, kind, status, progress, total, processed, result, error, file, downloadUrl}',
  })
  @ApiNotFoundResponse({ description: 'JOB_NOT_FOUND' })
  async job(@Param('id') id: string) {
    const job = await this.queries.execute(new GetAdminJobQuery(id));
    return { ...job, downloadUrl: job.file ? `${jobLink(id)}/download` : null };
  }

  @Get('jobs/:id/download')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiProduces(CSV)
  @ApiOkResponse({ description: 'The export file, streamed' })
  @ApiNotFoundResponse({ description: 'JOB_NOT_FOUND' })
  @ApiConflictResponse({ description: 'JOB_FILE_NOT_READY: not finished, or not an export' })
  async download(@Param('id') id: string) {
    const file = await this.queries.execute(new GetAdminJobFileQuery(id));
    return new StreamableFile(file.stream, {
      type: CSV,
      length: file.bytes,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
