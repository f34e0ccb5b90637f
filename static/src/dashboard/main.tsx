import { boot } from '../shared/boot';
import { DashboardApp } from './DashboardApp';

boot(DashboardApp);
