import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_MESSAGES, errorMessage } from './error-messages';

describe('the error map (API code → Russian message)', () => {
  it('has a Russian message for every code of the README error catalogue', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const catalogue = readme.slice(readme.indexOf('## Errors'));
    const codes = [...catalogue.matchAll(/^\|\s*`([A-Z_]+)`\s*\|/gm)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(50);
    const missing = codes.filter((code) => !ERROR_MESSAGES[code]);
    expect(missing).toEqual([]);
    for (const code of codes) expect(ERROR_MESSAGES[code]).toMatch(/[А-Яа-яЁё]/);
  });

  it('falls back to the HTTP status, then to a generic message', () => {
    expect(errorMessage('LOGIN_TOKEN_INVALID', 401)).toMatch(/Ссылка для входа недействительна/);
    expect(errorMessage('SOME_NEW_CODE', 403)).toBe('Недостаточно прав для этого действия');
    expect(errorMessage(undefined, 502)).toBe('Ошибка сервера, попробуйте ещё раз');
  });
});
