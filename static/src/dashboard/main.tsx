import { boot } from '../shared/boot';
import { DashboardApp } from './DashboardApp';

void boot(DashboardApp);
