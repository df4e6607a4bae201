/** The browser's localStorage or sessionStorage, or undefined where reading it throws (blocked storage). */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[kind];
  } catch {
    return undefined;
  }
}
