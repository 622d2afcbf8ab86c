// Global test setup. Services shared by suites (the throwaway PostgreSQL cluster) start here.
export default async function setup(): Promise<() => Promise<void>> {
  return async () => {};
}
