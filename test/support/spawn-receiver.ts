// Starts test/support/receiver-process.ts as a child process and returns its URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface ChildReceiver {
  url: string;
  stop(): Promise<void>;
  /** SIGKILL: the process dies at once, as in a crash, with no chance to close anything. */
  crash(): Promise<void>;
}

export async function spawnReceiver(env: Record<string, string>): Promise<ChildReceiver> {
  const script = new URL('./receiver-process.ts', import.meta.url).pathname;
  const child: ChildProcess = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script], {
    // SQLite unless DATABASE_URL is given here (not whatever the developer's shell has)
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => String(line)),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the receiver process exited (${String(code)}) before it listened`);
    }),
  ]);
  const { url } = JSON.parse(first) as { url: string };
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal); // this child only, by its own handle
    await exited;
  };
  return { url, stop: () => end('SIGTERM'), crash: () => end('SIGKILL') };
}
