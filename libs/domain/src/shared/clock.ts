import { Injectable } from '@nestjs/common';

/**
 * The time, as a provider: code whose rule is "valid for N minutes" reads it here, so a test can
 * move time forward (a fake clock) instead of waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
