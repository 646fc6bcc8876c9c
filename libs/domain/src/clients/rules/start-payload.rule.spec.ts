import { parseStartPayload, type StartSource } from './start-payload.rule';

const organic: StartSource = { source: 'organic', sourceNormalized: 'organic', campaignKey: null };

describe('parseStartPayload', () => {
  it.each<[string, StartSource]>([
    [
      'ref_spring_poster',
      { source: 'ref_spring_poster', sourceNormalized: 'spring_poster', campaignKey: 'spring_poster' },
    ],
    [
      'ref_Poster-2026',
      { source: 'ref_Poster-2026', sourceNormalized: 'poster-2026', campaignKey: 'Poster-2026' },
    ],
    ['REF_shop1', { source: 'REF_shop1', sourceNormalized: 'shop1', campaignKey: 'shop1' }],
    ['ref_ref_x', { source: 'ref_ref_x', sourceNormalized: 'ref_x', campaignKey: 'ref_x' }],
    ['ref_', { source: 'ref_', sourceNormalized: 'ref_', campaignKey: null }],
    ['instagram', { source: 'instagram', sourceNormalized: 'instagram', campaignKey: null }],
    ['TgChannel', { source: 'TgChannel', sourceNormalized: 'tgchannel', campaignKey: null }],
    [
      'offline_2026-03',
      { source: 'offline_2026-03', sourceNormalized: 'offline_2026-03', campaignKey: null },
    ],
    ['refshop', { source: 'refshop', sourceNormalized: 'refshop', campaignKey: null }],
    ['ref-shop', { source: 'ref-shop', sourceNormalized: 'ref-shop', campaignKey: null }],
    ['a', { source: 'a', sourceNormalized: 'a', campaignKey: null }],
    ['x'.repeat(64), { source: 'x'.repeat(64), sourceNormalized: 'x'.repeat(64), campaignKey: null }],
    ['  instagram ', { source: 'instagram', sourceNormalized: 'instagram', campaignKey: null }],
  ])('reads %j', (payload, expected) => {
    expect(parseStartPayload(payload)).toEqual(expected);
  });

  it.each<[string, string | null | undefined]>([
    ['undefined', undefined],
    ['null', null],
    ['an empty payload', ''],
    ['only spaces', '   '],
    ['65 characters', 'x'.repeat(65)],
    ['a space inside', 'ref_spring poster'],
    ['Cyrillic', 'реклама'],
    ['an emoji', 'ref_🍬'],
    ['a dot', 'insta.gram'],
    ['HTML', '<script>'],
    ['SQL', "x' OR 1=1 --"],
    ['a URL', 'https://t.me/x'],
  ])('treats %s as organic', (_label, payload) => {
    expect(parseStartPayload(payload)).toEqual(organic);
  });

  it('hands out a fresh object each time', () => {
    const first = parseStartPayload(null);
    first.source = 'changed';
    expect(parseStartPayload(null)).toEqual(organic);
  });
});
