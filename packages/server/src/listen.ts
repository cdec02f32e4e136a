// The receiver on its own HTTP server: 127.0.0.1 unless told otherwise, since what it holds
// is about children and a public interface must be a deliberate choice.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Receiver, type ReceiverOptions, createReceiver } from './receiver.js';
import { sendJson } from './http.js';
import { applyServerTimeouts } from './timeouts.js';

export interface ListenOptions extends ReceiverOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8081; 0 picks a free port. */
  port?: number;
}

export interface RunningReceiver {
  receiver: Receiver;
  server: Server;
  /** e.g. http://127.0.0.1:8081 (plus the base path). */
  url: string;
  close(): Promise<void>;
}

export async function startReceiver(options: ListenOptions = {}): Promise<RunningReceiver> {
  const receiver = await createReceiver(options);
  // A slow client cannot hold a connection open for long (SERVER_TIMEOUTS).
  const server = createServer((req, res) => {
    receiver.handle(req, res).then(
      (handled) => {
        if (!handled) sendJson(res, 404, { message: 'Not found.' });
      },
      (error: unknown) => {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
  applyServerTimeouts(server);
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8081, host, () => resolve());
    });
  } catch (error) {
    await receiver.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    receiver,
    server,
    url: `http://${shownHost}:${port}${receiver.basePath}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await receiver.close();
    },
  };
}
