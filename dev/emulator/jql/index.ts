/** The local Jira emulator's JQL engine (dev only, never deployed). */
export { compileJql } from './compile-jql';
export { JqlError } from './jql-error';
export type { CompiledJql, JqlAlias, JqlCheckedField, JqlContext, JqlIssueView, JqlOrderByItem } from './types';
export type { NarrowPlan } from './narrowing';
