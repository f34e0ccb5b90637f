import { boot } from '../shared/boot';
import { IssuePanelApp } from './IssuePanelApp';

boot(IssuePanelApp);
