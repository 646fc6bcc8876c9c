import { escapeHtml, PLACEHOLDERS, renderTemplate, validateTemplateText } from './template-text.rule';

describe('validateTemplateText', () => {
  it.each([
    ['plain text', 'Добро пожаловать!'],
    ['every placeholder', PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')],
    ['spaces inside braces', 'Привет, {{ first_name }}!'],
    [
      'HTML and a link',
      '<b>Ваш код:</b> <code>{{discount_code}}</code> <a href="{{channel_link}}">канал</a>',
    ],
    ['a repeated placeholder', '{{first_name}}, {{first_name}}!'],
    ['single braces that are not a placeholder', 'Смайлик {:-} и {x}'],
    ['exactly 4096 characters', 'я'.repeat(4096)],
  ])('accepts %s', (_label, body) => {
    expect(validateTemplateText(body)).toEqual([]);
  });

  it.each([
    ['an empty text', '', ['Text is empty']],
    ['only whitespace', ' \n\t ', ['Text is empty']],
    ['4097 characters', 'я'.repeat(4097), ['Text is 4097 characters long; the limit is 4096']],
    [
      'an unclosed placeholder',
      'Привет, {{first_name!',
      ['Unbalanced {{ or }}: write placeholders as {{name}}'],
    ],
    ['a stray closing', 'Привет, first_name}}!', ['Unbalanced {{ or }}: write placeholders as {{name}}']],
    ['triple braces', '{{{first_name}}}', ['Unbalanced {{ or }}: write placeholders as {{name}}']],
    ['an empty placeholder', 'Привет, {{}}!', ['Empty placeholder {{}}']],
    [
      'single braces around a known name',
      'Привет, {first_name}!',
      ['Placeholder {first_name} needs double braces: {{first_name}}'],
    ],
  ])('refuses %s', (_label, body, errors) => {
    expect(validateTemplateText(body)).toEqual(errors);
  });

  it('names each unknown placeholder once', () => {
    const errors = validateTemplateText('{{name}} {{First_Name}} {{name}} {{discount code}}');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^Unknown placeholder \{\{name\}\}; known: \{\{first_name\}\}/);
    expect(errors[1]).toMatch(/^Unknown placeholder \{\{First_Name\}\}/);
    expect(errors[2]).toMatch(/^Unknown placeholder \{\{discount code\}\}/);
  });

  it('reports every problem at once', () => {
    const errors = validateTemplateText(`${'x'.repeat(1020)} {{foo}} {{bar`, { maxLength: 1024 });
    expect(errors).toEqual([
      'Text is 1034 characters long; the limit is 1024',
      expect.stringMatching(/^Unknown placeholder \{\{foo\}\}/),
      'Unbalanced {{ or }}: write placeholders as {{name}}',
    ]);
  });

  it('applies a caption limit when given one', () => {
    expect(validateTemplateText('x'.repeat(1024), { maxLength: 1024 })).toEqual([]);
    expect(validateTemplateText('x'.repeat(1025), { maxLength: 1024 })).toHaveLength(1);
  });

  it('counts an emoji as Telegram does (two UTF-16 units)', () => {
    expect(validateTemplateText('🍬'.repeat(2048))).toEqual([]);
    expect(validateTemplateText(`${'🍬'.repeat(2048)}!`)).toHaveLength(1);
  });
});

describe('renderTemplate', () => {
  it('fills every placeholder', () => {
    const body =
      'Привет, {{first_name}}! Код {{discount_code}} на {{discount_value}} до {{discount_expires_at}}. {{channel_link}}';
    expect(
      renderTemplate(body, {
        first_name: 'Анна',
        discount_code: 'МД-ДЯА4589',
        discount_value: '10\u00A0%',
        discount_expires_at: '31.03.2026',
        channel_link: 'https://t.me/dvorik',
      }),
    ).toBe('Привет, Анна! Код МД-ДЯА4589 на 10\u00A0% до 31.03.2026. https://t.me/dvorik');
  });

  it('escapes values but keeps the trusted HTML of the body', () => {
    expect(renderTemplate('<b>Привет, {{first_name}}</b>', { first_name: '<i>Tom & "Jerry"</i>' })).toBe(
      '<b>Привет, &lt;i&gt;Tom &amp; &quot;Jerry&quot;&lt;/i&gt;</b>',
    );
  });

  it('escapes a link inside an attribute', () => {
    expect(
      renderTemplate('<a href="{{channel_link}}">канал</a>', { channel_link: 'https://t.me/x?a=1&b="2"' }),
    ).toBe('<a href="https://t.me/x?a=1&amp;b=&quot;2&quot;">канал</a>');
  });

  it('renders a missing value as nothing', () => {
    expect(renderTemplate('Привет, {{first_name}}!', {})).toBe('Привет, !');
  });

  it('fills repeated and spaced placeholders', () => {
    expect(renderTemplate('{{ first_name }} и {{first_name}}', { first_name: 'Аня' })).toBe('Аня и Аня');
  });

  it('leaves unknown placeholders visible', () => {
    expect(renderTemplate('Привет, {{name}}!', { first_name: 'Аня' })).toBe('Привет, {{name}}!');
  });

  it('does not expand placeholders that appear inside values', () => {
    expect(renderTemplate('{{first_name}}', { first_name: '{{discount_code}}', discount_code: 'X' })).toBe(
      '{{discount_code}}',
    );
  });
});

describe('escapeHtml', () => {
  it.each([
    ['a < b > c', 'a &lt; b &gt; c'],
    ['&amp;', '&amp;amp;'],
    ['"quoted"', '&quot;quoted&quot;'],
    ["it's", "it's"],
    ['Привет 🍬', 'Привет 🍬'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});
