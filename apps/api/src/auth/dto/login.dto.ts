import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsPositive, IsString, Length, Matches, MaxLength } from 'class-validator';

export class PasswordLoginDto {
  @ApiProperty({ example: 123456789 })
  @IsInt()
  @IsPositive()
  telegramId!: number;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password!: string;
}

export class LoginTokenDto {
  @ApiProperty({ description: 'The one-time token from the staff bot link' })
  @IsString()
  @Length(20, 128)
  @Matches(/^[A-Za-z0-9_-]+$/)
  token!: string;
}
