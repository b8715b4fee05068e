/** An uploaded file in a Bot API call. */
export interface UploadedFile {
  filename?: string;
  content: Buffer;
}

/**
 * The fields of a multipart Bot API call (grammY's uploads), read well enough for the
 * emulator: a field naming `attach://x` becomes the file sent in part `x`.
 */
export function parseMultipart(body: Buffer): Record<string, string | UploadedFile> {
  const raw = body.toString("latin1");
  const parts = new Map<string, { filename?: string; value: string }>();
  for (const part of raw.split(/\r\n--[^\r\n]+/)) {
    const match = /name="?([^";\r\n]+)"?(?:; ?filename="?([^";\r\n]*)"?)?[^]*?\r\n\r\n([^]*)$/.exec(part);
    if (match) parts.set(match[1]!, { filename: match[2], value: match[3]! });
  }
  const fields: Record<string, string | UploadedFile> = {};
  for (const [name, { value }] of parts) {
    const text = Buffer.from(value, "latin1").toString("utf8");
    const attached = text.startsWith("attach://") ? parts.get(text.slice("attach://".length)) : undefined;
    fields[name] = attached ? { filename: attached.filename, content: Buffer.from(attached.value, "latin1") } : text;
  }
  return fields;
}
