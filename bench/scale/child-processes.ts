import { fork, type ChildProcess } from 'node:child_process';
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import type { Measured } from './bench-fields';

export interface BundledEntries {
  jira: string;
  app: string;
}

/**
 * The Jira and app processes run bundled by esbuild, as the deployed app is
 * (code through the tsx loader measured ~15 % slower); node_modules stay
 * outside the bundle and resolve through NODE_PATH.
 */
export function bundleEntries(outdir: string): BundledEntries {
  buildSync({
    entryPoints: {
      'jira-process': join(__dirname, 'jira-process.ts'),
      'app-process': join(__dirname, 'app-process.ts'),
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir,
    logLevel: 'error',
  });
  return { jira: join(outdir, 'jira-process.js'), app: join(outdir, 'app-process.js') };
}

export function forkChild(file: string, args: unknown, root: string, execArgv: string[] = []): ChildProcess {
  return fork(file, [JSON.stringify(args)], {
    execArgv: ['--max-old-space-size=8192', ...execArgv],
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
}

/** The first message of `type` from the child, or its stderr when it exits first. */
export function nextMessage<T extends { type: string }>(child: ChildProcess, type: string): Promise<T> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)));
  return new Promise<T>((resolve, reject) => {
    const onMessage = (message: T): void => {
      if (message?.type !== type) return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.once('exit', (code) =>
      reject(new Error(`child exited (${code}) before answering: ${stderr.trim().split('\n').slice(-5).join(' / ')}`)),
    );
  });
}

/** Runs one measurement child to its result. */
export async function runMeasurement(child: ChildProcess): Promise<Measured> {
  return (await nextMessage<{ type: 'result'; result: Measured }>(child, 'result')).result;
}
