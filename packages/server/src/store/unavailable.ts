// "The database cannot take this just now": unreachable, refusing connections, shutting down,
// or slower than the timeouts allow. The receiver answers these with 503 and Retry-After, which
// <caf-form> retries (and keeps in its outbox meanwhile); anything else is a 500.

export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** Seconds a client is asked to wait before sending again. */
export const RETRY_AFTER_SECONDS = 5;

// Node's socket errors, and SQLSTATEs: class 08 (connection exception), 53300 (too many
// connections), 57014 (statement timeout: the query was cancelled), 57P01–57P03 (the server is
// shutting down or starting), 55P03 (lock timeout), 40001 and 40P01 (serialisation failure,
// deadlock: safe to try again).
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const SQLSTATES = new Set(['53300', '57014', '57P01', '57P02', '57P03', '55P03', '40001', '40P01']);
// pg's own errors carry no code: a pool or query timeout, a connection that ended under it.
const PG_MESSAGES = /timeout exceeded when trying to connect|Query read timeout|Connection terminated|connection error and is not queryable|not queryable/i;

/** Whether a PostgreSQL (pg) error means "unavailable just now" rather than a fault. */
export function isPostgresUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (error instanceof AggregateError) return error.errors.some(isPostgresUnavailable); // every address refused
  return PG_MESSAGES.test(error.message);
}

/** Runs a store operation, turning "unavailable" errors (as `isUnavailable` tells) into StoreUnavailableError. */
export async function guarded<T>(operation: () => Promise<T>, isUnavailable: (error: unknown) => boolean): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (isUnavailable(error)) throw new StoreUnavailableError(`the database is unavailable: ${(error as Error).message}`, { cause: error });
    throw error;
  }
}
