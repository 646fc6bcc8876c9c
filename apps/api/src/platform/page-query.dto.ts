import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_PER_PAGE } from '@dvorik/domain';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** `?page&perPage` (≤ 200) on every list (DESIGN §3). */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: MAX_PER_PAGE })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage: number = 50;
}
