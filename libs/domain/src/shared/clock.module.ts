import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** One Clock for the whole core, so a test that moves it moves it for every capability. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
