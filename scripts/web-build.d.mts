// Types of scripts/web-build.mjs, for the TypeScript that imports it (the web bundle's unit test).
import type { BuildOptions, Plugin } from 'esbuild';

export declare const noNodeBuiltins: Plugin;
export declare const webBuildOptions: BuildOptions & { plugins: Plugin[] };
