/** The model directory: facts, lookup, lifecycle, cost, comparison and recommendation. */
export * from './model-facts';
export * from './errors';
export { normalizeModelName } from './model-name';
export { lifecycleStatus, isShutDown, daysUntilShutdown, describeLifecycle } from './lifecycle';
export {
  createCatalog,
  parseFactsFile,
  getCatalog,
  findModel,
  requireModel,
  listModels,
  type Catalog,
  type ModelFilter,
} from './catalog';
