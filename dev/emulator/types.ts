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
  clearFaults(): void;
  onIssueEvent(listener: (e: IssueEvent) => void): () => void;
  /** Resolves when pending state writes are on disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
