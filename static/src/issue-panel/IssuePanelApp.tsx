import { Lozenge, Tabs } from '../shared/native';
import { useState } from 'react';
import type { RequirementContextView } from '../../../src/contract/api';
import { invoke } from '../shared/api';
import { useResolver } from '../shared/useResolver';
import { ErrorPanel } from '../shared/ErrorPanel';
import { Loading, PhaseBadge, ReadinessLozenge, ScoreCell } from '../shared/ui';
import { relativeTime } from '../shared/format';
import { lastChangeBy } from './conflict-merge';
import { Overview } from './Overview';
import { Editor } from './Editor';
import { KpiTab } from './KpiTab';
import { History } from './History';
import { EvidenceProvider, evidenceTabLabel, useEvidenceLoader } from './evidence/EvidenceContext';
import { EvidenceTab } from './evidence/EvidenceTab';
import { BusinessCaseTab } from './business-case/BusinessCaseTab';

function Header({ view }: { view: RequirementContextView }) {
  // A KPI issue or a sub-task is not a requirement: no readiness or score furniture on it.
  const main = view.isRequirement ? (view.scores.find((s) => s.model === view.mainModel) ?? view.scores[0]) : undefined;
  return (
    <header className="pm-row" style={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
      <div className="pm-row" style={{ gap: 12 }}>
        <span data-testid="phase">
          <PhaseBadge phase={view.phase} />
        </span>
        {view.isRequirement ? <ReadinessLozenge readiness={view.readiness} showMissing={false} /> : null}
        {view.stale ? (
          <span title="The scoring inputs are older than the staleness age: re-check them.">
            <Lozenge appearance="moved">Stale scores</Lozenge>
          </span>
        ) : null}
      </div>
      {main ? (
        <div className="pm-row" data-testid="main-score">
          <span className="pm-small pm-muted">{main.label}</span>
          <span style={{ fontSize: 18 }}>
            <ScoreCell score={main} />
          </span>
        </div>
      ) : null}
    </header>
  );
}

export function IssuePanelApp() {
  const { data, error, loading, reload, setData } = useResolver('getRequirementContext', {});
  const [tab, setTab] = useState(0);
  const evidence = useEvidenceLoader();
  // Asked on every issue; only initiatives and the Consolidation item answer applies (cheaply otherwise).
  const businessCase = useResolver('getBusinessCase', {});

  if (!data) {
    return (
      <main className="pm-page pm-page--compact">
        {error ? <ErrorPanel error={error} onRetry={reload} /> : <Loading label="Loading the requirement" />}
      </main>
    );
  }
  const view = data;
  const isKpi = view.isKpi;
  const reloadView = async () => {
    const res = await invoke('getRequirementContext', {});
    if (res.ok) {
      setData(res.data);
      return res.data;
    }
    return undefined;
  };
  const tabs = [
    { id: 'overview', label: 'Overview' },
    { id: 'edit', label: view.canEdit ? 'Edit and score' : 'Inputs' },
    ...(isKpi ? [{ id: 'kpi', label: 'KPI' }] : []),
    { id: 'history', label: `History (${view.history.length})` },
    // Last, so its arrival after the evidence loads moves no other tab.
    ...(evidence.data?.applies ? [{ id: 'evidence', label: evidenceTabLabel(evidence.data) }] : []),
    ...(businessCase.data?.applies ? [{ id: 'business-case', label: 'Business case' }] : []),
  ];
  return (
    <EvidenceProvider value={evidence}>
      <main className="pm-page pm-page--compact pm-stack-sm" aria-busy={loading}>
        <Header view={view} />
        {error ? <ErrorPanel error={error} onRetry={reload} /> : null}
        <Tabs
          idPrefix="pm-panel"
          label="PM requirement"
          tabs={tabs}
          selected={Math.min(tab, tabs.length - 1)}
          onChange={setTab}
          renderPanel={(t) => (
            <>
              {t.id === 'overview' ? (
                <Overview view={view} editing={{ onSaved: setData, onReload: () => void reloadView() }} />
              ) : null}
              {t.id === 'edit' ? <Editor view={view} onSaved={setData} reloadView={reloadView} /> : null}
              {t.id === 'evidence' ? <EvidenceTab isRequirement={view.isRequirement} /> : null}
              {t.id === 'business-case' ? <BusinessCaseTab state={businessCase} /> : null}
              {t.id === 'kpi' ? <KpiTab kpi={view.kpi} summary={view.issue.summary} canEdit={view.canEdit} /> : null}
              {t.id === 'history' ? <History entries={view.history} scoring={view.options.scoring} /> : null}
            </>
          )}
        />
        {view.pm.updatedAt ? (
          <p className="pm-small pm-subtlest">
            Last PM change {relativeTime(view.pm.updatedAt)}
            {lastChangeBy(view)}.
          </p>
        ) : null}
      </main>
    </EvidenceProvider>
  );
}
