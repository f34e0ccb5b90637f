import type { OwnScore } from './rollup-types';
import type { ScoreModelId } from '../scoring/score-result';
import { compilePhaseResolver, type PhaseResolver } from '../workflow/compile-phase-resolver';
import { DEFAULT_TIME_ZONE } from '../shared/day-in-zone';
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
  /** The site's time zone (IANA): a KPI due on a day is due at the end of that day there. */
  timeZone: string;
  /** Of the config and the time zone (configFingerprint): either changing rebuilds stored state. */
  configFingerprint: string;
  phaseOf: PhaseResolver;
  /**
   * Shared all-null own-score row for issues without scoring inputs. Never
   * mutated, but not frozen either: copying a frozen array took about 10 % of
   * the roll-up's time (V8's slow path) when measured.
   */
  noScores: OwnScore[];
}

export function makeRollupContext(
  config: WorkflowConfig,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): RollupContext {
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
    timeZone,
    configFingerprint: configFingerprint(config, timeZone),
    phaseOf: compilePhaseResolver(config),
    noScores: config.scoring.rollupModels.map((): OwnScore => null),
  };
}

/**
 * What stored roll-up state was computed with. The site's time zone is in it on purpose: stored
 * KPI statuses depend on it (a KPI is due at the end of its day there), so a site whose zone
 * changes gets its stored state rebuilt, as after a config change. UTC (and Etc/UTC) leaves the
 * fingerprint as it was before the zone counted, so stored state of UTC sites stays valid.
 */
export function configFingerprint(config: WorkflowConfig, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return fingerprint({ v: ROLLUP_FORMAT_VERSION, config });
  return fingerprint({ v: ROLLUP_FORMAT_VERSION, config, timeZone });
}
