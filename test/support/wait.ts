/** Waits until `check` holds (polling every 20 ms), or fails after `timeoutMs` saying what was awaited. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000, what = "a condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
