import type { Frame } from 'playwright-core';

/**
 * Layout checks a page makes at narrow widths: no word broken over lines, nothing wider than
 * the frame, no cell whose content is cut off.
 */

/** Every word of `selector`'s text that the browser broke over two lines (a Range per word). */
export function brokenWords(frame: Frame, selector: string): Promise<string[]> {
  return frame.evaluate((sel) => {
    const broken: string[] = [];
    for (const el of Array.from(document.querySelectorAll(sel))) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index ?? 0);
          range.setEnd(node, (m.index ?? 0) + m[0].length);
          // One line box per word; a word split over lines (or letter by letter) has more.
          const lines = new Set(
            Array.from(range.getClientRects())
              .filter((r) => r.width > 0)
              .map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) broken.push(`${m[0]} (${lines.size} lines)`);
        }
      }
    }
    return broken;
  }, selector);
}

/**
 * The document and everything in it fit the frame's width; with `scrollable`, content inside a
 * region that scrolls horizontally (the table below ~900 px) may extend past it.
 */
export function overflow(frame: Frame, scrollable = false): Promise<string[]> {
  return frame.evaluate((allowScroll) => {
    const bad: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) bad.push(`document ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of Array.from(document.querySelectorAll('main, section, table, thead th, tbody td'))) {
      let inScroller = false;
      for (let p = el.parentElement; p && p !== root; p = p.parentElement)
        if (getComputedStyle(p).overflowX === 'auto') inScroller = true;
      if (inScroller && allowScroll) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.right > root.clientWidth + 1)
        bad.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 20)}" right edge ${Math.round(rect.right)} > ${root.clientWidth}`,
        );
    }
    return bad;
  }, scrollable);
}

/** Cells (and what they hold) whose text is cut off: wider content than the box that clips it. */
export function clipped(frame: Frame, selector: string): Promise<string[]> {
  return frame.evaluate((sel) => {
    const bad: string[] = [];
    for (const cell of Array.from(document.querySelectorAll(sel))) {
      for (const el of [cell, ...Array.from(cell.querySelectorAll('*'))]) {
        const clips = getComputedStyle(el).overflowX !== 'visible' || el === cell;
        if (clips && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
          bad.push(`"${(cell.textContent ?? '').slice(0, 24)}" ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return bad;
  }, selector);
}
