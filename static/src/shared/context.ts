import { useEffect, useState } from 'react';
import { router, view } from '@forge/bridge';

/** The parts of the Forge module context the UI reads (the resolvers trust their own copy). */
export interface ModuleContext {
  accountId?: string;
  siteUrl?: string;
  moduleKey?: string;
  locale?: string;
  timezone?: string;
  extension: {
    type?: string;
    project?: { id?: string; key?: string; type?: string };
    issue?: { id?: string; key?: string; type?: string; typeId?: string };
    [key: string]: unknown;
  };
}

let cached: Promise<ModuleContext> | undefined;

export function getModuleContext(): Promise<ModuleContext> {
  if (!cached) {
    cached = view
      .getContext()
      .then((ctx): ModuleContext => {
        const c = ctx as unknown as Partial<ModuleContext> | undefined;
        return { ...c, extension: c?.extension ?? {} };
      })
      .catch((): ModuleContext => ({ extension: {} }));
  }
  return cached;
}

export function useModuleContext(): ModuleContext | undefined {
  const [ctx, setCtx] = useState<ModuleContext>();
  useEffect(() => {
    let live = true;
    void getModuleContext().then((c) => live && setCtx(c));
    return () => {
      live = false;
    };
  }, []);
  return ctx;
}

/** Opens a Jira issue in the host (top window), not inside the iframe. */
export function openIssue(key: string, event?: { preventDefault(): void; metaKey?: boolean; ctrlKey?: boolean }): void {
  if (event && (event.metaKey || event.ctrlKey)) {
    event.preventDefault();
    void router.open(`/browse/${key}`).catch(() => undefined);
    return;
  }
  event?.preventDefault();
  void router.navigate(`/browse/${key}`).catch(() => undefined);
}
