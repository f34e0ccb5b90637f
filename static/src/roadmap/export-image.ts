/**
 * The rendered timeline as a file for a stakeholder update, made in the
 * browser (no server-side browser): the SVG with its design-token colours
 * resolved to the current theme's values (a file has no CSS variables), and
 * a PNG drawn from it on a canvas at twice the size.
 */
const TOKEN_VAR = /var\((--[\w-]+),\s*([^()]*(?:\([^()]*\))?[^()]*)\)/g;

export function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const root = getComputedStyle(document.documentElement);
  const box = svg.viewBox.baseVal;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  const text = new XMLSerializer().serializeToString(clone);
  return text.replace(
    TOKEN_VAR,
    (_all, name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback.trim(),
  );
}

export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([standaloneSvg(svg)], { type: 'image/svg+xml;charset=utf-8' });
}

export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const box = svg.viewBox.baseVal;
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the timeline image could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(box.width * scale);
    canvas.height = Math.ceil(box.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw images');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, box.width, box.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
