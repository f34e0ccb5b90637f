import { defaultWorkflowConfig } from './default-workflow';
import { WORKFLOW_CONFIG_SCHEMA_VERSION } from './workflow-config-schema';

/**
 * Step-wise migrations of stored workflow configs: `migrations[n]` turns a
 * version-n document into version n + 1. A stored config is never rewritten
 * in place by the domain; the caller saves the migrated result if it wants.
 *
 * Version 1 (the first preview) had no sections object, no upstream
 * dependencies and a plain `issueTypes: { phaseId: string[] }` mapping; a
 * document without `schemaVersion` is treated as version 1.
 *
 * @example
 * migrateWorkflowConfig({ schemaVersion: 1, phases: [], issueTypes: {} }).fromVersion // 1
 */
type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const SECTION_BY_V1_NAME: Record<string, string> = {
  strategic: 'strategic',
  technical: 'technical',
  gtm: 'go-to-market',
  'go-to-market': 'go-to-market',
};

const migrations: Record<number, Migration> = {
  1: (doc) => {
    const defaults = structuredClone(defaultWorkflowConfig);
    const defaultPhases = new Map(defaults.phases.map((p) => [p.id, p]));
    const v1Phases = Array.isArray(doc['phases']) ? doc['phases'] : [];
    const phases = v1Phases.filter(isRecord).map((p) => {
      const id = String(p['id']);
      // Known phases keep the template's dependencies; new ones start with none.
      const upstream = (defaultPhases.get(id)?.upstream ?? []).filter((u) =>
        v1Phases.some((q) => isRecord(q) && q['id'] === u),
      );
      return {
        id,
        name: String(p['name'] ?? id),
        sectionId: SECTION_BY_V1_NAME[String(p['section'])] ?? String(p['section']),
        upstream,
      };
    });
    const issueTypes = isRecord(doc['issueTypes']) ? doc['issueTypes'] : {};
    const rules = Object.entries(issueTypes).flatMap(([phaseId, types]) =>
      (Array.isArray(types) ? types : []).map((issueType) => ({ phaseId, issueType: String(issueType) })),
    );
    return {
      ...defaults,
      schemaVersion: 2,
      phases,
      mapping: { default: rules, projects: {} },
      readiness: {
        ...defaults.readiness,
        appliesToPhases: defaults.readiness.appliesToPhases.filter((id) => phases.some((p) => p.id === id)),
      },
    };
  },
};

export type MigrationOutcome = { ok: true; document: unknown; fromVersion: number } | { ok: false; message: string };

/** Brings a stored document up to the current schema version (not yet validated). */
export function migrateWorkflowConfig(raw: unknown): MigrationOutcome {
  if (!isRecord(raw)) return { ok: false, message: 'config must be an object' };
  const declared = raw['schemaVersion'] ?? 1;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1)
    return { ok: false, message: `unknown schemaVersion ${JSON.stringify(declared)}` };
  if (declared > WORKFLOW_CONFIG_SCHEMA_VERSION)
    return {
      ok: false,
      message: `schemaVersion ${declared} is newer than this app understands (${WORKFLOW_CONFIG_SCHEMA_VERSION})`,
    };
  let doc: Record<string, unknown> = raw;
  for (let v = declared; v < WORKFLOW_CONFIG_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, message: `no migration from schemaVersion ${v}` };
    doc = step(doc);
  }
  return { ok: true, document: doc, fromVersion: declared };
}
