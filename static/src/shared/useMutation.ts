import { useCallback, useRef, useState } from 'react';
import { invoke, type DataOf, type FunctionKey, type PayloadOf, type ResultError, type ResultOf } from './api';
import { requestSequence } from './request-sequence';

export interface MutationState<K extends FunctionKey> {
  /** Calls the resolver; answers its envelope (also when a newer call made this one stale). */
  run: (payload: PayloadOf<K>) => Promise<ResultOf<K>>;
  busy: boolean;
  /** The error of the newest call, until the next call or `reset`. */
  error?: ResultError;
  /** The data of the newest successful call. */
  data?: DataOf<K>;
  reset: () => void;
}

/**
 * A write (or any on-demand call) beside `useResolver`: busy / error / result of the newest call,
 * so a page does not hand-write the same three `useState`s and its own sequence guard. Only the
 * newest call's answer changes the state; every caller still gets its own answer from `run`.
 */
export function useMutation<K extends FunctionKey>(key: K): MutationState<K> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResultError>();
  const [data, setData] = useState<DataOf<K>>();
  const seq = useRef(requestSequence());

  const run = useCallback(
    async (payload: PayloadOf<K>) => {
      const ticket = seq.current.next();
      setBusy(true);
      setError(undefined);
      const result = await invoke(key, payload);
      if (seq.current.isCurrent(ticket)) {
        setBusy(false);
        if (result.ok) setData(result.data as DataOf<K>);
        else setError(result.error);
      }
      return result;
    },
    [key],
  );

  const reset = useCallback(() => {
    seq.current.invalidate();
    setBusy(false);
    setError(undefined);
    setData(undefined);
  }, []);

  return { run, busy, data, reset, ...(error ? { error } : {}) };
}
