import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  PartialType,
} from '@nestjs/swagger';
import {
  type Actor,
  CreateSegmentCommand,
  DeleteSegmentCommand,
  GetSegmentQuery,
  ListSegmentsQuery,
  PreviewSegmentQuery,
  StaffRole,
  UpdateSegmentCommand,
} from '@dvorik/domain';
import { IsObject, IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { AnyStaff, Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';
import { PageQueryDto } from '../platform/page-query.dto';

const FILTER = {
  type: 'object',
  additionalProperties: true,
  example: { subscribed: true, tags: { any: ['vip'] } },
} as const;
const INVALID = {
  description: 'SEGMENT_INVALID: details.fields names each filter field at fault (unknown keys too)',
};

export class SegmentDto {
  @ApiProperty({ example: 'VIP-подписчики' }) @IsString() @Length(1, 128) name!: string;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(512)
  description?: string | null;
  @ApiProperty(FILTER) @IsObject() filter!: Record<string, unknown>;
}

export class UpdateSegmentDto extends PartialType(SegmentDto) {}

export class PreviewDto {
  @ApiProperty(FILTER) @IsObject() filter!: Record<string, unknown>;
}

@ApiTags('segments')
@Controller('segments')
export class SegmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({ description: '{items, total, page, perPage}: presets first' })
  list(@Query() q: PageQueryDto) {
    return this.queries.execute(new ListSegmentsQuery(q.page, q.perPage));
  }

  @Post('preview')
  @HttpCode(200)
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({ description: '{count, sample}: how many clients match and the newest ten (names only)' })
  @ApiBadRequestResponse(INVALID)
  preview(@Body() dto: PreviewDto) {
    return this.queries.execute(new PreviewSegmentQuery(dto.filter));
  }

  @Get(':id')
  @AnyStaff()
  @ApiNotFoundResponse({ description: 'SEGMENT_NOT_FOUND' })
  get(@Param('id', ParseIntPipe) id: number) {
    return this.queries.execute(new GetSegmentQuery(id));
  }

  @Get(':id/count')
  @AnyStaff()
  @ApiOkResponse({ description: '{id, count}: how many clients the saved segment matches now' })
  @ApiNotFoundResponse({ description: 'SEGMENT_NOT_FOUND' })
  async count(@Param('id', ParseIntPipe) id: number) {
    const segment = await this.queries.execute(new GetSegmentQuery(id));
    const { count } = await this.queries.execute(new PreviewSegmentQuery(segment.filter, 0));
    return { id, count };
  }

  @Post()
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiCreatedResponse({ description: 'The segment' })
  @ApiBadRequestResponse(INVALID)
  @ApiConflictResponse({ description: 'SEGMENT_NAME_TAKEN' })
  create(@Body() dto: SegmentDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new CreateSegmentCommand(actor, dto));
  }

  @Patch(':id')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiBadRequestResponse(INVALID)
  @ApiNotFoundResponse({ description: 'SEGMENT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'SEGMENT_NAME_TAKEN, SEGMENT_PRESET_READONLY' })
  update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateSegmentDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new UpdateSegmentCommand(actor, id, dto));
  }

  @Delete(':id')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiNotFoundResponse({ description: 'SEGMENT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'SEGMENT_PRESET_READONLY' })
  remove(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new DeleteSegmentCommand(actor, id));
  }
}
