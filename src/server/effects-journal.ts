import { AsyncLocalStorage } from "node:async_hooks";
import nodeFetch from "node-fetch";

/** One Bot API call made while handling an update: its method and the platform's answer. */
export interface RecordedCall {
  m: string;
  status: number;
  body: string;
}

/**
 * The calls made while one update is handled, in order. An update handled again (the process
 * died before it was marked done) makes the same calls in the same order; those already made
 * are answered from here instead of being sent twice, so the person gets each reply once.
 */
export interface EffectsJournal {
  calls: RecordedCall[];
  next: number;
  /** Persists the calls so far (called after each one). */
  save(calls: RecordedCall[]): Promise<void>;
}

const current = new AsyncLocalStorage<EffectsJournal>();

/** Runs `work` (one update's handling) with its journal. */
export function withJournal<T>(journal: EffectsJournal, work: () => Promise<T>): Promise<T> {
  return current.run(journal, work);
}

/** A Bot API method that changes something (send, edit, answer, delete, set …); reads and file downloads are not journaled. */
function effectOf(url: string): string | null {
  const method = /\/bot[^/]+\/(\w+)$/.exec(new URL(url).pathname)?.[1];
  return method && !method.startsWith("get") && !new URL(url).pathname.startsWith("/file/") ? method : null;
}

/**
 * A button press the platform no longer takes an answer for (answered already, by this update's
 * earlier handling that died before it was journaled, or too old) has been answered: that is
 * not a reason to abandon the rest of the handling.
 */
function settled(method: string, status: number, body: string): { status: number; body: string } {
  const stale = method === "answerCallbackQuery" && status === 400 && /query is too old|query id is invalid/i.test(body);
  return stale ? { status: 200, body: JSON.stringify({ ok: true, result: true }) } : { status, body };
}

/**
 * grammY's `client.fetch`, journaled: inside an update's handling, every call that changes
 * something is recorded after it answered, and a call already recorded at this position is not
 * made again. (Conversations build their own Api from the same client options, so this reaches
 * inside them too; an API transformer would not.) The one call that can still repeat is the
 * one in flight when the process died: the platform offers no way to ask whether it arrived.
 * The inner fetch is grammY's own on Node, node-fetch: grammY hands it node-fetch's kind of
 * abort signal and multipart streams.
 */
export function journaledFetch(inner: typeof fetch = nodeFetch as unknown as typeof fetch): typeof fetch {
  return async (input, init) => {
    const journal = current.getStore();
    const method = journal && effectOf(String(input instanceof Request ? input.url : input));
    if (!journal || !method) return inner(input, init);
    const index = journal.next++;
    const earlier = journal.calls[index];
    if (earlier?.m === method) return new Response(earlier.body, { status: earlier.status, headers: { "content-type": "application/json" } });
    const response = await inner(input, init);
    const { status, body } = settled(method, response.status, await response.text());
    // Only what took effect: a refused call (too fast, the platform away) changed nothing, and
    // is made again when the update is handled again.
    if (status >= 200 && status < 300) {
      journal.calls[index] = { m: method, status, body };
      await journal.save(journal.calls);
    }
    return new Response(body, { status, headers: response.headers });
  };
}
