import { boot } from '../shared/boot';
import { AdminApp } from './AdminApp';

void boot(AdminApp);
