import type { BotApiState } from "./bot-api.ts";

/** A `client.fetch` for grammY that answers from a BotApiState instead of the network. */
export function fakeFetch(state: BotApiState) {
  return (async (url: string | URL, init?: { body?: unknown; headers?: Record<string, string> }) => {
    const method = String(url).split("/").pop()!;
    const payload = typeof init?.body === "string" ? JSON.parse(init.body) : init?.body ? await multipart(init.body) : {};
    return new Response(JSON.stringify(state.call(method, payload)), { headers: { "content-type": "application/json" } });
  }) as unknown as typeof fetch;
}

/** The fields of a multipart upload, read just well enough for tests; files (attach://…) as { filename, content }. */
async function multipart(body: unknown): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  const raw = Buffer.concat(chunks).toString("latin1");
  const parts = new Map<string, { filename?: string; value: string }>();
  for (const part of raw.split(/\r\n--[^\r\n]+/)) {
    const match = /name="?([^";\r\n]+)"?(?:; ?filename="?([^";\r\n]*)"?)?[^]*?\r\n\r\n([^]*)$/.exec(part);
    if (match) parts.set(match[1]!, { filename: match[2], value: match[3]! });
  }
  const fields: Record<string, unknown> = {};
  for (const [name, { value }] of parts) {
    const text = Buffer.from(value, "latin1").toString("utf8");
    const attached = text.startsWith("attach://") ? parts.get(text.slice("attach://".length)) : undefined;
    fields[name] = attached ? { filename: attached.filename, content: Buffer.from(attached.value, "latin1") } : text;
  }
  return fields;
}
