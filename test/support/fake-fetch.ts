import type { BotApiState } from "./bot-api.ts";

/** A `client.fetch` for grammY that answers from a BotApiState instead of the network. */
export function fakeFetch(state: BotApiState) {
  return (async (url: string | URL, init?: { body?: unknown }) => {
    const method = String(url).split("/").pop()!;
    const payload = typeof init?.body === "string" ? JSON.parse(init.body) : {};
    return new Response(JSON.stringify(state.call(method, payload)), { headers: { "content-type": "application/json" } });
  }) as unknown as typeof fetch;
}
