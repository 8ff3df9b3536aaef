import { availableParallelism } from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every page is prerendered into out/, which Vercel or any static host serves as it is.
  output: 'export',
  // `npm test` type-checks the whole project (pages, lib, scripts, tests) before building.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  experimental: {
    // Next.js leaves a core free for itself and so prerenders on one worker on a 2-core build
    // machine; the build has nothing else to do meanwhile, so use them all.
    cpus: Math.max(2, availableParallelism()),
  },
};

export default nextConfig;
