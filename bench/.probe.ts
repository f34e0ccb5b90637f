import { generateIssues } from '/work/main/bench/rollup-bench';
import { defaultWorkflowConfig, rollUpPortfolio } from '/work/main/src/domain';
const json = JSON.stringify(generateIssues(100000));
const mb = () => (process.memoryUsage().heapUsed/1048576).toFixed(0);
global.gc?.();
console.log('after gen', mb());
for (let i=0;i<4;i++){ const t=performance.now(); const p=JSON.parse(json); const t1=performance.now(); console.log('parse', (t1-t).toFixed(0), mb());
 const r = rollUpPortfolio(p, defaultWorkflowConfig, new Date('2026-11-22')); console.log('rollup', (performance.now()-t1).toFixed(0), mb()); }
