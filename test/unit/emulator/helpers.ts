import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  entityPropertiesFromManifest,
  openJiraEmulator,
  type JiraEmulator,
  type JiraEmulatorOptions,
} from '../../../dev/emulator';
import { ADMIN, basic, emulatorDataset, VIEWER } from '../../fixtures/emulator-dataset';

export const ORIGIN = 'http://jira.test';
export const manifestProperties = entityPropertiesFromManifest(
  readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8'),
);

export async function openTestEmulator(opts: Partial<JiraEmulatorOptions> = {}): Promise<JiraEmulator> {
  return openJiraEmulator({
    dataset: emulatorDataset(),
    entityProperties: manifestProperties,
    now: () => new Date('2025-06-01T12:00:00Z'),
    ...opts,
  });
}

export type As = 'admin' | 'viewer' | 'app' | 'none' | string;

export interface Reply {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
}

/** One request through `handle`, answering status, headers and the parsed body. */
export async function call(
  emu: JiraEmulator,
  method: string,
  path: string,
  options: { as?: As; body?: unknown; rawBody?: string } = {},
): Promise<Reply> {
  const as = options.as ?? 'admin';
  const headers = new Headers({ accept: 'application/json' });
  if (as === 'admin') headers.set('authorization', basic(ADMIN));
  else if (as === 'viewer') headers.set('authorization', basic(VIEWER));
  else if (as === 'app') headers.set('authorization', emu.appAuthorization);
  else if (as !== 'none') headers.set('authorization', as);
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers.set('content-type', 'application/json');
  }
  const res = await emu.handle(
    new Request(ORIGIN + path, { method, headers, ...(body !== undefined ? { body } : {}) }),
  );
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** Walks search/jql to the end (GET), returning every page. */
export async function allPages(emu: JiraEmulator, query: Record<string, string>, as: As = 'admin'): Promise<Reply[]> {
  const pages: Reply[] = [];
  let token: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const params = new URLSearchParams({ ...query, ...(token ? { nextPageToken: token } : {}) });
    const page = await call(emu, 'GET', `/rest/api/3/search/jql?${params}`, { as });
    pages.push(page);
    if (page.status !== 200 || page.body.isLast) return pages;
    token = page.body.nextPageToken;
  }
  throw new Error('search never ended');
}
