import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // A bound, not a measure: an end-to-end walk through a real process (a dozen answers and a
    // kill -9) took 11 s on a quiet run and 34 s with the machine's load at 10; every wait inside
    // a test has its own deadline that says what it waited for.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // End-to-end tests start real processes; two cores are shared by the workers.
    maxWorkers: 2,
  },
});
