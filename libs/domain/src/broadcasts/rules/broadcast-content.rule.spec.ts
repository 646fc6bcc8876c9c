import {
  audienceProblems,
  type BroadcastContent,
  broadcastContentProblems,
  isButtonUrl,
  MAX_AUDIENCE_CLIENT_IDS,
  resolveAudience,
} from './broadcast-content.rule';

const content = (overrides: Partial<BroadcastContent> = {}): BroadcastContent => ({
  title: 'Акция',
  text: '<b>Скидка</b>',
  buttons: [],
  mediaKind: null,
  ...overrides,
});

describe('broadcastContentProblems', () => {
  it('accepts a good broadcast', () => {
    expect(
      broadcastContentProblems(content({ buttons: [[{ text: 'Сайт', url: 'https://example.com' }]] })),
    ).toEqual({});
  });

  it('counts visible characters: 4096 of text, 1024 as a caption', () => {
    const long = `<b>${'я'.repeat(4096)}</b>`;
    expect(broadcastContentProblems(content({ text: long }))).toEqual({});
    expect(broadcastContentProblems(content({ text: `${long}!` })).text[0]).toMatch(
      /4097 visible characters; at most 4096/,
    );
    expect(broadcastContentProblems(content({ text: 'я'.repeat(1025), mediaKind: 'photo' })).text[0]).toMatch(
      /at most 1024 as a media caption/,
    );
  });

  it('needs text unless there is media', () => {
    expect(broadcastContentProblems(content({ text: '  ' }))).toHaveProperty('text');
    expect(broadcastContentProblems(content({ text: '', mediaKind: 'video' }))).toEqual({});
  });

  it('names each bad field: title, HTML, button rows, texts and links', () => {
    const problems = broadcastContentProblems(
      content({
        title: ' ',
        text: '<u>x',
        buttons: [[], [{ text: '', url: 'ftp://x' }]],
      }),
    );
    expect(Object.keys(problems).sort()).toEqual([
      'buttons.0',
      'buttons.1.0.text',
      'buttons.1.0.url',
      'text',
      'title',
    ]);
  });

  it.each([
    ['https://example.com/a?b=1', true],
    ['http://shop.ru', true],
    ['tg://resolve?domain=dvorik', true],
    ['javascript:alert(1)', false],
    ['example.com', false],
    [`https://x.ru/${'a'.repeat(2048)}`, false],
  ])('button link %s → %s', (url, ok) => {
    expect(isButtonUrl(url)).toBe(ok);
  });
});

describe('audience', () => {
  it('takes explicit clients first, then a segment, then a filter', () => {
    expect(resolveAudience({ clientIds: [3, 1, 3], segmentId: 2, filter: {} })).toEqual({
      kind: 'clients',
      clientIds: [1, 3],
    });
    expect(resolveAudience({ clientIds: [], segmentId: 2, filter: {} })).toEqual({
      kind: 'segment',
      segmentId: 2,
    });
    expect(resolveAudience({ filter: { subscribed: true } })).toEqual({
      kind: 'filter',
      filter: { subscribed: true },
    });
    expect(resolveAudience({})).toEqual({ kind: 'none' });
  });

  it('refuses malformed ids and explicit lists past the cap', () => {
    expect(audienceProblems({ clientIds: [1, -2] })).toHaveProperty(['audience.clientIds']);
    expect(
      audienceProblems({ clientIds: Array.from({ length: MAX_AUDIENCE_CLIENT_IDS + 1 }, (_, i) => i + 1) }),
    ).toHaveProperty(['audience.clientIds']);
    expect(audienceProblems({ segmentId: 0 })).toHaveProperty(['audience.segmentId']);
    expect(audienceProblems({ clientIds: [1], segmentId: 5 })).toEqual({});
  });
});
