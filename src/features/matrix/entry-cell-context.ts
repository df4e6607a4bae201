import { createContext } from 'react';

/**
 * The key of the one cell the Tab key reaches. Passed by context, not through the column
 * definitions: new column definitions would remount every cell and lose the keyboard focus.
 */
export const EntryCellContext = createContext('');
