import { createHmac, timingSafeEqual } from 'node:crypto';

/** DESIGN §2 «At the till in one scan»: a QR shown at the till is good for two minutes. */
export const TILL_TOKEN_TTL_MS = 2 * 60_000;

/**
 * `DQ1.<discount id>.<expiry ms>.<signature>`: ids and expiry in base 36, the signature the first
 * 16 bytes of HMAC-SHA256(secret, "DQ1:<id>:<expiry ms>") in base64url. Short, so the QR stays
 * coarse and scans at a glance. The discount id is not secret (the code is); without the server
 * secret nobody can mint a token, and the expiry is inside what is signed.
 */
const TOKEN = /^DQ1\.([0-9a-z]{1,11})\.([0-9a-z]{1,11})\.([A-Za-z0-9_-]{22})$/;
const PREFIX = 'DQ1.';
const SIGNATURE_BYTES = 16;

export type TillTokenCheck =
  | { ok: true; discountId: number; expiresAt: Date }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'expired'; discountId: number; expiresAt: Date };

function signature(secret: string, discountId: number, expiresAtMs: number): Buffer {
  return createHmac('sha256', secret)
    .update(`DQ1:${discountId}:${expiresAtMs}`)
    .digest()
    .subarray(0, SIGNATURE_BYTES);
}

/** Whether text is meant as a till token (then it is never read as a typed code). */
export function looksLikeTillToken(text: string): boolean {
  return text.trim().startsWith(PREFIX);
}

export function signTillToken(
  secret: string,
  discountId: number,
  now: Date,
  ttlMs = TILL_TOKEN_TTL_MS,
): { token: string; expiresAt: Date } {
  if (!Number.isSafeInteger(discountId) || discountId <= 0)
    throw new RangeError('discountId must be positive');
  const expiresAtMs = now.getTime() + ttlMs;
  const sig = signature(secret, discountId, expiresAtMs).toString('base64url');
  return {
    token: `${PREFIX}${discountId.toString(36)}.${expiresAtMs.toString(36)}.${sig}`,
    expiresAt: new Date(expiresAtMs),
  };
}

/** A forged or mangled token is `invalid`; a genuine one past its expiry is `expired` (with its discount). */
export function verifyTillToken(secret: string, text: string, now: Date): TillTokenCheck {
  const match = TOKEN.exec(text.trim());
  if (!match) return { ok: false, reason: 'invalid' };
  const discountId = parseInt(match[1], 36);
  const expiresAtMs = parseInt(match[2], 36);
  if (!Number.isSafeInteger(discountId) || discountId <= 0 || !Number.isSafeInteger(expiresAtMs))
    return { ok: false, reason: 'invalid' };
  // Canonical form only: one token per (id, expiry), no leading zeros smuggled in.
  if (discountId.toString(36) !== match[1] || expiresAtMs.toString(36) !== match[2])
    return { ok: false, reason: 'invalid' };
  const given = Buffer.from(match[3], 'base64url');
  const expected = signature(secret, discountId, expiresAtMs);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'invalid' };
  const expiresAt = new Date(expiresAtMs);
  if (expiresAtMs <= now.getTime()) return { ok: false, reason: 'expired', discountId, expiresAt };
  return { ok: true, discountId, expiresAt };
}
