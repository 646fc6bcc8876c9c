import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_PER_PAGE } from '@dvorik/domain';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** Beyond any real list (20 million rows at 200 a page); `?page=1e21` is a 400, not an SQL error. */
export const MAX_PAGE = 100_000;

/** `?page&perPage` (≤ 200) on every list (DESIGN §3). */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: MAX_PER_PAGE })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage: number = 50;
}
