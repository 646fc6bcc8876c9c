import { MAX_MEDIA_BYTES, mediaFileProblems, mediaKindOf } from './media-file.rule';
import { pluralRu } from './plural-ru.rule';

describe('media files', () => {
  it('infers the kind from the type', () => {
    expect(['image/jpeg', 'image/png', 'video/mp4', 'application/pdf', 'image/gif'].map(mediaKindOf)).toEqual(
      ['photo', 'photo', 'video', 'document', 'document'],
    );
  });

  it('refuses empty, oversized and mismatched files', () => {
    expect(mediaFileProblems({ kind: 'photo', mimeType: 'image/png', size: 10 })).toEqual([]);
    expect(mediaFileProblems({ kind: 'photo', mimeType: 'image/gif', size: 0 })).toHaveLength(2);
    expect(
      mediaFileProblems({ kind: 'document', mimeType: 'application/pdf', size: MAX_MEDIA_BYTES + 1 }),
    ).toEqual(['at most 10 MB']);
    expect(mediaFileProblems({ kind: 'video', mimeType: 'video/quicktime', size: 5 })).toEqual([
      'a video must be MP4',
    ]);
  });
});

describe('pluralRu', () => {
  it.each([
    [1, 'пользователю'],
    [2, 'пользователям'],
    [5, 'пользователям'],
    [11, 'пользователям'],
    [21, 'пользователю'],
    [1000, 'пользователям'],
  ])('%i %s', (n, word) => {
    expect(pluralRu(n, ['пользователю', 'пользователям', 'пользователям'])).toBe(word);
  });
});
