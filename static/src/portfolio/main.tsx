import { boot } from '../shared/boot';
import { PortfolioApp } from './PortfolioApp';

void boot(PortfolioApp);
