/**
 * The few global rules inline styles cannot express (focus rings, hover, tables, the
 * visually-hidden helper). Installed once as a <style> element: Forge's CSP allows inline
 * styles for this app, never inline scripts. Every colour is a design token.
 */
import { token } from '@atlaskit/tokens';

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
/* Links among words (a list of counts): colour alone does not tell them apart (WCAG 1.4.1). */
.pm-link-list a { text-decoration: underline; text-underline-offset: 2px; }
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
/* Issue-panel editor: inputs left, scores and the save bar beside them (sticky where the frame scrolls); stacked in a narrow frame. */
.pm-editor-layout { position: relative; display: grid; grid-template-columns: minmax(0, 1fr) minmax(240px, 300px); gap: ${token('space.300', '24px')}; align-items: start; }
/* Kept in view by useAsideInView (a transform): Jira scrolls its own page, so sticky would not hold. */
.pm-editor-aside { position: relative; z-index: 1; display: flex; flex-direction: column; gap: ${token('space.100', '8px')}; padding: ${token('space.150', '12px')}; border: 1px solid ${token('color.border', '#091E4224')}; border-radius: 6px; background: ${token('elevation.surface.raised', '#FFFFFF')}; }
.pm-score-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: ${token('space.100', '8px')}; }
.pm-score-list > li + li { border-top: 1px solid ${token('color.border', '#091E4224')}; padding-top: ${token('space.100', '8px')}; }
.pm-save-bar { display: flex; flex-wrap: wrap; gap: ${token('space.100', '8px')}; align-items: center; justify-content: space-between; padding-bottom: ${token('space.100', '8px')}; border-bottom: 1px solid ${token('color.border', '#091E4224')}; }
/* Stacked in a narrow frame, the save bar rides at the bottom of what shows (useAsideInView). */
.pm-save-bar--floating { position: relative; z-index: 2; background: ${token('elevation.surface', '#FFFFFF')}; padding-top: ${token('space.100', '8px')}; border-top: 1px solid ${token('color.border', '#091E4224')}; box-shadow: ${token('elevation.shadow.overflow', '0 -4px 8px #091E4226')}; }
.pm-band-strips { position: absolute; inset: 0; pointer-events: none; visibility: hidden; }
.pm-delta { color: ${token('color.text.subtle', '#44546F')}; font-weight: 600; }
.pm-folded-model > summary { cursor: pointer; padding: 4px 0; }
@media (max-width: 700px) { .pm-editor-layout { grid-template-columns: minmax(0, 1fr); } }
/* A changed value in the history: the new value stands out, the old one is struck through. */
.pm-change-from { color: ${token('color.text.subtlest', '#626F86')}; text-decoration: line-through; }
.pm-change-to { font-weight: 600; background: ${token('color.background.accent.blue.subtlest', '#E9F2FF')}; border-radius: 3px; padding: 0 3px; }
/* The backlog's inline score editor: a small raised box under its cell, and the cell's edit button. */
.pm-inline-editor { padding: ${token('space.150', '12px')}; border-radius: 6px; background: ${token('elevation.surface.overlay', '#FFFFFF')}; box-shadow: ${token('elevation.shadow.overlay', '0 8px 12px #091E4226, 0 0 1px #091E424F')}; color: ${token('color.text', '#172B4D')}; }
.pm-icon-btn { min-width: 24px; min-height: 24px; padding: 0 4px; border: 0; border-radius: 3px; background: transparent; color: ${token('color.text.subtle', '#44546F')}; font: inherit; cursor: pointer; }
.pm-icon-btn:hover { background: ${token('color.background.neutral.subtle.hovered', '#091E420F')}; }
.pm-error-text { color: ${token('color.text.danger', '#AE2E24')}; font: ${token('font.body.small', 'normal 400 12px/16px ui-sans-serif, sans-serif')}; }
.pm-warning-text { color: ${token('color.text.warning', '#A54800')}; font: ${token('font.body.small', 'normal 400 12px/16px ui-sans-serif, sans-serif')}; }
.pm-table { width: 100%; border-collapse: collapse; }
/* A table wider than its frame (many columns at 1024 px, an unbreakable value) scrolls inside its container instead of widening the page. */
:has(> table) { overflow-x: auto; max-width: 100%; position: relative; /* contains absolutely placed children (screen-reader-only labels) too */ }
.pm-table th { text-align: left; font: ${token('font.body.small', 'normal 600 12px/16px ui-sans-serif, sans-serif')}; font-weight: 600; color: ${token('color.text.subtle', '#44546F')}; padding: 8px; border-bottom: 2px solid ${token('color.border', '#091E4224')}; white-space: nowrap; }
.pm-table tbody th { font: inherit; font-weight: 600; color: ${token('color.text', '#172B4D')}; border-bottom: 1px solid ${token('color.border', '#091E4224')}; vertical-align: middle; }
.pm-table td { padding: 8px; border-bottom: 1px solid ${token('color.border', '#091E4224')}; vertical-align: middle; }
.pm-table tr:hover td { background: ${token('color.background.neutral.subtle.hovered', '#091E420F')}; }
.pm-launch-flagged th { box-shadow: inset 4px 0 0 ${token('color.border.danger', '#E2483D')}; }
.pm-launch-items { list-style: none; margin: 4px 0 0; padding: 0; display: grid; gap: 2px; }
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

