/** Vite's `?raw` imports (test data read at build time, not at run time). */
declare module '*?raw' {
  const text: string;
  export default text;
}
