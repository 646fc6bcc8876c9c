import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { BooleanQuery } from '../discounts/query-transforms';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Shop-local days (SHOP_TIMEZONE), both inclusive; default the last 30 days through today. */
export class StatsQueryDto {
  @ApiPropertyOptional({ example: '2026-11-01' })
  @IsOptional()
  @Matches(DAY, { message: 'from: YYYY-MM-DD' })
  from?: string;
  @ApiPropertyOptional({ example: '2026-11-30' })
  @IsOptional()
  @Matches(DAY, { message: 'to: YYYY-MM-DD' })
  to?: string;
  @ApiPropertyOptional({ default: false }) @IsOptional() @BooleanQuery() @IsBoolean() isTest?: boolean;
}
