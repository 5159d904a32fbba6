/**
 * The default export of a Babel-compiled CommonJS module (react-big-calendar's lib/ files), whichever interop the
 * tool applied. Vite's production build treats our `"type": "module"` sources with Node semantics and hands over
 * `module.exports` (so the export sits on `.default`); vitest and Vite's dev server hand over `exports.default`.
 */
export function cjsDefault<T>(imported: T | { default: T }): T {
  if (imported !== null && typeof imported === 'object' && 'default' in imported) return imported.default
  return imported as T
}
