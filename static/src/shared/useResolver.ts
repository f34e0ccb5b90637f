import { useCallback, useEffect, useRef, useState } from 'react';
import { invoke, type DataOf, type FunctionKey, type PayloadOf, type ResultError } from './api';
import { requestSequence } from './request-sequence';

export interface ResolverState<K extends FunctionKey> {
  /** The last good data (kept while reloading so the page does not flash). */
  data?: DataOf<K>;
  /** The error of the last call (for `incomplete`, `data` holds the partial answer). */
  error?: ResultError;
  loading: boolean;
  reload: () => void;
  /** Replace the data locally (e.g. with the answer of a save). */
  setData: (data: DataOf<K>) => void;
}

/** `details.partial` of an `incomplete` error, when the resolver sent what it could read. */
export function partialOf<T>(error: ResultError | undefined): T | undefined {
  if (!error || error.code !== 'incomplete' || !error.details?.partial) return undefined;
  // The resolver's own view type (the contract keeps `partial` unknown across functions).
  return error.details.partial as T;
}

/**
 * Calls a resolver when `payload` changes (compared as JSON) and tracks loading / error /
 * data. Answers that arrive after a newer call started are dropped.
 */
export function useResolver<K extends FunctionKey>(key: K, payload: PayloadOf<K>, enabled = true): ResolverState<K> {
  const [data, setData] = useState<DataOf<K>>();
  const [error, setError] = useState<ResultError>();
  const [loading, setLoading] = useState(enabled);
  const [tick, setTick] = useState(0);
  const seq = useRef(requestSequence());
  const payloadJson = JSON.stringify(payload ?? {});

  useEffect(() => {
    if (!enabled) return;
    const ticket = seq.current.next();
    setLoading(true);
    void invoke(key, JSON.parse(payloadJson) as PayloadOf<K>).then((result) => {
      if (!seq.current.isCurrent(ticket)) return;
      if (result.ok) {
        setData(result.data as DataOf<K>);
        setError(undefined);
      } else {
        const partial = partialOf<DataOf<K>>(result.error);
        if (partial) setData(partial);
        setError(result.error);
      }
      setLoading(false);
    });
  }, [key, payloadJson, tick, enabled]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const replace = useCallback((next: DataOf<K>) => {
    seq.current.invalidate();
    setData(next);
    setError(undefined);
    setLoading(false);
  }, []);
  return { data, error, loading, reload, setData: replace };
}
