/** strmethods: (to be written) */
export {};
