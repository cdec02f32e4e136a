// The admin side's small parts, each on its own: roles from configuration and ID-token claims,
// session expiry (idle and absolute, with an injected clock), the wrong-token throttle's
// doubling delay, CSV cells (formula injection defused), and strict reading of admin input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell } from '../../packages/server/src/admin/export.js';
import { dayRange, idFromPath, pageParams } from '../../packages/server/src/admin/input.js';
import { can, formsWith, grantsFor, parseRoleConfig } from '../../packages/server/src/admin/roles.js';
import { SessionStore } from '../../packages/server/src/admin/session.js';
import { FailureThrottle } from '../../packages/server/src/admin/throttle.js';
import { HttpError } from '../../packages/server/src/http.js';
import { AuditTrail } from '../../packages/server/src/audit.js';
import { startRetention } from '../../packages/server/src/retention.js';
import type { AuditEntry, SubmissionStore } from '@caf-forms/server';

describe('roles', () => {
  const config = parseRoleConfig({
    'email:Alice@Council.example': { '*': ['read'] },
    'group:safeguarding': { consent: ['erase', 'read'] },
    'sub:42': { caf: ['export'] },
  });

  it('grants by verified e-mail (any case), group and subject, and from the roles claim', () => {
    const grants = grantsFor(
      { sub: '42', email: 'alice@council.example', groups: ['safeguarding'], roles: ['caf:correct', '*:audit', 'nonsense', 'caf:fly'] },
      config,
      { rolesClaim: 'roles' },
    );
    assert.deepEqual(grants, { '*': ['audit', 'read'], consent: ['erase', 'read'], caf: ['correct', 'export'] });
    assert.ok(can(grants, 'read', 'feedback'), '* grants every form');
    assert.ok(can(grants, 'erase', 'consent'), 'the group grants erase on consent');
    assert.ok(!can(grants, 'erase', 'caf'), 'but not on caf');
    assert.deepEqual(formsWith(grants, 'export', ['caf', 'consent']), ['caf']);
  });

  it('does not trust an e-mail address the provider says is unverified', () => {
    assert.deepEqual(grantsFor({ sub: 'x', email: 'alice@council.example', email_verified: false }, config), {});
  });

  it('refuses a configuration with a mistake, naming it', () => {
    assert.throws(() => parseRoleConfig({ 'alice@council.example': { '*': ['read'] } }), /must start with email:, sub: or group:/);
    assert.throws(() => parseRoleConfig({ 'sub:1': { '*': ['delete'] } }), /must be a list of read, export, erase, correct, audit/);
    assert.throws(() => parseRoleConfig([]), /must be a JSON object/);
  });
});

describe('sessions', () => {
  it('end after the idle time without a request, and after the maximum time whatever happens', () => {
    let now = 0;
    const sessions = new SessionStore({ idleMinutes: 30, maxHours: 1, now: () => now });
    const principal = { actor: 'alice@council.example', via: 'oidc' as const };
    const idle = sessions.create(principal, {});
    now = 29 * 60_000;
    assert.ok(sessions.get(idle.id), 'alive within the idle time');
    now = 58 * 60_000;
    assert.ok(sessions.get(idle.id), 'each request renews the idle time');
    now = 60 * 60_000;
    assert.equal(sessions.get(idle.id), undefined, 'ended at the maximum');
    const quiet = sessions.create(principal, {});
    now += 31 * 60_000;
    assert.equal(sessions.get(quiet.id), undefined, 'ended after 31 idle minutes');
    const ended = sessions.create(principal, {});
    sessions.end(ended.id);
    assert.equal(sessions.get(ended.id), undefined);
    assert.equal(sessions.get('a-made-up-id'), undefined);
  });
});

describe('the wrong-token throttle', () => {
  it('lets five failures through, then doubles the wait with each one, up to the cap, and forgets on success', () => {
    let now = 0;
    const throttle = new FailureThrottle({ now: () => now, maxDelayMs: 8000 });
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      waits.push(throttle.retryAfter('10.0.0.1'));
      throttle.fail('10.0.0.1');
    }
    assert.deepEqual(waits, [0, 0, 0, 0, 0, 1, 2, 4, 8]);
    assert.equal(throttle.retryAfter('10.0.0.2'), 0, 'another address is not held up');
    now += 8000;
    assert.equal(throttle.retryAfter('10.0.0.1'), 0);
    throttle.succeed('10.0.0.1');
    throttle.fail('10.0.0.1');
    assert.equal(throttle.retryAfter('10.0.0.1'), 0, 'a success starts the count again');
  });
});

