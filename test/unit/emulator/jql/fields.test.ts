/** Each supported field with each of its operators, over the fixture (see fixture.ts for the data). */
import { search } from './fixture';

// `search` returns keys in the compiled order; with no ORDER BY that is key descending, so sort the
// expectation the same way by running it through the engine's default order.
const byKeyDesc = (keys: string[]) =>
  [...keys].sort((a, b) => {
    const [pa, na] = a.split('-') as [string, string];
    const [pb, nb] = b.split('-') as [string, string];
    return pa === pb ? Number(nb) - Number(na) : pa < pb ? 1 : -1;
  });

const ALL = ['ABC-1', 'ABC-2', 'ABC-9', 'ABC-10', 'XYZ-1', 'XYZ-2'];

type Row = [jql: string, keys: string[]];

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows)('%s', (jql, keys) => {
      expect(search(jql)).toEqual(byKeyDesc(keys));
    });
  });
}

table('project (key, id or name)', [
  ['project = ABC', ['ABC-1', 'ABC-2', 'ABC-9', 'ABC-10']],
  ['project = abc', ['ABC-1', 'ABC-2', 'ABC-9', 'ABC-10']],
  ['project = 10001', ['XYZ-1', 'XYZ-2']],
  ['project = "Xylophone"', ['XYZ-1', 'XYZ-2']],
  ['project in (ABC, XYZ)', ALL],
  ['project != ABC', ['XYZ-1', 'XYZ-2']],
  ['project not in (Alpha)', ['XYZ-1', 'XYZ-2']],
  ['project is EMPTY', []],
  ['project is not EMPTY', ALL],
]);

table('issuetype / type (name or id)', [
  ['issuetype = Epic', ['ABC-1', 'XYZ-1']],
  ['type = story', ['ABC-2', 'ABC-9', 'XYZ-2']],
  ['issuetype = 10102', ['ABC-10']],
  ['issuetype in (Epic, "Sub-task")', ['ABC-1', 'XYZ-1', 'ABC-10']],
  ['issuetype != Story', ['ABC-1', 'ABC-10', 'XYZ-1']],
  ['issuetype not in (Story, Epic)', ['ABC-10']],
]);

table('parent (key or id)', [
  ['parent = ABC-1', ['ABC-2', 'ABC-9']],
  ['parent = abc-1', ['ABC-2', 'ABC-9']],
  ['parent = 101', ['ABC-2', 'ABC-9']],
  ['parent in (ABC-1, XYZ-1)', ['ABC-2', 'ABC-9', 'XYZ-2']],
  // Negative operators never match issues without a parent.
  ['parent != ABC-1', ['ABC-10', 'XYZ-2']],
  ['parent not in (ABC-2)', ['ABC-2', 'ABC-9', 'XYZ-2']],
]);

table('key / issuekey / issue / id', [
  ['key = ABC-2', ['ABC-2']],
  ['issuekey = abc-10', ['ABC-10']],
  ['id = 201', ['XYZ-1']],
  ['issue in (ABC-1, 202)', ['ABC-1', 'XYZ-2']],
  ['key != ABC-1', ['ABC-2', 'ABC-9', 'ABC-10', 'XYZ-1', 'XYZ-2']],
  ['key not in (ABC-1, XYZ-1)', ['ABC-2', 'ABC-9', 'ABC-10', 'XYZ-2']],
  // Comparisons stay inside the project and compare numbers: ABC-10 > ABC-9 > ABC-2.
  ['key > ABC-2', ['ABC-9', 'ABC-10']],
  ['key >= ABC-9', ['ABC-9', 'ABC-10']],
  ['key < ABC-10', ['ABC-1', 'ABC-2', 'ABC-9']],
  ['key <= XYZ-1', ['XYZ-1']],
]);

table('status (name or id)', [
  ['status = "In Progress"', ['ABC-1', 'XYZ-1']],
  ['status = done', ['ABC-9', 'XYZ-2']],
  ['status = 10003', ['ABC-10']],
  ['status in ("To Do", Backlog)', ['ABC-2', 'ABC-10']],
  ['status != Done', ['ABC-1', 'ABC-2', 'ABC-10', 'XYZ-1']],
  ['status is not EMPTY', ALL],
]);

