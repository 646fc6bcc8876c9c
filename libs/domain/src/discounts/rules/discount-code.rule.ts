import { randomBytes as cryptoRandomBytes } from 'node:crypto';

/**
 * Letters a code is made of. A code is read from a phone screen, said aloud at a till and
 * typed by a cashier, so letters that are easy to confuse there are left out:
 * - Ё, Й: lose their marks in some fonts and on keyboards (typed as Е, И);
 * - Ъ, Ь, Ы: hard to name aloud and similar to each other and to Б;
 * - З vs 3, О vs 0, Ч vs 4, Б vs 6: letter/digit confusion;
 * - Щ vs Ш: differ by a tiny tail that disappears on small screens and in handwriting;
 * - Э: read as Е aloud and looks like a mirrored 3.
 * 22 letters remain: 22³·10⁴ ≈ 1.06·10⁸ codes, ample for uniqueness by retry-on-collision.
 */
export const CODE_LETTERS = 'АВГДЕЖИКЛМНПРСТУФХЦШЮЯ';
export const CODE_DIGITS = '0123456789';
export const CODE_LETTER_COUNT = 3;
export const CODE_DIGIT_COUNT = 4;

/** What a stored code looks like; any Cyrillic capital is allowed so codes of an older alphabet still look up. */
export const CODE_PATTERN = /^[А-Я]{3}\d{4}$/;

export type RandomBytes = (size: number) => Buffer;

/** A broken injected source (e.g. always 0xFF) must fail loudly rather than spin forever. */
const MAX_CONSECUTIVE_REJECTIONS = 64;

/**
 * Draws uniform indexes from a byte stream by rejection sampling: bytes at or above the
 * largest multiple of `size` that fits in 256 are discarded, so `byte % size` has no bias.
 */
function indexPicker(randomBytes: RandomBytes): (size: number) => number {
  let pool: Buffer = Buffer.alloc(0);
  let offset = 0;
  return (size) => {
    const limit = 256 - (256 % size);
    for (let attempt = 0; attempt < MAX_CONSECUTIVE_REJECTIONS; attempt++) {
      if (offset >= pool.length) {
        pool = randomBytes(16);
        offset = 0;
        if (pool.length === 0) throw new Error('Random source returned no bytes');
      }
      const byte = pool[offset++];
      if (byte < limit) return byte % size;
    }
    throw new Error(`Random source rejected ${MAX_CONSECUTIVE_REJECTIONS} times in a row; it is not random`);
  };
}

/**
 * A fresh code such as `ДЯА4589` from a CSPRNG; codes are independent draws, so none can be
 * derived from another. Uniqueness in the database is the caller's job (unique index + retry).
 */
export function generateDiscountCode(randomBytes: RandomBytes = cryptoRandomBytes): string {
  const pick = indexPicker(randomBytes);
  let code = '';
  for (let i = 0; i < CODE_LETTER_COUNT; i++) code += CODE_LETTERS[pick(CODE_LETTERS.length)];
  for (let i = 0; i < CODE_DIGIT_COUNT; i++) code += CODE_DIGITS[pick(CODE_DIGITS.length)];
  return code;
}

/** Latin letters that look like Cyrillic ones, typed when the keyboard is on the wrong layout. */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};

// Whitespace (incl. no-break), zero-width characters pasted from Telegram, every dash, underscore, dot.
const SEPARATORS = /[\s\u200B-\u200D\u2060_.\-\u2010-\u2015\u2212]/g;

/**
 * Case, separators and look-alikes folded away. NFKC first so full-width digits become
 * ASCII and a decomposed Й/Ё is one character before the maps run.
 *
 * Deliberately NOT handled: the layout slip where a cashier presses, on the Latin layout,
 * the keys where Cyrillic letters sit (`lzf` for `ДЯА`). Mapping that would turn arbitrary
 * Latin text into plausible codes and widen what a brute-forcer's guess matches; only
 * letters that look the same are forgiven.
 */
function canonicalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SEPARATORS, '')
    .toUpperCase()
    .replace(/[ABCEHKMOPTX]/g, (latin) => LATIN_LOOKALIKES[latin])
    .replace(/Ё/g, 'Е');
}

/**
 * The canonical code a client or cashier meant, or null if the input cannot be one.
 * The prefix (`МД-`) is optional on input and compared in the same forgiving form.
 */
export function normalizeCodeInput(input: string, prefix?: string | null): string | null {
  if (typeof input !== 'string') return null;
  const text = canonicalise(input);
  const canonicalPrefix = prefix ? canonicalise(prefix) : '';
  if (CODE_PATTERN.test(text)) return text;
  if (canonicalPrefix && text.startsWith(canonicalPrefix)) {
    const rest = text.slice(canonicalPrefix.length);
    if (CODE_PATTERN.test(rest)) return rest;
  }
  return null;
}

/** The code as clients see it, with the shop's prefix from settings. */
export function formatDiscountCode(code: string, prefix?: string | null): string {
  return `${prefix ?? ''}${code}`;
}
