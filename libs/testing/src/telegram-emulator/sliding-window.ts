/**
 * Timestamps of one bot's successful sends inside the last `windowMs`, as a growable ring
 * buffer: each send is one push and at most one amortised eviction, so rate limiting stays
 * O(1) per call even at thousands of calls per second.
 */
export class SlidingWindow {
  private buffer: number[];
  private head = 0;
  private size = 0;

  constructor(
    private readonly windowMs = 1000,
    initialCapacity = 64,
  ) {
    this.buffer = new Array<number>(initialCapacity);
  }

  get length(): number {
    return this.size;
  }

  /** Drops timestamps that are no longer inside `(now - windowMs, now]`. */
  advance(now: number): void {
    const cutoff = now - this.windowMs;
    while (this.size > 0 && this.buffer[this.head] <= cutoff) {
      this.head = (this.head + 1) % this.buffer.length;
      this.size--;
    }
  }

  push(at: number): void {
    if (this.size === this.buffer.length) this.grow();
    this.buffer[(this.head + this.size) % this.buffer.length] = at;
    this.size++;
  }

  /** Milliseconds until the oldest timestamp leaves the window (0 when the window is empty). */
  msUntilSlotFrees(now: number): number {
    if (this.size === 0) return 0;
    return Math.max(0, this.buffer[this.head] + this.windowMs - now);
  }

  private grow(): void {
    const next = new Array<number>(this.buffer.length * 2);
    for (let i = 0; i < this.size; i++) next[i] = this.buffer[(this.head + i) % this.buffer.length];
    this.buffer = next;
    this.head = 0;
  }
}
