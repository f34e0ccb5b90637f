// Runs jira.js (ESM-only, cannot load inside Jest's CommonJS VM) in a plain Node
// process for the contract tests. Protocol: one JSON request per stdin line
//   {id, host, auth?: {email, apiToken}, group, method, params}  or  {id, op: 'drift'}
// answered by one JSON line {id, ok: true, value} | {id, ok: false, error}.
import { createInterface } from 'node:readline';
import { createCloudClient } from 'jira.js';

const clients = new Map();

function clientFor(host, auth) {
  const key = JSON.stringify([host, auth ?? null]);
  let client = clients.get(key);
  if (!client) {
    client = createCloudClient({
      host,
      ...(auth ? { auth: { type: 'basic', email: auth.email, apiToken: auth.apiToken } } : {}),
      onSchemaMismatch: 'throw',
    });
    clients.set(key, client);
  }
  return client;
}

function describeError(err) {
  return {
    name: err?.name,
    message: String(err?.message ?? err),
    status: err?.status,
    body: err?.body,
    report: err?.report,
    retryAfterMs: err?.retryAfterMs,
  };
}

const rl = createInterface({ input: process.stdin });
rl.on('line', async (line) => {
  let msg;
  try {
    msg = JSON.parse(line);
    let value;
    if (msg.op === 'drift') value = globalThis[Symbol.for('apis-code-gen.schemaAudit')] ?? [];
    else {
      const group = clientFor(msg.host, msg.auth)[msg.group];
      if (!group || typeof group[msg.method] !== 'function')
        throw new Error(`jira.js has no ${msg.group}.${msg.method}`);
      value = await group[msg.method](msg.params);
    }
    process.stdout.write(JSON.stringify({ id: msg.id, ok: true, value: value ?? null }) + '\n');
  } catch (err) {
    process.stdout.write(JSON.stringify({ id: msg?.id, ok: false, error: describeError(err) }) + '\n');
  }
});
