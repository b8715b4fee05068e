import type { BotApiState } from "../../src/emulator/bot-api-state.ts";
import { parseMultipart } from "../../src/emulator/multipart.ts";

/** A `client.fetch` for grammY that answers from a BotApiState instead of the network. */
export function fakeFetch(state: BotApiState) {
  return (async (url: string | URL, init?: { body?: unknown; headers?: Record<string, string> }) => {
    const method = String(url).split("/").pop()!;
    const payload = typeof init?.body === "string" ? JSON.parse(init.body) : init?.body ? await multipart(init.body) : {};
    return new Response(JSON.stringify(state.call(method, payload)), { headers: { "content-type": "application/json" } });
  }) as unknown as typeof fetch;
}

async function multipart(body: unknown): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return parseMultipart(Buffer.concat(chunks));
}
