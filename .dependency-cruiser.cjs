/**
 * The layer rules (docs/ARCHITECTURE.md): agent/ is the leaf the server and the web build on,
 * so it imports neither; the server does not import the browser code; and no file cycle, type
 * imports included, because a cycle is where two concepts stop having one home each.
 * tests/unit/architecture.test.ts runs this and fails on any violation.
 */
module.exports = {
  forbidden: [
    {
      name: 'agent-is-a-leaf',
      comment: 'agent/ declares ports (agent/ports) that server/ implements; it never imports server/ or web/.',
      severity: 'error',
      from: { path: '^agent/' },
      to: { path: '^(server|web)/' },
    },
    {
      name: 'server-not-web',
      comment: 'The server serves the bundled web code; shared labels and helpers live in agent/.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^web/' },
    },
    {
      name: 'templates-on-the-spec',
      comment: 'templates/ are app specs written against agent/spec; the catalogue that loads them lives in agent/templates.',
      severity: 'error',
      from: { path: '^templates/' },
      to: { path: '^(agent/(?!spec/)|server/|web/)' },
    },
    {
      name: 'spec-below-templates',
      comment: 'agent/spec is the schema templates are written against, so it never reads templates/.',
      severity: 'error',
      from: { path: '^agent/spec/' },
      to: { path: '^templates/' },
    },
    {
      name: 'agent-unit-tests-in-memory',
      comment: 'Loop and tool unit tests run on agent/ports/memory.ts, never on a store on disk.',
      severity: 'error',
      from: { path: '^tests/unit/(loop|tool)-', pathNot: '^tests/unit/loop-ws-' },
      to: { path: '^server/store/' },
    },
    {
      name: 'no-cycles',
      comment: 'A file import cycle (type-only imports count too).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
