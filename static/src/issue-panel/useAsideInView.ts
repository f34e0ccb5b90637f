import { useLayoutEffect, type RefObject } from 'react';
import { useVisibleBand } from '../shared/useVisibleBand';

/**
 * Keeps the editor's score aside and its save bar where the person is looking while Jira's page
 * scrolls (sticky positioning cannot: the panel's iframe is as tall as its content). Side by side,
 * the aside follows the top of what shows, within the editor; stacked (narrow), the save bar rides
 * at the bottom of what shows until its own place scrolls into view. Transforms only, so nothing
 * reflows and the tab order is unchanged.
 */
export function useAsideInView(layout: RefObject<HTMLElement | null>, strips: RefObject<HTMLElement | null>): void {
  const band = useVisibleBand(layout, strips);
  useLayoutEffect(() => {
    const el = layout.current;
    const aside = el?.querySelector<HTMLElement>('.pm-editor-aside');
    const bar = aside?.querySelector<HTMLElement>('.pm-save-bar');
    if (!el || !aside || !bar) return;
    aside.style.transform = '';
    bar.style.transform = '';
    bar.classList.remove('pm-save-bar--floating');
    if (!band || band.bottom <= band.top) return;
    const stacked = aside.offsetLeft < el.offsetWidth / 2;
    if (!stacked) {
      const room = el.offsetHeight - aside.offsetTop - aside.offsetHeight;
      const shift = Math.min(Math.max(band.top - aside.offsetTop, 0), Math.max(room, 0));
      if (shift > 0) aside.style.transform = `translateY(${shift}px)`;
      return;
    }
    const barTop = aside.offsetTop + bar.offsetTop;
    const shift = Math.max(band.bottom - (barTop + bar.offsetHeight), -barTop);
    if (shift < 0) {
      bar.style.transform = `translateY(${shift}px)`;
      bar.classList.add('pm-save-bar--floating');
    }
  }, [band, layout]);
}
