import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../dev/dataset/load-dataset';
import { entityPropertiesFromManifest, openJiraEmulator } from '../../dev/emulator';
import { serveEmulator } from '../../dev/emulator/serve-http';
import { generatePortfolioSite } from './generate-portfolio-site';
import { generateScaleSite } from './generate-scale-site';
import type { JiraProcessArgs, JiraProcessMessage } from './jira-messages';

/**
 * The site's Jira, in a process of its own: the app's processes reach it over
 * HTTP on loopback, as a Forge function reaches Jira over the network, so no
 * app process's memory figure carries the 200,000 issues the emulator holds.
 * Issue events go to the bench over IPC (the bench hands them to the app's
 * trigger, as Forge does).
 */
async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as JiraProcessArgs;
  const started = Date.now();
  const { dataset: input, perProject } =
    args.portfolioProjects !== undefined
      ? generatePortfolioSite(args.portfolioProjects)
      : generateScaleSite(args.siteIssues, args.projectIssues);
  writeFileSync(args.datasetFile, JSON.stringify(input));
  const dataset = parseDataset(input);
  const manifestText = readFileSync(join(args.root, 'manifest.yml'), 'utf8');
  const emulator = await openJiraEmulator({ dataset, entityProperties: entityPropertiesFromManifest(manifestText) });
  const server = await serveEmulator(emulator);
  const send = (message: JiraProcessMessage): void => void process.send?.(message);
  emulator.onIssueEvent((event) => send({ type: 'issue-event', event }));
  const grant = dataset.appAccount.browseProjects;
  send({
    type: 'ready',
    url: server.url,
    appAuthorization: emulator.appAuthorization,
    authorizations: Object.fromEntries(
      emulator.users().map((u) => [u.accountId, emulator.authorizationFor(u.accountId)]),
    ),
    perProject,
    appReadable: grant === '*' ? Object.keys(perProject) : grant,
    datasetFile: args.datasetFile,
    loadMs: Date.now() - started,
  });
  // The bench closes the channel when it is done.
  process.on('disconnect', () => {
    void server.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
