import { isChannelMemberStatus, isConfiguredChannel, isSubscribed } from './channel-membership.rule';

describe('isSubscribed', () => {
  it.each([
    ['creator', undefined, true],
    ['administrator', undefined, true],
    ['member', undefined, true],
    ['restricted', true, true],
    ['restricted', false, false],
    ['restricted', undefined, false],
    ['left', undefined, false],
    ['kicked', undefined, false],
  ] as const)('%s (is_member %s) → %s', (status, isMember, expected) => {
    expect(isSubscribed({ status, isMember })).toBe(expected);
  });
});

describe('isChannelMemberStatus', () => {
  it('accepts the Bot API statuses only', () => {
    expect(isChannelMemberStatus('member')).toBe(true);
    expect(isChannelMemberStatus('owner')).toBe(false);
    expect(isChannelMemberStatus(undefined)).toBe(false);
  });
});

describe('isConfiguredChannel', () => {
  it('matches by numeric id', () => {
    expect(isConfiguredChannel('-1001234567', { id: -1001234567 })).toBe(true);
    expect(isConfiguredChannel('-1001234567', { id: -1007654321 })).toBe(false);
  });

  it('matches by @username, case-insensitively', () => {
    expect(isConfiguredChannel('@Marmelad_Dvorik', { id: -100, username: 'marmelad_dvorik' })).toBe(true);
    expect(isConfiguredChannel('@marmelad', { id: -100 })).toBe(false);
  });

  it('matches nothing while no channel is configured', () => {
    expect(isConfiguredChannel(null, { id: -1001234567 })).toBe(false);
  });
});
