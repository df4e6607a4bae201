/** The response headers the built app is served with; the table lives in security-headers.mjs. */
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
