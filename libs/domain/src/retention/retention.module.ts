import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings';
import { RetentionPurger } from './retention.purger';

@Module({ imports: [SettingsModule], providers: [RetentionPurger], exports: [RetentionPurger] })
export class RetentionModule {}