describe('CSV cells', () => {
  it('prefix text that a spreadsheet would run as a formula, and quote what needs quoting', () => {
    for (const formula of ['=1+1', '+44 7700 900123', '-2', '@SUM(A1)', '\tx', '\rx']) assert.equal(csvCell(formula).replace(/^"|"$/g, '')[0], "'", formula);
    assert.equal(csvCell(-2), '-2', 'a number is not text');
    assert.equal(csvCell('Say "hi", then go'), '"Say ""hi"", then go"');
    assert.equal(csvCell(['a', 'b']), 'a; b');
    assert.equal(csvCell([{ who: '=x' }]), '"[{""who"":""=x""}]"');
    assert.equal(csvCell(undefined), '');
  });
});

describe('admin input', () => {
  const status = (fn: () => unknown): number | undefined => {
    try {
      fn();
      return undefined;
    } catch (error) {
      return error instanceof HttpError ? error.status : -1;
    }
  };
  it('is a 400 when malformed', () => {
    assert.equal(
      status(() => idFromPath('%E0%A4%A')),
      400,
    );
    assert.equal(
      status(() => idFromPath('%00')),
      400,
    );
    assert.equal(
      status(() => idFromPath('x'.repeat(201))),
      400,
    );
    assert.equal(
      status(() => pageParams(new URLSearchParams('offset=1000000001'))),
      400,
    );
    assert.equal(
      status(() => pageParams(new URLSearchParams('limit=501'))),
      400,
    );
    assert.equal(
      status(() => dayRange(new URLSearchParams('from=2026-13-01'), new Date())),
      400,
    );
    assert.equal(
      status(() => dayRange(new URLSearchParams('to=2026-02-29'), new Date())),
      400,
    );
  });
  it('reads days as a range that includes both ends', () => {
    assert.deepEqual(dayRange(new URLSearchParams('from=2026-04-01&to=2026-04-30'), new Date()), {
      from: '2026-04-01T00:00:00.000Z',
      to: '2026-05-01T00:00:00.000Z',
      fromDay: '2026-04-01',
      toDay: '2026-04-30',
    });
    assert.deepEqual(pageParams(new URLSearchParams('limit=500&offset=1000000000')), { limit: 500, offset: 1_000_000_000 });
  });
});

describe('the retention job', () => {
  it('purges on its interval without keeping the process alive, each form by its own rule or the default', async () => {
    const purges: [string, string][] = [];
    const audited: AuditEntry[] = [];
    const store = {
      purge: async (formId: string, before: string) => (purges.push([formId, before]), 2),
      appendAudit: async (entry: AuditEntry) => void audited.push(entry),
    } as unknown as SubmissionStore;
    const now = (): Date => new Date('2026-12-01T00:00:00.000Z');
    const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const job = startRetention({
      store,
      audit: new AuditTrail(store, now),
      retention: { consent: 30, '*': 365 },
      formIds: ['caf', 'consent'],
      now,
      log: () => {},
      everyMs: 5,
    });
    try {
      assert.equal(timers(), before, "the daily timer is unref'd");
      // wait (bounded: at most 2 s) for the timer's first run
      for (let i = 0; i < 200 && purges.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      job.stop();
    }
    assert.deepEqual(purges.slice(0, 2), [
      ['caf', '2025-12-01T00:00:00.000Z'],
      ['consent', '2026-11-01T00:00:00.000Z'],
    ]);
    assert.deepEqual(audited[0], {
      at: '2026-12-01T00:00:00.000Z',
      actor: 'system',
      action: 'purge',
      formId: 'caf',
      detail: { purged: 2, receivedBefore: '2025-12-01T00:00:00.000Z', retentionDays: 365 },
    });
  });
});
