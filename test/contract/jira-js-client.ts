import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * jira.js 6 is ESM-only (its package exports only an "import" condition), so Jest's
 * CommonJS runtime cannot load it ("Cannot find module 'jira.js'"; native import()
 * needs --experimental-vm-modules). The contract tests therefore drive the real
 * jira.js clients in a child Node process (jira-js-runner.mjs) over a line protocol.
 */
export interface JiraJsError {
  name?: string;
  message: string;
  status?: number;
  body?: unknown;
  report?: unknown;
  retryAfterMs?: number;
}

export type JiraJsResult = { ok: true; value: any } | { ok: false; error: JiraJsError }; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface JiraJs {
  call(
    auth: { email: string; apiToken: string } | undefined,
    group: string,
    method: string,
    params?: unknown,
  ): Promise<JiraJsResult>;
  drift(): Promise<unknown[]>;
  close(): Promise<void>;
}

export function startJiraJs(host: string, env: Record<string, string> = {}): JiraJs {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [join(__dirname, 'jira-js-runner.mjs')], {
    cwd: join(__dirname, '../..'),
    env: { ...process.env, ...env },
  });
  const pending = new Map<number, (r: JiraJsResult) => void>();
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const msg = JSON.parse(line) as { id: number } & JiraJsResult;
    pending.get(msg.id)?.(msg);
    pending.delete(msg.id);
  });
  child.on('exit', (code) => {
    for (const resolve of pending.values())
      resolve({ ok: false, error: { message: `jira.js runner exited (${code}): ${stderr}` } });
    pending.clear();
  });
  let nextId = 1;
  const send = (msg: Record<string, unknown>): Promise<JiraJsResult> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.stdin.write(JSON.stringify({ id, host, ...msg }) + '\n');
    });
  return {
    call: (auth, group, method, params) => send({ auth, group, method, params }),
    drift: async () => {
      const r = await send({ op: 'drift' });
      return r.ok ? (r.value as unknown[]) : [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin.end();
        child.kill();
      }),
  };
}
