import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { BacklogFilter, RequirementRow, ScoreModel } from '../../../src/contract/api';
import { invoke, type ResultError } from '../shared/api';
import { requestSequence } from '../shared/request-sequence';

/**
 * The backlog's pages from getBacklogPage: the first page when the model or the filter
 * changes (or on reload), the next one appended on `more()`. Answers to a query the user has
 * since changed are dropped, so a slow page never lands in another model's table.
 */
export interface BacklogPages {
  /** The model the rows are ranked by (the configured one until the user picks another). */
  model?: ScoreModel;
  rows: RequirementRow[];
  /** First page loading (the table shows its loading state). */
  loading: boolean;
  /** A next page loading ("Show more" is busy). */
  loadingMore: boolean;
  hasMore: boolean;
  /** The error of the first page (no rows to show) or of the last "Show more". */
  error?: ResultError;
  errorOn?: 'first' | 'more';
  /** The JQL Jira paged (no ORDER BY), once a page has answered. */
  jql?: string;
  more: () => void;
  reload: () => void;
}

interface State {
  model?: ScoreModel;
  rows: RequirementRow[];
  nextPageToken?: string;
  jql?: string;
  loading: boolean;
  loadingMore: boolean;
  error?: ResultError;
  errorOn?: 'first' | 'more';
}

type Action =
  | { type: 'start'; more: boolean }
  | { type: 'page'; more: boolean; model: ScoreModel; rows: RequirementRow[]; jql: string; nextPageToken?: string }
  | { type: 'failed'; more: boolean; error: ResultError };

const INITIAL: State = { rows: [], loading: true, loadingMore: false };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'start':
      return action.more
        ? { ...state, loadingMore: true, error: undefined, errorOn: undefined }
        : { ...INITIAL, ...(state.model ? { model: state.model } : {}) };
    case 'page': {
      const rows = action.more ? [...state.rows, ...action.rows] : action.rows;
      return {
        model: action.model,
        rows,
        jql: action.jql,
        ...(action.nextPageToken ? { nextPageToken: action.nextPageToken } : {}),
        loading: false,
        loadingMore: false,
      };
    }
    case 'failed':
      return action.more
        ? { ...state, loadingMore: false, error: action.error, errorOn: 'more' }
        : { rows: [], loading: false, loadingMore: false, error: action.error, errorOn: 'first' };
  }
}

/** `refresh`: any change loads the first page again (the page's Refresh button). */
export function useBacklogPages(
  model: ScoreModel | undefined,
  filter: BacklogFilter,
  refresh = 0,
  pageSize = 20,
): BacklogPages {
  // One dependency for the filter's values (a new object with the same values asks nothing again).
  const filterKey = JSON.stringify(filter);
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const query = useRef(requestSequence());
  const [tick, reloadTick] = useReducer((n: number) => n + 1, 0);

  const load = useCallback(
    async (more: boolean, pageToken?: string) => {
      // A next page takes its own ticket: a reload or a new filter while it is out drops it.
      const ticket = query.current.next();
      dispatch({ type: 'start', more });
      const result = await invoke('getBacklogPage', {
        ...(model ? { model } : {}),
        pageSize,
        filter: JSON.parse(filterKey) as BacklogFilter,
        ...(pageToken ? { pageToken } : {}),
      });
      if (!query.current.isCurrent(ticket)) return;
      if (result.ok) {
        const { model: answered, rows, nextPageToken, jql } = result.data;
        dispatch({ type: 'page', more, model: answered, rows, jql, ...(nextPageToken ? { nextPageToken } : {}) });
      } else dispatch({ type: 'failed', more, error: result.error });
    },
    [model, filterKey, pageSize],
  );

  useEffect(() => {
    void load(false);
  }, [load, tick, refresh]);

  const more = useCallback(() => {
    if (state.nextPageToken && !state.loadingMore) void load(true, state.nextPageToken);
  }, [load, state.nextPageToken, state.loadingMore]);

  return {
    ...(state.model ? { model: state.model } : {}),
    rows: state.rows,
    loading: state.loading,
    loadingMore: state.loadingMore,
    hasMore: state.nextPageToken !== undefined,
    ...(state.jql ? { jql: state.jql } : {}),
    ...(state.error ? { error: state.error, errorOn: state.errorOn } : {}),
    more,
    reload: reloadTick,
  };
}
