/** audit: (to be written) */
export {};
