/**
 * Work over many pages, on every core: the pages step finishes every page a build rendered,
 * and the build cache checks and copies every page it keeps; at 10,000 entries that is 14,000
 * pages, and one core did them alone.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A function exported by a module, run by a worker on its share of the items: `module` is the module's URL (import.meta.url). */
export interface Task {
  module: string;
  name: string;
}

/** Below this many items a share, a worker's start (about half a second) costs more than it saves. */
const ITEMS_PER_WORKER = 500;

const run = async <Item, Result>({ module, name }: Task, items: readonly Item[]): Promise<Result[]> => (await import(module))[name](items);

/**
 * The task's results, in the order of `items`: split among up to one worker per core. Items are
 * dealt in turn, not cut in blocks: neighbours are alike (a tag's pages, the share images), so
 * each worker gets as much to do.
 */
export async function onEveryCore<Item, Result>(task: Task, items: readonly Item[], perWorker = ITEMS_PER_WORKER): Promise<Result[]> {
  const workers = Math.min(availableParallelism(), Math.floor(items.length / perWorker));
  if (workers <= 1) return run(task, items);
  const shares = Array.from({ length: workers }, (_, worker) => items.filter((_, index) => index % workers === worker));
  const results = await Promise.all(shares.map((share) => inWorker<Item, Result>(task, share)));
  return items.map((_, index) => results[index % workers][Math.floor(index / workers)]);
}

/** A worker runs the task with its share as its data; tsx's loader is registered first, as a worker does not inherit it. */
function inWorker<Item, Result>(task: Task, items: Item[]): Promise<Result[]> {
  const start = `const { parentPort, workerData } = require('node:worker_threads');
import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(workerData.task.module); })
  .then((module) => module[workerData.task.name](workerData.items))
  .then((results) => parentPort.postMessage(results));`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(start, { eval: true, workerData: { task, items } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a worker of ${task.name} stopped (exit code ${code})`)));
  });
}
