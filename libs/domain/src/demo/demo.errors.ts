/**
 * Why the demo seed refused. Only the CLI runs it today, but the code is in DomainErrorCode like
 * every other, so each edge (and the README catalogue) says what it means.
 */
export enum DemoErrorCode {
  RealClientsPresent = 'DEMO_REAL_CLIENTS_PRESENT',
}

export class DemoError extends Error {
  constructor(
    readonly code: DemoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DemoError';
  }

  static realClientsPresent(count: number): DemoError {
    return new DemoError(
      DemoErrorCode.RealClientsPresent,
      `The database has ${count} real (non-demo) clients: the demo shop is only seeded into a shop without clients`,
    );
  }
}
