/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every page is prerendered into out/, which Vercel or any static host serves as it is.
  output: 'export',
  // `npm test` type-checks the whole project (pages, lib, scripts, tests) before building.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
};

export default nextConfig;
