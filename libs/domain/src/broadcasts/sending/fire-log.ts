/**
 * The times (performance.now()) of this worker's last `limit` sends, as a ring: what keeps any
 * `windowMs` of its own clock from holding more than `limit` sends, whatever the slots said (a
 * stalled sender catching up its missed slots, two slot batches whose local times overlap).
 */
export class FireLog {
  private times = new Float64Array(1);
  private head = 0;
  private size = 0;

  /** Milliseconds to wait before one more send keeps at most `limit` in any `windowMs`. */
  waitMs(now: number, limit: number, windowMs: number): number {
    if (limit !== this.times.length) this.resize(limit);
    if (this.size < limit) return 0;
    // Full: the oldest of the last `limit` sends must have left the window.
    return Math.max(0, this.times[this.head] + windowMs - now);
  }

  record(at: number): void {
    const capacity = this.times.length;
    if (this.size < capacity) {
      this.times[(this.head + this.size) % capacity] = at;
      this.size++;
    } else {
      this.times[this.head] = at;
      this.head = (this.head + 1) % capacity;
    }
  }

  /** A new limit (the rate setting changed): keeps the newest sends that still fit. */
  private resize(limit: number): void {
    const kept = Math.min(this.size, limit);
    const next = new Float64Array(Math.max(1, limit));
    for (let i = 0; i < kept; i++)
      next[i] = this.times[(this.head + this.size - kept + i) % this.times.length];
    this.times = next;
    this.head = 0;
    this.size = kept;
  }
}
