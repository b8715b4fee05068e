/**
 * How each messenger the emulator plays answers where they differ. Everything not named here
 * follows Telegram's Bot API server (tdlib/telegram-bot-api `telegram-bot-api/Client.cpp`) and
 * TDLib (tdlib/td `td/telegram/*.cpp`), whose sources give the exact refusal texts; see
 * message-rules.ts.
 *
 * Bale, as its open-source client libraries and public bots show it (not checked on a live bot):
 * - No my_chat_member updates: a block is seen only as a failed send. Neither Balethon
 *   (Balethon/Balethon `balethon/objects/update.py`) nor python-bale-bot
 *   (python-bale-bot/python-bale-bot `bale/_update.py`) has the field.
 * - A refused send reads "Forbidden: …" with HTTP 403 (python-bale-bot `bale/_error.py`,
 *   `Forbidden.check_description`; `bale/utils/request.py` PERMISSION_DENIED = 403), and earlier
 *   "permission_denied" as the whole description (python-bale-bot commits 3f336f3 and d01c7d7,
 *   `HTTPClientError.PERMISSION_DENIED`). UNCONFIRMED: which text a block gives, so the
 *   default "Forbidden: permission_denied" joins the two shapes; "permission_denied" (400)
 *   is the other variant.
 * - Rate limits: "bot limit exceed" and "local_rate_limited" as descriptions of a 400
 *   (python-bale-bot `bale/_error.py` HTTPClientError.RATE_LIMIT / LOCAL_RATE_LIMIT, handled in
 *   `bale/request/http.py` by sleeping, with no retry_after), 429 with retry_after absent or 0
 *   (python-bale-bot `bale/utils/request.py` RATE_LIMIT = 429; Balethon
 *   `balethon/errors/rpc_errors/too_many_requests.py` reads `parameters.get("retry_after", 0)`),
 *   and 420 (Balethon `balethon/errors/rpc_errors/flood_error.py`, FloodError code 420).
 *   UNCONFIRMED: the 420's description ("Flood" here, Balethon's class name) and the 429's.
 * - answerCallbackQuery exists since mid-2025 (Balethon commit 4c07e69, 2025-05-31; absent from
 *   python-bale-bot 2025-03). UNCONFIRMED (project notes, /work/shared/NOTES.md "Measured
 *   later", no public source found): callback ids of old clients start with "1" and those
 *   clients show no answer text; the ids of other clients here start with "2".
 * - sendMessage takes chat_id, text, reply_markup, reply_to_message_id only: no entities, no
 *   parse_mode (Balethon `balethon/client/messages/send_message.py`; python-bale-bot
 *   `bale/_bot.py` send_message). Plain text is shown as Markdown: *bold*, _italic_
 *   (sepehr071/bale-mcp `src/bale_mcp/bot.py`, bot_send_message, from live use). UNCONFIRMED:
 *   the exact syntax; the emulator reads a *…* or _…_ run on one line, not starting or ending
 *   with a space and not within a link or an @name (as the bot assumes: it leaves those as they
 *   are), and ignores entities, parse_mode, link_preview_options and is_persistent.
 * - setWebhook takes only url (Balethon `balethon/client/updates/set_webhook.py`; python-bale-bot
 *   `bale/_bot.py` set_webhook): no secret_token, so no secret header. UNCONFIRMED (project
 *   notes): only ports 443 and 88 (the refusal text is Telegram's, with Bale's ports), and
 *   whether a failed delivery is ever retried: the emulator delivers each update once, so the
 *   bot is tested not to depend on redelivery.
 * - Methods: those Balethon and python-bale-bot implement (listed below); no setMyCommands or
 *   any other command-menu method, no inline mode. UNCONFIRMED: what Bale answers for a method
 *   it lacks; the emulator answers 404 "Not Found" as Telegram does for an unknown method, and
 *   as sepehr071/bale-mcp `src/bale_mcp/bot.py` reads a 404 "Not Found".
 * - editMessageText answers a stub (message_id 0, no text) rather than the message
 *   (sepehr071/bale-mcp `src/bale_mcp/bot.py`, bot_edit_message, from live use).
 * - contact.user_id is optional (python-bale-bot `bale/attachments/_contact.py`, Balethon
 *   `balethon/objects/contact.py`), and UNCONFIRMED (project notes) getFile's file_path may
 *   have no extension: tests produce both (sendContact with null, sendDocument's filePath).
 * - UNCONFIRMED: the text, caption, button data and answer limits and the file-kind rule,
 *   taken from Telegram, and the refusal texts for them.
 */
