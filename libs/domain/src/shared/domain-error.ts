/**
 * The base of every capability's error. Domain code never throws HTTP exceptions: each edge
 * (REST, bots) maps `code` in one exhaustive switch of its own.
 */
export abstract class DomainError<TCode extends string = string> extends Error {
  protected constructor(
    readonly code: TCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
