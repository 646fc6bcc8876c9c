import { Injectable } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';
import type Redis from 'ioredis';

// Slots are handed out on Redis's clock, so workers on different hosts share one schedule.
// A schedule that fell behind by less than `catchUp` (a stalled sender) goes on where it was;
// an idle one restarts now; `notBefore` keeps a slot one interval after the caller's last send. Numbers are stored with %.0f: Lua's default formatting would round
// epoch microseconds.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local count = tonumber(ARGV[2])
local catchUp = tonumber(ARGV[3])
local notBefore = now + tonumber(ARGV[4])
local nextSlot = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
local paused = tonumber(redis.call('HGET', KEYS[1], 'paused') or '0')
local start = math.max(now, nextSlot, paused)
if nextSlot >= now - catchUp then start = math.max(nextSlot, paused) end
start = math.max(start, notBefore)
redis.call('HSET', KEYS[1], 'next', string.format('%.0f', start + interval * count))
redis.call('PEXPIRE', KEYS[1], math.max(60000, math.ceil((start - now) / 1000) + 60000))
return start - now`;

const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local untilUs = now + tonumber(ARGV[1])
local paused = tonumber(redis.call('HGET', KEYS[1], 'paused') or '0')
if untilUs > paused then redis.call('HSET', KEYS[1], 'paused', string.format('%.0f', untilUs)) end
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[1]) / 1000) + 60000)
return 0`;

type PacerRedis = Redis & {
  bcastReserve(
    key: string,
    intervalUs: number,
    count: number,
    catchUpUs: number,
    notBeforeUs: number,
  ): Promise<number>;
  bcastPause(key: string, forUs: number): Promise<number>;
};

/**
 * One send schedule per bot, shared by every sender of every worker: evenly spaced slots
 * `intervalUs` apart, so no sliding second ever holds more than the rate (a token bucket of
 * capacity 1, not a window that releases its whole quota at once). A 429 moves the whole
 * schedule past `retry_after`.
 */
@Injectable()
export class SendPacer {
  private readonly redis: PacerRedis;

  constructor(redis: RedisService) {
    const client = redis.client;
    // One client per process, and several senders share it: define the scripts once.
    if (!('bcastReserve' in client)) {
      client.defineCommand('bcastReserve', { numberOfKeys: 1, lua: RESERVE });
      client.defineCommand('bcastPause', { numberOfKeys: 1, lua: PAUSE });
    }
    this.redis = client as PacerRedis;
  }

  /**
   * Reserves `count` consecutive slots; returns the local time (performance.now() ms) of each.
   * A slot is never before the previous one plus the interval, nor inside a 429 pause, nor
   * before `notBefore` (local ms); it may be up to `catchUpMs` in the past when the schedule fell
   * behind that little.
   */
  async reserve(bot: string, intervalUs: number, count = 1, catchUpMs = 0, notBefore = 0): Promise<number[]> {
    const notBeforeUs = Math.max(0, Math.round((notBefore - performance.now()) * 1000));
    const key = this.key(bot);
    const waitUs = Number(
      await this.redis.bcastReserve(key, intervalUs, count, Math.round(catchUpMs * 1000), notBeforeUs),
    );
    // From when the answer arrived: a slow answer moves the slots later, never earlier.
    const base = performance.now() + waitUs / 1000;
    return Array.from({ length: count }, (_, i) => base + (i * intervalUs) / 1000);
  }

  /** Every sender of this bot waits `ms` (Telegram's retry_after). */
  async pause(bot: string, ms: number): Promise<void> {
    await this.redis.bcastPause(this.key(bot), Math.round(ms * 1000));
  }

  private key(bot: string): string {
    return `bsend:pace:${bot}`;
  }
}
