/**
 * The embedded Jira Cloud emulator (dev only, never deployed): a WHATWG
 * `Request -> Response` handler for `/rest/api/3/...`, shared by the local HTTP
 * server and the in-process Forge runtime. See README.md in this folder.
 */
export type {
  EntityPropertyIndex,
  EmulatorFault,
  FaultKind,
  FaultRates,
  FaultStats,
  IssueEvent,
  JiraEmulatorOptions,
  JiraEmulator,
} from './types';
export { openJiraEmulator } from './emulator';
export { entityPropertiesFromManifest } from './manifest-entity-properties';
export { EXPIRED_PAGE_TOKEN_MESSAGE, FAULT_KINDS, faultRatesFromTotal } from './faults';
export { DEFAULT_RATE_LIMIT } from './rate-limit';
export { SEARCH_DEFAULT_MAX_RESULTS, SEARCH_MAX_IDS_ONLY, SEARCH_MAX_WITH_FIELDS } from './search';
export { BULK_FETCH_MAX } from './issues';
export { PROPERTY_VALUE_MAX } from './properties';
export { STATE_FILE, STATE_JOURNAL_FILE } from './persistence';
