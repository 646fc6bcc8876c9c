import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  DISCOUNT_EVENTS,
  type DiscountEvent,
  type DiscountUsage,
  type DiscountValueType,
} from '@dvorik/domain';

import {
  Allow,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { PageQueryDto } from '../platform/page-query.dto';
import { BooleanQuery } from '../discounts/query-transforms';

/** Shapes only; the business rules (ranges, recurrence, shared codes) are the domain's, in one place. */
export class CreateDiscountTemplateDto {
  @ApiProperty({ example: 'Скидка за подписку' }) @IsString() @MaxLength(128) name!: string;
  @ApiProperty({ enum: DISCOUNT_EVENTS }) @IsIn(DISCOUNT_EVENTS) event!: DiscountEvent;
  @ApiProperty({ enum: ['percent', 'fixed'] }) @IsIn(['percent', 'fixed']) valueType!: DiscountValueType;
  @ApiProperty({ example: 10, description: 'percent: integer 1–100; fixed: roubles > 0, 2 decimals' })
  @IsNumber()
  value!: number;

  @ApiPropertyOptional({ example: 30, nullable: true, description: 'null: never expires' })
  @IsOptional()
  @IsInt()
  validityDays?: number | null;

  @ApiPropertyOptional({ enum: ['single', 'shared'], default: 'single' })
  @IsOptional()
  @IsIn(['single', 'shared'])
  usage?: DiscountUsage;

  @ApiPropertyOptional({ example: 'MARMELAD10', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sharedCode?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Shared codes only' })
  @IsOptional()
  @IsInt()
  redemptionCap?: number | null;

  @ApiPropertyOptional({
    description: '"once", "monthly", "yearly", "unlimited" or {"days": N}',
    example: 'once',
    oneOf: [{ type: 'string' }, { type: 'object', properties: { days: { type: 'integer' } } }],
  })
  @Allow()
  recurrence?: unknown;

  @ApiPropertyOptional({ example: [7, 25], type: [Number] })
  @IsOptional()
  @IsArray()
  @IsInt({ each: true })
  reminderDays?: number[];

  @ApiPropertyOptional({ nullable: true, example: 500 }) @IsOptional() @IsNumber() minPurchase?:
    number | null;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateDiscountTemplateDto extends PartialType(CreateDiscountTemplateDto) {}

export class DiscountTemplateListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DISCOUNT_EVENTS }) @IsOptional() @IsIn(DISCOUNT_EVENTS) event?: DiscountEvent;
  @ApiPropertyOptional() @IsOptional() @BooleanQuery() @IsBoolean() active?: boolean;
}
