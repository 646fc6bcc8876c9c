import { createHmac } from 'node:crypto';
import { looksLikeTillToken, signTillToken, TILL_TOKEN_TTL_MS, verifyTillToken } from './till-token.rule';

const SECRET = 'a-till-secret-of-at-least-32-characters';
const NOW = new Date('2026-03-01T10:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('till QR token', () => {
  it('verifies a fresh token for its discount until it expires two minutes later', () => {
    const { token, expiresAt } = signTillToken(SECRET, 4589, NOW);
    expect(expiresAt).toEqual(later(TILL_TOKEN_TTL_MS));
    expect(verifyTillToken(SECRET, token, NOW)).toEqual({ ok: true, discountId: 4589, expiresAt });
    expect(verifyTillToken(SECRET, ` ${token}\n`, later(TILL_TOKEN_TTL_MS - 1))).toMatchObject({ ok: true });
    expect(verifyTillToken(SECRET, token, later(TILL_TOKEN_TTL_MS))).toEqual({
      ok: false,
      reason: 'expired',
      discountId: 4589,
      expiresAt,
    });
  });

  it('is the documented HMAC-SHA256 over the discount id and expiry, truncated to 16 bytes', () => {
    const { token } = signTillToken(SECRET, 77, NOW);
    const expiry = NOW.getTime() + TILL_TOKEN_TTL_MS;
    const mac = createHmac('sha256', SECRET).update(`DQ1:77:${expiry}`).digest().subarray(0, 16);
    expect(token).toBe(`DQ1.${(77).toString(36)}.${expiry.toString(36)}.${mac.toString('base64url')}`);
  });

  it('pressing again makes a new token', () => {
    const first = signTillToken(SECRET, 5, NOW).token;
    const second = signTillToken(SECRET, 5, later(1)).token;
    expect(second).not.toBe(first);
    expect(verifyTillToken(SECRET, first, NOW)).toMatchObject({ ok: true, discountId: 5 });
  });

  it('refuses a token signed with another secret, or with its id or expiry changed', () => {
    const { token } = signTillToken(SECRET, 12, NOW);
    expect(verifyTillToken('another-secret-of-at-least-32-chars!!', token, NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const [prefix, id, expiry, sig] = token.split('.');
    const forged = [
      [prefix, (13).toString(36), expiry, sig],
      [prefix, id, (parseInt(expiry, 36) + 3_600_000).toString(36), sig],
      [prefix, `0${id}`, expiry, sig],
      [prefix, id, expiry, `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`],
    ].map((parts) => parts.join('.'));
    for (const text of forged)
      expect(verifyTillToken(SECRET, text, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each([
    '',
    'ДЯА4589',
    'DQ1.',
    'DQ1.a.b.c',
    'dq1.1.2.AAAAAAAAAAAAAAAAAAAAAA',
    'DQ1.-1.2.AAAAAAAAAAAAAAAAAAAAAA',
  ])('refuses garbage %p as invalid', (text) => {
    expect(verifyTillToken(SECRET, text, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('tells a token from a typed code', () => {
    expect(looksLikeTillToken(signTillToken(SECRET, 1, NOW).token)).toBe(true);
    expect(looksLikeTillToken('МД-ДЯА4589')).toBe(false);
    expect(looksLikeTillToken('MARMELAD10')).toBe(false);
  });

  it('is never derived from the code: the code is not an input at all, the secret is', () => {
    expect(signTillToken(SECRET, 9, NOW).token).not.toBe(signTillToken(`${SECRET}x`, 9, NOW).token);
  });
});
