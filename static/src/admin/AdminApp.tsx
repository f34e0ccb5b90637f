import { useResolver } from '../shared/useResolver';
import { ErrorPanel } from '../shared/ErrorPanel';
import { Loading } from '../shared/ui';
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
      ) : (
        // The server parses the stored config with the schema this bundle was built with (ConfigView.config is typed).
        <ConfigEditor view={data} {...(site.data ? { site: site.data } : {})} onSaved={setData} />
      )}
    </main>
  );
}
