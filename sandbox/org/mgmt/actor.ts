/** Who the System Log names as actor for Management API calls: the owner of the SSWS token. */
import type { LogTarget } from '../store/types.ts';

export const ADMIN_ACTOR: LogTarget = {
  id: '00usbxapitokenadmin1',
  type: 'User',
  alternateId: 'api-token-admin@sandbox.invalid',
  displayName: 'Sandbox API token',
};
