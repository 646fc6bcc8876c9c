import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseEnumPipe,
  ParseIntPipe,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiProperty,
  ApiTags,
  PartialType,
} from '@nestjs/swagger';
import {
  type Actor,
  CreateCampaignCommand,
  DeleteCampaignCommand,
  GetCampaignQrQuery,
  GetCampaignQuery,
  GetCampaignStatsQuery,
  ListCampaignsQuery,
  MAX_SOURCE_KEY,
  StaffRole,
  UpdateCampaignCommand,
} from '@dvorik/domain';
import { IsString, Length, Matches } from 'class-validator';
import { AnyStaff, Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';
import { PageQueryDto } from '../platform/page-query.dto';
import { StatsQueryDto } from '../dashboard/stats-query.dto';

export class CampaignDto {
  @ApiProperty({ example: 'Постер на Светланской' }) @IsString() @Length(1, 128) name!: string;
  @ApiProperty({
    example: 'poster_svetlanskaya',
    description: `A-Z a-z 0-9 _ -, ≤ ${MAX_SOURCE_KEY}: the link carries ref_<key>`,
  })
  @IsString()
  @Matches(new RegExp(`^[A-Za-z0-9_-]{1,${MAX_SOURCE_KEY}}$`), {
    message: `sourceKey: 1–${MAX_SOURCE_KEY} of A-Z a-z 0-9 _ -`,
  })
  sourceKey!: string;
}

export class UpdateCampaignDto extends PartialType(CampaignDto) {}

const QR_FORMATS = { png: 'png', svg: 'svg' } as const;

const NOT_FOUND = { description: 'CAMPAIGN_NOT_FOUND' };

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({
    description: '{items, total, page, perPage}: each with link, startPayload and registrations',
  })
  list(@Query() q: PageQueryDto) {
    return this.queries.execute(new ListCampaignsQuery(q.page, q.perPage));
  }

  @Post()
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiCreatedResponse({ description: 'The campaign with its link' })
  @ApiBadRequestResponse({ description: 'CAMPAIGN_INVALID, VALIDATION_FAILED' })
  @ApiConflictResponse({ description: 'CAMPAIGN_SOURCE_KEY_TAKEN' })
  async create(@Body() dto: CampaignDto, @CurrentActor() actor: Actor) {
    const { id } = await this.commands.execute(new CreateCampaignCommand(actor, dto));
    return this.queries.execute(new GetCampaignQuery(id));
  }

  @Get(':id')
  @AnyStaff()
  @ApiOkResponse({ description: 'The campaign with its link https://t.me/<client bot>?start=ref_<key>' })
  @ApiNotFoundResponse(NOT_FOUND)
  get(@Param('id', ParseIntPipe) id: number) {
    return this.queries.execute(new GetCampaignQuery(id));
  }

  @Patch(':id')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({
    description: 'CAMPAIGN_SOURCE_KEY_TAKEN; CAMPAIGN_IN_USE: the key of a campaign with clients is fixed',
  })
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateCampaignDto,
    @CurrentActor() actor: Actor,
  ) {
    await this.commands.execute(new UpdateCampaignCommand(actor, id, dto));
    return this.queries.execute(new GetCampaignQuery(id));
  }

  @Delete(':id')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ description: 'CAMPAIGN_IN_USE: clients came through it' })
  remove(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new DeleteCampaignCommand(actor, id));
  }

  @Get(':id/stats')
  @AnyStaff()
  @ApiOkResponse({
    description: 'Funnel: starts, registrations, subscriptions, codesIssued, codesRedeemed (shop-local days)',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  stats(@Param('id', ParseIntPipe) id: number, @Query() q: StatsQueryDto) {
    return this.queries.execute(new GetCampaignStatsQuery(id, q));
  }

  @Get(':id/qr/:format')
  @AnyStaff()
  @ApiProduces('image/png', 'image/svg+xml')
  @ApiOkResponse({ description: 'A printable QR code of the link (PNG 600 px, or SVG for print)' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({
    description: 'CAMPAIGN_LINK_UNAVAILABLE: the client bot is not configured or unreachable',
  })
  async qr(
    @Param('id', ParseIntPipe) id: number,
    @Param('format', new ParseEnumPipe(QR_FORMATS)) format: 'png' | 'svg',
  ) {
    const qr = await this.queries.execute(new GetCampaignQrQuery(id, format));
    return new StreamableFile(qr.body, {
      type: qr.contentType,
      disposition: `inline; filename="${qr.filename}"`,
    });
  }
}
