/** tracemalloc: (to be written) */
export {};
