// Starts test/support/receiver-process.ts as a child process and returns its URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface ChildReceiver {
  url: string;
  stop(): Promise<void>;
}

export async function spawnReceiver(env: Record<string, string>): Promise<ChildReceiver> {
  const script = new URL('./receiver-process.ts', import.meta.url).pathname;
  const child: ChildProcess = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => String(line)),
    once(child, 'exit').then(([code]) => { throw new Error(`the receiver process exited (${String(code)}) before it listened`); }),
  ]);
  const { url } = JSON.parse(first) as { url: string };
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM'); // this child only, by its own handle
      await exited;
    },
  };
}
