// The receiver as a user starts it: the installed `caf-forms-receiver` bin, configured from the
// environment, on a free 127.0.0.1 port. Resolves with its URL once it says it is listening.
import { type ChildProcess, spawn } from 'node:child_process';

export interface RunningBin {
  url: URL;
  stop(): Promise<void>;
}

export function startReceiverBin(binPath: string, projectDir: string, env: Record<string, string>): Promise<RunningBin> {
  const child: ChildProcess = spawn(binPath, [], {
    cwd: projectDir,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the receiver did not start in 30 s:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /POST submissions to (\S+)\/submissions/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url: new URL(`${url}/`), stop });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the receiver exited (${code}):\n${output}`));
    });
  });
}
