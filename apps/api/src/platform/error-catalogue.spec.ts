import * as domain from '@dvorik/domain';
import type { DomainErrorCode } from '@dvorik/domain/errors';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { domainErrorStatus } from './domain-error-status';

/** Every `*ErrorCode` enum the domain exports, at run time. */
const codes = Object.entries(domain)
  .filter(([name, value]) => name.endsWith('ErrorCode') && typeof value === 'object' && value !== null)
  .flatMap(([, value]) => Object.values(value as Record<string, string>));

describe('error catalogue', () => {
  const readme = readFileSync(path.join(__dirname, '../../../../README.md'), 'utf8');

  it('finds the domain error codes', () => {
    expect(codes.length).toBeGreaterThan(20);
  });

  it.each(codes)('%s has an HTTP status', (code) => {
    const status = domainErrorStatus(code as DomainErrorCode);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it.each(codes)('%s is in the README error catalogue', (code) => {
    expect(readme).toMatch(
      new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${domainErrorStatus(code as DomainErrorCode)}\\s*\\|`),
    );
  });
});
