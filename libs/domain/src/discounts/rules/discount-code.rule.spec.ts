import {
  CODE_DIGITS,
  CODE_LETTERS,
  CODE_PATTERN,
  formatDiscountCode,
  generateDiscountCode,
  normalizeCodeInput,
  type RandomBytes,
} from './discount-code.rule';

/** A fake source handing out the given bytes, at most `chunk` per call. */
function bytes(values: number[], chunk = 16): RandomBytes {
  const queue = [...values];
  return (size) => Buffer.from(queue.splice(0, Math.min(size, chunk)));
}

function chiSquare(counts: number[]): number {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
}

// Upper tail p ≈ 1e-6 (Wilson–Hilferty), so a fair generator essentially never fails here,
// while plain `byte % 22` (14 letters 9 % likelier) scores well above 100.
const CHI2_BOUND_22 = 68;
const CHI2_BOUND_10 = 46;

describe('CODE_LETTERS', () => {
  it('is a set of at least 18 distinct Cyrillic capitals', () => {
    expect(CODE_LETTERS.length).toBeGreaterThanOrEqual(18);
    expect(new Set(CODE_LETTERS).size).toBe(CODE_LETTERS.length);
    expect(CODE_LETTERS).toMatch(/^[А-Я]+$/);
  });

  it.each(['Ё', 'Й', 'Ъ', 'Ь', 'Ы', 'З', 'О', 'Ч', 'Б', 'Щ', 'Э'])(
    'leaves out the confusable %s',
    (letter) => {
      expect(CODE_LETTERS).not.toContain(letter);
    },
  );

  it('keeps Д and Я (the shop’s own example ДЯА4589)', () => {
    expect(CODE_LETTERS).toContain('Д');
    expect(CODE_LETTERS).toContain('Я');
  });
});

describe('generateDiscountCode', () => {
  it('makes three alphabet letters and four digits', () => {
    for (let i = 0; i < 1000; i++) {
      const code = generateDiscountCode();
      expect(code).toMatch(CODE_PATTERN);
      for (const letter of code.slice(0, 3)) expect(CODE_LETTERS).toContain(letter);
    }
  });

  it('is roughly uniform at every position over 100 000 codes', () => {
    const letterCounts = [0, 1, 2].map(() => new Array<number>(CODE_LETTERS.length).fill(0));
    const digitCounts = [0, 1, 2, 3].map(() => new Array<number>(10).fill(0));
    for (let i = 0; i < 100_000; i++) {
      const code = generateDiscountCode();
      for (let p = 0; p < 3; p++) letterCounts[p][CODE_LETTERS.indexOf(code[p])]++;
      for (let p = 0; p < 4; p++) digitCounts[p][Number(code[3 + p])]++;
    }
    for (const counts of letterCounts) expect(chiSquare(counts)).toBeLessThan(CHI2_BOUND_22);
    for (const counts of digitCounts) expect(chiSquare(counts)).toBeLessThan(CHI2_BOUND_10);
  });

  it('has a uniformity bound that does catch modulo bias', () => {
    const counts = new Array<number>(CODE_LETTERS.length).fill(0);
    for (let byte = 0; byte < 256; byte++) counts[byte % CODE_LETTERS.length] += 400; // 102 400 draws
    expect(chiSquare(counts)).toBeGreaterThan(CHI2_BOUND_22);
  });

  it('maps the lowest and highest accepted bytes to the ends of the alphabet', () => {
    expect(generateDiscountCode(bytes([0, 0, 0, 0, 0, 0, 0]))).toBe(`${CODE_LETTERS[0].repeat(3)}0000`);
    const lastLetter = CODE_LETTERS.length - 1;
    expect(generateDiscountCode(bytes([lastLetter, lastLetter, lastLetter, 9, 9, 9, 9]))).toBe('ЯЯЯ9999');
  });

  it('rejects the bytes that would bias letters (≥ 242 for 22 letters)', () => {
    // 255 and 242 are rejected, 241 = 10·22 + 21 → the last letter; 22 → А, 43 → Я
    expect(generateDiscountCode(bytes([255, 242, 241, 22, 43, 1, 2, 3, 4]))).toBe('ЯАЯ1234');
  });

  it('rejects the bytes that would bias digits (≥ 250)', () => {
    expect(generateDiscountCode(bytes([0, 0, 0, 250, 255, 249, 10, 251, 19, 120]))).toBe('ААА9090');
  });

  it('asks for more bytes when the source hands out short buffers', () => {
    expect(generateDiscountCode(bytes([1, 2, 3, 4, 5, 6, 7], 1))).toBe(
      `${CODE_LETTERS[1]}${CODE_LETTERS[2]}${CODE_LETTERS[3]}4567`,
    );
  });

  it('fails loudly on a source that is not random', () => {
    expect(() => generateDiscountCode(() => Buffer.alloc(16, 0xff))).toThrow(/not random/);
    expect(() => generateDiscountCode(() => Buffer.alloc(0))).toThrow(/no bytes/);
  });

  it('only ever uses digits from CODE_DIGITS', () => {
    expect(CODE_DIGITS).toBe('0123456789');
  });
});

