import { boot } from '../shared/boot';
import { AdminApp } from './AdminApp';

boot(AdminApp);
