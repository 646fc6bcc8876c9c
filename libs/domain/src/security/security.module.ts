import { Module } from '@nestjs/common';
import { AttemptLockService } from './attempt-lock.service';

@Module({ providers: [AttemptLockService], exports: [AttemptLockService] })
export class SecurityModule {}
