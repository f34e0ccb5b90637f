import { useCallback, useEffect, useRef, useState } from 'react';
import { invoke, type DataOf, type FunctionKey, type PayloadOf, type ResultError } from './api';
import { requestSequence } from './request-sequence';
import { partialOf } from './useResolver';

export interface Paging<K extends FunctionKey> {
  /** The cursor of the next page in an answer (absent: that was the last page). */
  cursorOf: (page: DataOf<K>) => string | undefined;
  /** The payload that asks for the page after `cursor`. */
  withCursor: (payload: PayloadOf<K>, cursor: string) => PayloadOf<K>;
  /** The pages so far with the next one appended (rows concatenated, coverage combined ...). */
  merge: (pages: DataOf<K>, next: DataOf<K>) => DataOf<K>;
}

export interface PagedState<K extends FunctionKey> {
  /** Every page read so far, merged (kept while reloading; for `incomplete`, what was read). */
  data?: DataOf<K>;
  /** The error of the last call, first page or next. */
  error?: ResultError;
  /** Which call the error came from: the first page (nothing trustworthy to show) or a next one. */
  errorOn?: 'first' | 'more';
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/**
 * A cursor-paged read: the first page when `payload` changes (compared as JSON), the next ones
 * on `loadMore`. One request-sequence guard covers both, so a next page of an old payload never
 * lands on the new one's rows.
 */
export function usePagedResolver<K extends FunctionKey>(
  key: K,
  payload: PayloadOf<K>,
  paging: Paging<K>,
): PagedState<K> {
  const [data, setData] = useState<DataOf<K>>();
  const [error, setError] = useState<ResultError>();
  const [errorOn, setErrorOn] = useState<'first' | 'more'>();
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [tick, setTick] = useState(0);
  const seq = useRef(requestSequence());
  // The latest paging functions without making them effect dependencies (callers pass literals).
  const pagingRef = useRef(paging);
  pagingRef.current = paging;
  const payloadJson = JSON.stringify(payload ?? {});

  useEffect(() => {
    const ticket = seq.current.next();
    setLoading(true);
    setLoadingMore(false);
    void invoke(key, JSON.parse(payloadJson) as PayloadOf<K>).then((result) => {
      if (!seq.current.isCurrent(ticket)) return;
      setLoading(false);
      if (result.ok) {
        setData(result.data as DataOf<K>);
        setError(undefined);
        setErrorOn(undefined);
      } else {
        const partial = partialOf<DataOf<K>>(result.error);
        if (partial) setData(partial);
        setError(result.error);
        setErrorOn('first');
      }
    });
  }, [key, payloadJson, tick]);

  const cursor = data ? paging.cursorOf(data) : undefined;
  const loadMore = useCallback(() => {
    if (!data || !cursor || loading || loadingMore) return;
    const ticket = seq.current.next();
    setLoadingMore(true);
    const { withCursor, merge } = pagingRef.current;
    void invoke(key, withCursor(JSON.parse(payloadJson) as PayloadOf<K>, cursor)).then((result) => {
      if (!seq.current.isCurrent(ticket)) return;
      setLoadingMore(false);
      if (result.ok) {
        setData(merge(data, result.data as DataOf<K>));
        setError(undefined);
        setErrorOn(undefined);
      } else {
        setError(result.error);
        setErrorOn('more');
      }
    });
  }, [key, payloadJson, data, cursor, loading, loadingMore]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return {
    data,
    loading,
    loadingMore,
    hasMore: !!cursor,
    loadMore,
    reload,
    ...(error ? { error } : {}),
    ...(errorOn ? { errorOn } : {}),
  };
}
