// Timeouts for the node:http server the receiver runs on (startReceiver, and the demo): a slow
// or silent client cannot hold a connection, and with it a share of the server, for long.
// Node's own defaults are 5 minutes for a request and none for an idle socket.
import type { Server } from 'node:http';

export const SERVER_TIMEOUTS = {
  /** The request line and headers must arrive within this. */
  headersTimeout: 10_000,
  /** The whole request, body included (1 MiB at a slow 35 KB/s). */
  requestTimeout: 30_000,
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeout: 5_000,
  /** A socket with no activity either way (a client that stops reading the reply) is closed after this. */
  socketTimeout: 60_000,
} as const;

/** Applies SERVER_TIMEOUTS to a node:http server (call before listen). */
export function applyServerTimeouts(server: Server): Server {
  server.headersTimeout = SERVER_TIMEOUTS.headersTimeout;
  server.requestTimeout = SERVER_TIMEOUTS.requestTimeout;
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveTimeout;
  server.setTimeout(SERVER_TIMEOUTS.socketTimeout, (socket) => socket.destroy());
  return server;
}
