/**
 * The languages, as plain constants: the widgets' shared code (core) imports them, so this module
 * must not import valibot (whatever core imports from the contract lands in the shared chunk).
 */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fi';
