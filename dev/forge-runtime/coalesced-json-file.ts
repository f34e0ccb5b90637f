import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writes a JSON snapshot to a file atomically (write-file-atomic: temp file +
 * rename), coalescing bursts of changes into one write `delayMs` after the first.
 */
export interface CoalescedJsonFile {
  /** Marks the data changed; a write follows within `delayMs`. */
  markDirty(): void;
  /** Writes now if anything changed, and waits for any write under way. */
  flush(): Promise<void>;
  /** Flushes and stops scheduling writes. */
  close(): Promise<void>;
}

export function createCoalescedJsonFile(file: string, snapshot: () => unknown, delayMs = 50): CoalescedJsonFile {
  let dirty = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  const writeNow = (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    writing = writing.then(async () => {
      if (!dirty) return;
      dirty = false;
      mkdirSync(dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify(snapshot()));
    });
    return writing;
  };

  return {
    markDirty(): void {
      dirty = true;
      if (closed || timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        writeNow().catch((error: unknown) => console.error(`[local runtime] could not write ${file}:`, error));
      }, delayMs);
      timer.unref();
    },
    flush: writeNow,
    async close(): Promise<void> {
      await writeNow();
      closed = true;
    },
  };
}
