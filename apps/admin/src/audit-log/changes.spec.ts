import { auditChanges, auditExtra } from './changes';

describe('auditChanges', () => {
  it('reads the settings shape {changes: {key: {before, after}}}', () => {
    expect(
      auditChanges({
        changes: {
          birthday_hour: { before: 9, after: 10 },
          channel_link: { before: null, after: 'https://t.me/x' },
        },
      }),
    ).toEqual([
      { field: 'birthday_hour', before: '9', after: '10' },
      { field: 'channel_link', before: '—', after: 'https://t.me/x' },
    ]);
  });

  it('reads {before, after}, keeping only the fields that changed', () => {
    expect(
      auditChanges({ before: { role: 'marketing', name: 'Мила' }, after: { role: 'owner', name: 'Мила' } }),
    ).toEqual([{ field: 'role', before: 'marketing', after: 'owner' }]);
  });

  it('shows a creation as — → value and tags as JSON', () => {
    expect(auditChanges({ after: { tags: ['vip'] } })).toEqual([
      { field: 'tags', before: '—', after: '["vip"]' },
    ]);
  });

  it('has nothing to show for payloads without old → new', () => {
    expect(auditChanges({ method: 'login_token' })).toEqual([]);
    expect(auditChanges(null)).toEqual([]);
    expect(auditExtra({ method: 'login_token', before: {} })).toBe('{"method":"login_token"}');
  });
});
