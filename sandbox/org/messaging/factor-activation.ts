/**
 * Activation codes for factors enrolled through the Management API without `activate=true`: the
 * org sends a code to the new phone or email, like Okta's factor activation.
 */
import type { FactorActivation } from '../mgmt/index.ts';
import { newOtp } from '../idx/flow/challenge.ts';
import type { Messenger } from './messenger.ts';

export function factorActivationSender(messenger: Messenger): FactorActivation {
  return {
    async send({ user, enrollment }) {
      const otp = newOtp();
      if (enrollment.type === 'phone' && enrollment.profile.phoneNumber) {
        messenger.sendSms({ to: enrollment.profile.phoneNumber, otp, userId: user.id, purpose: 'enrollment' });
      } else if (enrollment.type === 'email') {
        messenger.sendVerificationEmail({ to: enrollment.profile.email ?? user.profile.email, otp, userId: user.id, firstName: user.profile.firstName ?? user.profile.login });
      } else {
        throw new Error(`Expected a phone or email factor to activate, got ${enrollment.type}.`);
      }
      return otp;
    },
  };
}
