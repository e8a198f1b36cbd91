import { randomId } from '@osallistu/core';

const idKey = 'osallistu:supporter-id';
const supportedKey = (tenant: string) => `osallistu:supported:${tenant}`;

/**
 * What this browser remembers about supporting ideas: one random supporter id (the API allows
 * one support per supporter id) and the ideas already supported, per tenant. Without storage
 * (private mode) it lives in memory for the page's life.
 */
export const supporterStore = {
  memory: new Map<string, string>(),

  read(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return this.memory.get(key) ?? null;
    }
  },

  write(key: string, value: string): void {
    this.memory.set(key, value);
    try {
      localStorage.setItem(key, value);
    } catch {
      // memory only
    }
  },

  /** This browser's supporter id, made on first use. */
  supporterId(): string {
    let id = this.read(idKey);
    if (!id || !/^[A-Za-z0-9-]{16,64}$/.test(id)) {
      id = randomId();
      this.write(idKey, id);
    }
    return id;
  },

  supported(tenant: string): Set<string> {
    try {
      const list: unknown = JSON.parse(this.read(supportedKey(tenant)) ?? '[]');
      return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
    } catch {
      return new Set();
    }
  },

  hasSupported(tenant: string, ideaId: string): boolean {
    return this.supported(tenant).has(ideaId);
  },

  remember(tenant: string, ideaId: string): void {
    const set = this.supported(tenant);
    set.add(ideaId);
    this.write(supportedKey(tenant), JSON.stringify([...set]));
  },
};
