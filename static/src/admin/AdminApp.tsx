import { SectionMessage } from '../shared/native';
import { useResolver } from '../shared/useResolver';
import { ErrorPanel } from '../shared/ErrorPanel';
import { Loading } from '../shared/ui';
import { looksLikeConfig } from './config-model';
import { ConfigEditor } from './ConfigEditor';

/** The admin page: loads the configuration and the site's pickers, then the editor. */
export function AdminApp() {
  const { data, error, reload, setData } = useResolver('getConfig', {});
  // The pickers are a help, not a need: without them the issue type is typed.
  const site = useResolver('getSiteOptions', {});
  const ready = !!data && (site.data !== undefined || site.error !== undefined);
  return (
    <main className="pm-page pm-stack" style={{ maxWidth: 1100 }}>
      <header>
        <h1 className="pm-h2" style={{ fontSize: 20, lineHeight: '24px' }}>
          PM Workflow configuration
        </h1>
        <p className="pm-small pm-subtlest">
          Sections, phases, the issue types they map to, scoring and readiness rules for every project on this site.
        </p>
      </header>
      {!ready ? (
        error ? (
          <ErrorPanel error={error} onRetry={reload} />
        ) : (
          <Loading label="Loading the configuration" rows={6} />
        )
      ) : looksLikeConfig(data.config) ? (
        <ConfigEditor view={data} {...(site.data ? { site: site.data } : {})} onSaved={setData} />
      ) : (
        <SectionMessage appearance="warning" title="This configuration has a shape this page does not know">
          <p>
            It was probably saved by a newer version of the app. It is shown read-only below; ask the app owner to
            update the app.
          </p>
          <pre className="pm-mono" style={{ whiteSpace: 'pre-wrap', maxHeight: 400, overflow: 'auto' }}>
            {JSON.stringify(data.config, null, 2)}
          </pre>
        </SectionMessage>
      )}
    </main>
  );
}
