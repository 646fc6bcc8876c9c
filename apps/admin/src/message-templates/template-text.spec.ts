import {
  PLACEHOLDERS as API_PLACEHOLDERS,
  validateTemplateText,
} from '../../../../libs/domain/src/message-templates/rules/template-text.rule';
import { PLACEHOLDERS, templateTextProblem, usedPlaceholders } from './template-text';

describe('bot text rule in the panel', () => {
  it('knows exactly the API’s placeholders', () => {
    expect(Object.keys(PLACEHOLDERS).sort()).toEqual([...API_PLACEHOLDERS].sort());
  });

  it.each([
    'Привет, {{first_name}}!',
    'Привет, {{ first_name }}!',
    'Привет, {{name}}!',
    'Привет, {{}}!',
    'Код: {{discount_code}',
    'Код: {discount_code}',
    'Код {{{discount_code}}}',
    '   ',
    'x'.repeat(4097),
    'фигурные { скобки } в тексте',
  ])('%j: refused by the panel exactly when the API refuses it', (body) => {
    expect(templateTextProblem(body) === undefined).toBe(validateTemplateText(body).length === 0);
  });

  it('names the unknown placeholder in Russian', () => {
    expect(templateTextProblem('Привет, {{name}}!')).toMatch(
      /^Неизвестная подстановка \{\{name\}\}\. Доступны: \{\{first_name\}\}/,
    );
    expect(usedPlaceholders('{{a}} {{ b }} {{a}}')).toEqual(['a', 'b']);
  });
});
