/** The factors the org holds for a user: the evidence that an enrollment was really saved. */
import type { OktaAdmin } from './admin-client.ts';
import { oktaCall } from './errors.ts';

export interface FactorState {
  factorType: string;
  status: string;
  /** Phone number or email address of the factor (not a secret). */
  destination?: string;
}

export async function listFactorStates(admin: OktaAdmin, userId: string): Promise<FactorState[]> {
  const states: FactorState[] = [];
  const factors = await oktaCall(`list factors of user ${userId}`, admin.orgUrl, () => admin.client.userFactorApi.listFactors({ userId }));
  await oktaCall(`list factors of user ${userId}`, admin.orgUrl, () =>
    factors.each((factor) => {
      const profile = (factor as { profile?: { phoneNumber?: string; email?: string } }).profile;
      states.push({ factorType: String(factor.factorType ?? ''), status: String(factor.status ?? ''), destination: profile?.phoneNumber ?? profile?.email });
    }),
  );
  return states;
}

/** Whether the org holds an ACTIVE SMS factor for `phoneNumber`. */
export async function hasActiveSmsFactor(admin: OktaAdmin, userId: string, phoneNumber: string): Promise<boolean> {
  const states = await listFactorStates(admin, userId);
  return states.some((f) => f.factorType === 'sms' && f.status === 'ACTIVE' && f.destination === phoneNumber);
}
