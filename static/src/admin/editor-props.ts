import type { Dispatch } from 'react';
import type { ConfigView, SiteOptionsView } from '../../../src/contract/api';
import type { CardKey } from './card-summaries';
import type { WfConfig } from './config-model';
import type { EditorAction } from './config-reducer';

/** What every card of the editor gets: the draft, the dispatcher, read-only, and the field errors by path. */
export interface CardProps {
  config: WfConfig;
  /** The app's defaults where the draft leaves a setting out, and the models a site may rank by (from the view). */
  view: Pick<ConfigView, 'defaults' | 'rankingModels'>;
  dispatch: Dispatch<EditorAction>;
  readOnly: boolean;
  /** Messages (in words) for a config path and everything under it. */
  at: (path: string) => string[];
  /** Messages for exactly this path (a whole list, not one field). */
  exact: (path: string) => string[];
  /** A card's one-line summary (shown while collapsed) and how many save errors point into it. */
  card: (key: CardKey) => { summary: string; errorCount: number; errorKey?: object };
  /** The site's issue types, statuses and link types; undefined while loading or when unavailable. */
  site?: SiteOptionsView;
}
