import { dirname, join } from 'node:path';

/**
 * The @atlaskit/tokens theme CSS that Jira loads when a Custom UI app calls
 * `view.theme.enable()`. The package ships each theme as a JS module exporting
 * its CSS text; this concatenates light, dark and the non-colour themes.
 */
const THEMES = [
  'atlassian-light',
  'atlassian-dark',
  'atlassian-spacing',
  'atlassian-typography',
  'atlassian-shape',
  'atlassian-motion',
];

let cached: string | undefined;

export function tokensCss(): string {
  if (cached !== undefined) return cached;
  const themesDir = join(dirname(require.resolve('@atlaskit/tokens')), 'artifacts', 'themes');
  const parts: string[] = [];
  for (const theme of THEMES) {
    try {
      const mod = require(join(themesDir, `${theme}.js`)) as { default?: unknown };
      if (typeof mod.default === 'string') parts.push(`/* ${theme} */\n${mod.default}`);
    } catch {
      // a theme missing from this version of the package is skipped
    }
  }
  cached = parts.join('\n');
  return cached;
}
