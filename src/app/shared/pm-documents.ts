import type { KpiProperty, PmProperty } from '../../contract/pm-property';
import type { KpiDefinition, PmData } from '../../domain/issue/pm-issue';

/** The domain's view of a stored `pm-workflow.requirement` document (storage bookkeeping left out). */
export function pmDataOf(doc: PmProperty): PmData {
  return {
    ...(doc.phase !== undefined ? { phase: doc.phase } : {}),
    ...(doc.problemKey !== undefined ? { problemKey: doc.problemKey } : {}),
    ...(doc.personaKey !== undefined ? { personaKey: doc.personaKey } : {}),
    ...(doc.scenarioKey !== undefined ? { scenarioKey: doc.scenarioKey } : {}),
    ...(doc.scoredAt !== undefined ? { scoredAt: doc.scoredAt } : {}),
    kpiKeys: doc.kpiKeys,
    scores: doc.scores,
  };
}

/** The domain's KPI definition from a stored `pm-workflow.kpi` document. */
export function kpiDefinitionOf(doc: KpiProperty): KpiDefinition {
  const { schemaVersion: _schemaVersion, version: _version, ...definition } = doc;
  return definition;
}
