import { randomId } from '@osallistu/core';

const idKey = 'osallistu:evaluator-id';
const doneKey = (tenant: string) => `osallistu:evaluated:${tenant}`;
const memory = new Map<string, string>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string): void {
  memory.set(key, value);
  try {
    localStorage.setItem(key, value);
  } catch {
    // memory only (private mode)
  }
}

/**
 * What this browser remembers about evaluations: one random evaluator id (the API accepts one
 * evaluation per id and project) and the projects already evaluated, per tenant.
 */
export const evaluatorStore = {
  evaluatorId(): string {
    let id = read(idKey);
    if (!id || !/^[A-Za-z0-9-]{16,64}$/.test(id)) {
      id = randomId();
      write(idKey, id);
    }
    return id;
  },

  hasEvaluated(tenant: string, projectId: string): boolean {
    try {
      const list: unknown = JSON.parse(read(doneKey(tenant)) ?? '[]');
      return Array.isArray(list) && list.includes(projectId);
    } catch {
      return false;
    }
  },

  remember(tenant: string, projectId: string): void {
    let list: unknown;
    try {
      list = JSON.parse(read(doneKey(tenant)) ?? '[]');
    } catch {
      list = [];
    }
    const set = new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
    set.add(projectId);
    write(doneKey(tenant), JSON.stringify([...set]));
  },
};
