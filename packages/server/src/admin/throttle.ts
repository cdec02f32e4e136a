// Slows down guessing of the development token: per client address, after `freeFailures`
// wrong tries in a row, each further try is refused with 429 until a delay has passed, and the
// delay doubles with every failure (1 s, 2 s, 4 s… up to 15 minutes). A success, or a quiet
// quarter of an hour, forgets the address. The address is the TCP peer's: behind a proxy that
// is the proxy, so every client shares one budget (safe, if strict).
export interface ThrottleOptions {
  freeFailures?: number;
  maxDelayMs?: number;
  now?: () => number;
  /** Addresses remembered at once; the oldest are forgotten first (default 10,000). */
  capacity?: number;
}

interface Failures {
  count: number;
  last: number;
  blockedUntil: number;
}

export class FailureThrottle {
  readonly #byAddress = new Map<string, Failures>();
  readonly #free: number;
  readonly #maxDelay: number;
  readonly #now: () => number;
  readonly #capacity: number;

  constructor(options: ThrottleOptions = {}) {
    this.#free = options.freeFailures ?? 5;
    this.#maxDelay = options.maxDelayMs ?? 15 * 60_000;
    this.#now = options.now ?? Date.now;
    this.#capacity = options.capacity ?? 10_000;
  }

  /** Seconds to wait before this address may try again; 0 if it may try now. */
  retryAfter(address: string): number {
    const f = this.#current(address);
    return f ? Math.max(0, Math.ceil((f.blockedUntil - this.#now()) / 1000)) : 0;
  }

  /** Records a wrong try; returns how many in a row this address has made. */
  fail(address: string): number {
    const now = this.#now();
    const f = this.#current(address) ?? { count: 0, last: now, blockedUntil: 0 };
    f.count += 1;
    f.last = now;
    const over = f.count - this.#free;
    if (over >= 0) f.blockedUntil = now + Math.min(this.#maxDelay, 1000 * 2 ** Math.min(over, 30));
    this.#byAddress.delete(address); // re-inserted last: the Map's order is then oldest first
    this.#byAddress.set(address, f);
    while (this.#byAddress.size > this.#capacity) this.#byAddress.delete(this.#byAddress.keys().next().value!);
    return f.count;
  }

  succeed(address: string): void {
    this.#byAddress.delete(address);
  }

  #current(address: string): Failures | undefined {
    const f = this.#byAddress.get(address);
    if (f && this.#now() - f.last > this.#maxDelay && this.#now() >= f.blockedUntil) {
      this.#byAddress.delete(address);
      return undefined;
    }
    return f;
  }
}
