/**
 * The site's issue types, statuses, fields and issue link types. Issue type
 * names are the ones the app's default phase mapping uses; hierarchy levels
 * follow Jira (2 Initiative, 1 Epic, 0 standard, -1 Sub-task).
 */
import type { DatasetInput } from '../dataset/dataset-schema';

export const ISSUE_TYPES = {
  Initiative: { id: '10000', hierarchyLevel: 2, description: 'A strategy: a bet that groups epics across releases.' },
  Epic: { id: '10001', hierarchyLevel: 1, description: 'A large requirement, delivered by stories and tasks.' },
  Story: { id: '10002', hierarchyLevel: 0, description: "A requirement from the user's point of view." },
  Task: { id: '10003', hierarchyLevel: 0, description: 'A work package.' },
  Bug: { id: '10004', hierarchyLevel: 0, description: 'A defect.' },
  Interview: { id: '10005', hierarchyLevel: 0, description: 'A customer or market interview.' },
  Problem: { id: '10006', hierarchyLevel: 0, description: 'A customer problem that costs time or money.' },
  Persona: { id: '10007', hierarchyLevel: 0, description: 'A buyer persona; with label "user", a user persona.' },
  Scenario: { id: '10008', hierarchyLevel: 0, description: 'A scenario; with label "user", a use scenario.' },
  Analysis: { id: '10009', hierarchyLevel: 0, description: 'An analysis of customers, competitors or the market.' },
  KPI: { id: '10010', hierarchyLevel: 0, description: 'A key performance indicator with target and actuals.' },
  'Business Case': { id: '10011', hierarchyLevel: 0, description: 'The consolidated business case.' },
  'Go-to-Market': {
    id: '10012',
    hierarchyLevel: 0,
    description: 'A go-to-market task (team, message, sales, packaging).',
  },
  Launch: { id: '10013', hierarchyLevel: 0, description: 'The market launch.' },
  'Sub-task': { id: '10014', hierarchyLevel: -1, description: 'A part of a standard issue.' },
} as const;

export type IssueTypeName = keyof typeof ISSUE_TYPES;

export const STATUSES = {
  'To Do': { id: '10000', statusCategory: 'new' },
  Backlog: { id: '10001', statusCategory: 'new' },
  'In Progress': { id: '10002', statusCategory: 'indeterminate' },
  'In Review': { id: '10003', statusCategory: 'indeterminate' },
  Done: { id: '10004', statusCategory: 'done' },
  "Won't Do": { id: '10005', statusCategory: 'done' },
} as const;

export type StatusName = keyof typeof STATUSES;
export type StatusCategory = (typeof STATUSES)[StatusName]['statusCategory'];

/** Jira Cloud's default link type ids. */
export const LINK_TYPES = {
  Blocks: { id: '10000', inward: 'is blocked by', outward: 'blocks' },
  Cloners: { id: '10001', inward: 'is cloned by', outward: 'clones' },
  Duplicate: { id: '10002', inward: 'is duplicated by', outward: 'duplicates' },
  Relates: { id: '10003', inward: 'relates to', outward: 'relates to' },
} as const;

export type LinkTypeName = keyof typeof LINK_TYPES;

export const STORY_POINTS_FIELD = 'customfield_10016';
/** Team-managed projects' story points (Jira Software's own field type, another id on every site). */
export const STORY_POINT_ESTIMATE_FIELD = 'customfield_10026';
export const START_DATE_FIELD = 'customfield_10015';

export function issueTypes(): DatasetInput['issueTypes'] {
  return Object.entries(ISSUE_TYPES).map(([name, t]) => ({
    id: t.id,
    name,
    description: t.description,
    subtask: t.hierarchyLevel === -1,
    hierarchyLevel: t.hierarchyLevel,
  }));
}

export function statuses(): DatasetInput['statuses'] {
  return Object.entries(STATUSES).map(([name, s]) => ({ id: s.id, name, statusCategory: s.statusCategory }));
}

export function issueLinkTypes(): NonNullable<DatasetInput['issueLinkTypes']> {
  return Object.entries(LINK_TYPES).map(([name, l]) => ({ id: l.id, name, inward: l.inward, outward: l.outward }));
}

const system = (id: string, name: string, type: string, items?: string) => ({
  id,
  name,
  custom: false,
  schema: { type, system: id, ...(items ? { items } : {}) },
});

export function fields(): NonNullable<DatasetInput['fields']> {
  return [
    system('summary', 'Summary', 'string'),
    system('description', 'Description', 'string'),
    system('issuetype', 'Issue Type', 'issuetype'),
    system('project', 'Project', 'project'),
    system('status', 'Status', 'status'),
    { id: 'parent', name: 'Parent', custom: false },
    system('labels', 'Labels', 'array', 'string'),
    system('components', 'Components', 'array', 'component'),
    system('assignee', 'Assignee', 'user'),
    system('reporter', 'Reporter', 'user'),
    system('created', 'Created', 'datetime'),
    system('updated', 'Updated', 'datetime'),
    system('resolutiondate', 'Resolved', 'datetime'),
    system('duedate', 'Due date', 'date'),
    system('fixVersions', 'Fix versions', 'array', 'version'),
    system('issuelinks', 'Linked Issues', 'array', 'issuelinks'),
    {
      id: START_DATE_FIELD,
      name: 'Start date',
      custom: true,
      schema: { type: 'date', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker', customId: 10015 },
    },
    {
      id: STORY_POINTS_FIELD,
      name: 'Story Points',
      custom: true,
      schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10016 },
    },
    {
      id: STORY_POINT_ESTIMATE_FIELD,
      name: 'Story point estimate',
      custom: true,
      schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10026 },
    },
  ];
}
