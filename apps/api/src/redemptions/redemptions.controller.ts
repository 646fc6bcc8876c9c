import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  ListRedemptionsQuery,
  REDEMPTION_RESULTS,
  type RedemptionAction,
  type RedemptionResult,
  RollbackRedemptionCommand,
  StaffRole,
} from '@dvorik/domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { AnyStaff, Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';
import { BooleanQuery } from '../discounts/query-transforms';
import { PageQueryDto } from '../platform/page-query.dto';

export class RedemptionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REDEMPTION_RESULTS })
  @IsOptional()
  @IsIn(REDEMPTION_RESULTS)
  result?: RedemptionResult;
  @ApiPropertyOptional({ enum: ['check', 'redeem'] })
  @IsOptional()
  @IsIn(['check', 'redeem'])
  action?: RedemptionAction;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) cashierId?: number;
  @ApiPropertyOptional({ description: 'The store the cashier named (exact)' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  store?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) clientId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) discountId?: number;
  @ApiPropertyOptional({ description: 'The code (normalised) or the text as typed' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  code?: string;

  @ApiPropertyOptional({ description: 'ISO 8601' }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional({ description: 'ISO 8601, exclusive' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
  @ApiPropertyOptional({ default: false }) @IsOptional() @BooleanQuery() @IsBoolean() isTest?: boolean;
}

export class RollbackDto {
  @ApiProperty({ example: 'Кассир пробил не тот код' }) @IsString() @Length(1, 512) reason!: string;
}

@ApiTags('redemptions')
@Controller('redemptions')
export class RedemptionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({ description: 'The redemption log (every check and redemption), newest first' })
  list(@Query() q: RedemptionListQueryDto) {
    const { page, perPage, ...filter } = q;
    return this.queries.execute(new ListRedemptionsQuery(filter, page, perPage));
  }

  @Post(':id/rollback')
  @HttpCode(200)
  @Roles(StaffRole.Owner)
  @ApiOkResponse({ description: '{logId, discount}: active again if still valid, otherwise expired' })
  @ApiBadRequestResponse({ description: 'REDEMPTION_ROLLBACK_REASON_REQUIRED' })
  @ApiNotFoundResponse({ description: 'REDEMPTION_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'REDEMPTION_ROLLBACK_NOT_APPLICABLE: not a successful redemption, or already rolled back',
  })
  rollback(@Param('id', ParseIntPipe) id: number, @Body() dto: RollbackDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new RollbackRedemptionCommand(actor, id, dto.reason));
  }
}
