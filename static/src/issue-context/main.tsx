import { boot } from '../shared/boot';
import { IssueContextApp } from './IssueContextApp';

boot(IssueContextApp);
