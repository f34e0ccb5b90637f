/**
 * Light / dark theming. `view.theme.enable()` asks Jira for the user's theme: Jira sets
 * `data-color-mode` / `data-theme` on <html> and loads the design-token CSS, so every
 * `token()` colour follows the user's theme. Without it the token fallbacks give the
 * light theme, so a failure here never breaks the page.
 */
import { view } from '@forge/bridge';

/** Past this the page mounts anyway (light fallbacks) rather than stay blank. */
const THEME_WAIT_MS = 5000;

export async function enableTheme(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      view.theme.enable(),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, THEME_WAIT_MS))),
    ]);
  } catch {
    // Theming is a nicety: the page works in the light theme without it.
  } finally {
    clearTimeout(timer);
  }
}