import type { Refusal } from "./message-rules.ts";

export type PlatformName = "telegram" | "bale";

export interface EmulatedPlatform {
  name: PlatformName;
  /** A user's block or unblock reaches the bot as a my_chat_member update. */
  reportsBlocks: boolean;
  /** How a send to a user who blocked the bot is refused, by variant (the first is the default). */
  blocked: Record<string, Refusal>;
  /** How a rate limit is answered, by variant (the first is the default). */
  rateLimited: Record<string, (retryAfterSeconds: number) => Refusal>;
  /** The methods the platform has; undefined: all of Telegram's. */
  methods?: ReadonlySet<string>;
  /** sendMessage honours entities and parse_mode (else they are ignored and plain text is read as Markdown). */
  honoursEntities: boolean;
  /** Parameters the platform does not document and ignores ("reply_markup.x": a field of the markup). */
  undocumented: readonly string[];
  webhook: { ports: readonly number[]; secretHeader: boolean; redelivers: boolean };
  /** Callback query ids of clients that cannot show answerCallbackQuery texts start with this. */
  oldClientCallbackPrefix?: string;
  /** editMessageText answers { message_id: 0 } instead of the edited message. */
  editAnswersStub: boolean;
  /** Deep links that open the bot: `${deepLinkHost}/<bot username>?start=<payload>`. */
  deepLinkHost: string;
}

const TELEGRAM: EmulatedPlatform = {
  name: "telegram",
  reportsBlocks: true,
  blocked: { default: { error_code: 403, description: "Forbidden: bot was blocked by the user" } },
  rateLimited: {
    default: (seconds) => ({ error_code: 429, description: `Too Many Requests: retry after ${seconds}`, parameters: { retry_after: seconds } }),
  },
  honoursEntities: true,
  undocumented: [],
  webhook: { ports: [443, 80, 88, 8443], secretHeader: true, redelivers: true },
  editAnswersStub: false,
  deepLinkHost: "https://t.me",
};

const BALE_METHODS = new Set(
  (
    "getMe getUpdates setWebhook deleteWebhook getWebhookInfo sendMessage forwardMessage copyMessage sendPhoto sendAudio " +
    "sendDocument sendVideo sendAnimation sendVoice sendMediaGroup sendLocation sendContact sendInvoice sendSticker " +
    "sendChatAction getFile editMessageText editMessageCaption editMessageReplyMarkup deleteMessage answerCallbackQuery " +
    "answerPreCheckoutQuery createInvoiceLink inquireTransaction getChat getChatMember getChatMembersCount " +
    "getChatAdministrators banChatMember unbanChatMember promoteChatMember restrictChatMember leaveChat setChatPhoto " +
    "deleteChatPhoto setChatTitle setChatDescription pinChatMessage unpinChatMessage unpinAllChatMessages " +
    "createChatInviteLink revokeChatInviteLink exportChatInviteLink inviteUser askReview uploadStickerFile " +
    "createNewStickerSet addStickerToSet getStickerSet"
  ).split(" "),
);

const BALE: EmulatedPlatform = {
  name: "bale",
  reportsBlocks: false,
  blocked: {
    default: { error_code: 403, description: "Forbidden: permission_denied" },
    permission_denied: { error_code: 400, description: "permission_denied" },
  },
  rateLimited: {
    "bot-limit-exceed": () => ({ error_code: 400, description: "bot limit exceed" }),
    "local-rate-limited": () => ({ error_code: 400, description: "local_rate_limited" }),
    "too-many-requests": () => ({ error_code: 429, description: "Too Many Requests" }),
    flood: () => ({ error_code: 420, description: "Flood" }),
  },
  methods: BALE_METHODS,
  honoursEntities: false,
  undocumented: ["entities", "caption_entities", "parse_mode", "link_preview_options", "reply_markup.is_persistent"],
  webhook: { ports: [443, 88], secretHeader: false, redelivers: false },
  oldClientCallbackPrefix: "1",
  editAnswersStub: true,
  deepLinkHost: "https://ble.ir",
};

export const PLATFORMS: Record<PlatformName, EmulatedPlatform> = { telegram: TELEGRAM, bale: BALE };
