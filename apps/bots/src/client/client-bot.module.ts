import { Module } from '@nestjs/common';

/** Handlers of the client bot (and its test twin); never shared with the staff bot. */
@Module({})
export class ClientBotModule {}
