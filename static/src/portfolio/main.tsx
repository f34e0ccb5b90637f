import { boot } from '../shared/boot';
import { PortfolioApp } from './PortfolioApp';

boot(PortfolioApp);
