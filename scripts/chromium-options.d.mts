/** The Chromium binary the browser tests and the benchmark launch. */
export declare const CHROMIUM_PATH: string;
/** The command-line flags every launch uses. */
export declare const CHROMIUM_ARGS: readonly string[];
