/**
 * Keeps a voter token for this tab only (sessionStorage), per API, tenant and process, until it
 * expires. No cookies; another tab or a closed browser means verifying again.
 */
export interface StoredVoter {
  token: string;
  expiresAt: string;
}

const keyOf = (api: string, tenant: string, process: string) => `osallistu:voter:${api}:${tenant}:${process}`;

export const voterStore = {
  get(api: string, tenant: string, process: string): StoredVoter | null {
    try {
      const raw = sessionStorage.getItem(keyOf(api, tenant, process));
      const value = raw ? (JSON.parse(raw) as StoredVoter) : null;
      if (value && Date.parse(value.expiresAt) > Date.now()) return value;
    } catch {
      /* storage blocked: the voter verifies each time */
    }
    return null;
  },
  set(api: string, tenant: string, process: string, voter: StoredVoter): void {
    try {
      sessionStorage.setItem(keyOf(api, tenant, process), JSON.stringify(voter));
    } catch {
      /* storage blocked */
    }
  },
  clear(api: string, tenant: string, process: string): void {
    try {
      sessionStorage.removeItem(keyOf(api, tenant, process));
    } catch {
      /* storage blocked */
    }
  },
};
