import type { ResultError } from './api';
import { requestSequence } from './request-sequence';

/** A resolver envelope, or one a page builds around another call (a callback, Jira's view.submit). */
export type Outcome = { ok: true; data: unknown } | { ok: false; error: ResultError };

export type DataIn<R extends Outcome> = Extract<R, { ok: true }>['data'];

export interface RunState<A, R extends Outcome> {
  busy: boolean;
  /** The argument of the newest call (e.g. which row a list is saving). */
  arg?: A;
  /** The error of the newest call, until the next call or `reset`. */
  error?: ResultError;
  /** The data of the newest successful call (kept when a later call fails). */
  data?: DataIn<R>;
}

export interface MutationRunner<A, R extends Outcome> {
  /** Runs `call`; answers its envelope also when a newer call made this one stale. `call` must not throw. */
  run: (call: (arg: A) => Promise<R>, arg: A) => Promise<R>;
  /** Back to idle; calls in flight no longer change the state. */
  reset: () => void;
}

/**
 * The state machine behind useMutation, free of React so Node tests can drive it: every change
 * goes to `publish`, and only the newest call's answer changes what is published.
 */
export function mutationRunner<A, R extends Outcome>(publish: (state: RunState<A, R>) => void): MutationRunner<A, R> {
  const seq = requestSequence();
  let state: RunState<A, R> = { busy: false };
  const set = (next: RunState<A, R>) => {
    state = next;
    publish(next);
  };
  const kept = () => (state.data !== undefined ? { data: state.data } : {});
  return {
    async run(call, arg) {
      const ticket = seq.next();
      set({ busy: true, arg, ...kept() });
      const result = await call(arg);
      if (seq.isCurrent(ticket))
        set(
          result.ok
            ? { busy: false, arg, data: result.data as DataIn<R> }
            : { busy: false, arg, error: result.error, ...kept() },
        );
      return result;
    },
    reset() {
      seq.invalidate();
      set({ busy: false });
    },
  };
}
