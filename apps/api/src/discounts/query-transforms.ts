import { Transform } from 'class-transformer';

/** `?isTest=true` arrives as text; only the two literal words become booleans, anything else fails validation. */
export const BooleanQuery = () =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
