import { Component, StrictMode, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { installStyles } from './styles';
import { enableTheme } from './theme';
import { LiteError } from './lite';

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <div className="pm-page">
          <LiteError
            error={{ code: 'internal', message: 'This view stopped because of an unexpected problem.' }}
            onRetry={() => this.setState({ error: undefined })}
          />
        </div>
      );
    }
    return this.props.children;
  }
}

/**
 * Entry point of every module: theming first, then global styles and the app. The
 * styles paint the body with light fallbacks until Jira's token CSS arrives, so both
 * wait for `view.theme.enable()`: a dark-theme user never sees a light first frame.
 */
export async function boot(App: ComponentType): Promise<void> {
  await enableTheme();
  installStyles();
  let el = document.getElementById('root');
  if (!el) {
    el = document.createElement('div');
    el.id = 'root';
    document.body.appendChild(el);
  }
  createRoot(el).render(
    <StrictMode>
      <Boundary>
        <App />
      </Boundary>
    </StrictMode>,
  );
}
