import { mkdir, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { Api } from "grammy";
import type { BotDeps } from "./deps.ts";

/**
 * Keeps a copy of a file the user sent under FILES_DIR/<tracking code>/ (the messenger's file
 * id is stored either way). Returns the path written.
 */
export async function storeFile(
  deps: BotDeps,
  filesDir: string,
  file: { fileId: string; fileUniqueId: string; mimeType?: string; sentAs: "photo" | "document" },
  trackingCode: string,
  documentCode: string,
): Promise<string> {
  const client = { apiRoot: deps.config.apiRoot, ...deps.botConfig?.client };
  const api = new Api(deps.config.botToken, client);
  const { file_path: remote } = await api.getFile(file.fileId);
  if (!remote) throw new Error("the platform did not give a download path");
  const download = (client.fetch as typeof fetch | undefined) ?? fetch;
  const response = await download(`${client.apiRoot}/file/bot${deps.config.botToken}/${remote}`);
  if (!response.ok) throw new Error(`file download failed with HTTP ${response.status}`);
  const folder = join(filesDir, trackingCode);
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${documentCode}-${file.fileUniqueId}${extensionOf(remote, file)}`);
  await writeFile(path, Buffer.from(await response.arrayBuffer()));
  return path;
}

/** The copy's extension: the download path's, or (Bale's paths may have none) the file's type's. */
function extensionOf(remote: string, file: { mimeType?: string; sentAs: "photo" | "document" }): string {
  const fromPath = extname(remote);
  if (fromPath) return fromPath;
  if (file.sentAs === "photo") return ".jpg"; // the platforms serve photos as JPEG
  const subtype = /^[a-z]+\/([a-z0-9]{1,8})$/.exec(file.mimeType ?? "")?.[1];
  return subtype ? `.${subtype === "jpeg" ? "jpg" : subtype}` : "";
}
