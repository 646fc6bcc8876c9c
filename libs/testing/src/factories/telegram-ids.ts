let next = 700_000_000 + Math.floor(Math.random() * 100_000_000);

/** Distinct Telegram ids within a test process. */
export function nextTelegramId(): number {
  return next++;
}
