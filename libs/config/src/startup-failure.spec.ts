import { describeStartupFailure } from './startup-failure';

const env = { DATABASE_URL: 'mysql://u:p@127.0.0.1:3306/db', REDIS_URL: 'redis://127.0.0.1:6379/0' };
const driverError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('describeStartupFailure', () => {
  it('names DATABASE_URL for a refused login or a missing database', () => {
    for (const code of ['ER_ACCESS_DENIED_ERROR', 'ER_BAD_DB_ERROR', 'ER_DBACCESS_DENIED_ERROR'])
      expect(describeStartupFailure(driverError(code, 'Access denied for user'), env)).toBe(
        'Cannot use the database of DATABASE_URL: Access denied for user. On a developer machine `npm start` checks both and creates the database user.',
      );
  });

  it('tells Redis from MySQL when a server does not answer', () => {
    expect(
      describeStartupFailure(driverError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:6379'), env),
    ).toMatch(/^Cannot reach Redis \(REDIS_URL\): connect ECONNREFUSED 127\.0\.0\.1:6379\./);
    expect(
      describeStartupFailure(driverError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:3306'), env),
    ).toMatch(/^Cannot reach MySQL \(DATABASE_URL\)/);
  });

  it('names a taken port', () => {
    expect(
      describeStartupFailure(
        driverError('EADDRINUSE', 'listen EADDRINUSE: address already in use :::3001'),
        env,
      ),
    ).toBe(
      'Cannot listen: listen EADDRINUSE: address already in use :::3001 (API_PORT / BOTS_PORT): another instance is running there.',
    );
  });

  it('leaves anything else to the stack trace (a bug)', () => {
    expect(describeStartupFailure(new TypeError('x is not a function'), env)).toBeNull();
    expect(describeStartupFailure('boom', env)).toBeNull();
  });
});
