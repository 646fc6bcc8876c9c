import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { NOTIFICATION_GROUPS, type NotificationGroup, STAFF_ROLES, type StaffRole } from '@dvorik/domain';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { BooleanQuery } from '../discounts/query-transforms';
import { PageQueryDto } from '../platform/page-query.dto';

export class StaffListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @BooleanQuery() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ enum: STAFF_ROLES }) @IsOptional() @IsIn(STAFF_ROLES) role?: StaffRole;
}

export class CreateStaffDto {
  @ApiProperty({ example: 123456789 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  telegramId!: number;
  @ApiProperty({ example: 'Мила' }) @IsString() @Length(1, 255) name!: string;
  @ApiProperty({ enum: STAFF_ROLES }) @IsIn(STAFF_ROLES) role!: StaffRole;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsEmail()
  email?: string | null;
  @ApiPropertyOptional({ description: '≥ 10 characters enables password login' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  password?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() canBroadcastFromChat?: boolean;
  @ApiPropertyOptional({
    enum: NOTIFICATION_GROUPS,
    isArray: true,
    description: 'Default: every group for owners, none for others',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(NOTIFICATION_GROUPS, { each: true })
  notificationGroups?: NotificationGroup[];
}

/** The Telegram id is who they are: a different person is a new staff member. */
export class UpdateStaffDto extends PartialType(
  OmitType(CreateStaffDto, ['telegramId', 'password'] as const),
) {
  @ApiPropertyOptional({ description: 'false deactivates (tokens stop working at their expiry)' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
  @ApiPropertyOptional({ nullable: true, description: 'null removes password login' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 200)
  password?: string | null;
}
