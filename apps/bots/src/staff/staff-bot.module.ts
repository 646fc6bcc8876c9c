import { Module } from '@nestjs/common';
import { StaffBotUpdate } from './staff-bot.update';

/** Handlers of the staff bot (and its test twin); never shared with the client bot. */
@Module({ providers: [StaffBotUpdate] })
export class StaffBotModule {}
