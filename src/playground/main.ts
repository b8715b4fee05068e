// npm run playground — the whole bot in a browser, no messenger account or token needed.
import { startPlayground } from "./playground.ts";

const port = Number(process.env.PLAYGROUND_PORT ?? 8090);
const playground = await startPlayground({ port });
console.log(`Karyar playground: open ${playground.url} (Ctrl-C stops it; everything is thrown away)`);
console.log(`Staff console: ${playground.consoleUrl} (send /web as مریم or علی for a sign-in link)`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await playground.stop();
  console.log("playground stopped");
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
