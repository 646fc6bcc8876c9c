import { entitiesToHtml } from './entities-to-html.rule';
import { parseTelegramHtml } from './telegram-html.rule';

describe('entitiesToHtml', () => {
  it('keeps formatting, links and quotes, and escapes the text', () => {
    const text = 'Скидка 20% <всем> на сайте & в магазине';
    const html = entitiesToHtml(text, [
      { type: 'bold', offset: 0, length: 10 },
      { type: 'italic', offset: 7, length: 3 },
      { type: 'text_link', offset: 21, length: 9, url: 'https://example.com/?a=1&b="2"' },
    ]);
    expect(html).toBe(
      '<b>Скидка <i>20%</i></b> &lt;всем&gt; на <a href="https://example.com/?a=1&amp;b=&quot;2&quot;">сайте &amp; в</a> магазине',
    );
    expect(parseTelegramHtml(html)).toEqual({ ok: true, text });
  });

  it('counts offsets in UTF-16 like Telegram (emoji take two units)', () => {
    expect(entitiesToHtml('🥭 манго', [{ type: 'underline', offset: 3, length: 5 }])).toBe('🥭 <u>манго</u>');
  });

  it('renders pre with a language, spoilers, expandable quotes and custom emoji', () => {
    const html = entitiesToHtml('код тайна цитата 👍', [
      { type: 'pre', offset: 0, length: 3, language: 'js' },
      { type: 'spoiler', offset: 4, length: 5 },
      { type: 'expandable_blockquote', offset: 10, length: 6 },
      { type: 'custom_emoji', offset: 17, length: 2, custom_emoji_id: '5368324170671202286' },
    ]);
    expect(html).toBe(
      '<pre><code class="language-js">код</code></pre> <tg-spoiler>тайна</tg-spoiler> <blockquote expandable>цитата</blockquote> <tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    );
    expect(parseTelegramHtml(html).ok).toBe(true);
  });

  it('leaves what Telegram detects by itself as text, and never produces crossed tags', () => {
    expect(entitiesToHtml('@dvorik #акция', [{ type: 'mention', offset: 0, length: 7 }])).toBe(
      '@dvorik #акция',
    );
    const crossed = entitiesToHtml('abcdef', [
      { type: 'bold', offset: 0, length: 4 },
      { type: 'italic', offset: 2, length: 4 },
    ]);
    expect(parseTelegramHtml(crossed).ok).toBe(true);
  });
});
