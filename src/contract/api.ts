import type { ContractApi } from './resolver-contract';
import type { Result } from './result';

/**
 * Function key -> payload and result types. The UI imports this file with
 * `import type` only, so its bundle never contains backend code. The entries come
 * from the registry in resolver-contract.ts (payload schema and result type side by
 * side); a function still written in the older style can be listed in the body below
 * until it moves into the registry.
 */
export interface ResolverApi extends ContractApi {}

export type FunctionKey = keyof ResolverApi;
export type PayloadOf<K extends FunctionKey> = ResolverApi[K]['payload'];
export type ResultOf<K extends FunctionKey> = Result<ResolverApi[K]['result']>;

export type * from './views';
export type * from './views-admin';
export type * from './views-backlog';
export type * from './views-config';
export type * from './views-delivery';
export type * from './views-evidence';
export type * from './views-gadget';
export type * from './views-scoring';
export type { Result, ResultError, ErrorCode } from './result';
export type {
  Horizon,
  RoadmapFilter,
  RoadmapItem,
  RoadmapLevel,
  RoadmapProgress,
  RoadmapRelease,
  RoadmapView,
} from './roadmap';
export type { BacklogStatusFilter, LinkField, ScoreModel } from './payloads';
export type { ScoringInputs, KpiProperty } from './pm-property';
