import { issueKey } from './issue-key';

const base = {
  clientId: 5,
  templateId: 9,
  now: new Date('2026-12-31T15:30:00Z'),
  timeZone: 'Asia/Vladivostok',
};

describe('issueKey', () => {
  it('follows DESIGN §2 per origin', () => {
    expect(issueKey({ ...base, origin: 'subscription', periodKey: 'once' })).toBe('subscription:5:once');
    expect(issueKey({ ...base, origin: 'manual', periodKey: 'once', requestId: 'req-1' })).toBe(
      'manual:req-1',
    );
    expect(issueKey({ ...base, origin: 'promo', periodKey: '2026-12' })).toBe('promo:9:5:2026-12');
  });

  it('keys birthdays by the shop-local year (31 Dec 15:30 UTC is already 1 Jan in Vladivostok)', () => {
    expect(issueKey({ ...base, origin: 'birthday', periodKey: '2027' })).toBe('birthday:5:2027');
  });

  it('an unlimited template collapses retries only by request id', () => {
    expect(issueKey({ ...base, origin: 'campaign', periodKey: 'unlimited', requestId: 'bulk-3' })).toBe(
      'campaign:9:5:unlimited:bulk-3',
    );
    const a = issueKey({ ...base, origin: 'subscription', periodKey: 'unlimited' });
    const b = issueKey({ ...base, origin: 'subscription', periodKey: 'unlimited' });
    expect(a).not.toBe(b);
  });
});
