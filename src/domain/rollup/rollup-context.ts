import type { OwnScore } from './rollup-types';
import type { ScoreModelId } from '../scoring/score-result';
import { compilePhaseResolver, type PhaseResolver } from '../workflow/compile-phase-resolver';
import { fingerprint } from '../shared/fingerprint';
import type { WorkflowConfig } from '../workflow/workflow-config-schema';
import { ROLLUP_FORMAT_VERSION } from './rollup-types';

/**
 * Everything the roll-up derives once from the config and `now`, so the
 * per-issue work is lookups only.
 */
export interface RollupContext {
  config: WorkflowConfig;
  nowMs: number;
  nowIso: string;
  phaseIds: string[];
  phaseIndex: Map<string, number>;
  /** Index of the "unmapped" column in byPhase. */
  unmappedIndex: number;
  models: ScoreModelId[];
  readinessPhases: ReadonlySet<string>;
  configFingerprint: string;
  phaseOf: PhaseResolver;
  /**
   * Shared all-null own-score row for issues without scoring inputs. Never
   * mutated, but not frozen either: copying a frozen array took about 10 % of
   * the roll-up's time (V8's slow path) when measured.
   */
  noScores: OwnScore[];
}

export function makeRollupContext(config: WorkflowConfig, now: Date): RollupContext {
  const phaseIds = config.phases.map((p) => p.id);
  return {
    config,
    nowMs: now.getTime(),
    nowIso: now.toISOString(),
    phaseIds,
    phaseIndex: new Map(phaseIds.map((id, i) => [id, i])),
    unmappedIndex: phaseIds.length,
    models: [...config.scoring.rollupModels],
    readinessPhases: new Set(config.readiness.appliesToPhases),
    configFingerprint: configFingerprint(config),
    phaseOf: compilePhaseResolver(config),
    noScores: config.scoring.rollupModels.map((): OwnScore => null),
  };
}

export function configFingerprint(config: WorkflowConfig): string {
  return fingerprint({ v: ROLLUP_FORMAT_VERSION, config });
}
