import type { WebSession } from "../domain/web-sessions.ts";
import type { View } from "./view.ts";

/** What every console handler finds on its context. */
export interface WebEnv {
  Variables: {
    view: View;
    /** Set by requireSession; absent on the sign-in pages. */
    session: WebSession;
  };
}
