/** sizes: (to be written) */
export {};
