import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadOrgConfig } from '../../sandbox/org/config/index.ts';
import { mergeConfig } from '../../sandbox/org/config/overlay.ts';

const VARS = { SDK_APP_URL: 'http://127.0.0.1:1', WIDGET_APP_URL: 'http://127.0.0.1:2', SDK_CLIENT_ID: '0oasdk', WIDGET_CLIENT_ID: '0oawidget' };
const overlay = (value: unknown, source = 'my-org.json') => [{ source, text: JSON.stringify(value) }];

describe('org config overlay', () => {
  it('merges objects key by key and replaces plain values and lists of plain values', () => {
    const merged = mergeConfig({ a: { b: 1, c: 2 }, list: ['x', 'y'] }, { a: { c: 3 }, list: ['z'] });
    assert.deepEqual(merged, { a: { b: 1, c: 3 }, list: ['z'] });
  });

  it('merges named list entries by identity, adds new ones, and drops one with $remove', () => {
    const base = { apps: [{ clientId: 'one', label: 'One', n: 1 }, { clientId: 'two', label: 'Two' }] };
    const merged = mergeConfig(base, { apps: [{ clientId: 'one', label: 'First' }, { clientId: 'three', label: 'Three' }, { clientId: 'two', $remove: true }] });
    assert.deepEqual(merged, { apps: [{ clientId: 'one', label: 'First', n: 1 }, { clientId: 'three', label: 'Three' }] });
  });

  it('tells policies of different types apart by type and name', () => {
    const config = loadOrgConfig(VARS, undefined, overlay({ policies: [{ type: 'PASSWORD', name: 'Default Policy', priority: 7 }] }));
    const password = config.policies.find((p) => p.type === 'PASSWORD' && p.name === 'Default Policy');
    assert.equal(password?.priority, 7, 'the password policy changed');
    assert.equal(config.policies.find((p) => p.type === 'MFA_ENROLL' && p.name === 'Default Policy')?.priority, 2, 'the enrollment policy of the same name did not');
  });

  it('overlays throttles, lifetimes and future fields without touching the rest', () => {
    const config = loadOrgConfig(VARS, undefined, overlay({
      throttles: { smsPerNumberSeconds: 5 },
      authenticators: [{ key: 'okta_email', settings: { tokenLifetimeInMinutes: 3 } }],
      faults: { someFutureSwitch: true },
    }));
    assert.equal(config.throttles.smsPerNumberSeconds, 5);
    assert.equal(config.throttles.emailPerRecipientSeconds, 5, 'other throttles keep their defaults');
    assert.equal(config.authenticators.find((a) => a.key === 'okta_email')?.settings.tokenLifetimeInMinutes, 3);
    assert.equal(config.authenticators.find((a) => a.key === 'okta_email')?.settings.allowedFor, 'any', 'other settings are kept');
    assert.equal(config.faults.someFutureSwitch, true);
    assert.equal(config.apps.length, 2, 'the reference apps stay');
  });

  it('fills the placeholders in the overlay too', () => {
    const config = loadOrgConfig(VARS, undefined, overlay({ trustedOrigins: [{ name: 'again', origin: 'http://localhost:3000', scopes: ['CORS'] }], apps: [{ clientId: '${SDK_CLIENT_ID}', label: 'Renamed' }] }));
    assert.equal(config.apps.find((a) => a.clientId === '0oasdk')?.label, 'Renamed');
    assert.ok(config.trustedOrigins.some((o) => o.origin === 'http://localhost:3000'));
  });

  it('lists every problem of a bad overlay at once, naming entries by identity', () => {
    assert.throws(
      () => loadOrgConfig(VARS, undefined, overlay({
        trustedOrigns: [],
        apps: [{ clientId: '0oanew', label: 'New', accessPolicy: 'Missing', tokenEndpointAuthMethod: 'none', oauthClient: { application_type: 'browser', grant_types: ['interaction_code'], redirect_uris: [] } }],
        groups: [{ name: '${NOT_A_PLACEHOLDER}', type: 'OKTA_GROUP' }],
      })),
      (error: Error) => {
        assert.match(error.message, /my-org\.json uses placeholders with no value: NOT_A_PLACEHOLDER/);
        return true;
      },
    );
    assert.throws(
      () => loadOrgConfig(VARS, undefined, overlay({
        trustedOrigns: [],
        apps: [{ clientId: '0oanew', label: 'New', accessPolicy: 'Missing', tokenEndpointAuthMethod: 'none', oauthClient: { application_type: 'browser', grant_types: ['interaction_code'], redirect_uris: [] } }],
      })),
      (error: Error) => {
        assert.match(error.message, /has 3 problems/);
        assert.match(error.message, /unknown field "trustedOrigns"/);
        assert.match(error.message, /apps\[clientId=0oanew\]\.oauthClient\.redirect_uris/);
        assert.match(error.message, /app 0oanew uses access policy "Missing"/);
        return true;
      },
    );
  });

  it('says what is wrong with a file that is not JSON', () => {
    assert.throws(() => loadOrgConfig(VARS, undefined, [{ source: 'broken.json', text: '{ "apps": [ }' }]), /broken\.json is not valid JSON/);
  });
});
