/** itertools: (to be written) */
export {};
