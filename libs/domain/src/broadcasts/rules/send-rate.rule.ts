import { FREE_BROADCAST_RATE_LIMIT } from '../../settings';

/** Telegram's ceiling with `allow_paid_broadcast`. */
export const PAID_BROADCAST_RATE_LIMIT = 1000;

/**
 * How much later than its slot a send may reach Telegram, compared with the send `rate` slots
 * before it, without putting rate+1 messages into one sliding second. Telegram counts arrivals:
 * a send that arrives late (a busy event loop, a descheduled process on either side) next to
 * one on time would otherwise earn a 429 — on the free tier a whole second's pause for every
 * sender. So `rate` consecutive slots span one second plus this tolerance instead of exactly
 * one second: 29.56/s at 30/s and 985/s at 1000/s, and the dispatcher never fires more than
 * `rate` sends in any 1 015 ms of its own clock (a stalled sender catching up, a slow slot
 * batch next to a fast one). The old free-tier guard of 1 ms a slot (30 ms a second) cost 3 %
 * (29.1/s); at 1000/s exact 1 ms slots let 18 ms of jitter show up as 1 018 in one second.
 */
export const ARRIVAL_JITTER_MS = 15;

export interface SendPace {
  /** Messages per second the broadcast settings allow. */
  rate: number;
  /** Microseconds between two send slots, shared by every sender of the bot. */
  intervalUs: number;
  /** Whether sends carry `allow_paid_broadcast` (only when the rate needs it: it costs Stars). */
  paid: boolean;
  /** No `rate` sends of one worker ever fall within this many milliseconds. */
  windowMs: number;
}

/** A 429 widens a worker's tolerance by this much, up to MAX_EXTRA_JITTER_MS (SenderState). */
export const JITTER_STEP_MS = 15;
export const MAX_EXTRA_JITTER_MS = 45;

/**
 * The pace of broadcast sends. `extraJitterMs` widens the tolerance after 429s: Telegram saw more
 * jitter than ARRIVAL_JITTER_MS (a loaded host), and each 429 stops every sender for a second. `paidRate` (the BROADCAST_PAID_RATE env, bench only) replaces the
 * paid-mode rate and lifts the 1000/s cap, so `npm run bench broadcast` can find the sender's own
 * ceiling; production leaves it unset.
 */
export function sendPace(
  settings: { broadcast_rate: number; paid_broadcast: boolean },
  paidRate?: number,
  extraJitterMs = 0,
): SendPace {
  const ceiling = settings.paid_broadcast ? PAID_BROADCAST_RATE_LIMIT : FREE_BROADCAST_RATE_LIMIT;
  const rate =
    settings.paid_broadcast && paidRate ? paidRate : Math.max(1, Math.min(settings.broadcast_rate, ceiling));
  const paid = rate > FREE_BROADCAST_RATE_LIMIT;
  const windowMs = 1000 + ARRIVAL_JITTER_MS + extraJitterMs;
  const intervalUs = Math.round((windowMs * 1000) / rate);
  return { rate, intervalUs, paid, windowMs };
}
