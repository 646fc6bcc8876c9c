import { escapeTelegramHtml, parseTelegramHtml } from './telegram-html.rule';

describe('parseTelegramHtml', () => {
  it.each([
    ['plain text', 'Скидка 10 %', 'Скидка 10 %'],
    ['nested tags', '<b>Жирный <i>курсив</i></b>', 'Жирный курсив'],
    ['a link', '<a href="https://example.com">сайт</a>', 'сайт'],
    ['a spoiler span', '<span class="tg-spoiler">секрет</span>', 'секрет'],
    ['an expandable quote', '<blockquote expandable>цитата</blockquote>', 'цитата'],
    ['code in pre', '<pre><code class="language-js">x = 1</code></pre>', 'x = 1'],
    ['a custom emoji', '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', '👍'],
    ['entities', '&lt;b&gt; &amp; &quot; &#128512; &#x41;', '<b> & " 😀 A'],
    ['a bare ampersand', 'Чай & кофе', 'Чай & кофе'],
  ])('accepts %s', (_, html, text) => {
    expect(parseTelegramHtml(html)).toEqual({ ok: true, text });
  });

  it.each([
    ['an unclosed tag', '<b>жирный', /never closed/],
    ['crossed tags', '<b><i>x</b></i>', /does not close <i>/],
    ['an unsupported tag', 'строка<br>строка', /<br> is not supported/],
    ['a link without href', '<a>x</a>', /needs href/],
    ['a span without the spoiler class', '<span>x</span>', /tg-spoiler/],
    ['a stray "<"', '3 < 5', /unclosed "<"/],
    ['a closing tag without an opening one', 'x</b>', /does not close anything/],
  ])('refuses %s', (_, html, problem) => {
    const parsed = parseTelegramHtml(html);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });

  it('escapes text so it parses back to itself', () => {
    const text = '<script> & "кавычки"';
    expect(parseTelegramHtml(escapeTelegramHtml(text))).toEqual({ ok: true, text });
  });
});
