import type { EmulatorFault } from './types';

const MESSAGE: Record<EmulatorFault['status'], string> = {
  429: 'Rate limit exceeded.',
  500: 'Internal server error (injected fault).',
  502: 'Bad gateway (injected fault).',
  503: 'Service unavailable (injected fault).',
};

export interface FaultHit {
  status: EmulatorFault['status'];
  message: string;
  headers: Record<string, string>;
}

/** Injected faults, consumed in order: each matching request uses up one of a fault's `count`. */
export class FaultQueue {
  private faults: EmulatorFault[] = [];

  add(fault: EmulatorFault): void {
    if (!Number.isInteger(fault.count) || fault.count < 1) throw new Error('fault.count must be a positive integer');
    this.faults.push({ ...fault });
  }

  clear(): void {
    this.faults = [];
  }

  take(path: string, account: string): FaultHit | undefined {
    const fault = this.faults.find(
      (f) => (f.pathPrefix === undefined || path.startsWith(f.pathPrefix)) && (f.accountId === undefined || f.accountId === account),
    );
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) this.faults = this.faults.filter((f) => f !== fault);
    const headers: Record<string, string> = {};
    if (fault.status === 429 || fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds ?? 1);
    if (fault.status === 429) headers['ratelimit-reason'] = 'jira-burst-based';
    return { status: fault.status, message: MESSAGE[fault.status], headers };
  }
}