describe('normalizeCodeInput', () => {
  it.each([
    ['ДЯА4589', 'ДЯА4589'],
    ['дяа4589', 'ДЯА4589'],
    ['дЯа4589', 'ДЯА4589'],
    ['  ДЯА4589  ', 'ДЯА4589'],
    ['\tДЯА4589\n', 'ДЯА4589'],
    ['ДЯА 4589', 'ДЯА4589'],
    ['Д Я А 4 5 8 9', 'ДЯА4589'],
    ['ДЯА-4589', 'ДЯА4589'],
    ['Д-Я-А-45-89', 'ДЯА4589'],
    ['ДЯА_4589', 'ДЯА4589'],
    ['ДЯА.4589', 'ДЯА4589'],
    ['ДЯА\u00A04589', 'ДЯА4589'],
    ['ДЯА\u200B4589', 'ДЯА4589'],
    ['ДЯА–4589', 'ДЯА4589'],
    ['ДЯА—4589', 'ДЯА4589'],
    ['ДЯА４５８９', 'ДЯА4589'],
    ['ЁЖИ1234', 'ЕЖИ1234'],
    ['ёжи1234', 'ЕЖИ1234'],
    ['Е\u0308ЖИ1234', 'ЕЖИ1234'],
    ['И\u0306ЦУ1234', 'ЙЦУ1234'],
    ['ABC1234', 'АВС1234'],
    ['hot 1234', 'НОТ1234'],
    ['зоч1234', 'ЗОЧ1234'],
    ['ЪЫЬ0000', 'ЪЫЬ0000'],
  ])('%j → %s (no prefix)', (input, expected) => {
    expect(normalizeCodeInput(input)).toBe(expected);
  });

  it.each([
    ['A', 'А'],
    ['B', 'В'],
    ['C', 'С'],
    ['E', 'Е'],
    ['H', 'Н'],
    ['K', 'К'],
    ['M', 'М'],
    ['O', 'О'],
    ['P', 'Р'],
    ['T', 'Т'],
    ['X', 'Х'],
  ])('reads the Latin look-alike %s (either case) as Cyrillic %s', (latin, cyrillic) => {
    expect(normalizeCodeInput(`${latin}ДЯ1234`)).toBe(`${cyrillic}ДЯ1234`);
    expect(normalizeCodeInput(`Д${latin.toLowerCase()}Я1234`)).toBe(`Д${cyrillic}Я1234`);
  });

  it.each([
    ['МД-ДЯА4589', 'ДЯА4589'],
    ['МДДЯА4589', 'ДЯА4589'],
    ['мд-дяа4589', 'ДЯА4589'],
    ['МД ДЯА 4589', 'ДЯА4589'],
    ['МД_ДЯА-4589', 'ДЯА4589'],
    ['MД-ДЯА4589', 'ДЯА4589'],
    ['mд-ДЯА4589', 'ДЯА4589'],
    ['ДЯА4589', 'ДЯА4589'],
    ['МДА1234', 'МДА1234'],
    ['МД-МДА1234', 'МДА1234'],
    ['МД-', null],
    ['МД-МД-ДЯА4589', null],
    ['МД-ДЯА458', null],
  ])('with prefix МД-: %j → %s', (input, expected) => {
    expect(normalizeCodeInput(input, 'МД-')).toBe(expected);
  });

  it.each([
    ['MK-', 'MK-ДЯА4589'],
    ['MK-', 'mk-ДЯА4589'],
    ['MK-', 'МК-ДЯА4589'],
    ['МК-', 'MK ДЯА4589'],
    ['мк', 'МК-ДЯА4589'],
    ['DV-', 'dv-ДЯА4589'],
  ])('prefix %j accepts %j (look-alikes on either side)', (prefix, input) => {
    expect(normalizeCodeInput(input, prefix)).toBe('ДЯА4589');
  });

  it('does not strip a prefix the shop does not use', () => {
    expect(normalizeCodeInput('МД-ДЯА4589')).toBeNull();
    expect(normalizeCodeInput('МД-ДЯА4589', null)).toBeNull();
    expect(normalizeCodeInput('МД-ДЯА4589', '')).toBeNull();
    expect(normalizeCodeInput('ХУ-ДЯА4589', 'МД-')).toBeNull();
  });

  it.each([
    [''],
    ['   '],
    ['-- . __'],
    ['hello'],
    ['ДЯ4589'],
    ['ДЯАА4589'],
    ['ДЯА458'],
    ['ДЯА45890'],
    ['1234567'],
    ['4589ДЯА'],
    ['ДЯА4589🎉'],
    ['🎉🎉🎉1234'],
    ['DЯА4589'],
    ['ДЯА458Z'],
    ['ДЯА٤٥٨٩'],
    ['ДЯА 4589 спасибо'],
    ['ДЯА/4589'],
    ['lzf4589'],
    ['<b>ДЯА4589</b>'],
  ])('refuses %j', (input) => {
    expect(normalizeCodeInput(input, 'МД-')).toBeNull();
  });

  it('returns null for a non-string at run time (untyped input from a bot update)', () => {
    expect(normalizeCodeInput(undefined as unknown as string)).toBeNull();
    expect(normalizeCodeInput(4589 as unknown as string)).toBeNull();
  });

  it('finds every generated code again, with and without its prefix', () => {
    for (let i = 0; i < 1000; i++) {
      const code = generateDiscountCode();
      expect(normalizeCodeInput(code, 'МД-')).toBe(code);
      expect(normalizeCodeInput(formatDiscountCode(code, 'МД-').toLowerCase(), 'МД-')).toBe(code);
    }
  });
});

describe('formatDiscountCode', () => {
  it.each([
    ['МД-', 'МД-ДЯА4589'],
    [null, 'ДЯА4589'],
    [undefined, 'ДЯА4589'],
    ['', 'ДЯА4589'],
  ])('with prefix %j shows %s', (prefix, shown) => {
    expect(formatDiscountCode('ДЯА4589', prefix)).toBe(shown);
  });
});
