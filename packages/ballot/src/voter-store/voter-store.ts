/**
 * Keeps a voter token for this tab only (sessionStorage), per API, tenant and process, until it
 * expires. No cookies; another tab or a closed browser means verifying again.
 */
import { SessionTokenStore, type StoredSessionToken } from '@osallistu/core';

export type StoredVoter = StoredSessionToken;

export const voterStore = new SessionTokenStore('osallistu:voter');
