export declare const CACHE_ROOT: string;
export interface BuildOutput {
  /** Path of the file inside the build's folder. */
  name: string;
  contents: Uint8Array;
}
export declare function cachedBuild(
  name: string,
  build: () => Promise<{ outputs: BuildOutput[]; inputs: string[] }>,
): Promise<{ dir: string; files: string[]; rebuilt: boolean }>;
export declare function metafileInputs(metafile: { inputs: Record<string, unknown> }, cwd: string): string[];
