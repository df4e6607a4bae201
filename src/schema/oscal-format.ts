/** The OSCAL version our documents declare and are validated against. */
export const OSCAL_VERSION = '1.2.2';

/** The namespace of our own props: `ns` of every prop this app writes and reads. */
export const OSCAL_NS = 'urn:x-shared-responsibility-workbench:oscal:v1';
