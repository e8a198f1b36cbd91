/** Types of survey-seed.mjs, for the worker tests that check the seeded survey. */
export declare const surveySeedDefinition: unknown;
export declare const strictSurveySeedDefinition: unknown;
export declare function surveySeedSql(options: { tenantId: string; insert: (table: string, row: Record<string, unknown>) => string; now: number }): string[];
