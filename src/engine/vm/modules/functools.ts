/** functools: (to be written) */
export {};
