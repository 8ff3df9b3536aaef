/**
 * `npm run budget`: the page-weight and Lighthouse budgets of scripts/bench/budgets.ts, checked against
 * the built site (`npm run build` first). Prints the figures and exits 1 on any miss.
 */
import { lighthouseTable, runLighthouse } from './lighthouse';
import { measurePageWeights, pageWeightTable } from './page-weight';

const weights = await measurePageWeights();
console.log(`Page weight, first visit, gzip:\n\n${pageWeightTable(weights)}\n`);
const lighthouse = await runLighthouse();
console.log(`Lighthouse:\n\n${lighthouseTable(lighthouse.runs)}\n`);

const misses = [...weights.misses, ...lighthouse.misses];
if (misses.length) {
  console.error(`Over budget:\n${misses.map((miss) => `  ${miss}`).join('\n')}`);
  process.exitCode = 1;
} else console.log('Within every budget.');
