/** «Погасить» carries the stored code (7 Cyrillic letters and digits, or a shared code ≤ 32): ≤ 64 bytes. */
export const REDEEM_PATTERN = /^rd:(.{1,32})$/u;

export function redeemButtonData(code: string): string {
  return `rd:${code}`;
}
