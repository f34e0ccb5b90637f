/**
 * Light / dark theming. `view.theme.enable()` asks Jira for the user's theme: Jira sets
 * `data-color-mode` / `data-theme` on <html> and loads the design-token CSS, so every
 * `token()` colour follows the user's theme. Without it the token fallbacks give the
 * light theme, so a failure here never breaks the page.
 */
import { view } from '@forge/bridge';

export async function enableTheme(): Promise<void> {
  try {
    await view.theme.enable();
  } catch {
    // Theming is a nicety: the page works in the light theme without it.
  }
}
