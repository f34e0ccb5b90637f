/** Small HTML helpers for the local runtime's own pages (index and frame). */

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Tagged template that escapes every interpolated value unless it is `raw(...)`. */
export class RawHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export function raw(html: string): RawHtml {
  return new RawHtml(html);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): RawHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    const rendered = Array.isArray(value)
      ? value.map((v) => (v instanceof RawHtml ? v.html : escapeHtml(v))).join('')
      : value instanceof RawHtml
        ? value.html
        : value === undefined || value === null || value === false
          ? ''
          : escapeHtml(value);
    out += rendered + (strings[i + 1] ?? '');
  });
  return new RawHtml(out);
}

export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function page(options: { title: string; theme: 'light' | 'dark'; body: RawHtml }): string {
  return `<!doctype html>
<html lang="en" data-color-mode="${options.theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="/__forge/local.css">
<script src="/__forge/frame.js" defer></script>
</head>
<body>
${options.body.html}
<div id="local-toasts" class="toasts" aria-live="polite"></div>
</body>
</html>`;
}
