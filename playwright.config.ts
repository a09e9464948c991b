import { defineConfig } from '@playwright/test';

// Two targets run the same specs: the built renderer served by the local web server in
// Chromium (always), and the real Electron app where its binary is installed.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'web', use: { target: 'web' } as Record<string, unknown> },
    { name: 'electron', use: { target: 'electron' } as Record<string, unknown> },
  ],
});
