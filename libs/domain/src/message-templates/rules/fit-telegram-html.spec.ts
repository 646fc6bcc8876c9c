import { ELLIPSIS, fitTelegramHtml } from './fit-telegram-html';
import { MAX_MESSAGE_LENGTH, renderTemplate } from './template-text.rule';

/** Every tag closed in order, and no tag or entity broken: what Telegram's HTML parser needs. */
function wellFormed(html: string): boolean {
  const stack: string[] = [];
  const rest = html.replace(/<(\/?)([a-z][\w-]*)[^>]*>/gi, (_m, close: string, name: string) => {
    if (close) {
      if (stack.pop() !== name) stack.push('!broken');
    } else stack.push(name);
    return '';
  });
  return stack.length === 0 && !/[<>]/.test(rest) && !/&(?![a-z]+;|#\d+;)/i.test(rest);
}

describe('fitTelegramHtml', () => {
  it('returns text within the limit as it is', () => {
    expect(fitTelegramHtml('<b>Привет</b> &amp; пока', 100)).toBe('<b>Привет</b> &amp; пока');
  });

  it('never cuts inside a tag or an entity, closes what is open, and stays within the limit', () => {
    const html = '<b>Код <i>ABC</i></b> &amp; <a href="https://t.me/x">ссылка на канал</a> &lt;end&gt;';
    for (let max = 1; max <= html.length; max++) {
      const fitted = fitTelegramHtml(html, max);
      expect([max, fitted.length <= max]).toEqual([max, true]);
      expect([max, wellFormed(fitted)]).toEqual([max, true]);
    }
    expect(fitTelegramHtml(html, 28)).toBe(`<b>Код <i>ABC</i></b> &amp;${ELLIPSIS}`);
  });

  it('does not split an emoji (a surrogate pair)', () => {
    const fitted = fitTelegramHtml('🍬'.repeat(10), 6);
    expect(fitted).toBe(`🍬🍬${ELLIPSIS}`);
    expect(encodeURIComponent(fitted)).toBeTruthy(); // throws on a lone surrogate
  });
});

describe('renderTemplate: the final text fits Telegram', () => {
  const body =
    'С днём рождения, {{first_name}}! 🎂\nКод: <b>{{discount_code}}</b>, скидка {{discount_value}}';

  it('shortens a long filled-in value, keeping the template’s own words and the code', () => {
    const text = renderTemplate(body, {
      first_name: '<Вера>'.repeat(2000),
      discount_code: 'ABC123',
      discount_value: '10%',
    });
    expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(text).toContain('Код: <b>ABC123</b>, скидка 10%');
    expect(text).toContain(`${ELLIPSIS}! 🎂`);
    expect(wellFormed(text)).toBe(true);
  });

  it('honours a caption’s 1024 and a template that is long by itself', () => {
    const caption = renderTemplate(
      body,
      { first_name: 'x'.repeat(5000), discount_code: 'C' },
      { maxLength: 1024 },
    );
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(caption).toContain('<b>C</b>');
    const long = renderTemplate(`<i>${'{{details}} '.repeat(300)}</i>`, { details: 'слово'.repeat(10) });
    expect(long.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(wellFormed(long)).toBe(true);
  });

  it('leaves a text that fits untouched', () => {
    expect(renderTemplate(body, { first_name: 'Вера', discount_code: 'A1', discount_value: '5%' })).toBe(
      'С днём рождения, Вера! 🎂\nКод: <b>A1</b>, скидка 5%',
    );
  });
});
