// A small TCP proxy between the receiver and PostgreSQL, which a test can turn into "the
// database is stopped" (connections refused, open ones cut) or "the database is frozen"
// (connections accepted, bytes no longer forwarded either way).
//
// Why a proxy rather than stopping or SIGSTOPping PostgreSQL itself (what issue 14 describes):
// the PostgreSQL server on CI and on developers' machines is shared (by other test files, by
// other engineers' runs), and stopping or freezing it would break those, need root, and leave
// it down if the test died half-way. From the receiver's side the proxy looks the same: a
// stopped server refuses connections and drops the open ones; a frozen one (SIGSTOP, a hung
// host, a dropped network) keeps its sockets open and answers nothing.
import { type AddressInfo, type Server, type Socket, connect, createServer } from 'node:net';

export interface TcpProxy {
  /** host:port to connect to instead of the target. */
  readonly port: number;
  /** Forward again (after freeze() or stop()). */
  resume(): Promise<void>;
  /** Refuse new connections and cut the open ones, as a stopped server. */
  stop(): Promise<void>;
  /** Keep connections open but forward nothing either way, as a frozen server. */
  freeze(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let frozen = false;
  let server: Server | undefined;
  let port = 0;

  const onConnection = (client: Socket): void => {
    const upstream = connect(targetPort, targetHost);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    if (frozen) {
      client.pause();
      upstream.pause();
    }
    // Not pipe(): pausing a socket must stop forwarding at once, whatever is buffered.
    const forward = (from: Socket, to: Socket): void =>
      void from.on('data', (chunk: Buffer) => {
        if (!to.destroyed) to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    const end = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  };

  const listen = (): Promise<void> =>
    new Promise((resolve, reject) => {
      server = createServer(onConnection);
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const shut = (): Promise<void> =>
    new Promise((resolve) => {
      if (!server) return resolve();
      const closing = server;
      server = undefined;
      closing.close(() => resolve());
    });

  const stop = async (): Promise<void> => {
    frozen = false;
    const closed = shut();
    for (const [a, b] of pairs) {
      a.destroy();
      b.destroy();
    }
    pairs.clear();
    await closed;
  };

  await listen();
  return {
    get port() {
      return port;
    },
    async resume() {
      frozen = false;
      for (const [a, b] of pairs) {
        a.resume();
        b.resume();
      }
      if (!server) await listen(); // the same port again
    },
    stop,
    freeze() {
      frozen = true;
      for (const [a, b] of pairs) {
        a.pause();
        b.pause();
      }
    },
    close: stop,
  };
}
