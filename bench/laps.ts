/**
 * A lap timer a scenario uses to split one timed iteration into named phases (create, deactivate,
 * delete...). The harness starts it at the same instant as the iteration's own timer, so the
 * phases of an iteration add up to its latency (less the harness's own few microseconds).
 */
export class Laps {
  private last: number;
  private readonly recorded: Record<string, number> = {};

  constructor(private readonly now: () => number = () => performance.now()) {
    this.last = now();
  }

  /** Ends the phase `name` (time since the previous mark or the start). A repeated name adds up. */
  mark(name: string): void {
    const at = this.now();
    this.recorded[name] = (this.recorded[name] ?? 0) + (at - this.last);
    this.last = at;
  }

  phases(): Record<string, number> {
    return { ...this.recorded };
  }
}