table('statusCategory (name, key or id)', [
  ['statusCategory = "To Do"', ['ABC-2', 'ABC-10']],
  ['statusCategory = new', ['ABC-2', 'ABC-10']],
  ['statusCategory = 2', ['ABC-2', 'ABC-10']],
  ['statusCategory = 4', ['ABC-1', 'XYZ-1']],
  ['statuscategory in (Done, indeterminate)', ['ABC-1', 'ABC-9', 'XYZ-1', 'XYZ-2']],
  ['statusCategory != 3', ['ABC-1', 'ABC-2', 'ABC-10', 'XYZ-1']],
  ['statusCategory not in ("In Progress", "To Do")', ['ABC-9', 'XYZ-2']],
  ['statusCategory = "No Category"', []],
]);

table('summary and text (~ contains)', [
  ['summary ~ checkout', ['ABC-1', 'ABC-2', 'ABC-9']],
  ['summary ~ CHECKOUT', ['ABC-1', 'ABC-2', 'ABC-9']],
  ['summary ~ "checkout error"', ['ABC-9']],
  ['summary ~ "pay*"', ['ABC-2', 'ABC-10']],
  ['summary ~ "\\"full screen\\""', ['XYZ-2']],
  ['summary ~ "\\"screen full\\""', []],
  ['summary ~ "check"', []], // whole words only (and unquoted, `check` is a reserved word)
  ["summary ~ 'Apple Pay'", ['ABC-2']],
  ['summary ~ "\\u0041pple"', ['ABC-2']],
  ['summary !~ checkout', ['ABC-10', 'XYZ-1', 'XYZ-2']],
  ['text ~ onboarding', ['XYZ-1', 'XYZ-2']],
]);

table('labels', [
  ['labels = ux', ['ABC-1', 'XYZ-1', 'XYZ-2']],
  ['labels = "Q3"', ['ABC-1']],
  ['labels = payments', ['ABC-2', 'ABC-10']],
  ['labels in (security, Q3)', ['ABC-1', 'ABC-10']],
  ['labels != payments', ['ABC-1', 'XYZ-1', 'XYZ-2']],
  ['labels not in (ux)', ['ABC-2', 'ABC-10']],
  ['labels is EMPTY', ['ABC-9']],
  ['labels is not EMPTY', ['ABC-1', 'ABC-2', 'ABC-10', 'XYZ-1', 'XYZ-2']],
  ['labels = EMPTY', ['ABC-9']],
  ['labels != NULL', ['ABC-1', 'ABC-2', 'ABC-10', 'XYZ-1', 'XYZ-2']],
  ['labels in (EMPTY, security)', ['ABC-9', 'ABC-10']],
  ['labels = "select"', []],
]);

table('fixVersion (id or name, as Jira)', [
  ['fixVersion = 30003', ['ABC-1', 'ABC-2']],
  ['fixVersion = "2.5"', ['ABC-1', 'ABC-2']],
  ['fixVersion = ideas', ['ABC-2']],
  ['fixVersion in (30004, "3.0")', ['ABC-2']],
  ['fixVersion != 30004', ['ABC-1']],
  ['fixVersion is EMPTY', ['ABC-9', 'ABC-10', 'XYZ-1', 'XYZ-2']],
]);

table('component', [
  ['component = Web', ['ABC-1', 'ABC-2']],
  ['component in (API, mobile)', ['ABC-2', 'XYZ-1']],
  ['component != Web', ['XYZ-1']],
  ['component is EMPTY', ['ABC-9', 'ABC-10', 'XYZ-2']],
]);

table('assignee and reporter (accountId, currentUser(), EMPTY)', [
  ['assignee = acc-alice', ['ABC-1', 'ABC-10']],
  ['assignee = currentUser()', ['ABC-1', 'ABC-10']],
  ['assignee != currentUser()', ['ABC-2', 'XYZ-2']],
  ['assignee is EMPTY', ['ABC-9', 'XYZ-1']],
  ['assignee is null', ['ABC-9', 'XYZ-1']],
  ['assignee in (acc-bob, EMPTY)', ['ABC-2', 'ABC-9', 'XYZ-1', 'XYZ-2']],
  ['assignee not in (EMPTY, acc-bob)', ['ABC-1', 'ABC-10']],
  ['reporter = acc-bob', ['ABC-1', 'ABC-10', 'XYZ-1']],
  ['reporter != currentUser()', ['ABC-1', 'ABC-10', 'XYZ-1']],
]);

