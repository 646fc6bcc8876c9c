import { isValidStaffBirthday, normalizePhone, normalizeTags } from './client-fields.rule';
import { canSeePhones, redactPhones } from './phone-visibility.rule';

describe('client fields', () => {
  it('normalises tags and names the bad ones', () => {
    expect(normalizeTags([' VIP ', 'vip', 'постоянный'])).toEqual({ ok: true, tags: ['vip', 'постоянный'] });
    const bad = normalizeTags(['a b', 'x'.repeat(33), '']);
    expect(bad.ok).toBe(false);
    expect(normalizeTags(Array.from({ length: 21 }, (_, i) => `t${i}`))).toMatchObject({ ok: false });
  });

  it('reads phones the way Russians write them', () => {
    expect(normalizePhone('8 (914) 123-45-67')).toBe('+79141234567');
    expect(normalizePhone('9141234567')).toBe('+79141234567');
    expect(normalizePhone('+7 914 123 45 67')).toBe('+79141234567');
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('call me')).toBeNull();
  });

  it('accepts real past birthdays only', () => {
    const now = new Date('2026-11-21T00:00:00Z');
    expect(isValidStaffBirthday('2000-02-29', now, 'Asia/Vladivostok')).toBe(true);
    expect(isValidStaffBirthday('2001-02-29', now, 'Asia/Vladivostok')).toBe(false);
    expect(isValidStaffBirthday('2027-01-01', now, 'Asia/Vladivostok')).toBe(false);
    expect(isValidStaffBirthday('1899-12-31', now, 'Asia/Vladivostok')).toBe(false);
  });
});

describe('phone visibility', () => {
  it('hides phones from readonly at any depth, leaving everything else intact', () => {
    const at = new Date();
    const body = { items: [{ id: 1, phone: '+79141234567', at }], after: { phone: '+7999' }, phone: null };
    expect(redactPhones(body, 'readonly')).toEqual({
      items: [{ id: 1, phone: null, at }],
      after: { phone: null },
      phone: null,
    });
    expect(redactPhones(body, 'marketing')).toBe(body);
    expect(canSeePhones('owner')).toBe(true);
    expect(canSeePhones(undefined)).toBe(false);
  });
});
