import { view } from '@forge/bridge';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BacklogFilter } from '../../../src/contract/api';
import { filterFromSearch, searchOfFilter } from './backlog-filter-url';

type ForgeHistory = Awaited<ReturnType<typeof view.createHistory>>;

/**
 * The backlog filter, kept in the project page's URL through Forge's `view.createHistory()`
 * (Jira mirrors a full-page module's history in the browser's address, so the link shares the
 * view). Where no history is offered the filter still works, only in memory.
 */
export function useBacklogFilter(): [BacklogFilter, (next: BacklogFilter) => void] {
  const [filter, setFilter] = useState<BacklogFilter>({ status: 'open' });
  const history = useRef<ForgeHistory>();

  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    view
      .createHistory()
      .then((h) => {
        if (gone) return;
        history.current = h;
        setFilter(filterFromSearch(h.location.search));
        stop = h.listen((location) => setFilter(filterFromSearch(location.search)));
      })
      .catch(() => undefined);
    return () => {
      gone = true;
      stop?.();
    };
  }, []);

  const change = useCallback((next: BacklogFilter) => {
    setFilter(next);
    history.current?.replace({ pathname: history.current.location.pathname, search: searchOfFilter(next) });
  }, []);
  return [filter, change];
}
