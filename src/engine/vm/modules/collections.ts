/** collections: (to be written) */
export {};
