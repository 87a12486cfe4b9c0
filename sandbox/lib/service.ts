/** A sandbox service started in-process. `url` has no trailing slash. */
export interface RunningService {
  url: string;
  close(): Promise<void>;
}

/** Time source for everything in the sandbox that expires or throttles, so tests need not wait. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests can move forward by hand. */
export class ManualClock implements Clock {
  constructor(private current = Date.now()) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
