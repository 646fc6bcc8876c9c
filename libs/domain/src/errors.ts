import type { StaffErrorCode } from './staff';

/**
 * Every domain error code. Each edge maps this union in one exhaustive switch, so a new code
 * fails the type check until the REST API and the bots both say what it means.
 */
export type DomainErrorCode = StaffErrorCode;
