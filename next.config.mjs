import { availableParallelism } from 'node:os';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  return {
    // Every page is prerendered into out/, which Vercel or any static host serves as it is.
    output: 'export',
    // `*.dev.ts` routes exist in `npm run dev` only: the content check's report for the preview's banner.
    pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ['dev.ts', 'tsx', 'ts'] : ['tsx', 'ts'],
    // `npm test` type-checks the whole project (pages, lib, scripts, tests) before building.
    typescript: { ignoreBuildErrors: true },
    poweredByHeader: false,
    experimental: {
      // Next.js leaves a core free for itself and so prerenders on one worker on a 2-core build
      // machine; the build has nothing else to do meanwhile, so use them all.
      cpus: Math.max(2, availableParallelism()),
    },
  };
}
