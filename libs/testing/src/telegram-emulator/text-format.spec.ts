import { commandEntities, formatText, parseHtml } from './text-format';

describe('parseHtml', () => {
  it('turns nested tags and entities into plain text with UTF-16 offsets', () => {
    expect(parseHtml('😀 <b>bold <i>both</i></b> &lt;3 &#x41;')).toEqual({
      text: '😀 bold both <3 A',
      entities: [
        { type: 'bold', offset: 3, length: 9 },
        { type: 'italic', offset: 8, length: 4 },
      ],
    });
  });

  it('maps links, mentions, spoilers, code blocks with a language and quotes', () => {
    const { text, entities } = parseHtml(
      '<a href="https://t.me/dvorik">канал</a> <a href="tg://user?id=42">Оля</a> <span class="tg-spoiler">s</span> ' +
        '<pre><code class="language-ts">x</code></pre> <blockquote expandable>q</blockquote>',
    );
    expect(text).toBe('канал Оля s x q');
    expect(entities).toEqual([
      { type: 'text_link', url: 'https://t.me/dvorik', offset: 0, length: 5 },
      { type: 'text_mention', user: { id: 42, is_bot: false, first_name: '' }, offset: 6, length: 3 },
      { type: 'spoiler', offset: 10, length: 1 },
      { type: 'pre', language: 'ts', offset: 12, length: 1 },
      { type: 'expandable_blockquote', offset: 14, length: 1 },
    ]);
  });

  it.each([
    ['a<br>b', 'Unsupported start tag "br" at byte offset 1'],
    ['<b>open', 'Can\'t find end tag corresponding to start tag "b"'],
    ['<b>x</i>', 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'],
    ['<span>x</span>', 'Tag "span" must have class "tg-spoiler"'],
    ['я <b', 'Unclosed start tag at byte offset 3'],
  ])('rejects %j like Telegram', (html, reason) => {
    expect(() => parseHtml(html)).toThrow(`Bad Request: can't parse entities: ${reason}`);
  });
});

describe('formatText', () => {
  it('parses only HTML and passes explicit entities through otherwise', () => {
    expect(formatText('<b>x</b>', 'html', undefined).text).toBe('x');
    const entities = [{ type: 'bold', offset: 0, length: 1 }];
    expect(formatText('*x*', 'MarkdownV2', entities)).toEqual({ text: '*x*', entities });
  });
});

describe('commandEntities', () => {
  it('marks a leading command, with or without a bot name or payload', () => {
    expect(commandEntities('/start ref_1')).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
    expect(commandEntities('/help@dvorik_bot')).toEqual([{ type: 'bot_command', offset: 0, length: 16 }]);
    expect(commandEntities('hello /start')).toEqual([]);
  });
});
