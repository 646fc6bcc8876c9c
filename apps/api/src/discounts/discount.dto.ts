import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DISCOUNT_EVENTS, type DiscountOrigin, type DiscountStatus } from '@dvorik/domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../platform/page-query.dto';
import { BooleanQuery } from './query-transforms';

const STATUSES: DiscountStatus[] = ['active', 'redeemed', 'expired', 'revoked'];

export class DiscountListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: DiscountStatus;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) clientId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) templateId?: number;
  @ApiPropertyOptional({ enum: DISCOUNT_EVENTS })
  @IsOptional()
  @IsIn(DISCOUNT_EVENTS)
  origin?: DiscountOrigin;
  @ApiPropertyOptional({ description: 'As typed; normalised like a cashier input' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  code?: string;

  @ApiPropertyOptional({ description: 'ISO 8601' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  issuedFrom?: Date;
  @ApiPropertyOptional({ description: 'ISO 8601, exclusive' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  issuedTo?: Date;
  @ApiPropertyOptional({ default: false }) @IsOptional() @BooleanQuery() @IsBoolean() isTest?: boolean;
}

export class IssueDiscountDto {
  @ApiProperty() @IsInt() @Min(1) clientId!: number;
  @ApiProperty() @IsInt() @Min(1) templateId!: number;
  @ApiPropertyOptional({ example: 'Компенсация за ожидание' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  reason?: string;
}

export class RevokeDiscountDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) reason?: string;
}

export class CodeDto {
  @ApiProperty({
    example: 'ДЯА 4589',
    description: 'As typed: spaces, dashes, case, prefix and Latin look-alikes are forgiven',
  })
  @IsString()
  @Length(1, 64)
  code!: string;
}

export class RedeemDto extends CodeDto {
  @ApiPropertyOptional({ example: 1250.5, description: 'Roubles; checked against the minimum purchase' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10_000_000)
  purchaseAmount?: number;
}
