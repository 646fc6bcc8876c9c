import { ApiPropertyOptional } from '@nestjs/swagger';
import { CLIENT_SORTS, type ClientSort, type Gender } from '@dvorik/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../platform/page-query.dto';

const FILTER_DOC =
  'The client filter as JSON (DESIGN §2): {"subscribed":true,"tags":{"any":["vip"]},"age":{"from":18}}; unknown keys → 400 SEGMENT_INVALID';

export class ClientListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: FILTER_DOC })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  filter?: string;
  @ApiPropertyOptional({ description: 'A saved segment; `filter` keys refine it' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  segmentId?: number;
  @ApiPropertyOptional({
    description: 'Name/@username prefix, Telegram id, client id; phone for owner/marketing',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  search?: string;
  @ApiPropertyOptional({ enum: CLIENT_SORTS, default: '-createdAt' })
  @IsOptional()
  @IsIn(CLIENT_SORTS)
  sort?: ClientSort;
}

export class UpdateClientDto {
  @ApiPropertyOptional({
    example: ['vip', 'опт'],
    description: 'The full new set: ≤ 20 tags of ≤ 32 characters',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ enum: ['male', 'female', 'unknown'] })
  @IsOptional()
  @IsIn(['male', 'female', 'unknown'])
  gender?: Gender;

  @ApiPropertyOptional({ example: '2002-02-03', nullable: true, description: 'Correct or clear (null)' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthday must be YYYY-MM-DD' })
  birthday?: string | null;

  @ApiPropertyOptional({ example: '+7 914 123-45-67', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @ApiPropertyOptional({ description: 'true bans (no codes, no broadcasts); false lifts the ban' })
  @IsOptional()
  @IsBoolean()
  banned?: boolean;
}

export class BulkClientsDto {
  @ApiPropertyOptional({ type: [Number], description: 'Explicit clients (first in precedence)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100_000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  clientIds?: number[];

  @ApiPropertyOptional({
    type: 'object',
    description: 'An inline filter (second in precedence)',
    additionalProperties: true,
  })
  @IsOptional()
  @IsObject()
  filter?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'A saved segment (last in precedence)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  segmentId?: number;

  @ApiPropertyOptional({ example: ['vip'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  addTags?: string[];

  @ApiPropertyOptional({ example: ['new'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  removeTags?: string[];

  @ApiPropertyOptional({
    description: 'Issue this template to every client (manual:bulk:{job}:{client}, once each)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  issueTemplateId?: number;

  @ApiPropertyOptional({ example: 'Акция к 8 марта' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  reason?: string;
}
