// Wiring only: configuration, logger, the app, and signals.
import { startApp } from "./app.ts";
import { runUntilSignal, startProcess } from "./process-start.ts";

const { config, logger } = startProcess();
await runUntilSignal(logger, async () => {
  const app = await startApp(config, logger);
  return () => app.stop();
});