.pm-btn {
  position: relative; display: inline-flex; align-items: center; justify-content: center; gap: 4px;
  height: 32px; padding: 0 12px; border: 0; border-radius: 3px; cursor: pointer; white-space: nowrap;
  font: ${token('font.body', 'normal 400 14px/20px ui-sans-serif, sans-serif')}; font-weight: 500;
  background: ${token('color.background.neutral', '#091E420F')}; color: ${token('color.text.subtle', '#44546F')};
  transition: background .1s ease-out;
}
.pm-btn:hover { background: ${token('color.background.neutral.hovered', '#091E4224')}; }
.pm-btn:active { background: ${token('color.background.neutral.pressed', '#091E424F')}; }
.pm-btn--compact { height: 24px; padding: 0 8px; }
.pm-btn--subtle { background: ${token('color.background.neutral.subtle', '#00000000')}; }
.pm-btn--subtle:hover { background: ${token('color.background.neutral.subtle.hovered', '#091E420F')}; }
.pm-btn--subtle:active { background: ${token('color.background.neutral.subtle.pressed', '#091E4224')}; }
.pm-btn--primary { background: ${token('color.background.brand.bold', '#0C66E4')}; color: ${token('color.text.inverse', '#FFFFFF')}; }
.pm-btn--primary:hover { background: ${token('color.background.brand.bold.hovered', '#0055CC')}; }
.pm-btn--primary:active { background: ${token('color.background.brand.bold.pressed', '#09326C')}; }
.pm-btn--selected, .pm-btn--selected:hover { background: ${token('color.background.selected', '#E9F2FF')}; color: ${token('color.text.selected', '#0C66E4')}; }
.pm-btn:disabled, .pm-btn:disabled:hover { cursor: not-allowed; background: ${token('color.background.disabled', '#091E4208')}; color: ${token('color.text.disabled', '#091E424F')}; }
.pm-btn--subtle:disabled, .pm-btn--subtle:disabled:hover { background: transparent; }
.pm-btn[aria-busy="true"] { cursor: progress; }
.pm-btn__label { display: inline-flex; align-items: center; gap: 4px; }
.pm-btn__spinner { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; }
.pm-link-btn { all: unset; cursor: pointer; color: ${token('color.link', '#0C66E4')}; font-weight: 500; }
.pm-link-btn:hover { text-decoration: underline; }
.pm-lozenge {
  display: inline-block; max-width: 100%; padding: 0 6px; border-radius: 4px; vertical-align: middle;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  font: ${token('font.body.small', 'normal 400 12px/16px ui-sans-serif, sans-serif')}; line-height: 20px; font-weight: 500;
  background: ${token('color.background.neutral', '#091E420F')}; color: ${token('color.text.subtle', '#44546F')};
}
.pm-lozenge--success { background: ${token('color.background.success', '#DCFFF1')}; color: ${token('color.text.success', '#216E4E')}; }
.pm-lozenge--removed { background: ${token('color.background.danger', '#FFECEB')}; color: ${token('color.text.danger', '#AE2E24')}; }
.pm-lozenge--inprogress { background: ${token('color.background.information', '#E9F2FF')}; color: ${token('color.text.information', '#0055CC')}; }
.pm-lozenge--new { background: ${token('color.background.discovery', '#F3F0FF')}; color: ${token('color.text.discovery', '#5E4DB2')}; }
.pm-lozenge--moved { background: ${token('color.background.warning', '#FFF7D6')}; color: ${token('color.text.warning', '#A54800')}; }
.pm-progress { position: relative; height: 6px; width: 100%; border-radius: 3px; overflow: hidden; background: ${token('color.background.neutral', '#091E420F')}; }
.pm-progress > span { position: absolute; inset: 0 auto 0 0; border-radius: 3px; background: ${token('color.background.neutral.bold', '#44546F')}; transition: width .2s ease-out; }
.pm-progress--success > span { background: ${token('color.background.success.bold', '#1F845A')}; }
.pm-progress--indeterminate > span { width: 40%; animation: pm-indeterminate 1.2s ease-in-out infinite; }
@keyframes pm-indeterminate { from { left: -40%; } to { left: 100%; } }
.pm-spinner { flex: none; vertical-align: middle; stroke: currentColor; animation: pm-spin .8s linear infinite; }
@keyframes pm-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .pm-spinner, .pm-progress--indeterminate > span { animation-duration: 3s; } }
.pm-msg { display: flex; gap: ${token('space.200', '16px')}; padding: ${token('space.200', '16px')}; border-radius: 3px; background: ${token('color.background.information', '#E9F2FF')}; color: ${token('color.text', '#172B4D')}; }
.pm-msg__icon {
  flex: none; width: 20px; height: 20px; border-radius: 50%; display: inline-flex; align-items: center; justify-content: center;
  font: 700 13px/1 ui-sans-serif, sans-serif; color: ${token('color.text.inverse', '#FFFFFF')}; background: ${token('color.icon.information', '#1D7AFC')};
}
.pm-msg--warning { background: ${token('color.background.warning', '#FFF7D6')}; }
.pm-msg--warning .pm-msg__icon { background: ${token('color.icon.warning', '#E2B203')}; color: ${token('color.text.warning.inverse', '#172B4D')}; }
.pm-msg--error { background: ${token('color.background.danger', '#FFECEB')}; }
.pm-msg--error .pm-msg__icon { background: ${token('color.icon.danger', '#C9372C')}; }
.pm-msg--success { background: ${token('color.background.success', '#DCFFF1')}; }
.pm-msg--success .pm-msg__icon { background: ${token('color.icon.success', '#22A06B')}; }
.pm-msg--discovery { background: ${token('color.background.discovery', '#F3F0FF')}; }
.pm-msg--discovery .pm-msg__icon { background: ${token('color.icon.discovery', '#8270DB')}; }
.pm-msg__body { min-width: 0; flex: 1; }
.pm-msg__title { font: ${token('font.heading.xsmall', 'normal 653 14px/16px ui-sans-serif, sans-serif')}; color: ${token('color.text', '#172B4D')}; margin: 2px 0 8px; }
.pm-msg__actions { display: flex; flex-wrap: wrap; gap: ${token('space.200', '16px')}; margin-top: 8px; }
.pm-tooltip {
  position: fixed; z-index: 1000; max-width: 280px; padding: 2px 6px; border-radius: 3px; pointer-events: none;
  background: ${token('color.background.neutral.bold', '#44546F')}; color: ${token('color.text.inverse', '#FFFFFF')};
  font: ${token('font.body.small', 'normal 400 12px/16px ui-sans-serif, sans-serif')};
}
.pm-tablist { display: flex; gap: 0; border-bottom: 2px solid ${token('color.border', '#091E4224')}; overflow-x: auto; }
.pm-tab {
  all: unset; position: relative; cursor: pointer; padding: 6px 8px 8px; margin-bottom: -2px; white-space: nowrap;
  color: ${token('color.text.subtle', '#44546F')}; font-weight: 500; border-bottom: 2px solid transparent;
}
.pm-tab:hover { color: ${token('color.text', '#172B4D')}; border-bottom-color: ${token('color.border.bold', '#758195')}; }
.pm-tab[aria-selected="true"] { color: ${token('color.text.selected', '#0C66E4')}; border-bottom-color: ${token('color.border.selected', '#0C66E4')}; }
.pm-tab:focus-visible { outline: 2px solid ${token('color.border.focused', '#388BFF')}; outline-offset: -2px; border-radius: 3px; }
.pm-tabpanel { padding-top: ${token('space.150', '12px')}; }
.pm-tabpanel:focus-visible { outline: 2px solid ${token('color.border.focused', '#388BFF')}; outline-offset: 2px; }
`;

export function installStyles(): void {
  if (document.getElementById('pm-styles')) return;
  const el = document.createElement('style');
  el.id = 'pm-styles';
  el.textContent = css;
  document.head.appendChild(el);
}
