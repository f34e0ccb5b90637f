import type { Dataset, DatasetProject, DatasetUser } from '../dataset/dataset-schema';

/** One indexed value of a `jira:entityProperty` module (what makes an issue property searchable in JQL). */
export interface EntityPropertyIndex {
  propertyKey: string;
  path: string;
  type: 'number' | 'string' | 'text' | 'user' | 'date';
  searchAlias?: string;
}

/** Forces the next `count` matching requests to fail with `status` (tests use it for retries and backoff). */
export interface EmulatorFault {
  status: 429 | 500 | 502 | 503;
  count: number;
  retryAfterSeconds?: number;
  /** Only requests whose path starts with this, e.g. '/rest/api/3/search/jql'. */
  pathPrefix?: string;
  /** Only requests made as this user ('app' matches asApp calls). */
  accountId?: string;
}

/** Kinds of random fault `setFaultRates` injects (dev/emulator/faults.ts). */
export type FaultKind =
  'rateLimited' | 'serverError' | 'unavailable' | 'slow' | 'dropped' | 'truncated' | 'expiredPageToken';

/**
 * Random faults per matching request, seeded so a run is reproducible. Rates are
 * probabilities in [0, 1]; all but `expiredPageToken` add up to at most 1.
 */
export interface FaultRates {
  seed?: number;
  /** 429 with `Retry-After` (`retryAfterSeconds`, default 1). */
  rateLimited?: number;
  /** 500. */
  serverError?: number;
  /** 503. */
  unavailable?: number;
  /** The answer comes after `slowMs` (default 2000) extra. */
  slow?: number;
  /** The request never gets an answer: the fetch rejects. */
  dropped?: number;
  /** The answer's body stops half-way (reading it rejects); the request itself was served. */
  truncated?: number;
  /** A search/jql request with a `nextPageToken` answers 400, as Jira does for an expired token. */
  expiredPageToken?: number;
  retryAfterSeconds?: number;
  slowMs?: number;
  pathPrefix?: string;
  accountId?: string;
}

export interface FaultStats {
  /** Requests the random faults were drawn for. */
  requests: number;
  injected: Record<FaultKind, number>;
}

export interface IssueEvent {
  type:
    | 'avi:jira:created:issue'
    | 'avi:jira:updated:issue'
    | 'avi:jira:deleted:issue'
    | 'avi:jira:created:issuelink'
    | 'avi:jira:deleted:issuelink';
  /** For issuelink events: the link's source issue (the one holding it). */
  issueId: string;
  issueKey: string;
  projectKey: string;
  /** The acting user; absent when the app made the change. */
  atlassianId?: string;
  /** Set when the update was an issue property write or delete. */
  changedPropertyKey?: string;
  /** issuelink events only (dev/emulator/issue-links.ts). */
  link?: IssueLinkEventDetails;
}

export interface IssueLinkEventDetails {
  id: string;
  sourceIssueId: string;
  destinationIssueId: string;
  issueLinkType: { id: string; name: string; inward: string; outward: string };
}

export interface JiraEmulatorOptions {
  /** Parsed with datasetSchema (see dev/dataset/load-dataset.ts). */
  dataset: Dataset;
  /** Persist state here; absent = memory only. A saved state here wins over `dataset`. */
  dataDir?: string;
  entityProperties: EntityPropertyIndex[];
  now?: () => Date;
  /** Points per account per window; default DEFAULT_RATE_LIMIT (generous). */
  rateLimit?: { pointsPerWindow: number; windowMs: number };
  /**
   * How long (ms, by `now`) a write takes to reach search/jql and approximate-count; issues
   * named in a search's `reconcileIssues` are current at once. Default 0 (consistent).
   */
  searchLagMs?: number;
  /** Random faults from the start (`PM_JIRA_FAULT_RATE` for `npm start`); `setFaultRates` changes them. */
  faultRates?: FaultRates;
  /** How a `slow` fault waits; default setTimeout (tests inject a short or recording one). */
  sleep?: (ms: number) => Promise<void>;
  /** The site's default time zone `GET /serverInfo` answers as `serverTimeZone` (any string, to test bad ones); default Etc/UTC. */
  serverTimeZone?: string;
}

export interface JiraEmulator {
  handle(request: Request): Promise<Response>;
  /** Authorization header value for asApp calls (a secret made at start; the app sees every project). */
  appAuthorization: string;
  /** Authorization header value (Basic email:token) acting as that user - what asUser uses locally. */
  authorizationFor(accountId: string): string;
  users(): DatasetUser[];
  projects(): DatasetProject[];
  injectFault(fault: EmulatorFault): void;
  /** Changes the site's time zone (`serverTimeZone` of `GET /serverInfo`), as an admin changing the system setting. */
  setServerTimeZone(timeZone: string): void;
  /** Removes count-based faults (`injectFault`); random faults stay until `setFaultRates({})`. */
  clearFaults(): void;
  /** Random faults from now on (replaces the previous rates and restarts the seeded sequence); `{}` turns them off. */
  setFaultRates(rates: FaultRates): void;
  faultStats(): FaultStats;
  onIssueEvent(listener: (e: IssueEvent) => void): () => void;
  /** Resolves when pending state writes are on disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
