import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // The suite runs on Node 20 on purpose (engines floor); the SDK's notice about Node 22 is known.
    // (and srm serve's who threads do not warm up in the background: tests start many servers, each for seconds)
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', SRM_WHO_WARMUP: 'off' },
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results.json' },
  },
});
