/**
 * Length and size limits shared by the API (authority) and the widgets (live feedback).
 * Counted in Unicode code points after trimming, so "ä" and an emoji count as one.
 */
export const limits = {
  ideaTitle: { min: 5, max: 120 },
  ideaDescription: { min: 20, max: 4000 },
  authorName: { max: 80 },
  email: { max: 254 },
  commentBody: { min: 2, max: 2000 },
  reason: { min: 5, max: 1000 },
  editNote: { min: 5, max: 500 },
  responsibleUnit: { max: 120 },
  search: { max: 100 },
  costEur: { min: 0, max: 100_000_000 },
  pageSize: { default: 20, max: 50 },
  /** Largest JSON body the API reads, in bytes. */
  bodyBytes: 64 * 1024,
  /** Largest admin import (areas GeoJSON, indicators CSV), in bytes. */
  importBytes: 1024 * 1024,
  /** Most areas one GeoJSON import may hold. */
  importAreas: 2000,
  idempotencyKey: { min: 8, max: 100 },
} as const;
