import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  BROADCAST_STATUSES,
  type BroadcastOrigin,
  type BroadcastStatus,
  MAX_AUDIENCE_CLIENT_IDS,
  MEDIA_KINDS,
  type MediaKind,
  RECIPIENT_STATUSES,
  type RecipientStatus,
} from '@dvorik/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { BooleanQuery } from '../discounts/query-transforms';
import { PageQueryDto } from '../platform/page-query.dto';

const BUTTON_KEYS = ['text', 'url'];
const isButton = (b: unknown) =>
  typeof b === 'object' &&
  b !== null &&
  Object.keys(b).every((k) => BUTTON_KEYS.includes(k)) &&
  typeof (b as { text?: unknown }).text === 'string' &&
  typeof (b as { url?: unknown }).url === 'string';

/** Rows of `{text, url}` (nothing else); lengths and URL schemes are the domain's rules. */
const IsButtonRows = () =>
  ValidateBy({
    name: 'isButtonRows',
    validator: {
      validate: (value: unknown) =>
        Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every(isButton)),
      defaultMessage: () => 'buttons must be rows (arrays) of {text, url} objects',
    },
  });

export class AudienceDto {
  @ApiPropertyOptional({
    type: [Number],
    description: `Explicit clients (≤ ${MAX_AUDIENCE_CLIENT_IDS}); wins over the others`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_AUDIENCE_CLIENT_IDS)
  @IsInt({ each: true })
  @Min(1, { each: true })
  clientIds?: number[];

  @ApiPropertyOptional({ description: 'A saved segment; used when there are no clientIds' })
  @IsOptional()
  @IsInt()
  @Min(1)
  segmentId?: number;

  @ApiPropertyOptional({
    description: 'An inline filter (the segments schema; SEGMENT_INVALID names bad fields)',
  })
  @IsOptional()
  @IsObject()
  filter?: Record<string, unknown>;
}

export class CreateBroadcastDto {
  @ApiProperty({ example: 'Скидки выходного дня' }) @IsString() @Length(1, 255) title!: string;

  @ApiProperty({ description: 'Telegram HTML; ≤ 4096 visible characters, ≤ 1024 with media' })
  @IsString()
  @MaxLength(20_000)
  text!: string;

  @ApiPropertyOptional({ example: [[{ text: 'В каталог', url: 'https://example.com' }]] })
  @IsOptional()
  @IsButtonRows()
  buttons?: Array<Array<{ text: string; url: string }>>;

  @ApiPropertyOptional({ type: AudienceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AudienceDto)
  audience?: AudienceDto;

  @ApiPropertyOptional({ description: 'ISO 8601; when to start once launched (absent: at launch)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  scheduledAt?: Date;
}

export class UpdateBroadcastDto extends PartialType(CreateBroadcastDto) {}

export class LaunchBroadcastDto {
  @ApiPropertyOptional({ description: 'ISO 8601; absent: the draft’s scheduledAt, else now' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  at?: Date;
}

export class TestSendDto {
  @ApiPropertyOptional({
    type: [Number],
    description: 'Only these (test) clients; absent: every test client',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  @Min(1, { each: true })
  clientIds?: number[];
}

export class MediaUploadDto {
  @ApiPropertyOptional({ enum: MEDIA_KINDS, description: 'Absent: from the file type' })
  @IsOptional()
  @IsIn(MEDIA_KINDS)
  kind?: MediaKind;
}

export class BroadcastListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: BROADCAST_STATUSES })
  @IsOptional()
  @IsIn(BROADCAST_STATUSES)
  status?: BroadcastStatus;
  @ApiPropertyOptional({ enum: ['panel', 'bot'] })
  @IsOptional()
  @IsIn(['panel', 'bot'])
  origin?: BroadcastOrigin;
}

export class RecipientListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RECIPIENT_STATUSES })
  @IsOptional()
  @IsIn(RECIPIENT_STATUSES)
  status?: RecipientStatus;

  @ApiPropertyOptional({ description: 'Only recipients who blocked the bot (403)' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  blocked?: boolean;
}
