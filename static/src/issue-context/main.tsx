import { boot } from '../shared/boot';
import { IssueContextApp } from './IssueContextApp';

void boot(IssueContextApp);
