/**
 * The gadget's own layout rules (a dashboard frame is narrow and short), beside the shared
 * styles. Installed once as a <style> element; every colour is a design token.
 */
import { token } from '@atlaskit/tokens';

const css = `
.pm-gadget { max-width: none; }
.pm-gadget-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 8px; }
.pm-gadget-h { font: ${token('font.heading.xxsmall', 'normal 600 12px/16px ui-sans-serif, sans-serif')}; color: ${token('color.text.subtle', '#44546F')}; text-transform: none; }
.pm-gadget-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(110px, 1fr)); gap: ${token('space.100', '8px')}; }
.pm-gadget-figure { display: flex; flex-direction: column; gap: 2px; min-width: 0; padding: ${token('space.100', '8px')}; border: 1px solid ${token('color.border', '#091E4224')}; border-radius: 6px; }
.pm-gadget-value { font: ${token('font.heading.small', 'normal 600 16px/20px ui-sans-serif, sans-serif')}; }
.pm-gadget-list { display: flex; flex-direction: column; }
.pm-gadget-row { display: flex; align-items: center; gap: ${token('space.100', '8px')}; min-width: 0; padding: 4px 0; border-bottom: 1px solid ${token('color.border', '#091E4224')}; }
.pm-gadget-row:last-child { border-bottom: 0; }
.pm-gadget-rank { flex: 0 0 1.75em; text-align: right; color: ${token('color.text.subtle', '#44546F')}; }
.pm-gadget-row > :not(.pm-gadget-summary) { flex: 0 0 auto; white-space: nowrap; overflow-wrap: normal; }
.pm-gadget-row > .pm-gadget-rank { min-width: 1.75em; }
.pm-gadget-summary { flex: 1 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.pm-gadget-empty { padding: ${token('space.200', '16px')}; border: 1px dashed ${token('color.border', '#091E4224')}; border-radius: 6px; text-align: center; }
`;

export function installGadgetStyles(): void {
  if (document.querySelector('style[data-pm-gadget-styles]')) return;
  const style = document.createElement('style');
  style.setAttribute('data-pm-gadget-styles', '');
  style.textContent = css;
  document.head.appendChild(style);
}
