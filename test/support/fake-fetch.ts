import type { BotApiState } from "../../src/emulator/bot-api-state.ts";
import { parseMultipart } from "../../src/emulator/multipart.ts";

/** A `client.fetch` for grammY that answers from a BotApiState instead of the network: Bot API calls and file downloads. */
export function fakeFetch(state: BotApiState) {
  return (async (url: string | URL, init?: { body?: unknown; headers?: Record<string, string> }) => {
    const path = new URL(String(url)).pathname;
    const file = /^\/file\/bot[^/]+\/(.+)$/.exec(path);
    if (file) {
      const body = state.download(decodeURIComponent(file[1]!));
      return body ? new Response(new Uint8Array(body)) : new Response("Not Found", { status: 404 });
    }
    const method = path.split("/").pop()!;
    const payload = typeof init?.body === "string" ? JSON.parse(init.body) : init?.body ? await multipart(init.body) : {};
    const answer = state.call(method, payload);
    return new Response(JSON.stringify(answer), { status: answer.ok ? 200 : answer.error_code, headers: { "content-type": "application/json" } });
  }) as unknown as typeof fetch;
}

async function multipart(body: unknown): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return parseMultipart(Buffer.concat(chunks));
}
