import type { Role } from "../domain/catalog.ts";

/** Who finds a command in their command menu. */
export type Audience = "everyone" | "facilitator" | "staff" | "admin" | "readers";

export interface BotCommandEntry {
  command: string;
  audience: Audience;
  /** Sent in the middle of a flow: answered beside it, or the flow is left first (src/bot/navigation.ts). */
  during: "beside" | "leave";
  /** The flow it enters, if any. */
  enters?: string;
}

/** Every command the bot answers; each has its description under `cmd-<command>` in the locales. */
export const BOT_COMMANDS: readonly BotCommandEntry[] = [
  { command: "start", audience: "everyone", during: "beside" },
  { command: "register", audience: "everyone", during: "leave", enters: "registration" },
  { command: "myapps", audience: "everyone", during: "leave" },
  { command: "track", audience: "everyone", during: "leave", enters: "track" },
  { command: "programs", audience: "everyone", during: "leave" },
  { command: "fit", audience: "everyone", during: "leave", enters: "fit" },
  { command: "settings", audience: "everyone", during: "beside" },
  { command: "language", audience: "everyone", during: "beside" },
  { command: "mydata", audience: "everyone", during: "leave" },
  { command: "deleteme", audience: "everyone", during: "leave" },
  { command: "takeover", audience: "everyone", during: "leave" },
  { command: "funds", audience: "everyone", during: "leave" },
  { command: "registerfor", audience: "facilitator", during: "leave", enters: "register-for" },
  { command: "queue", audience: "staff", during: "leave" },
  { command: "stats", audience: "staff", during: "leave" },
  { command: "export", audience: "staff", during: "leave" },
  { command: "web", audience: "readers", during: "beside" },
  { command: "report", audience: "readers", during: "leave" },
  { command: "invite", audience: "admin", during: "leave", enters: "invite" },
  { command: "coordinators", audience: "admin", during: "leave" },
  { command: "invitefacilitator", audience: "staff", during: "leave", enters: "invite-facilitator" },
  { command: "broadcast", audience: "admin", during: "leave", enters: "broadcast" },
  { command: "broadcasts", audience: "admin", during: "leave" },
  { command: "observer", audience: "admin", during: "leave" },
  { command: "help", audience: "everyone", during: "beside" },
  // Handled before any flow (src/bot/features/cancel.ts); listed for the command menu.
  { command: "cancel", audience: "everyone", during: "beside" },
];

/** The commands a person of this role finds in their menu. */
export function commandsFor(role: Role): BotCommandEntry[] {
  const audiences: Record<Role, Audience[]> = {
    applicant: ["everyone"],
    facilitator: ["everyone", "facilitator"],
    coordinator: ["everyone", "staff", "readers"],
    admin: ["everyone", "staff", "admin", "readers"],
    observer: ["everyone", "readers"],
  };
  return BOT_COMMANDS.filter((c) => audiences[role].includes(c.audience));
}
