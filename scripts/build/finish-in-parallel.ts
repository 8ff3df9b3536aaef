/**
 * finishPage (./finish-page.ts) over many pages, on every core: the pages step finishes every
 * page a build rendered and the build cache checks every page it copies, each parsed three
 * times; at 10,000 entries that is 14,000 pages, and one core did them alone.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { finishPage } from './finish-page';

export interface PageToFinish {
  /** Where the page is (out/…), for the problems' messages. */
  file: string;
  html: string;
  interactive: boolean;
}

export type FinishedPage = ReturnType<typeof finishPage>;

/** Below this many pages a share, a worker's start (about half a second) costs more than it saves. */
const PAGES_PER_WORKER = 500;

const finishAll = (pages: readonly PageToFinish[]) => pages.map(({ file, html, interactive }) => finishPage(file, html, interactive));

/** Each page finished, in the order given: its pages split among up to one worker per core. */
export async function finishInParallel(pages: readonly PageToFinish[], perWorker = PAGES_PER_WORKER): Promise<FinishedPage[]> {
  const workers = Math.min(availableParallelism(), Math.floor(pages.length / perWorker));
  if (workers <= 1) return finishAll(pages);
  const size = Math.ceil(pages.length / workers);
  const shares = Array.from({ length: workers }, (_, index) => pages.slice(index * size, (index + 1) * size));
  return (await Promise.all(shares.map(finishInWorker))).flat();
}

/** A worker runs this module again, with the pages as its data; tsx's loader is registered first, as a worker does not inherit it. */
function finishInWorker(pages: PageToFinish[]): Promise<FinishedPage[]> {
  const start = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(start, { eval: true, workerData: { pagesToFinish: pages } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a worker finishing pages stopped (exit code ${code})`)));
  });
}

if (!isMainThread && workerData?.pagesToFinish) parentPort!.postMessage(finishAll(workerData.pagesToFinish));
