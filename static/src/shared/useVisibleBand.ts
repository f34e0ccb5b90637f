import { useEffect, useState, type RefObject } from 'react';

export interface VisibleBand {
  /** Px from the element's top to the first and past the last of its rows the person can see. */
  top: number;
  bottom: number;
}

/** Eighths of a strip: a strip's rect is as of its last crossing, so the band is narrowed by one step to stay inside what shows. */
const STEPS = 8;
const THRESHOLDS = Array.from({ length: STEPS + 1 }, (_, i) => i / STEPS);

/**
 * The part of an element the person can see, in the element's own coordinates, wherever the
 * scrolling happens. Jira sizes a panel's iframe to its content and scrolls its own page, so CSS
 * `position: sticky` inside the frame never engages; IntersectionObserver's implicit root is the
 * top-level viewport (it sees through the iframe), so thin strips laid over the element (inside
 * `strips`, an empty element React renders and leaves alone) say which rows show. Undefined
 * until known, or where IntersectionObserver is missing.
 */
export function useVisibleBand(
  target: RefObject<HTMLElement | null>,
  strips: RefObject<HTMLElement | null>,
  stripHeight = 24,
): VisibleBand | undefined {
  const [band, setBand] = useState<VisibleBand>();
  useEffect(() => {
    const el = target.current;
    const holder = strips.current;
    if (!el || !holder || typeof IntersectionObserver === 'undefined') return;
    const seen = new Map<Element, DOMRectReadOnly | null>();
    const report = () => {
      const rects = [...seen.values()].filter((r): r is DOMRectReadOnly => r !== null && r.height > 0);
      const origin = el.getBoundingClientRect().top;
      const step = Math.ceil(stripHeight / STEPS);
      // An edge of the element itself in view is exact: only a cut edge is narrowed.
      const top = rects.length ? Math.round(Math.min(...rects.map((r) => r.top)) - origin) : 0;
      const bottom = rects.length ? Math.round(Math.max(...rects.map((r) => r.bottom)) - origin) : 0;
      const next = rects.length
        ? { top: top > 0 ? top + step : 0, bottom: bottom < el.offsetHeight ? bottom - step : bottom }
        : { top: 0, bottom: 0 };
      setBand((was) => (was && was.top === next.top && was.bottom === next.bottom ? was : next));
    };
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) seen.set(e.target, e.isIntersecting ? e.intersectionRect : null);
        report();
      },
      { threshold: THRESHOLDS },
    );
    const lay = () => {
      io.disconnect();
      seen.clear();
      holder.replaceChildren();
      const count = Math.max(1, Math.ceil(el.offsetHeight / stripHeight));
      for (let i = 0; i < count; i++) {
        const strip = document.createElement('div');
        strip.style.cssText = `position:absolute;left:0;width:1px;top:${i * stripHeight}px;height:${stripHeight}px;pointer-events:none`;
        holder.appendChild(strip);
        io.observe(strip);
      }
    };
    lay();
    let height = el.offsetHeight;
    const ro = new ResizeObserver(() => {
      if (Math.abs(el.offsetHeight - height) < stripHeight / 2) return;
      height = el.offsetHeight;
      lay();
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      io.disconnect();
      holder.replaceChildren();
    };
  }, [target, strips, stripHeight]);
  return band;
}
