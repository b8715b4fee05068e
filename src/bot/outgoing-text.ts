import type { Transformer } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { PlatformProfile } from "../platform.ts";

/**
 * Text on a platform that takes no entities (Bale): its sendMessage documents neither entities
 * nor parse_mode and reads *…* and _…_ in plain text as bold and italic. So every text the bot
 * sends there goes out as Bale's markup: the formatting the entities carried (a broadcast's
 * bold and italic) becomes markers, links keep their address beside their label, and every
 * asterisk or underscore that was typed (a business name, a note, a broadcast) is shown as a
 * look-alike that no parser reads as a marker. No source documents an escape for Bale's
 * markup; a backslash would show if it has none. Links (and @names) are left as they are.
 */
export const LOOK_ALIKE: Record<string, string> = { "*": "\u2217", _: "\u02cd" };
const MARKER = /[*_]/g;
const LINK = /(?:https?:\/\/|www\.)\S+|@\w+/gu;

/** Typed asterisks and underscores outside links, replaced by look-alikes. */
export function neutralizeMarkers(text: string): string {
  let out = "";
  let last = 0;
  for (const link of text.matchAll(LINK)) {
    out += text.slice(last, link.index).replace(MARKER, (m) => LOOK_ALIKE[m]!);
    out += link[0];
    last = link.index + link[0].length;
  }
  return out + text.slice(last).replace(MARKER, (m) => LOOK_ALIKE[m]!);
}

const MARKUP: Partial<Record<MessageEntity["type"], string>> = { bold: "*", italic: "_" };

/** A text and its entities as Bale's markup (see above); formatting Bale has no markup for is dropped, its text kept. */
export function toBaleMarkup(text: string, entities: readonly MessageEntity[] = []): string {
  // Bold and italic runs that do not overlap (no source says Bale nests them), and labelled links.
  const runs: MessageEntity[] = [];
  for (const e of [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length)) {
    if (!MARKUP[e.type] && e.type !== "text_link") continue;
    if (runs.some((r) => e.offset < r.offset + r.length && r.offset < e.offset + e.length)) continue;
    runs.push(e);
  }
  let out = "";
  let at = 0;
  for (const run of runs) {
    out += neutralizeMarkers(text.slice(at, run.offset));
    const inner = text.slice(run.offset, run.offset + run.length);
    if (run.type === "text_link") out += `${neutralizeMarkers(inner)} (${run.url})`;
    else out += marked(neutralizeMarkers(inner), MARKUP[run.type]!);
    at = run.offset + run.length;
  }
  return out + neutralizeMarkers(text.slice(at));
}

/** Markers around each line of a run, outside its leading and trailing spaces (a run opens and closes on one line, next to text). */
function marked(inner: string, marker: string): string {
  return inner
    .split("\n")
    .map((line) => {
      const [, lead, body, trail] = /^(\s*)(.*?)(\s*)$/su.exec(line)!;
      return body ? `${lead}${marker}${body}${marker}${trail}` : line;
    })
    .join("\n");
}

/** Methods whose text (or caption) the platform shows, with the fields that carry its entities. */
const TEXT_FIELDS: Record<string, { text: string; entities: string }> = {
  sendMessage: { text: "text", entities: "entities" },
  editMessageText: { text: "text", entities: "entities" },
  sendPhoto: { text: "caption", entities: "caption_entities" },
  sendDocument: { text: "caption", entities: "caption_entities" },
  editMessageCaption: { text: "caption", entities: "caption_entities" },
  copyMessage: { text: "caption", entities: "caption_entities" },
};

/**
 * The Bot API calls as the platform takes them: on Bale, text and captions as its markup
 * (above), and none of the parameters it does not document (parse_mode, link_preview_options, a
 * keyboard's is_persistent: the menu keyboard then stays until replaced, as Bale keeps it).
 * Installed on the bot's API and on each conversation's (conversations build their own API).
 */
export function platformCalls(platform: PlatformProfile): Transformer | undefined {
  if (platform.honoursEntities) return undefined;
  return (prev, method, payload, signal) => {
    const fields = TEXT_FIELDS[method];
    if (!fields) return prev(method, payload, signal);
    const { parse_mode: _parse, link_preview_options: _preview, ...rest } = payload as Record<string, unknown>;
    const call: Record<string, unknown> = { ...rest };
    const text = call[fields.text];
    if (typeof text === "string") call[fields.text] = toBaleMarkup(text, call[fields.entities] as MessageEntity[] | undefined);
    delete call[fields.entities];
    const markup = call.reply_markup as Record<string, unknown> | undefined;
    if (markup && typeof markup === "object" && "is_persistent" in markup) {
      const { is_persistent: _persistent, ...kept } = markup;
      call.reply_markup = kept;
    }
    return prev(method, call as typeof payload, signal);
  };
}
