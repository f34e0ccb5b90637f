import { FORGE_INVOCATION_LIMITS, timeoutMsFor } from '../../../dev/forge-runtime/invocation-limits';

describe('Forge invocation time limits', () => {
  it.each([
    ['resolver', undefined, 25_000],
    ['resolver', 900, 25_000],
    ['trigger', 120, 25_000],
    ['scheduledTrigger', undefined, 55_000],
    ['scheduledTrigger', 300, 300_000],
    ['consumer', undefined, 25_000],
    ['consumer', 900, 900_000],
    ['consumer', 5000, 900_000],
  ] as const)('%s with timeoutSeconds %s runs at most %i ms', (kind, seconds, ms) => {
    expect(timeoutMsFor(FORGE_INVOCATION_LIMITS, kind, seconds)).toBe(ms);
  });

  it('a test override replaces the limit of its kind only', () => {
    const limits = { ...FORGE_INVOCATION_LIMITS, timeoutOverrideMs: { consumer: 50 } };
    expect(timeoutMsFor(limits, 'consumer', 900)).toBe(50);
    expect(timeoutMsFor(limits, 'resolver', undefined)).toBe(25_000);
  });
});
