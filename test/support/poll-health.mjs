// A second client, on a thread of its own: GET <url>/healthz in a loop until told to stop,
// then reports the times of its answers. On its own thread so that the test's own work
// (building megabyte payloads) does not delay it: what it measures is the server.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const times = [];
let failures = 0;
let running = true;
parentPort.once('message', () => (running = false));
while (running) {
  const start = performance.now();
  try {
    const response = await fetch(`${workerData.url}/healthz`);
    const body = await response.json();
    if (response.status === 200 && body.status === 'ok') times.push(performance.now() - start);
    else failures++;
  } catch {
    failures++;
  }
  await sleep(10);
}
parentPort.postMessage({ times, failures });