table('dates: absolute, relative and functions (now = 2024-06-15T12:00Z)', [
  ['created >= "2024-06-01"', ['ABC-1', 'ABC-2', 'ABC-10']],
  ['created < "2024/06/01"', ['ABC-9', 'XYZ-1', 'XYZ-2']],
  ['created > "2024-06-01 09:00"', ['ABC-2', 'ABC-10']],
  ['created >= "2024-06-01 09:00"', ['ABC-1', 'ABC-2', 'ABC-10']],
  ['created = "2024-06-01 09:00"', ['ABC-1']],
  ['created in ("2024-06-01 09:00", 2024-05-01)', ['ABC-1', 'ABC-9']],
  // -7d is 2024-06-08T12:00, exactly when ABC-2 was created.
  ['created > -7d', ['ABC-10']],
  ['created >= -7d', ['ABC-2', 'ABC-10']],
  ['created >= -1w', ['ABC-2', 'ABC-10']],
  ['createdDate >= "-1w 1d"', ['ABC-2', 'ABC-10']],
  ['created > "-36h"', ['ABC-10']],
  ['created >= startOfDay(-1)', ['ABC-10']],
  ['created >= startOfMonth()', ['ABC-1', 'ABC-2', 'ABC-10']],
  ['created <= endOfMonth(-1)', ['ABC-9', 'XYZ-1', 'XYZ-2']],
  ['created > startOfYear()', ALL],
  ['created < startOfYear("+1")', ALL],
  ['updated >= startOfDay()', ['ABC-2']],
  ['updatedDate < now()', ALL],
  ['updated <= endOfDay(-1)', ['ABC-1', 'ABC-9', 'ABC-10', 'XYZ-1', 'XYZ-2']],
  // A due date is midnight UTC of its day: due today is before now().
  ['duedate < now()', ['ABC-2', 'XYZ-2']],
  ['due <= "2024-06-30"', ['ABC-1', 'ABC-2', 'XYZ-2']],
  ['duedate = "2024-06-15"', ['ABC-2']],
  ['duedate > endOfMonth()', ['ABC-10']],
  ['duedate is EMPTY', ['ABC-9', 'XYZ-1']],
  ['duedate != "2024-06-15"', ['ABC-1', 'ABC-10', 'XYZ-2']],
  ['resolved is not EMPTY', ['ABC-9', 'XYZ-2']],
  ['resolutiondate >= "2024-05-01"', ['ABC-9']],
  ['resolved != "2024-05-20 16:30"', ['XYZ-2']],
]);

table('entity properties: search aliases and issue.property[key].path', [
  ['score > 10', ['ABC-1', 'XYZ-1']],
  ['score = 7.5', ['ABC-2', 'ABC-9']],
  ['score = "7.50"', ['ABC-2', 'ABC-9']],
  ['score <= 0', ['XYZ-2']],
  ['score in (42, 100)', ['ABC-1', 'XYZ-1']],
  ['score != 42', ['ABC-2', 'ABC-9', 'XYZ-1', 'XYZ-2']],
  ['score is EMPTY', ['ABC-10']],
  ['SCORE >= 42', ['ABC-1', 'XYZ-1']],
  ['issue.property[pm].index.score >= 42', ['ABC-1', 'XYZ-1']],
  ['issue.property["pm"].index.score < 8', ['ABC-2', 'ABC-9', 'XYZ-2']],
  ['tier = gold', ['ABC-1', 'ABC-9']],
  ['tier in (Silver, bronze)', ['ABC-2', 'XYZ-1']],
  ['tier != GOLD', ['ABC-2', 'XYZ-1']],
  ['tier is EMPTY', ['ABC-10', 'XYZ-2']],
  ['owner = currentUser()', ['XYZ-1']],
  ['owner = acc-bob', ['ABC-1']],
  ['notes ~ revenue', ['ABC-1']],
  ['notes ~ legal', ['ABC-2']],
  ['notes !~ revenue', ['ABC-2', 'XYZ-2']],
  ['notes is not EMPTY', ['ABC-1', 'ABC-2', 'XYZ-2']],
  ['reviewed >= "2024-06-01"', ['ABC-1']],
  ['reviewed < -1d', ['ABC-1']],
  ['pmTags = beta', ['XYZ-2']],
  ['PMTAGS = ALPHA', ['XYZ-2']],
]);
