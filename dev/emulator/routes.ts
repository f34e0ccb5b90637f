import { approximateCount, removedSearch, searchGet, searchPost, type Searcher } from './search';
import { bulkFetch, createIssue, deleteIssue, editIssue, getIssue } from './issues';
import { createIssueLink, deleteIssueLink } from './issue-links';
import { rankIssues } from './rank-issues';
import { deleteProperty, getProperty, propertyKeys, putProperty } from './properties';
import { bulkSetPropertiesByIssue, getTask } from './bulk-properties';
import { getProject, getProjectVersions, searchProjects } from './projects';
import {
  avatar,
  getIssueLinkType,
  getIssueType,
  listFields,
  listIssueLinkTypes,
  listIssueTypes,
  listStatusCategories,
  listStatuses,
} from './metadata';
import { myPermissions, myself } from './myself';
import { serverInfo } from './server-info';
import type { Route } from './router';

const A = '/rest/api/3';

/** Every endpoint the emulator serves (see README.md). Order matters: literals before `{params}`. */
export function routes(searcher: Searcher, serverTimeZone: () => string = () => 'Etc/UTC'): Route[] {
  return [
    { method: 'GET', path: `${A}/search/jql`, handler: searchGet(searcher) },
    { method: 'POST', path: `${A}/search/jql`, handler: searchPost(searcher) },
    { method: 'POST', path: `${A}/search/approximate-count`, handler: approximateCount(searcher) },
    { method: 'GET', path: `${A}/search`, handler: removedSearch },
    { method: 'POST', path: `${A}/search`, handler: removedSearch },

    { method: 'POST', path: `${A}/issue/bulkfetch`, handler: bulkFetch },
    { method: 'POST', path: `${A}/issue/properties/multi`, handler: bulkSetPropertiesByIssue },
    { method: 'POST', path: `${A}/issue`, handler: createIssue },
    { method: 'GET', path: `${A}/issue/{issueIdOrKey}`, handler: getIssue },
    { method: 'PUT', path: `${A}/issue/{issueIdOrKey}`, handler: editIssue },
    { method: 'DELETE', path: `${A}/issue/{issueIdOrKey}`, handler: deleteIssue },
    { method: 'GET', path: `${A}/issue/{issueIdOrKey}/properties`, handler: propertyKeys },
    { method: 'GET', path: `${A}/issue/{issueIdOrKey}/properties/{propertyKey}`, handler: getProperty },
    { method: 'PUT', path: `${A}/issue/{issueIdOrKey}/properties/{propertyKey}`, handler: putProperty },
    { method: 'DELETE', path: `${A}/issue/{issueIdOrKey}/properties/{propertyKey}`, handler: deleteProperty },
    { method: 'POST', path: `${A}/issueLink`, handler: createIssueLink },
    { method: 'DELETE', path: `${A}/issueLink/{linkId}`, handler: deleteIssueLink },
    // Jira Software's rank (the board order), the one agile endpoint the emulator serves.
    { method: 'PUT', path: '/rest/agile/1.0/issue/rank', handler: rankIssues },

    { method: 'GET', path: `${A}/project/search`, handler: searchProjects },
    { method: 'GET', path: `${A}/project/{projectIdOrKey}`, handler: getProject },
    { method: 'GET', path: `${A}/project/{projectIdOrKey}/versions`, handler: getProjectVersions },
    { method: 'GET', path: `${A}/issuetype`, handler: listIssueTypes },
    { method: 'GET', path: `${A}/issuetype/{id}`, handler: getIssueType },
    { method: 'GET', path: `${A}/field`, handler: listFields },
    { method: 'GET', path: `${A}/status`, handler: listStatuses },
    { method: 'GET', path: `${A}/statuscategory`, handler: listStatusCategories },
    { method: 'GET', path: `${A}/issueLinkType`, handler: listIssueLinkTypes },
    { method: 'GET', path: `${A}/issueLinkType/{id}`, handler: getIssueLinkType },
    { method: 'GET', path: `${A}/task/{taskId}`, handler: getTask },
    { method: 'GET', path: `${A}/myself`, handler: myself },
    { method: 'GET', path: `${A}/mypermissions`, handler: myPermissions },
    { method: 'GET', path: `${A}/serverInfo`, handler: serverInfo(serverTimeZone), anonymous: true },
    { method: 'GET', path: `${A}/universal_avatar/view/type/{type}/avatar/{id}`, handler: avatar, anonymous: true },
  ];
}
