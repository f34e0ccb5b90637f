/**
 * The few global rules inline styles cannot express (focus rings, hover, tables, the
 * visually-hidden helper). Installed once as a <style> element: Forge's CSP allows inline
 * styles for this app, never inline scripts. Every colour is a design token.
 */
import { token } from '@atlaskit/tokens';

export const SECTION_FALLBACK: Record<string, string> = {
  strategic: '#1D7AFC',
  technical: '#E56910',
  'go-to-market': '#22A06B',
};

const css = `
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body {
  background: ${token('elevation.surface', '#FFFFFF')};
  color: ${token('color.text', '#172B4D')};
  font: ${token('font.body', 'normal 400 14px/20px ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Ubuntu, "Helvetica Neue", sans-serif')};
  -webkit-font-smoothing: antialiased;
}
h1, h2, h3, h4, p, ul, ol, dl, dd { margin: 0; }
ul, ol { padding: 0; list-style: none; }
a { color: ${token('color.link', '#0C66E4')}; text-decoration: none; }
a:hover { text-decoration: underline; color: ${token('color.link.pressed', '#0055CC')}; }
a:focus-visible, button:focus-visible, select:focus-visible, [tabindex]:focus-visible, summary:focus-visible, input:focus-visible {
  outline: 2px solid ${token('color.border.focused', '#388BFF')};
  outline-offset: 2px;
  border-radius: 3px;
}
.pm-page { overflow-wrap: anywhere; min-width: 0; padding: ${token('space.300', '24px')}; max-width: 1440px; margin: 0 auto; }
.pm-page--compact { padding: ${token('space.100', '8px')} ${token('space.050', '4px')}; }
.pm-sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.pm-muted { color: ${token('color.text.subtle', '#44546F')}; }
.pm-subtlest { color: ${token('color.text.subtlest', '#626F86')}; }
.pm-small { font: ${token('font.body.small', 'normal 400 12px/16px ui-sans-serif, sans-serif')}; }
.pm-mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.pm-num { font-variant-numeric: tabular-nums; }
.pm-card {
  background: ${token('elevation.surface.raised', '#FFFFFF')};
  box-shadow: ${token('elevation.shadow.raised', '0 1px 1px #091E4240, 0 0 1px #091E424F')};
  border-radius: 8px;
  padding: ${token('space.200', '16px')};
}
.pm-tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: ${token('space.150', '12px')}; }
.pm-tile-value { font: ${token('font.heading.large', 'normal 653 24px/28px ui-sans-serif, sans-serif')}; color: ${token('color.text', '#172B4D')}; }
.pm-tile-label { font: ${token('font.body.small', 'normal 400 12px/16px ui-sans-serif, sans-serif')}; color: ${token('color.text.subtle', '#44546F')}; text-transform: none; }
.pm-sections { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: ${token('space.200', '16px')}; }
.pm-section { border-top: 4px solid var(--pm-section-color); }
.pm-phase-row { display: grid; grid-template-columns: minmax(0, 1fr) 36px; gap: 2px 8px; align-items: center; padding: 6px 0; }
.pm-phase-row + .pm-phase-row { border-top: 1px solid ${token('color.border', '#091E4224')}; }
.pm-bar { display: flex; height: 6px; border-radius: 3px; overflow: hidden; background: ${token('color.background.neutral', '#091E420F')}; grid-column: 1 / -1; }
.pm-bar > span { display: block; height: 100%; }
.pm-legend { display: flex; gap: ${token('space.150', '12px')}; flex-wrap: wrap; }
.pm-legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
.pm-score-btn {
  all: unset; cursor: help; font-variant-numeric: tabular-nums; font-weight: 600; border-bottom: 1px dotted ${token('color.border.bold', '#758195')};
}
.pm-score-btn:focus-visible { outline: 2px solid ${token('color.border.focused', '#388BFF')}; outline-offset: 2px; }
.pm-nowrap { white-space: nowrap; }
.pm-row-summary { display: block; max-width: 420px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.pm-grid-kpi { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: ${token('space.150', '12px')}; }
.pm-field { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
.pm-field > label, .pm-label { font: ${token('font.body.small', 'normal 600 12px/16px ui-sans-serif, sans-serif')}; font-weight: 600; color: ${token('color.text.subtle', '#44546F')}; }
.pm-select {
  appearance: none; -webkit-appearance: none; width: 100%; min-height: 36px; padding: 6px 28px 6px 8px;
  background-color: ${token('color.background.input', '#FFFFFF')};
  color: ${token('color.text', '#172B4D')};
  border: 1px solid ${token('color.border.input', '#8590A2')}; border-radius: 3px; font: inherit;
  background-image: linear-gradient(45deg, transparent 50%, currentColor 50%), linear-gradient(135deg, currentColor 50%, transparent 50%);
  background-position: calc(100% - 14px) 52%, calc(100% - 9px) 52%; background-size: 5px 5px; background-repeat: no-repeat;
}
.pm-select:hover { background-color: ${token('color.background.input.hovered', '#F7F8F9')}; }
.pm-select:focus { border-color: ${token('color.border.focused', '#388BFF')}; box-shadow: inset 0 0 0 1px ${token('color.border.focused', '#388BFF')}; outline: none; }
.pm-select[aria-invalid="true"] { border-color: ${token('color.border.danger', '#E2483D')}; }
.pm-input {
  width: 100%; min-height: 36px; padding: 6px 8px; font: inherit;
  background: ${token('color.background.input', '#FFFFFF')}; color: ${token('color.text', '#172B4D')};
  border: 1px solid ${token('color.border.input', '#8590A2')}; border-radius: 3px;
}
.pm-input:focus { border-color: ${token('color.border.focused', '#388BFF')}; box-shadow: inset 0 0 0 1px ${token('color.border.focused', '#388BFF')}; outline: none; }
.pm-input[aria-invalid="true"] { border-color: ${token('color.border.danger', '#E2483D')}; }
.pm-form-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: ${token('space.150', '12px')}; }
.pm-error-text { color: ${token('color.text.danger', '#AE2E24')}; font: ${token('font.body.small', 'normal 400 12px/16px ui-sans-serif, sans-serif')}; }
.pm-table { width: 100%; border-collapse: collapse; }
.pm-table th { text-align: left; font: ${token('font.body.small', 'normal 600 12px/16px ui-sans-serif, sans-serif')}; font-weight: 600; color: ${token('color.text.subtle', '#44546F')}; padding: 8px; border-bottom: 2px solid ${token('color.border', '#091E4224')}; white-space: nowrap; }
.pm-table td { padding: 8px; border-bottom: 1px solid ${token('color.border', '#091E4224')}; vertical-align: middle; }
.pm-table tr:hover td { background: ${token('color.background.neutral.subtle.hovered', '#091E420F')}; }
.pm-chain { display: grid; grid-template-columns: 86px minmax(0, 1fr); gap: 6px 8px; align-items: baseline; }
.pm-ellipsis { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.pm-skeleton { background: ${token('color.skeleton', '#091E420F')}; border-radius: 4px; animation: pm-pulse 1.4s ease-in-out infinite; }
@keyframes pm-pulse { 0%, 100% { opacity: 1; } 50% { opacity: .55; } }
@media (prefers-reduced-motion: reduce) { .pm-skeleton { animation: none; } }
.pm-seg { display: inline-flex; flex-wrap: wrap; gap: 4px; }
.pm-toolbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: ${token('space.150', '12px')}; }
.pm-stack > * + * { margin-top: ${token('space.300', '24px')}; }
.pm-stack-sm > * + * { margin-top: ${token('space.150', '12px')}; }
.pm-row { display: flex; align-items: center; gap: ${token('space.100', '8px')}; flex-wrap: wrap; }
.pm-h2 { font: ${token('font.heading.small', 'normal 653 16px/20px ui-sans-serif, sans-serif')}; color: ${token('color.text', '#172B4D')}; }
.pm-h3 { font: ${token('font.heading.xsmall', 'normal 653 14px/16px ui-sans-serif, sans-serif')}; color: ${token('color.text', '#172B4D')}; }
.pm-dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 12px; }
.pm-dl dt { color: ${token('color.text.subtle', '#44546F')}; }
`;

export function installStyles(): void {
  if (document.getElementById('pm-styles')) return;
  const el = document.createElement('style');
  el.id = 'pm-styles';
  el.textContent = css;
  document.head.appendChild(el);
}
