import { generateIssues } from './rollup-bench';
import { defaultWorkflowConfig, rollUpPortfolio } from '../src/domain';
const json = JSON.stringify(generateIssues(100000));
const p = JSON.parse(json);
for (let i=0;i<5;i++){ const t=performance.now(); rollUpPortfolio(p, defaultWorkflowConfig, new Date('2026-11-22')); console.log('rollup', (performance.now()-t).toFixed(0)); }
