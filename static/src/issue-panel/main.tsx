import { boot } from '../shared/boot';
import { IssuePanelApp } from './IssuePanelApp';

void boot(IssuePanelApp);
