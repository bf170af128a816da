/** Injected by esbuild (build/scripts/build.mjs) from package.json. */
declare const __APP_VERSION__: string;
