import { createContext, useContext, type ReactNode } from 'react';
import type { EvidenceView } from '../../../../src/contract/api';
import { useResolver, type ResolverState } from '../../shared/useResolver';

const Context = createContext<ResolverState<'getEvidence'> | undefined>(undefined);

/**
 * The evidence, loaded once for the whole panel: the Evidence tab shows it and the
 * RICE confidence input shows the suggestion made from it (one invoke, not two).
 */
export function useEvidenceLoader(): ResolverState<'getEvidence'> {
  return useResolver('getEvidence', {});
}

export function EvidenceProvider({ value, children }: { value: ResolverState<'getEvidence'>; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The panel's evidence state; undefined outside an EvidenceProvider. */
export function useEvidence(): ResolverState<'getEvidence'> | undefined {
  return useContext(Context);
}

/** The tab label: how many evidence items (those the viewer cannot see included: they are counted, not named). */
export function evidenceTabLabel(view: EvidenceView | undefined): string {
  return view ? `Evidence (${view.summary.count + view.hiddenCount})` : 'Evidence';
}
