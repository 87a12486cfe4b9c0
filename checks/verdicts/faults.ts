/** Adds a sandbox fault keyed to what this test owns (sandbox/faults/routes.ts). Checks only. */
import type { SuiteConfig } from '../../helpers/config/index.ts';
import type { FaultRule } from '../../sandbox/faults/book.ts';

export async function addFault(config: SuiteConfig, rule: Partial<FaultRule> & Pick<FaultRule, 'fault' | 'key'>): Promise<void> {
  const response = await fetch(`${config.okta.orgUrl}/sandbox/faults`, {
    method: 'POST',
    headers: { Authorization: `SSWS ${config.okta.apiToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(rule),
  });
  if (response.status !== 201) throw new Error(`The sandbox refused the fault ${rule.fault} (HTTP ${response.status}): ${await response.text()}`);
}
