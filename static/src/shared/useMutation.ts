import { useCallback, useRef, useState } from 'react';
import { invoke, type FunctionKey, type PayloadOf, type ResultError, type ResultOf } from './api';
import { mutationRunner, type DataIn, type MutationRunner, type Outcome, type RunState } from './mutation-runner';

export interface ActionState<A, R extends Outcome> {
  /** Runs the call; answers its envelope (also when a newer call made this one stale). */
  run: (arg: A) => Promise<R>;
  busy: boolean;
  /** The argument of the newest call (e.g. which row a list is saving). */
  arg?: A;
  /** The error of the newest call, until the next call or `reset`. */
  error?: ResultError;
  /** The data of the newest successful call. */
  data?: DataIn<R>;
  reset: () => void;
}

export type MutationState<K extends FunctionKey> = ActionState<PayloadOf<K>, ResultOf<K>>;

/**
 * A write (or any on-demand call) that answers an envelope: busy / error / result of the newest
 * call, so a page does not hand-write the same `useState`s and its own sequence guard. Only the
 * newest call's answer changes the state; every caller still gets its own answer from `run`.
 * `call` may change between renders (it closes over props); `run` always uses the latest.
 */
export function useAction<A, R extends Outcome>(call: (arg: A) => Promise<R>): ActionState<A, R> {
  const [state, setState] = useState<RunState<A, R>>({ busy: false });
  const runner = useRef<MutationRunner<A, R>>();
  runner.current ??= mutationRunner<A, R>(setState);
  const latest = useRef(call);
  latest.current = call;
  const run = useCallback((arg: A) => runner.current!.run((a) => latest.current(a), arg), []);
  const reset = useCallback(() => runner.current!.reset(), []);
  return { run, reset, ...state };
}

/** `useAction` for one resolver function: `run(payload)` invokes it. */
export function useMutation<K extends FunctionKey>(key: K): MutationState<K> {
  return useAction((payload: PayloadOf<K>) => invoke(key, payload));
}
